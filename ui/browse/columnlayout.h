// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class ProfileStore;
class QHeaderView;
class QMenu;
class QTimer;
class QWidget;

// Which columns a table shows, in which order and how wide, remembered per profile and
// program kind. Sections are movable and resizable; the header's context menu chooses the
// columns (the last visible one cannot be hidden). Changes are saved shortly after they
// stop, so dragging a column edge does not write the settings file on every pixel.
class ColumnLayout final : public QObject {
    Q_OBJECT

public:
    explicit ColumnLayout(QHeaderView *header, QObject *parent = nullptr);
    ~ColumnLayout() override;

    // Saves what is pending for the old place, then restores the layout stored under
    // `key` for `profileId` (or the default layout when none is stored). A null store or an
    // empty profile id keeps the layout in memory only.
    void setStorage(ProfileStore *profiles, const QString &profileId, const QString &key);
    // Columns hidden until the person shows them (logical indexes); set before setStorage().
    void setDefaultHidden(const QList<int> &logicalIndexes) { m_defaultHidden = logicalIndexes; }
    // The model's order at the default width, every column visible but the default-hidden.
    void resetToDefault();
    // Writes the layout now (also done on destruction and before the storage changes).
    void save();

    // Checkable "show this column" entries plus "Reset columns". The caller owns the menu.
    QMenu *createMenu(QWidget *parent);
    void setColumnVisible(int logicalIndex, bool visible);

    static int defaultSectionSize() { return 150; }

private:
    void scheduleSave();
    void showContextMenu(const QPoint &pos);

    QPointer<QHeaderView> m_header;
    QPointer<ProfileStore> m_profiles;
    QString m_profileId;
    QString m_key;
    QTimer *m_saveTimer;
    QList<int> m_defaultHidden;
    bool m_restoring = false;
};

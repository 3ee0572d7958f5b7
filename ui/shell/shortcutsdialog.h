// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QPair>
#include <QString>

class QTableWidget;

// Help > Keyboard shortcuts: every shortcut of the window, one per row.
class ShortcutsDialog final : public QDialog {
    Q_OBJECT

public:
    // (what it does, the keys as people read them)
    using Entry = QPair<QString, QString>;

    explicit ShortcutsDialog(const QList<Entry> &entries, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/index/indexsync.h"

#include "models/customer.h"

#include <QList>
#include <QObject>
#include <QPointer>

class ProfileIndex;
class ProfileStore;
class QAction;
class QLabel;
class QMenu;
class QTimer;
class QToolButton;
class QWidget;
class Session;

// The customer index of the connected profile, for the main window: the Index menu's actions
// (index all customers or refresh, cancel, the profile's options, forget local data), the
// status bar's index field (progress and Cancel while indexing; the index's age and Refresh
// after), and the ProfileIndex itself, opened once the program's kind is known.
class IndexController final : public QObject {
    Q_OBJECT

public:
    IndexController(ProfileStore *profiles, QWidget *window);
    ~IndexController() override;

    // Not owned; null: not connected. The index of the previous session is closed.
    void setSession(Session *session);
    // Null while not connected, before the kind is known, or when the index could not open.
    ProfileIndex *profileIndex() const { return m_index; }

    QMenu *menu() const { return m_menu; }
    // The status bar's field: the caller adds it as a permanent widget.
    QWidget *statusWidget() const { return m_status; }
    QAction *indexAction() const { return m_indexAll; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *syncOnConnectAction() const { return m_syncOnConnect; }
    QAction *memoryOnlyAction() const { return m_memoryOnly; }
    QAction *forgetAction() const { return m_forget; }
    QLabel *statusLabel() const { return m_statusLabel; }
    QToolButton *statusButton() const { return m_statusButton; }

    // The console changed or removed a customer.
    void applyChange(const QString &oldIdentifier, const Customer &customer);
    void applyRemoval(const QString &identifier);

    // Forgets without asking (the menu action asks first).
    bool forgetLocalData();

signals:
    // The index was opened, closed, completed a pass, took a change, or was forgotten.
    void indexChanged();
    void message(const QString &sentence);

protected:
    bool event(QEvent *event) override;

private:
    // Every text of the menu and the status field in the current language.
    void retranslate();
    // `create`: also when nothing is stored yet (the person asked for an index).
    void openIndex(bool create);
    void closeIndex();
    void setOption(const QString &key, bool on);
    void onSyncFinished(IndexSync::State state);
    void updateStatus();
    void updateActions();
    // The team's shared index could not be read the last time (ProfileIndex::unavailable).
    bool isUnavailable() const;

    QPointer<ProfileStore> m_profiles;
    QWidget *m_window;
    QPointer<Session> m_session;
    ProfileIndex *m_index = nullptr;

    QMenu *m_menu;
    QAction *m_indexAll;
    QAction *m_cancel;
    QAction *m_syncOnConnect;
    QAction *m_memoryOnly;
    QAction *m_forget;
    QWidget *m_status;
    QLabel *m_statusLabel;
    QToolButton *m_statusButton;
    QTimer *m_ageTimer;
};

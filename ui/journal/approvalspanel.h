// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/team/approvalrequest.h"

#include <optional>
#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;
class TeamStore;
class TeamStoreProbe;

// Four eyes in the journal window of a profile with a team store: the credits waiting for a
// second person's approval (customer, amount, reason, who asked), then the last decided ones.
// A person whose role may credit, and who did not ask, approves (the window that opens sends
// it, once) or rejects. Follows the team live (every console announces a change) and every
// half minute, when waiting requests may expire. Texts from the store are plain text.
class ApprovalsPanel final : public QWidget {
    Q_OBJECT

public:
    // `displayName` is recorded beside the operating-system user with a rejection.
    ApprovalsPanel(TeamStore *team, bool mayDecide, QString displayName, QWidget *parent = nullptr);

    // Reads the requests again.
    void refresh();
    // The same on a thread and connection of its own, shown when it arrives (the half-minute
    // timer's way: a server slow to answer never holds up the window). Nothing when one is
    // already on its way.
    void refreshInBackground();
    QList<ApprovalRequest> requests() const { return m_requests; }
    int waitingCount() const;

    // For tests.
    QTableWidget *table() const { return m_table; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *rejectButton() const { return m_reject; }
    QPushButton *thresholdsButton() const { return m_thresholds; }
    QLabel *statusLabel() const { return m_status; }
    void selectRequest(const QString &id);
    // Rejects the selected request; false (and the sentence shown) when it could not be.
    bool rejectSelected();

signals:
    // The person chose to approve `request`: the caller opens the credit dialog that approves
    // and sends it.
    void approveRequested(const ApprovalRequest &request);
    void waitingCountChanged(int count);

private:
    std::optional<ApprovalRequest> selected() const;
    void updateButtons();
    void editThresholds();
    bool isMine(const ApprovalRequest &request) const;
    // Shows `read`, keeping the selection.
    void showRequests(const QList<ApprovalRequest> &read);

    QPointer<TeamStore> m_team;
    bool m_mayDecide;
    QString m_displayName;
    QList<ApprovalRequest> m_requests;
    QLabel *m_heading;
    QTableWidget *m_table;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QPushButton *m_thresholds;
    QLabel *m_status;
    QTimer *m_timer;
    TeamStoreProbe *m_probe = nullptr;
    // Refreshes made in the foreground: a background read that began before one is older.
    quint64 m_refreshes = 0;
    quint64 m_backgroundFrom = 0;
};

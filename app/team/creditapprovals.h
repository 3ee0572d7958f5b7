// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/team/approvalrequest.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QVariantList>

#include <functional>
#include <optional>

class QSqlQuery;
class SqlStore;

// Four eyes on large credits, in a team's shared store: per program, a threshold per unit
// above which a credit waits for a second person's approval instead of being sent.
//
// Every state change is one conditional UPDATE, so that two consoles deciding the same request
// at the same moment cannot both win: only a waiting, unexpired request can be approved or
// rejected, only by somebody other than who asked, and only an approved request can be marked
// sent. An expired request stays unsent for good. Times are the database's (now()), so that
// consoles with wrong clocks agree.
class CreditApprovals final {
    Q_DECLARE_TR_FUNCTIONS(CreditApprovals)

public:
    static constexpr int DefaultLifetimeMinutes = 24 * 60;

    CreditApprovals(SqlStore *store, QString programId);

    static QString versionTable();
    // Creates or migrates the tables. False with errorString() otherwise.
    bool prepare();
    // How to open the connection again when a statement finds it lost (TeamStore sets it).
    // Without one, a lost connection is reported as it is.
    void setReconnect(std::function<bool()> reconnect) { m_reconnect = std::move(reconnect); }

    // Thresholds by unit ("EUR" -> 100). A credit of more than the threshold in its unit waits.
    QMap<QString, double> thresholds();
    // A threshold <= 0 removes it.
    bool setThreshold(const QString &units, double amount);
    // Whether a credit of `amount` `units` must wait for approval. Unknown (the store cannot be
    // read) counts as yes: a large credit is never sent unchecked because a read failed.
    // `threshold` gets the unit's threshold when there is one (one read serves both).
    bool needsApproval(double amount, const QString &units, double *threshold = nullptr);

    // Files a request; returns it with its id and times. `lifetimeMinutes` after which it
    // expires.
    std::optional<ApprovalRequest> ask(const ApprovalRequest &wanted,
                                       int lifetimeMinutes = DefaultLifetimeMinutes);
    // Waiting requests first, newest first, then the last `decided` decided ones.
    QList<ApprovalRequest> requests(int decided = 50);
    std::optional<ApprovalRequest> request(const QString &id);

    // Approve or reject as `user` (display name `name`). Refused with a sentence in
    // errorString() when the request is not waiting any more (decided by somebody else, or
    // expired), or when `user` asked for it.
    std::optional<ApprovalRequest> approve(const QString &id, const QString &user,
                                           const QString &name);
    std::optional<ApprovalRequest> reject(const QString &id, const QString &user,
                                          const QString &name);
    // The approving console journaled the credit as `operationId` and sent it. Marking it
    // again for the same operation succeeds and changes nothing.
    bool markSent(const QString &id, const QString &operationId);

    QString errorString() const { return m_error; }

    static QString stateId(ApprovalRequest::State state);
    // Words for people: "Waiting for approval", "Approved", "Sent", "Rejected", "Expired".
    static QString stateText(ApprovalRequest::State state);

private:
    // Whether a statement may run a second time on a new connection after the first found the
    // connection lost.
    enum class Again {
        Always,       // a read, or a write whose second run changes nothing more
        IfItNeverRan, // a write: only when it surely did not run the first time
    };
    // Prepares `sql`, binds `values` and runs it into `q`; on a lost connection reconnects
    // and runs it once more as `again` allows. False with errorString() otherwise.
    bool run(QSqlQuery &q, const QString &sql, const QVariantList &values, const QString &what,
             Again again);
    std::optional<ApprovalRequest> decide(const QString &id, const QString &user,
                                          const QString &name, ApprovalRequest::State to);
    bool fail(const QString &sentence);
    bool failStore();

    SqlStore *m_store;
    QString m_programId;
    QString m_error;
    std::function<bool()> m_reconnect;
};

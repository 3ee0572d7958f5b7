// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// A credit above the team's threshold, waiting for a second person (four eyes). Whoever asked
// cannot approve it; the console that approves it sends it, once.
struct ApprovalRequest {
    enum class State {
        Waiting,  // nobody has decided yet, and it has not expired
        Approved, // approved; the approving console is sending it
        Sent,     // the approving console journaled and sent it (operationId)
        Rejected, // never sent
        Expired,  // nobody decided in time: never sent
    };

    QString id;
    QString customer;      // the value in the credit's path (key or id)
    QString customerLabel; // the customer's name or email, for people
    double amount = 0;
    QString units;
    bool isCurrency = true; // EUR is shown as money, "points" as a number
    QString reason;
    QString askedByUser; // operating-system user
    QString askedByName; // display name; empty: the user
    QDateTime askedAt;
    QDateTime expiresAt;
    State state = State::Waiting;
    QString decidedByUser;
    QString decidedByName;
    QDateTime decidedAt;
    QString operationId; // the journal's operation that sent it

    bool isNull() const { return id.isEmpty(); }
    // "Anna" or "anna": who asked, as people read it.
    QString askedBy() const { return askedByName.isEmpty() ? askedByUser : askedByName; }
    QString decidedBy() const { return decidedByName.isEmpty() ? decidedByUser : decidedByName; }
};

Q_DECLARE_METATYPE(ApprovalRequest)

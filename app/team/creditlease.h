// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

class SqlStore;

// Who holds a credit lease: the person (operating-system user and display name), their
// console (the computer) and the operation they are sending.
struct CreditLeaseHolder {
    QString user;
    QString name;
    QString console;
    QString operationId;
    QDateTime takenAt;
    QDateTime expiresAt;
};

// A lease on crediting a customer, held in a team's shared store (table team_credit_leases,
// its own schema steps in team_lease_versions): while one console's credit to a customer is on
// its way, no other console of the program sends one to the same customer. It is taken just
// before the credit is journaled and sent, and released on any answer; an unknown outcome keeps
// the customer blocked through the journal's undecided credits instead. A lease expires by the
// database's clock (now()), so a console that dies mid-credit leaves nothing locked for good.
class CreditLease final {
    Q_DECLARE_TR_FUNCTIONS(CreditLease)

public:
    // Longer than a change's overall deadline (60 s), so a lease never runs out while its
    // request may still reach the server.
    static constexpr int DefaultTtlSeconds = 120;

    CreditLease(SqlStore *store, QString programId);

    static QString versionTable();
    // Creates or migrates the table. False with errorString() when it cannot.
    bool prepare();

    // Takes the lease on every id of `customers` (the values one customer may be credited
    // under) for `holder` (user, name, console, operationId), all or none, in one statement
    // each that wins only where no unexpired lease exists. Returns true when taken. When
    // another holds one: false and *current names them. When the store fails: false with
    // errorString() and *current empty.
    bool take(const QStringList &customers, const CreditLeaseHolder &holder,
              int ttlSeconds = DefaultTtlSeconds,
              std::optional<CreditLeaseHolder> *current = nullptr);
    // Deletes the leases `operationId` holds on `customers`. Another holder's are untouched.
    bool release(const QStringList &customers, const QString &operationId);
    // The unexpired lease on `customer`, if any.
    std::optional<CreditLeaseHolder> holderOf(const QString &customer);

    // "Anna (anna) is crediting this customer right now; wait for the outcome."
    static QString busySentence(const CreditLeaseHolder &holder);

    QString errorString() const { return m_error; }

private:
    bool fail(const QString &sentence);

    SqlStore *m_store;
    QString m_programId;
    QString m_error;
};

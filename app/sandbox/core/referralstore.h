// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sandbox/core/slotstore.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace sandbox {

// A purchase made by a referred customer; stored on the referring customer, because
// GET /customers/{id}/transactions lists the purchases of that customer's referrals.
struct ReferralTransaction {
    QString key;
    QString action;
    double amount = 0;
    QString amountUnits;
    qint64 createdAt = 0;
    int referred = -1; // slot of the buyer
    double rewardAmount = 0;
    QString rewardUnits;
    bool rewardIsCurrency = true;
};

// A null QString is written as JSON null.
struct ReferralCustomer {
    QString id;
    QString key;
    QString email;
    QString name;
    QString surname;
    QString dateOfBirth; // "YYYY-MM-DD" or null
    int referrer = -1;
    QList<int> children; // direct referrals, in creation order
    bool archived = false;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    int clicks = 0;
    QList<ReferralTransaction> transactions;
    QMap<QString, double> balance; // unit ("USD", "EUR", "GBP", "points") -> amount
    bool alive = true;
};

// Customers of the refer-a-friend program: slots and indexes as in SlotStore, plus the id, who
// referred whom, and the referred / not referred lists in creation order.
class ReferralStore final : public SlotStore<ReferralCustomer> {
public:
    ReferralStore();
    void clear();

    // `customer.referrer` must be a live slot or -1; children are maintained here.
    int add(const ReferralCustomer &customer);
    // Referrals of a removed customer stay, no longer referred by anyone.
    void remove(int slot);

    // A path segment {id} matches the id or the key.
    int find(const QString &idOrKey) const;
    int findById(const QString &id) const { return m_byId.value(id, -1); }
    bool isTaken(const QString &idOrKey) const;

    const QList<int> &referred() const { return m_referred; }
    const QList<int> &nonReferred() const { return m_nonReferred; }

    void addTransaction(int referrer, const ReferralTransaction &transaction);
    QString nextGeneratedKey();
    qint64 keyCounter() const { return m_keyCounter; }
    void setKeyCounter(qint64 counter) { m_keyCounter = counter; }

private:
    QList<int> m_referred;
    QList<int> m_nonReferred;
    QHash<QString, int> m_byId;
    qint64 m_keyCounter = 0;
};

} // namespace sandbox

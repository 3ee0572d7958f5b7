// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sandbox/core/slotstore.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace sandbox {

struct Partner {
    QString id;
    QString key;
    QString email;
    QString name;
    QString surname;
};

struct AffiliateTransaction {
    QString key;
    QString action;
    double amount = 0;
    QString amountUnits;
    qint64 createdAt = 0;
    double rewardAmount = 0;
    QString rewardStatus;
    QString productId; // empty: product_type_data is {}
    QString productType;
};

// A null QString is written as JSON null.
struct AffiliateCustomer {
    QString key;
    QString email;
    QString name;
    QString surname;
    int partner = -1;
    QStringList tags;
    bool suspended = false;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QList<AffiliateTransaction> transactions;
    bool alive = true;
};

// Customers of the affiliate program (slots and indexes as in SlotStore), their partners, and
// the customers of each partner.
class AffiliateStore final : public SlotStore<AffiliateCustomer> {
public:
    AffiliateStore();
    void clear();

    int addPartner(const Partner &partner);
    const QList<Partner> &partners() const { return m_partners; }
    int partnerByKey(const QString &key) const { return m_partnerByKey.value(key, -1); }
    int partnerById(const QString &id) const { return m_partnerById.value(id, -1); }
    int partnerByEmail(const QString &email) const;

    int add(const AffiliateCustomer &customer);
    void remove(int slot);

    const QList<int> &byPartner(int partner) const;

private:
    QList<Partner> m_partners;
    QHash<QString, int> m_partnerByKey;
    QHash<QString, int> m_partnerById;
    QHash<QString, int> m_partnerByEmail;
    QList<QList<int>> m_byPartner;
};

} // namespace sandbox

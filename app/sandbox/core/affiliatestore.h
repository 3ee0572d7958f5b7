#pragma once

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

// Customers of the affiliate program. Records live in a vector of slots (a deleted one leaves
// a dead slot); every lookup a request needs is a hash or a precomputed list of slots in
// creation order, so a page costs O(limit), never O(customers).
class AffiliateStore final {
public:
    void clear();

    int addPartner(const Partner &partner);
    const QList<Partner> &partners() const { return m_partners; }
    int partnerByKey(const QString &key) const { return m_partnerByKey.value(key, -1); }
    int partnerById(const QString &id) const { return m_partnerById.value(id, -1); }
    int partnerByEmail(const QString &email) const;

    int add(const AffiliateCustomer &customer);
    void remove(int slot);
    void setKey(int slot, const QString &key);
    void setEmail(int slot, const QString &email);

    // Mutable access for fields without an index (name, tags, status, timestamps).
    AffiliateCustomer &at(int slot) { return m_slots[slot]; }
    const AffiliateCustomer &at(int slot) const { return m_slots.at(slot); }
    const QList<AffiliateCustomer> &records() const { return m_slots; }

    int findByKey(const QString &key) const { return m_byKey.value(key, -1); }
    QList<int> findByEmail(const QString &email) const;
    const QList<int> &order() const { return m_order; }
    const QList<int> &byPartner(int partner) const;
    qsizetype count() const { return m_order.size(); }

    QString nextTransactionKey();
    qint64 transactionCounter() const { return m_transactionCounter; }
    void setTransactionCounter(qint64 counter) { m_transactionCounter = counter; }

private:
    QList<Partner> m_partners;
    QHash<QString, int> m_partnerByKey;
    QHash<QString, int> m_partnerById;
    QHash<QString, int> m_partnerByEmail;

    QList<AffiliateCustomer> m_slots;
    QList<int> m_order;
    QHash<QString, int> m_byKey;
    QHash<QString, QList<int>> m_byEmail; // lower-case email -> slots
    QList<QList<int>> m_byPartner;
    qint64 m_transactionCounter = 0;
};

} // namespace sandbox

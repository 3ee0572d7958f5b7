#include "app/sandbox/core/affiliatestore.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace sandbox {

namespace {
void removeSorted(QList<int> &list, int slot) {
    const auto it = std::lower_bound(list.begin(), list.end(), slot);
    if (it != list.end() && *it == slot)
        list.erase(it);
}
} // namespace

void AffiliateStore::clear() {
    *this = AffiliateStore();
}

int AffiliateStore::addPartner(const Partner &partner) {
    const int index = int(m_partners.size());
    m_partners.append(partner);
    m_partnerByKey.insert(partner.key, index);
    m_partnerById.insert(partner.id, index);
    if (!partner.email.isEmpty())
        m_partnerByEmail.insert(partner.email.toLower(), index);
    m_byPartner.append(QList<int>());
    return index;
}

int AffiliateStore::partnerByEmail(const QString &email) const {
    return m_partnerByEmail.value(email.toLower(), -1);
}

int AffiliateStore::add(const AffiliateCustomer &customer) {
    const int slot = int(m_slots.size());
    m_slots.append(customer);
    m_slots.last().alive = true;
    m_order.append(slot);
    m_byKey.insert(customer.key, slot);
    if (!customer.email.isEmpty())
        m_byEmail[customer.email.toLower()].append(slot);
    if (customer.partner >= 0 && customer.partner < m_byPartner.size())
        m_byPartner[customer.partner].append(slot);
    return slot;
}

void AffiliateStore::remove(int slot) {
    AffiliateCustomer &customer = m_slots[slot];
    if (!customer.alive)
        return;
    removeSorted(m_order, slot);
    m_byKey.remove(customer.key);
    setEmail(slot, QString());
    if (customer.partner >= 0 && customer.partner < m_byPartner.size())
        removeSorted(m_byPartner[customer.partner], slot);
    // Deleting a customer also deletes their transactions (as documented).
    customer = AffiliateCustomer();
    customer.alive = false;
}

void AffiliateStore::setKey(int slot, const QString &key) {
    AffiliateCustomer &customer = m_slots[slot];
    m_byKey.remove(customer.key);
    customer.key = key;
    m_byKey.insert(key, slot);
}

void AffiliateStore::setEmail(int slot, const QString &email) {
    AffiliateCustomer &customer = m_slots[slot];
    if (!customer.email.isEmpty()) {
        const QString old = customer.email.toLower();
        auto it = m_byEmail.find(old);
        if (it != m_byEmail.end()) {
            it->removeOne(slot);
            if (it->isEmpty())
                m_byEmail.erase(it);
        }
    }
    customer.email = email;
    if (!email.isEmpty()) {
        QList<int> &list = m_byEmail[email.toLower()];
        list.insert(std::lower_bound(list.begin(), list.end(), slot), slot);
    }
}

QList<int> AffiliateStore::findByEmail(const QString &email) const {
    return m_byEmail.value(email.toLower());
}

const QList<int> &AffiliateStore::byPartner(int partner) const {
    static const QList<int> empty;
    return partner >= 0 && partner < m_byPartner.size() ? m_byPartner.at(partner) : empty;
}

QString AffiliateStore::nextTransactionKey() {
    return u"txn_%1"_s.arg(++m_transactionCounter, 7, 10, QLatin1Char('0'));
}

} // namespace sandbox

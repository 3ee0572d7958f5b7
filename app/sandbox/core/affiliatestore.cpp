// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/core/affiliatestore.h"

using namespace Qt::Literals::StringLiterals;

namespace sandbox {

AffiliateStore::AffiliateStore()
    : SlotStore("txn_"_L1) {
}

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
    const int slot = addSlot(customer);
    if (customer.partner >= 0 && customer.partner < m_byPartner.size())
        m_byPartner[customer.partner].append(slot);
    return slot;
}

void AffiliateStore::remove(int slot) {
    const AffiliateCustomer &customer = at(slot);
    if (!customer.alive)
        return;
    unlistSlot(slot);
    if (customer.partner >= 0 && customer.partner < m_byPartner.size())
        removeSorted(m_byPartner[customer.partner], slot);
    // Deleting a customer also deletes their transactions (as documented).
    killSlot(slot);
}

const QList<int> &AffiliateStore::byPartner(int partner) const {
    static const QList<int> empty;
    return partner >= 0 && partner < m_byPartner.size() ? m_byPartner.at(partner) : empty;
}

} // namespace sandbox

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/core/referralstore.h"

using namespace Qt::Literals::StringLiterals;

namespace sandbox {

ReferralStore::ReferralStore()
    : SlotStore("rtx_"_L1) {
}

void ReferralStore::clear() {
    *this = ReferralStore();
}

int ReferralStore::add(const ReferralCustomer &customer) {
    const int slot = addSlot(customer);
    ReferralCustomer &added = m_slots[slot];
    added.children.clear();
    m_byId.insert(added.id, slot);
    if (added.referrer >= 0 && added.referrer < slot && m_slots.at(added.referrer).alive) {
        m_slots[added.referrer].children.append(slot);
        m_referred.append(slot);
    } else {
        added.referrer = -1;
        m_nonReferred.append(slot);
    }
    return slot;
}

void ReferralStore::remove(int slot) {
    const ReferralCustomer &customer = at(slot);
    if (!customer.alive)
        return;
    unlistSlot(slot);
    m_byId.remove(customer.id);
    if (customer.referrer >= 0) {
        ReferralCustomer &referrer = m_slots[customer.referrer];
        referrer.children.removeOne(slot);
        // The buyer is gone, and so are the purchases credited to the referrer.
        referrer.transactions.removeIf(
            [slot](const ReferralTransaction &t) { return t.referred == slot; });
        removeSorted(m_referred, slot);
    } else {
        removeSorted(m_nonReferred, slot);
    }
    for (const int child : std::as_const(customer.children)) {
        m_slots[child].referrer = -1;
        removeSorted(m_referred, child);
        insertSorted(m_nonReferred, child);
    }
    killSlot(slot);
}

int ReferralStore::find(const QString &idOrKey) const {
    const int slot = m_byId.value(idOrKey, -1);
    return slot >= 0 ? slot : findByKey(idOrKey);
}

bool ReferralStore::isTaken(const QString &idOrKey) const {
    return m_byId.contains(idOrKey) || findByKey(idOrKey) >= 0;
}

void ReferralStore::addTransaction(int referrer, const ReferralTransaction &transaction) {
    ReferralCustomer &customer = m_slots[referrer];
    customer.transactions.append(transaction);
    customer.balance[transaction.rewardUnits] += transaction.rewardAmount;
}

QString ReferralStore::nextGeneratedKey() {
    return nextCounterKey("auto_"_L1, m_keyCounter, 6);
}

} // namespace sandbox

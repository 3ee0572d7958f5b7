#include "app/sandbox/core/referralstore.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace sandbox {

namespace {
void removeSorted(QList<int> &list, int slot) {
    const auto it = std::lower_bound(list.begin(), list.end(), slot);
    if (it != list.end() && *it == slot)
        list.erase(it);
}

void insertSorted(QList<int> &list, int slot) {
    list.insert(std::lower_bound(list.begin(), list.end(), slot), slot);
}
} // namespace

void ReferralStore::clear() {
    *this = ReferralStore();
}

int ReferralStore::add(const ReferralCustomer &customer) {
    const int slot = int(m_slots.size());
    m_slots.append(customer);
    ReferralCustomer &added = m_slots.last();
    added.alive = true;
    added.children.clear();
    m_order.append(slot);
    m_byId.insert(added.id, slot);
    m_byKey.insert(added.key, slot);
    if (!added.email.isEmpty())
        m_byEmail[added.email.toLower()].append(slot);
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
    ReferralCustomer &customer = m_slots[slot];
    if (!customer.alive)
        return;
    removeSorted(m_order, slot);
    m_byId.remove(customer.id);
    m_byKey.remove(customer.key);
    setEmail(slot, QString());
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
    customer = ReferralCustomer();
    customer.alive = false;
}

void ReferralStore::setKey(int slot, const QString &key) {
    ReferralCustomer &customer = m_slots[slot];
    m_byKey.remove(customer.key);
    customer.key = key;
    m_byKey.insert(key, slot);
}

void ReferralStore::setEmail(int slot, const QString &email) {
    ReferralCustomer &customer = m_slots[slot];
    if (!customer.email.isEmpty()) {
        auto it = m_byEmail.find(customer.email.toLower());
        if (it != m_byEmail.end()) {
            it->removeOne(slot);
            if (it->isEmpty())
                m_byEmail.erase(it);
        }
    }
    customer.email = email;
    if (!email.isEmpty())
        insertSorted(m_byEmail[email.toLower()], slot);
}

int ReferralStore::find(const QString &idOrKey) const {
    const int slot = m_byId.value(idOrKey, -1);
    return slot >= 0 ? slot : m_byKey.value(idOrKey, -1);
}

bool ReferralStore::isTaken(const QString &idOrKey) const {
    return m_byId.contains(idOrKey) || m_byKey.contains(idOrKey);
}

QList<int> ReferralStore::findByEmail(const QString &email) const {
    return m_byEmail.value(email.toLower());
}

void ReferralStore::addTransaction(int referrer, const ReferralTransaction &transaction) {
    ReferralCustomer &customer = m_slots[referrer];
    customer.transactions.append(transaction);
    customer.balance[transaction.rewardUnits] += transaction.rewardAmount;
}

QString ReferralStore::nextTransactionKey() {
    return u"rtx_%1"_s.arg(++m_transactionCounter, 7, 10, QLatin1Char('0'));
}

QString ReferralStore::nextGeneratedKey() {
    return u"auto_%1"_s.arg(++m_keyCounter, 6, 10, QLatin1Char('0'));
}

} // namespace sandbox

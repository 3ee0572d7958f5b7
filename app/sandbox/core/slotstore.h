// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <algorithm>

namespace sandbox {

// Lists of slots kept in slot (that is, creation) order.
inline void insertSorted(QList<int> &list, int slot) {
    list.insert(std::lower_bound(list.begin(), list.end(), slot), slot);
}

inline void removeSorted(QList<int> &list, int slot) {
    const auto it = std::lower_bound(list.begin(), list.end(), slot);
    if (it != list.end() && *it == slot)
        list.erase(it);
}

// "txn_0000042": the next value of `counter` behind `prefix`, zero-padded to `width` digits.
inline QString nextCounterKey(QLatin1String prefix, qint64 &counter, int width) {
    return QString(prefix) + QString::number(++counter).rightJustified(width, QLatin1Char('0'));
}

// What the stores of both programs keep alike. Records live in a vector of slots (a deleted
// one leaves a dead slot); the live ones are listed in creation order and indexed by key and by
// e-mail, so that every lookup a request needs is a hash or a precomputed list of slots and a
// page costs O(limit), never O(customers). `Customer` has `key`, `email` and `alive`.
template <typename Customer> class SlotStore {
public:
    // Mutable access for fields without an index (name, status, timestamps, ...).
    Customer &at(int slot) { return m_slots[slot]; }
    const Customer &at(int slot) const { return m_slots.at(slot); }
    const QList<Customer> &records() const { return m_slots; }

    int findByKey(const QString &key) const { return m_byKey.value(key, -1); }
    // Every live customer with this address, compared case-insensitively, in creation order.
    QList<int> findByEmail(const QString &email) const { return m_byEmail.value(email.toLower()); }
    const QList<int> &order() const { return m_order; }
    qsizetype count() const { return m_order.size(); }

    void setKey(int slot, const QString &key) {
        Customer &customer = m_slots[slot];
        m_byKey.remove(customer.key);
        customer.key = key;
        m_byKey.insert(key, slot);
    }

    void setEmail(int slot, const QString &email) {
        Customer &customer = m_slots[slot];
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

    QString nextTransactionKey() {
        return nextCounterKey(m_transactionPrefix, m_transactionCounter, 7);
    }
    qint64 transactionCounter() const { return m_transactionCounter; }
    void setTransactionCounter(qint64 counter) { m_transactionCounter = counter; }

protected:
    // `transactionPrefix`: how this program's transaction keys begin ("txn_").
    explicit SlotStore(QLatin1String transactionPrefix)
        : m_transactionPrefix(transactionPrefix) {}

    // A new live slot for `customer`, listed and indexed by key and e-mail.
    int addSlot(const Customer &customer) {
        const int slot = int(m_slots.size());
        m_slots.append(customer);
        m_slots.last().alive = true;
        m_order.append(slot);
        m_byKey.insert(customer.key, slot);
        if (!customer.email.isEmpty())
            insertSorted(m_byEmail[customer.email.toLower()], slot);
        return slot;
    }

    // Takes a live slot out of the order and the key and e-mail indexes; the record keeps its
    // fields, so the caller can still undo what else points to it, then calls killSlot().
    void unlistSlot(int slot) {
        removeSorted(m_order, slot);
        m_byKey.remove(m_slots.at(slot).key);
        setEmail(slot, QString());
    }

    void killSlot(int slot) {
        m_slots[slot] = Customer();
        m_slots[slot].alive = false;
    }

    QList<Customer> m_slots;

private:
    QLatin1String m_transactionPrefix;
    QList<int> m_order;
    QHash<QString, int> m_byKey;
    QHash<QString, QList<int>> m_byEmail; // lower-case email -> slots
    qint64 m_transactionCounter = 0;
};

} // namespace sandbox

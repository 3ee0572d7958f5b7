// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/core/invitelog.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace sandbox {

void InviteLog::record(const QString &email) {
    const QString folded = email.toLower();
    const auto it = m_index.constFind(folded);
    if (it != m_index.constEnd()) {
        ++m_entries[*it].second;
        return;
    }
    m_index.insert(folded, m_entries.size());
    m_entries.append({email, 1});
}

void InviteLog::set(const QString &email, int count) {
    const QString folded = email.toLower();
    const auto it = m_index.constFind(folded);
    if (it != m_index.constEnd()) {
        m_entries[*it].second = count;
        return;
    }
    m_index.insert(folded, m_entries.size());
    m_entries.append({email, count});
}

void InviteLog::clear() {
    m_entries.clear();
    m_index.clear();
}

QJsonArray InviteLog::toJson() const {
    QJsonArray array;
    for (const auto &entry : m_entries)
        array.append(QJsonObject{{u"email"_s, entry.first}, {u"count"_s, entry.second}});
    return array;
}

} // namespace sandbox

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace sandbox {

// Who was invited through POST /v1/customers:invite, and how often (no e-mail is sent).
class InviteLog final {
public:
    void record(const QString &email);
    void set(const QString &email, int count);
    void clear();
    // [{"email": "...", "count": N}] in the order of the first invitation.
    QJsonArray toJson() const;

private:
    QList<QPair<QString, int>> m_entries;
    QHash<QString, qsizetype> m_index; // lower-case e-mail -> entry
};

} // namespace sandbox

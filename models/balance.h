// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/customer.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// One entry per currency (is_currency) or unit such as points.
struct BalanceEntry {
    double amount = 0;
    QString amountUnits;
    bool isCurrency = true;
};

struct Balance {
    QList<BalanceEntry> entries;
    std::optional<Customer> customer; // the API sends the customer beside the balance
    // A credit that succeeded with an answer holding no balance, after which reading the
    // balance failed too: `entries` say nothing about what the customer holds now.
    bool unread = false;

    // The amount held in `units` (compared without case); 0 when there is none yet.
    double amountIn(const QString &units) const {
        for (const BalanceEntry &entry : entries) {
            if (entry.amountUnits.compare(units, Qt::CaseInsensitive) == 0)
                return entry.amount;
        }
        return 0;
    }
};

Q_DECLARE_METATYPE(BalanceEntry)

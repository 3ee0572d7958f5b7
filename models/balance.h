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
};

Q_DECLARE_METATYPE(BalanceEntry)

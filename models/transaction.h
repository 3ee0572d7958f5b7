// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

// A reward (commission or referral reward) paid for a transaction.
struct Reward {
    QString key;
    QString action;
    QString status;
    QString customer;
    QString partner;
    double amount = 0;
    QString amountUnits;
    bool isCurrency = true;
    bool credit = false;
    QDateTime createdAt;
};

struct Transaction {
    QString key;
    QString action; // e.g. "sale"
    double amount = 0;
    QString amountUnits;
    bool isCurrency = true;
    bool credit = false;
    QString partner;          // affiliate: the partner paid for it
    QString customer;         // affiliate: the buyer; refer-a-friend: the referring customer
    QString referredCustomer; // refer-a-friend: the buyer
    QDateTime createdAt;
    QDateTime deletedAt;
    QList<Reward> rewards;
};

Q_DECLARE_METATYPE(Transaction)

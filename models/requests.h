// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

// What the console sends. Written to JSON by JsonMapping; only set fields are sent.

struct AffiliateCustomerDraft {
    QString key; // required
    QString email;
    QString name;
    QString surname;
    QStringList tags;
    QString partnerKey; // at least one of the three partner fields
    QString partnerId;
    QString partnerEmail;
    QString referralUrl; // options.referral_url
};

struct ReferralCustomerDraft {
    QString key; // optional: the server makes one
    QString id;
    QString email;
    QString name;
    QString surname;
    QDate dateOfBirth;    // metadata.date_of_birth when valid
    QString referringKey; // referring_customer.key
    QString referringId;  // referring_customer.id
};

// PUT /customers/{key}: the `update` object. Unset optionals are not sent.
struct CustomerUpdate {
    std::optional<QString> key;
    std::optional<QString> email;
    std::optional<QString> name;
    std::optional<QString> surname;
    std::optional<QStringList> tags;  // affiliate: an empty list clears the tags
    std::optional<QDate> dateOfBirth; // refer-a-friend: update.metadata.date_of_birth
    bool isEmpty() const;
};

struct CreditRequest {
    double amount = 0;
    QString amountUnits; // "USD", or a unit such as "points"
    bool isCurrency = true;
};

struct InviteRequest {
    QString email; // required
    QString name;
    QList<QPair<QString, QString>> personalization;
};

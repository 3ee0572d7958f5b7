// SPDX-License-Identifier: GPL-3.0-or-later
// Request bodies. Only fields the person set are written: an empty string in a draft means
// "not given", while in a CustomerUpdate an engaged optional is sent even when empty.
#include "models/jsonmapping.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace JsonMapping {

namespace {

void insertIfSet(QJsonObject &object, QLatin1String key, const QString &value) {
    if (!value.isEmpty())
        object.insert(key, value);
}

QString isoDate(const QDate &date) {
    return date.toString(u"yyyy-MM-dd"_s);
}

} // namespace

QJsonObject write(const AffiliateCustomerDraft &draft) {
    QJsonObject body;
    QJsonObject partner;
    insertIfSet(partner, "key"_L1, draft.partnerKey);
    insertIfSet(partner, "id"_L1, draft.partnerId);
    insertIfSet(partner, "email"_L1, draft.partnerEmail);
    if (!partner.isEmpty())
        body.insert("partner"_L1, partner);
    insertIfSet(body, "key"_L1, draft.key);
    insertIfSet(body, "email"_L1, draft.email);
    insertIfSet(body, "name"_L1, draft.name);
    insertIfSet(body, "surname"_L1, draft.surname);
    if (!draft.tags.isEmpty())
        body.insert("tags"_L1, QJsonArray::fromStringList(draft.tags));
    if (!draft.referralUrl.isEmpty())
        body.insert("options"_L1, QJsonObject{{"referral_url"_L1, draft.referralUrl}});
    return body;
}

QJsonObject write(const ReferralCustomerDraft &draft) {
    QJsonObject body;
    insertIfSet(body, "key"_L1, draft.key);
    insertIfSet(body, "id"_L1, draft.id);
    insertIfSet(body, "email"_L1, draft.email);
    insertIfSet(body, "name"_L1, draft.name);
    insertIfSet(body, "surname"_L1, draft.surname);
    QJsonObject referring;
    insertIfSet(referring, "key"_L1, draft.referringKey);
    insertIfSet(referring, "id"_L1, draft.referringId);
    if (!referring.isEmpty())
        body.insert("referring_customer"_L1, referring);
    if (draft.dateOfBirth.isValid())
        body.insert("metadata"_L1, QJsonObject{{"date_of_birth"_L1, isoDate(draft.dateOfBirth)}});
    return body;
}

QJsonObject write(const CustomerUpdate &update) {
    QJsonObject fields;
    if (update.key)
        fields.insert("key"_L1, *update.key);
    if (update.email)
        fields.insert("email"_L1, *update.email);
    if (update.name)
        fields.insert("name"_L1, *update.name);
    if (update.surname)
        fields.insert("surname"_L1, *update.surname);
    // An engaged empty list is sent as [] on purpose: that is how the API clears the tags.
    if (update.tags)
        fields.insert("tags"_L1, QJsonArray::fromStringList(*update.tags));
    if (update.dateOfBirth) {
        // An engaged but invalid date clears the date of birth.
        const QJsonValue date = update.dateOfBirth->isValid()
                                    ? QJsonValue(isoDate(*update.dateOfBirth))
                                    : QJsonValue(QJsonValue::Null);
        fields.insert("metadata"_L1, QJsonObject{{"date_of_birth"_L1, date}});
    }
    return QJsonObject{{"update"_L1, fields}};
}

QJsonObject write(const CreditRequest &credit) {
    return QJsonObject{{"amount"_L1, credit.amount},
                       {"amount_units"_L1, credit.amountUnits},
                       {"is_currency"_L1, credit.isCurrency}};
}

QJsonObject write(const InviteRequest &invite) {
    QJsonObject body;
    body.insert("email"_L1, invite.email);
    insertIfSet(body, "name"_L1, invite.name);
    if (!invite.personalization.isEmpty()) {
        QJsonObject personalization;
        for (const auto &[key, value] : invite.personalization)
            personalization.insert(key, value);
        body.insert("personalization"_L1, personalization);
    }
    return body;
}

} // namespace JsonMapping

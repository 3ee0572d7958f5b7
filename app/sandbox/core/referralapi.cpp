// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/core/referralapi.h"

#include "app/sandbox/core/customerhandlers.h"
#include "app/sandbox/core/invitelog.h"
#include "app/sandbox/core/jsonutil.h"
#include "app/sandbox/core/referralstore.h"

#include <QJsonDocument>
#include <QLocale>
#include <QMap>
#include <QSet>
#include <QUrl>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace sandbox {

namespace {
const QString ReferralLinkBase = u"https://shop.example.com/?ref="_s;

double roundCents(double value) {
    return std::round(value * 100.0) / 100.0;
}
} // namespace

ReferralApi::ReferralApi(ReferralStore &store, InviteLog &invites, ApiVariant variant)
    : m_store(store)
    , m_invites(invites)
    , m_variant(variant) {
}

QString ReferralApi::programName() {
    return u"Sandbox Refer-a-Friend Program"_s;
}

QStringList ReferralApi::rewardUnits() {
    return {u"USD"_s, u"EUR"_s, u"GBP"_s, u"points"_s};
}

ApiResponse ReferralApi::handle(const ApiRequest &request) {
    if (std::optional<ApiResponse> response = commonRoute(*this, request))
        return *response;
    const QStringList &s = request.segments;
    ApiResponse error;
    if (s.size() == 1 && s.first() == "customers:invite"_L1) {
        if (!methodAllowed(request, {"POST"_ba}, &error))
            return error;
        return withJsonBody(request, [this](const QJsonObject &body) { return invite(body); });
    }
    if (s.isEmpty() || s.first() != "customers"_L1 || s.size() > 4)
        return routeNotFound();

    if (s.size() == 1) {
        if (!methodAllowed(request, {"GET"_ba, "POST"_ba}, &error))
            return error;
        if (request.method == "GET")
            return list(request);
        return withJsonBody(request, [this](const QJsonObject &body) { return create(body); });
    }

    QString action;
    if (s.size() == 4) {
        if (s.at(2) != "balance"_L1 || s.at(3) != "credit"_L1)
            return routeNotFound();
        action = u"balance/credit"_s;
    } else if (s.size() == 3) {
        action = s.at(2);
    }
    QList<QByteArray> allowed;
    if (action.isEmpty())
        allowed = {"GET"_ba, "PUT"_ba, "DELETE"_ba};
    else if (action == "archive"_L1 || action == "revoke-archive"_L1 ||
             action == "balance/credit"_L1)
        allowed = {"POST"_ba};
    else if (action == "stats"_L1 || action == "referrals"_L1 || action == "transactions"_L1 ||
             action == "balance"_L1)
        allowed = {"GET"_ba};
    else
        return routeNotFound();
    if (!methodAllowed(request, allowed, &error))
        return error;

    const int slot = m_store.find(s.at(1));
    if (slot < 0)
        return customerNotFound();

    if (action.isEmpty()) {
        if (request.method == "GET")
            return rawDataResponse(customerJson(m_store.at(slot)));
        if (request.method == "PUT")
            return withJsonBody(
                request, [this, slot](const QJsonObject &body) { return update(body, slot); });
        return removeCustomer(m_store, slot);
    }
    if (action == "archive"_L1 || action == "revoke-archive"_L1) {
        return setCustomerFlag(m_store, slot, &ReferralCustomer::archived, action == "archive"_L1);
    }
    if (action == "stats"_L1)
        return stats(slot);
    if (action == "referrals"_L1)
        return referrals(request, slot);
    if (action == "transactions"_L1)
        return transactions(request, slot);
    if (action == "balance"_L1)
        return balance(slot);
    return withJsonBody(request,
                        [this, slot](const QJsonObject &body) { return credit(body, slot); });
}

QString ReferralApi::referralLink(const ReferralCustomer &customer) const {
    return ReferralLinkBase + QString::fromLatin1(QUrl::toPercentEncoding(customer.key));
}

void ReferralApi::writeCustomer(JsonWriter &w, const ReferralCustomer &customer) const {
    const QString link = referralLink(customer);
    w.beginObject();
    w.key("email");
    w.nullableString(customer.email);
    w.key("created_at");
    w.asciiString(timestampBytes(customer.createdAt));
    w.key("updated_at");
    w.asciiString(timestampBytes(customer.updatedAt));
    w.key("id");
    w.string(customer.id);
    w.key("name");
    w.nullableString(customer.name);
    w.key("surname");
    w.nullableString(customer.surname);
    w.key("approved");
    w.boolean(true);
    w.key("status");
    // The documented values are "active" and "deleted"; archiving is the API's soft delete.
    w.asciiString(customer.archived ? "deleted"_ba : "active"_ba);
    w.key("referring_customer");
    if (customer.referrer >= 0) {
        const ReferralCustomer &referrer = m_store.at(customer.referrer);
        w.beginObject();
        w.key("id");
        w.string(referrer.id);
        w.key("email");
        w.nullableString(referrer.email);
        w.key("name");
        w.nullableString(referrer.name);
        w.key("surname");
        w.nullableString(referrer.surname);
        w.endObject();
    } else {
        w.null();
    }
    w.key("referrals_count");
    w.number(qint64(customer.children.size()));
    w.key("metadata");
    w.beginObject();
    w.key("date_of_birth");
    w.nullableString(customer.dateOfBirth);
    w.endObject();
    w.key("referral_link");
    w.string(link);
    w.key("referral_links");
    w.beginArray();
    w.string(link);
    w.endArray();
    w.key("custom_fields");
    w.beginObject();
    w.endObject();
    w.endObject();
}

QByteArray ReferralApi::customerJson(const ReferralCustomer &customer) const {
    JsonWriter writer;
    writeCustomer(writer, customer);
    return writer.take();
}

ApiResponse ReferralApi::list(const ApiRequest &request) {
    PageParams params;
    ApiResponse error;
    if (!parsePageParams(request, &params, &error))
        return error;
    const QList<int> *rows = &m_store.order();
    if (request.hasQuery(u"refer_status"_s)) {
        const QString status = request.queryValue(u"refer_status"_s).trimmed();
        if (status == "referred"_L1) {
            rows = &m_store.referred();
        } else if (status == "non_referred"_L1) {
            rows = &m_store.nonReferred();
        } else if (!status.isEmpty()) {
            Validation validation;
            validation.add(u"refer_status"_s, u"The selected refer status is invalid."_s);
            return validation.response();
        }
    }
    return customerPage(request, params, *rows, [this](JsonWriter &writer, int slot) {
        writeCustomer(writer, m_store.at(slot));
    });
}

ApiResponse ReferralApi::search(const ApiRequest &request) {
    PageParams params;
    ApiResponse error;
    if (!parsePageParams(request, &params, &error))
        return error;
    QList<int> rows;
    int slot = -1;
    if (request.hasQuery(u"key"_s)) {
        slot = m_store.findByKey(request.queryValue(u"key"_s));
    } else if (request.hasQuery(u"id"_s)) {
        slot = m_store.findById(request.queryValue(u"id"_s));
    } else if (request.hasQuery(u"email"_s)) {
        rows = m_store.findByEmail(request.queryValue(u"email"_s));
    } else {
        return searchNeedsKeyIdOrEmail();
    }
    if (slot >= 0)
        rows.append(slot);
    return searchAnswer(m_variant, request, params, rows, [this](JsonWriter &writer, int row) {
        writeCustomer(writer, m_store.at(row));
    });
}

namespace {

// metadata.date_of_birth: a date (YYYY-MM-DD) or null.
void readMetadata(const QJsonObject &object, const QString &prefix, Validation &validation,
                  QString *dateOfBirth, bool *present) {
    *present = false;
    const QJsonValue metadata = object.value(u"metadata"_s);
    if (metadata.isUndefined() || metadata.isNull())
        return;
    if (!metadata.isObject()) {
        validation.add(prefix + u"metadata"_s, u"The %1metadata must be an array."_s.arg(prefix));
        return;
    }
    const QString label = prefix + u"metadata.date_of_birth"_s;
    if (readOptionalString(metadata.toObject(), u"date_of_birth"_s, label, validation, dateOfBirth,
                           present) &&
        !dateOfBirth->isNull() && !isValidDate(*dateOfBirth)) {
        validation.add(label, u"The %1 is not a valid date."_s.arg(attributeName(label)));
    }
}

} // namespace

ApiResponse ReferralApi::create(const QJsonObject &body) {
    Validation validation;
    bool present = false;
    QString key;
    QString id;
    if (readOptionalString(body, u"key"_s, u"key"_s, validation, &key, &present) && !key.isNull() &&
        m_store.isTaken(key)) {
        validation.add(u"key"_s, u"The key has already been taken."_s);
    }
    if (readOptionalString(body, u"id"_s, u"id"_s, validation, &id, &present) && !id.isNull() &&
        m_store.isTaken(id)) {
        validation.add(u"id"_s, u"The id has already been taken."_s);
    }
    const ContactFields contact = readContactFields(body, validation);
    QString dateOfBirth;
    readMetadata(body, QString(), validation, &dateOfBirth, &present);

    int referrer = -1;
    const QJsonValue referring = body.value(u"referring_customer"_s);
    if (!referring.isUndefined() && !referring.isNull()) {
        if (!referring.isObject()) {
            validation.add(u"referring_customer"_s, u"The referring customer must be an array."_s);
        } else {
            QString referrerKey;
            QString referrerId;
            const QJsonObject object = referring.toObject();
            const bool keyOk = readOptionalString(object, u"key"_s, u"referring_customer.key"_s,
                                                  validation, &referrerKey, &present);
            const bool idOk = readOptionalString(object, u"id"_s, u"referring_customer.id"_s,
                                                 validation, &referrerId, &present);
            if (keyOk && idOk) {
                if (!referrerKey.isNull()) {
                    referrer = m_store.findByKey(referrerKey);
                    if (referrer < 0)
                        validation.add(u"referring_customer.key"_s,
                                       u"The selected referring customer.key is invalid."_s);
                } else if (!referrerId.isNull()) {
                    referrer = m_store.findById(referrerId);
                    if (referrer < 0)
                        validation.add(u"referring_customer.id"_s,
                                       u"The selected referring customer.id is invalid."_s);
                } else {
                    validation.add(
                        u"referring_customer.key"_s,
                        u"The referring customer.key field is required when referring customer.id is not present."_s);
                }
            }
        }
    }
    if (validation.hasErrors())
        return validation.response();

    ReferralCustomer customer;
    if (key.isNull()) {
        do {
            key = m_store.nextGeneratedKey();
        } while (m_store.isTaken(key) || key == id);
    }
    customer.key = key;
    customer.id = id.isNull() ? key : id;
    customer.email = contact.email;
    customer.name = contact.name;
    customer.surname = contact.surname;
    customer.dateOfBirth = dateOfBirth;
    customer.referrer = referrer;
    customer.createdAt = nowSeconds();
    customer.updatedAt = customer.createdAt;
    const int slot = m_store.add(customer);
    return changed(rawDataResponse(customerJson(m_store.at(slot))));
}

ApiResponse ReferralApi::update(const QJsonObject &body, int slot) {
    return updateCustomer(
        m_store, slot, body, [this](const QString &key) { return m_store.find(key); },
        [](const QJsonObject &update, Validation &validation) {
            bool hasDateOfBirth = false;
            QString dateOfBirth;
            readMetadata(update, u"update."_s, validation, &dateOfBirth, &hasDateOfBirth);
            return [hasDateOfBirth, dateOfBirth](ReferralCustomer &customer) {
                if (hasDateOfBirth)
                    customer.dateOfBirth = dateOfBirth;
            };
        },
        [this](const ReferralCustomer &customer) { return customerJson(customer); });
}

ApiResponse ReferralApi::invite(const QJsonObject &body) {
    Validation validation;
    bool present = false;
    QString email;
    if (readOptionalString(body, u"email"_s, u"email"_s, validation, &email, &present)) {
        if (email.isNull())
            validation.add(u"email"_s, u"The email field is required."_s);
        else
            checkEmail(email, u"email"_s, validation);
    }
    QString name;
    readOptionalString(body, u"name"_s, u"name"_s, validation, &name, &present);
    const QJsonValue personalization = body.value(u"personalization"_s);
    if (!personalization.isUndefined() && !personalization.isNull() &&
        !personalization.isObject()) {
        validation.add(u"personalization"_s, u"The personalization must be an array."_s);
    }
    if (validation.hasErrors())
        return validation.response();
    m_invites.record(email);
    return changed(okResponse());
}

namespace {
QString encoded(const QString &text) {
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}
} // namespace

ApiResponse ReferralApi::stats(int slot) const {
    const ReferralCustomer &customer = m_store.at(slot);
    QSet<int> buyers;
    QMap<QString, double> revenue;
    for (const ReferralTransaction &t : customer.transactions) {
        buyers.insert(t.referred);
        revenue[t.amountUnits] += t.amount;
    }
    QJsonArray revenueList;
    for (auto it = revenue.cbegin(); it != revenue.cend(); ++it) {
        revenueList.append(QJsonObject{{u"currency"_s, it.key()},
                                       {u"amount"_s, QString::number(it.value(), 'f', 2)}});
    }
    const QString link = referralLink(customer);
    const QJsonObject share{
        {u"facebook"_s,
         QString(u"https://www.facebook.com/sharer/sharer.php?u="_s + encoded(link))},
        {u"x"_s, QString(u"https://x.com/intent/post?url="_s + encoded(link))},
        {u"linkedin"_s,
         QString(u"https://www.linkedin.com/sharing/share-offsite/?url="_s + encoded(link))},
        {u"whatsapp"_s, QString(u"https://wa.me/?text="_s + encoded(link))},
        {u"email"_s,
         QString(u"mailto:?subject="_s + encoded(u"Join me"_s) + u"&body="_s + encoded(link))},
    };
    const qint64 referralsCount = customer.children.size();
    return dataResponse(QJsonObject{{u"clicks"_s, customer.clicks + 3 * referralsCount},
                                    {u"referrals_count"_s, referralsCount},
                                    {u"signups"_s, referralsCount},
                                    {u"paid_accounts"_s, qint64(buyers.size())},
                                    {u"revenue"_s, revenueList},
                                    {u"social_share_links"_s, share}});
}

ApiResponse ReferralApi::referrals(const ApiRequest &request, int slot) {
    PageParams params;
    ApiResponse error;
    if (!parsePageParams(request, &params, &error))
        return error;
    if (m_variant == ApiVariant::Alternative) {
        // Every direct referral at once, as a plain list: no page, no meta, no links.
        JsonWriter writer;
        writer.beginArray();
        for (const int child : m_store.at(slot).children)
            writeCustomer(writer, m_store.at(child));
        writer.endArray();
        return rawDataResponse(writer.take());
    }
    return customerPage(
        request, params, m_store.at(slot).children,
        [this](JsonWriter &writer, int child) { writeCustomer(writer, m_store.at(child)); });
}

ApiResponse ReferralApi::transactions(const ApiRequest &request, int slot) {
    PageParams params;
    ApiResponse error;
    if (!parsePageParams(request, &params, &error))
        return error;
    const ReferralCustomer &customer = m_store.at(slot);
    return pageResponse(request, params, customer.transactions.size(),
                        [this, &customer](JsonWriter &w, qsizetype i) {
                            const ReferralTransaction &t = customer.transactions.at(i);
                            // In refer-a-friend answers `customer` is the referring customer and
                            // `referred_customer` the buyer, named by the purchase only.
                            const auto parties = [&](JsonWriter &writer, bool inReward) {
                                writer.key("customer");
                                writer.string(customer.id);
                                if (inReward)
                                    return;
                                writer.key("referred_customer");
                                writer.string(m_store.at(t.referred).id);
                            };
                            writeTransactionItem(w, t, {u"ok"_s, t.rewardUnits, t.rewardIsCurrency},
                                                 parties, [](JsonWriter &, bool) {});
                        });
}

ApiResponse ReferralApi::balance(int slot) const {
    const ReferralCustomer &customer = m_store.at(slot);
    QJsonArray currency;
    QJsonArray points;
    for (const QString &unit : rewardUnits()) {
        const auto it = customer.balance.constFind(unit);
        if (it == customer.balance.constEnd())
            continue;
        const bool isCurrency = unit != "points"_L1;
        const QJsonObject entry{{u"amount"_s, roundCents(it.value())},
                                {u"amount_units"_s, unit},
                                {u"is_currency"_s, isCurrency}};
        (isCurrency ? currency : points).append(entry);
    }
    const QJsonObject balanceObject{{u"currency"_s, currency}, {u"points"_s, points}};
    JsonWriter writer;
    writer.beginObject();
    writer.key("customer");
    writeCustomer(writer, customer);
    writer.key("balance");
    writer.raw(QJsonDocument(balanceObject).toJson(QJsonDocument::Compact));
    writer.endObject();
    return rawDataResponse(writer.take());
}

ApiResponse ReferralApi::credit(const QJsonObject &body, int slot) {
    Validation validation;
    const QJsonValue amount = body.value(u"amount"_s);
    if (amount.isUndefined() || amount.isNull())
        validation.add(u"amount"_s, u"The amount field is required."_s);
    else if (!amount.isDouble())
        validation.add(u"amount"_s, u"The amount must be a number."_s);
    else if (!(amount.toDouble() > 0))
        validation.add(u"amount"_s, u"The amount must be greater than 0."_s);
    else if (amount.toDouble() > 1000000)
        validation.add(u"amount"_s, u"The amount must not be greater than 1000000."_s);

    QString unit;
    const QJsonValue units = body.value(u"amount_units"_s);
    if (units.isUndefined() || units.isNull() || units.toString().trimmed().isEmpty()) {
        validation.add(u"amount_units"_s, u"The amount units field is required."_s);
    } else if (!units.isString()) {
        validation.add(u"amount_units"_s, u"The amount units must be a string."_s);
    } else {
        const QString given = units.toString().trimmed();
        for (const QString &known : rewardUnits()) {
            if (given.compare(known, Qt::CaseInsensitive) == 0)
                unit = known;
        }
        if (unit.isEmpty())
            validation.add(u"amount_units"_s, u"The selected amount units is invalid."_s);
    }
    const QJsonValue isCurrency = body.value(u"is_currency"_s);
    if (isCurrency.isUndefined() || isCurrency.isNull())
        validation.add(u"is_currency"_s, u"The is currency field is required."_s);
    else if (!isCurrency.isBool())
        validation.add(u"is_currency"_s, u"The is currency field must be true or false."_s);
    else if (!unit.isEmpty() && isCurrency.toBool() != (unit != "points"_L1))
        validation.add(u"is_currency"_s, u"The is currency does not match the amount units."_s);
    if (validation.hasErrors())
        return validation.response();

    ReferralCustomer &customer = m_store.at(slot);
    customer.balance[unit] = roundCents(customer.balance.value(unit) + amount.toDouble());
    customer.updatedAt = nowSeconds();
    // The reference does not show the credit's answer: the balance after it, or the bare
    // success envelope.
    if (m_variant == ApiVariant::Alternative)
        return changed(okResponse());
    return changed(balance(slot));
}

ApiResponse ReferralApi::overview() const {
    qint64 referring = 0;
    qint64 purchases = 0;
    QSet<int> buyers;
    QMap<QString, double> revenue;
    QMap<QString, double> reward;
    for (const int slot : m_store.order()) {
        const ReferralCustomer &customer = m_store.at(slot);
        if (!customer.children.isEmpty())
            ++referring;
        purchases += customer.transactions.size();
        for (const ReferralTransaction &t : customer.transactions) {
            buyers.insert(t.referred);
            revenue[t.amountUnits] += t.amount;
            reward[t.rewardUnits] += t.rewardAmount;
        }
    }
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    const auto moneyList = [](const QMap<QString, double> &totals) {
        QJsonArray list;
        for (auto it = totals.cbegin(); it != totals.cend(); ++it)
            list.append(QString(english.toString(it.value(), 'f', 2) + u' ' + it.key()));
        return list;
    };
    ProgramOverview overview;
    overview.name = programName();
    overview.typeTitle = u"Refer-a-friend"_s;
    overview.initials = u"SR"_s;
    overview.portalUrl = u"https://refer.example.com"_s;
    overview.commission = u"10% of every purchase your friends make"_s;
    overview.cookieLifetime = 60;
    overview.payoutThreshold = u"$20.00"_s;
    overview.partners = referring;
    overview.signups = m_store.referred().size();
    overview.paidAccounts = buyers.size();
    overview.purchases = purchases;
    overview.revenue = moneyList(revenue);
    overview.reward = moneyList(reward);
    return overviewResponse(overview);
}

ApiResponse ReferralApi::test() const {
    return testResponse(programName(), u"refer_a_friend"_s);
}

} // namespace sandbox

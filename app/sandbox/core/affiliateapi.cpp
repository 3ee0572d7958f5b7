// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/core/affiliateapi.h"

#include "app/sandbox/core/affiliatestore.h"
#include "app/sandbox/core/customerhandlers.h"
#include "app/sandbox/core/jsonutil.h"

#include <QLocale>
#include <QMap>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace sandbox {

AffiliateApi::AffiliateApi(AffiliateStore &store, ApiVariant variant)
    : m_store(store)
    , m_variant(variant) {
}

QString AffiliateApi::partnerReference(int partner) const {
    const Partner &found = m_store.partners().at(partner);
    // The reference's table calls `partner` the partner's key; some of its examples show an
    // opaque id there instead.
    return m_variant == ApiVariant::Alternative ? found.id : found.key;
}

QString AffiliateApi::programName() {
    return u"Sandbox Affiliate Program"_s;
}

ApiResponse AffiliateApi::handle(const ApiRequest &request) {
    if (std::optional<ApiResponse> response = commonRoute(*this, request))
        return *response;
    const QStringList &s = request.segments;
    ApiResponse error;
    if (s.isEmpty() || s.first() != "customers"_L1 || s.size() > 3)
        return routeNotFound();

    if (s.size() == 1) {
        if (!methodAllowed(request, {"GET"_ba, "POST"_ba, "PUT"_ba, "DELETE"_ba}, &error))
            return error;
        if (request.method == "GET")
            return list(request);
        if (request.method == "POST")
            return withJsonBody(request, [this](const QJsonObject &body) { return create(body); });
        return withJsonBody(request, [this, &request](const QJsonObject &body) {
            return request.method == "PUT" ? updateByBody(body) : removeByBody(body);
        });
    }

    if (s.size() == 3) {
        const QString &action = s.at(2);
        if (action == "suspend"_L1 || action == "approve"_L1) {
            if (!methodAllowed(request, {"POST"_ba}, &error))
                return error;
        } else if (action == "transactions"_L1) {
            if (!methodAllowed(request, {"GET"_ba}, &error))
                return error;
        } else {
            return routeNotFound();
        }
    } else if (!methodAllowed(request, {"GET"_ba, "PUT"_ba, "DELETE"_ba}, &error)) {
        return error;
    }

    const int slot = m_store.findByKey(s.at(1));
    if (slot < 0)
        return customerNotFound();

    if (s.size() == 3) {
        const QString &action = s.at(2);
        if (action == "transactions"_L1)
            return transactions(request, slot);
        return setCustomerFlag(m_store, slot, &AffiliateCustomer::suspended,
                               action == "suspend"_L1);
    }
    if (request.method == "GET")
        return rawDataResponse(customerJson(m_store.at(slot)));
    if (request.method == "PUT")
        return withJsonBody(request,
                            [this, slot](const QJsonObject &body) { return update(body, slot); });
    return removeCustomer(m_store, slot);
}

void AffiliateApi::writeCustomer(JsonWriter &w, const AffiliateCustomer &customer,
                                 bool full) const {
    const QList<Partner> &partners = m_store.partners();
    w.beginObject();
    w.key("key");
    w.string(customer.key);
    w.key("partner");
    if (customer.partner >= 0 && customer.partner < partners.size())
        w.string(partnerReference(customer.partner));
    else
        w.null();
    w.key("deleted");
    w.boolean(false);
    w.key("name");
    w.nullableString(customer.name);
    w.key("surname");
    w.nullableString(customer.surname);
    w.key("email");
    w.nullableString(customer.email);
    // As documented: list and search items carry neither status nor tags.
    if (full) {
        w.key("status");
        w.asciiString(customer.suspended ? "suspended"_ba : "active"_ba);
    }
    w.key("created_at");
    w.asciiString(timestampBytes(customer.createdAt));
    w.key("updated_at");
    w.asciiString(timestampBytes(customer.updatedAt));
    w.key("deleted_at");
    w.null();
    if (full) {
        w.key("tags");
        w.beginArray();
        for (const QString &tag : customer.tags) {
            w.beginObject();
            w.key("value");
            w.string(tag);
            w.endObject();
        }
        w.endArray();
    }
    w.endObject();
}

QByteArray AffiliateApi::customerJson(const AffiliateCustomer &customer) const {
    JsonWriter writer;
    writeCustomer(writer, customer, true);
    return writer.take();
}

void AffiliateApi::writeTransaction(JsonWriter &w, const AffiliateCustomer &customer,
                                    int index) const {
    const AffiliateTransaction &t = customer.transactions.at(index);
    const auto writePartner = [this, &customer](JsonWriter &writer) {
        writer.key("partner");
        if (customer.partner >= 0)
            writer.string(partnerReference(customer.partner));
        else
            writer.null();
    };
    // The purchase names the partner first, its reward the customer first.
    const auto parties = [&](JsonWriter &writer, bool inReward) {
        if (!inReward)
            writePartner(writer);
        writer.key("customer");
        writer.string(customer.key);
        if (inReward)
            writePartner(writer);
    };
    const auto extra = [&t](JsonWriter &writer, bool inReward) {
        writer.key("deleted_at");
        writer.null();
        if (!inReward)
            return;
        writer.key("product_type_data");
        writer.beginObject();
        if (!t.productId.isEmpty()) {
            writer.key("product_id");
            writer.string(t.productId);
            writer.key("product_type");
            writer.string(t.productType);
        }
        writer.endObject();
    };
    writeTransactionItem(w, t, {t.rewardStatus, t.amountUnits, true}, parties, extra);
}

ApiResponse AffiliateApi::list(const ApiRequest &request) {
    PageParams params;
    ApiResponse error;
    if (!parsePageParams(request, &params, &error))
        return error;

    // The docs' dotted names and the underscore form (what PHP turns dots into) both work.
    const auto filterValue = [&request](const QString &dotted, const QString &underscored,
                                        bool *present) {
        *present = request.hasQuery(dotted) || request.hasQuery(underscored);
        return request.hasQuery(dotted) ? request.queryValue(dotted)
                                        : request.queryValue(underscored);
    };
    bool byKey = false;
    bool byEmail = false;
    const QString partnerKey = filterValue(u"partner.key"_s, u"partner_key"_s, &byKey);
    const QString partnerEmail = filterValue(u"partner.email"_s, u"partner_email"_s, &byEmail);

    const QList<int> *rows = &m_store.order();
    static const QList<int> none;
    if (byKey || byEmail) {
        const int fromKey = byKey ? m_store.partnerByKey(partnerKey) : -1;
        const int fromEmail = byEmail ? m_store.partnerByEmail(partnerEmail) : -1;
        int partner = byKey ? fromKey : fromEmail;
        if (byKey && byEmail && fromKey != fromEmail)
            partner = -1;
        rows = partner >= 0 ? &m_store.byPartner(partner) : &none;
    }
    return customerPage(request, params, *rows, [this](JsonWriter &writer, int slot) {
        writeCustomer(writer, m_store.at(slot), false);
    });
}

ApiResponse AffiliateApi::search(const ApiRequest &request) {
    PageParams params;
    ApiResponse error;
    if (!parsePageParams(request, &params, &error))
        return error;
    QList<int> rows;
    if (request.hasQuery(u"key"_s) || request.hasQuery(u"id"_s)) {
        // Affiliate customers have no separate id: both name the customer key.
        const QString key =
            request.hasQuery(u"key"_s) ? request.queryValue(u"key"_s) : request.queryValue(u"id"_s);
        const int slot = m_store.findByKey(key);
        if (slot >= 0)
            rows.append(slot);
    } else if (request.hasQuery(u"email"_s)) {
        rows = m_store.findByEmail(request.queryValue(u"email"_s));
    } else {
        return searchNeedsKeyIdOrEmail();
    }
    return searchAnswer(m_variant, request, params, rows, [this](JsonWriter &writer, int slot) {
        writeCustomer(writer, m_store.at(slot), false);
    });
}

namespace {

// tags: an array of strings. Absent or null: *present = false.
bool readTags(const QJsonObject &object, const QString &label, Validation &validation,
              QStringList *tags, bool *present) {
    const auto it = object.constFind(u"tags"_s);
    *present = it != object.constEnd() && !it->isNull();
    tags->clear();
    if (!*present)
        return true;
    if (!it->isArray()) {
        validation.add(label, u"The %1 must be an array."_s.arg(label));
        return false;
    }
    const QJsonArray array = it->toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue value = array.at(i);
        if (!value.isString() || value.toString().trimmed().isEmpty()) {
            validation.add(label + u'.' + QString::number(i),
                           u"The %1.%2 must be a non-empty string."_s.arg(label).arg(i));
            return false;
        }
        const QString tag = value.toString().trimmed();
        if (!tags->contains(tag))
            tags->append(tag);
    }
    return true;
}

} // namespace

ApiResponse AffiliateApi::create(const QJsonObject &body) {
    Validation validation;
    bool present = false;
    QString key;
    if (readOptionalString(body, u"key"_s, u"key"_s, validation, &key, &present)) {
        if (key.trimmed().isEmpty())
            validation.add(u"key"_s, u"The key field is required."_s);
        else if (m_store.findByKey(key) >= 0)
            validation.add(u"key"_s, u"The key has already been taken."_s);
    }
    const ContactFields contact = readContactFields(body, validation);
    QStringList tags;
    readTags(body, u"tags"_s, validation, &tags, &present);

    QString partnerKey;
    QString partnerId;
    QString partnerEmail;
    const QJsonValue partner = body.value(u"partner"_s);
    if (partner.isUndefined() || partner.isNull()) {
        validation.add(u"partner"_s, u"The partner field is required."_s);
    } else if (!partner.isObject()) {
        validation.add(u"partner"_s, u"The partner must be an array."_s);
    } else {
        const QJsonObject object = partner.toObject();
        readOptionalString(object, u"key"_s, u"partner.key"_s, validation, &partnerKey, &present);
        readOptionalString(object, u"id"_s, u"partner.id"_s, validation, &partnerId, &present);
        readOptionalString(object, u"email"_s, u"partner.email"_s, validation, &partnerEmail,
                           &present);
        if (partnerKey.isEmpty() && partnerId.isEmpty() && partnerEmail.isEmpty() &&
            !validation.hasError(u"partner.key"_s) && !validation.hasError(u"partner.id"_s) &&
            !validation.hasError(u"partner.email"_s)) {
            validation.add(
                u"partner.key"_s,
                u"The partner.key field is required when none of partner.id / partner.email are present."_s);
        }
    }
    const QJsonValue options = body.value(u"options"_s);
    if (!options.isUndefined() && !options.isNull() && !options.isObject())
        validation.add(u"options"_s, u"The options must be an array."_s);
    if (validation.hasErrors())
        return validation.response();

    int partnerIndex = -1;
    if (!partnerKey.isEmpty())
        partnerIndex = m_store.partnerByKey(partnerKey);
    else if (!partnerId.isEmpty())
        partnerIndex = m_store.partnerById(partnerId);
    else
        partnerIndex = m_store.partnerByEmail(partnerEmail);
    if (partnerIndex < 0)
        return messageResponse(400, u"Invalid partner key."_s);

    AffiliateCustomer customer;
    customer.key = key;
    customer.email = contact.email.isEmpty() ? QString() : contact.email;
    customer.name = contact.name;
    customer.surname = contact.surname;
    customer.tags = tags;
    customer.partner = partnerIndex;
    customer.createdAt = nowSeconds();
    customer.updatedAt = customer.createdAt;
    const int slot = m_store.add(customer);
    return changed(rawDataResponse(customerJson(m_store.at(slot)), 201));
}

ApiResponse AffiliateApi::update(const QJsonObject &body, int slot) {
    return updateCustomer(
        m_store, slot, body, [this](const QString &key) { return m_store.findByKey(key); },
        [](const QJsonObject &update, Validation &validation) {
            bool hasTags = false;
            QStringList tags;
            readTags(update, u"update.tags"_s, validation, &tags, &hasTags);
            return [hasTags, tags](AffiliateCustomer &customer) {
                // Documented: [] removes every tag; absent or null leaves them as they are.
                if (hasTags)
                    customer.tags = tags;
            };
        },
        [this](const AffiliateCustomer &customer) { return customerJson(customer); });
}

namespace {
// PUT and DELETE /customers name the customer by `key` in the body.
bool slotFromBody(const QJsonObject &body, const AffiliateStore &store, int *slot,
                  ApiResponse *error) {
    Validation validation;
    bool present = false;
    QString key;
    if (readOptionalString(body, u"key"_s, u"key"_s, validation, &key, &present) &&
        key.trimmed().isEmpty()) {
        validation.add(u"key"_s, u"The key field is required."_s);
    }
    if (validation.hasErrors()) {
        *error = validation.response();
        return false;
    }
    *slot = store.findByKey(key);
    if (*slot < 0) {
        *error = customerNotFound();
        return false;
    }
    return true;
}
} // namespace

ApiResponse AffiliateApi::updateByBody(const QJsonObject &body) {
    int slot = -1;
    ApiResponse error;
    return slotFromBody(body, m_store, &slot, &error) ? update(body, slot) : error;
}

ApiResponse AffiliateApi::removeByBody(const QJsonObject &body) {
    int slot = -1;
    ApiResponse error;
    return slotFromBody(body, m_store, &slot, &error) ? removeCustomer(m_store, slot) : error;
}

ApiResponse AffiliateApi::transactions(const ApiRequest &request, int slot) {
    PageParams params;
    ApiResponse error;
    if (!parsePageParams(request, &params, &error))
        return error;
    const AffiliateCustomer &customer = m_store.at(slot);
    return pageResponse(request, params, customer.transactions.size(),
                        [this, &customer](JsonWriter &writer, qsizetype i) {
                            writeTransaction(writer, customer, int(i));
                        });
}

namespace {
QString money(const QString &currency, double amount) {
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QString symbol = currency == "USD"_L1   ? u"$"_s
                           : currency == "EUR"_L1 ? u"€"_s
                           : currency == "GBP"_L1 ? u"£"_s
                                                  : currency + u' ';
    return symbol + english.toString(amount, 'f', 2);
}

QJsonArray moneyList(const QMap<QString, double> &totals) {
    QJsonArray list;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        list.append(money(it.key(), it.value()));
    if (list.isEmpty())
        list.append(money(u"USD"_s, 0));
    return list;
}
} // namespace

ApiResponse AffiliateApi::overview() const {
    // O(customers), but only this rarely used summary pays it.
    qint64 paidAccounts = 0;
    qint64 purchases = 0;
    QMap<QString, double> revenue;
    QMap<QString, double> reward;
    QMap<QString, double> paid;
    for (const int slot : m_store.order()) {
        const AffiliateCustomer &customer = m_store.at(slot);
        if (!customer.transactions.isEmpty())
            ++paidAccounts;
        purchases += customer.transactions.size();
        for (const AffiliateTransaction &t : customer.transactions) {
            revenue[t.amountUnits] += t.amount;
            reward[t.amountUnits] += t.rewardAmount;
            if (t.rewardStatus == "ok"_L1)
                paid[t.amountUnits] += t.rewardAmount;
        }
    }
    ProgramOverview overview;
    overview.name = programName();
    overview.typeTitle = u"Affiliate"_s;
    overview.initials = u"SA"_s;
    overview.portalUrl = u"https://partners.example.com"_s;
    overview.commission = u"30% of every sale"_s;
    overview.cookieLifetime = 30;
    overview.payoutThreshold = u"$50.00"_s;
    overview.partners = m_store.partners().size();
    overview.signups = m_store.count();
    overview.paidAccounts = paidAccounts;
    overview.purchases = purchases;
    overview.revenue = moneyList(revenue);
    overview.reward = moneyList(reward);
    overview.paid = moneyList(paid);
    return overviewResponse(overview);
}

ApiResponse AffiliateApi::test() const {
    return testResponse(programName(), u"affiliate"_s);
}

} // namespace sandbox

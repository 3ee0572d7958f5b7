// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sandbox/core/apivariant.h"
#include "app/sandbox/core/jsonutil.h"
#include "app/sandbox/core/jsonwriter.h"
#include "app/sandbox/core/transactionjson.h"

#include <QJsonArray>
#include <QString>

#include <optional>

// What the handlers of both programs do alike, written once so that the affiliate and the
// refer-a-friend side of the sandbox cannot drift apart where the API behaves the same. Each
// helper takes the program's store, the slot, then the rest, in that order.
namespace sandbox {

// Marks an answer as one that changed data (the server saves its state after it).
inline ApiResponse changed(ApiResponse response) {
    response.changed = true;
    return response;
}

// handler(body) with the request's body as a JSON object (empty: {}), or the 400 when it is not
// one.
template <typename Handler> ApiResponse withJsonBody(const ApiRequest &request, Handler handler) {
    QJsonObject body;
    ApiResponse error;
    if (!parseJsonBody(request.body, &body, &error))
        return error;
    return handler(body);
}

// The routes both programs answer alike, outside /customers and /customers/{id}: GET /test,
// GET /program/overview and GET /customers:search (api.test(), api.overview(),
// api.search(request)). Nothing for any other path.
template <typename Api>
std::optional<ApiResponse> commonRoute(Api &api, const ApiRequest &request) {
    const QStringList &s = request.segments;
    const QList<QByteArray> get{QByteArrayLiteral("GET")};
    ApiResponse error;
    if (s.size() == 1 && s.first() == QLatin1String("test"))
        return methodAllowed(request, get, &error) ? api.test() : error;
    if (s.size() == 2 && s.at(0) == QLatin1String("program") &&
        s.at(1) == QLatin1String("overview"))
        return methodAllowed(request, get, &error) ? api.overview() : error;
    if (s.size() == 1 && s.first() == QLatin1String("customers:search"))
        return methodAllowed(request, get, &error) ? api.search(request) : error;
    return std::nullopt;
}

// email (checked), name and surname of POST /customers, read alike by both programs.
struct ContactFields {
    QString email;
    QString name;
    QString surname;
};
ContactFields readContactFields(const QJsonObject &body, Validation &validation);

// DELETE /customers/{id}.
template <typename Store> ApiResponse removeCustomer(Store &store, int slot) {
    store.remove(slot);
    return changed(okResponse());
}

// suspend / approve, archive / revoke-archive: sets a status flag; only a change touches
// updated_at and counts as a change.
template <typename Store, typename Flag>
ApiResponse setCustomerFlag(Store &store, int slot, Flag flag, bool value) {
    auto &customer = store.at(slot);
    if (customer.*flag == value)
        return okResponse();
    customer.*flag = value;
    customer.updatedAt = nowSeconds();
    return changed(okResponse());
}

// PUT /customers/{id}: reads and checks the `update` object, the fields both programs accept
// and the program's own, then applies them all or, with any problem, none.
// - findSlot(key): the customer holding a key (or -1), to refuse a key another one has;
// - readOwnFields(update, validation): reads the program's own fields into the same validation
//   (so that every problem is reported at once) and returns apply(customer&) for them;
// - customerJson(customer): the answer's data.
template <typename Store, typename FindSlot, typename ReadOwnFields, typename CustomerJson>
ApiResponse updateCustomer(Store &store, int slot, const QJsonObject &body, FindSlot findSlot,
                           ReadOwnFields readOwnFields, CustomerJson customerJson) {
    QJsonObject update;
    ApiResponse error;
    if (!readUpdateObject(body, &update, &error))
        return error;
    Validation validation;
    const CustomerUpdateFields fields =
        readCustomerUpdateFields(update, validation, [&findSlot, slot](const QString &key) {
            const int other = findSlot(key);
            return other >= 0 && other != slot;
        });
    const auto applyOwnFields = readOwnFields(update, validation);
    if (validation.hasErrors())
        return validation.response();

    // The key and the e-mail go through the store, which indexes them.
    if (fields.key)
        store.setKey(slot, *fields.key);
    if (fields.email)
        store.setEmail(slot, *fields.email);
    auto &customer = store.at(slot);
    if (fields.name)
        customer.name = *fields.name;
    if (fields.surname)
        customer.surname = *fields.surname;
    applyOwnFields(customer);
    customer.updatedAt = nowSeconds();
    return changed(rawDataResponse(customerJson(customer)));
}

// GET /customers:search without key, id or email.
ApiResponse searchNeedsKeyIdOrEmail();

// A page of customers (list, search, referrals): `rows` are slots; writeCustomer(writer, slot).
template <typename WriteCustomer>
ApiResponse customerPage(const ApiRequest &request, const PageParams &params,
                         const QList<int> &rows, WriteCustomer writeCustomer) {
    return pageResponse(request, params, rows.size(),
                        [&rows, &writeCustomer](JsonWriter &writer, qsizetype i) {
                            writeCustomer(writer, rows.at(i));
                        });
}

// customers:search. Documented: a page like the list. Alternative: the first match as one
// object, or null when nothing matched, without pagination.
template <typename WriteCustomer>
ApiResponse searchAnswer(ApiVariant variant, const ApiRequest &request, const PageParams &params,
                         const QList<int> &rows, WriteCustomer writeCustomer) {
    if (variant == ApiVariant::Documented)
        return customerPage(request, params, rows, writeCustomer);
    if (rows.isEmpty())
        return rawDataResponse(QByteArrayLiteral("null"));
    JsonWriter writer;
    writeCustomer(writer, rows.first());
    return rawDataResponse(writer.take());
}

// The reward a purchase earned, as a transaction item describes it.
struct TransactionReward {
    QString status;
    QString units;
    bool isCurrency = true;
};

// One item of GET /customers/{id}/transactions in the documented shape both programs share: the
// purchase, then its one reward (`t` has key, action, amount, amountUnits, createdAt and
// rewardAmount). The programs name different people, and in a different order:
// parties(writer, inReward) writes those members; extra(writer, inReward) ends the purchase and
// the reward with the program's own members.
template <typename Transaction, typename Parties, typename Extra>
void writeTransactionItem(JsonWriter &w, const Transaction &t, const TransactionReward &reward,
                          Parties parties, Extra extra) {
    const QByteArray createdAt = timestampBytes(t.createdAt);
    w.beginObject();
    writeTransactionOpening(w, t);
    parties(w, false);
    // A purchase is never a credit, and always in a currency.
    w.key("credit");
    w.boolean(false);
    w.key("is_currency");
    w.boolean(true);
    w.key("amount_units");
    w.string(t.amountUnits);
    w.key("created_at");
    w.asciiString(createdAt);
    extra(w, false);
    w.key("rewards");
    w.beginArray();
    w.beginObject();
    w.key("key");
    w.string(t.key);
    w.key("action");
    w.string(t.action);
    w.key("status");
    w.string(reward.status);
    parties(w, true);
    w.key("amount");
    w.number(t.rewardAmount);
    w.key("amount_units");
    w.string(reward.units);
    w.key("is_currency");
    w.boolean(reward.isCurrency);
    w.key("credit");
    w.boolean(false);
    w.key("created_at");
    w.asciiString(createdAt);
    extra(w, true);
    w.endObject();
    w.endArray();
    w.endObject();
}

// GET /test: who the key belongs to. `type`: "affiliate" or "refer_a_friend".
ApiResponse testResponse(const QString &programName, const QString &type);

// GET /program/overview: a program's settings and totals, in the documented shape.
struct ProgramOverview {
    QString name;
    QString typeTitle;
    QString initials;
    QString portalUrl;
    QString commission;
    int cookieLifetime = 30;
    QString payoutThreshold;
    qint64 partners = 0;
    qint64 signups = 0;
    qint64 paidAccounts = 0;
    qint64 purchases = 0;
    QJsonArray revenue;
    QJsonArray reward;
    QJsonArray paid;
};
ApiResponse overviewResponse(const ProgramOverview &overview);

} // namespace sandbox

// SPDX-License-Identifier: GPL-3.0-or-later
// Transactions, balances and stats: the money side of the mapping.
#include "models/jsonmapping.h"
#include "models/jsonreader.h"

#include <QJsonArray>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace JsonMapping {

namespace {

using Internal::JsonObjectReader;
using Internal::JsonReader;

// An object that must be there: unlike JsonReader::object(), null or missing is a failure too.
std::optional<JsonObjectReader> requiredObject(JsonReader &reader, const QJsonValue &value,
                                               const QString &path) {
    const std::optional<QJsonObject> object = reader.object(value, path);
    if (!object) {
        if (!reader.failed())
            reader.failNotObject(path);
        return std::nullopt;
    }
    return JsonObjectReader(reader, *object, path);
}

bool readReward(JsonReader &reader, const QJsonValue &value, const QString &path, Reward &out) {
    std::optional<JsonObjectReader> object = requiredObject(reader, value, path);
    if (!object)
        return false;
    JsonObjectReader &json = *object;
    Reward reward;
    reward.key = json.reference("key"_L1);
    reward.action = json.text("action"_L1);
    reward.status = json.text("status"_L1);
    reward.customer = json.reference("customer"_L1);
    reward.partner = json.reference("partner"_L1);
    reward.amount = json.amount("amount"_L1).value_or(0);
    reward.amountUnits = json.text("amount_units"_L1);
    reward.isCurrency = json.flag("is_currency"_L1).value_or(true);
    reward.credit = json.flag("credit"_L1).value_or(false);
    reward.createdAt = json.timestamp("created_at"_L1);
    out = std::move(reward);
    return !reader.failed();
}

bool readTransactionAt(JsonReader &reader, const QJsonValue &value, const QString &path,
                       Transaction &out) {
    std::optional<JsonObjectReader> object = requiredObject(reader, value, path);
    if (!object)
        return false;
    JsonObjectReader &json = *object;
    Transaction transaction;
    transaction.key = json.reference("key"_L1);
    transaction.action = json.text("action"_L1);
    transaction.amount = json.amount("amount"_L1).value_or(0);
    transaction.amountUnits = json.text("amount_units"_L1);
    transaction.isCurrency = json.flag("is_currency"_L1).value_or(true);
    transaction.credit = json.flag("credit"_L1).value_or(false);
    transaction.partner = json.reference("partner"_L1);
    transaction.customer = json.reference("customer"_L1);
    transaction.referredCustomer = json.reference("referred_customer"_L1);
    transaction.createdAt = json.timestamp("created_at"_L1);
    transaction.deletedAt = json.timestamp("deleted_at"_L1);
    if (const std::optional<QJsonArray> rewards = json.array("rewards"_L1)) {
        const QString rewardsPath = json.pathOf("rewards"_L1);
        transaction.rewards.reserve(rewards->size());
        for (qsizetype i = 0; i < rewards->size(); ++i) {
            Reward reward;
            if (!readReward(reader, rewards->at(i), JsonReader::itemPath(rewardsPath, i), reward))
                return false;
            transaction.rewards.append(std::move(reward));
        }
    }
    if (reader.failed())
        return false;
    out = std::move(transaction);
    return true;
}

// One group of balance entries; `group` is the key it sits under ("currency", "points"...),
// which stands in for the units or the currency flag when an entry leaves them out.
bool readBalanceEntries(JsonReader &reader, const QJsonArray &array, const QString &group,
                        const QString &path, QList<BalanceEntry> &out) {
    const bool groupIsCurrency = group.isEmpty() || group == "currency"_L1;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = JsonReader::itemPath(path, i);
        std::optional<JsonObjectReader> object = requiredObject(reader, array.at(i), itemPath);
        if (!object)
            return false;
        JsonObjectReader &json = *object;
        BalanceEntry entry;
        entry.amount = json.amount("amount"_L1).value_or(0);
        entry.amountUnits = json.text("amount_units"_L1);
        if (entry.amountUnits.isEmpty())
            entry.amountUnits = json.text("currency"_L1);
        if (entry.amountUnits.isEmpty() && !groupIsCurrency)
            entry.amountUnits = group;
        entry.isCurrency = json.flag("is_currency"_L1).value_or(groupIsCurrency);
        if (reader.failed())
            return false;
        out.append(entry);
    }
    return true;
}

bool readBalanceGroups(JsonReader &reader, const QJsonObject &groups, const QString &path,
                       QList<BalanceEntry> &out) {
    for (auto it = groups.constBegin(); it != groups.constEnd(); ++it) {
        if (!it.value().isArray())
            continue; // a total or a label beside the lists
        if (!readBalanceEntries(reader, it.value().toArray(), it.key(),
                                JsonReader::memberPath(path, it.key()), out)) {
            return false;
        }
    }
    return true;
}

QString scalarText(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    default:
        return {};
    }
}

// The unit of a {currency, amount} entry: `currency`, or `amount_units` as balances and
// transactions name it. Empty when the entry names neither.
QString amountUnitOf(const QJsonObject &object) {
    for (const QLatin1String key : {"currency"_L1, "amount_units"_L1}) {
        const QJsonValue unit = object.value(key);
        if (unit.isString() && !unit.toString().trimmed().isEmpty())
            return unit.toString().trimmed();
    }
    return {};
}

// Lists of {currency or amount_units, amount} read best as "revenue.USD" -> "120.50".
bool isCurrencyAmountList(const QJsonArray &array) {
    if (array.isEmpty())
        return false;
    for (const QJsonValue &item : array) {
        const QJsonObject object = item.toObject();
        if (!item.isObject() || amountUnitOf(object).isEmpty() ||
            !(object.contains("amount"_L1) || object.contains("value"_L1))) {
            return false;
        }
    }
    return true;
}

void flatten(const QString &label, const QJsonValue &value, QList<QPair<QString, QString>> &out,
             int depth = 0) {
    // Server data: a pathological nesting must not blow the stack.
    if (depth > 16) {
        out.append({label, QString()});
        return;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.isEmpty())
            out.append({label, QString()});
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            flatten(JsonReader::memberPath(label, it.key()), it.value(), out, depth + 1);
        return;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (isCurrencyAmountList(array)) {
            for (const QJsonValue &item : array) {
                const QJsonObject object = item.toObject();
                const QJsonValue amount = object.contains("amount"_L1) ? object.value("amount"_L1)
                                                                       : object.value("value"_L1);
                out.append(
                    {JsonReader::memberPath(label, amountUnitOf(object)), scalarText(amount)});
            }
            return;
        }
        if (array.isEmpty())
            out.append({label, QString()});
        for (qsizetype i = 0; i < array.size(); ++i)
            flatten(JsonReader::itemPath(label, i), array.at(i), out, depth + 1);
        return;
    }
    out.append({label, scalarText(value)});
}

// "https://www.facebook.com/sharer/..." -> "facebook.com"; "mailto:..." -> "mailto".
QString shareLinkName(const QString &url) {
    const QUrl parsed(url);
    QString host = parsed.host();
    if (host.startsWith("www."_L1))
        host.remove(0, 4);
    if (!host.isEmpty())
        return host;
    return parsed.scheme();
}

void readShareLinks(JsonReader &reader, JsonObjectReader &data, CustomerStats &stats) {
    const QLatin1String key("social_share_links");
    const QString path = data.pathOf(key);
    const QJsonValue value = data.value(key);
    if (value.isObject()) {
        const QJsonObject links = value.toObject();
        for (auto it = links.constBegin(); it != links.constEnd(); ++it) {
            const QString url = reader.text(it.value(), JsonReader::memberPath(path, it.key()));
            if (!url.isEmpty())
                stats.shareLinks.append({it.key(), url});
        }
        return;
    }
    const std::optional<QJsonArray> array = reader.array(value, path);
    if (!array)
        return;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString itemPath = JsonReader::itemPath(path, i);
        if (array->at(i).isString()) {
            // A bare list of URLs: the site stands in for the network's name.
            const QString url = array->at(i).toString().trimmed();
            if (!url.isEmpty())
                stats.shareLinks.append({shareLinkName(url), url});
            continue;
        }
        std::optional<JsonObjectReader> object = requiredObject(reader, array->at(i), itemPath);
        if (!object)
            return;
        JsonObjectReader &link = *object;
        QString name = link.text("name"_L1);
        if (name.isEmpty())
            name = link.text("network"_L1);
        QString url = link.text("url"_L1);
        if (url.isEmpty())
            url = link.text("link"_L1);
        if (!url.isEmpty())
            stats.shareLinks.append({name, url});
    }
}

std::optional<QJsonObject> dataObject(JsonReader &reader, const QJsonDocument &doc) {
    const std::optional<QJsonValue> data = Internal::envelopeData(reader, doc);
    if (!data)
        return std::nullopt;
    if (!data->isObject()) {
        reader.failNotObject(u"data"_s);
        return std::nullopt;
    }
    return data->toObject();
}

} // namespace

std::optional<Error> readTransactionPage(const QJsonDocument &doc, Page<Transaction> &out) {
    JsonReader reader;
    QJsonObject container;
    QString containerPath;
    QString itemsPath;
    const std::optional<QJsonArray> items =
        Internal::pageItems(reader, doc, container, containerPath, itemsPath);
    if (!items)
        return reader.error();
    Page<Transaction> page;
    page.items.reserve(items->size());
    for (qsizetype i = 0; i < items->size(); ++i) {
        Transaction transaction;
        if (!readTransactionAt(reader, items->at(i), JsonReader::itemPath(itemsPath, i),
                               transaction)) {
            return reader.error();
        }
        page.items.append(std::move(transaction));
    }
    JsonObjectReader containerJson(reader, container, containerPath);
    page.info = Internal::readPageInfo(containerJson, page.items.size());
    if (reader.failed())
        return reader.error();
    out = std::move(page);
    return std::nullopt;
}

std::optional<Error> readTransaction(const QJsonDocument &doc, Transaction &out) {
    JsonReader reader;
    const std::optional<QJsonObject> data = dataObject(reader, doc);
    if (!data)
        return reader.error();
    Transaction transaction;
    if (!readTransactionAt(reader, *data, u"data"_s, transaction))
        return reader.error();
    out = std::move(transaction);
    return std::nullopt;
}

std::optional<Error> readBalance(const QJsonDocument &doc, Balance &out) {
    JsonReader reader;
    const std::optional<QJsonObject> data = dataObject(reader, doc);
    if (!data)
        return reader.error();
    JsonObjectReader json(reader, *data, u"data"_s);
    Balance balance;
    if (json.has("customer"_L1)) {
        if (std::optional<JsonObjectReader> customerJson = json.object("customer"_L1)) {
            Customer customer;
            Internal::readCustomerInto(*customerJson, customer);
            balance.customer = std::move(customer);
        }
    }
    if (reader.failed())
        return reader.error();

    const QString balancePath = json.pathOf("balance"_L1);
    const QJsonValue groups = data->value("balance"_L1);
    bool ok = true;
    if (groups.isObject()) {
        ok = readBalanceGroups(reader, groups.toObject(), balancePath, balance.entries);
    } else if (groups.isArray()) {
        ok = readBalanceEntries(reader, groups.toArray(), QString(), balancePath, balance.entries);
    } else if (groups.isUndefined()) {
        // A credit may answer with the groups straight under `data`.
        ok = readBalanceGroups(reader, *data, u"data"_s, balance.entries);
    } else if (!groups.isNull()) {
        reader.failNotObject(balancePath);
        ok = false;
    }
    if (!ok || reader.failed())
        return reader.error();
    out = std::move(balance);
    return std::nullopt;
}

std::optional<Error> readStats(const QJsonDocument &doc, CustomerStats &out) {
    JsonReader reader;
    const std::optional<QJsonObject> data = dataObject(reader, doc);
    if (!data)
        return reader.error();
    JsonObjectReader json(reader, *data, u"data"_s);
    CustomerStats stats;
    stats.clicks = json.integer("clicks"_L1);
    stats.referrals = json.integer("referrals_count"_L1);
    bool referralsUsed = false;
    if (!stats.referrals) {
        const QJsonValue referrals = data->value("referrals"_L1);
        if (referrals.isDouble() || referrals.isString()) {
            stats.referrals = json.integer("referrals"_L1);
            referralsUsed = true;
        }
    }
    readShareLinks(reader, json, stats);
    if (reader.failed())
        return reader.error();

    for (auto it = data->constBegin(); it != data->constEnd(); ++it) {
        const QString &key = it.key();
        if (key == "clicks"_L1 || key == "referrals_count"_L1 || key == "social_share_links"_L1 ||
            (referralsUsed && key == "referrals"_L1)) {
            continue;
        }
        flatten(key, it.value(), stats.other);
    }
    out = std::move(stats);
    return std::nullopt;
}

} // namespace JsonMapping

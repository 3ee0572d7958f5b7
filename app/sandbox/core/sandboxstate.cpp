// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/core/sandboxstate.h"

#include "app/sandbox/core/jsonwriter.h"
#include "app/sandbox/core/seeder.h"
#include "app/sandbox/core/transactionjson.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace sandbox {

namespace {
constexpr int FormatVersion = 1;
const QString FormatName = u"partnero-sandbox-state"_s;
const QStringList RewardUnits = {u"USD"_s, u"EUR"_s, u"GBP"_s, u"points"_s};

// A time or a counter: a whole number as JSON stores it (a double). A value no qint64 holds
// (1e43, found by fuzzing a --data file) reads as 0 instead of an undefined conversion.
qint64 wholeNumber(const QJsonValue &value) {
    constexpr double Limit = 9007199254740992.0; // 2^53: every whole double below is exact
    const double number = value.toDouble();
    return std::isfinite(number) && std::abs(number) < Limit ? qint64(number) : 0;
}

QString text(const QJsonObject &object, const QString &name) {
    const QJsonValue value = object.value(name);
    return value.isString() ? value.toString() : QString();
}

// key, email, name and surname: what partners and the customers of both programs are saved with.
template <typename Record> void writeKeyAndContact(JsonWriter &w, const Record &record) {
    w.key("key");
    w.string(record.key);
    w.key("email");
    w.nullableString(record.email);
    w.key("name");
    w.nullableString(record.name);
    w.key("surname");
    w.nullableString(record.surname);
}

// What the transactions of both programs are saved with; their own fields follow.
template <typename Transaction> void writeStoredTransaction(JsonWriter &w, const Transaction &t) {
    writeTransactionOpening(w, t);
    w.key("amount_units");
    w.string(t.amountUnits);
    w.key("created_at");
    w.number(t.createdAt);
}

template <typename Transaction> void readStoredTransaction(const QJsonObject &t, Transaction *out) {
    out->key = text(t, u"key"_s);
    out->action = text(t, u"action"_s);
    out->amount = t.value(u"amount"_s).toDouble();
    out->amountUnits = text(t, u"amount_units"_s);
    out->createdAt = wholeNumber(t.value(u"created_at"_s));
}

} // namespace

SandboxState::SandboxState(int customers, quint32 seed)
    : m_customers(customers)
    , m_seed(seed) {
    reseed();
}

void SandboxState::reseed() {
    Seeder::seedAffiliate(m_affiliate, m_customers, m_seed);
    Seeder::seedReferral(m_referral, m_customers, m_seed);
    m_invites.clear();
}

QByteArray SandboxState::serialize() const {
    // Written with the streaming writer, one record per line: 100,000 customers per program
    // save in about a second instead of several with QJsonObject.
    QByteArray out;
    out.reserve(400 * (m_affiliate.count() + m_referral.count()) + 4096);
    bool firstRecord = true;
    const auto beginArray = [&](const char *name) {
        out += "  \"";
        out += name;
        out += "\": [";
        firstRecord = true;
    };
    const auto record = [&](const QByteArray &json) {
        out += firstRecord ? "\n    " : ",\n    ";
        out += json;
        firstRecord = false;
    };
    const auto endArray = [&](bool last) {
        out += firstRecord ? "]" : "\n  ]";
        out += last ? "\n" : ",\n";
    };

    out += "{\n";
    out += "  \"format\": \"" + FormatName.toLatin1() + "\",\n";
    out += "  \"version\": " + QByteArray::number(FormatVersion) + ",\n";
    out += "  \"affiliate_transaction_counter\": " +
           QByteArray::number(m_affiliate.transactionCounter()) + ",\n";
    out += "  \"referral_transaction_counter\": " +
           QByteArray::number(m_referral.transactionCounter()) + ",\n";
    out += "  \"referral_key_counter\": " + QByteArray::number(m_referral.keyCounter()) + ",\n";

    beginArray("partners");
    for (const Partner &partner : m_affiliate.partners()) {
        JsonWriter w;
        w.beginObject();
        w.key("id");
        w.string(partner.id);
        writeKeyAndContact(w, partner);
        w.endObject();
        record(w.data());
    }
    endArray(false);

    beginArray("affiliate_customers");
    for (const int slot : m_affiliate.order()) {
        const AffiliateCustomer &c = m_affiliate.at(slot);
        JsonWriter w;
        w.beginObject();
        writeKeyAndContact(w, c);
        w.key("partner");
        w.number(qint64(c.partner));
        w.key("tags");
        w.beginArray();
        for (const QString &tag : c.tags)
            w.string(tag);
        w.endArray();
        w.key("suspended");
        w.boolean(c.suspended);
        w.key("created_at");
        w.number(c.createdAt);
        w.key("updated_at");
        w.number(c.updatedAt);
        w.key("transactions");
        w.beginArray();
        for (const AffiliateTransaction &t : c.transactions) {
            w.beginObject();
            writeStoredTransaction(w, t);
            w.key("reward_amount");
            w.number(t.rewardAmount);
            w.key("reward_status");
            w.string(t.rewardStatus);
            w.key("product_id");
            w.nullableString(t.productId);
            w.key("product_type");
            w.nullableString(t.productType);
            w.endObject();
        }
        w.endArray();
        w.endObject();
        record(w.data());
    }
    endArray(false);

    // Referral customers are written in creation order and refer to each other by position.
    QHash<int, int> position;
    const QList<int> &order = m_referral.order();
    position.reserve(order.size());
    for (qsizetype i = 0; i < order.size(); ++i)
        position.insert(order.at(i), int(i));
    beginArray("referral_customers");
    for (const int slot : order) {
        const ReferralCustomer &c = m_referral.at(slot);
        JsonWriter w;
        w.beginObject();
        w.key("id");
        w.string(c.id);
        writeKeyAndContact(w, c);
        w.key("date_of_birth");
        w.nullableString(c.dateOfBirth);
        w.key("referrer");
        w.number(qint64(c.referrer >= 0 ? position.value(c.referrer, -1) : -1));
        w.key("archived");
        w.boolean(c.archived);
        w.key("created_at");
        w.number(c.createdAt);
        w.key("updated_at");
        w.number(c.updatedAt);
        w.key("clicks");
        w.number(qint64(c.clicks));
        w.key("balance");
        w.beginObject();
        for (auto it = c.balance.cbegin(); it != c.balance.cend(); ++it) {
            const QByteArray unit = it.key().toUtf8();
            w.key(unit.constData());
            w.number(it.value());
        }
        w.endObject();
        w.key("transactions");
        w.beginArray();
        for (const ReferralTransaction &t : c.transactions) {
            w.beginObject();
            writeStoredTransaction(w, t);
            w.key("referred");
            w.number(qint64(position.value(t.referred, -1)));
            w.key("reward_amount");
            w.number(t.rewardAmount);
            w.key("reward_units");
            w.string(t.rewardUnits);
            w.key("reward_is_currency");
            w.boolean(t.rewardIsCurrency);
            w.endObject();
        }
        w.endArray();
        w.endObject();
        record(w.data());
    }
    endArray(false);

    beginArray("invites");
    const QJsonArray invites = m_invites.toJson();
    for (const QJsonValue &invite : invites)
        record(QJsonDocument(invite.toObject()).toJson(QJsonDocument::Compact));
    endArray(true);
    out += "}\n";
    return out;
}

bool SandboxState::deserialize(const QByteArray &json, QString *error) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = u"not valid JSON (%1 at offset %2)"_s.arg(parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    const QJsonObject root = document.object();
    if (root.value(u"format"_s).toString() != FormatName ||
        root.value(u"version"_s).toInt() != FormatVersion) {
        *error = u"not a partnero-sandbox state file of version %1"_s.arg(FormatVersion);
        return false;
    }

    AffiliateStore affiliate;
    const QJsonArray partners = root.value(u"partners"_s).toArray();
    for (const QJsonValue &value : partners) {
        const QJsonObject o = value.toObject();
        Partner partner{text(o, u"id"_s), text(o, u"key"_s), text(o, u"email"_s),
                        text(o, u"name"_s), text(o, u"surname"_s)};
        if (partner.id.isEmpty() || partner.key.isEmpty()) {
            *error = u"a partner has no id or key"_s;
            return false;
        }
        affiliate.addPartner(partner);
    }
    const QJsonArray affiliateCustomers = root.value(u"affiliate_customers"_s).toArray();
    for (const QJsonValue &value : affiliateCustomers) {
        const QJsonObject o = value.toObject();
        AffiliateCustomer c;
        c.key = text(o, u"key"_s);
        if (c.key.isEmpty() || affiliate.findByKey(c.key) >= 0) {
            *error = u"an affiliate customer has no key or a duplicate key"_s;
            return false;
        }
        c.email = text(o, u"email"_s);
        c.name = text(o, u"name"_s);
        c.surname = text(o, u"surname"_s);
        c.partner = o.value(u"partner"_s).toInt(-1);
        if (c.partner >= affiliate.partners().size())
            c.partner = -1;
        const QJsonArray tags = o.value(u"tags"_s).toArray();
        for (const QJsonValue &tag : tags)
            c.tags.append(tag.toString());
        c.suspended = o.value(u"suspended"_s).toBool();
        c.createdAt = wholeNumber(o.value(u"created_at"_s));
        c.updatedAt = wholeNumber(o.value(u"updated_at"_s));
        const QJsonArray transactions = o.value(u"transactions"_s).toArray();
        for (const QJsonValue &tv : transactions) {
            const QJsonObject t = tv.toObject();
            AffiliateTransaction transaction;
            readStoredTransaction(t, &transaction);
            transaction.rewardAmount = t.value(u"reward_amount"_s).toDouble();
            transaction.rewardStatus = text(t, u"reward_status"_s);
            transaction.productId = text(t, u"product_id"_s);
            transaction.productType = text(t, u"product_type"_s);
            c.transactions.append(transaction);
        }
        affiliate.add(c);
    }
    affiliate.setTransactionCounter(wholeNumber(root.value(u"affiliate_transaction_counter"_s)));

    ReferralStore referral;
    const QJsonArray referralCustomers = root.value(u"referral_customers"_s).toArray();
    for (qsizetype i = 0; i < referralCustomers.size(); ++i) {
        const QJsonObject o = referralCustomers.at(i).toObject();
        ReferralCustomer c;
        c.id = text(o, u"id"_s);
        c.key = text(o, u"key"_s);
        if (c.id.isEmpty() || c.key.isEmpty() || referral.isTaken(c.id) ||
            (c.key != c.id && referral.isTaken(c.key))) {
            *error = u"a refer-a-friend customer has no id or key, or a duplicate one"_s;
            return false;
        }
        c.email = text(o, u"email"_s);
        c.name = text(o, u"name"_s);
        c.surname = text(o, u"surname"_s);
        c.dateOfBirth = text(o, u"date_of_birth"_s);
        c.referrer = o.value(u"referrer"_s).toInt(-1);
        if (c.referrer >= i) {
            *error = u"a refer-a-friend customer is referred by a later customer"_s;
            return false;
        }
        c.archived = o.value(u"archived"_s).toBool();
        c.createdAt = wholeNumber(o.value(u"created_at"_s));
        c.updatedAt = wholeNumber(o.value(u"updated_at"_s));
        c.clicks = o.value(u"clicks"_s).toInt();
        const QJsonObject balance = o.value(u"balance"_s).toObject();
        // Only the units the program rewards in (the writer does not escape unit names).
        for (auto it = balance.constBegin(); it != balance.constEnd(); ++it) {
            if (RewardUnits.contains(it.key()))
                c.balance.insert(it.key(), it.value().toDouble());
        }
        referral.add(c);
    }
    // Transactions name their buyer by position, which may come later in the file.
    for (qsizetype i = 0; i < referralCustomers.size(); ++i) {
        const QJsonArray transactions =
            referralCustomers.at(i).toObject().value(u"transactions"_s).toArray();
        for (const QJsonValue &tv : transactions) {
            const QJsonObject t = tv.toObject();
            ReferralTransaction transaction;
            readStoredTransaction(t, &transaction);
            transaction.referred = t.value(u"referred"_s).toInt(-1);
            transaction.rewardAmount = t.value(u"reward_amount"_s).toDouble();
            transaction.rewardUnits = text(t, u"reward_units"_s);
            transaction.rewardIsCurrency = t.value(u"reward_is_currency"_s).toBool(true);
            if (transaction.referred < 0 || transaction.referred >= referralCustomers.size()) {
                *error = u"a refer-a-friend transaction names no buyer"_s;
                return false;
            }
            // The balance was saved as it was; adding the transaction must not change it.
            referral.at(int(i)).transactions.append(transaction);
        }
    }
    referral.setTransactionCounter(wholeNumber(root.value(u"referral_transaction_counter"_s)));
    referral.setKeyCounter(wholeNumber(root.value(u"referral_key_counter"_s)));

    InviteLog invites;
    const QJsonArray inviteArray = root.value(u"invites"_s).toArray();
    for (const QJsonValue &value : inviteArray) {
        const QJsonObject o = value.toObject();
        invites.set(text(o, u"email"_s), o.value(u"count"_s).toInt(1));
    }

    m_affiliate = std::move(affiliate);
    m_referral = std::move(referral);
    m_invites = std::move(invites);
    return true;
}

} // namespace sandbox

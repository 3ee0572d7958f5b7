#include "sandboxstate.h"

#include "seeder.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace sandbox {

namespace {
constexpr int FormatVersion = 1;
const QString FormatName = u"partnero-sandbox-state"_s;

QJsonValue nullable(const QString &value) {
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QString text(const QJsonObject &object, const QString &name) {
    const QJsonValue value = object.value(name);
    return value.isString() ? value.toString() : QString();
}

// One record per line: the file stays readable and diffs stay small.
void appendArray(QByteArray &out, const char *name, const QList<QJsonObject> &items, bool last) {
    out += "  \"";
    out += name;
    out += "\": [";
    for (qsizetype i = 0; i < items.size(); ++i) {
        out += i == 0 ? "\n    " : ",\n    ";
        out += QJsonDocument(items.at(i)).toJson(QJsonDocument::Compact);
    }
    out += items.isEmpty() ? "]" : "\n  ]";
    out += last ? "\n" : ",\n";
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
    QList<QJsonObject> partners;
    for (const Partner &partner : m_affiliate.partners()) {
        partners.append(QJsonObject{{u"id"_s, partner.id},
                                    {u"key"_s, partner.key},
                                    {u"email"_s, nullable(partner.email)},
                                    {u"name"_s, nullable(partner.name)},
                                    {u"surname"_s, nullable(partner.surname)}});
    }
    QList<QJsonObject> affiliateCustomers;
    affiliateCustomers.reserve(m_affiliate.count());
    for (const int slot : m_affiliate.order()) {
        const AffiliateCustomer &c = m_affiliate.at(slot);
        QJsonArray transactions;
        for (const AffiliateTransaction &t : c.transactions) {
            transactions.append(QJsonObject{{u"key"_s, t.key},
                                            {u"action"_s, t.action},
                                            {u"amount"_s, t.amount},
                                            {u"amount_units"_s, t.amountUnits},
                                            {u"created_at"_s, t.createdAt},
                                            {u"reward_amount"_s, t.rewardAmount},
                                            {u"reward_status"_s, t.rewardStatus},
                                            {u"product_id"_s, nullable(t.productId)},
                                            {u"product_type"_s, nullable(t.productType)}});
        }
        affiliateCustomers.append(QJsonObject{{u"key"_s, c.key},
                                              {u"email"_s, nullable(c.email)},
                                              {u"name"_s, nullable(c.name)},
                                              {u"surname"_s, nullable(c.surname)},
                                              {u"partner"_s, c.partner},
                                              {u"tags"_s, QJsonArray::fromStringList(c.tags)},
                                              {u"suspended"_s, c.suspended},
                                              {u"created_at"_s, c.createdAt},
                                              {u"updated_at"_s, c.updatedAt},
                                              {u"transactions"_s, transactions}});
    }

    // Referral customers are written in creation order and refer to each other by position.
    QHash<int, int> position;
    const QList<int> &order = m_referral.order();
    for (qsizetype i = 0; i < order.size(); ++i)
        position.insert(order.at(i), int(i));
    QList<QJsonObject> referralCustomers;
    referralCustomers.reserve(order.size());
    for (const int slot : order) {
        const ReferralCustomer &c = m_referral.at(slot);
        QJsonArray transactions;
        for (const ReferralTransaction &t : c.transactions) {
            transactions.append(QJsonObject{{u"key"_s, t.key},
                                            {u"action"_s, t.action},
                                            {u"amount"_s, t.amount},
                                            {u"amount_units"_s, t.amountUnits},
                                            {u"created_at"_s, t.createdAt},
                                            {u"referred"_s, position.value(t.referred, -1)},
                                            {u"reward_amount"_s, t.rewardAmount},
                                            {u"reward_units"_s, t.rewardUnits},
                                            {u"reward_is_currency"_s, t.rewardIsCurrency}});
        }
        QJsonObject balance;
        for (auto it = c.balance.cbegin(); it != c.balance.cend(); ++it)
            balance.insert(it.key(), it.value());
        referralCustomers.append(
            QJsonObject{{u"id"_s, c.id},
                        {u"key"_s, c.key},
                        {u"email"_s, nullable(c.email)},
                        {u"name"_s, nullable(c.name)},
                        {u"surname"_s, nullable(c.surname)},
                        {u"date_of_birth"_s, nullable(c.dateOfBirth)},
                        {u"referrer"_s, c.referrer >= 0 ? position.value(c.referrer, -1) : -1},
                        {u"archived"_s, c.archived},
                        {u"created_at"_s, c.createdAt},
                        {u"updated_at"_s, c.updatedAt},
                        {u"clicks"_s, c.clicks},
                        {u"balance"_s, balance},
                        {u"transactions"_s, transactions}});
    }

    QList<QJsonObject> invites;
    const QJsonArray inviteArray = m_invites.toJson();
    for (const QJsonValue &invite : inviteArray)
        invites.append(invite.toObject());

    QByteArray out;
    out.reserve(256 * (affiliateCustomers.size() + referralCustomers.size()) + 4096);
    out += "{\n";
    out += "  \"format\": \"" + FormatName.toLatin1() + "\",\n";
    out += "  \"version\": " + QByteArray::number(FormatVersion) + ",\n";
    out += "  \"affiliate_transaction_counter\": " +
           QByteArray::number(m_affiliate.transactionCounter()) + ",\n";
    out += "  \"referral_transaction_counter\": " +
           QByteArray::number(m_referral.transactionCounter()) + ",\n";
    out += "  \"referral_key_counter\": " + QByteArray::number(m_referral.keyCounter()) + ",\n";
    appendArray(out, "partners", partners, false);
    appendArray(out, "affiliate_customers", affiliateCustomers, false);
    appendArray(out, "referral_customers", referralCustomers, false);
    appendArray(out, "invites", invites, true);
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
        c.createdAt = qint64(o.value(u"created_at"_s).toDouble());
        c.updatedAt = qint64(o.value(u"updated_at"_s).toDouble());
        const QJsonArray transactions = o.value(u"transactions"_s).toArray();
        for (const QJsonValue &tv : transactions) {
            const QJsonObject t = tv.toObject();
            AffiliateTransaction transaction;
            transaction.key = text(t, u"key"_s);
            transaction.action = text(t, u"action"_s);
            transaction.amount = t.value(u"amount"_s).toDouble();
            transaction.amountUnits = text(t, u"amount_units"_s);
            transaction.createdAt = qint64(t.value(u"created_at"_s).toDouble());
            transaction.rewardAmount = t.value(u"reward_amount"_s).toDouble();
            transaction.rewardStatus = text(t, u"reward_status"_s);
            transaction.productId = text(t, u"product_id"_s);
            transaction.productType = text(t, u"product_type"_s);
            c.transactions.append(transaction);
        }
        affiliate.add(c);
    }
    affiliate.setTransactionCounter(
        qint64(root.value(u"affiliate_transaction_counter"_s).toDouble()));

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
        c.createdAt = qint64(o.value(u"created_at"_s).toDouble());
        c.updatedAt = qint64(o.value(u"updated_at"_s).toDouble());
        c.clicks = o.value(u"clicks"_s).toInt();
        const QJsonObject balance = o.value(u"balance"_s).toObject();
        for (auto it = balance.constBegin(); it != balance.constEnd(); ++it)
            c.balance.insert(it.key(), it.value().toDouble());
        referral.add(c);
    }
    // Transactions name their buyer by position, which may come later in the file.
    for (qsizetype i = 0; i < referralCustomers.size(); ++i) {
        const QJsonArray transactions =
            referralCustomers.at(i).toObject().value(u"transactions"_s).toArray();
        for (const QJsonValue &tv : transactions) {
            const QJsonObject t = tv.toObject();
            ReferralTransaction transaction;
            transaction.key = text(t, u"key"_s);
            transaction.action = text(t, u"action"_s);
            transaction.amount = t.value(u"amount"_s).toDouble();
            transaction.amountUnits = text(t, u"amount_units"_s);
            transaction.createdAt = qint64(t.value(u"created_at"_s).toDouble());
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
    referral.setTransactionCounter(
        qint64(root.value(u"referral_transaction_counter"_s).toDouble()));
    referral.setKeyCounter(qint64(root.value(u"referral_key_counter"_s).toDouble()));

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

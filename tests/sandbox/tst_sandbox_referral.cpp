// SPDX-License-Identifier: GPL-3.0-or-later
// Every refer-a-friend endpoint through real HTTP: refer_status filters, id-or-key lookup,
// create/update/delete with referral bookkeeping, archive, invite, search, stats, referrals
// (a 6-level chain), transactions, balance and credit, and each documented error.
#include "tests/common/sandboxprocess.h"
#include "tests/sandbox/sandboxclient.h"

#include <QTest>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

class TestSandboxReferral : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void referStatusFilters();
    void invalidReferStatusIsRejected();
    void pathMatchesIdOrKey();
    void createGeneratesKeyAndId();
    void createWithReferrerByKey();
    void createValidation_data();
    void createValidation();
    void malformedBodiesAre400();
    void updateFieldsMetadataAndKey();
    void updateErrors();
    void deleteKeepsReferralCountsConsistent();
    void archiveAndRestore();
    void inviteRecordsInvitations();
    void inviteValidation_data();
    void inviteValidation();
    void searchByKeyIdAndEmail();
    void statsShape();
    void referralsOfTheWellKnownTrees();
    void referralsFollowASixLevelChain();
    void transactionsOfReferredCustomers();
    void balanceShape();
    void creditChangesTheBalance();
    void creditValidation_data();
    void creditValidation();
    void referralsCountMatchesEveryList();

private:
    QString key() const { return m_sandbox.referralKey(); }
    HttpResult create(const QJsonObject &body) {
        return m_client->sendJson("POST"_ba, u"/customers"_s, key(), body);
    }
    QJsonObject customer(const QString &id) {
        return m_client->get(u"/customers/"_s + id, key()).data();
    }
    QJsonArray referrals(const QString &id) {
        return m_client->collectAll(u"/customers/"_s + id + u"/referrals?limit=250"_s, key());
    }
    QJsonObject balance(const QString &id) {
        return m_client->get(u"/customers/"_s + id + u"/balance"_s, key())
            .data()
            .value(u"balance"_s)
            .toObject();
    }
    static double amountOf(const QJsonObject &balance, const QString &unit);

    SandboxProcess m_sandbox;
    std::unique_ptr<SandboxClient> m_client;
};

double TestSandboxReferral::amountOf(const QJsonObject &balance, const QString &unit) {
    for (const QString &group : {u"currency"_s, u"points"_s}) {
        const QJsonArray entries = balance.value(group).toArray();
        for (const QJsonValue &entry : entries) {
            if (entry.toObject().value(u"amount_units"_s).toString() == unit)
                return entry.toObject().value(u"amount"_s).toDouble();
        }
    }
    return 0;
}

void TestSandboxReferral::initTestCase() {
    QVERIFY2(m_sandbox.start({u"--customers"_s, u"300"_s}), qPrintable(m_sandbox.errorString()));
    m_client = std::make_unique<SandboxClient>(m_sandbox);
}

void TestSandboxReferral::referStatusFilters() {
    const QJsonArray all = m_client->collectAll(u"/customers?limit=250"_s, key());
    const QJsonArray referred =
        m_client->collectAll(u"/customers?limit=100&refer_status=referred"_s, key());
    const QJsonArray nonReferred =
        m_client->collectAll(u"/customers?limit=100&refer_status=non_referred"_s, key());
    QCOMPARE(all.size(), 300);
    QVERIFY(referred.size() > 50);
    QVERIFY(nonReferred.size() > 50);
    QCOMPARE(referred.size() + nonReferred.size(), all.size());
    for (const QJsonValue &value : referred)
        QVERIFY(value.toObject().value(u"referring_customer"_s).isObject());
    for (const QJsonValue &value : nonReferred)
        QVERIFY(value.toObject().value(u"referring_customer"_s).isNull());
}

void TestSandboxReferral::invalidReferStatusIsRejected() {
    const HttpResult result = m_client->get(u"/customers?refer_status=maybe"_s, key());
    QCOMPARE(result.status, 422);
    QCOMPARE(result.fieldErrors(u"refer_status"_s).size(), 1);
}

void TestSandboxReferral::pathMatchesIdOrKey() {
    const QJsonObject byId = customer(u"ada_lovelace"_s);
    const QJsonObject byKey = customer(u"ADA1815"_s);
    QCOMPARE(byId.value(u"id"_s).toString(), u"ada_lovelace"_s);
    QCOMPARE(byKey, byId);
    QVERIFY(byId.value(u"referral_link"_s).toString().endsWith(u"ref=ADA1815"_s));
    QCOMPARE(m_client->get(u"/customers/nobody"_s, key()).status, 404);
    QCOMPARE(m_client->get(u"/customers/nobody"_s, key()).object().value(u"message"_s).toString(),
             u"Customer not found."_s);
}

void TestSandboxReferral::createGeneratesKeyAndId() {
    const HttpResult created = create(QJsonObject{{u"email"_s, u"nokey@example.com"_s}});
    QCOMPARE(created.status, 200);
    const QString id = created.data().value(u"id"_s).toString();
    QVERIFY(!id.isEmpty());
    QVERIFY(created.data().value(u"name"_s).isNull());
    QVERIFY(created.data().value(u"referring_customer"_s).isNull());
    QVERIFY(created.data().value(u"metadata"_s).toObject().value(u"date_of_birth"_s).isNull());
    QCOMPARE(customer(id).value(u"email"_s).toString(), u"nokey@example.com"_s);

    const HttpResult both = create(QJsonObject{{u"id"_s, u"acct-77"_s}, {u"key"_s, u"REF77"_s}});
    QCOMPARE(both.status, 200);
    QCOMPARE(both.data().value(u"id"_s).toString(), u"acct-77"_s);
    QCOMPARE(customer(u"REF77"_s).value(u"id"_s).toString(), u"acct-77"_s);
    QVERIFY(both.data().value(u"referral_link"_s).toString().endsWith(u"ref=REF77"_s));
}

void TestSandboxReferral::createWithReferrerByKey() {
    const int before = customer(u"grace_hopper"_s).value(u"referrals_count"_s).toInt();
    const HttpResult created =
        create(QJsonObject{{u"key"_s, u"friend_of_grace"_s},
                           {u"name"_s, u"Kōji"_s},
                           {u"metadata"_s, QJsonObject{{u"date_of_birth"_s, u"1990-01-15"_s}}},
                           {u"referring_customer"_s, QJsonObject{{u"key"_s, u"GRACE1906"_s}}}});
    QCOMPARE(created.status, 200);
    const QJsonObject referring = created.data().value(u"referring_customer"_s).toObject();
    QCOMPARE(referring.value(u"id"_s).toString(), u"grace_hopper"_s);
    QCOMPARE(referring.value(u"name"_s).toString(), u"Grace"_s);
    QCOMPARE(referring.value(u"surname"_s).toString(), u"Hopper"_s);
    QCOMPARE(referring.value(u"email"_s).toString(), u"grace@example.com"_s);
    QCOMPARE(created.data().value(u"metadata"_s).toObject().value(u"date_of_birth"_s).toString(),
             u"1990-01-15"_s);
    QCOMPARE(customer(u"grace_hopper"_s).value(u"referrals_count"_s).toInt(), before + 1);
    QCOMPARE(referrals(u"grace_hopper"_s).last().toObject().value(u"id"_s).toString(),
             u"friend_of_grace"_s);
    // The new customer is listed as referred.
    const QJsonArray referred =
        m_client->collectAll(u"/customers?limit=250&refer_status=referred"_s, key());
    QCOMPARE(referred.last().toObject().value(u"id"_s).toString(), u"friend_of_grace"_s);
}

void TestSandboxReferral::createValidation_data() {
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("key taken") << QJsonObject{{u"key"_s, u"ADA1815"_s}} << u"key"_s;
    QTest::newRow("key taken by an id") << QJsonObject{{u"key"_s, u"ada_lovelace"_s}} << u"key"_s;
    QTest::newRow("id taken") << QJsonObject{{u"id"_s, u"grace_hopper"_s}} << u"id"_s;
    QTest::newRow("bad email") << QJsonObject{{u"email"_s, u"no at sign"_s}} << u"email"_s;
    QTest::newRow("surname not a string") << QJsonObject{{u"surname"_s, 5}} << u"surname"_s;
    QTest::newRow("bad date of birth")
        << QJsonObject{{u"metadata"_s, QJsonObject{{u"date_of_birth"_s, u"1990-02-30"_s}}}}
        << u"metadata.date_of_birth"_s;
    QTest::newRow("metadata not an object") << QJsonObject{{u"metadata"_s, 1}} << u"metadata"_s;
    QTest::newRow("unknown referrer key")
        << QJsonObject{{u"referring_customer"_s, QJsonObject{{u"key"_s, u"NOPE"_s}}}}
        << u"referring_customer.key"_s;
    QTest::newRow("unknown referrer id")
        << QJsonObject{{u"referring_customer"_s, QJsonObject{{u"id"_s, u"nope"_s}}}}
        << u"referring_customer.id"_s;
    QTest::newRow("referrer without identifier")
        << QJsonObject{{u"referring_customer"_s, QJsonObject()}} << u"referring_customer.key"_s;
}

void TestSandboxReferral::createValidation() {
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    const int before = int(m_client->collectAll(u"/customers?limit=250"_s, key()).size());
    const HttpResult result = create(body);
    QCOMPARE(result.status, 422);
    QCOMPARE(result.fieldErrors(field).size(), 1);
    QCOMPARE(int(m_client->collectAll(u"/customers?limit=250"_s, key()).size()), before);
}

void TestSandboxReferral::malformedBodiesAre400() {
    const QList<QPair<QByteArray, QString>> endpoints{
        {"POST"_ba, u"/customers"_s},
        {"PUT"_ba, u"/customers/ada_lovelace"_s},
        {"POST"_ba, u"/customers:invite"_s},
        {"POST"_ba, u"/customers/ada_lovelace/balance/credit"_s}};
    for (const auto &endpoint : endpoints) {
        for (const QByteArray &body : {"{\"email\":"_ba, "[]"_ba, "nul"_ba}) {
            const HttpResult result = m_client->send(endpoint.first, endpoint.second, key(), body);
            QCOMPARE(result.status, 400);
            QCOMPARE(result.object().value(u"message"_s).toString(), u"Malformed JSON body."_s);
        }
    }
}

void TestSandboxReferral::updateFieldsMetadataAndKey() {
    QCOMPARE(create(QJsonObject{{u"id"_s, u"to_update"_s}, {u"key"_s, u"UPD1"_s}}).status, 200);
    const HttpResult updated = m_client->sendJson(
        "PUT"_ba, u"/customers/to_update"_s, key(),
        QJsonObject{{u"update"_s, QJsonObject{{u"name"_s, u"Amanda"_s},
                                              {u"surname"_s, u"אברהם"_s},
                                              {u"email"_s, u"amanda@example.org"_s},
                                              {u"key"_s, u"UPD2"_s},
                                              {u"metadata"_s, QJsonObject{{u"date_of_birth"_s,
                                                                           u"1990-01-15"_s}}}}}});
    QCOMPARE(updated.status, 200);
    const QJsonObject data = updated.data();
    QCOMPARE(data.value(u"id"_s).toString(), u"to_update"_s);
    QCOMPARE(data.value(u"name"_s).toString(), u"Amanda"_s);
    QCOMPARE(data.value(u"surname"_s).toString(), u"אברהם"_s);
    QCOMPARE(data.value(u"metadata"_s).toObject().value(u"date_of_birth"_s).toString(),
             u"1990-01-15"_s);
    QVERIFY(data.value(u"referral_link"_s).toString().endsWith(u"ref=UPD2"_s));
    QCOMPARE(m_client->get(u"/customers/UPD1"_s, key()).status, 404);
    QCOMPARE(customer(u"UPD2"_s).value(u"id"_s).toString(), u"to_update"_s);
    // A null date of birth clears it.
    const HttpResult cleared = m_client->sendJson(
        "PUT"_ba, u"/customers/UPD2"_s, key(),
        QJsonObject{{u"update"_s, QJsonObject{{u"metadata"_s, QJsonObject{{u"date_of_birth"_s,
                                                                           QJsonValue::Null}}}}}});
    QCOMPARE(cleared.status, 200);
    QVERIFY(cleared.data().value(u"metadata"_s).toObject().value(u"date_of_birth"_s).isNull());
    QCOMPARE(cleared.data().value(u"name"_s).toString(), u"Amanda"_s);
}

void TestSandboxReferral::updateErrors() {
    const auto put = [this](const QString &id, const QJsonObject &body) {
        return m_client->sendJson("PUT"_ba, u"/customers/"_s + id, key(), body);
    };
    QCOMPARE(put(u"ada_lovelace"_s, QJsonObject()).fieldErrors(u"update"_s).size(), 1);
    const HttpResult taken =
        put(u"ada_lovelace"_s, QJsonObject{{u"update"_s, QJsonObject{{u"key"_s, u"GRACE1906"_s}}}});
    QCOMPARE(taken.status, 422);
    QCOMPARE(taken.fieldErrors(u"update.key"_s).size(), 1);
    const HttpResult badDate = put(
        u"ada_lovelace"_s,
        QJsonObject{{u"update"_s, QJsonObject{{u"metadata"_s, QJsonObject{{u"date_of_birth"_s,
                                                                           u"15/01/1990"_s}}}}}});
    QCOMPARE(badDate.status, 422);
    QCOMPARE(badDate.fieldErrors(u"update.metadata.date_of_birth"_s).size(), 1);
    QCOMPARE(put(u"nobody"_s, QJsonObject{{u"update"_s, QJsonObject()}}).status, 404);
    // Ada may keep her own key.
    QCOMPARE(
        put(u"ada_lovelace"_s, QJsonObject{{u"update"_s, QJsonObject{{u"key"_s, u"ADA1815"_s}}}})
            .status,
        200);
    QCOMPARE(customer(u"ada_lovelace"_s)
                 .value(u"metadata"_s)
                 .toObject()
                 .value(u"date_of_birth"_s)
                 .toString(),
             u"1815-12-10"_s);
}

void TestSandboxReferral::deleteKeepsReferralCountsConsistent() {
    QCOMPARE(create(QJsonObject{{u"id"_s, u"del_parent"_s}}).status, 200);
    for (const QString &child : {u"del_child_1"_s, u"del_child_2"_s}) {
        QCOMPARE(
            create(QJsonObject{{u"id"_s, child},
                               {u"referring_customer"_s, QJsonObject{{u"id"_s, u"del_parent"_s}}}})
                .status,
            200);
    }
    QCOMPARE(customer(u"del_parent"_s).value(u"referrals_count"_s).toInt(), 2);
    const HttpResult removedChild = m_client->send("DELETE"_ba, u"/customers/del_child_1"_s, key());
    QCOMPARE(removedChild.status, 200);
    QCOMPARE(removedChild.object(), QJsonObject({{u"status"_s, 1}}));
    QCOMPARE(customer(u"del_parent"_s).value(u"referrals_count"_s).toInt(), 1);
    QCOMPARE(referrals(u"del_parent"_s).size(), 1);

    QCOMPARE(m_client->send("DELETE"_ba, u"/customers/del_parent"_s, key()).status, 200);
    QCOMPARE(m_client->get(u"/customers/del_parent"_s, key()).status, 404);
    // The referral stays, referred by no one any more, and is listed as not referred.
    QVERIFY(customer(u"del_child_2"_s).value(u"referring_customer"_s).isNull());
    const QJsonArray nonReferred =
        m_client->collectAll(u"/customers?limit=250&refer_status=non_referred"_s, key());
    bool listed = false;
    for (const QJsonValue &value : nonReferred)
        listed = listed || value.toObject().value(u"id"_s).toString() == "del_child_2"_L1;
    QVERIFY(listed);
    QCOMPARE(m_client->send("DELETE"_ba, u"/customers/del_parent"_s, key()).status, 404);
}

void TestSandboxReferral::archiveAndRestore() {
    const HttpResult archived = m_client->send("POST"_ba, u"/customers/rc_000020/archive"_s, key());
    QCOMPARE(archived.status, 200);
    QCOMPARE(archived.object(), QJsonObject({{u"status"_s, 1}}));
    QCOMPARE(customer(u"rc_000020"_s).value(u"status"_s).toString(), u"deleted"_s);
    QCOMPARE(m_client->send("POST"_ba, u"/customers/rc_000020/revoke-archive"_s, key()).status,
             200);
    QCOMPARE(customer(u"rc_000020"_s).value(u"status"_s).toString(), u"active"_s);
    QCOMPARE(m_client->send("POST"_ba, u"/customers/nobody/archive"_s, key()).status, 404);
    QCOMPARE(m_client->send("POST"_ba, u"/customers/nobody/revoke-archive"_s, key()).status, 404);
}

void TestSandboxReferral::inviteRecordsInvitations() {
    const QJsonObject body{{u"email"_s, u"jane.smith@example.com"_s},
                           {u"name"_s, u"Jane"_s},
                           {u"personalization"_s, QJsonObject{{u"discount"_s, u"10%"_s}}}};
    for (int i = 0; i < 2; ++i) {
        const HttpResult result =
            m_client->sendJson("POST"_ba, u"/customers:invite"_s, key(), body);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.object(), QJsonObject({{u"status"_s, 1}}));
    }
    QCOMPARE(m_client
                 ->sendJson("POST"_ba, u"/customers%3Ainvite"_s, key(),
                            QJsonObject{{u"email"_s, u"other@example.com"_s}})
                 .status,
             200);
    const QJsonArray invites = m_sandbox.invites();
    QCOMPARE(invites.size(), 2);
    QCOMPARE(invites.at(0).toObject().value(u"email"_s).toString(), u"jane.smith@example.com"_s);
    QCOMPARE(invites.at(0).toObject().value(u"count"_s).toInt(), 2);
    QCOMPARE(invites.at(1).toObject().value(u"count"_s).toInt(), 1);
}

void TestSandboxReferral::inviteValidation_data() {
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("missing email") << QJsonObject{{u"name"_s, u"Jane"_s}} << u"email"_s;
    QTest::newRow("bad email") << QJsonObject{{u"email"_s, u"jane@"_s}} << u"email"_s;
    QTest::newRow("email not a string") << QJsonObject{{u"email"_s, 7}} << u"email"_s;
    QTest::newRow("personalization not an object")
        << QJsonObject{{u"email"_s, u"a@example.com"_s}, {u"personalization"_s, u"x"_s}}
        << u"personalization"_s;
}

void TestSandboxReferral::inviteValidation() {
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    const qsizetype before = m_sandbox.invites().size();
    const HttpResult result = m_client->sendJson("POST"_ba, u"/customers:invite"_s, key(), body);
    QCOMPARE(result.status, 422);
    QCOMPARE(result.fieldErrors(field).size(), 1);
    QCOMPARE(m_sandbox.invites().size(), before);
}

void TestSandboxReferral::searchByKeyIdAndEmail() {
    for (const QString &query :
         {u"key=ADA1815"_s, u"id=ada_lovelace"_s, u"email=ADA@example.com"_s}) {
        const HttpResult result = m_client->get(u"/customers:search?"_s + query, key());
        QCOMPARE(result.status, 200);
        QCOMPARE(result.dataArray().size(), 1);
        QCOMPARE(result.dataArray().first().toObject().value(u"id"_s).toString(),
                 u"ada_lovelace"_s);
    }
    // key= looks at keys only, id= at ids only.
    QCOMPARE(m_client->get(u"/customers:search?key=ada_lovelace"_s, key()).dataArray().size(), 0);
    QCOMPARE(m_client->get(u"/customers:search?id=ADA1815"_s, key()).dataArray().size(), 0);
    QCOMPARE(m_client->get(u"/customers:search"_s, key()).status, 422);
}

void TestSandboxReferral::statsShape() {
    const HttpResult result = m_client->get(u"/customers/ada_lovelace/stats"_s, key());
    QCOMPARE(result.status, 200);
    const QJsonObject stats = result.data();
    QCOMPARE(stats.value(u"referrals_count"_s).toInt(), 2);
    QCOMPARE(stats.value(u"signups"_s).toInt(), 2);
    QCOMPARE(stats.value(u"paid_accounts"_s).toInt(), 2);
    QVERIFY(stats.value(u"clicks"_s).toInt() >= 2);
    const QJsonArray revenue = stats.value(u"revenue"_s).toArray();
    QCOMPARE(revenue.size(), 1);
    QCOMPARE(revenue.first().toObject().value(u"currency"_s).toString(), u"USD"_s);
    const QString amount = revenue.first().toObject().value(u"amount"_s).toString();
    QVERIFY2(amount.contains(u'.') && amount.section(u'.', 1).size() == 2, qPrintable(amount));
    const QJsonObject share = stats.value(u"social_share_links"_s).toObject();
    for (const QString &network : {u"facebook"_s, u"x"_s, u"linkedin"_s, u"whatsapp"_s})
        QVERIFY(share.value(network).toString().startsWith(u"https://"_s));
    QVERIFY(share.value(u"email"_s).toString().startsWith(u"mailto:"_s));
    QVERIFY(share.value(u"facebook"_s).toString().contains(u"ADA1815"_s));
    QCOMPARE(m_client->get(u"/customers/nobody/stats"_s, key()).status, 404);
}

void TestSandboxReferral::referralsOfTheWellKnownTrees() {
    // Ada: two referrals; one of them has two; one of those has one: three levels.
    const QJsonArray level1 = referrals(u"ada_lovelace"_s);
    QCOMPARE(level1.size(), 2);
    int level2Count = 0;
    int level3Count = 0;
    for (const QJsonValue &first : level1) {
        const QJsonObject object = first.toObject();
        QCOMPARE(object.value(u"referring_customer"_s).toObject().value(u"id"_s).toString(),
                 u"ada_lovelace"_s);
        const QJsonArray level2 = referrals(object.value(u"id"_s).toString());
        QCOMPARE(object.value(u"referrals_count"_s).toInt(), level2.size());
        level2Count += int(level2.size());
        for (const QJsonValue &second : level2) {
            const QJsonArray level3 = referrals(second.toObject().value(u"id"_s).toString());
            level3Count += int(level3.size());
            for (const QJsonValue &third : level3)
                QCOMPARE(referrals(third.toObject().value(u"id"_s).toString()).size(), 0);
        }
    }
    QCOMPARE(level2Count, 2);
    QCOMPARE(level3Count, 1);
    QCOMPARE(m_client->get(u"/customers/nobody/referrals"_s, key()).status, 404);
}

void TestSandboxReferral::referralsFollowASixLevelChain() {
    QString id = u"grace_hopper"_s;
    QStringList chain{id};
    for (int level = 1; level < 6; ++level) {
        const HttpResult page = m_client->get(u"/customers/"_s + id + u"/referrals"_s, key());
        QCOMPARE(page.status, 200);
        const QJsonArray children = page.dataArray();
        QVERIFY2(!children.isEmpty(), qPrintable(id));
        // The seeded chain is the first referral at each level.
        const QJsonObject child = children.first().toObject();
        QCOMPARE(child.value(u"referring_customer"_s).toObject().value(u"id"_s).toString(), id);
        id = child.value(u"id"_s).toString();
        chain.append(id);
    }
    QCOMPARE(chain.size(), 6);
    QCOMPARE(QSet<QString>(chain.cbegin(), chain.cend()).size(), 6);
    // And back up from the sixth level to the root.
    QString up = chain.last();
    for (int level = 5; level > 0; --level) {
        up = customer(up).value(u"referring_customer"_s).toObject().value(u"id"_s).toString();
        QCOMPARE(up, chain.at(level - 1));
    }
    QVERIFY(customer(u"grace_hopper"_s).value(u"referring_customer"_s).isNull());
}

void TestSandboxReferral::transactionsOfReferredCustomers() {
    const HttpResult result = m_client->get(u"/customers/ada_lovelace/transactions"_s, key());
    QCOMPARE(result.status, 200);
    const QJsonArray data = result.dataArray();
    QCOMPARE(data.size(), 3);
    QSet<QString> referralIds;
    const QJsonArray direct = referrals(u"ada_lovelace"_s);
    for (const QJsonValue &value : direct)
        referralIds.insert(value.toObject().value(u"id"_s).toString());
    for (const QJsonValue &value : data) {
        const QJsonObject t = value.toObject();
        QCOMPARE(t.value(u"customer"_s).toString(), u"ada_lovelace"_s);
        QVERIFY(referralIds.contains(t.value(u"referred_customer"_s).toString()));
        QCOMPARE(t.value(u"amount_units"_s).toString(), u"USD"_s);
        QVERIFY(t.value(u"amount"_s).toDouble() > 0);
        const QJsonObject reward = t.value(u"rewards"_s).toArray().first().toObject();
        QCOMPARE(reward.value(u"customer"_s).toString(), u"ada_lovelace"_s);
        QVERIFY(reward.value(u"amount"_s).toDouble() > 0);
    }
    const HttpResult paged =
        m_client->get(u"/customers/ada_lovelace/transactions?limit=2&page=2"_s, key());
    QCOMPARE(paged.dataArray().size(), 1);
    QCOMPARE(m_client->get(u"/customers/nobody/transactions"_s, key()).status, 404);
}

void TestSandboxReferral::balanceShape() {
    const HttpResult result = m_client->get(u"/customers/ada_lovelace/balance"_s, key());
    QCOMPARE(result.status, 200);
    QCOMPARE(result.data().value(u"customer"_s).toObject().value(u"id"_s).toString(),
             u"ada_lovelace"_s);
    const QJsonObject balance = result.data().value(u"balance"_s).toObject();
    const QJsonArray currency = balance.value(u"currency"_s).toArray();
    QVERIFY(!currency.isEmpty());
    for (const QJsonValue &entry : currency)
        QCOMPARE(entry.toObject().value(u"is_currency"_s).toBool(), true);
    QVERIFY(amountOf(balance, u"USD"_s) > 0);
    QVERIFY(balance.value(u"points"_s).isArray());
    QCOMPARE(m_client->get(u"/customers/nobody/balance"_s, key()).status, 404);
}

void TestSandboxReferral::creditChangesTheBalance() {
    const double before = amountOf(balance(u"grace_hopper"_s), u"EUR"_s);
    const HttpResult credited = m_client->sendJson(
        "POST"_ba, u"/customers/GRACE1906/balance/credit"_s, key(),
        QJsonObject{{u"amount"_s, 12.5}, {u"amount_units"_s, u"eur"_s}, {u"is_currency"_s, true}});
    QCOMPARE(credited.status, 200);
    QCOMPARE(amountOf(credited.data().value(u"balance"_s).toObject(), u"EUR"_s), before + 12.5);
    QCOMPARE(amountOf(balance(u"grace_hopper"_s), u"EUR"_s), before + 12.5);

    const double points = amountOf(balance(u"grace_hopper"_s), u"points"_s);
    QCOMPARE(m_client
                 ->sendJson("POST"_ba, u"/customers/grace_hopper/balance/credit"_s, key(),
                            QJsonObject{{u"amount"_s, 120},
                                        {u"amount_units"_s, u"points"_s},
                                        {u"is_currency"_s, false}})
                 .status,
             200);
    const QJsonObject after = balance(u"grace_hopper"_s);
    QCOMPARE(amountOf(after, u"points"_s), points + 120);
    const QJsonObject pointsEntry = after.value(u"points"_s).toArray().first().toObject();
    QCOMPARE(pointsEntry.value(u"is_currency"_s).toBool(true), false);
}

void TestSandboxReferral::creditValidation_data() {
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    const auto body = [](const QJsonValue &amount, const QJsonValue &units,
                         const QJsonValue &isCurrency) {
        QJsonObject object;
        if (!amount.isUndefined())
            object.insert(u"amount"_s, amount);
        if (!units.isUndefined())
            object.insert(u"amount_units"_s, units);
        if (!isCurrency.isUndefined())
            object.insert(u"is_currency"_s, isCurrency);
        return object;
    };
    const QJsonValue none(QJsonValue::Undefined);
    QTest::newRow("missing amount") << body(none, u"USD"_s, true) << u"amount"_s;
    QTest::newRow("zero amount") << body(0, u"USD"_s, true) << u"amount"_s;
    QTest::newRow("negative amount") << body(-5, u"USD"_s, true) << u"amount"_s;
    QTest::newRow("amount as text") << body(u"10"_s, u"USD"_s, true) << u"amount"_s;
    QTest::newRow("missing units") << body(10, none, true) << u"amount_units"_s;
    QTest::newRow("unknown units") << body(10, u"BTC"_s, true) << u"amount_units"_s;
    QTest::newRow("missing is_currency") << body(10, u"USD"_s, none) << u"is_currency"_s;
    QTest::newRow("is_currency as text") << body(10, u"USD"_s, u"yes"_s) << u"is_currency"_s;
    QTest::newRow("points as currency") << body(10, u"points"_s, true) << u"is_currency"_s;
    QTest::newRow("dollars not currency") << body(10, u"USD"_s, false) << u"is_currency"_s;
}

void TestSandboxReferral::creditValidation() {
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    const QJsonObject before = balance(u"ada_lovelace"_s);
    const HttpResult result =
        m_client->sendJson("POST"_ba, u"/customers/ada_lovelace/balance/credit"_s, key(), body);
    QCOMPARE(result.status, 422);
    QCOMPARE(result.fieldErrors(field).size(), 1);
    QCOMPARE(balance(u"ada_lovelace"_s), before);
}

void TestSandboxReferral::referralsCountMatchesEveryList() {
    // referrals_count of every customer equals the length of its referrals list and the
    // number of customers naming it as referrer.
    const QJsonArray all = m_client->collectAll(u"/customers?limit=250"_s, key());
    QHash<QString, int> named;
    for (const QJsonValue &value : all) {
        const QJsonValue referring = value.toObject().value(u"referring_customer"_s);
        if (referring.isObject())
            ++named[referring.toObject().value(u"id"_s).toString()];
    }
    int checked = 0;
    for (const QJsonValue &value : all) {
        const QJsonObject object = value.toObject();
        const QString id = object.value(u"id"_s).toString();
        QCOMPARE(object.value(u"referrals_count"_s).toInt(), named.value(id));
        if (named.value(id) > 0 && checked < 10) {
            QCOMPARE(int(referrals(QString::fromLatin1(QUrl::toPercentEncoding(id))).size()),
                     named.value(id));
            ++checked;
        }
    }
    QCOMPARE(checked, 10);
}

QTEST_GUILESS_MAIN(TestSandboxReferral)
#include "tst_sandbox_referral.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's first line, authentication, routing, and the list/get/create endpoints of
// both programs, through real HTTP.
#include "tests/common/sandboxprocess.h"
#include "tests/sandbox/sandboxclient.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestSandboxBasics : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void announcesBaseUrlAndKeys();
    void rejectsMissingOrWrongKey_data();
    void rejectsMissingOrWrongKey();
    void keyPicksTheProgram();
    void unknownPathIsNotFound();
    void wrongMethodIsNotAllowed();
    void otherProgramsEndpointsAreNotFound_data();
    void otherProgramsEndpointsAreNotFound();
    void affiliateListFirstPage();
    void affiliateGetWellKnownCustomer();
    void affiliateCreateReturns201AndIsListed();
    void referralGetWellKnownCustomer();
    void referralCreateReturns200();
    void timestampsHaveTheDocumentedFormat();

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<SandboxClient> m_client;
};

void TestSandboxBasics::initTestCase() {
    QVERIFY2(m_sandbox.start({u"--customers"_s, u"60"_s}), qPrintable(m_sandbox.errorString()));
    m_client = std::make_unique<SandboxClient>(m_sandbox);
}

void TestSandboxBasics::announcesBaseUrlAndKeys() {
    QCOMPARE(m_sandbox.baseUrl().scheme(), u"http"_s);
    QCOMPARE(m_sandbox.baseUrl().host(), u"127.0.0.1"_s);
    QCOMPARE(m_sandbox.baseUrl().path(), u"/v1"_s);
    QVERIFY(m_sandbox.baseUrl().port() > 0);
    QCOMPARE(m_sandbox.affiliateKey(), u"sandbox-affiliate-key"_s);
    QCOMPARE(m_sandbox.referralKey(), u"sandbox-referral-key"_s);
}

void TestSandboxBasics::rejectsMissingOrWrongKey_data() {
    QTest::addColumn<QString>("key");
    QTest::newRow("no key") << QString();
    QTest::newRow("wrong key") << u"not-a-key"_s;
}

void TestSandboxBasics::rejectsMissingOrWrongKey() {
    QFETCH(QString, key);
    const HttpResult result = m_client->get(u"/customers"_s, key);
    QCOMPARE(result.status, 401);
    QCOMPARE(result.object(), QJsonObject({{u"message"_s, u"Unauthenticated."_s}}));
    QVERIFY(result.header("Content-Type").startsWith("application/json"));
}

void TestSandboxBasics::keyPicksTheProgram() {
    const HttpResult affiliate = m_client->get(u"/test"_s, m_sandbox.affiliateKey());
    QCOMPARE(affiliate.status, 200);
    QCOMPARE(affiliate.data().value(u"program"_s).toObject().value(u"type"_s).toString(),
             u"affiliate"_s);
    QCOMPARE(affiliate.data().value(u"user"_s).toObject().value(u"name"_s).toString(),
             u"Sandbox user"_s);
    const HttpResult referral = m_client->get(u"/test"_s, m_sandbox.referralKey());
    QCOMPARE(referral.data().value(u"program"_s).toObject().value(u"type"_s).toString(),
             u"refer_a_friend"_s);

    const HttpResult overview = m_client->get(u"/program/overview"_s, m_sandbox.referralKey());
    QCOMPARE(overview.status, 200);
    const QJsonObject settings =
        overview.data().value(u"overview_program_current_settings"_s).toObject();
    QCOMPARE(settings.value(u"program_type_title"_s).toString(), u"Refer-a-friend"_s);
    QCOMPARE(settings.value(u"currency"_s).toString(), u"USD"_s);
    const HttpResult affiliateOverview =
        m_client->get(u"/program/overview"_s, m_sandbox.affiliateKey());
    QCOMPARE(affiliateOverview.data()
                 .value(u"overview_program_current_settings"_s)
                 .toObject()
                 .value(u"program_type_title"_s)
                 .toString(),
             u"Affiliate"_s);
    QVERIFY(affiliateOverview.data().value(u"total_partners"_s).toInt() >= 3);
    QCOMPARE(affiliateOverview.data().value(u"total_signups"_s).toInt(), 60);
}

void TestSandboxBasics::unknownPathIsNotFound() {
    const HttpResult result = m_client->get(u"/nothing/here"_s, m_sandbox.affiliateKey());
    QCOMPARE(result.status, 404);
    QCOMPARE(result.object().value(u"message"_s).toString(), u"Not found."_s);
    const HttpResult outside =
        m_client->sendUrl("GET"_ba, QUrl(m_sandbox.rootUrl().toString() + u"/v2/customers"_s),
                          m_sandbox.affiliateKey());
    QCOMPARE(outside.status, 404);
}

void TestSandboxBasics::wrongMethodIsNotAllowed() {
    const HttpResult result =
        m_client->send("PATCH"_ba, u"/customers/alice_brown"_s, m_sandbox.affiliateKey());
    QCOMPARE(result.status, 405);
    QVERIFY(result.header("Allow").contains("GET"));
    const HttpResult suspendByGet =
        m_client->get(u"/customers/alice_brown/suspend"_s, m_sandbox.affiliateKey());
    QCOMPARE(suspendByGet.status, 405);
}

void TestSandboxBasics::otherProgramsEndpointsAreNotFound_data() {
    QTest::addColumn<bool>("affiliateKey");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("suspend with referral key")
        << false << "POST"_ba << u"/customers/ada_lovelace/suspend"_s;
    QTest::newRow("approve with referral key")
        << false << "POST"_ba << u"/customers/ada_lovelace/approve"_s;
    QTest::newRow("archive with affiliate key")
        << true << "POST"_ba << u"/customers/alice_brown/archive"_s;
    QTest::newRow("balance with affiliate key")
        << true << "GET"_ba << u"/customers/alice_brown/balance"_s;
    QTest::newRow("referrals with affiliate key")
        << true << "GET"_ba << u"/customers/alice_brown/referrals"_s;
    QTest::newRow("stats with affiliate key")
        << true << "GET"_ba << u"/customers/alice_brown/stats"_s;
    QTest::newRow("invite with affiliate key") << true << "POST"_ba << u"/customers:invite"_s;
}

void TestSandboxBasics::otherProgramsEndpointsAreNotFound() {
    QFETCH(bool, affiliateKey);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    const QString key = affiliateKey ? m_sandbox.affiliateKey() : m_sandbox.referralKey();
    const HttpResult result = m_client->send(method, path, key, "{}"_ba);
    QCOMPARE(result.status, 404);
    QCOMPARE(result.object().value(u"message"_s).toString(), u"Not found."_s);
}

void TestSandboxBasics::affiliateListFirstPage() {
    const HttpResult result = m_client->get(u"/customers"_s, m_sandbox.affiliateKey());
    QCOMPARE(result.status, 200);
    const QJsonObject root = result.object();
    QCOMPARE(root.value(u"status"_s).toInt(), 1);
    const QJsonArray data = result.dataArray();
    QCOMPARE(data.size(), 15); // the documented default limit
    const QJsonObject first = data.first().toObject();
    QCOMPARE(first.value(u"key"_s).toString(), u"alice_brown"_s);
    for (const char *field : {"key", "partner", "deleted", "name", "surname", "email", "created_at",
                              "updated_at", "deleted_at"})
        QVERIFY2(first.contains(QLatin1String(field)), field);
    // As documented, list items carry neither status nor tags.
    QVERIFY(!first.contains(u"tags"_s));
    QVERIFY(!first.contains(u"status"_s));

    const QJsonObject meta = root.value(u"meta"_s).toObject();
    QCOMPARE(meta.value(u"current_page"_s).toInt(), 1);
    QCOMPARE(meta.value(u"from"_s).toInt(), 1);
    QCOMPARE(meta.value(u"to"_s).toInt(), 15);
    QCOMPARE(meta.value(u"per_page"_s).toInt(), 15);
    QCOMPARE(meta.value(u"path"_s).toString(), m_sandbox.baseUrl().toString() + u"/customers"_s);
    QVERIFY(!meta.contains(u"total"_s));
    const QJsonObject links = root.value(u"links"_s).toObject();
    QVERIFY(links.value(u"last"_s).isNull());
    QVERIFY(links.value(u"prev"_s).isNull());
    QCOMPARE(links.value(u"first"_s).toString(),
             m_sandbox.baseUrl().toString() + u"/customers?page=1"_s);
    QCOMPARE(links.value(u"next"_s).toString(),
             m_sandbox.baseUrl().toString() + u"/customers?page=2"_s);
}

void TestSandboxBasics::affiliateGetWellKnownCustomer() {
    const HttpResult result = m_client->get(u"/customers/alice_brown"_s, m_sandbox.affiliateKey());
    QCOMPARE(result.status, 200);
    const QJsonObject alice = result.data();
    QCOMPARE(alice.value(u"name"_s).toString(), u"Alice"_s);
    QCOMPARE(alice.value(u"surname"_s).toString(), u"Brown"_s);
    QCOMPARE(alice.value(u"email"_s).toString(), u"alice.brown@example.com"_s);
    QCOMPARE(alice.value(u"partner"_s).toString(), u"partner_acme"_s);
    QCOMPARE(alice.value(u"status"_s).toString(), u"active"_s);
    QCOMPARE(alice.value(u"deleted"_s).toBool(true), false);
    QVERIFY(alice.value(u"deleted_at"_s).isNull());
    QCOMPARE(alice.value(u"tags"_s).toArray(), QJsonArray({QJsonObject{{u"value"_s, u"vip"_s}}}));

    const HttpResult missing = m_client->get(u"/customers/nobody"_s, m_sandbox.affiliateKey());
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.object().value(u"message"_s).toString(), u"Customer not found."_s);
}

void TestSandboxBasics::affiliateCreateReturns201AndIsListed() {
    const QJsonObject body{{u"partner"_s, QJsonObject{{u"key"_s, u"partner_acme"_s}}},
                           {u"key"_s, u"basics_created"_s},
                           {u"email"_s, u"zoë.created@example.com"_s},
                           {u"name"_s, u"Zoë"_s},
                           {u"surname"_s, u"Ünal"_s},
                           {u"tags"_s, QJsonArray{u"new"_s, u"trial"_s}}};
    const HttpResult created =
        m_client->sendJson("POST"_ba, u"/customers"_s, m_sandbox.affiliateKey(), body);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.object().value(u"status"_s).toInt(), 1);
    const QJsonObject data = created.data();
    QCOMPARE(data.value(u"key"_s).toString(), u"basics_created"_s);
    QCOMPARE(data.value(u"name"_s).toString(), u"Zoë"_s);
    QCOMPARE(data.value(u"partner"_s).toString(), u"partner_acme"_s);
    QCOMPARE(data.value(u"status"_s).toString(), u"active"_s);
    QCOMPARE(data.value(u"tags"_s).toArray().size(), 2);

    const HttpResult fetched =
        m_client->get(u"/customers/basics_created"_s, m_sandbox.affiliateKey());
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.data().value(u"surname"_s).toString(), u"Ünal"_s);

    // New customers come last in the list.
    const QJsonArray all =
        m_client->collectAll(u"/customers?limit=250"_s, m_sandbox.affiliateKey());
    QCOMPARE(all.size(), 61);
    QCOMPARE(all.last().toObject().value(u"key"_s).toString(), u"basics_created"_s);
}

void TestSandboxBasics::referralGetWellKnownCustomer() {
    const HttpResult result = m_client->get(u"/customers/ada_lovelace"_s, m_sandbox.referralKey());
    QCOMPARE(result.status, 200);
    const QJsonObject ada = result.data();
    QCOMPARE(ada.value(u"id"_s).toString(), u"ada_lovelace"_s);
    QCOMPARE(ada.value(u"name"_s).toString(), u"Ada"_s);
    QCOMPARE(ada.value(u"surname"_s).toString(), u"Lovelace"_s);
    QCOMPARE(ada.value(u"email"_s).toString(), u"ada@example.com"_s);
    QCOMPARE(ada.value(u"approved"_s).toBool(), true);
    QCOMPARE(ada.value(u"status"_s).toString(), u"active"_s);
    QVERIFY(ada.value(u"referring_customer"_s).isNull());
    QCOMPARE(ada.value(u"referrals_count"_s).toInt(), 2);
    QCOMPARE(ada.value(u"metadata"_s).toObject().value(u"date_of_birth"_s).toString(),
             u"1815-12-10"_s);
    QVERIFY(ada.value(u"referral_link"_s).toString().startsWith(u"https://"_s));
    QCOMPARE(ada.value(u"referral_links"_s).toArray().first().toString(),
             ada.value(u"referral_link"_s).toString());
    QVERIFY(ada.value(u"custom_fields"_s).isObject());
    // The key is never shown, except inside the referral link.
    QVERIFY(!ada.contains(u"key"_s));
}

void TestSandboxBasics::referralCreateReturns200() {
    const QJsonObject body{{u"referring_customer"_s, QJsonObject{{u"id"_s, u"ada_lovelace"_s}}},
                           {u"key"_s, u"basics_ref_key"_s},
                           {u"name"_s, u"Bob"_s},
                           {u"surname"_s, u"Green"_s},
                           {u"email"_s, u"bob.green@example.com"_s}};
    const HttpResult created =
        m_client->sendJson("POST"_ba, u"/customers"_s, m_sandbox.referralKey(), body);
    QCOMPARE(created.status, 200);
    const QJsonObject data = created.data();
    // Without an id, the id is the key.
    QCOMPARE(data.value(u"id"_s).toString(), u"basics_ref_key"_s);
    QCOMPARE(data.value(u"referring_customer"_s).toObject().value(u"id"_s).toString(),
             u"ada_lovelace"_s);
    QCOMPARE(data.value(u"referrals_count"_s).toInt(), 0);
    const HttpResult ada = m_client->get(u"/customers/ada_lovelace"_s, m_sandbox.referralKey());
    QCOMPARE(ada.data().value(u"referrals_count"_s).toInt(), 3);
}

void TestSandboxBasics::timestampsHaveTheDocumentedFormat() {
    static const QRegularExpression format(
        u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.000000Z$"_s);
    const HttpResult list = m_client->get(u"/customers?limit=30"_s, m_sandbox.referralKey());
    const QJsonArray data = list.dataArray();
    QCOMPARE(data.size(), 30);
    for (const QJsonValue &value : data) {
        const QJsonObject customer = value.toObject();
        QVERIFY(format.match(customer.value(u"created_at"_s).toString()).hasMatch());
        QVERIFY(format.match(customer.value(u"updated_at"_s).toString()).hasMatch());
        QVERIFY(customer.value(u"updated_at"_s).toString() >=
                customer.value(u"created_at"_s).toString());
    }
}

QTEST_GUILESS_MAIN(TestSandboxBasics)
#include "tst_sandbox_basics.moc"

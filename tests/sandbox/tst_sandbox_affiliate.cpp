// SPDX-License-Identifier: GPL-3.0-or-later
// Every affiliate endpoint through real HTTP: pagination, partner filters, search, create,
// update (tags semantics), delete (both forms), suspend/approve, transactions, and each
// documented error.
#include "tests/common/sandboxprocess.h"
#include "tests/sandbox/sandboxclient.h"

#include <QTest>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

class TestSandboxAffiliate : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void paginationWalksEveryCustomerOnce();
    void pageLinksAndMeta();
    void pageAfterTheLastIsEmpty();
    void limitAndPageOutOfRange_data();
    void limitAndPageOutOfRange();
    void partnerFilter_data();
    void partnerFilter();
    void unknownPartnerFilterGivesEmptyList();
    void searchByKeyIdAndEmail();
    void searchWithoutParameterIsRejected();
    void keysNeedPercentEncodingInPaths();
    void createValidation_data();
    void createValidation();
    void createWithUnknownPartnerIs400();
    void createAttributesByPartnerIdOrEmail();
    void malformedBodiesAre400_data();
    void malformedBodiesAre400();
    void updateFieldsAndKey();
    void updateTagsSemantics();
    void updateByBodyKey();
    void updateErrors();
    void deleteByPathAndByBody();
    void suspendAndApprove();
    void transactionsWithRewards();

private:
    QString key() const { return m_sandbox.affiliateKey(); }
    HttpResult create(const QJsonObject &body) {
        return m_client->sendJson("POST"_ba, u"/customers"_s, key(), body);
    }
    QJsonObject customer(const QString &customerKey) {
        return m_client
            ->get(u"/customers/"_s + QString::fromLatin1(QUrl::toPercentEncoding(customerKey)),
                  key())
            .data();
    }

    SandboxProcess m_sandbox;
    std::unique_ptr<SandboxClient> m_client;
};

void TestSandboxAffiliate::initTestCase() {
    QVERIFY2(m_sandbox.start({u"--customers"_s, u"120"_s}), qPrintable(m_sandbox.errorString()));
    m_client = std::make_unique<SandboxClient>(m_sandbox);
}

void TestSandboxAffiliate::paginationWalksEveryCustomerOnce() {
    int pages = 0;
    const QJsonArray all = m_client->collectAll(u"/customers?limit=7"_s, key(), &pages);
    QCOMPARE(all.size(), 120);
    QCOMPARE(pages, 18); // 17 full pages and one of 1
    QSet<QString> keys;
    for (const QJsonValue &value : all)
        keys.insert(value.toObject().value(u"key"_s).toString());
    QCOMPARE(keys.size(), 120);
}

void TestSandboxAffiliate::pageLinksAndMeta() {
    const HttpResult page = m_client->get(u"/customers?limit=10&page=3"_s, key());
    QCOMPARE(page.status, 200);
    const QJsonObject meta = page.object().value(u"meta"_s).toObject();
    QCOMPARE(meta.value(u"current_page"_s).toInt(), 3);
    QCOMPARE(meta.value(u"from"_s).toInt(), 21);
    QCOMPARE(meta.value(u"to"_s).toInt(), 30);
    QCOMPARE(meta.value(u"per_page"_s).toInt(), 10);
    const QString base = m_sandbox.baseUrl().toString() + u"/customers"_s;
    const QJsonObject links = page.object().value(u"links"_s).toObject();
    QCOMPARE(links.value(u"first"_s).toString(), base + u"?limit=10&page=1"_s);
    QCOMPARE(links.value(u"prev"_s).toString(), base + u"?limit=10&page=2"_s);
    QCOMPARE(links.value(u"next"_s).toString(), base + u"?limit=10&page=4"_s);
    QVERIFY(links.value(u"last"_s).isNull());

    const HttpResult lastPage = m_client->get(u"/customers?limit=50&page=3"_s, key());
    QCOMPARE(lastPage.dataArray().size(), 20);
    QVERIFY(lastPage.object().value(u"links"_s).toObject().value(u"next"_s).isNull());
    QCOMPARE(lastPage.object().value(u"meta"_s).toObject().value(u"to"_s).toInt(), 120);
}

void TestSandboxAffiliate::pageAfterTheLastIsEmpty() {
    const HttpResult page = m_client->get(u"/customers?limit=250&page=9"_s, key());
    QCOMPARE(page.status, 200);
    QCOMPARE(page.dataArray().size(), 0);
    const QJsonObject meta = page.object().value(u"meta"_s).toObject();
    QVERIFY(meta.value(u"from"_s).isNull());
    QVERIFY(meta.value(u"to"_s).isNull());
    QVERIFY(page.object().value(u"links"_s).toObject().value(u"next"_s).isNull());
    QVERIFY(page.object().value(u"links"_s).toObject().value(u"prev"_s).isString());
}

void TestSandboxAffiliate::limitAndPageOutOfRange_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::newRow("limit 0") << u"limit=0"_s << u"limit"_s;
    QTest::newRow("limit 251") << u"limit=251"_s << u"limit"_s;
    QTest::newRow("limit -3") << u"limit=-3"_s << u"limit"_s;
    QTest::newRow("limit text") << u"limit=ten"_s << u"limit"_s;
    QTest::newRow("page 0") << u"page=0"_s << u"page"_s;
    QTest::newRow("page text") << u"page=first"_s << u"page"_s;
}

void TestSandboxAffiliate::limitAndPageOutOfRange() {
    QFETCH(QString, query);
    QFETCH(QString, field);
    const HttpResult result = m_client->get(u"/customers?"_s + query, key());
    QCOMPARE(result.status, 422);
    QVERIFY(!result.fieldErrors(field).isEmpty());
    QCOMPARE(result.object().value(u"message"_s).toString(), result.fieldErrors(field).first());
    // The same rule on every paginated endpoint.
    QCOMPARE(m_client->get(u"/customers/alice_brown/transactions?"_s + query, key()).status, 422);
    QCOMPARE(m_client->get(u"/customers:search?key=alice_brown&"_s + query, key()).status, 422);
}

void TestSandboxAffiliate::partnerFilter_data() {
    QTest::addColumn<QString>("query");
    QTest::newRow("partner.key") << u"partner.key=partner_acme"_s;
    QTest::newRow("partner_key") << u"partner_key=partner_acme"_s;
    QTest::newRow("partner.email") << u"partner.email=partners%40acme.example.com"_s;
    QTest::newRow("partner_email") << u"partner_email=PARTNERS@acme.example.com"_s;
}

void TestSandboxAffiliate::partnerFilter() {
    QFETCH(QString, query);
    int pages = 0;
    const QJsonArray filtered =
        m_client->collectAll(u"/customers?limit=5&"_s + query, key(), &pages);
    QVERIFY(filtered.size() > 5); // a few partners bring most customers
    QVERIFY(pages > 1);           // so links.next kept the filter
    for (const QJsonValue &value : filtered)
        QCOMPARE(value.toObject().value(u"partner"_s).toString(), u"partner_acme"_s);
    int expected = 0;
    const QJsonArray all = m_client->collectAll(u"/customers?limit=250"_s, key());
    for (const QJsonValue &value : all)
        expected += value.toObject().value(u"partner"_s).toString() == "partner_acme"_L1;
    QCOMPARE(filtered.size(), expected);
    QCOMPARE(filtered.first().toObject().value(u"key"_s).toString(), u"alice_brown"_s);
}

void TestSandboxAffiliate::unknownPartnerFilterGivesEmptyList() {
    const HttpResult result = m_client->get(u"/customers?partner.key=nobody"_s, key());
    QCOMPARE(result.status, 200);
    QCOMPARE(result.dataArray().size(), 0);
}

void TestSandboxAffiliate::searchByKeyIdAndEmail() {
    for (const QString &query :
         {u"key=alice_brown"_s, u"id=alice_brown"_s, u"email=alice.brown@example.com"_s,
          u"email=Alice.Brown%40Example.com"_s}) {
        for (const QString &path : {u"/customers:search?"_s, u"/customers%3Asearch?"_s}) {
            const HttpResult result = m_client->get(path + query, key());
            QCOMPARE(result.status, 200);
            const QJsonArray data = result.dataArray();
            QCOMPARE(data.size(), 1);
            QCOMPARE(data.first().toObject().value(u"key"_s).toString(), u"alice_brown"_s);
            QVERIFY(result.object().contains(u"links"_s));
            QVERIFY(result.object().contains(u"meta"_s));
        }
    }
    const HttpResult none = m_client->get(u"/customers:search?email=nobody@example.com"_s, key());
    QCOMPARE(none.status, 200);
    QCOMPARE(none.dataArray().size(), 0);
}

void TestSandboxAffiliate::searchWithoutParameterIsRejected() {
    const HttpResult result = m_client->get(u"/customers:search"_s, key());
    QCOMPARE(result.status, 422);
    QVERIFY(result.object().value(u"errors"_s).isObject());
}

void TestSandboxAffiliate::keysNeedPercentEncodingInPaths() {
    const QString odd = u"acct/42 ü+x@y.z?#"_s;
    const QJsonObject body{{u"key"_s, odd},
                           {u"partner"_s, QJsonObject{{u"key"_s, u"partner_acme"_s}}}};
    QCOMPARE(create(body).status, 201);
    QCOMPARE(customer(odd).value(u"key"_s).toString(), odd);
    const HttpResult search = m_client->get(
        u"/customers:search?key="_s + QString::fromLatin1(QUrl::toPercentEncoding(odd)), key());
    QCOMPARE(search.dataArray().size(), 1);
    const HttpResult removed = m_client->send(
        "DELETE"_ba, u"/customers/"_s + QString::fromLatin1(QUrl::toPercentEncoding(odd)), key());
    QCOMPARE(removed.status, 200);
}

void TestSandboxAffiliate::createValidation_data() {
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    const QJsonObject acme{{u"key"_s, u"partner_acme"_s}};
    QTest::newRow("missing key") << QJsonObject{{u"partner"_s, acme}} << u"key"_s
                                 << u"The key field is required."_s;
    QTest::newRow("blank key") << QJsonObject{{u"key"_s, u"  "_s}, {u"partner"_s, acme}} << u"key"_s
                               << u"The key field is required."_s;
    QTest::newRow("key not a string") << QJsonObject{{u"key"_s, 42}, {u"partner"_s, acme}}
                                      << u"key"_s << u"The key must be a string."_s;
    QTest::newRow("duplicate key")
        << QJsonObject{{u"key"_s, u"alice_brown"_s}, {u"partner"_s, acme}} << u"key"_s
        << u"The key has already been taken."_s;
    QTest::newRow("bad email") << QJsonObject{{u"key"_s, u"v1"_s},
                                              {u"email"_s, u"not-an-email"_s},
                                              {u"partner"_s, acme}}
                               << u"email"_s << u"The email must be a valid email address."_s;
    QTest::newRow("name not a string")
        << QJsonObject{{u"key"_s, u"v2"_s}, {u"name"_s, true}, {u"partner"_s, acme}} << u"name"_s
        << u"The name must be a string."_s;
    QTest::newRow("tags not an array")
        << QJsonObject{{u"key"_s, u"v3"_s}, {u"tags"_s, u"vip"_s}, {u"partner"_s, acme}}
        << u"tags"_s << u"The tags must be an array."_s;
    QTest::newRow("missing partner")
        << QJsonObject{{u"key"_s, u"v4"_s}} << u"partner"_s << u"The partner field is required."_s;
    QTest::newRow("partner not an object")
        << QJsonObject{{u"key"_s, u"v5"_s}, {u"partner"_s, u"partner_acme"_s}} << u"partner"_s
        << u"The partner must be an array."_s;
    QTest::newRow("partner without identifier")
        << QJsonObject{{u"key"_s, u"v6"_s}, {u"partner"_s, QJsonObject()}} << u"partner.key"_s
        << u"The partner.key field is required when none of partner.id / partner.email are present."_s;
}

void TestSandboxAffiliate::createValidation() {
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const HttpResult result = create(body);
    QCOMPARE(result.status, 422);
    QCOMPARE(result.fieldErrors(field), QStringList{message});
    QCOMPARE(result.object().value(u"message"_s).toString(), message);
}

void TestSandboxAffiliate::createWithUnknownPartnerIs400() {
    const HttpResult result = create(QJsonObject{
        {u"key"_s, u"orphan"_s}, {u"partner"_s, QJsonObject{{u"key"_s, u"no_such_partner"_s}}}});
    QCOMPARE(result.status, 400);
    QCOMPARE(result.object(), QJsonObject({{u"message"_s, u"Invalid partner key."_s}}));
    QCOMPARE(m_client->get(u"/customers/orphan"_s, key()).status, 404);

    // Several errors: Laravel's message counts the others.
    const HttpResult many = create(QJsonObject{{u"email"_s, u"bad"_s}});
    QCOMPARE(many.status, 422);
    QCOMPARE(many.object().value(u"message"_s).toString(),
             u"The key field is required. (and 2 more errors)"_s);
}

void TestSandboxAffiliate::createAttributesByPartnerIdOrEmail() {
    const HttpResult byId = create(QJsonObject{
        {u"key"_s, u"by_id"_s}, {u"partner"_s, QJsonObject{{u"id"_s, u"prt_00002"_s}}}});
    QCOMPARE(byId.status, 201);
    QVERIFY(!byId.data().value(u"partner"_s).toString().isEmpty());
    QVERIFY(byId.data().value(u"partner"_s).toString() != "partner_acme"_L1);
    const HttpResult byEmail = create(QJsonObject{
        {u"key"_s, u"by_email"_s},
        {u"partner"_s, QJsonObject{{u"email"_s, u"partners@acme.example.com"_s}}},
        {u"options"_s, QJsonObject{{u"referral_url"_s, u"https://example.com/?aff=acme"_s}}}});
    QCOMPARE(byEmail.status, 201);
    QCOMPARE(byEmail.data().value(u"partner"_s).toString(), u"partner_acme"_s);
    // Optional fields left out are null, tags empty.
    QVERIFY(byEmail.data().value(u"email"_s).isNull());
    QVERIFY(byEmail.data().value(u"name"_s).isNull());
    QCOMPARE(byEmail.data().value(u"tags"_s).toArray().size(), 0);
}

void TestSandboxAffiliate::malformedBodiesAre400_data() {
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    const QList<QByteArray> bodies{"{"_ba,           "[1,2]"_ba,      "\"text\""_ba,
                                   "{\"key\": }"_ba, "\xff\xfe{}"_ba, QByteArray(5000, '[')};
    int i = 0;
    for (const QByteArray &body : bodies) {
        QTest::addRow("create %d", i) << "POST"_ba << u"/customers"_s << body;
        QTest::addRow("update %d", i) << "PUT"_ba << u"/customers/alice_brown"_s << body;
        QTest::addRow("update by body %d", i) << "PUT"_ba << u"/customers"_s << body;
        QTest::addRow("delete by body %d", i) << "DELETE"_ba << u"/customers"_s << body;
        ++i;
    }
}

void TestSandboxAffiliate::malformedBodiesAre400() {
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    const HttpResult result = m_client->send(method, path, key(), body);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.object().value(u"message"_s).toString(), u"Malformed JSON body."_s);
    QCOMPARE(m_client->get(u"/customers/alice_brown"_s, key()).status, 200);
}

void TestSandboxAffiliate::updateFieldsAndKey() {
    QCOMPARE(create(QJsonObject{{u"key"_s, u"upd_1"_s},
                                {u"name"_s, u"Old"_s},
                                {u"partner"_s, QJsonObject{{u"key"_s, u"partner_acme"_s}}}})
                 .status,
             201);
    const HttpResult updated = m_client->sendJson(
        "PUT"_ba, u"/customers/upd_1"_s, key(),
        QJsonObject{{u"update"_s, QJsonObject{{u"name"_s, u"Amanda"_s},
                                              {u"surname"_s, u"Грин"_s},
                                              {u"email"_s, u"amanda@example.com"_s},
                                              {u"key"_s, u"upd_1_renamed"_s}}}});
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.object().value(u"status"_s).toInt(), 1);
    const QJsonObject data = updated.data();
    QCOMPARE(data.value(u"key"_s).toString(), u"upd_1_renamed"_s);
    QCOMPARE(data.value(u"name"_s).toString(), u"Amanda"_s);
    QCOMPARE(data.value(u"surname"_s).toString(), u"Грин"_s);
    QCOMPARE(data.value(u"status"_s).toString(), u"active"_s);
    QVERIFY(data.contains(u"tags"_s));
    QCOMPARE(m_client->get(u"/customers/upd_1"_s, key()).status, 404);
    QCOMPARE(customer(u"upd_1_renamed"_s).value(u"email"_s).toString(), u"amanda@example.com"_s);
    const HttpResult search = m_client->get(u"/customers:search?email=amanda@example.com"_s, key());
    QCOMPARE(search.dataArray().size(), 1);
}

void TestSandboxAffiliate::updateTagsSemantics() {
    QCOMPARE(create(QJsonObject{{u"key"_s, u"tagged"_s},
                                {u"tags"_s, QJsonArray{u"new"_s}},
                                {u"partner"_s, QJsonObject{{u"key"_s, u"partner_acme"_s}}}})
                 .status,
             201);
    const auto tags = [this] {
        QStringList values;
        const QJsonArray array = customer(u"tagged"_s).value(u"tags"_s).toArray();
        for (const QJsonValue &tag : array)
            values.append(tag.toObject().value(u"value"_s).toString());
        return values;
    };
    const auto update = [this](const QJsonObject &fields) {
        return m_client
            ->sendJson("PUT"_ba, u"/customers/tagged"_s, key(), QJsonObject{{u"update"_s, fields}})
            .status;
    };
    QCOMPARE(update({{u"tags"_s, QJsonArray{u"premium"_s, u"vip"_s}}}), 200);
    QCOMPARE(tags(), QStringList({u"premium"_s, u"vip"_s}));
    QCOMPARE(update({{u"name"_s, u"No tags given"_s}}), 200); // absent: kept
    QCOMPARE(tags(), QStringList({u"premium"_s, u"vip"_s}));
    QCOMPARE(update({{u"tags"_s, QJsonValue::Null}}), 200); // null: kept
    QCOMPARE(tags(), QStringList({u"premium"_s, u"vip"_s}));
    QCOMPARE(update({{u"tags"_s, QJsonArray()}}), 200); // []: cleared
    QCOMPARE(tags(), QStringList());
}

void TestSandboxAffiliate::updateByBodyKey() {
    const HttpResult updated = m_client->sendJson(
        "PUT"_ba, u"/customers"_s, key(),
        QJsonObject{{u"key"_s, u"alice_brown"_s},
                    {u"update"_s, QJsonObject{{u"surname"_s, u"Brown-Smith"_s}}}});
    QCOMPARE(updated.status, 200);
    QCOMPARE(customer(u"alice_brown"_s).value(u"surname"_s).toString(), u"Brown-Smith"_s);
    // The tags of Alice are untouched.
    QCOMPARE(customer(u"alice_brown"_s).value(u"tags"_s).toArray().size(), 1);
    const HttpResult missing = m_client->sendJson(
        "PUT"_ba, u"/customers"_s, key(),
        QJsonObject{{u"key"_s, u"nobody"_s}, {u"update"_s, QJsonObject{{u"name"_s, u"X"_s}}}});
    QCOMPARE(missing.status, 404);
    const HttpResult noKey = m_client->sendJson("PUT"_ba, u"/customers"_s, key(),
                                                QJsonObject{{u"update"_s, QJsonObject()}});
    QCOMPARE(noKey.status, 422);
    QCOMPARE(noKey.fieldErrors(u"key"_s), QStringList{u"The key field is required."_s});
}

void TestSandboxAffiliate::updateErrors() {
    const auto put = [this](const QString &path, const QJsonObject &body) {
        return m_client->sendJson("PUT"_ba, path, key(), body);
    };
    const HttpResult noUpdate = put(u"/customers/alice_brown"_s, QJsonObject{{u"name"_s, u"X"_s}});
    QCOMPARE(noUpdate.status, 422);
    QCOMPARE(noUpdate.fieldErrors(u"update"_s), QStringList{u"The update field is required."_s});
    const HttpResult badEmail = put(u"/customers/alice_brown"_s,
                                    QJsonObject{{u"update"_s, QJsonObject{{u"email"_s, u"x@"_s}}}});
    QCOMPARE(badEmail.status, 422);
    QCOMPARE(badEmail.fieldErrors(u"update.email"_s).size(), 1);
    const HttpResult takenKey =
        put(u"/customers/alice_brown"_s,
            QJsonObject{{u"update"_s, QJsonObject{{u"key"_s, u"cus_000001"_s}}}});
    QCOMPARE(takenKey.status, 422);
    QCOMPARE(takenKey.fieldErrors(u"update.key"_s),
             QStringList{u"The update.key has already been taken."_s});
    const HttpResult badTags =
        put(u"/customers/alice_brown"_s, QJsonObject{{u"update"_s, QJsonObject{{u"tags"_s, 3}}}});
    QCOMPARE(badTags.status, 422);
    QCOMPARE(badTags.fieldErrors(u"update.tags"_s).size(), 1);
    QCOMPARE(put(u"/customers/nobody"_s, QJsonObject{{u"update"_s, QJsonObject()}}).status, 404);
    // A failed update changes nothing.
    QCOMPARE(customer(u"alice_brown"_s).value(u"key"_s).toString(), u"alice_brown"_s);
    QCOMPARE(customer(u"alice_brown"_s).value(u"email"_s).toString(), u"alice.brown@example.com"_s);
}

void TestSandboxAffiliate::deleteByPathAndByBody() {
    for (const QString &k : {u"gone_1"_s, u"gone_2"_s}) {
        QCOMPARE(create(QJsonObject{{u"key"_s, k},
                                    {u"partner"_s, QJsonObject{{u"key"_s, u"partner_acme"_s}}}})
                     .status,
                 201);
    }
    const HttpResult byPath = m_client->send("DELETE"_ba, u"/customers/gone_1"_s, key());
    QCOMPARE(byPath.status, 200);
    QCOMPARE(byPath.object(), QJsonObject({{u"status"_s, 1}}));
    QCOMPARE(m_client->get(u"/customers/gone_1"_s, key()).status, 404);
    QCOMPARE(m_client->get(u"/customers/gone_1/transactions"_s, key()).status, 404);
    const HttpResult byBody = m_client->sendJson("DELETE"_ba, u"/customers"_s, key(),
                                                 QJsonObject{{u"key"_s, u"gone_2"_s}});
    QCOMPARE(byBody.status, 200);
    QCOMPARE(m_client->get(u"/customers/gone_2"_s, key()).status, 404);
    QCOMPARE(m_client->send("DELETE"_ba, u"/customers/gone_2"_s, key()).status, 404);
    QCOMPARE(m_client->sendJson("DELETE"_ba, u"/customers"_s, key(), QJsonObject()).status, 422);
    // The key is free again.
    QCOMPARE(create(QJsonObject{{u"key"_s, u"gone_1"_s},
                                {u"partner"_s, QJsonObject{{u"key"_s, u"partner_acme"_s}}}})
                 .status,
             201);
}

void TestSandboxAffiliate::suspendAndApprove() {
    const HttpResult suspended =
        m_client->send("POST"_ba, u"/customers/cus_000002/suspend"_s, key());
    QCOMPARE(suspended.status, 200);
    QCOMPARE(suspended.object(), QJsonObject({{u"status"_s, 1}}));
    QCOMPARE(customer(u"cus_000002"_s).value(u"status"_s).toString(), u"suspended"_s);
    QCOMPARE(m_client->send("POST"_ba, u"/customers/cus_000002/approve"_s, key()).status, 200);
    QCOMPARE(customer(u"cus_000002"_s).value(u"status"_s).toString(), u"active"_s);
    QCOMPARE(m_client->send("POST"_ba, u"/customers/nobody/suspend"_s, key()).status, 404);
    QCOMPARE(m_client->send("POST"_ba, u"/customers/nobody/approve"_s, key()).status, 404);
}

void TestSandboxAffiliate::transactionsWithRewards() {
    const HttpResult result = m_client->get(u"/customers/alice_brown/transactions"_s, key());
    QCOMPARE(result.status, 200);
    const QJsonArray data = result.dataArray();
    QCOMPARE(data.size(), 3);
    for (const QJsonValue &value : data) {
        const QJsonObject t = value.toObject();
        QVERIFY(!t.value(u"key"_s).toString().isEmpty());
        QCOMPARE(t.value(u"action"_s).toString(), u"sale"_s);
        QVERIFY(t.value(u"amount"_s).toDouble() > 0);
        QCOMPARE(t.value(u"customer"_s).toString(), u"alice_brown"_s);
        QCOMPARE(t.value(u"partner"_s).toString(), u"partner_acme"_s);
        QCOMPARE(t.value(u"amount_units"_s).toString(), u"USD"_s);
        QCOMPARE(t.value(u"is_currency"_s).toBool(), true);
        QCOMPARE(t.value(u"credit"_s).toBool(true), false);
        QVERIFY(t.value(u"deleted_at"_s).isNull());
        const QJsonArray rewards = t.value(u"rewards"_s).toArray();
        QCOMPARE(rewards.size(), 1);
        const QJsonObject reward = rewards.first().toObject();
        QVERIFY(reward.value(u"amount"_s).toDouble() > 0);
        QVERIFY(reward.value(u"amount"_s).toDouble() < t.value(u"amount"_s).toDouble());
        QVERIFY(reward.value(u"product_type_data"_s).isObject());
        QVERIFY(!reward.value(u"status"_s).toString().isEmpty());
    }
    const HttpResult paged =
        m_client->get(u"/customers/alice_brown/transactions?limit=2&page=2"_s, key());
    QCOMPARE(paged.dataArray().size(), 1);
    QCOMPARE(paged.dataArray().first(), data.last());
    QCOMPARE(m_client->get(u"/customers/nobody/transactions"_s, key()).status, 404);
}

QTEST_GUILESS_MAIN(TestSandboxAffiliate)
#include "tst_sandbox_affiliate.moc"

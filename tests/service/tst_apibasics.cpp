// SPDX-License-Identifier: GPL-3.0-or-later
// The parts of the service layer that need no server: addresses, encoding, error reading.
#include "app/api/apiclient.h"
#include "app/api/apierror.h"
#include "app/api/apipath.h"
#include "app/api/retrypolicy.h"

#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestApiBasics : public QObject {
    Q_OBJECT

private slots:
    void pathSegmentsAreEncodedOnePerValue_data();
    void pathSegmentsAreEncodedOnePerValue();
    void queryKeepsPlusAndDottedNames();
    void searchColonStaysLiteral();
    void baseUrlPolicy_data();
    void baseUrlPolicy();
    void refusedBaseUrlSendsNothing();
    void errorBodyFieldsStringOrArray();
    void htmlErrorBodyIsIgnored();
    void sentencesNeverCarryMarkupOrSecrets();
    void retryAfterParsing();
    void backoffGrowsAndStaysBounded();
};

void TestApiBasics::pathSegmentsAreEncodedOnePerValue_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("plain") << u"customer_123"_s << "/v1/customers/customer_123"_ba;
    QTest::newRow("space") << u"a b"_s << "/v1/customers/a%20b"_ba;
    QTest::newRow("slash") << u"a/b"_s << "/v1/customers/a%2Fb"_ba;
    QTest::newRow("plus") << u"a+b"_s << "/v1/customers/a%2Bb"_ba;
    QTest::newRow("question") << u"a?b#c"_s << "/v1/customers/a%3Fb%23c"_ba;
    QTest::newRow("percent") << u"100%"_s << "/v1/customers/100%25"_ba;
    QTest::newRow("dots") << u".."_s << "/v1/customers/.."_ba;
    QTest::newRow("cyrillic") << u"\u041a\u043b\u044e\u0447"_s
                              << "/v1/customers/%D0%9A%D0%BB%D1%8E%D1%87"_ba;
}

void TestApiBasics::pathSegmentsAreEncodedOnePerValue() {
    QFETCH(QString, key);
    QFETCH(QByteArray, encoded);
    ApiClient client;
    client.setBaseUrl(QUrl(u"https://api.partnero.com/v1/"_s));
    ApiRequest request;
    request.path = ApiPath::literal(u"customers"_s).value(key);
    const QUrl url = client.urlFor(request);
    QVERIFY(url.isValid());
    if (key != u".."_s) {
        QCOMPARE(url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority), encoded);
        // What QNAM puts on the request line.
        QCOMPARE(url.path(QUrl::FullyDecoded), u"/v1/customers/"_s + key);
    } else {
        // ".." is unreserved and cannot be encoded away; the server never sees it because
        // QUrl normalises it, which is why keys like that are not allowed by Partnero anyway.
        QVERIFY(!url.toEncoded().contains("/customers/../"));
    }
    QCOMPARE(request.path.display(), u"/customers/"_s + key);
}

void TestApiBasics::queryKeepsPlusAndDottedNames() {
    ApiClient client;
    client.setBaseUrl(QUrl(u"http://127.0.0.1:8080/v1"_s));
    ApiRequest request;
    request.path = ApiPath::literal(u"customers"_s);
    request.query = {{u"partner.email"_s, u"ann+tag@example.com"_s},
                     {u"partner.key"_s, u"a&b=c d"_s}};
    const QByteArray encoded = client.urlFor(request).toEncoded();
    QCOMPARE(encoded, "http://127.0.0.1:8080/v1/customers?partner.email=ann%2Btag%40example.com"
                      "&partner.key=a%26b%3Dc%20d"_ba);
}

void TestApiBasics::searchColonStaysLiteral() {
    ApiClient client;
    client.setBaseUrl(QUrl(u"https://api.partnero.com/v1"_s));
    ApiRequest request;
    request.path = ApiPath::literal(u"customers:search"_s);
    request.query = {{u"key"_s, u"a:b"_s}};
    QCOMPARE(client.urlFor(request).toEncoded(),
             "https://api.partnero.com/v1/customers:search?key=a%3Ab"_ba);
    ApiRequest invite;
    invite.path = ApiPath::literal(u"customers:invite"_s);
    QCOMPARE(client.urlFor(invite).path(), u"/v1/customers:invite"_s);
}

void TestApiBasics::baseUrlPolicy_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https remote") << u"https://api.partnero.com/v1"_s << true;
    QTest::newRow("http loopback v4") << u"http://127.0.0.1:8080/v1"_s << true;
    QTest::newRow("http loopback v6") << u"http://[::1]:8080/v1"_s << true;
    QTest::newRow("http localhost") << u"http://localhost:8080/v1"_s << true;
    QTest::newRow("http remote") << u"http://api.partnero.com/v1"_s << false;
    QTest::newRow("http private lan") << u"http://192.168.1.10/v1"_s << false;
    QTest::newRow("http lookalike") << u"http://127.0.0.1.example.com/v1"_s << false;
    QTest::newRow("ftp") << u"ftp://api.partnero.com/v1"_s << false;
    QTest::newRow("credentials in url") << u"https://user:pw@api.partnero.com/v1"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestApiBasics::baseUrlPolicy() {
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    const ApiError error = ApiClient::checkBaseUrl(QUrl(url));
    QCOMPARE(!error.isError(), allowed);
    if (!allowed) {
        QCOMPARE(error.kind, ApiError::Kind::NotSent);
        QVERIFY(!error.sentence().isEmpty());
        QVERIFY(!error.sentence().contains(u"pw"_s));
    }
}

void TestApiBasics::refusedBaseUrlSendsNothing() {
    ApiClient client;
    const ApiError set = client.setBaseUrl(QUrl(u"http://api.partnero.com/v1"_s));
    QCOMPARE(set.kind, ApiError::Kind::NotSent);
    QVERIFY(set.sentence().contains(u"https"_s));
    client.setApiKey(u"key-123456"_s);
    QObject context;
    int calls = 0;
    ApiResponse got;
    client.send(ApiRequest{}, &context, [&](const ApiResponse &response) {
        ++calls;
        got = response;
        return std::optional<ApiStep>();
    });
    QCOMPARE(calls, 0); // never from inside send()
    QTRY_COMPARE(calls, 1);
    QCOMPARE(got.error.kind, ApiError::Kind::NotSent);
    QCOMPARE(got.httpStatus, 0);
    QTRY_COMPARE(client.callsInFlight(), 0);
}

void TestApiBasics::errorBodyFieldsStringOrArray() {
    const ApiError error = ApiError::fromHttpStatus(
        422,
        R"({"message":"The key has already been taken.","errors":{"key":["The key has already been taken."],"email":"The email must be a valid email address.","amount":[1,"Bad amount."]}})"_ba,
        "application/json"_ba, {});
    QCOMPARE(error.kind, ApiError::Kind::Validation);
    QCOMPARE(error.httpStatus, 422);
    QCOMPARE(error.serverMessage, u"The key has already been taken."_s);
    QCOMPARE(error.fieldErrors.value(u"key"_s), QStringList{u"The key has already been taken."_s});
    QCOMPARE(error.fieldErrors.value(u"email"_s),
             QStringList{u"The email must be a valid email address."_s});
    QCOMPARE(error.fieldErrors.value(u"amount"_s), QStringList{u"Bad amount."_s});
    QVERIFY(error.sentence().contains(u"The email must be a valid email address."_s));
    QVERIFY(error.sentence().contains(u"Bad amount."_s));
    QVERIFY(!error.sentence().contains(u"key: The key"_s)); // no stutter

    const ApiError partner = ApiError::fromHttpStatus(
        400, R"({"message":"Invalid partner key."})"_ba, "application/json"_ba, {});
    QCOMPARE(partner.kind, ApiError::Kind::Validation);
    QVERIFY(partner.sentence().contains(u"Invalid partner key."_s));

    QCOMPARE(ApiError::fromHttpStatus(401, {}, {}, {}).kind, ApiError::Kind::Unauthorized);
    QCOMPARE(ApiError::fromHttpStatus(403, {}, {}, {}).kind, ApiError::Kind::Forbidden);
    QCOMPARE(ApiError::fromHttpStatus(404, {}, {}, {}).kind, ApiError::Kind::NotFound);
    QCOMPARE(ApiError::fromHttpStatus(405, {}, {}, {}).kind, ApiError::Kind::NotFound);
    QCOMPARE(ApiError::fromHttpStatus(409, {}, {}, {}).kind, ApiError::Kind::Validation);
    QCOMPARE(ApiError::fromHttpStatus(429, {}, {}, "7"_ba).retryAfter, 7);
    QCOMPARE(ApiError::fromHttpStatus(503, {}, {}, {}).kind, ApiError::Kind::Server);
    QCOMPARE(ApiError::fromHttpStatus(302, {}, {}, {}).kind, ApiError::Kind::BadResponse);
}

void TestApiBasics::htmlErrorBodyIsIgnored() {
    const QByteArray html =
        "<!DOCTYPE html><html><head><title>500 Internal Server Error</title>"
        "</head><body><h1>Whoops</h1><p>{\"message\":\"x\"}</p></body></html>"_ba;
    const ApiError error = ApiError::fromHttpStatus(500, html, "text/html; charset=UTF-8"_ba, {});
    QCOMPARE(error.kind, ApiError::Kind::Server);
    QVERIFY(error.serverMessage.isEmpty());
    QVERIFY(!error.sentence().contains(u'<'));
    QVERIFY(error.sentence().contains(u"500"_s));

    // Markup inside a JSON message is not shown either.
    const ApiError sneaky = ApiError::fromHttpStatus(
        400, R"({"message":"<b>bold</b> <script>x()</script>"})"_ba, "application/json"_ba, {});
    QVERIFY(!sneaky.sentence().contains(u"<script>"_s));
}

void TestApiBasics::sentencesNeverCarryMarkupOrSecrets() {
    const QString key = u"pk_live_DISTINCTIVE_9f3a"_s;
    ApiError echoed = ApiError::fromHttpStatus(
        401,
        QString(uR"({"message":"Key )"_s + key + uR"( is not valid","errors":{"key":["bad )"_s +
                key + uR"("]}})"_s)
            .toUtf8(),
        "application/json"_ba, {});
    echoed.redact(key);
    QVERIFY(!echoed.sentence().contains(key));
    QVERIFY(!echoed.serverMessage.contains(key));
    QVERIFY(!echoed.fieldMessages().join(u' ').contains(key));

    for (int k = int(ApiError::Kind::None); k <= int(ApiError::Kind::NotSent); ++k) {
        ApiError error(ApiError::Kind(k), 500);
        const QString sentence = error.sentence();
        QCOMPARE(sentence.isEmpty(), k == int(ApiError::Kind::None));
        QVERIFY(!sentence.contains(u'<'));
        QVERIFY2(!ApiError::kindName(ApiError::Kind(k)).isEmpty(), qPrintable(sentence));
    }
}

void TestApiBasics::retryAfterParsing() {
    QCOMPARE(ApiError::parseRetryAfter({}), -1);
    QCOMPARE(ApiError::parseRetryAfter("0"_ba), 0);
    QCOMPARE(ApiError::parseRetryAfter(" 12 "_ba), 12);
    QCOMPARE(ApiError::parseRetryAfter("-3"_ba), -1);
    QCOMPARE(ApiError::parseRetryAfter("soon"_ba), -1);
    const QByteArray inTen =
        QDateTime::currentDateTimeUtc().addSecs(10).toString(Qt::RFC2822Date).toLatin1();
    const int seconds = ApiError::parseRetryAfter(inTen);
    QVERIFY2(seconds >= 8 && seconds <= 10, QByteArray::number(seconds).constData());
}

void TestApiBasics::backoffGrowsAndStaysBounded() {
    RetryPolicy policy;
    policy.baseDelayMs = 100;
    policy.maxDelayMs = 1000;
    policy.jitter = false;
    QCOMPARE(policy.backoffMs(1), 100);
    QCOMPARE(policy.backoffMs(2), 200);
    QCOMPARE(policy.backoffMs(3), 400);
    QCOMPARE(policy.backoffMs(10), 1000);
    policy.jitter = true;
    for (int i = 0; i < 200; ++i) {
        const int delay = policy.backoffMs(2);
        QVERIFY(delay >= 100 && delay <= 200);
    }
}

QTEST_GUILESS_MAIN(TestApiBasics)
#include "tst_apibasics.moc"

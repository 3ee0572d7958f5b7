// SPDX-License-Identifier: GPL-3.0-or-later
// Fault injection through real HTTP: the X-Sandbox-Fault header, queued faults, the
// request log, reset and --latency-ms. What a client of the sandbox must be able to see.
#include "tests/common/sandboxprocess.h"
#include "tests/sandbox/sandboxclient.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
QList<QPair<QByteArray, QByteArray>> fault(const QByteArray &spec) {
    return {{"X-Sandbox-Fault"_ba, spec}};
}

// Sends one request on a plain socket and returns the bytes that arrived within `waitMs`,
// to see an answer as it trickles in (a QNetworkReply shows nothing before the headers).
QByteArray rawExchange(const SandboxProcess &sandbox, const QByteArray &request, int waitMs) {
    QTcpSocket socket;
    socket.connectToHost(sandbox.rootUrl().host(), quint16(sandbox.rootUrl().port()));
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(request);
    QByteArray received;
    QElapsedTimer elapsed;
    elapsed.start();
    while (elapsed.elapsed() < waitMs) {
        socket.waitForReadyRead(int(std::max<qint64>(1, waitMs - elapsed.elapsed())));
        received += socket.readAll();
    }
    return received;
}
} // namespace

class TestSandboxFaults : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void latencyDelaysTheAnswer();
    void statusFaults_data();
    void statusFaults();
    void tooManyRequestsCarriesRetryAfter();
    void statusFaultDoesNotRunTheRequest();
    void dropEndsTheConnectionMidBody();
    void droppedChangeStillHappened();
    void malformedBodyDoesNotParse();
    void htmlErrorPage();
    void hangNeverAnswers();
    void dripTricklesTheAnswer();
    void dripSendsTheWholeAnswerInTheEnd();
    void drippedChangeHappenedFirst();
    void oversizePadsTheAnswerInChunks();
    void dripAndOversizeValuesAreChecked_data();
    void dripAndOversizeValuesAreChecked();
    void invalidFaultHeaderIsRejected();
    void queuedFaultsApplyCountTimes();
    void queuedFaultsMatchMethodAndPrefix();
    void clearFaultsRemovesQueuedFaults();
    void invalidQueuedFaultIsRejected();
    void requestLogRecordsEveryApiRequest();
    void resetRestoresSeededState();
    void latencyOptionDelaysEveryApiRequest();

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<SandboxClient> m_client;
};

void TestSandboxFaults::initTestCase() {
    QVERIFY2(m_sandbox.start({u"--customers"_s, u"40"_s}), qPrintable(m_sandbox.errorString()));
    m_client = std::make_unique<SandboxClient>(m_sandbox);
}

void TestSandboxFaults::init() {
    QVERIFY(m_sandbox.clearFaults());
    QVERIFY(m_sandbox.clearRequests());
}

void TestSandboxFaults::latencyDelaysTheAnswer() {
    const HttpResult result = m_client->get(u"/customers/alice_brown"_s, m_sandbox.affiliateKey(),
                                            fault("latency=300"_ba));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.data().value(u"key"_s).toString(), u"alice_brown"_s);
    QVERIFY2(result.elapsedMs >= 290, qPrintable(QString::number(result.elapsedMs)));

    const HttpResult combined = m_client->get(u"/customers"_s, m_sandbox.affiliateKey(),
                                              fault("latency=200; status=503"_ba));
    QCOMPARE(combined.status, 503);
    QVERIFY(combined.elapsedMs >= 190);
}

void TestSandboxFaults::statusFaults_data() {
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("429") << 429 << u"Too Many Attempts."_s;
    QTest::newRow("500") << 500 << u"Server Error"_s;
    QTest::newRow("502") << 502 << u"Bad Gateway"_s;
    QTest::newRow("503") << 503 << u"Service Unavailable"_s;
    QTest::newRow("504") << 504 << u"Gateway Timeout"_s;
}

void TestSandboxFaults::statusFaults() {
    QFETCH(int, status);
    QFETCH(QString, message);
    const HttpResult result = m_client->get(u"/customers"_s, m_sandbox.affiliateKey(),
                                            fault("status=" + QByteArray::number(status)));
    QCOMPARE(result.status, status);
    QCOMPARE(result.object().value(u"message"_s).toString(), message);
    QVERIFY(result.header("Retry-After").isEmpty());
}

void TestSandboxFaults::tooManyRequestsCarriesRetryAfter() {
    const HttpResult limited = m_client->get(u"/customers"_s, m_sandbox.referralKey(),
                                             fault("status=429;retry-after=7"_ba));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("Retry-After"), "7"_ba);
    const HttpResult unavailable = m_client->get(u"/customers"_s, m_sandbox.referralKey(),
                                                 fault("status=503;retry-after=30"_ba));
    QCOMPARE(unavailable.status, 503);
    QCOMPARE(unavailable.header("Retry-After"), "30"_ba);
}

void TestSandboxFaults::statusFaultDoesNotRunTheRequest() {
    const QJsonObject body{{u"key"_s, u"never_created"_s},
                           {u"partner"_s, QJsonObject{{u"key"_s, u"partner_acme"_s}}}};
    const HttpResult failed = m_client->sendJson(
        "POST"_ba, u"/customers"_s, m_sandbox.affiliateKey(), body, fault("status=500"_ba));
    QCOMPARE(failed.status, 500);
    QCOMPARE(m_client->get(u"/customers/never_created"_s, m_sandbox.affiliateKey()).status, 404);
    // Faults come before authentication, like a failing proxy in front of the API.
    QCOMPARE(m_client->get(u"/customers"_s, QString(), fault("status=502"_ba)).status, 502);
}

void TestSandboxFaults::dropEndsTheConnectionMidBody() {
    const HttpResult dropped =
        m_client->get(u"/customers?limit=50"_s, m_sandbox.affiliateKey(), fault("drop"_ba));
    QCOMPARE(dropped.error, QNetworkReply::RemoteHostClosedError);
    // The next request on a new connection works.
    QCOMPARE(m_client->get(u"/customers?limit=50"_s, m_sandbox.affiliateKey()).status, 200);
}

void TestSandboxFaults::droppedChangeStillHappened() {
    const auto usd = [this] {
        const HttpResult balance =
            m_client->get(u"/customers/ada_lovelace/balance"_s, m_sandbox.referralKey());
        const QJsonArray currency =
            balance.data().value(u"balance"_s).toObject().value(u"currency"_s).toArray();
        for (const QJsonValue &entry : currency) {
            if (entry.toObject().value(u"amount_units"_s).toString() == "USD"_L1)
                return entry.toObject().value(u"amount"_s).toDouble();
        }
        return -1.0;
    };
    const double before = usd();
    QVERIFY(before > 0);
    const QJsonObject credit{
        {u"amount"_s, 5}, {u"amount_units"_s, u"USD"_s}, {u"is_currency"_s, true}};
    const HttpResult dropped =
        m_client->sendJson("POST"_ba, u"/customers/ada_lovelace/balance/credit"_s,
                           m_sandbox.referralKey(), credit, fault("drop"_ba));
    QVERIFY(dropped.error != QNetworkReply::NoError);
    // The answer was lost, not the change: a client must reconcile by reading again.
    QCOMPARE(usd(), before + 5);
}

void TestSandboxFaults::malformedBodyDoesNotParse() {
    const HttpResult result =
        m_client->get(u"/customers/alice_brown"_s, m_sandbox.affiliateKey(), fault("malformed"_ba));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.error, QNetworkReply::NoError);
    QVERIFY(!result.body.isEmpty());
    QVERIFY(result.body.startsWith("{"));
    QJsonParseError error;
    QJsonDocument::fromJson(result.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
}

void TestSandboxFaults::htmlErrorPage() {
    const HttpResult result =
        m_client->get(u"/customers"_s, m_sandbox.affiliateKey(), fault("html"_ba));
    QCOMPARE(result.status, 500);
    QVERIFY(result.header("Content-Type").startsWith("text/html"));
    QVERIFY(result.body.startsWith("<!DOCTYPE html>"));
    QVERIFY(result.json.isNull());
}

void TestSandboxFaults::hangNeverAnswers() {
    const HttpResult result = m_client->send("GET"_ba, u"/customers"_s, m_sandbox.affiliateKey(),
                                             {}, fault("hang"_ba), 600);
    QCOMPARE(result.status, 0);
    QVERIFY2(result.error == QNetworkReply::OperationCanceledError ||
                 result.error == QNetworkReply::TimeoutError,
             qPrintable(QString::number(result.error)));
    QVERIFY(result.elapsedMs >= 550);
    // Other connections are still served.
    QCOMPARE(m_client->get(u"/customers"_s, m_sandbox.affiliateKey()).status, 200);
    QCOMPARE(m_sandbox.countRequests(u"GET"_s, u"/v1/customers"_s), 2);
}

void TestSandboxFaults::dripTricklesTheAnswer() {
    const QByteArray request = "GET /v1/customers/alice_brown HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                               "Authorization: Bearer " +
                               m_sandbox.affiliateKey().toUtf8() +
                               "\r\nX-Sandbox-Fault: drip=10\r\n\r\n";
    const QByteArray received = rawExchange(m_sandbox, request, 1500);
    // Ten bytes a second: the status line is not even complete after 1.5 s, but the server
    // has never been silent for long.
    QVERIFY2(received.size() >= 8 && received.size() <= 25, received.constData());
    QVERIFY2(QByteArray("HTTP/1.1 200 OK\r\n").startsWith(received.left(17)), received.constData());
}

void TestSandboxFaults::dripSendsTheWholeAnswerInTheEnd() {
    const HttpResult result =
        m_client->get(u"/customers/alice_brown"_s, m_sandbox.affiliateKey(), fault("drip=1000"_ba));
    QCOMPARE(result.error, QNetworkReply::NoError);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.data().value(u"key"_s).toString(), u"alice_brown"_s);
    QCOMPARE(result.header("Content-Length").toLongLong(), result.body.size());
    // Headers and body at 1,000 bytes a second take a while (the first slice goes at once).
    const qint64 bytes = result.body.size() + 60;
    QVERIFY2(result.elapsedMs >= bytes - 70,
             qPrintable(u"%1 ms for %2 bytes"_s.arg(result.elapsedMs).arg(bytes)));
    // The connection is still good for the next request.
    QCOMPARE(m_client->get(u"/customers/alice_brown"_s, m_sandbox.affiliateKey()).status, 200);
}

void TestSandboxFaults::drippedChangeHappenedFirst() {
    const auto usd = [this] {
        const HttpResult balance =
            m_client->get(u"/customers/grace_hopper/balance"_s, m_sandbox.referralKey());
        const QJsonArray currency =
            balance.data().value(u"balance"_s).toObject().value(u"currency"_s).toArray();
        for (const QJsonValue &entry : currency) {
            if (entry.toObject().value(u"amount_units"_s).toString() == "USD"_L1)
                return entry.toObject().value(u"amount"_s).toDouble();
        }
        return 0.0;
    };
    const double before = usd();
    const QByteArray body = R"({"amount":4,"amount_units":"USD","is_currency":true})";
    const QByteArray request =
        "POST /v1/customers/grace_hopper/balance/credit HTTP/1.1\r\n"
        "Host: 127.0.0.1\r\nContent-Type: application/json\r\n"
        "Authorization: Bearer " +
        m_sandbox.referralKey().toUtf8() +
        "\r\nX-Sandbox-Fault: drip\r\nContent-Length: " + QByteArray::number(body.size()) +
        "\r\n\r\n" + body;
    const QByteArray received = rawExchange(m_sandbox, request, 600);
    QVERIFY2(received.size() <= 6, received.constData()); // 4 bytes a second by default
    // Like drop and hang, the change was made; only its answer is slow.
    QCOMPARE(usd(), before + 4);
    QCOMPARE(m_sandbox.countRequests(u"POST"_s, u"/v1/customers/grace_hopper/balance/credit"_s), 1);
}

void TestSandboxFaults::oversizePadsTheAnswerInChunks() {
    const HttpResult result = m_client->get(u"/customers/alice_brown"_s, m_sandbox.affiliateKey(),
                                            fault("oversize=2"_ba));
    QCOMPARE(result.error, QNetworkReply::NoError);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.body.size(), 2 * 1024 * 1024);
    // Streamed: the size is not announced.
    QVERIFY(result.header("Content-Length").isEmpty());
    QCOMPARE(result.header("Transfer-Encoding"), "chunked"_ba);
    // Still the documented answer, with one member more.
    QCOMPARE(result.data().value(u"key"_s).toString(), u"alice_brown"_s);
    QCOMPARE(result.object().value(u"status"_s).toInt(), 1);
    QVERIFY(result.object().value(u"padding"_s).toString().size() > 2 * 1000 * 1000);
}

void TestSandboxFaults::dripAndOversizeValuesAreChecked_data() {
    QTest::addColumn<QByteArray>("spec");
    QTest::addColumn<int>("status");
    QTest::newRow("drip=0") << "drip=0"_ba << 400;
    QTest::newRow("drip=x") << "drip=x"_ba << 400;
    QTest::newRow("oversize") << "oversize"_ba << 400;
    QTest::newRow("oversize=0") << "oversize=0"_ba << 400;
    QTest::newRow("oversize=5000") << "oversize=5000"_ba << 400;
    QTest::newRow("drip=100000") << "drip=100000"_ba << 200;
}

void TestSandboxFaults::dripAndOversizeValuesAreChecked() {
    QFETCH(QByteArray, spec);
    QFETCH(int, status);
    const HttpResult result =
        m_client->get(u"/customers/alice_brown"_s, m_sandbox.affiliateKey(), fault(spec));
    QCOMPARE(result.status, status);
}

void TestSandboxFaults::invalidFaultHeaderIsRejected() {
    const HttpResult result =
        m_client->get(u"/customers"_s, m_sandbox.affiliateKey(), fault("status=418"_ba));
    QCOMPARE(result.status, 400);
    QVERIFY(result.object().value(u"message"_s).toString().contains(u"X-Sandbox-Fault"_s));
    QCOMPARE(m_client->get(u"/customers"_s, m_sandbox.affiliateKey(), fault("explode"_ba)).status,
             400);
}

void TestSandboxFaults::queuedFaultsApplyCountTimes() {
    QVERIFY(m_sandbox.queueFault(u"GET"_s, u"/v1/customers"_s, u"status=503;retry-after=2"_s, 2));
    const HttpResult first = m_client->get(u"/customers"_s, m_sandbox.affiliateKey());
    const HttpResult second = m_client->get(u"/customers?page=2"_s, m_sandbox.affiliateKey());
    const HttpResult third = m_client->get(u"/customers"_s, m_sandbox.affiliateKey());
    QCOMPARE(first.status, 503);
    QCOMPARE(first.header("Retry-After"), "2"_ba);
    QCOMPARE(second.status, 503);
    QCOMPARE(third.status, 200);
    const QJsonArray log = m_sandbox.requests();
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.at(0).toObject().value(u"fault"_s).toString(), u"status=503;retry-after=2"_s);
    QCOMPARE(log.at(2).toObject().value(u"fault"_s).toString(), QString());
}

void TestSandboxFaults::queuedFaultsMatchMethodAndPrefix() {
    QVERIFY(m_sandbox.queueFault(u"POST"_s, u"/v1/customers/*"_s, u"status=500"_s, 5));
    // GET on the same path and POST on the exact prefix path are not matched.
    QCOMPARE(m_client->get(u"/customers/alice_brown"_s, m_sandbox.affiliateKey()).status, 200);
    const HttpResult invalidCreate =
        m_client->sendJson("POST"_ba, u"/customers"_s, m_sandbox.affiliateKey(), QJsonObject());
    QCOMPARE(invalidCreate.status, 422);
    const HttpResult suspend =
        m_client->send("POST"_ba, u"/customers/alice_brown/suspend"_s, m_sandbox.affiliateKey());
    QCOMPARE(suspend.status, 500);
    // A header fault wins over a queued one.
    const HttpResult approve = m_client->send("POST"_ba, u"/customers/alice_brown/approve"_s,
                                              m_sandbox.affiliateKey(), {}, fault("status=502"_ba));
    QCOMPARE(approve.status, 502);
    // Any method when none is given.
    QVERIFY(m_sandbox.queueFault(QString(), u"/v1/test"_s, u"html"_s, 1));
    QCOMPARE(m_client->get(u"/test"_s, m_sandbox.referralKey()).status, 500);
    QCOMPARE(m_client->get(u"/test"_s, m_sandbox.referralKey()).status, 200);
}

void TestSandboxFaults::clearFaultsRemovesQueuedFaults() {
    QVERIFY(m_sandbox.queueFault(QString(), u"/v1/*"_s, u"status=503"_s, 100));
    QCOMPARE(m_client->get(u"/test"_s, m_sandbox.affiliateKey()).status, 503);
    QVERIFY(m_sandbox.clearFaults());
    QCOMPARE(m_client->get(u"/test"_s, m_sandbox.affiliateKey()).status, 200);
}

void TestSandboxFaults::invalidQueuedFaultIsRejected() {
    QVERIFY(!m_sandbox.queueFault(u"GET"_s, u"/v1/customers"_s, u"status=200"_s, 1));
    QVERIFY(!m_sandbox.queueFault(u"GET"_s, u"v1/customers"_s, u"drop"_s, 1));
    QVERIFY(!m_sandbox.queueFault(u"GET"_s, u"/v1/customers"_s, u"drop"_s, 0));
    QCOMPARE(m_client->get(u"/customers"_s, m_sandbox.affiliateKey()).status, 200);
}

void TestSandboxFaults::requestLogRecordsEveryApiRequest() {
    m_client->get(u"/customers?limit=3"_s, m_sandbox.affiliateKey());
    m_client->sendJson("PUT"_ba, u"/customers/ada_lovelace"_s, m_sandbox.referralKey(),
                       QJsonObject{{u"update"_s, QJsonObject{{u"name"_s, u"Ada"_s}}}});
    m_client->get(u"/customers/nobody"_s, m_sandbox.referralKey(), fault("latency=10"_ba));
    m_client->get(u"/customers"_s, QString());
    const QJsonArray log = m_sandbox.requests();
    QCOMPARE(log.size(), 4);
    const QJsonObject first = log.at(0).toObject();
    QCOMPARE(first.value(u"method"_s).toString(), u"GET"_s);
    QCOMPARE(first.value(u"path"_s).toString(), u"/v1/customers"_s);
    QCOMPARE(first.value(u"query"_s).toString(), u"limit=3"_s);
    QCOMPARE(first.value(u"status"_s).toInt(), 200);
    QCOMPARE(first.value(u"fault"_s).toString(), QString());
    QCOMPARE(log.at(1).toObject().value(u"method"_s).toString(), u"PUT"_s);
    QCOMPARE(log.at(1).toObject().value(u"path"_s).toString(), u"/v1/customers/ada_lovelace"_s);
    QCOMPARE(log.at(2).toObject().value(u"status"_s).toInt(), 404);
    QCOMPARE(log.at(2).toObject().value(u"fault"_s).toString(), u"latency=10"_s);
    QCOMPARE(log.at(3).toObject().value(u"status"_s).toInt(), 401);
    QCOMPARE(m_sandbox.countRequests(u"GET"_s, u"/v1/customers"_s), 3);
    QCOMPARE(m_sandbox.countRequests(u"PUT"_s, u"/v1/"_s), 1);
    QCOMPARE(m_sandbox.countRequests(QString(), u"/v1/customers/"_s), 2);
    QVERIFY(m_sandbox.clearRequests());
    QCOMPARE(m_sandbox.requests().size(), 0);
}

void TestSandboxFaults::resetRestoresSeededState() {
    const QJsonObject body{{u"key"_s, u"made_before_reset"_s},
                           {u"partner"_s, QJsonObject{{u"id"_s, u"prt_00001"_s}}}};
    QCOMPARE(m_client->sendJson("POST"_ba, u"/customers"_s, m_sandbox.affiliateKey(), body).status,
             201);
    QCOMPARE(
        m_client->send("DELETE"_ba, u"/customers/alice_brown"_s, m_sandbox.affiliateKey()).status,
        200);
    QCOMPARE(m_client
                 ->sendJson("POST"_ba, u"/customers:invite"_s, m_sandbox.referralKey(),
                            QJsonObject{{u"email"_s, u"invited@example.com"_s}})
                 .status,
             200);
    QVERIFY(m_sandbox.queueFault(QString(), u"/v1/test"_s, u"status=503"_s, 3));
    QCOMPARE(m_sandbox.invites().size(), 1);

    QVERIFY(m_sandbox.reset());
    QCOMPARE(m_sandbox.requests().size(), 0);
    QCOMPARE(m_sandbox.invites().size(), 0);
    QCOMPARE(m_client->get(u"/test"_s, m_sandbox.affiliateKey()).status, 200);
    QCOMPARE(m_client->get(u"/customers/made_before_reset"_s, m_sandbox.affiliateKey()).status,
             404);
    QCOMPARE(m_client->get(u"/customers/alice_brown"_s, m_sandbox.affiliateKey()).status, 200);
    // Ada's balance is back to its seeded value after the credit of droppedChangeStillHappened.
    const HttpResult customers = m_client->get(u"/customers?limit=250"_s, m_sandbox.affiliateKey());
    QCOMPARE(customers.dataArray().size(), 40);
}

void TestSandboxFaults::latencyOptionDelaysEveryApiRequest() {
    SandboxProcess slow;
    QVERIFY2(slow.start({u"--customers"_s, u"5"_s, u"--latency-ms"_s, u"250"_s,
                         u"--latency-jitter-ms"_s, u"50"_s}),
             qPrintable(slow.errorString()));
    SandboxClient client(slow);
    for (int i = 0; i < 2; ++i) {
        const HttpResult result = client.get(u"/test"_s, slow.affiliateKey());
        QCOMPARE(result.status, 200);
        QVERIFY2(result.elapsedMs >= 240, qPrintable(QString::number(result.elapsedMs)));
    }
    // A header latency adds to the option's.
    const HttpResult more = client.get(u"/test"_s, slow.affiliateKey(), fault("latency=200"_ba));
    QVERIFY(more.elapsedMs >= 440);
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"

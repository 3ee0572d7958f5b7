// SPDX-License-Identifier: GPL-3.0-or-later
// The one rule for what a request that changes data did: every kind of answer (or its
// absence) and the outcome it means, and a server whose 2xx does not confirm the change, seen
// the same way on the result and by the journal.
#include "app/api/changeerror.h"
#include "app/api/changeoutcome.h"
#include "app/api/referralservice.h"
#include "tests/common/cannedserver.h"
#include "tests/service/servicetest.h"

#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(ApiError::Kind)

namespace {

ApiError withStatus(ApiError::Kind kind, int status) {
    return ApiError(kind, status);
}

} // namespace

class TestChangeOutcome : public QObject {
    Q_OBJECT

private slots:
    void rule_data();
    void rule();
    void resultCarriesSucceededWhenOk();
    void sentenceFollowsTheOutcome();
    void unconfirmedActionIsUnknownEverywhere();
    void unreadableCreditAnswerIsUnknownEverywhere();
    void envelope_data();
    void envelope();
    void creditConfirmedByEnvelopeIsSucceededEverywhere();
};

void TestChangeOutcome::rule_data() {
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<int>("networkError");
    QTest::addColumn<bool>("requestLeft");
    QTest::addColumn<QString>("expected");

    using K = ApiError::Kind;
    const int none = QNetworkReply::NoError;
    QTest::newRow("2xx read") << ApiError() << none << true << u"succeeded"_s;

    // The server answered and refused: nothing changed.
    QTest::newRow("400") << withStatus(K::Validation, 400) << none << true << u"not_made"_s;
    QTest::newRow("401") << withStatus(K::Unauthorized, 401) << none << true << u"not_made"_s;
    QTest::newRow("403") << withStatus(K::Forbidden, 403) << none << true << u"not_made"_s;
    QTest::newRow("404") << withStatus(K::NotFound, 404) << none << true << u"not_made"_s;
    QTest::newRow("405") << withStatus(K::NotFound, 405) << none << true << u"not_made"_s;
    QTest::newRow("409") << withStatus(K::Validation, 409) << none << true << u"not_made"_s;
    QTest::newRow("422") << withStatus(K::Validation, 422) << none << true << u"not_made"_s;
    QTest::newRow("429") << withStatus(K::RateLimited, 429) << none << true << u"not_made"_s;

    // Nothing reached the server.
    QTest::newRow("journal not writable")
        << ApiError::notSent(u"journal"_s) << none << false << u"not_sent"_s;
    QTest::newRow("insecure address")
        << ApiError::notSent(u"http"_s) << none << false << u"not_sent"_s;
    QTest::newRow("connection refused")
        << ApiError(K::Network) << int(QNetworkReply::ConnectionRefusedError) << true
        << u"not_sent"_s;
    QTest::newRow("host not found")
        << ApiError(K::Network) << int(QNetworkReply::HostNotFoundError) << true << u"not_sent"_s;
    QTest::newRow("tls handshake")
        << ApiError(K::Tls) << int(QNetworkReply::SslHandshakeFailedError) << true << u"not_sent"_s;
    QTest::newRow("proxy refused")
        << ApiError(K::Network) << int(QNetworkReply::ProxyConnectionRefusedError) << true
        << u"not_sent"_s;
    QTest::newRow("proxy not found")
        << ApiError(K::Network) << int(QNetworkReply::ProxyNotFoundError) << true << u"not_sent"_s;
    QTest::newRow("cancel before sending")
        << ApiError(K::Cancelled) << none << false << u"not_sent"_s;

    // The request left and no answer says what happened.
    for (const int status : {500, 501, 502, 503, 504, 599}) {
        QTest::addRow("%d", status)
            << withStatus(K::Server, status) << none << true << u"unknown"_s;
    }
    QTest::newRow("408") << withStatus(K::Timeout, 408) << none << true << u"unknown"_s;
    QTest::newRow("timeout") << ApiError(K::Timeout) << int(QNetworkReply::OperationCanceledError)
                             << true << u"unknown"_s;
    QTest::newRow("connection reset")
        << ApiError(K::Network) << int(QNetworkReply::RemoteHostClosedError) << true
        << u"unknown"_s;
    QTest::newRow("2xx cut short") << withStatus(K::Network, 200)
                                   << int(QNetworkReply::ProtocolFailure) << true << u"unknown"_s;
    QTest::newRow("2xx unreadable")
        << withStatus(K::BadResponse, 200) << none << true << u"unknown"_s;
    QTest::newRow("redirect") << withStatus(K::BadResponse, 302) << none << true << u"unknown"_s;
    QTest::newRow("cancel after sending")
        << ApiError(K::Cancelled) << int(QNetworkReply::OperationCanceledError) << true
        << u"unknown"_s;
}

void TestChangeOutcome::rule() {
    QFETCH(ApiError, error);
    QFETCH(int, networkError);
    QFETCH(bool, requestLeft);
    QFETCH(QString, expected);
    QCOMPARE(changeOutcomeName(decideChangeOutcome(error, networkError, requestLeft)), expected);
}

void TestChangeOutcome::resultCarriesSucceededWhenOk() {
    QCOMPARE(ApiResult<void>().outcome(), ChangeOutcome::Succeeded);
    QCOMPARE(ApiResult<int>(3).outcome(), ChangeOutcome::Succeeded);
    ApiError refused(ApiError::Kind::Validation, 422);
    refused.outcome = ChangeOutcome::NotMade;
    QCOMPARE(ApiResult<void>(refused).outcome(), ChangeOutcome::NotMade);
    // An error nobody decided about never claims that nothing happened.
    QCOMPARE(ApiResult<void>(ApiError(ApiError::Kind::Validation, 422)).outcome(),
             ChangeOutcome::Unknown);
}

void TestChangeOutcome::sentenceFollowsTheOutcome() {
    ApiError error(ApiError::Kind::Server, 500);
    error.outcome = ChangeOutcome::Unknown;
    QVERIFY(ChangeError::sentence(error).contains(u"may or may not"_s));
    QVERIFY(ChangeError::sentence(error).contains(u"HTTP 500"_s));
    error = ApiError(ApiError::Kind::Validation, 422);
    error.outcome = ChangeOutcome::NotMade;
    QCOMPARE(ChangeError::sentence(error), error.sentence());
}

void TestChangeOutcome::unconfirmedActionIsUnknownEverywhere() {
    CannedServer server;
    QVERIFY(server.listen());
    server.response = jsonAnswer(200, R"({"status": 0})");
    ApiClient client;
    QVERIFY(!client.setBaseUrl(server.baseUrl()).isError());
    client.setApiKey(u"canned-test-key-0001"_s);
    client.setTransferTimeout(5000);
    RecordingObserver journal;
    client.setMutationObserver(&journal);
    ReferralService referrals(&client);

    InviteRequest invite;
    invite.email = u"someone@example.com"_s;
    const auto result =
        await<void>([&](auto done) { return referrals.invite(invite, this, done); });
    QCOMPARE(kindOf(result), u"bad_response"_s);
    QCOMPARE(outcomeName(result.outcome()), u"unknown"_s);
    QCOMPARE(server.requests, 1);
    QCOMPARE(journal.sent.size(), 1);
    const auto outcome = journal.outcomeOf(journal.sent.first().operationId);
    QVERIFY(outcome);
    QCOMPARE(outcomeName(outcome->result), u"unknown"_s);
    QCOMPARE(outcome->httpStatus, 200);
}

void TestChangeOutcome::unreadableCreditAnswerIsUnknownEverywhere() {
    CannedServer server;
    QVERIFY(server.listen());
    // Valid JSON, but not a balance: the credit may well have been made.
    server.response = jsonAnswer(200, R"({"status": 1, "data": "credited"})");
    ApiClient client;
    QVERIFY(!client.setBaseUrl(server.baseUrl()).isError());
    client.setApiKey(u"canned-test-key-0001"_s);
    client.setTransferTimeout(5000);
    RecordingObserver journal;
    client.setMutationObserver(&journal);
    ReferralService referrals(&client);

    CreditRequest credit;
    credit.amount = 5;
    credit.amountUnits = u"USD"_s;
    const auto result = await<Balance>(
        [&](auto done) { return referrals.creditBalance(u"ada"_s, credit, {}, this, done); });
    QCOMPARE(kindOf(result), u"bad_response"_s);
    QCOMPARE(outcomeName(result.outcome()), u"unknown"_s);
    const auto outcome = journal.outcomeOf(journal.sent.first().operationId);
    QVERIFY(outcome);
    QCOMPARE(outcomeName(outcome->result), u"unknown"_s);
}

void TestChangeOutcome::envelope_data() {
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<bool>("confirms");
    QTest::newRow("status 1") << QByteArray(R"({"status": 1})") << true;
    QTest::newRow("status true") << QByteArray(R"({"status": true})") << true;
    QTest::newRow("status 1, data null") << QByteArray(R"({"status": 1, "data": null})") << true;
    QTest::newRow("status 1, data []") << QByteArray(R"({"status": 1, "data": []})") << true;
    QTest::newRow("status 1, data {}") << QByteArray(R"({"status": 1, "data": {}})") << true;
    QTest::newRow("status 0") << QByteArray(R"({"status": 0})") << false;
    QTest::newRow("status false") << QByteArray(R"({"status": false})") << false;
    QTest::newRow("no status") << QByteArray(R"({})") << false;
    QTest::newRow("status 2") << QByteArray(R"({"status": 2})") << false;
    QTest::newRow("data that says something")
        << QByteArray(R"({"status": 1, "data": "credited"})") << false;
    QTest::newRow("a list") << QByteArray(R"([1])") << false;
    QTest::newRow("empty body") << QByteArray() << false;
}

void TestChangeOutcome::envelope() {
    QFETCH(QByteArray, answer);
    QFETCH(bool, confirms);
    QCOMPARE(confirmsByEnvelope(QJsonDocument::fromJson(answer)), confirms);
}

void TestChangeOutcome::creditConfirmedByEnvelopeIsSucceededEverywhere() {
    CannedServer server;
    QVERIFY(server.listen());
    // Every request gets the envelope, the balance read after the credit too: the credit
    // stands, and what it left is said to be unknown rather than shown as nothing.
    server.response = jsonAnswer(200, R"({"status": 1})");
    ApiClient client;
    QVERIFY(!client.setBaseUrl(server.baseUrl()).isError());
    client.setApiKey(u"canned-test-key-0001"_s);
    client.setTransferTimeout(5000);
    RecordingObserver journal;
    client.setMutationObserver(&journal);
    ReferralService referrals(&client);

    CreditRequest credit;
    credit.amount = 5;
    credit.amountUnits = u"USD"_s;
    const auto result = await<Balance>(
        [&](auto done) { return referrals.creditBalance(u"ada"_s, credit, {}, this, done); });
    QVERIFY2(result.ok(), describe(result).constData());
    QCOMPARE(outcomeName(result.outcome()), u"succeeded"_s);
    QVERIFY(result.value().unread);
    QVERIFY(result.value().entries.isEmpty());
    QCOMPARE(server.requests, 2); // the credit once, then the balance
    QCOMPARE(journal.sent.size(), 1);
    const auto outcome = journal.outcomeOf(journal.sent.first().operationId);
    QVERIFY(outcome);
    QCOMPARE(outcomeName(outcome->result), u"succeeded"_s);
}

QTEST_GUILESS_MAIN(TestChangeOutcome)
#include "tst_changeoutcome.moc"

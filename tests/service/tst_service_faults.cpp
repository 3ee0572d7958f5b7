// SPDX-License-Identifier: GPL-3.0-or-later
// How the service layer behaves when things go wrong, with faults injected into a private
// sandbox and the attempts counted on the server's own request log.
#include "app/api/customerservice.h"
#include "app/api/latestrequest.h"
#include "app/api/referralservice.h"
#include "tests/common/sandboxprocess.h"
#include "tests/service/servicetest.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMutex>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QMutex logMutex;
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    {
        QMutexLocker lock(&logMutex);
        capturedLog.append(message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

const QString AlicePath = u"/v1/customers/alice_brown"_s;

} // namespace

class TestServiceFaults : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void getRetriedAfter503Twice();
    void getWaitsForRetryAfter();
    void retriesAreBounded();
    void droppedGetIsRetried();
    void changesAreNeverRetried_data();
    void changesAreNeverRetried();
    void cancelDuringRetryWait();
    void timeoutIsNotCancel();
    void destroyedReceiverGetsNothing();
    void destroyedReceiverStillJournalsChange();
    void newerPageSupersedesOlder();
    void supersededChangeRunsToItsEnd();
    void destroyedClientDeliversNothing();
    void detectionFallsBack();
    void malformedBodyIsBadResponse();
    void htmlErrorPageIsServerError();
    void keyNeverInSentencesOrLogs();

private:
    std::unique_ptr<ApiClient> makeClient(const QString &key) const;

    SandboxProcess m_sandbox;
    ApiClient *m_client = nullptr;
    RecordingObserver m_journal;
    std::unique_ptr<CustomerService> m_customers;
    std::unique_ptr<ReferralService> m_referrals;
};

void TestServiceFaults::initTestCase() {
    previousHandler = qInstallMessageHandler(captureMessages);
    // Everything our layer can say, so that the key check below sees all of it.
    QLoggingCategory::setFilterRules(u"partnero.api*=true"_s);

    QVERIFY2(m_sandbox.start({u"--customers"_s, u"30"_s}), qPrintable(m_sandbox.errorString()));
    m_client = new ApiClient(this);
    QVERIFY(!m_client->setBaseUrl(QUrl(m_sandbox.baseUrl())).isError());
    m_client->setApiKey(m_sandbox.affiliateKey());
    m_client->setTransferTimeout(10000);
    RetryPolicy fast;
    fast.baseDelayMs = 20;
    fast.maxDelayMs = 80;
    m_client->setRetryPolicy(fast);
    m_client->setMutationObserver(&m_journal);
    m_customers = std::make_unique<CustomerService>(m_client);
    m_referrals = std::make_unique<ReferralService>(m_client);
}

void TestServiceFaults::init() {
    m_sandbox.clearFaults();
    m_sandbox.clearRequests();
    m_journal.clear();
}

void TestServiceFaults::cleanupTestCase() {
    qInstallMessageHandler(previousHandler);
}

void TestServiceFaults::getRetriedAfter503Twice() {
    QVERIFY(m_sandbox.queueFault(u"GET"_s, AlicePath, u"status=503"_s, 2));
    QSignalSpy clientSpy(m_client, &ApiClient::retrying);
    Recorder<Customer> recorder;
    QPointer<ApiCall> call = m_customers->get(u"alice_brown"_s, this, recorder.callback());
    QSignalSpy callSpy(call.data(), &ApiCall::retrying);
    QVERIFY(recorder.wait());
    QVERIFY2(recorder.result().ok(), describe(recorder.result()).constData());
    QCOMPARE(recorder.result().value().key, u"alice_brown"_s);
    QCOMPARE(recorder.count(), 1);

    QCOMPARE(m_sandbox.countRequests(u"GET"_s, AlicePath), 3);
    QCOMPARE(callSpy.size(), 2);
    QCOMPARE(callSpy.at(0).at(0).toInt(), 1);
    QCOMPARE(callSpy.at(1).at(0).toInt(), 2);
    const ApiError reason = callSpy.at(0).at(2).value<ApiError>();
    QCOMPARE(reason.kind, ApiError::Kind::Server);
    QCOMPARE(reason.httpStatus, 503);
    QCOMPARE(clientSpy.size(), 2);
}

void TestServiceFaults::getWaitsForRetryAfter() {
    QVERIFY(m_sandbox.queueFault(u"GET"_s, AlicePath, u"status=429;retry-after=1"_s, 1));
    QSignalSpy rateSpy(m_client, &ApiClient::rateLimited);
    Recorder<Customer> recorder;
    QElapsedTimer elapsed;
    elapsed.start();
    QPointer<ApiCall> call = m_customers->get(u"alice_brown"_s, this, recorder.callback());
    QSignalSpy callSpy(call.data(), &ApiCall::retrying);
    QVERIFY(recorder.wait());
    QVERIFY2(recorder.result().ok(), describe(recorder.result()).constData());
    QCOMPARE(callSpy.size(), 1);
    QCOMPARE(callSpy.at(0).at(1).toInt(), 1000); // the server's Retry-After, not our backoff
    const ApiError reason = callSpy.at(0).at(2).value<ApiError>();
    QCOMPARE(reason.kind, ApiError::Kind::RateLimited);
    QCOMPARE(reason.retryAfter, 1);
    QCOMPARE(rateSpy.size(), 1);
    QCOMPARE(rateSpy.at(0).at(0).toInt(), 1);
    QVERIFY(elapsed.elapsed() >= 950); // it really waited
    QCOMPARE(m_sandbox.countRequests(u"GET"_s, AlicePath), 2);
}

void TestServiceFaults::retriesAreBounded() {
    QVERIFY(m_sandbox.queueFault(u"GET"_s, AlicePath, u"status=503"_s, 5));
    Recorder<Customer> recorder;
    QPointer<ApiCall> call = m_customers->get(u"alice_brown"_s, this, recorder.callback());
    QSignalSpy callSpy(call.data(), &ApiCall::retrying);
    QVERIFY(recorder.wait());
    QCOMPARE(kindOf(recorder.result()), u"server"_s);
    QCOMPARE(recorder.result().error().httpStatus, 503);
    QCOMPARE(callSpy.size(), 3);
    QCOMPARE(m_sandbox.countRequests(u"GET"_s, AlicePath), 4);
    QTest::qWait(200); // no late fifth attempt
    QCOMPARE(m_sandbox.countRequests(u"GET"_s, AlicePath), 4);
    QCOMPARE(recorder.count(), 1);
}

void TestServiceFaults::droppedGetIsRetried() {
    QVERIFY(m_sandbox.queueFault(u"GET"_s, AlicePath, u"drop"_s, 1));
    Recorder<Customer> recorder;
    QPointer<ApiCall> call = m_customers->get(u"alice_brown"_s, this, recorder.callback());
    QSignalSpy callSpy(call.data(), &ApiCall::retrying);
    QVERIFY(recorder.wait());
    QVERIFY2(recorder.result().ok(), describe(recorder.result()).constData());
    QCOMPARE(callSpy.size(), 1);
    QCOMPARE(m_sandbox.countRequests(u"GET"_s, AlicePath), 2);
}

void TestServiceFaults::changesAreNeverRetried_data() {
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("expectedOutcome");
    for (const QString &method : {u"POST"_s, u"PUT"_s, u"DELETE"_s}) {
        // A 5xx may come after the work was done: unknown, like a dropped connection.
        QTest::addRow("%s 503", qPrintable(method)) << method << u"status=503"_s << u"unknown"_s;
        QTest::addRow("%s 500", qPrintable(method)) << method << u"status=500"_s << u"unknown"_s;
        QTest::addRow("%s 429", qPrintable(method))
            << method << u"status=429;retry-after=1"_s << u"not_made"_s;
        QTest::addRow("%s drop", qPrintable(method)) << method << u"drop"_s << u"unknown"_s;
    }
}

void TestServiceFaults::changesAreNeverRetried() {
    QFETCH(QString, method);
    QFETCH(QString, fault);
    QFETCH(QString, expectedOutcome);

    const QString key =
        u"svc_once_%1"_s.arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'_');
    AffiliateCustomerDraft draft;
    draft.key = key;
    draft.partnerKey = u"partner_acme"_s;
    QString path = u"/v1/customers/"_s + key;
    if (method != u"POST"_s) {
        QVERIFY(await<Customer>([&](auto done) {
                    return m_customers->create(draft, this, done);
                }).ok());
    } else {
        path = u"/v1/customers"_s;
    }
    m_sandbox.clearRequests();
    m_journal.clear();
    QVERIFY(m_sandbox.queueFault(method, path, fault, 1));

    QSignalSpy clientSpy(m_client, &ApiClient::retrying);
    Recorder<Customer> customerResult;
    Recorder<void> doneResult;
    if (method == u"POST"_s) {
        m_customers->create(draft, this, customerResult.callback());
    } else if (method == u"PUT"_s) {
        CustomerUpdate update;
        update.name = u"Changed"_s;
        m_customers->update(key, update, this, customerResult.callback());
    } else {
        m_customers->remove(key, this, doneResult.callback());
    }
    const bool finished = method == u"DELETE"_s ? doneResult.wait() : customerResult.wait();
    QVERIFY(finished);
    const ApiError error =
        method == u"DELETE"_s ? doneResult.result().error() : customerResult.result().error();
    QVERIFY2(error.isError(), "a faulted change must not look successful");
    QVERIFY(!error.sentence().isEmpty());
    QTest::qWait(150); // long enough for any retry the fast policy would make
    QCOMPARE(m_sandbox.countRequests(method, path), 1);
    QCOMPARE(clientSpy.size(), 0);

    QCOMPARE(m_journal.sent.size(), 1);
    const auto outcome = m_journal.outcomeOf(m_journal.sent.first().operationId);
    QVERIFY(outcome);
    QCOMPARE(m_journal.outcomesFor(m_journal.sent.first().operationId), 1);
    QCOMPARE(outcomeName(outcome->result), expectedOutcome);
    QCOMPARE(outcomeName(error.outcome), expectedOutcome); // the caller reads the same word
    if (fault.startsWith(u"status="_s))
        QCOMPARE(outcome->httpStatus, fault.mid(7, 3).toInt());
}

void TestServiceFaults::cancelDuringRetryWait() {
    RetryPolicy slow = m_client->retryPolicy();
    RetryPolicy patient = slow;
    patient.baseDelayMs = 5000;
    patient.maxDelayMs = 5000;
    patient.jitter = false;
    m_client->setRetryPolicy(patient);
    QVERIFY(m_sandbox.queueFault(u"GET"_s, AlicePath, u"status=503"_s, 1));
    Recorder<Customer> recorder;
    QPointer<ApiCall> call = m_customers->get(u"alice_brown"_s, this, recorder.callback());
    QSignalSpy callSpy(call.data(), &ApiCall::retrying);
    QVERIFY(callSpy.wait(5000));
    QCOMPARE(callSpy.at(0).at(1).toInt(), 5000);
    QVERIFY(call && call->isWaitingToRetry());
    call->cancel();
    // Delivered before cancel() returned.
    QCOMPARE(recorder.count(), 1);
    QCOMPARE(kindOf(recorder.result()), u"cancelled"_s);
    m_client->setRetryPolicy(slow);
    QTest::qWait(100);
    QCOMPARE(m_sandbox.countRequests(u"GET"_s, AlicePath), 1);
    QCOMPARE(recorder.count(), 1);
    QTRY_VERIFY(call.isNull()); // the call cleaned itself up
}

void TestServiceFaults::timeoutIsNotCancel() {
    m_client->setTransferTimeout(300);
    QVERIFY(m_sandbox.queueFault(u"GET"_s, AlicePath, u"hang"_s, 2));
    const auto timedOut =
        await<Customer>([&](auto done) { return m_customers->get(u"alice_brown"_s, this, done); });
    QCOMPARE(kindOf(timedOut), u"timeout"_s);
    QVERIFY(!timedOut.error().sentence().isEmpty());
    QCOMPARE(m_sandbox.countRequests(u"GET"_s, AlicePath), 1); // a timeout is not retried

    Recorder<Customer> recorder;
    QPointer<ApiCall> call = m_customers->get(u"alice_brown"_s, this, recorder.callback());
    QTest::qWait(50);
    QVERIFY(call);
    call->cancel();
    QCOMPARE(recorder.count(), 1);
    QCOMPARE(kindOf(recorder.result()), u"cancelled"_s);
    QTest::qWait(400); // past the transfer timeout: nothing more arrives
    QCOMPARE(recorder.count(), 1);
    m_client->setTransferTimeout(10000);
}

void TestServiceFaults::destroyedReceiverGetsNothing() {
    QVERIFY(m_sandbox.queueFault(u"GET"_s, AlicePath, u"latency=300"_s, 1));
    auto *receiver = new QObject;
    Recorder<Customer> recorder;
    QPointer<ApiCall> call = m_customers->get(u"alice_brown"_s, receiver, recorder.callback());
    QTest::qWait(50);
    delete receiver;
    QTRY_VERIFY(call.isNull()); // aborted and gone
    QTest::qWait(400);          // past the moment the answer would have come
    QCOMPARE(recorder.count(), 0);
    QCOMPARE(m_client->callsInFlight(), 0);

    // Also when the receiver goes while a retry is pending.
    QVERIFY(m_sandbox.queueFault(u"GET"_s, AlicePath, u"status=503"_s, 1));
    receiver = new QObject;
    call = m_customers->get(u"alice_brown"_s, receiver, recorder.callback());
    QSignalSpy spy(call.data(), &ApiCall::retrying);
    QVERIFY(spy.wait(5000));
    delete receiver;
    QTRY_VERIFY(call.isNull());
    QTest::qWait(150);
    QCOMPARE(recorder.count(), 0);
}

void TestServiceFaults::destroyedReceiverStillJournalsChange() {
    AffiliateCustomerDraft draft;
    draft.key = u"svc_orphan"_s;
    draft.partnerKey = u"partner_acme"_s;
    QVERIFY(m_sandbox.queueFault(u"POST"_s, u"/v1/customers"_s, u"latency=300"_s, 1));
    auto *receiver = new QObject;
    Recorder<Customer> recorder;
    QPointer<ApiCall> call = m_customers->create(draft, receiver, recorder.callback());
    QTest::qWait(50);
    delete receiver;
    QTRY_VERIFY_WITH_TIMEOUT(call.isNull(), 5000);
    QCOMPARE(recorder.count(), 0);
    // The change was not torn off half-way: it completed and the journal knows.
    QCOMPARE(m_journal.sent.size(), 1);
    const auto outcome = m_journal.outcomeOf(m_journal.sent.first().operationId);
    QVERIFY(outcome);
    QCOMPARE(outcomeName(outcome->result), u"succeeded"_s);
    QVERIFY(
        await<Customer>([&](auto done) { return m_customers->get(draft.key, this, done); }).ok());
}

void TestServiceFaults::newerPageSupersedesOlder() {
    QVERIFY(m_sandbox.queueFault(u"GET"_s, u"/v1/customers"_s, u"latency=400"_s, 1));
    LatestRequest slot;
    Recorder<Page<Customer>> first;
    Recorder<Page<Customer>> second;
    CustomerQuery query;
    query.limit = 5;
    query.page = 1;
    QPointer<ApiCall> older = slot.start(m_customers->list(query, this, first.callback()));
    const quint64 olderGeneration = slot.generation();
    QTest::qWait(30); // page 1 is on the wire
    query.page = 2;
    slot.start(m_customers->list(query, this, second.callback()));
    QVERIFY(slot.generation() > olderGeneration);
    QVERIFY(second.wait());
    QVERIFY2(second.result().ok(), describe(second.result()).constData());
    QCOMPARE(second.result().value().info.currentPage, 2);
    QTest::qWait(500); // past page 1's latency
    QCOMPARE(first.count(), 0);
    QCOMPARE(second.count(), 1);
    QVERIFY(older.isNull());
    QVERIFY(!slot.isRunning());

    // cancel() through the slot is a real cancel: the callback hears it.
    Recorder<Page<Customer>> third;
    QVERIFY(m_sandbox.queueFault(u"GET"_s, u"/v1/customers"_s, u"latency=300"_s, 1));
    slot.start(m_customers->list(query, this, third.callback()));
    QVERIFY(slot.isRunning());
    slot.cancel();
    QCOMPARE(third.count(), 1);
    QCOMPARE(kindOf(third.result()), u"cancelled"_s);
}

void TestServiceFaults::supersededChangeRunsToItsEnd() {
    // A slot used for changes: the newer one supersedes the older, yet the older change is
    // not torn off half-way (its outcome would be unknown); it finishes, and only its result
    // is dropped.
    QVERIFY(m_sandbox.queueFault(u"POST"_s, u"/v1/customers"_s, u"latency=300"_s, 1));
    LatestRequest slot;
    AffiliateCustomerDraft first;
    first.key = u"svc_superseded_a"_s;
    first.partnerKey = u"partner_acme"_s;
    AffiliateCustomerDraft second = first;
    second.key = u"svc_superseded_b"_s;
    Recorder<Customer> firstResult;
    Recorder<Customer> secondResult;
    QPointer<ApiCall> older = slot.start(m_customers->create(first, this, firstResult.callback()));
    QTest::qWait(30);
    slot.start(m_customers->create(second, this, secondResult.callback()));
    QVERIFY(secondResult.wait());
    QVERIFY2(secondResult.result().ok(), describe(secondResult.result()).constData());
    QTRY_VERIFY_WITH_TIMEOUT(older.isNull(), 5000);
    QCOMPARE(firstResult.count(), 0);
    QCOMPARE(m_journal.sent.size(), 2);
    for (const MutationRecord &record : std::as_const(m_journal.sent)) {
        const auto outcome = m_journal.outcomeOf(record.operationId);
        QVERIFY(outcome);
        QCOMPARE(outcomeName(outcome->result), u"succeeded"_s);
    }
    QVERIFY(
        await<Customer>([&](auto done) { return m_customers->get(first.key, this, done); }).ok());
}

void TestServiceFaults::destroyedClientDeliversNothing() {
    QVERIFY(m_sandbox.queueFault(u"GET"_s, AlicePath, u"latency=300"_s, 1));
    auto client = makeClient(m_sandbox.affiliateKey());
    CustomerService customers(client.get());
    Recorder<Customer> recorder;
    QPointer<ApiCall> call = customers.get(u"alice_brown"_s, this, recorder.callback());
    QTest::qWait(30);
    client.reset();
    QVERIFY(call.isNull());
    QTest::qWait(400);
    QCOMPARE(recorder.count(), 0);
}

void TestServiceFaults::detectionFallsBack() {
    // Neither program endpoint answers: the shape of the first customer decides.
    QVERIFY(m_sandbox.queueFault(u"GET"_s, u"/v1/program/overview"_s, u"status=500"_s, 1));
    QVERIFY(m_sandbox.queueFault(u"GET"_s, u"/v1/test"_s, u"status=500"_s, 1));
    QPointer<ApiCall> call;
    const auto result = await<ProgramInfo>([&](auto done) {
        call = m_customers->detectProgram(this, done);
        return call.data();
    });
    QVERIFY2(result.ok(), describe(result).constData());
    QCOMPARE(result.value().kind, ProgramKind::Affiliate);
    QCOMPARE(m_sandbox.countRequests(u"GET"_s, u"/v1/program/overview"_s), 1);
    QCOMPARE(m_sandbox.countRequests(u"GET"_s, u"/v1/test"_s), 1);
    QCOMPARE(m_sandbox.countRequests(u"GET"_s, u"/v1/customers"_s), 1);

    // One handle for all steps: cancelling while the second step runs ends the whole call.
    m_sandbox.clearRequests();
    QVERIFY(m_sandbox.queueFault(u"GET"_s, u"/v1/program/overview"_s, u"status=500"_s, 1));
    QVERIFY(m_sandbox.queueFault(u"GET"_s, u"/v1/test"_s, u"latency=300"_s, 1));
    Recorder<ProgramInfo> recorder;
    call = m_customers->detectProgram(this, recorder.callback());
    QTRY_COMPARE(m_sandbox.countRequests(u"GET"_s, u"/v1/test"_s), 1);
    QVERIFY(call);
    QCOMPARE(call->path(), u"/test"_s);
    call->cancel();
    QCOMPARE(recorder.count(), 1);
    QCOMPARE(kindOf(recorder.result()), u"cancelled"_s);
    QTest::qWait(400);
    QCOMPARE(recorder.count(), 1);
    QCOMPARE(m_sandbox.countRequests(u"GET"_s, u"/v1/customers"_s), 0);
}

void TestServiceFaults::malformedBodyIsBadResponse() {
    QVERIFY(m_sandbox.queueFault(u"GET"_s, AlicePath, u"malformed"_s, 1));
    const auto result =
        await<Customer>([&](auto done) { return m_customers->get(u"alice_brown"_s, this, done); });
    QCOMPARE(kindOf(result), u"bad_response"_s);
    QVERIFY(!result.error().sentence().isEmpty());
    QVERIFY(!result.error().sentence().contains(u'{'));
    QCOMPARE(m_sandbox.countRequests(u"GET"_s, AlicePath), 1);
}

void TestServiceFaults::htmlErrorPageIsServerError() {
    QVERIFY(m_sandbox.queueFault(u"GET"_s, AlicePath, u"html"_s, 1));
    const auto result =
        await<Customer>([&](auto done) { return m_customers->get(u"alice_brown"_s, this, done); });
    QCOMPARE(kindOf(result), u"server"_s);
    QCOMPARE(result.error().httpStatus, 500);
    QVERIFY(result.error().serverMessage.isEmpty());
    const QString sentence = result.error().sentence();
    QVERIFY2(!sentence.contains(u'<') && !sentence.contains(u"html"_s, Qt::CaseInsensitive),
             qPrintable(sentence));
    QCOMPARE(m_sandbox.countRequests(u"GET"_s, AlicePath), 1); // 500 is not retried
}

void TestServiceFaults::keyNeverInSentencesOrLogs() {
    const QString secret = u"sk-DISTINCTIVE-7f3c9a-key"_s;
    // The sandbox with this key as the affiliate key would be ideal, but a wrong key still
    // travels in every request header, which is what could leak.
    auto client = makeClient(secret);
    CustomerService customers(client.get());
    ReferralService referrals(client.get());
    QStringList sentences;

    const auto unauthorized =
        await<Customer>([&](auto done) { return customers.get(u"alice_brown"_s, this, done); });
    QCOMPARE(kindOf(unauthorized), u"unauthorized"_s);
    sentences << unauthorized.error().sentence();

    QVERIFY(m_sandbox.queueFault(u"GET"_s, u"/v1/customers"_s, u"status=503"_s, 1));
    CustomerQuery query;
    sentences << await<Page<Customer>>([&](auto done) { return customers.list(query, this, done); })
                     .error()
                     .sentence();
    AffiliateCustomerDraft draft;
    draft.key = secret; // even a customer key equal to the API key is masked in messages
    sentences << await<Customer>([&](auto done) { return customers.create(draft, this, done); })
                     .error()
                     .sentence();
    client->setTransferTimeout(200);
    QVERIFY(m_sandbox.queueFault(u"GET"_s, AlicePath, u"hang"_s, 1));
    sentences << await<Customer>(
                     [&](auto done) { return customers.get(u"alice_brown"_s, this, done); })
                     .error()
                     .sentence();
    QVERIFY(m_sandbox.queueFault(u"GET"_s, AlicePath, u"html"_s, 1));
    sentences << await<Customer>(
                     [&](auto done) { return customers.get(u"alice_brown"_s, this, done); })
                     .error()
                     .sentence();

    // And a working client whose key is distinctive too, with logging at full volume.
    const QString realKey = m_sandbox.affiliateKey();
    QVERIFY(m_sandbox.queueFault(u"GET"_s, AlicePath, u"status=429;retry-after=0"_s, 1));
    const auto retried =
        await<Customer>([&](auto done) { return m_customers->get(u"alice_brown"_s, this, done); });
    QVERIFY2(retried.ok(), describe(retried).constData());

    for (const QString &sentence : std::as_const(sentences)) {
        QVERIFY(!sentence.isEmpty());
        QVERIFY2(!sentence.contains(secret), qPrintable(sentence));
        QVERIFY2(!sentence.contains(u"Bearer"_s), qPrintable(sentence));
    }
    QMutexLocker lock(&logMutex);
    QVERIFY2(!capturedLog.isEmpty(), "the api log category produced nothing to check");
    for (const QString &line : std::as_const(capturedLog)) {
        QVERIFY2(!line.contains(secret), qPrintable(line));
        QVERIFY2(!line.contains(realKey), qPrintable(line));
        QVERIFY2(!line.contains(u"Authorization"_s, Qt::CaseInsensitive), qPrintable(line));
    }
}

std::unique_ptr<ApiClient> TestServiceFaults::makeClient(const QString &key) const {
    auto client = std::make_unique<ApiClient>();
    client->setBaseUrl(QUrl(m_sandbox.baseUrl()));
    client->setApiKey(key);
    client->setTransferTimeout(10000);
    client->setRetryPolicy(m_client->retryPolicy());
    return client;
}

QTEST_GUILESS_MAIN(TestServiceFaults)
#include "tst_service_faults.moc"

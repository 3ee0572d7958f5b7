// SPDX-License-Identifier: GPL-3.0-or-later
// Every path that moves money, held against the one outcome rule (app/api/changeoutcome.cpp)
// with the real stack (Session: client, services, journal recorder, a real Journal) against a
// private sandbox with faults: a credit answered 5xx or 408 or cut off after sending is
// unknown, journaled so, sent once and waits for a person; a 4xx is not made; the
// recent-credit warning counts what may have gone through and nothing else; the bulk runner
// never sends a row again that may have gone through.

#include "app/api/apiclient.h"
#include "app/api/changeoutcome.h"
#include "app/api/referralservice.h"
#include "app/bulk/bulkcreditrunner.h"
#include "app/bulk/recentcredits.h"
#include "app/journal/journal.h"
#include "app/profiles/profile.h"
#include "app/session/session.h"
#include "tests/common/cannedserver.h"
#include "tests/common/sandboxprocess.h"
#include "tests/service/servicetest.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using Result = BulkCreditResult;
using Stage = BulkCreditRunner::Stage;

Q_DECLARE_METATYPE(JournalDecision)
Q_DECLARE_METATYPE(BulkCreditRunner::Decision)

namespace {

const QString ProfileId = u"money-paths-profile"_s;
const QString Reason = u"Money paths"_s;

QString creditPath(const QString &customer) {
    return u"/v1/customers/"_s + customer + u"/balance/credit"_s;
}

CreditRequest usd(double amount) {
    CreditRequest credit;
    credit.amount = amount;
    credit.amountUnits = u"USD"_s;
    credit.isCurrency = true;
    return credit;
}

BulkCreditRow bulkRow(const QString &customer, const QString &amount, const QString &units) {
    BulkCreditRow r;
    r.customerText = customer;
    r.amountText = amount;
    r.unitsText = units;
    r.reasonText = Reason;
    return r;
}

} // namespace

class TestMoneyPaths : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void creditWithoutAVerdictIsUnknownAndWaitsForADecision_data();
    void creditWithoutAVerdictIsUnknownAndWaitsForADecision();
    void creditRefusedIsNotMade_data();
    void creditRefusedIsNotMade();
    void creditCutOffAfterSendingIsUnknown_data();
    void creditCutOffAfterSendingIsUnknown();
    void recentCreditWarningCountsWhatMayHaveGoneThrough_data();
    void recentCreditWarningCountsWhatMayHaveGoneThrough();
    void bulkRunnerStopsOnA500AndNeverSendsTheRowAgain();
    void bulkRunnerJournalsTheDecision_data();
    void bulkRunnerJournalsTheDecision();

private:
    std::unique_ptr<Session> makeSession(const QUrl &baseUrl, const QString &key);
    ApiResult<Balance> credit(Session *session, const QString &customer,
                              const CreditRequest &request);
    std::optional<Balance> readBalance(const QString &customer);
    int creditPosts(const QString &customer) {
        return m_sandbox.countRequests(u"POST"_s, creditPath(customer));
    }
    // The journal's only credit entry; fails the test when there is not exactly one.
    std::optional<JournalEntry> onlyCredit();

    SandboxProcess m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<Session> m_session;
};

void TestMoneyPaths::initTestCase() {
    QVERIFY2(m_sandbox.start({u"--customers"_s, u"30"_s}), qPrintable(m_sandbox.errorString()));
}

void TestMoneyPaths::init() {
    QVERIFY(m_sandbox.reset());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_journal = std::make_unique<Journal>(m_dir->filePath(u"journal.jsonl"_s));
    m_session = makeSession(m_sandbox.baseUrl(), m_sandbox.referralKey());
}

void TestMoneyPaths::cleanup() {
    m_session.reset();
    m_journal.reset();
    m_dir.reset();
}

std::unique_ptr<Session> TestMoneyPaths::makeSession(const QUrl &baseUrl, const QString &key) {
    Profile profile;
    profile.id = ProfileId;
    profile.name = u"Money paths"_s;
    profile.baseUrl = baseUrl;
    profile.kind = ProgramKind::ReferAFriend;
    auto session = std::make_unique<Session>(profile, key, m_journal.get());
    session->client()->setTransferTimeout(5000);
    return session;
}

ApiResult<Balance> TestMoneyPaths::credit(Session *session, const QString &customer,
                                          const CreditRequest &request) {
    const auto result = await<Balance>([&](auto done) {
        return session->referrals()->creditBalance(customer, request, Reason, this, done);
    });
    // A second request, had the client sent one, would reach the server meanwhile.
    QTest::qWait(150);
    return result;
}

std::optional<Balance> TestMoneyPaths::readBalance(const QString &customer) {
    const auto result = await<Balance>(
        [&](auto done) { return m_session->referrals()->balance(customer, this, done); });
    if (!result.ok())
        return std::nullopt;
    return result.value();
}

std::optional<JournalEntry> TestMoneyPaths::onlyCredit() {
    const QList<JournalEntry> entries = m_journal->entries();
    if (entries.size() != 1 || entries.first().operation.action != "credit"_L1)
        return std::nullopt;
    return entries.first();
}

void TestMoneyPaths::creditWithoutAVerdictIsUnknownAndWaitsForADecision_data() {
    QTest::addColumn<int>("status");
    for (const int status : {500, 502, 503, 504, 408})
        QTest::addRow("%d", status) << status;
}

void TestMoneyPaths::creditWithoutAVerdictIsUnknownAndWaitsForADecision() {
    QFETCH(int, status);
    // The sandbox gives 5xx on request; 408 only a server of our own does.
    CannedServer canned;
    std::unique_ptr<Session> cannedSession;
    Session *session = m_session.get();
    if (status == 408) {
        QVERIFY(canned.listen());
        canned.response = jsonAnswer(408, R"({"message": "Request Timeout"})");
        cannedSession = makeSession(canned.baseUrl(), u"canned-test-key-0001"_s);
        session = cannedSession.get();
    } else {
        QVERIFY(m_sandbox.queueFault(u"POST"_s, creditPath(u"ada_lovelace"_s),
                                     u"status=%1"_s.arg(status), 1));
    }
    QVERIFY(m_sandbox.clearRequests());

    const auto result = credit(session, u"ada_lovelace"_s, usd(3));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().httpStatus, status);
    // The server may have done the work before it failed: never "not made".
    QCOMPARE(changeOutcomeName(result.outcome()), u"unknown"_s);
    // Sent once, never again on its own.
    QCOMPARE(status == 408 ? canned.requests : creditPosts(u"ada_lovelace"_s), 1);

    const auto entry = onlyCredit();
    QVERIFY(entry);
    QCOMPARE(entry->outcome, JournalOutcome::Unknown);
    QCOMPARE(entry->httpStatus, status);
    QCOMPARE(entry->operation.reason, Reason);
    QVERIFY(entry->needsDecision());
    QVERIFY(!entry->certainlyNotMade());
    const QList<JournalEntry> waiting = m_journal->needingDecision();
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.first().opId, entry->opId);
    // It blocks a second credit of the same amount to the same customer.
    QVERIFY(RecentCredits(m_journal.get(), ProfileId).find({u"ada_lovelace"_s}, 3, u"USD"_s));
}

void TestMoneyPaths::creditRefusedIsNotMade_data() {
    QTest::addColumn<QString>("customer");
    QTest::addColumn<double>("amount");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("status");
    QTest::newRow("422 amount too large") << u"ada_lovelace"_s << 2000000.0 << QString() << 422;
    QTest::newRow("404 unknown customer") << u"nobody_here"_s << 4.0 << QString() << 404;
    QTest::newRow("429 slow down")
        << u"ada_lovelace"_s << 4.0 << u"status=429;retry-after=1"_s << 429;
}

void TestMoneyPaths::creditRefusedIsNotMade() {
    QFETCH(QString, customer);
    QFETCH(double, amount);
    QFETCH(QString, fault);
    QFETCH(int, status);
    const auto ada = readBalance(u"ada_lovelace"_s);
    QVERIFY(ada);
    if (!fault.isEmpty())
        QVERIFY(m_sandbox.queueFault(u"POST"_s, creditPath(customer), fault, 1));
    QVERIFY(m_sandbox.clearRequests());

    const auto result = credit(m_session.get(), customer, usd(amount));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().httpStatus, status);
    QCOMPARE(changeOutcomeName(result.outcome()), u"not_made"_s);
    QCOMPARE(creditPosts(customer), 1);

    const auto entry = onlyCredit();
    QVERIFY(entry);
    QCOMPARE(entry->outcome, JournalOutcome::NotMade);
    QCOMPARE(entry->httpStatus, status);
    QVERIFY(entry->certainlyNotMade());
    QVERIFY(!entry->needsDecision());
    QVERIFY(m_journal->needingDecision().isEmpty());
    // And indeed nothing moved.
    QCOMPARE(readBalance(u"ada_lovelace"_s)->amountIn(u"USD"_s), ada->amountIn(u"USD"_s));
}

void TestMoneyPaths::creditCutOffAfterSendingIsUnknown_data() {
    QTest::addColumn<QString>("fault");
    QTest::newRow("connection dropped") << u"drop"_s;
    QTest::newRow("no answer (timeout)") << u"hang"_s;
    QTest::newRow("unreadable 2xx") << u"malformed"_s;
}

void TestMoneyPaths::creditCutOffAfterSendingIsUnknown() {
    QFETCH(QString, fault);
    const auto before = readBalance(u"grace_hopper"_s);
    QVERIFY(before);
    QVERIFY(m_sandbox.queueFault(u"POST"_s, creditPath(u"grace_hopper"_s), fault, 1));
    QVERIFY(m_sandbox.clearRequests());
    m_session->client()->setTransferTimeout(500);

    const auto result = credit(m_session.get(), u"grace_hopper"_s, usd(6));
    QVERIFY(!result.ok());
    QCOMPARE(changeOutcomeName(result.outcome()), u"unknown"_s);
    QCOMPARE(creditPosts(u"grace_hopper"_s), 1);
    const auto entry = onlyCredit();
    QVERIFY(entry);
    QCOMPARE(entry->outcome, JournalOutcome::Unknown);
    QVERIFY(entry->needsDecision());
    QCOMPARE(m_journal->needingDecision().size(), 1);
    // The sandbox did the work and only the answer was lost: "not made" would have been a
    // lie, and a second credit would have paid twice.
    QCOMPARE(readBalance(u"grace_hopper"_s)->amountIn(u"USD"_s), before->amountIn(u"USD"_s) + 6);
}

void TestMoneyPaths::recentCreditWarningCountsWhatMayHaveGoneThrough_data() {
    QTest::addColumn<QString>("customer");
    QTest::addColumn<double>("amount");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<JournalDecision>("decision");
    QTest::addColumn<bool>("counted");
    using D = JournalDecision;
    const QString ada = u"ada_lovelace"_s;
    QTest::newRow("succeeded") << ada << 8.0 << QString() << D::None << true;
    QTest::newRow("500, undecided") << ada << 8.0 << u"status=500"_s << D::None << true;
    QTest::newRow("500, decide later") << ada << 8.0 << u"status=500"_s << D::Later << true;
    QTest::newRow("500, went through") << ada << 8.0 << u"status=500"_s << D::WentThrough << true;
    QTest::newRow("500, not made") << ada << 8.0 << u"status=500"_s << D::NotMade << false;
    QTest::newRow("500, sent again") << ada << 8.0 << u"status=500"_s << D::SentAgain << false;
    QTest::newRow("drop, undecided") << ada << 8.0 << u"drop"_s << D::None << true;
    QTest::newRow("drop, not made") << ada << 8.0 << u"drop"_s << D::NotMade << false;
    QTest::newRow("422, refused") << ada << 2000000.0 << QString() << D::None << false;
    QTest::newRow("429, refused") << ada << 8.0 << u"status=429"_s << D::None << false;
    QTest::newRow("404, refused") << u"nobody_here"_s << 8.0 << QString() << D::None << false;
}

void TestMoneyPaths::recentCreditWarningCountsWhatMayHaveGoneThrough() {
    QFETCH(QString, customer);
    QFETCH(double, amount);
    QFETCH(QString, fault);
    QFETCH(JournalDecision, decision);
    QFETCH(bool, counted);
    if (!fault.isEmpty())
        QVERIFY(m_sandbox.queueFault(u"POST"_s, creditPath(customer), fault, 1));
    credit(m_session.get(), customer, usd(amount));
    auto entry = onlyCredit();
    QVERIFY(entry);
    if (decision != JournalDecision::None) {
        QVERIFY(m_journal->decide(entry->opId, decision,
                                  decision == JournalDecision::SentAgain ? u"another-op"_s
                                                                         : QString()));
    }

    const RecentCredits recent(m_journal.get(), ProfileId);
    const auto found = recent.find({customer}, amount, u"USD"_s);
    QCOMPARE(found.has_value(), counted);
    if (found)
        QCOMPARE(found->opId, entry->opId);
    // Only the same amount in the same units is a repeat.
    QVERIFY(!recent.find({customer}, amount + 1, u"USD"_s));
    QVERIFY(!recent.find({customer}, amount, u"EUR"_s));
    // The bulk credit's check reads the same: a row that repeats it is held back, or not.
    BulkCreditRunner runner(m_session.get());
    runner.setRows({bulkRow(customer, QString::number(amount, 'f', 2), u"USD"_s)});
    runner.check({});
    QCOMPARE(runner.rows().first().result == Result::Held, counted);
}

void TestMoneyPaths::bulkRunnerStopsOnA500AndNeverSendsTheRowAgain() {
    const auto graceBefore = readBalance(u"grace_hopper"_s);
    QVERIFY(graceBefore);
    QVERIFY(m_sandbox.queueFault(u"POST"_s, creditPath(u"grace_hopper"_s), u"status=500"_s, 1));
    QVERIFY(m_sandbox.clearRequests());
    const QList<BulkCreditRow> rows{bulkRow(u"ada_lovelace"_s, u"5"_s, u"USD"_s),
                                    bulkRow(u"grace_hopper"_s, u"2"_s, u"USD"_s),
                                    bulkRow(u"ada_lovelace"_s, u"1"_s, u"EUR"_s)};
    auto runner = std::make_unique<BulkCreditRunner>(m_session.get());
    runner->setRows(rows);
    runner->check({});
    QCOMPARE(runner->sendableCount(), 3);
    QSignalSpy unknown(runner.get(), &BulkCreditRunner::unknownOutcome);
    QVERIFY(runner->start());
    QTRY_COMPARE_WITH_TIMEOUT(unknown.size(), 1, 20000);

    // The run stops on the 500 and asks, with the balance read again; nothing else is sent.
    QCOMPARE(unknown.first().at(0).toInt(), 1);
    const ApiError error = unknown.first().at(1).value<ApiError>();
    QCOMPARE(error.httpStatus, 500);
    QCOMPARE(changeOutcomeName(error.outcome), u"unknown"_s);
    const auto now = unknown.first().at(2).value<std::optional<Balance>>();
    QVERIFY(now);
    QCOMPARE(now->amountIn(u"USD"_s), graceBefore->amountIn(u"USD"_s));
    QCOMPARE(runner->stage(), Stage::Asking);
    QTest::qWait(300);
    QCOMPARE(runner->stage(), Stage::Asking);
    QCOMPARE(creditPosts(u"ada_lovelace"_s), 1);
    QCOMPARE(creditPosts(u"grace_hopper"_s), 1);

    // Journaled unknown, waiting for a decision.
    QList<JournalEntry> waiting = m_journal->needingDecision();
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.first().operation.customer, u"grace_hopper"_s);
    QCOMPARE(waiting.first().outcome, JournalOutcome::Unknown);
    QCOMPARE(waiting.first().httpStatus, 500);

    runner->decide(1, BulkCreditRunner::Decision::LeaveUnknown);
    QTRY_COMPARE_WITH_TIMEOUT(runner->stage(), Stage::Finished, 20000);
    QCOMPARE(runner->rows().at(0).result, Result::Credited);
    QCOMPARE(runner->rows().at(1).result, Result::Unknown);
    QCOMPARE(runner->rows().at(2).result, Result::Credited);
    // "Retry failed rows" leaves it alone: it may have gone through.
    QCOMPARE(runner->retryFailed(), 0);
    QTest::qWait(150);
    QCOMPARE(creditPosts(u"grace_hopper"_s), 1);

    // Loading the same list again holds every row back, the unknown one included.
    BulkCreditRunner again(m_session.get());
    again.setRows(rows);
    again.check({});
    QCOMPARE(again.rows().at(1).result, Result::Held);
    QCOMPARE(again.sendableCount(), 0);
    QVERIFY(!again.start());
    QTest::qWait(150);
    QCOMPARE(m_sandbox.countRequests(u"POST"_s, u"/v1/customers/"_s), 3);
}

void TestMoneyPaths::bulkRunnerJournalsTheDecision_data() {
    QTest::addColumn<BulkCreditRunner::Decision>("given");
    QTest::addColumn<JournalDecision>("journaled");
    QTest::newRow("went through") << BulkCreditRunner::Decision::WentThrough
                                  << JournalDecision::WentThrough;
    QTest::newRow("leave unknown")
        << BulkCreditRunner::Decision::LeaveUnknown << JournalDecision::Later;
}

void TestMoneyPaths::bulkRunnerJournalsTheDecision() {
    QFETCH(BulkCreditRunner::Decision, given);
    QFETCH(JournalDecision, journaled);
    QVERIFY(m_sandbox.queueFault(u"POST"_s, creditPath(u"grace_hopper"_s), u"drop"_s, 1));
    BulkCreditRunner runner(m_session.get());
    runner.setRows({bulkRow(u"grace_hopper"_s, u"2"_s, u"USD"_s)});
    runner.check({});
    QSignalSpy unknown(&runner, &BulkCreditRunner::unknownOutcome);
    QVERIFY(runner.start());
    QTRY_COMPARE_WITH_TIMEOUT(unknown.size(), 1, 20000);
    runner.decide(0, given);
    QTRY_COMPARE_WITH_TIMEOUT(runner.stage(), Stage::Finished, 20000);

    const auto entry = onlyCredit();
    QVERIFY(entry);
    QCOMPARE(entry->outcome, JournalOutcome::Unknown);
    // Every decision on an unknown outcome belongs in the journal, with who and when.
    QCOMPARE(entry->decision, journaled);
    QVERIFY(!entry->decidedBy.isEmpty());
}

QTEST_GUILESS_MAIN(TestMoneyPaths)
#include "tst_moneypaths.moc"

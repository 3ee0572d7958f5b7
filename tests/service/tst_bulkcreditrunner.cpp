// SPDX-License-Identifier: GPL-3.0-or-later
// The bulk credit's runner against a private sandbox, without widgets: rows are credited one
// by one, a customer the server does not know (404) and a refusal to go faster (429) fail
// the row and credit nothing, the queue waits as the server asked, and a dropped connection
// stops the run as unknown until a person decides; nothing is ever sent twice. Every request
// is counted on the sandbox's own request log.

#include "app/api/apiclient.h"
#include "app/api/referralservice.h"
#include "app/bulk/bulkcreditrunner.h"
#include "app/journal/journal.h"
#include "app/profiles/profile.h"
#include "app/session/session.h"
#include "tests/common/sandboxprocess.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using Result = BulkCreditResult;
using Stage = BulkCreditRunner::Stage;

namespace {

BulkCreditRow row(const QString &customer, const QString &amount, const QString &units) {
    BulkCreditRow r;
    r.customerText = customer;
    r.amountText = amount;
    r.unitsText = units;
    r.reasonText = u"Runner test"_s;
    return r;
}

} // namespace

class TestBulkCreditRunner : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void creditsOneByOneAndFailsWhatTheServerRefused();
    void droppedConnectionStopsAsUnknownAndNothingIsSentTwice();
    void abortAfterAnUnknownOutcomeCancelsTheRest();
    void undecidedCreditHoldsTheCustomerBackUntilDecided();

private:
    int creditPosts(const QString &id) {
        return m_sandbox.countRequests(u"POST"_s, u"/v1/customers/"_s + id + u"/balance/credit"_s);
    }
    std::optional<Balance> readBalance(const QString &id);
    std::unique_ptr<BulkCreditRunner> makeRunner(const QList<BulkCreditRow> &rows);

    SandboxProcess m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<Session> m_session;
};

void TestBulkCreditRunner::initTestCase() {
    QVERIFY2(m_sandbox.start({u"--customers"_s, u"30"_s}), qPrintable(m_sandbox.errorString()));
}

void TestBulkCreditRunner::init() {
    QVERIFY(m_sandbox.reset());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_journal = std::make_unique<Journal>(m_dir->filePath(u"journal.jsonl"_s));
    Profile profile;
    profile.id = u"runner-test-profile"_s;
    profile.name = u"Runner test"_s;
    profile.baseUrl = m_sandbox.baseUrl();
    profile.kind = ProgramKind::ReferAFriend;
    m_session = std::make_unique<Session>(profile, m_sandbox.referralKey(), m_journal.get());
}

void TestBulkCreditRunner::cleanup() {
    m_session.reset();
    m_journal.reset();
    m_dir.reset();
}

std::optional<Balance> TestBulkCreditRunner::readBalance(const QString &id) {
    std::optional<Balance> balance;
    bool done = false;
    QObject context;
    m_session->referrals()->balance(id, &context, [&](const ApiResult<Balance> &result) {
        if (result)
            balance = result.value();
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 15000))
        return std::nullopt;
    return balance;
}

std::unique_ptr<BulkCreditRunner>
TestBulkCreditRunner::makeRunner(const QList<BulkCreditRow> &rows) {
    auto runner = std::make_unique<BulkCreditRunner>(m_session.get());
    runner->setRows(rows);
    runner->check({});
    return runner;
}

void TestBulkCreditRunner::creditsOneByOneAndFailsWhatTheServerRefused() {
    QVERIFY(m_sandbox.queueFault(u"POST"_s, u"/v1/customers/grace_hopper/balance/credit"_s,
                                 u"status=429;retry-after=1"_s, 1));
    const auto adaBefore = readBalance(u"ada_lovelace"_s);
    const auto graceBefore = readBalance(u"grace_hopper"_s);
    QVERIFY(adaBefore && graceBefore);
    QVERIFY(m_sandbox.clearRequests());

    auto runner = makeRunner(
        {row(u"ada_lovelace"_s, u"5"_s, u"USD"_s), row(u"nobody_here"_s, u"1"_s, u"USD"_s),
         row(u"grace_hopper"_s, u"2"_s, u"USD"_s), row(u"ada_lovelace"_s, u"1.5"_s, u"EUR"_s)});
    QCOMPARE(runner->sendableCount(), 4);
    QSignalSpy credited(runner.get(), &BulkCreditRunner::credited);
    QSignalSpy waiting(runner.get(), &BulkCreditRunner::waiting);
    QSignalSpy unknown(runner.get(), &BulkCreditRunner::unknownOutcome);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(runner->start());
    QCOMPARE(runner->stage(), Stage::Running);
    QTRY_COMPARE_WITH_TIMEOUT(runner->stage(), Stage::Finished, 20000);

    const QList<BulkCreditRow> &rows = runner->rows();
    QCOMPARE(rows.at(0).result, Result::Credited);
    QCOMPARE(*rows.at(0).before, adaBefore->amountIn(u"USD"_s));
    QCOMPARE(*rows.at(0).after, adaBefore->amountIn(u"USD"_s) + 5);
    // 404: the balance could not be read, so no credit was sent.
    QCOMPARE(rows.at(1).result, Result::Failed);
    QVERIFY2(rows.at(1).detail.contains(u"nothing was sent"_s), qPrintable(rows.at(1).detail));
    // 429: refused, so nothing was credited; the row is not sent again on its own, and the
    // next row waited as the server asked (Retry-After: 1).
    QCOMPARE(rows.at(2).result, Result::Failed);
    QVERIFY2(rows.at(2).detail.contains(u"nothing was credited"_s), qPrintable(rows.at(2).detail));
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.first().at(0).toInt(), 1000);
    QVERIFY(clock.elapsed() >= 1000);
    QCOMPARE(rows.at(3).result, Result::Credited);
    QCOMPARE(credited.size(), 2);
    QCOMPARE(unknown.size(), 0);

    // The server's own log: one credit each for the rows that got as far, none for the
    // unknown customer.
    QCOMPARE(creditPosts(u"ada_lovelace"_s), 2);
    QCOMPARE(creditPosts(u"grace_hopper"_s), 1);
    QCOMPARE(creditPosts(u"nobody_here"_s), 0);
    QCOMPARE(m_sandbox.countRequests(u"GET"_s, u"/v1/customers/nobody_here/balance"_s), 1);
    // Every credit sent was journaled first, with its reason.
    QCOMPARE(m_journal->entries().size(), 3);
    QCOMPARE(m_journal->entries().first().operation.reason, u"Runner test"_s);

    const auto adaAfter = readBalance(u"ada_lovelace"_s);
    const auto graceAfter = readBalance(u"grace_hopper"_s);
    QCOMPARE(adaAfter->amountIn(u"USD"_s), adaBefore->amountIn(u"USD"_s) + 5);
    QCOMPARE(adaAfter->amountIn(u"EUR"_s), adaBefore->amountIn(u"EUR"_s) + 1.5);
    QCOMPARE(graceAfter->amountIn(u"USD"_s), graceBefore->amountIn(u"USD"_s));

    // On the person's word, the refused rows go again: the 429 one is credited now, the
    // unknown customer fails again without a credit.
    QCOMPARE(runner->retryFailed(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(runner->stage(), Stage::Finished, 20000);
    QCOMPARE(runner->rows().at(2).result, Result::Credited);
    QCOMPARE(runner->rows().at(1).result, Result::Failed);
    QCOMPARE(creditPosts(u"grace_hopper"_s), 2);
    QCOMPARE(creditPosts(u"ada_lovelace"_s), 2);
    QCOMPARE(readBalance(u"grace_hopper"_s)->amountIn(u"USD"_s),
             graceBefore->amountIn(u"USD"_s) + 2);
}

void TestBulkCreditRunner::droppedConnectionStopsAsUnknownAndNothingIsSentTwice() {
    QVERIFY(m_sandbox.queueFault(u"POST"_s, u"/v1/customers/ada_lovelace/balance/credit"_s,
                                 u"drop"_s, 1));
    const auto adaBefore = readBalance(u"ada_lovelace"_s);
    QVERIFY(adaBefore);
    QVERIFY(m_sandbox.clearRequests());

    auto runner = makeRunner(
        {row(u"ada_lovelace"_s, u"3"_s, u"USD"_s), row(u"grace_hopper"_s, u"1"_s, u"USD"_s)});
    QSignalSpy unknown(runner.get(), &BulkCreditRunner::unknownOutcome);
    QVERIFY(runner->start());
    QTRY_COMPARE_WITH_TIMEOUT(unknown.size(), 1, 20000);
    // The run stops and waits for a person: the next row is not sent meanwhile.
    QCOMPARE(runner->stage(), Stage::Asking);
    QCOMPARE(unknown.first().at(0).toInt(), 0);
    QTest::qWait(300);
    QCOMPARE(runner->stage(), Stage::Asking);
    QCOMPARE(creditPosts(u"grace_hopper"_s), 0);
    // The balance was read again for the person to compare.
    QCOMPARE(m_sandbox.countRequests(u"GET"_s, u"/v1/customers/ada_lovelace/balance"_s), 2);

    runner->decide(0, BulkCreditRunner::Decision::LeaveUnknown);
    QTRY_COMPARE_WITH_TIMEOUT(runner->stage(), Stage::Finished, 20000);
    QCOMPARE(runner->rows().at(0).result, Result::Unknown);
    QVERIFY(runner->rows().at(0).after.has_value()); // the balance read again
    QCOMPARE(runner->rows().at(1).result, Result::Credited);
    // One request for Ada, never a second, not even when the failed rows are retried.
    QCOMPARE(runner->retryFailed(), 0);
    QCOMPARE(creditPosts(u"ada_lovelace"_s), 1);
    QCOMPARE(creditPosts(u"grace_hopper"_s), 1);
    // "Leave unknown" is journaled as "decide later": it comes back at the next start.
    const QList<JournalEntry> undecided = Journal(m_journal->filePath()).needingDecision();
    QCOMPARE(undecided.size(), 1);
    QCOMPARE(undecided.first().operation.customer, u"ada_lovelace"_s);
    QCOMPARE(undecided.first().decision, JournalDecision::Later);
    QCOMPARE(undecided.first().opId, runner->rows().at(0).opId);
}

void TestBulkCreditRunner::abortAfterAnUnknownOutcomeCancelsTheRest() {
    QVERIFY(m_sandbox.queueFault(u"POST"_s, u"/v1/customers/ada_lovelace/balance/credit"_s,
                                 u"drop"_s, 1));
    QVERIFY(m_sandbox.clearRequests());
    auto runner = makeRunner({row(u"ada_lovelace"_s, u"3"_s, u"USD"_s),
                              row(u"grace_hopper"_s, u"1"_s, u"USD"_s),
                              row(u"grace_hopper"_s, u"1"_s, u"EUR"_s)});
    QSignalSpy unknown(runner.get(), &BulkCreditRunner::unknownOutcome);
    QVERIFY(runner->start());
    QTRY_COMPARE_WITH_TIMEOUT(unknown.size(), 1, 20000);
    runner->decide(0, BulkCreditRunner::Decision::LeaveUnknownAndStop);
    QTRY_COMPARE_WITH_TIMEOUT(runner->stage(), Stage::Finished, 20000);
    QCOMPARE(runner->rows().at(0).result, Result::Unknown);
    QCOMPARE(runner->rows().at(1).result, Result::Cancelled);
    QCOMPARE(runner->rows().at(2).result, Result::Cancelled);
    QCOMPARE(m_sandbox.countRequests(u"POST"_s, u"/v1/customers/"_s), 1);
}

void TestBulkCreditRunner::undecidedCreditHoldsTheCustomerBackUntilDecided() {
    // A 500 on Ada's credit, and the person leaves it open.
    QVERIFY(m_sandbox.queueFault(u"POST"_s, u"/v1/customers/ada_lovelace/balance/credit"_s,
                                 u"status=500"_s, 1));
    {
        auto runner = makeRunner({row(u"ada_lovelace"_s, u"3"_s, u"USD"_s)});
        QSignalSpy unknown(runner.get(), &BulkCreditRunner::unknownOutcome);
        QVERIFY(runner->start());
        QTRY_COMPARE_WITH_TIMEOUT(unknown.size(), 1, 20000);
        runner->decide(0, BulkCreditRunner::Decision::LeaveUnknown);
        QTRY_COMPARE_WITH_TIMEOUT(runner->stage(), Stage::Finished, 20000);
    }
    QVERIFY(m_sandbox.clearRequests());

    // The next list holds Ada back, another amount and "repeats allowed" notwithstanding.
    auto runner = std::make_unique<BulkCreditRunner>(m_session.get());
    runner->setRows(
        {row(u"ada_lovelace"_s, u"4"_s, u"USD"_s), row(u"grace_hopper"_s, u"1"_s, u"USD"_s)});
    BulkCreditRunner::Shared shared;
    shared.allowRepeats = true;
    runner->check(shared);
    QCOMPARE(runner->rows().at(0).result, Result::Held);
    QVERIFY2(runner->rows().at(0).blocked.contains(u"needs a decision"_s),
             qPrintable(runner->rows().at(0).blocked));
    QCOMPARE(runner->rows().at(1).result, Result::NotSent);
    QVERIFY(runner->start());
    QTRY_COMPARE_WITH_TIMEOUT(runner->stage(), Stage::Finished, 20000);
    QCOMPARE(creditPosts(u"ada_lovelace"_s), 0);
    QCOMPARE(creditPosts(u"grace_hopper"_s), 1);

    // Once decided, Ada can be credited again.
    const QList<JournalEntry> undecided = m_journal->needingDecision();
    QCOMPARE(undecided.size(), 1);
    QVERIFY(m_journal->decide(undecided.first().opId, JournalDecision::NotMade));
    auto after = makeRunner({row(u"ada_lovelace"_s, u"4"_s, u"USD"_s)});
    QCOMPARE(after->rows().at(0).result, Result::NotSent);
}

QTEST_GUILESS_MAIN(TestBulkCreditRunner)
#include "tst_bulkcreditrunner.moc"

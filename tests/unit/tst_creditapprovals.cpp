// SPDX-License-Identifier: GPL-3.0-or-later
// CreditApprovals (app/team): four eyes on large credits in a team's shared store, on a real
// PostgreSQL server the test starts itself.
#include "app/store/sqlstore.h"
#include "app/team/creditapprovals.h"
#include "tests/common/postgresserver.h"

#include <QTest>
#include <QThread>

#include <memory>

using namespace Qt::Literals::StringLiterals;

class TestCreditApprovals final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void thresholdPerUnitDecidesWhatWaits();
    void anotherPersonApprovesOnceAndItIsSentOnce();
    void whoAskedCannotDecide();
    void rejectedAndExpiredAreNeverSent();
    void twoApproversAtOnceOneWins();
    void programsDoNotSeeEachOthersRequests();

private:
    ApprovalRequest wanted(double amount = 250) const;

    PostgresServer m_server;
    int m_databases = 0;
    PostgresTarget m_target;
    std::unique_ptr<SqlStore> m_store;
};

void TestCreditApprovals::initTestCase() {
    if (!PostgresServer::isAvailable())
        QFAIL("PostgreSQL is not installed: packaging/install-deps.sh installs it");
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestCreditApprovals::init() {
    const QString name = u"approvals%1"_s.arg(++m_databases);
    QVERIFY(m_server.createDatabase(name));
    m_target = m_server.target(name);
    m_store = std::make_unique<SqlStore>();
    QVERIFY(m_store->openPostgres(m_target, {}));
    CreditApprovals approvals(m_store.get(), u"prog-a"_s);
    QVERIFY2(approvals.prepare(), qPrintable(approvals.errorString()));
    QVERIFY(approvals.setThreshold(u"eur"_s, 100));
}

void TestCreditApprovals::cleanup() {
    m_store.reset();
}

ApprovalRequest TestCreditApprovals::wanted(double amount) const {
    ApprovalRequest request;
    request.customer = u"cust_42"_s;
    request.customerLabel = u"Noah Walker"_s;
    request.amount = amount;
    request.units = u"EUR"_s;
    request.reason = u"Goodwill after the outage"_s;
    request.askedByUser = u"anna"_s;
    request.askedByName = u"Anna"_s;
    return request;
}

void TestCreditApprovals::thresholdPerUnitDecidesWhatWaits() {
    CreditApprovals approvals(m_store.get(), u"prog-a"_s);
    QCOMPARE(approvals.thresholds().value(u"EUR"_s), 100.0);
    QVERIFY(!approvals.needsApproval(100, u"EUR"_s)); // at the threshold: sent
    QVERIFY(approvals.needsApproval(100.01, u"eur"_s));
    QVERIFY(!approvals.needsApproval(5000, u"points"_s)); // no threshold for that unit
    QVERIFY(approvals.setThreshold(u"points"_s, 1000));
    QVERIFY(approvals.needsApproval(5000, u"POINTS"_s));
    QVERIFY(approvals.setThreshold(u"EUR"_s, 0)); // removed
    QVERIFY(!approvals.needsApproval(1e6, u"EUR"_s));

    // A store that cannot be read: a large credit waits rather than go unchecked.
    SqlStore broken;
    CreditApprovals unreadable(&broken, u"prog-a"_s);
    QVERIFY(unreadable.needsApproval(1, u"EUR"_s));
    QVERIFY(!unreadable.errorString().isEmpty());
}

void TestCreditApprovals::anotherPersonApprovesOnceAndItIsSentOnce() {
    CreditApprovals anna(m_store.get(), u"prog-a"_s);
    const auto asked = anna.ask(wanted());
    QVERIFY2(asked, qPrintable(anna.errorString()));
    QCOMPARE(asked->state, ApprovalRequest::State::Waiting);
    QVERIFY(asked->expiresAt > asked->askedAt);

    // Ben's console, on a connection of its own, sees it waiting with who asked and why.
    SqlStore other;
    QVERIFY(other.openPostgres(m_target, {}));
    CreditApprovals ben(&other, u"prog-a"_s);
    QVERIFY(ben.prepare());
    const QList<ApprovalRequest> listed = ben.requests();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().askedBy(), u"Anna"_s);
    QCOMPARE(listed.first().reason, u"Goodwill after the outage"_s);
    QCOMPARE(listed.first().amount, 250.0);

    const auto approved = ben.approve(asked->id, u"ben"_s, u"Ben"_s);
    QVERIFY2(approved, qPrintable(ben.errorString()));
    QCOMPARE(approved->state, ApprovalRequest::State::Approved);
    QCOMPARE(approved->decidedBy(), u"Ben"_s);
    QVERIFY(!ben.approve(asked->id, u"carla"_s, u"Carla"_s));
    QVERIFY2(ben.errorString().contains(u"Ben approved"_s), qPrintable(ben.errorString()));

    QVERIFY(ben.markSent(asked->id, u"op-1"_s));
    QVERIFY(!ben.markSent(asked->id, u"op-2"_s)); // sent once
    // The same mark again (a replay, a second run on a new connection) changes nothing.
    QVERIFY(ben.markSent(asked->id, u"op-1"_s));
    const auto sent = anna.request(asked->id);
    QCOMPARE(sent->state, ApprovalRequest::State::Sent);
    QCOMPARE(sent->operationId, u"op-1"_s);
}

void TestCreditApprovals::whoAskedCannotDecide() {
    CreditApprovals approvals(m_store.get(), u"prog-a"_s);
    // Somebody who set no display name: the user stands for them.
    ApprovalRequest nameless = wanted();
    nameless.askedByName = QString();
    const auto asked = approvals.ask(nameless);
    QVERIFY2(asked, qPrintable(approvals.errorString()));
    QCOMPARE(asked->askedBy(), u"anna"_s);
    QVERIFY(asked);
    QVERIFY(!approvals.approve(asked->id, u"anna"_s, u"Anna (other name)"_s));
    QVERIFY2(approvals.errorString().contains(u"another person"_s),
             qPrintable(approvals.errorString()));
    QVERIFY(!approvals.reject(asked->id, u"anna"_s, u"Anna"_s));
    QCOMPARE(approvals.request(asked->id)->state, ApprovalRequest::State::Waiting);
    QVERIFY(!approvals.markSent(asked->id, u"op-1"_s)); // never sent unapproved
}

void TestCreditApprovals::rejectedAndExpiredAreNeverSent() {
    CreditApprovals approvals(m_store.get(), u"prog-a"_s);
    const auto first = approvals.ask(wanted());
    QVERIFY(approvals.reject(first->id, u"ben"_s, u"Ben"_s));
    QVERIFY(!approvals.approve(first->id, u"carla"_s, {}));
    QVERIFY2(approvals.errorString().contains(u"Ben rejected"_s),
             qPrintable(approvals.errorString()));
    QVERIFY(!approvals.markSent(first->id, u"op"_s));

    const auto second = approvals.ask(wanted(300));
    // Its time runs out (as if a day went by).
    QVERIFY(m_store->exec(u"UPDATE team_credit_requests SET expires_at = now() - interval '1 "
                          "second' WHERE id = '%1'"_s.arg(second->id),
                          u"expiring"_s));
    QCOMPARE(approvals.request(second->id)->state, ApprovalRequest::State::Expired);
    QVERIFY(!approvals.approve(second->id, u"ben"_s, u"Ben"_s));
    QVERIFY2(approvals.errorString().contains(u"expired"_s), qPrintable(approvals.errorString()));
    QVERIFY(!approvals.markSent(second->id, u"op"_s));
    // Neither is waiting any more; both are listed as decided.
    const QList<ApprovalRequest> listed = approvals.requests();
    QCOMPARE(listed.size(), 2);
    for (const ApprovalRequest &request : listed)
        QVERIFY(request.state != ApprovalRequest::State::Waiting);
}

void TestCreditApprovals::twoApproversAtOnceOneWins() {
    CreditApprovals approvals(m_store.get(), u"prog-a"_s);
    for (int round = 0; round < 20; ++round) {
        const auto asked = approvals.ask(wanted(150 + round));
        QVERIFY(asked);
        bool won[2] = {false, false};
        std::unique_ptr<QThread> threads[2];
        for (int i = 0; i < 2; ++i) {
            threads[i].reset(QThread::create([&, i] {
                SqlStore store;
                if (!store.openPostgres(m_target, {}))
                    return;
                CreditApprovals mine(&store, u"prog-a"_s);
                const QString user = i == 0 ? u"ben"_s : u"carla"_s;
                won[i] = mine.approve(asked->id, user, user).has_value() &&
                         mine.markSent(asked->id, u"op-"_s + user);
            }));
        }
        for (auto &thread : threads)
            thread->start();
        for (auto &thread : threads)
            QVERIFY(thread->wait(30000));
        QCOMPARE(int(won[0]) + int(won[1]), 1);
    }
}

void TestCreditApprovals::programsDoNotSeeEachOthersRequests() {
    CreditApprovals a(m_store.get(), u"prog-a"_s);
    CreditApprovals b(m_store.get(), u"prog-b"_s);
    const auto asked = a.ask(wanted());
    QVERIFY(asked);
    QVERIFY(b.requests().isEmpty());
    QVERIFY(!b.approve(asked->id, u"ben"_s, u"Ben"_s));
    QVERIFY(b.thresholds().isEmpty());
    QVERIFY(!b.needsApproval(1e6, u"EUR"_s));
    QCOMPARE(a.requests().size(), 1);
}

QTEST_GUILESS_MAIN(TestCreditApprovals)
#include "tst_creditapprovals.moc"

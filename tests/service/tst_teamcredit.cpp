// SPDX-License-Identifier: GPL-3.0-or-later
// Two consoles of one team crediting through the real stack (Session: client, services,
// journal recorder, a team Journal each) against one sandbox and one PostgreSQL database:
// while one credit is on its way, the other console's credit to the same customer is not sent
// and says who is crediting; each console's warning names the other's recent credit; an
// unknown outcome blocks the other console too; a store out of reach sends nothing.
#include "app/api/changeoutcome.h"
#include "app/api/referralservice.h"
#include "app/bulk/recentcredits.h"
#include "app/bulk/undecidedcredits.h"
#include "app/journal/journal.h"
#include "app/profiles/profile.h"
#include "app/session/session.h"
#include "app/team/creditlease.h"
#include "tests/common/postgresserver.h"
#include "tests/common/sandboxprocess.h"
#include "tests/service/servicetest.h"

#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString Ada = u"ada_lovelace"_s;
const QString Reason = u"Team credit"_s;

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

} // namespace

class TestTeamCredit final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void aCreditOnItsWayHoldsBackTheOtherConsole();
    void anUnknownOutcomeBlocksTheOtherConsole();
    // Last: it stops the server.
    void aStoreOutOfReachSendsNothing();

private:
    std::unique_ptr<Session> makeSession(const QString &profileId, Journal *journal);
    ApiResult<Balance> credit(Session *session, const CreditRequest &request);
    int creditPosts() { return m_sandbox.countRequests(u"POST"_s, creditPath(Ada)); }

    SandboxProcess m_sandbox;
    PostgresServer m_server;
    int m_databases = 0;
    std::unique_ptr<Journal> m_annaJournal;
    std::unique_ptr<Journal> m_bobJournal;
    std::unique_ptr<Session> m_anna;
    std::unique_ptr<Session> m_bob;
};

void TestTeamCredit::initTestCase() {
    if (!PostgresServer::isAvailable())
        QFAIL("PostgreSQL is not installed: packaging/install-deps.sh installs it");
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY2(m_sandbox.start({u"--customers"_s, u"30"_s}), qPrintable(m_sandbox.errorString()));
}

void TestTeamCredit::init() {
    QVERIFY(m_sandbox.reset());
    const QString name = u"teamcredit%1"_s.arg(++m_databases);
    QVERIFY2(m_server.createDatabase(name), qPrintable(m_server.errorString()));
    m_annaJournal = std::make_unique<Journal>(m_server.target(name), QString(), u"prog-a"_s);
    m_annaJournal->setDisplayName(u"Anna"_s);
    m_bobJournal = std::make_unique<Journal>(m_server.target(name), QString(), u"prog-a"_s);
    m_bobJournal->setDisplayName(u"Bob"_s);
    m_anna = makeSession(u"profile-anna"_s, m_annaJournal.get());
    m_bob = makeSession(u"profile-bob"_s, m_bobJournal.get());
    QVERIFY(m_sandbox.clearRequests());
}

void TestTeamCredit::cleanup() {
    m_anna.reset();
    m_bob.reset();
    m_annaJournal.reset();
    m_bobJournal.reset();
}

std::unique_ptr<Session> TestTeamCredit::makeSession(const QString &profileId, Journal *journal) {
    Profile profile;
    profile.id = profileId;
    profile.name = u"Team shop"_s;
    profile.baseUrl = m_sandbox.baseUrl();
    profile.kind = ProgramKind::ReferAFriend;
    auto session = std::make_unique<Session>(profile, m_sandbox.referralKey(), journal);
    session->client()->setTransferTimeout(5000);
    return session;
}

ApiResult<Balance> TestTeamCredit::credit(Session *session, const CreditRequest &request) {
    return await<Balance>([&](auto done) {
        return session->referrals()->creditBalance(Ada, request, Reason, this, done);
    });
}

void TestTeamCredit::aCreditOnItsWayHoldsBackTheOtherConsole() {
    // Anna's credit takes a while to be answered; Bob tries meanwhile.
    QVERIFY(m_sandbox.queueFault(u"POST"_s, creditPath(Ada), u"latency=1500"_s, 1));
    Recorder<Balance> annas;
    m_anna->referrals()->creditBalance(Ada, usd(5), Reason, this, annas.callback());
    const auto bobs = credit(m_bob.get(), usd(5));
    QVERIFY(!bobs.ok());
    QCOMPARE(changeOutcomeName(bobs.outcome()), u"not_sent"_s);
    QCOMPARE(bobs.error().sentence(),
             u"Anna (%1) is crediting this customer right now; wait for the outcome."_s.arg(
                 Journal::currentUser()));

    QVERIFY(annas.wait());
    QVERIFY2(annas.result().ok(), describe(annas.result()).constData());
    QTest::qWait(150); // a second request, had one been sent, would arrive meanwhile
    QCOMPARE(creditPosts(), 1);
    // One journal line for the team: Bob's credit was never begun.
    JournalFilter credits;
    credits.action = u"credit"_s;
    QCOMPARE(m_bobJournal->count(credits), 1);
    QVERIFY(!m_bobJournal->creditLease()->holderOf(Ada).has_value());

    // Now Bob is warned with Anna's name, and may send a separate credit once he confirms.
    const auto recent =
        RecentCredits(m_bobJournal.get(), u"profile-bob"_s).find({Ada}, 5, u"USD"_s);
    QVERIFY(recent.has_value());
    QVERIFY(RecentCredits::describeByOther(*recent).startsWith(u"Anna credited this customer"_s));
    const auto second = credit(m_bob.get(), usd(5));
    QVERIFY2(second.ok(), describe(second).constData());
    QCOMPARE(creditPosts(), 2);
}

void TestTeamCredit::anUnknownOutcomeBlocksTheOtherConsole() {
    QVERIFY(m_sandbox.queueFault(u"POST"_s, creditPath(Ada), u"status=500"_s, 1));
    const auto annas = credit(m_anna.get(), usd(7));
    QCOMPARE(changeOutcomeName(annas.outcome()), u"unknown"_s);
    // The lease is gone; the undecided credit holds Bob back instead, until someone decides.
    QVERIFY(!m_bobJournal->creditLease()->holderOf(Ada).has_value());
    const QList<JournalEntry> blocking =
        UndecidedCredits::find(m_bobJournal.get(), u"profile-bob"_s, {Ada});
    QCOMPARE(blocking.size(), 1);
    QCOMPARE(blocking.constFirst().madeByName, u"Anna"_s);
    QVERIFY(m_bobJournal->decide(blocking.constFirst().opId, JournalDecision::NotMade));
    QVERIFY(UndecidedCredits::find(m_annaJournal.get(), u"profile-anna"_s, {Ada}).isEmpty());
}

void TestTeamCredit::aStoreOutOfReachSendsNothing() {
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
    const auto bobs = credit(m_bob.get(), usd(3));
    QVERIFY(!bobs.ok());
    QCOMPARE(changeOutcomeName(bobs.outcome()), u"not_sent"_s);
    QVERIFY2(bobs.error().sentence().contains(u"cannot be reached"_s),
             qPrintable(bobs.error().sentence()));
    QVERIFY2(bobs.error().sentence().endsWith(u"Nothing was sent."_s),
             qPrintable(bobs.error().sentence()));
    QTest::qWait(150);
    QCOMPARE(creditPosts(), 0);

    QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
    const auto again = credit(m_bob.get(), usd(3));
    QVERIFY2(again.ok(), describe(again).constData());
    QCOMPARE(creditPosts(), 1);
}

QTEST_GUILESS_MAIN(TestTeamCredit)
#include "tst_teamcredit.moc"

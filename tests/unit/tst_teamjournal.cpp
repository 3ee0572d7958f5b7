// SPDX-License-Identifier: GPL-3.0-or-later
// The team journal and the credit leases (app/journal, app/team) in a shared store, on a real
// PostgreSQL server the test starts itself: two consoles' journals on one database see each
// other's rows, live; two programs do not; the credit race has one winner; a console killed
// mid-credit leaves a lease that runs out and a credit that needs a decision; a stopped store
// refuses changes and keeps browsing, and works again once it is back.
#include "app/bulk/recentcredits.h"
#include "app/bulk/undecidedcredits.h"
#include "app/journal/journal.h"
#include "app/session/journalrecorder.h"
#include "app/store/sqlstore.h"
#include "app/team/creditlease.h"
#include "tests/common/leaserace.h"
#include "tests/common/postgresserver.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString ProgramA = u"prog-a"_s;
const QString ProgramB = u"prog-b"_s;

JournalOperation credit(const QString &customer, double amount, const QString &profileId) {
    JournalOperation op;
    op.profileId = profileId;
    op.profileName = u"Shop"_s;
    op.action = u"credit"_s;
    op.customer = customer;
    op.method = u"POST"_s;
    op.path = u"/v1/customers/"_s + customer + u"/balance/credit"_s;
    op.payload = {{u"amount"_s, amount}, {u"amount_units"_s, u"EUR"_s}, {u"is_currency"_s, true}};
    op.reason = u"goodwill"_s;
    return op;
}

JournalOperation update(const QString &customer, const QString &profileId) {
    JournalOperation op;
    op.profileId = profileId;
    op.action = u"update"_s;
    op.customer = customer;
    op.method = u"PUT"_s;
    op.path = u"/v1/customers/"_s + customer;
    return op;
}

MutationRecord creditRecord(const QString &customer) {
    MutationRecord record;
    record.operationId = QUuid::createUuid();
    record.method = "POST";
    record.path = u"/v1/customers/"_s + customer + u"/balance/credit"_s;
    record.body = {{u"amount"_s, 10}, {u"amount_units"_s, u"EUR"_s}};
    record.action = u"credit"_s;
    record.customer = customer;
    record.note = u"goodwill"_s;
    return record;
}

MutationOutcome outcome(ChangeOutcome result, int status) {
    MutationOutcome o;
    o.result = result;
    o.httpStatus = status;
    return o;
}

} // namespace

class TestTeamJournal final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void migratesAnEmptyDatabaseOnce();
    void consolesSeeEachOthersOperations();
    void anotherConsolesUnknownCreditBlocksAndEitherDecides();
    void anotherConsolesRecentCreditIsNamed();
    void twoProgramsDoNotSeeEachOther();
    void anotherConsolesWritesArriveLive();
    void aLeaseHasOneHolderWhoIsNamed();
    void aLeaseRunsOut();
    void twoConsolesTakingOneLeaseAtOnceHaveOneWinner();
    void theRecorderTakesTheLeaseBeforeJournalingAndReleasesIt();
    void aConsoleKilledMidCreditLeavesAnExpiringLeaseAndAnUndecidedCredit();
    void aLocalJournalKeepsToItsProfile();
    // Last: it stops the server.
    void aStoppedStoreRefusesChangesAndKeepsBrowsing();

private:
    std::unique_ptr<Journal> open(const QString &program, const QString &name);

    PostgresServer m_server;
    int m_databases = 0;
    PostgresTarget m_target;
};

void TestTeamJournal::initTestCase() {
    if (!PostgresServer::isAvailable())
        QFAIL("PostgreSQL is not installed: packaging/install-deps.sh installs it");
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestTeamJournal::init() {
    const QString name = u"teamjournal%1"_s.arg(++m_databases);
    QVERIFY2(m_server.createDatabase(name), qPrintable(m_server.errorString()));
    m_target = m_server.target(name);
}

std::unique_ptr<Journal> TestTeamJournal::open(const QString &program, const QString &name) {
    auto journal = std::make_unique<Journal>(m_target, QString(), program);
    journal->setDisplayName(name);
    return journal;
}

void TestTeamJournal::migratesAnEmptyDatabaseOnce() {
    const auto first = open(ProgramA, u"Anna"_s);
    QVERIFY(first->isShared());
    QVERIFY2(first->problems().isEmpty(), qPrintable(first->problems().join(u'\n')));
    QVERIFY(first->isOpen());
    QVERIFY(first->creditLease());
    const auto second = open(ProgramA, u"Bob"_s);
    QVERIFY2(second->problems().isEmpty(), qPrintable(second->problems().join(u'\n')));

    QString versions;
    QVERIFY(m_server.psql(u"SELECT string_agg(version::text, ',') FROM team_journal_versions"_s,
                          m_target.database, &versions));
    // 2: the decisions' keys, which make a decision replayed from an outbox count once.
    QCOMPARE(versions.trimmed(), u"1,2"_s);
    QVERIFY(m_server.psql(u"SELECT string_agg(version::text, ',') FROM team_lease_versions"_s,
                          m_target.database, &versions));
    QCOMPARE(versions.trimmed(), u"1"_s);
    QString tables;
    QVERIFY(m_server.psql(u"SELECT string_agg(tablename, ',' ORDER BY tablename) FROM pg_tables "
                          "WHERE tablename LIKE 'team_%'"_s,
                          m_target.database, &tables));
    QCOMPARE(tables.trimmed(), u"team_credit_leases,team_journal_decisions,team_journal_operations,"
                               "team_journal_versions,team_lease_versions"_s);
}

void TestTeamJournal::consolesSeeEachOthersOperations() {
    const auto anna = open(ProgramA, u"Anna"_s);
    const auto bob = open(ProgramA, u"Bob"_s);
    QString error;
    const QString first = anna->begin(credit(u"alice"_s, 10, u"profile-a"_s), &error);
    QVERIFY2(!first.isEmpty(), qPrintable(error));
    QVERIFY(anna->finish(first, JournalOutcome::Succeeded, 200, {}));
    const QString second = bob->begin(update(u"carol"_s, u"profile-b"_s), &error);
    QVERIFY2(!second.isEmpty(), qPrintable(error));

    for (Journal *journal : {anna.get(), bob.get()}) {
        const QList<JournalEntry> entries = journal->entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).opId, first); // in the order they were begun
        QCOMPARE(entries.at(0).madeByName, u"Anna"_s);
        QCOMPARE(entries.at(0).outcome, JournalOutcome::Succeeded);
        QCOMPARE(entries.at(1).opId, second);
        QCOMPARE(entries.at(1).madeByName, u"Bob"_s);
        QCOMPARE(journal->count(), 2);
        QCOMPARE(journal->actions(), (QStringList{u"credit"_s, u"update"_s}));
    }
    // The window's filter by person, on the other console's rows.
    JournalFilter byAnna;
    byAnna.madeBy = u"ann"_s;
    QCOMPARE(bob->entries(byAnna).size(), 1);
    QCOMPARE(bob->count(byAnna), 1);
    QCOMPARE(bob->entries(byAnna).constFirst().opId, first);
}

void TestTeamJournal::anotherConsolesUnknownCreditBlocksAndEitherDecides() {
    const auto anna = open(ProgramA, u"Anna"_s);
    const auto bob = open(ProgramA, u"Bob"_s);
    const QString opId = anna->begin(credit(u"alice"_s, 10, u"profile-a"_s));
    QVERIFY(!opId.isEmpty());
    QVERIFY(anna->finish(opId, JournalOutcome::Unknown, 0, u"cut off"_s));

    QCOMPARE(bob->needingDecision().size(), 1);
    QCOMPARE(bob->needingDecision().constFirst().opId, opId);
    // Bob's console has a profile id of its own; Anna's credit blocks him all the same.
    const QList<JournalEntry> blocking =
        UndecidedCredits::find(bob.get(), u"profile-b"_s, {u"alice"_s});
    QCOMPARE(blocking.size(), 1);
    QVERIFY(UndecidedCredits::find(bob.get(), u"profile-b"_s, {u"someone-else"_s}).isEmpty());
    // Who sent it is named when it was someone else.
    JournalEntry byAnna = blocking.constFirst();
    QVERIFY(!UndecidedCredits::describe(byAnna).contains(u" by "_s)); // the same user here
    byAnna.madeByUser = u"anna-elsewhere"_s;
    const QString sentence = UndecidedCredits::describe(byAnna);
    QVERIFY2(sentence.startsWith(u"a credit of "_s) && sentence.contains(u" by Anna on "_s),
             qPrintable(sentence));

    QVERIFY(bob->decide(opId, JournalDecision::NotMade));
    QVERIFY(anna->needingDecision().isEmpty());
    QCOMPARE(anna->entries().constFirst().decision, JournalDecision::NotMade);
    QVERIFY(UndecidedCredits::find(anna.get(), u"profile-a"_s, {u"alice"_s}).isEmpty());
}

void TestTeamJournal::anotherConsolesRecentCreditIsNamed() {
    const auto anna = open(ProgramA, u"Anna"_s);
    const auto bob = open(ProgramA, u"Bob"_s);
    const QString opId = anna->begin(credit(u"alice"_s, 10, u"profile-a"_s));
    QVERIFY(anna->finish(opId, JournalOutcome::Succeeded, 200, {}));

    const auto recent = RecentCredits(bob.get(), u"profile-b"_s).find({u"alice"_s}, 10, u"EUR"_s);
    QVERIFY(recent.has_value());
    QCOMPARE(recent->opId, opId);
    QVERIFY(!RecentCredits::isOwn(*recent, u"profile-b"_s));
    const QString sentence = RecentCredits::describeByOther(*recent);
    QVERIFY2(sentence.startsWith(u"Anna credited this customer "_s), qPrintable(sentence));
    QVERIFY2(sentence.contains(u"it went through"_s), qPrintable(sentence));
    // Anna's own console keeps its own sentence.
    const auto own = RecentCredits(anna.get(), u"profile-a"_s).find({u"alice"_s}, 10, u"EUR"_s);
    QVERIFY(own.has_value());
    QVERIFY(RecentCredits::isOwn(*own, u"profile-a"_s));
    // The bulk runner's reading: every console's entries of the window.
    const QString scope = RecentCredits::scopeFor(bob.get(), u"profile-b"_s);
    QVERIFY(scope.isEmpty());
    QVERIFY(RecentCredits::findIn(RecentCredits(bob.get(), scope).recentEntries(), scope,
                                  {u"alice"_s}, 10, u"EUR"_s, QDateTime::currentDateTimeUtc()));
}

void TestTeamJournal::twoProgramsDoNotSeeEachOther() {
    const auto a = open(ProgramA, u"Anna"_s);
    const auto b = open(ProgramB, u"Bea"_s);
    const QString inA = a->begin(credit(u"alice"_s, 10, u"profile-a"_s));
    QVERIFY(!inA.isEmpty());
    const QString inB = b->begin(update(u"alice"_s, u"profile-b"_s));
    QVERIFY(!inB.isEmpty());

    QCOMPARE(a->entries().size(), 1);
    QCOMPARE(a->entries().constFirst().opId, inA);
    QCOMPARE(b->entries().size(), 1);
    QCOMPARE(b->entries().constFirst().opId, inB);
    QCOMPARE(a->count(), 1);
    QCOMPARE(a->actions(), QStringList{u"credit"_s});
    QCOMPARE(b->actions(), QStringList{u"update"_s});
    QCOMPARE(a->needingDecision().size(), 1);
    QCOMPARE(b->needingDecision().size(), 1);
    QVERIFY(UndecidedCredits::find(b.get(), u"profile-b"_s, {u"alice"_s}).isEmpty());
    // Nor write to each other's.
    QVERIFY(!b->finish(inA, JournalOutcome::Succeeded, 200, {}));
    QVERIFY(!b->decide(inA, JournalDecision::WentThrough));
    QCOMPARE(a->entries().constFirst().outcome, JournalOutcome::None);
    // Nor hold each other's leases.
    CreditLeaseHolder anna{u"anna"_s, u"Anna"_s, u"pc-a"_s, u"op-a"_s, {}, {}};
    CreditLeaseHolder bea{u"bea"_s, u"Bea"_s, u"pc-b"_s, u"op-b"_s, {}, {}};
    QVERIFY(a->creditLease()->take({u"alice"_s}, anna));
    QVERIFY(b->creditLease()->take({u"alice"_s}, bea));
}

void TestTeamJournal::anotherConsolesWritesArriveLive() {
    const auto anna = open(ProgramA, u"Anna"_s);
    const auto bob = open(ProgramA, u"Bob"_s);
    const auto other = open(ProgramB, u"Bea"_s);
    QSignalSpy bobHears(bob.get(), &Journal::changedElsewhere);
    QSignalSpy annaHears(anna.get(), &Journal::changedElsewhere);
    QSignalSpy otherHears(other.get(), &Journal::changedElsewhere);

    const QString opId = anna->begin(credit(u"alice"_s, 10, u"profile-a"_s));
    QVERIFY(!opId.isEmpty());
    QVERIFY(bobHears.wait(5000));
    QVERIFY(anna->finish(opId, JournalOutcome::Succeeded, 200, {}));
    QTRY_COMPARE_WITH_TIMEOUT(bobHears.size(), 2, 5000);
    QVERIFY(bob->decide(opId, JournalDecision::Checked));
    QVERIFY(annaHears.wait(5000));
    // A console is not told about its own writes, nor about another program's.
    QTest::qWait(200);
    QCOMPARE(bobHears.size(), 2);
    QCOMPARE(annaHears.size(), 1);
    QCOMPARE(otherHears.size(), 0);
}

void TestTeamJournal::aLeaseHasOneHolderWhoIsNamed() {
    const auto anna = open(ProgramA, u"Anna"_s);
    const auto bob = open(ProgramA, u"Bob"_s);
    CreditLeaseHolder annaHolds{u"anna"_s, u"Anna"_s, u"pc-anna"_s, u"op-1"_s, {}, {}};
    CreditLeaseHolder bobHolds{u"bob"_s, u"Bob"_s, u"pc-bob"_s, u"op-2"_s, {}, {}};
    QVERIFY2(anna->creditLease()->take({u"alice"_s, u"cust_1"_s}, annaHolds),
             qPrintable(anna->creditLease()->errorString()));

    std::optional<CreditLeaseHolder> current;
    // By either of the customer's ids.
    QVERIFY(!bob->creditLease()->take({u"cust_1"_s}, bobHolds, 120, &current));
    QVERIFY(current.has_value());
    QCOMPARE(current->name, u"Anna"_s);
    QCOMPARE(current->console, u"pc-anna"_s);
    QVERIFY(current->expiresAt > QDateTime::currentDateTimeUtc().addSecs(100));
    QCOMPARE(CreditLease::busySentence(*current),
             u"Anna (anna) is crediting this customer right now; wait for the outcome."_s);
    // Someone else's operation cannot release it.
    QVERIFY(bob->creditLease()->release({u"alice"_s, u"cust_1"_s}, u"op-2"_s));
    QVERIFY(!bob->creditLease()->take({u"alice"_s}, bobHolds));
    // Its holder can; then Bob takes it.
    QVERIFY(anna->creditLease()->release({u"alice"_s, u"cust_1"_s}, u"op-1"_s));
    QVERIFY(bob->creditLease()->take({u"alice"_s, u"cust_1"_s}, bobHolds));
    QCOMPARE(anna->creditLease()->holderOf(u"alice"_s)->name, u"Bob"_s);
}

void TestTeamJournal::aLeaseRunsOut() {
    const auto anna = open(ProgramA, u"Anna"_s);
    const auto bob = open(ProgramA, u"Bob"_s);
    CreditLeaseHolder annaHolds{u"anna"_s, u"Anna"_s, u"pc-anna"_s, u"op-1"_s, {}, {}};
    CreditLeaseHolder bobHolds{u"bob"_s, u"Bob"_s, u"pc-bob"_s, u"op-2"_s, {}, {}};
    QVERIFY(anna->creditLease()->take({u"alice"_s}, annaHolds, 1));
    QVERIFY(!bob->creditLease()->take({u"alice"_s}, bobHolds));
    // QTRY_VERIFY evaluates once more after success: the first success is kept.
    bool taken = false;
    QTRY_VERIFY_WITH_TIMEOUT(taken = taken || bob->creditLease()->take({u"alice"_s}, bobHolds),
                             5000);
    QCOMPARE(anna->creditLease()->holderOf(u"alice"_s)->name, u"Bob"_s);
}

void TestTeamJournal::twoConsolesTakingOneLeaseAtOnceHaveOneWinner() {
    // bench_teamcredit runs 200 rounds and prints the time a round takes.
    const LeaseRaceResult race = runLeaseRace(m_target, ProgramA, 25);
    QVERIFY2(race.error.isEmpty(), qPrintable(race.error));
    QCOMPARE(race.failures, 0);
    QCOMPARE(race.roundsWithTwoWinners, 0);
    QCOMPARE(race.roundsWithNoWinner, 0);
    QCOMPARE(race.roundsWithOneWinner, 25);
}

void TestTeamJournal::theRecorderTakesTheLeaseBeforeJournalingAndReleasesIt() {
    const auto anna = open(ProgramA, u"Anna"_s);
    const auto bob = open(ProgramA, u"Bob"_s);
    JournalRecorder annaSends(anna.get(), u"profile-a"_s, u"Shop"_s);
    JournalRecorder bobSends(bob.get(), u"profile-b"_s, u"Shop"_s);

    const MutationRecord first = creditRecord(u"alice"_s);
    QVERIFY2(annaSends.mutationAboutToBeSent(first), qPrintable(annaSends.refusalReason()));
    const MutationRecord second = creditRecord(u"alice"_s);
    QVERIFY(!bobSends.mutationAboutToBeSent(second));
    QVERIFY2(bobSends.refusalReason().startsWith(u"Anna ("_s),
             qPrintable(bobSends.refusalReason()));
    QVERIFY(bobSends.refusalReason().endsWith(
        u"is crediting this customer right now; wait for the outcome."_s));
    QCOMPARE(bob->count(), 1); // nothing was journaled for Bob's credit: it was never sent

    // Changes other than credits take no lease.
    MutationRecord edit = creditRecord(u"alice"_s);
    edit.action = u"update"_s;
    QVERIFY(bobSends.mutationAboutToBeSent(edit));
    bobSends.mutationFinished(edit.operationId, outcome(ChangeOutcome::Succeeded, 200));

    // An unknown outcome releases the lease, and the undecided credit blocks instead.
    annaSends.mutationFinished(first.operationId, outcome(ChangeOutcome::Unknown, 0));
    QVERIFY(!anna->creditLease()->holderOf(u"alice"_s).has_value());
    QCOMPARE(UndecidedCredits::find(bob.get(), u"profile-b"_s, {u"alice"_s}).size(), 1);

    // A credit that went through releases it too: the next one may go.
    const MutationRecord third = creditRecord(u"carol"_s);
    QVERIFY(annaSends.mutationAboutToBeSent(third));
    QVERIFY(anna->creditLease()->holderOf(u"carol"_s).has_value());
    annaSends.mutationFinished(third.operationId, outcome(ChangeOutcome::Succeeded, 200));
    const MutationRecord fourth = creditRecord(u"carol"_s);
    QVERIFY2(bobSends.mutationAboutToBeSent(fourth), qPrintable(bobSends.refusalReason()));
    bobSends.mutationFinished(fourth.operationId, outcome(ChangeOutcome::NotMade, 422));
    QVERIFY(!bob->creditLease()->holderOf(u"carol"_s).has_value());
}

void TestTeamJournal::aConsoleKilledMidCreditLeavesAnExpiringLeaseAndAnUndecidedCredit() {
    const auto bob = open(ProgramA, u"Bob"_s);
    QProcess helper;
    helper.start(QStringLiteral(TEAM_CRASH_HELPER),
                 {m_target.url(), ProgramA, u"cust_crash"_s, u"3"_s});
    QVERIFY(helper.waitForFinished(30000));
    QCOMPARE(helper.exitStatus(), QProcess::NormalExit);
    QVERIFY2(helper.exitCode() == 9, helper.readAllStandardError().constData());
    const QString opId = QString::fromUtf8(helper.readAllStandardOutput()).trimmed();
    QVERIFY(!opId.isEmpty());

    const QList<JournalEntry> pending = bob->needingDecision();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.constFirst().opId, opId);
    QCOMPARE(pending.constFirst().madeByName, u"Crashing Carl"_s);
    QCOMPARE(pending.constFirst().outcome, JournalOutcome::None);

    JournalRecorder bobSends(bob.get(), u"profile-b"_s, u"Shop"_s);
    QVERIFY(!bobSends.mutationAboutToBeSent(creditRecord(u"cust_crash"_s)));
    QVERIFY2(bobSends.refusalReason().startsWith(u"Crashing Carl"_s),
             qPrintable(bobSends.refusalReason()));
    // The dead console's lease runs out by itself; its credit still blocks until decided.
    CreditLeaseHolder bobHolds{u"bob"_s, u"Bob"_s, u"pc-bob"_s, u"op-b"_s, {}, {}};
    bool taken = false;
    QTRY_VERIFY_WITH_TIMEOUT(taken = taken || bob->creditLease()->take({u"cust_crash"_s}, bobHolds),
                             8000);
    QCOMPARE(UndecidedCredits::find(bob.get(), u"profile-b"_s, {u"cust_crash"_s}).size(), 1);
}

void TestTeamJournal::aLocalJournalKeepsToItsProfile() {
    QTemporaryDir dir;
    Journal local(dir.filePath(u"journal.sqlite"_s));
    QVERIFY(!local.isShared());
    QVERIFY(!local.creditLease());
    const QString opId = local.begin(credit(u"alice"_s, 10, u"other-profile"_s));
    QVERIFY(local.finish(opId, JournalOutcome::Unknown, 0, {}));
    // Another profile's credits on this computer neither warn nor block, as before.
    QVERIFY(!RecentCredits(&local, u"profile-a"_s).find({u"alice"_s}, 10, u"EUR"_s));
    QVERIFY(UndecidedCredits::find(&local, u"profile-a"_s, {u"alice"_s}).isEmpty());
    QCOMPARE(RecentCredits::scopeFor(&local, u"profile-a"_s), u"profile-a"_s);
    // A local journal takes no lease: the recorder journals the credit straight away.
    JournalRecorder recorder(&local, u"profile-a"_s, u"Shop"_s);
    QVERIFY(recorder.mutationAboutToBeSent(creditRecord(u"alice"_s)));
    QCOMPARE(local.count(), 2);
}

void TestTeamJournal::aStoppedStoreRefusesChangesAndKeepsBrowsing() {
    const auto anna = open(ProgramA, u"Anna"_s);
    const QString before = anna->begin(credit(u"alice"_s, 10, u"profile-a"_s));
    QVERIFY(!before.isEmpty());
    JournalRecorder annaSends(anna.get(), u"profile-a"_s, u"Shop"_s);

    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
    QString error;
    QVERIFY(anna->begin(update(u"carol"_s, u"profile-a"_s), &error).isEmpty());
    const QString where = m_target.displayName();
    QVERIFY2(error.startsWith(u"The team's shared store %1 cannot be reached: "_s.arg(where)),
             qPrintable(error));
    QVERIFY2(error.endsWith(u"Nothing was sent."_s), qPrintable(error));
    // A credit is refused with the same sentence, before any lease or journal line.
    QVERIFY(!annaSends.mutationAboutToBeSent(creditRecord(u"alice"_s)));
    QVERIFY2(annaSends.refusalReason().endsWith(u"Nothing was sent."_s),
             qPrintable(annaSends.refusalReason()));
    // Browsing goes on: empty answers and a sentence, no crash, no hang.
    QVERIFY(anna->entries().isEmpty());
    QVERIFY2(anna->readProblem().contains(u"cannot be reached"_s), qPrintable(anna->readProblem()));
    QCOMPARE(anna->count(), 0);
    QVERIFY(anna->needingDecision().isEmpty());
    // A console that starts meanwhile says so, and gets going once the store is back.
    const auto late = open(ProgramA, u"Bob"_s);
    QCOMPARE(late->problems().size(), 1);
    QVERIFY(late->problems().constFirst().contains(u"cannot be reached"_s));

    QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
    const QString after = anna->begin(update(u"carol"_s, u"profile-a"_s), &error);
    QVERIFY2(!after.isEmpty(), qPrintable(error));
    QCOMPARE(anna->entries().size(), 2);
    QVERIFY(anna->readProblem().isEmpty());
    QVERIFY(!late->begin(update(u"dave"_s, u"profile-b"_s), &error).isEmpty());
    QCOMPARE(late->count(), 3);
    // A connection that dies between two calls is replaced on the next one.
    QVERIFY(m_server.stop());
    QVERIFY(m_server.restart());
    QVERIFY2(!anna->begin(update(u"erin"_s, u"profile-a"_s), &error).isEmpty(), qPrintable(error));
    QCOMPARE(late->count(), 4);
}

QTEST_GUILESS_MAIN(TestTeamJournal)
#include "tst_teamjournal.moc"

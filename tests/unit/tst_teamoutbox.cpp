// SPDX-License-Identifier: GPL-3.0-or-later
// The team journal's outbox (app/journal): an outcome or decision that cannot reach the shared
// store is kept on this computer, shown by this console, and replayed into the store once it
// is back, exactly once, also by a journal opened after the first was gone. On a real
// PostgreSQL server the test starts, stops and restarts itself, and real SQLite files.
#include "app/journal/journal.h"
#include "app/journal/journalmodel.h"
#include "app/store/postgrestarget.h"
#include "app/team/creditapprovals.h"
#include "app/team/teamstore.h"
#include "tests/common/postgresserver.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString Program = u"prog-a"_s;
const QString ApiKey = u"pk_live_outbox_secret_1234567890"_s;

JournalOperation credit(const QString &customer) {
    JournalOperation op;
    op.profileId = u"profile-a"_s;
    op.profileName = u"Shop"_s;
    op.action = u"credit"_s;
    op.customer = customer;
    op.method = u"POST"_s;
    op.path = u"/v1/customers/"_s + customer + u"/balance/credit"_s;
    op.payload = {{u"amount"_s, 10}, {u"amount_units"_s, u"EUR"_s}};
    op.reason = u"goodwill"_s;
    return op;
}

const JournalEntry *find(const QList<JournalEntry> &entries, const QString &opId) {
    for (const JournalEntry &entry : entries) {
        if (entry.opId == opId)
            return &entry;
    }
    return nullptr;
}

} // namespace

class TestTeamOutbox final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void keptOutcomesAreShownHereAndReachTheStoreOnce();
    void aJournalOpenedLaterReplaysAtOpen();
    void aReplayRepeatedAfterACrashRecordsTheDecisionOnce();
    void theTimerReplaysWhileSomethingWaits();
    void theOutboxIsOwnerOnlyAndHoldsNoKey();
    void aSentApprovalIsKeptAndRecordedOnce();

private:
    std::unique_ptr<Journal> open(const QString &name, const QString &outbox);
    QString outboxPath(const QString &console) const;
    int storeCount(const QString &sql);

    PostgresServer m_server;
    QTemporaryDir m_dir;
    int m_databases = 0;
    PostgresTarget m_target;
    QString m_database;
};

void TestTeamOutbox::initTestCase() {
    if (!PostgresServer::isAvailable())
        QFAIL("PostgreSQL is not installed: packaging/install-deps.sh installs it");
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestTeamOutbox::init() {
    QVERIFY2(m_server.isRunning() || m_server.restart(), qPrintable(m_server.errorString()));
    m_database = u"teamoutbox%1"_s.arg(++m_databases);
    QVERIFY2(m_server.createDatabase(m_database), qPrintable(m_server.errorString()));
    m_target = m_server.target(m_database);
}

void TestTeamOutbox::cleanup() {
    if (!m_server.isRunning())
        m_server.restart();
}

QString TestTeamOutbox::outboxPath(const QString &console) const {
    return m_dir.filePath(u"%1/%2/outbox.sqlite"_s.arg(m_database, console));
}

std::unique_ptr<Journal> TestTeamOutbox::open(const QString &name, const QString &outbox) {
    auto journal = std::make_unique<Journal>(m_target, QString(), Program, outbox);
    journal->setDisplayName(name);
    journal->addSecret(ApiKey);
    return journal;
}

int TestTeamOutbox::storeCount(const QString &sql) {
    QString output;
    if (!m_server.psql(sql, m_database, &output))
        return -1;
    return output.trimmed().toInt();
}

void TestTeamOutbox::keptOutcomesAreShownHereAndReachTheStoreOnce() {
    const auto anna = open(u"Anna"_s, outboxPath(u"anna"_s));
    const auto bob = open(u"Bob"_s, outboxPath(u"bob"_s));
    QSignalSpy told(anna.get(), &Journal::outcomeKeptOnThisComputer);
    const QString timedOut = anna->begin(credit(u"alice"_s));
    const QString made = anna->begin(credit(u"carol"_s));
    QVERIFY(!timedOut.isEmpty() && !made.isEmpty());

    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
    QString error;
    QVERIFY2(anna->finish(timedOut, JournalOutcome::Unknown, 0, u"timed out"_s, &error),
             qPrintable(error));
    QVERIFY2(anna->decide(timedOut, JournalDecision::WentThrough, {}, &error), qPrintable(error));
    QVERIFY2(anna->finish(made, JournalOutcome::Succeeded, 200, {}, &error), qPrintable(error));
    QCOMPARE(anna->waitingOutcomes(), 3);
    // Told once, in words, for the three.
    QCOMPARE(told.size(), 1);
    const QString sentence = told.constFirst().constFirst().toString();
    QVERIFY2(sentence.contains(u"kept on this computer"_s), qPrintable(sentence));
    QVERIFY2(sentence.contains(u"when it is back"_s), qPrintable(sentence));
    QVERIFY(!anna->outboxNotice().isEmpty());

    // Anna's reads show what she knows, while the store cannot even be read.
    QList<JournalEntry> mine = anna->entries();
    QVERIFY2(!anna->readProblem().isEmpty(), "the store is away and the reads say so");
    QCOMPARE(mine.size(), 2);
    const JournalEntry *first = find(mine, timedOut);
    QVERIFY(first);
    QCOMPARE(first->outcome, JournalOutcome::Unknown);
    QCOMPARE(first->decision, JournalDecision::WentThrough);
    QCOMPARE(first->operation.customer, u"alice"_s);
    QCOMPARE(first->madeByName, u"Anna"_s);
    QVERIFY(first->notInTeamStore);
    QCOMPARE(find(mine, made)->outcome, JournalOutcome::Succeeded);
    QVERIFY(anna->needingDecision().isEmpty());
    // The journal window's rows say where the outcome is.
    JournalModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries(mine);
    const int row = model.entryAt(0).opId == timedOut ? 0 : 1;
    QCOMPARE(model.index(row, JournalModel::OutcomeColumn).data().toString(),
             u"Unknown (on this computer only)"_s);
    QVERIFY(model.index(row, JournalModel::OutcomeColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(u"Kept on this computer"_s));

    QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
    // Bob reads before Anna's console is back: her credits are still pending for him, so he
    // cannot credit those customers again without a decision.
    QList<JournalEntry> seenByBob = bob->entries();
    QCOMPARE(seenByBob.size(), 2);
    QCOMPARE(find(seenByBob, timedOut)->outcome, JournalOutcome::None);
    QCOMPARE(find(seenByBob, made)->outcome, JournalOutcome::None);
    QCOMPARE(bob->needingDecision().size(), 2);

    // Anna's next call of any kind replays, in order.
    QCOMPARE(anna->count(), 2);
    QCOMPARE(anna->waitingOutcomes(), 0);
    QVERIFY(anna->outboxNotice().isEmpty());
    mine = anna->entries();
    QVERIFY(!find(mine, timedOut)->notInTeamStore);

    seenByBob = bob->entries();
    const JournalEntry *replayed = find(seenByBob, timedOut);
    QCOMPARE(replayed->outcome, JournalOutcome::Unknown);
    QCOMPARE(replayed->detail, u"timed out"_s);
    QCOMPARE(replayed->decision, JournalDecision::WentThrough);
    QCOMPARE(find(seenByBob, made)->outcome, JournalOutcome::Succeeded);
    QCOMPARE(find(seenByBob, made)->httpStatus, 200);
    QVERIFY(bob->needingDecision().isEmpty());
    QCOMPARE(storeCount(
                 u"SELECT COUNT(*) FROM team_journal_decisions WHERE op_id = '%1'"_s.arg(timedOut)),
             1);

    // A second outage tells again.
    const QString later = anna->begin(credit(u"dave"_s));
    QVERIFY(m_server.stop());
    QVERIFY(anna->finish(later, JournalOutcome::NotMade, 422, {}));
    QCOMPARE(told.size(), 2);
}

void TestTeamOutbox::aJournalOpenedLaterReplaysAtOpen() {
    const QString path = outboxPath(u"anna"_s);
    QString opId;
    {
        const auto anna = open(u"Anna"_s, path);
        opId = anna->begin(credit(u"alice"_s));
        QVERIFY(!opId.isEmpty());
        QVERIFY(m_server.stop());
        QVERIFY(anna->finish(opId, JournalOutcome::Succeeded, 201, {}));
        QVERIFY(anna->decide(opId, JournalDecision::Checked));
        QCOMPARE(anna->waitingOutcomes(), 2);
    }
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(m_server.restart());
    const auto again = open(u"Anna"_s, path);
    // Replayed by the constructor, before anyone asked.
    QCOMPARE(again->waitingOutcomes(), 0);
    QCOMPARE(storeCount(u"SELECT COUNT(*) FROM team_journal_operations WHERE op_id = '%1' "
                        "AND outcome = 'succeeded' AND http_status = 201"_s.arg(opId)),
             1);
    QCOMPARE(storeCount(u"SELECT COUNT(*) FROM team_journal_decisions WHERE op_id = '%1' "
                        "AND decision = 'checked'"_s.arg(opId)),
             1);
    const auto bob = open(u"Bob"_s, outboxPath(u"bob"_s));
    QCOMPARE(bob->entries().constFirst().outcome, JournalOutcome::Succeeded);
}

void TestTeamOutbox::aReplayRepeatedAfterACrashRecordsTheDecisionOnce() {
    const QString path = outboxPath(u"anna"_s);
    const QString copy = m_dir.filePath(u"%1-crashed-outbox.sqlite"_s.arg(m_database));
    QString opId;
    {
        const auto anna = open(u"Anna"_s, path);
        opId = anna->begin(credit(u"alice"_s));
        QVERIFY(m_server.stop());
        QVERIFY(anna->finish(opId, JournalOutcome::Unknown, 504, {}));
        QVERIFY(anna->decide(opId, JournalDecision::NotMade));
    }
    // The outbox as it was before the replay: what a console that crashed after the store's
    // commit and before the outbox's delete finds at its next start.
    QVERIFY(QFile::copy(path, copy));
    QVERIFY(m_server.restart());
    { QCOMPARE(open(u"Anna"_s, path)->waitingOutcomes(), 0); }
    QVERIFY(QFile::remove(path));
    QVERIFY(QFile::copy(copy, path));
    const auto afterCrash = open(u"Anna"_s, path);
    QCOMPARE(afterCrash->waitingOutcomes(), 0);
    QCOMPARE(
        storeCount(u"SELECT COUNT(*) FROM team_journal_decisions WHERE op_id = '%1'"_s.arg(opId)),
        1);
    const auto bob = open(u"Bob"_s, outboxPath(u"bob"_s));
    const JournalEntry entry = bob->entries().constFirst();
    QCOMPARE(entry.outcome, JournalOutcome::Unknown);
    QCOMPARE(entry.decision, JournalDecision::NotMade);
    QVERIFY(entry.certainlyNotMade());
}

void TestTeamOutbox::theTimerReplaysWhileSomethingWaits() {
    const auto anna = open(u"Anna"_s, outboxPath(u"anna"_s));
    anna->setOutboxRetryInterval(100);
    const QString opId = anna->begin(credit(u"alice"_s));
    QVERIFY(m_server.stop());
    QVERIFY(anna->finish(opId, JournalOutcome::Succeeded, 200, {}));
    QVERIFY(m_server.restart());
    // Nobody calls the journal: its timer brings the outcome to the store.
    QTRY_COMPARE_WITH_TIMEOUT(anna->waitingOutcomes(), 0, 15000);
    QCOMPARE(storeCount(u"SELECT COUNT(*) FROM team_journal_operations WHERE op_id = '%1' "
                        "AND outcome = 'succeeded'"_s.arg(opId)),
             1);
}

void TestTeamOutbox::theOutboxIsOwnerOnlyAndHoldsNoKey() {
    const QString path = outboxPath(u"anna"_s);
    {
        const auto anna = open(u"Anna"_s, path);
        // A console whose store never went away writes no outbox at all.
        const QString ok = anna->begin(credit(u"alice"_s));
        QVERIFY(anna->finish(ok, JournalOutcome::Succeeded, 200, {}));
        QVERIFY(!QFileInfo::exists(path));

        JournalOperation leaky = credit(u"carol"_s);
        leaky.reason = u"asked with key "_s + ApiKey;
        const QString opId = anna->begin(leaky);
        QVERIFY(m_server.stop());
        QVERIFY(anna->finish(opId, JournalOutcome::Unknown, 0,
                             u"Authorization: Bearer "_s + ApiKey + u" timed out"_s));
        QVERIFY(anna->decide(opId, JournalDecision::SentAgain, ApiKey + u"-again"_s));
        const QFileInfo file(path);
        QVERIFY(file.exists());
        QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther |
                                       QFile::WriteOther | QFile::ExeGroup | QFile::ExeOther),
                 QFile::Permissions());
        QVERIFY(file.permissions() & QFile::ReadOwner);
        const QFileInfo folder(file.absolutePath());
        QCOMPARE(folder.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeOther),
                 QFile::Permissions());
        // What is kept is scrubbed like the journal itself.
        const JournalEntry *kept = find(anna->entries(), opId);
        QVERIFY(kept);
        QVERIFY(kept->detail.contains(u"***"_s));
        QVERIFY(!kept->detail.contains(ApiKey));
    }
    // Every byte of the folder (the file and what SQLite left beside it).
    QDirIterator files(QFileInfo(path).absolutePath(), QDir::Files);
    int read = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains(ApiKey.toUtf8()), qPrintable(file.fileName()));
        ++read;
    }
    QVERIFY(read >= 1);
}

void TestTeamOutbox::aSentApprovalIsKeptAndRecordedOnce() {
    TeamStore anna(m_target, {}, Program, u"Shop"_s);
    TeamStore ben(m_target, {}, Program, u"Shop"_s);
    QVERIFY2(anna.ensureConnected() && ben.ensureConnected(), qPrintable(anna.errorString()));
    ApprovalRequest wanted;
    wanted.customer = u"alice"_s;
    wanted.amount = 500;
    wanted.units = u"EUR"_s;
    wanted.askedByUser = u"anna"_s;
    const std::optional<ApprovalRequest> asked = anna.approvals()->ask(wanted);
    QVERIFY(asked);
    QVERIFY(ben.approvals()->approve(asked->id, u"ben"_s, u"Ben"_s));
    const auto bensJournal = open(u"Ben"_s, outboxPath(u"ben"_s));
    QSignalSpy told(bensJournal.get(), &Journal::outcomeKeptOnThisComputer);
    const QString opId = bensJournal->begin(credit(u"alice"_s));

    QVERIFY(m_server.stop());
    QVERIFY(bensJournal->finish(opId, JournalOutcome::Succeeded, 200, {}));
    // As the credit dialog does when the request cannot be marked sent.
    QVERIFY(!ben.approvals()->markSent(asked->id, opId));
    QVERIFY(bensJournal->keepApprovalSent(asked->id, opId));
    QCOMPARE(bensJournal->waitingOutcomes(), 2);
    QCOMPARE(told.size(), 1);

    QVERIFY(m_server.restart());
    QVERIFY(bensJournal->ensureConnected());
    QCOMPARE(bensJournal->waitingOutcomes(), 0);
    const std::optional<ApprovalRequest> sent = anna.approvals()->request(asked->id);
    QVERIFY2(sent, qPrintable(anna.approvals()->errorString()));
    QCOMPARE(sent->state, ApprovalRequest::State::Sent);
    QCOMPARE(sent->operationId, opId);
}

QTEST_GUILESS_MAIN(TestTeamOutbox)
#include "tst_teamoutbox.moc"

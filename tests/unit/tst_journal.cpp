// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/journal/journal.h"
#include "app/store/migrations.h"
#include "app/store/sqlstore.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestJournal final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void beginIsOnDiskBeforeItReturns();
    void beginFailsWhenTheJournalCannotBeWritten();
    void outcomesMergeWithTheirBegin();
    void fourOutcomesAndOlderFilesRead();
    void undecidedUntilAPersonDecides();
    void everyDecisionIsKept();
    void olderAcknowledgedLinesReadAsChecked();
    void importKeepsEveryEntryOutcomeAndDecision();
    void importedOnlyIntoANewJournal();
    void databaseNamedLikeTheOldJournalIsNotImported();
    void csvQuoting();
    void csvGuardsEveryFormulaForm();
    void filters_data();
    void filters();
    void filtersInTheDatabase_data() { filters_data(); }
    void filtersInTheDatabase();
    void filterByProfile();
    void secretIsScrubbed();
    void customerFieldNamedKeyIsKept();
    void twoJournalsOnOneFileSeeEachOther();
    void writeAheadLogAndFullSync();
    void newerJournalIsRefusedAndUntouched();
    void damagedFileIsReportedAndBeginRefuses();
    void crashLeavesOperationPending();
    void countsAndActionsFromTheDatabase();
    void whoMadeEachChangeIsRecorded();
    void journalOfTheFirstSchemaIsMigrated();

private:
    static JournalOperation credit(const QString &customer, int amount = 10);
    // The database's rows as another program would see them: a connection of its own.
    static QList<QVariantList> rows(const QString &path, const QString &sql);
    static QByteArray fileBytes(const QString &path);
    bool writeOldJournal(const QByteArray &lines) const;
    QString journalPath() const { return m_dir->filePath(u"journal.sqlite"_s); }
    QString oldJournalPath() const { return m_dir->filePath(u"journal.jsonl"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

JournalOperation TestJournal::credit(const QString &customer, int amount) {
    JournalOperation operation;
    operation.profileId = u"p-1"_s;
    operation.profileName = u"Main program"_s;
    operation.action = u"credit"_s;
    operation.customer = customer;
    operation.method = u"POST"_s;
    operation.path = u"/v1/customers/"_s + customer + u"/balance/credit"_s;
    operation.payload = {{u"amount"_s, amount}, {u"currency"_s, u"EUR"_s}};
    operation.reason = u"Late delivery"_s;
    return operation;
}

QList<QVariantList> TestJournal::rows(const QString &path, const QString &sql) {
    SqlStore store;
    if (!store.openSqlite(path))
        return {};
    QSqlQuery query = store.query();
    QList<QVariantList> result;
    if (!query.exec(sql)) {
        qWarning("%s", qPrintable(store.errorString()));
        return result;
    }
    while (query.next()) {
        QVariantList row;
        for (int i = 0; i < query.record().count(); ++i)
            row << query.value(i);
        result << row;
    }
    return result;
}

QByteArray TestJournal::fileBytes(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool TestJournal::writeOldJournal(const QByteArray &lines) const {
    QFile file(oldJournalPath());
    return file.open(QIODevice::WriteOnly) && file.write(lines) == lines.size();
}

void TestJournal::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestJournal::beginIsOnDiskBeforeItReturns() {
    // A folder that does not exist yet: the journal creates it.
    const QString path = m_dir->filePath(u"new/folder/journal.sqlite"_s);
    Journal journal(path);
    QVERIFY2(journal.problems().isEmpty(), qPrintable(journal.problems().join(u' ')));
    QSignalSpy written(&journal, &Journal::written);
    QString error;
    const QString opId = journal.begin(credit(u"cust_1"_s, 25), &error);
    QVERIFY2(!opId.isEmpty(), qPrintable(error));
    QVERIFY(error.isEmpty());

    // Another connection, right away: the operation is committed, nothing waits in the Journal.
    const QList<QVariantList> found =
        rows(path, u"SELECT op_id, profile_id, profile_name, action, customer, method, path, "
                   "payload, reason, time, outcome FROM operations"_s);
    QCOMPARE(found.size(), 1);
    const QVariantList &row = found.at(0);
    QCOMPARE(row.at(0).toString(), opId);
    QCOMPARE(row.at(1).toString(), u"p-1"_s);
    QCOMPARE(row.at(2).toString(), u"Main program"_s);
    QCOMPARE(row.at(3).toString(), u"credit"_s);
    QCOMPARE(row.at(4).toString(), u"cust_1"_s);
    QCOMPARE(row.at(5).toString(), u"POST"_s);
    QCOMPARE(row.at(6).toString(), u"/v1/customers/cust_1/balance/credit"_s);
    QCOMPARE(QJsonDocument::fromJson(row.at(7).toString().toUtf8())[u"amount"_s].toInt(), 25);
    QCOMPARE(row.at(8).toString(), u"Late delivery"_s);
    const QDateTime time = QDateTime::fromString(row.at(9).toString(), Qt::ISODateWithMs);
    QVERIFY(time.isValid());
    QCOMPARE(time.timeSpec(), Qt::UTC);
    QVERIFY(row.at(10).isNull()); // no outcome yet
    QCOMPARE(written.count(), 1);
    // It names customers and amounts: nobody else on the computer may read it, nor list the
    // folders it made.
    QCOMPARE(QFileInfo(path).permissions() & ~QFileDevice::Permissions(0x0f00),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QFileDevice::Permissions ownerOnlyFolder =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    QCOMPARE(QFileInfo(m_dir->filePath(u"new/folder"_s)).permissions() &
                 ~QFileDevice::Permissions(0x0f00),
             ownerOnlyFolder);
    QCOMPARE(QFileInfo(m_dir->filePath(u"new"_s)).permissions() & ~QFileDevice::Permissions(0x0f00),
             ownerOnlyFolder);
    // SQLite's companion files get the mode of the database.
    QVERIFY(QFileInfo::exists(path + u"-wal"_s));
    QCOMPARE(QFileInfo(path + u"-wal"_s).permissions() & ~QFileDevice::Permissions(0x0f00),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestJournal::beginFailsWhenTheJournalCannotBeWritten() {
    // The journal's folder would have to be inside a regular file: no user can write that.
    QFile blocker(m_dir->filePath(u"not-a-folder"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    Journal journal(m_dir->filePath(u"not-a-folder/journal.sqlite"_s));
    QSignalSpy written(&journal, &Journal::written);
    // Said once at start, in words, with the file.
    QCOMPARE(journal.problems().size(), 1);
    QVERIFY2(journal.problems().at(0).contains(u"not-a-folder"_s),
             qPrintable(journal.problems().at(0)));
    QVERIFY2(journal.problems().at(0).contains(u"Changes cannot be sent until it can."_s),
             qPrintable(journal.problems().at(0)));
    QString error;
    const QString opId = journal.begin(credit(u"cust_1"_s), &error);
    QVERIFY(opId.isEmpty());
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(u"not-a-folder"_s), qPrintable(error));
    QCOMPARE(journal.errorString(), error);
    QCOMPARE(written.count(), 0);
    QVERIFY(journal.entries().isEmpty());
}

void TestJournal::outcomesMergeWithTheirBegin() {
    Journal journal(journalPath());
    const QString a = journal.begin(credit(u"cust_a"_s));
    const QString b = journal.begin(credit(u"cust_b"_s));
    const QString c = journal.begin(credit(u"cust_c"_s));
    QVERIFY(journal.finish(b, JournalOutcome::NotMade, 422, u"The amount is invalid."_s));
    QVERIFY(journal.finish(a, JournalOutcome::Succeeded, 200, {}));
    QVERIFY(journal.finish(c, JournalOutcome::Unknown, 0, u"Timed out"_s));
    QVERIFY(!journal.finish(c, JournalOutcome::None, 0, {}));
    QVERIFY(!journal.errorString().isEmpty());

    const QList<JournalEntry> entries = Journal(journalPath()).entries();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).opId, a);
    QCOMPARE(entries.at(0).outcome, JournalOutcome::Succeeded);
    QCOMPARE(entries.at(0).httpStatus, 200);
    QVERIFY(entries.at(0).outcomeTime.isValid());
    QVERIFY(entries.at(0).outcomeTime >= entries.at(0).time);
    QCOMPARE(entries.at(1).opId, b);
    QCOMPARE(entries.at(1).operation.customer, u"cust_b"_s);
    QCOMPARE(entries.at(1).outcome, JournalOutcome::NotMade);
    QCOMPARE(entries.at(1).httpStatus, 422);
    QCOMPARE(entries.at(1).detail, u"The amount is invalid."_s);
    QCOMPARE(entries.at(2).outcome, JournalOutcome::Unknown);
    QCOMPARE(entries.at(2).detail, u"Timed out"_s);

    // A later reconciliation corrects an unknown outcome.
    QVERIFY(journal.finish(c, JournalOutcome::Succeeded, 200, u"Balance checked"_s));
    QCOMPARE(journal.entries().at(2).outcome, JournalOutcome::Succeeded);
}

void TestJournal::fourOutcomesAndOlderFilesRead() {
    Journal journal(journalPath());
    const QList<JournalOutcome> outcomes{JournalOutcome::Succeeded, JournalOutcome::NotMade,
                                         JournalOutcome::NotSent, JournalOutcome::Unknown};
    QStringList ids;
    for (const JournalOutcome outcome : outcomes) {
        ids.append(journal.begin(credit(u"cust_%1"_s.arg(ids.size()))));
        QVERIFY(journal.finish(ids.last(), outcome, 0, {}));
    }
    // Stored as words that other programs (and people with a SQL prompt) can read.
    const QList<QVariantList> stored =
        rows(journalPath(), u"SELECT outcome FROM operations ORDER BY seq"_s);
    QCOMPARE(stored.size(), 4);
    QCOMPARE(stored.at(0).at(0).toString(), u"succeeded"_s);
    QCOMPARE(stored.at(1).at(0).toString(), u"not_made"_s);
    QCOMPARE(stored.at(2).at(0).toString(), u"not_sent"_s);
    QCOMPARE(stored.at(3).at(0).toString(), u"unknown"_s);

    const QList<JournalEntry> entries = Journal(journalPath()).entries();
    QCOMPARE(entries.size(), 4);
    for (int i = 0; i < outcomes.size(); ++i)
        QCOMPARE(entries.at(i).outcome, outcomes.at(i));
    QVERIFY(entries.at(2).certainlyNotMade());
    QVERIFY(!entries.at(3).certainlyNotMade());

    // A file written before the outcome had four values says "failed": the change was refused
    // or never sent, so it reads as not made.
    QTemporaryDir older;
    QFile file(older.filePath(u"journal.jsonl"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        R"({"type":"begin","op":"old","time":"2024-03-01T12:30:05.000Z","action":"credit"})"
        "\n"
        R"({"type":"outcome","op":"old","time":"2024-03-01T12:30:06.000Z","outcome":"failed","status":500,"detail":""})"
        "\n");
    file.close();
    const QList<JournalEntry> imported = Journal(older.filePath(u"journal.sqlite"_s)).entries();
    QCOMPARE(imported.size(), 1);
    QCOMPARE(imported.at(0).outcome, JournalOutcome::NotMade);
    QCOMPARE(imported.at(0).httpStatus, 500);
    QVERIFY(imported.at(0).certainlyNotMade());

    // People read words, in the window and in the CSV.
    QCOMPARE(Journal::outcomeText(JournalOutcome::Succeeded), u"Succeeded"_s);
    QCOMPARE(Journal::outcomeText(JournalOutcome::NotMade), u"Not made"_s);
    QCOMPARE(Journal::outcomeText(JournalOutcome::NotSent), u"Not sent"_s);
    QCOMPARE(Journal::outcomeText(JournalOutcome::Unknown), u"Unknown"_s);
}

void TestJournal::undecidedUntilAPersonDecides() {
    Journal journal(journalPath());
    const QString done = journal.begin(credit(u"cust_done"_s));
    const QString lost = journal.begin(credit(u"cust_lost"_s));
    const QString unknown = journal.begin(credit(u"cust_unknown"_s));
    const QString refused = journal.begin(credit(u"cust_refused"_s));
    QVERIFY(journal.finish(done, JournalOutcome::Succeeded, 200, {}));
    QVERIFY(journal.finish(unknown, JournalOutcome::Unknown, 500, {}));
    QVERIFY(journal.finish(refused, JournalOutcome::NotMade, 422, {}));

    // No outcome (a crash) and an unknown one both wait for a person.
    QList<JournalEntry> undecided = Journal(journalPath()).needingDecision();
    QCOMPARE(undecided.size(), 2);
    QCOMPARE(undecided.at(0).opId, lost);
    QCOMPARE(undecided.at(1).opId, unknown);

    // "Decide later" is recorded, but the change still needs a decision after a restart.
    QVERIFY(journal.decide(unknown, JournalDecision::Later));
    QVERIFY(journal.decide(lost, JournalDecision::WentThrough));
    undecided = Journal(journalPath()).needingDecision();
    QCOMPARE(undecided.size(), 1);
    QCOMPARE(undecided.at(0).opId, unknown);
    QCOMPARE(undecided.at(0).decision, JournalDecision::Later);

    QVERIFY(journal.decide(unknown, JournalDecision::SentAgain, u"op-again"_s));
    QVERIFY(Journal(journalPath()).needingDecision().isEmpty());

    const QList<JournalEntry> entries = Journal(journalPath()).entries();
    QCOMPARE(entries.size(), 4);
    QCOMPARE(entries.at(1).decision, JournalDecision::WentThrough);
    QCOMPARE(entries.at(1).decidedBy, Journal::currentUser());
    QVERIFY(entries.at(1).decisionTime.isValid());
    QCOMPARE(entries.at(1).outcome, JournalOutcome::None); // what the server said stays
    QVERIFY(entries.at(1).madeAsFarAsKnown());
    QCOMPARE(entries.at(2).decision, JournalDecision::SentAgain);
    QCOMPARE(entries.at(2).sentAgainAs, u"op-again"_s);
    QVERIFY(entries.at(2).certainlyNotMade()); // sending again says the first was not made
    QVERIFY(!entries.at(2).madeAsFarAsKnown());
    QVERIFY(entries.at(0).madeAsFarAsKnown());

    // A decision is only for an operation; None is no decision.
    QVERIFY(!journal.decide(QString(), JournalDecision::NotMade));
    QVERIFY(!journal.decide(done, JournalDecision::None));
}

void TestJournal::everyDecisionIsKept() {
    Journal journal(journalPath());
    const QString opId = journal.begin(credit(u"cust_1"_s));
    QVERIFY(journal.finish(opId, JournalOutcome::Unknown, 502, {}));
    QString decideError;
    QVERIFY2(journal.decide(opId, JournalDecision::Later, {}, &decideError),
             qPrintable(decideError));
    QVERIFY(journal.decide(opId, JournalDecision::Later));
    QVERIFY(journal.decide(opId, JournalDecision::WentThrough));
    // The last one counts...
    const QList<JournalEntry> entries = Journal(journalPath()).entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).decision, JournalDecision::WentThrough);
    QVERIFY(!entries.at(0).needsDecision());
    // ... and every one stays on record, with who decided.
    const QList<QVariantList> decisions =
        rows(journalPath(), u"SELECT decision, decided_by FROM decisions ORDER BY decision_no"_s);
    QCOMPARE(decisions.size(), 3);
    QCOMPARE(decisions.at(0).at(0).toString(), u"later"_s);
    QCOMPARE(decisions.at(2).at(0).toString(), u"went_through"_s);
    QCOMPARE(decisions.at(2).at(1).toString(), Journal::currentUser());
    QVERIFY(!Journal::currentUser().isEmpty());
    // Also where the environment does not name the user (services, containers).
    const QByteArray user = qgetenv("USER");
    const QByteArray logname = qgetenv("LOGNAME");
    qunsetenv("USER");
    qunsetenv("LOGNAME");
    const QString fromAccount = Journal::currentUser();
    qputenv("USER", user);
    qputenv("LOGNAME", logname);
    QVERIFY(!fromAccount.isEmpty());
    // A decision about an operation the journal does not have is refused, in words.
    QString error;
    QVERIFY(!journal.decide(u"no-such-op"_s, JournalDecision::NotMade, {}, &error));
    QVERIFY2(error.contains(u"no-such-op"_s), qPrintable(error));
    QVERIFY(!journal.finish(u"no-such-op"_s, JournalOutcome::Succeeded, 200, {}));
}

void TestJournal::olderAcknowledgedLinesReadAsChecked() {
    QVERIFY(writeOldJournal(
        R"({"type":"begin","op":"old-1","time":"2024-01-02T10:00:00.000Z","action":"credit","customer":"c1","payload":{"amount":5,"amount_units":"EUR","is_currency":true}})"
        "\n"
        R"({"type":"acknowledged","op":"old-1","time":"2024-01-02T11:00:00.000Z"})"
        "\n"));
    const QList<JournalEntry> entries = Journal(journalPath()).entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).decision, JournalDecision::Checked);
    QVERIFY(!entries.at(0).needsDecision());
}

void TestJournal::importKeepsEveryEntryOutcomeAndDecision() {
    // What earlier versions wrote, with two lines torn by crashes (one in the middle, where a
    // later line started without a newline before it, one at the end).
    QVERIFY(writeOldJournal(
        R"({"type":"begin","op":"a","time":"2024-01-02T10:00:00.000Z","profile":"p-1","profileName":"Main","action":"credit","customer":"cust_a","method":"POST","path":"/v1/customers/cust_a/balance/credit","payload":{"amount":5,"amount_units":"EUR"},"reason":"goodwill"})"
        "\n"
        R"({"type":"outcome","op":"a","time":"2024-01-02T10:00:01.000Z","outcome":"succeeded","status":200,"detail":""})"
        "\n"
        R"({"type":"begin","op":"b","time":"2024-01-02T10:05:00.000Z","profile":"p-1","action":"credit","customer":"cust_b","payload":{"amount":7}})"
        "\n"
        R"({"type":"outcome","op":"b","time":"2024-01-02T10:05:30.000Z","outcome":"unknown","status":502,"detail":"Bad gateway"})"
        "\n"
        R"({"type":"decision","op":"b","time":"2024-01-02T11:00:00.000Z","decision":"later","by":"anna"})"
        "\n"
        R"({"type":"decision","op":"b","time":"2024-01-02T11:30:00.000Z","decision":"sent_again","by":"ben","sentAgainAs":"c"})"
        "\n"
        R"({"type":"begin","op":"torn","ti)"
        "\n"
        R"({"type":"begin","op":"c","time":"2024-01-02T11:31:00.000Z","profile":"p-1","action":"credit","customer":"cust_b","payload":{"amount":7}})"
        "\n"
        R"({"type":"begin","op":"d","time":"2024-01-02T12:00:00.000Z","action":"delete","customer":"cust_d"})"
        "\n"
        R"({"type":"acknowledged","op":"d","time":"2024-01-02T12:10:00.000Z"})"
        "\n"
        R"({"type":"begin","op":"e","time":"2024-01-02T13:00:00.000Z","action":"suspend","customer":"cust_e"})"
        "\n"
        R"({"type":"outcome","op":"e","time":"2024-01-0)"));

    Journal journal(journalPath());
    const QList<JournalEntry> entries = journal.entries();
    QVERIFY2(entries.size() == 5, qPrintable(journal.problems().join(u' ')));
    QStringList ids;
    for (const JournalEntry &entry : entries)
        ids << entry.opId;
    QCOMPARE(ids, (QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s}));

    const JournalEntry &a = entries.at(0);
    QCOMPARE(a.time, QDateTime(QDate(2024, 1, 2), QTime(10, 0), Qt::UTC));
    QCOMPARE(a.operation.profileId, u"p-1"_s);
    QCOMPARE(a.operation.profileName, u"Main"_s);
    QCOMPARE(a.operation.method, u"POST"_s);
    QCOMPARE(a.operation.path, u"/v1/customers/cust_a/balance/credit"_s);
    QCOMPARE(a.operation.payload.value(u"amount_units"_s).toString(), u"EUR"_s);
    QCOMPARE(a.operation.reason, u"goodwill"_s);
    QCOMPARE(a.outcome, JournalOutcome::Succeeded);
    QCOMPARE(a.httpStatus, 200);
    QCOMPARE(a.outcomeTime, QDateTime(QDate(2024, 1, 2), QTime(10, 0, 1), Qt::UTC));

    const JournalEntry &b = entries.at(1);
    QCOMPARE(b.outcome, JournalOutcome::Unknown);
    QCOMPARE(b.httpStatus, 502);
    QCOMPARE(b.detail, u"Bad gateway"_s);
    QCOMPARE(b.decision, JournalDecision::SentAgain);
    QCOMPARE(b.decidedBy, u"ben"_s);
    QCOMPARE(b.sentAgainAs, u"c"_s);
    QCOMPARE(b.decisionTime, QDateTime(QDate(2024, 1, 2), QTime(11, 30), Qt::UTC));
    QCOMPARE(entries.at(2).outcome, JournalOutcome::None);
    QCOMPARE(entries.at(3).decision, JournalDecision::Checked);
    QCOMPARE(entries.at(4).outcome, JournalOutcome::None);
    // Both decisions about b are on record, in order.
    const QList<QVariantList> decisions =
        rows(journalPath(), u"SELECT decision, decided_by FROM decisions WHERE op_id = 'b' "
                            "ORDER BY decision_no"_s);
    QCOMPARE(decisions.size(), 2);
    QCOMPARE(decisions.at(0).at(0).toString(), u"later"_s);
    QCOMPARE(decisions.at(0).at(1).toString(), u"anna"_s);
    QCOMPARE(decisions.at(1).at(0).toString(), u"sent_again"_s);
    // c (no outcome) and e (its outcome line torn) wait for a person, as before.
    const QList<JournalEntry> undecided = journal.needingDecision();
    QCOMPARE(undecided.size(), 2);
    QCOMPARE(undecided.at(0).opId, u"c"_s);
    QCOMPARE(undecided.at(1).opId, u"e"_s);

    // The torn lines are counted and said, and the old file is kept under a new name.
    QVERIFY(!QFileInfo::exists(oldJournalPath()));
    const QString kept = oldJournalPath() + u".imported"_s;
    QVERIFY(QFileInfo::exists(kept));
    QCOMPARE(journal.problems().size(), 1);
    QCOMPARE(journal.problems().at(0),
             u"2 entries of the old journal could not be read; the file is kept as %1."_s.arg(
                 QDir::toNativeSeparators(kept)));
    // New operations follow the imported ones.
    const QString next = journal.begin(credit(u"cust_next"_s));
    QVERIFY(!next.isEmpty());
    QCOMPARE(journal.entries().last().opId, next);

    // A second open imports nothing again.
    const Journal again(journalPath());
    QVERIFY(again.problems().isEmpty());
    QCOMPARE(again.entries().size(), 6);
}

void TestJournal::importedOnlyIntoANewJournal() {
    {
        Journal journal(journalPath());
        QVERIFY(!journal.begin(credit(u"cust_1"_s)).isEmpty());
    }
    // A JSON-lines file that appears beside an existing journal is not taken in (it could be
    // anything: a copy, a restore); nor renamed.
    QVERIFY(writeOldJournal(
        R"({"type":"begin","op":"late","time":"2024-01-02T10:00:00.000Z","action":"credit"})"
        "\n"));
    const Journal journal(journalPath());
    QCOMPARE(journal.entries().size(), 1);
    QVERIFY(journal.problems().isEmpty());
    QVERIFY(QFileInfo::exists(oldJournalPath()));
}

void TestJournal::databaseNamedLikeTheOldJournalIsNotImported() {
    // Tests and older setups name a database journal.jsonl; another journal beside it must
    // not read that database as JSON lines, nor rename it.
    {
        Journal named(oldJournalPath());
        QVERIFY(!named.begin(credit(u"cust_1"_s)).isEmpty());
    }
    const Journal beside(journalPath());
    QVERIFY2(beside.problems().isEmpty(), qPrintable(beside.problems().join(u' ')));
    QVERIFY(beside.entries().isEmpty());
    QVERIFY(QFileInfo::exists(oldJournalPath()));
    QCOMPARE(Journal(oldJournalPath()).entries().size(), 1);
}

void TestJournal::csvQuoting() {
    JournalEntry entry;
    entry.opId = u"op-1"_s;
    entry.time = QDateTime(QDate(2024, 3, 1), QTime(12, 30, 5), Qt::UTC);
    entry.operation = credit(u"Smith, John"_s, 5);
    entry.operation.path = u"/v1/customers/x/balance/credit"_s;
    entry.operation.reason = u"He said \"sorry\"\nand meant it"_s;
    entry.outcome = JournalOutcome::NotMade;
    entry.outcomeTime = QDateTime(QDate(2024, 3, 1), QTime(12, 30, 6), Qt::UTC);
    entry.httpStatus = 422;
    entry.detail = u"=HYPERLINK(\"http://evil\")"_s;

    JournalEntry plain;
    plain.opId = u"op-2"_s;
    plain.time = QDateTime(QDate(2024, 3, 2), QTime(8, 0), Qt::UTC);
    plain.operation.profileName = u"Main"_s;
    plain.operation.action = u"delete"_s;
    plain.operation.customer = u"cust_2"_s;
    plain.operation.method = u"DELETE"_s;
    plain.operation.path = u"/v1/customers/cust_2"_s;
    plain.decision = JournalDecision::WentThrough;
    plain.decidedBy = u"anna"_s;
    plain.decisionTime = QDateTime(QDate(2024, 3, 2), QTime(9, 0), Qt::UTC);

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(Journal::exportCsv(&buffer, {entry, plain}));
    const QString csv = QString::fromUtf8(buffer.data());
    const QStringList rows = csv.split(u"\r\n"_s);
    QCOMPARE(rows.size(), 4); // header, two rows, the empty rest after the final CRLF
    QCOMPARE(rows.at(0), u"Operation,Time (UTC),Profile,Profile ID,Action,Customer,Method,Path,"
                         "Payload,Reason,Outcome,HTTP status,Outcome time (UTC),Detail,"
                         "Decision,Decided by,Decision time (UTC),Sent again as,"
                         "Made by (user),Made by (name)"_s);
    QCOMPARE(rows.at(1),
             u"op-1,2024-03-01T12:30:05.000Z,Main program,p-1,credit,\"Smith, John\",POST,"
             "/v1/customers/x/balance/credit,\"{\"\"amount\"\":5,\"\"currency\"\":\"\"EUR\"\"}\","
             "\"He said \"\"sorry\"\"\nand meant it\",Not made,422,2024-03-01T12:30:06.000Z,"
             "\"'=HYPERLINK(\"\"http://evil\"\")\",,,,,,"_s);
    QCOMPARE(rows.at(2), u"op-2,2024-03-02T08:00:00.000Z,Main,,delete,cust_2,DELETE,"
                         "/v1/customers/cust_2,{},,No outcome,,,,It went through,anna,"
                         "2024-03-02T09:00:00.000Z,,,"_s);
    QVERIFY(rows.at(3).isEmpty());
}

// Text a person or a server chose ends up in the export: none of it may become a formula when
// the file is opened in a spreadsheet, whatever form the formula sign takes.
void TestJournal::csvGuardsEveryFormulaForm() {
    JournalEntry entry;
    entry.opId = u"op-1"_s;
    entry.time = QDateTime(QDate(2024, 3, 1), QTime(12, 30, 5), Qt::UTC);
    entry.operation = credit(u"\uFF1DHYPERLINK(\"http://evil\")"_s, 5); // full-width =
    entry.operation.profileName = u"\uFF20SUM(A1)"_s;                   // full-width @
    entry.operation.reason = u"\t=1+1"_s;                               // leading tab
    entry.detail = u"\r=cmd|' /C calc'!A0"_s;                           // leading CR
    entry.decidedBy = u"\uFF0D1\uFF0B1"_s;                              // full-width - and +
    entry.decision = JournalDecision::WentThrough;

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(Journal::exportCsv(&buffer, {entry}));
    const QString csv = QString::fromUtf8(buffer.data());
    QVERIFY2(csv.contains(u",\"'\uFF1DHYPERLINK(\"\"http://evil\"\")\","_s), qPrintable(csv));
    QVERIFY(csv.contains(u",'\uFF20SUM(A1),"_s));
    QVERIFY(csv.contains(u",'\t=1+1,"_s));
    QVERIFY(csv.contains(u",\"'\r=cmd|' /C calc'!A0\","_s));
    QVERIFY(csv.contains(u",'\uFF0D1\uFF0B1,"_s));
}

void TestJournal::filters_data() {
    QTest::addColumn<QString>("customer");
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("fromDay");
    QTest::addColumn<int>("toDay");
    QTest::addColumn<int>("outcome"); // -1: any
    QTest::addColumn<QStringList>("expected");

    const int any = -1;
    QTest::newRow("everything") << QString() << QString() << 0 << 0 << any
                                << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s};
    QTest::newRow("customer, any case")
        << u"ALICE"_s << QString() << 0 << 0 << any << QStringList{u"a"_s, u"c"_s};
    QTest::newRow("action") << QString() << u"delete"_s << 0 << 0 << any << QStringList{u"b"_s};
    QTest::newRow("from day 2") << QString() << QString() << 2 << 0 << any
                                << QStringList{u"b"_s, u"c"_s, u"d"_s};
    QTest::newRow("day 2 only, end exclusive")
        << QString() << QString() << 2 << 3 << any << QStringList{u"b"_s};
    QTest::newRow("not made") << QString() << QString() << 0 << 0 << int(JournalOutcome::NotMade)
                              << QStringList{u"c"_s};
    QTest::newRow("no outcome") << QString() << QString() << 0 << 0 << int(JournalOutcome::None)
                                << QStringList{u"d"_s};
    QTest::newRow("customer and action")
        << u"alice"_s << u"credit"_s << 0 << 0 << any << QStringList{u"a"_s, u"c"_s};
}

void TestJournal::filters() {
    QFETCH(QString, customer);
    QFETCH(QString, action);
    QFETCH(int, fromDay);
    QFETCH(int, toDay);
    QFETCH(int, outcome);
    QFETCH(QStringList, expected);

    const auto make = [](const QString &id, const QString &who, const QString &what, int day,
                         JournalOutcome result) {
        JournalEntry entry;
        entry.opId = id;
        entry.operation.customer = who;
        entry.operation.action = what;
        entry.time = QDateTime(QDate(2024, 5, day), QTime(10, 0), Qt::UTC);
        entry.outcome = result;
        return entry;
    };
    const QList<JournalEntry> all{
        make(u"a"_s, u"alice@example.com"_s, u"credit"_s, 1, JournalOutcome::Succeeded),
        make(u"b"_s, u"bob@example.com"_s, u"delete"_s, 2, JournalOutcome::Succeeded),
        make(u"c"_s, u"Alice.B@example.com"_s, u"credit"_s, 3, JournalOutcome::NotMade),
        make(u"d"_s, u"dora@example.com"_s, u"invite"_s, 4, JournalOutcome::None),
    };
    JournalFilter filter;
    filter.customer = customer;
    filter.action = action;
    if (fromDay > 0)
        filter.from = QDateTime(QDate(2024, 5, fromDay), QTime(0, 0), Qt::UTC);
    if (toDay > 0)
        filter.to = QDateTime(QDate(2024, 5, toDay), QTime(0, 0), Qt::UTC);
    if (outcome >= 0)
        filter.outcome = JournalOutcome(outcome);

    QStringList ids;
    const QList<JournalEntry> result = Journal::filtered(all, filter);
    for (const JournalEntry &entry : result)
        ids << entry.opId;
    QCOMPARE(ids, expected);
}

void TestJournal::filtersInTheDatabase() {
    QFETCH(QString, customer);
    QFETCH(QString, action);
    QFETCH(int, fromDay);
    QFETCH(int, toDay);
    QFETCH(int, outcome);
    QFETCH(QStringList, expected);

    // The same four operations, at chosen times, through the import of an old journal.
    QVERIFY(writeOldJournal(
        R"({"type":"begin","op":"a","time":"2024-05-01T10:00:00.000Z","action":"credit","customer":"alice@example.com"})"
        "\n"
        R"({"type":"outcome","op":"a","time":"2024-05-01T10:00:01.000Z","outcome":"succeeded"})"
        "\n"
        R"({"type":"begin","op":"b","time":"2024-05-02T10:00:00.000Z","action":"delete","customer":"bob@example.com"})"
        "\n"
        R"({"type":"outcome","op":"b","time":"2024-05-02T10:00:01.000Z","outcome":"succeeded"})"
        "\n"
        R"({"type":"begin","op":"c","time":"2024-05-03T10:00:00.000Z","action":"credit","customer":"Alice.B@example.com"})"
        "\n"
        R"({"type":"outcome","op":"c","time":"2024-05-03T10:00:01.000Z","outcome":"not_made"})"
        "\n"
        R"({"type":"begin","op":"d","time":"2024-05-04T10:00:00.000Z","action":"invite","customer":"dora@example.com"})"
        "\n"));
    const Journal journal(journalPath());
    QVERIFY(journal.problems().isEmpty());

    JournalFilter filter;
    filter.customer = customer;
    filter.action = action;
    if (fromDay > 0)
        filter.from = QDateTime(QDate(2024, 5, fromDay), QTime(0, 0), Qt::UTC);
    if (toDay > 0)
        filter.to = QDateTime(QDate(2024, 5, toDay), QTime(0, 0), Qt::UTC);
    if (outcome >= 0)
        filter.outcome = JournalOutcome(outcome);
    QStringList ids;
    const QList<JournalEntry> result = journal.entries(filter);
    for (const JournalEntry &entry : result)
        ids << entry.opId;
    QCOMPARE(ids, expected);
}

void TestJournal::filterByProfile() {
    Journal journal(journalPath());
    JournalOperation other = credit(u"cust_1"_s);
    other.profileId = u"p-2"_s;
    const QString mine = journal.begin(credit(u"cust_1"_s));
    QVERIFY(!journal.begin(other).isEmpty());
    JournalOperation wildcard = credit(u"cust_%"_s);
    const QString percent = journal.begin(wildcard);
    JournalFilter filter;
    filter.profileId = u"p-1"_s;
    const QList<JournalEntry> entries = journal.entries(filter);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).opId, mine);
    // A wildcard in the customer filter is a character like any other.
    filter.customer = u"_%"_s;
    const QList<JournalEntry> literal = journal.entries(filter);
    QCOMPARE(literal.size(), 1);
    QCOMPARE(literal.at(0).opId, percent);
}

void TestJournal::secretIsScrubbed() {
    const QString secret = u"sk_live_Q7w\"e\\rty12345"_s; // a quote and a backslash on purpose
    Journal journal(journalPath());
    journal.addSecret(secret);
    journal.addSecret(u"abc"_s); // too short to scrub without mangling ordinary words

    JournalOperation operation = credit(u"cust_1"_s);
    operation.payload.insert(u"note"_s, QString(u"pasted "_s + secret + u" by mistake"_s));
    operation.payload.insert(u"nested"_s, QJsonObject{{u"list"_s, QJsonArray{secret}}});
    operation.reason = QString(u"key was "_s + secret);
    operation.payload.insert(u"email"_s, u"abc@example.com"_s);
    const QString opId = journal.begin(operation);
    QVERIFY(!opId.isEmpty());
    QVERIFY(journal.finish(opId, JournalOutcome::NotMade, 401, u"Bearer "_s + secret));

    // Everything SQLite keeps of it: the database and its write-ahead log.
    const QByteArray content = fileBytes(journalPath()) + fileBytes(journalPath() + u"-wal"_s);
    QVERIFY(content.contains("cust_1"));
    QVERIFY(!content.contains(secret.toUtf8()));
    QVERIFY(!content.contains(QJsonDocument(QJsonObject{{u"s"_s, secret}})
                                  .toJson(QJsonDocument::Compact)
                                  .mid(6)
                                  .chopped(2))); // the secret as JSON escapes it
    QVERIFY(!content.contains("Q7w"));

    const JournalEntry entry = journal.entries().at(0);
    QCOMPARE(entry.operation.payload.value(u"note"_s).toString(), u"pasted *** by mistake"_s);
    QCOMPARE(entry.operation.payload.value(u"nested"_s)[u"list"_s][0].toString(), u"***"_s);
    QCOMPARE(entry.operation.reason, u"key was ***"_s);
    QCOMPARE(entry.detail, u"Bearer ***"_s);
    QCOMPARE(entry.operation.payload.value(u"email"_s).toString(), u"abc@example.com"_s);
    QCOMPARE(journal.skippedLines(), 0);
}

void TestJournal::customerFieldNamedKeyIsKept() {
    // Customers have a field called "key" that is their public identifier, not a secret.
    Journal journal(journalPath());
    journal.addSecret(u"sk_live_secretvalue"_s);
    JournalOperation operation = credit(u"cust_1"_s);
    operation.action = u"update"_s;
    operation.payload = {{u"key"_s, u"cust_abcdef"_s}, {u"email"_s, u"abc@example.com"_s}};
    QVERIFY(!journal.begin(operation).isEmpty());
    const JournalEntry entry = journal.entries().at(0);
    QCOMPARE(entry.operation.payload.value(u"key"_s).toString(), u"cust_abcdef"_s);
    QCOMPARE(entry.operation.payload.value(u"email"_s).toString(), u"abc@example.com"_s);
}

void TestJournal::twoJournalsOnOneFileSeeEachOther() {
    Journal first(journalPath());
    Journal second(journalPath());
    JournalOperation big = credit(u"cust_big"_s);
    big.payload.insert(u"notes"_s, QString(20000, u'x'));
    QStringList ids;
    for (int i = 0; i < 50; ++i) {
        ids << first.begin(big);
        ids << second.begin(credit(u"cust_small"_s));
        // The first finishes what the second began: it sees it at once.
        QVERIFY(first.finish(ids.at(ids.size() - 1), JournalOutcome::Succeeded, 200, {}));
    }
    QVERIFY(!ids.contains(QString()));
    QCOMPARE(second.entries().size(), 100);
    QCOMPARE(second.entries().at(1).outcome, JournalOutcome::Succeeded);
    const Journal reader(journalPath());
    const QList<JournalEntry> entries = reader.entries();
    QCOMPARE(entries.size(), 100);
    QCOMPARE(reader.skippedLines(), 0);
    for (int i = 0; i < entries.size(); ++i)
        QCOMPARE(entries.at(i).opId, ids.at(i));
    QCOMPARE(entries.at(0).operation.payload.value(u"notes"_s).toString().size(), 20000);
    QCOMPARE(reader.needingDecision().size(), 50);
    QVERIFY(second.decide(ids.at(0), JournalDecision::NotMade));
    QCOMPARE(first.needingDecision().size(), 49);
}

void TestJournal::writeAheadLogAndFullSync() {
    const Journal journal(journalPath());
    QVERIFY(journal.isOpen());
    // The journal mode is the file's; another connection reads it.
    const QList<QVariantList> mode = rows(journalPath(), u"PRAGMA journal_mode"_s);
    QCOMPARE(mode.size(), 1);
    QCOMPARE(mode.at(0).at(0).toString(), u"wal"_s);
    // The schema is recorded once.
    const QList<QVariantList> versions =
        rows(journalPath(), u"SELECT version, applied_at FROM schema_migrations"_s);
    QCOMPARE(versions.size(), Journal::schemaVersion());
    QVERIFY(QDateTime::fromString(versions.at(0).at(1).toString(), Qt::ISODateWithMs).isValid());
    const Journal again(journalPath());
    QCOMPARE(rows(journalPath(), u"SELECT version FROM schema_migrations"_s).size(),
             Journal::schemaVersion());
}

void TestJournal::newerJournalIsRefusedAndUntouched() {
    {
        // A journal written by a version that knows five schema versions.
        SqlStore store;
        QVERIFY(store.openSqlite(journalPath()));
        QList<Migration> steps;
        for (int version = 1; version <= 5; ++version)
            steps.append({version, {u"CREATE TABLE t%1 (x TEXT)"_s.arg(version)}});
        QCOMPARE(Migrations(steps).apply(store), Migrations::Result::Ready);
    }
    const QByteArray before = fileBytes(journalPath());
    const QDateTime modified = QFileInfo(journalPath()).lastModified();
    {
        Journal journal(journalPath());
        QVERIFY(!journal.isOpen());
        QCOMPARE(journal.problems(),
                 QStringList{u"This journal was written by a newer version of Partnero Console "
                             "(schema 5; this version knows up to %1). Update the console to "
                             "open it."_s.arg(Journal::schemaVersion())});
        QString error;
        QVERIFY(journal.begin(credit(u"cust_1"_s), &error).isEmpty());
        QCOMPARE(error, journal.problems().at(0));
        QVERIFY(journal.entries().isEmpty());
    }
    QCOMPARE(fileBytes(journalPath()), before);
    QCOMPARE(QFileInfo(journalPath()).lastModified(), modified);
    QVERIFY(!rows(journalPath(), u"SELECT 1 FROM sqlite_master WHERE name = 't5'"_s).isEmpty());
    QVERIFY(
        rows(journalPath(), u"SELECT 1 FROM sqlite_master WHERE name = 'operations'"_s).isEmpty());
}

void TestJournal::damagedFileIsReportedAndBeginRefuses() {
    QByteArray garbage;
    for (int i = 0; i < 8192; ++i)
        garbage.append(char((i * 7919) % 251));
    {
        QFile file(journalPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    Journal journal(journalPath());
    QVERIFY(!journal.isOpen());
    QCOMPARE(journal.problems().size(), 1);
    const QString problem = journal.problems().at(0);
    QVERIFY2(problem.startsWith(u"The journal %1 could not be opened: "_s.arg(
                 QDir::toNativeSeparators(journalPath()))),
             qPrintable(problem));
    QVERIFY2(problem.contains(u"not a database"_s), qPrintable(problem));
    QVERIFY2(problem.endsWith(u"Changes cannot be sent until it can."_s), qPrintable(problem));
    QSignalSpy written(&journal, &Journal::written);
    QString error;
    QVERIFY(journal.begin(credit(u"cust_1"_s), &error).isEmpty());
    QCOMPARE(error, problem);
    QCOMPARE(written.count(), 0);
    QVERIFY(!journal.decide(u"x"_s, JournalDecision::WentThrough));
    QVERIFY(journal.needingDecision().isEmpty());
    // Never repaired or replaced behind anyone's back: it may still be recoverable.
    QCOMPARE(fileBytes(journalPath()), garbage);
}

void TestJournal::crashLeavesOperationPending() {
    QProcess helper;
    helper.setWorkingDirectory(m_dir->path());
    helper.start(QStringLiteral(JOURNAL_CRASH_HELPER), {journalPath()});
    QVERIFY(helper.waitForFinished(30000));
    QCOMPARE(helper.exitStatus(), QProcess::CrashExit);
    const QString opId = QString::fromUtf8(helper.readAllStandardOutput()).trimmed();
    QVERIFY2(!opId.isEmpty(), helper.readAllStandardError().constData());

    const QList<JournalEntry> pending = Journal(journalPath()).needingDecision();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.at(0).opId, opId);
    QCOMPARE(pending.at(0).operation.customer, u"cust_crash"_s);
    QCOMPARE(pending.at(0).operation.action, u"credit"_s);
    QCOMPARE(pending.at(0).operation.reason, u"goodwill"_s);
    QCOMPARE(pending.at(0).operation.payload.value(u"amount"_s).toInt(), 10);
}

void TestJournal::countsAndActionsFromTheDatabase() {
    Journal journal(journalPath());
    const QString done = journal.begin(credit(u"cust_a"_s));
    QVERIFY(journal.finish(done, JournalOutcome::Succeeded, 200, {}));
    journal.begin(credit(u"cust_b"_s)); // no outcome: needs a decision
    JournalOperation update = credit(u"cust_c"_s);
    update.action = u"update"_s;
    const QString unknown = journal.begin(update);
    QVERIFY(journal.finish(unknown, JournalOutcome::Unknown, 502, {}));

    QCOMPARE(journal.count(), 3);
    JournalFilter credits;
    credits.action = u"credit"_s;
    QCOMPARE(journal.count(credits), 2);
    JournalFilter undecided;
    undecided.needsDecision = true;
    QCOMPARE(journal.count(undecided), 2);
    QVERIFY(journal.decide(unknown, JournalDecision::Later));
    QCOMPARE(journal.count(undecided), 2); // "later" is no decision
    QVERIFY(journal.decide(unknown, JournalDecision::NotMade));
    QCOMPARE(journal.count(undecided), 1);
    JournalFilter customer;
    customer.customer = u"CUST_B"_s;
    QCOMPARE(journal.count(customer), 1);
    customer.customer = u"cüst"_s; // beyond ASCII: matched in C++, still counted right
    QCOMPARE(journal.count(customer), 0);
    QCOMPARE(journal.actions(), QStringList({u"credit"_s, u"update"_s}));
}

void TestJournal::whoMadeEachChangeIsRecorded() {
    Journal journal(journalPath());
    const QString user = Journal::currentUser();
    QVERIFY(!user.isEmpty());
    // No name chosen: the user is the name.
    const QString first = journal.begin(credit(u"cust_1"_s));
    journal.setDisplayName(u"  Anna Berg "_s);
    QCOMPARE(journal.displayName(), u"Anna Berg"_s);
    const QString second = journal.begin(credit(u"cust_2"_s));
    QVERIFY(!first.isEmpty() && !second.isEmpty());

    // Read back by another program: both fields are on the disk with the operation.
    const auto stored =
        rows(journalPath(), u"SELECT made_by_user, made_by_name FROM operations ORDER BY seq"_s);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(0), (QVariantList{user, user}));
    QCOMPARE(stored.at(1), (QVariantList{user, u"Anna Berg"_s}));

    const QList<JournalEntry> entries = journal.entries();
    QCOMPARE(entries.at(1).madeByUser, user);
    QCOMPARE(entries.at(1).madeByName, u"Anna Berg"_s);

    // Filtered by any part of the name or the user, in the database and in C++ alike.
    JournalFilter byName;
    byName.madeBy = u"berg"_s;
    QCOMPARE(journal.count(byName), 1);
    QCOMPARE(journal.entries(byName).at(0).opId, second);
    JournalFilter byUser;
    byUser.madeBy = user.toUpper();
    QCOMPARE(journal.count(byUser), 2);
    JournalFilter nobody;
    nobody.madeBy = u"zz-nobody-zz"_s;
    QCOMPARE(journal.count(nobody), 0);
    QVERIFY(!nobody.matches(entries.at(1)));
    QVERIFY(byName.matches(entries.at(1)));

    // The export names who made each change, in two columns of their own.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(Journal::exportCsv(&buffer, entries));
    const QStringList lines = QString::fromUtf8(buffer.data()).split(u"\r\n"_s);
    QVERIFY(lines.at(0).endsWith(u",Made by (user),Made by (name)"_s));
    QVERIFY2(lines.at(2).endsWith(u","_s + user + u",Anna Berg"_s), qPrintable(lines.at(2)));
}

void TestJournal::journalOfTheFirstSchemaIsMigrated() {
    {
        // A journal as the first schema wrote it, with one operation.
        SqlStore store;
        QVERIFY(store.openSqlite(journalPath()));
        const QList<Migration> first{
            {1,
             {u"CREATE TABLE operations (op_id TEXT PRIMARY KEY, seq INTEGER NOT NULL UNIQUE, "
              "time TEXT NOT NULL, profile_id TEXT NOT NULL DEFAULT '', profile_name TEXT NOT "
              "NULL DEFAULT '', action TEXT NOT NULL DEFAULT '', customer TEXT NOT NULL DEFAULT "
              "'', method TEXT NOT NULL DEFAULT '', path TEXT NOT NULL DEFAULT '', payload TEXT "
              "NOT NULL DEFAULT '{}', reason TEXT NOT NULL DEFAULT '', outcome TEXT, "
              "http_status INTEGER, outcome_time TEXT, detail TEXT)"_s,
              u"CREATE TABLE decisions (op_id TEXT NOT NULL REFERENCES operations (op_id), "
              "decision_no INTEGER NOT NULL, time TEXT NOT NULL, decision TEXT NOT NULL, "
              "decided_by TEXT NOT NULL DEFAULT '', sent_again_as TEXT NOT NULL DEFAULT '', "
              "PRIMARY KEY (op_id, decision_no))"_s}}};
        QCOMPARE(Migrations(first).apply(store), Migrations::Result::Ready);
        QSqlQuery insert = store.query();
        QVERIFY(insert.exec(u"INSERT INTO operations (op_id, seq, time, action, customer, "
                            "outcome, http_status) VALUES ('old-1', 1, "
                            "'2026-01-02T03:04:05.000Z', 'credit', 'cust_old', 'succeeded', "
                            "200)"_s));
    }
    Journal journal(journalPath());
    QVERIFY2(journal.isOpen(), qPrintable(journal.problems().join(u' ')));
    QVERIFY(journal.problems().isEmpty());
    journal.setDisplayName(u"Anna Berg"_s);
    QVERIFY(!journal.begin(credit(u"cust_new"_s)).isEmpty());
    const QList<JournalEntry> entries = journal.entries();
    QCOMPARE(entries.size(), 2);
    // The old operation reads as before, with nobody recorded.
    QCOMPARE(entries.at(0).opId, u"old-1"_s);
    QCOMPARE(entries.at(0).outcome, JournalOutcome::Succeeded);
    QVERIFY(entries.at(0).madeByUser.isEmpty());
    QVERIFY(entries.at(0).madeByName.isEmpty());
    QCOMPARE(entries.at(1).madeByName, u"Anna Berg"_s);
    QCOMPARE(entries.at(1).madeByUser, Journal::currentUser());
    QCOMPARE(
        rows(journalPath(), u"SELECT MAX(version) FROM schema_migrations"_s).at(0).at(0).toInt(),
        Journal::schemaVersion());
}

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"

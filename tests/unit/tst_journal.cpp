#include "app/journal/journal.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
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
    void olderAcknowledgedLinesReadAsChecked();
    void tornLastLineIsSkipped();
    void tornLineDoesNotSwallowTheNextOne();
    void csvQuoting();
    void filters_data();
    void filters();
    void secretIsScrubbed();
    void customerFieldNamedKeyIsKept();
    void twoJournalsOnOneFileDoNotInterleave();
    void crashLeavesOperationPending();

private:
    static JournalOperation credit(const QString &customer, int amount = 10);
    static QList<QByteArray> fileLines(const QString &path);
    QString journalPath() const { return m_dir->filePath(u"journal.jsonl"_s); }

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

QList<QByteArray> TestJournal::fileLines(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = file.readAll().split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

void TestJournal::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestJournal::beginIsOnDiskBeforeItReturns() {
    // A folder that does not exist yet: the journal creates it.
    const QString path = m_dir->filePath(u"new/folder/journal.jsonl"_s);
    Journal journal(path);
    QSignalSpy written(&journal, &Journal::written);
    QString error;
    const QString opId = journal.begin(credit(u"cust_1"_s, 25), &error);
    QVERIFY2(!opId.isEmpty(), qPrintable(error));
    QVERIFY(error.isEmpty());

    // Another handle, right away: nothing may still sit in a buffer of the Journal.
    const QList<QByteArray> lines = fileLines(path);
    QCOMPARE(lines.size(), 1);
    const QJsonObject line = QJsonDocument::fromJson(lines.at(0)).object();
    QCOMPARE(line.value(u"type"_s).toString(), u"begin"_s);
    QCOMPARE(line.value(u"op"_s).toString(), opId);
    QCOMPARE(line.value(u"profile"_s).toString(), u"p-1"_s);
    QCOMPARE(line.value(u"profileName"_s).toString(), u"Main program"_s);
    QCOMPARE(line.value(u"action"_s).toString(), u"credit"_s);
    QCOMPARE(line.value(u"customer"_s).toString(), u"cust_1"_s);
    QCOMPARE(line.value(u"method"_s).toString(), u"POST"_s);
    QCOMPARE(line.value(u"path"_s).toString(), u"/v1/customers/cust_1/balance/credit"_s);
    QCOMPARE(line.value(u"payload"_s).toObject().value(u"amount"_s).toInt(), 25);
    QCOMPARE(line.value(u"reason"_s).toString(), u"Late delivery"_s);
    const QDateTime time =
        QDateTime::fromString(line.value(u"time"_s).toString(), Qt::ISODateWithMs);
    QVERIFY(time.isValid());
    QCOMPARE(time.timeSpec(), Qt::UTC);
    QCOMPARE(written.count(), 1);
    // It names customers and amounts: nobody else on the computer may read it.
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ReadOther | QFileDevice::WriteOther;
    QCOMPARE(QFileInfo(path).permissions() & others, QFileDevice::Permissions());
}

void TestJournal::beginFailsWhenTheJournalCannotBeWritten() {
    // The journal's folder would have to be inside a regular file: no user can write that.
    QFile blocker(m_dir->filePath(u"not-a-folder"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    Journal journal(m_dir->filePath(u"not-a-folder/journal.jsonl"_s));
    QSignalSpy written(&journal, &Journal::written);
    QString error;
    const QString opId = journal.begin(credit(u"cust_1"_s), &error);
    QVERIFY(opId.isEmpty());
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(u"not-a-folder"_s), qPrintable(error));
    QCOMPARE(journal.errorString(), error);
    QCOMPARE(written.count(), 0);
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
    const QList<QByteArray> lines = fileLines(journalPath());
    // Each begin line is followed by its outcome line.
    QCOMPARE(lines.size(), 8);
    QVERIFY(lines.at(1).contains("\"outcome\":\"succeeded\""));
    QVERIFY(lines.at(3).contains("\"outcome\":\"not_made\""));
    QVERIFY(lines.at(5).contains("\"outcome\":\"not_sent\""));
    QVERIFY(lines.at(7).contains("\"outcome\":\"unknown\""));

    // A file written before the outcome had four values says "failed": the change was refused
    // or never sent, so it reads as not made.
    const QString old = journal.begin(credit(u"cust_old"_s));
    {
        QFile file(journalPath());
        QVERIFY(file.open(QIODevice::Append));
        const QJsonObject line{{u"type"_s, u"outcome"_s},
                               {u"op"_s, old},
                               {u"time"_s, u"2024-03-01T12:30:06.000Z"_s},
                               {u"outcome"_s, u"failed"_s},
                               {u"status"_s, 500},
                               {u"detail"_s, QString()}};
        file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    }
    const QList<JournalEntry> entries = Journal(journalPath()).entries();
    QCOMPARE(entries.size(), 5);
    for (int i = 0; i < outcomes.size(); ++i)
        QCOMPARE(entries.at(i).outcome, outcomes.at(i));
    QCOMPARE(entries.at(4).outcome, JournalOutcome::NotMade);
    QVERIFY(entries.at(4).certainlyNotMade());
    QVERIFY(entries.at(2).certainlyNotMade());
    QVERIFY(!entries.at(3).certainlyNotMade());

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

void TestJournal::olderAcknowledgedLinesReadAsChecked() {
    QFile file(journalPath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        R"({"type":"begin","op":"old-1","time":"2024-01-02T10:00:00.000Z","action":"credit","customer":"c1","payload":{"amount":5,"amount_units":"EUR","is_currency":true}})"
        "\n"
        R"({"type":"acknowledged","op":"old-1","time":"2024-01-02T11:00:00.000Z"})"
        "\n");
    file.close();
    const QList<JournalEntry> entries = Journal(journalPath()).entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).decision, JournalDecision::Checked);
    QVERIFY(!entries.at(0).needsDecision());
}

void TestJournal::tornLastLineIsSkipped() {
    Journal journal(journalPath());
    const QString opId = journal.begin(credit(u"cust_1"_s));
    {
        QFile file(journalPath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Append));
        file.write(R"({"type":"begin","op":"torn-op","time":"2024-01-0)");
    }
    const Journal reader(journalPath());
    const QList<JournalEntry> entries = reader.entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).opId, opId);
    QCOMPARE(reader.skippedLines(), 1);
    QCOMPARE(reader.needingDecision().size(), 1);
}

void TestJournal::tornLineDoesNotSwallowTheNextOne() {
    {
        QFile file(journalPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"type":"begin","op":"torn-op","ti)");
    }
    Journal journal(journalPath());
    const QString opId = journal.begin(credit(u"cust_after_crash"_s));
    QVERIFY(journal.finish(opId, JournalOutcome::Succeeded, 200, {}));
    const QList<JournalEntry> entries = journal.entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).opId, opId);
    QCOMPARE(entries.at(0).outcome, JournalOutcome::Succeeded);
    QCOMPARE(journal.skippedLines(), 1);
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
                         "Decision,Decided by,Decision time (UTC),Sent again as"_s);
    QCOMPARE(rows.at(1),
             u"op-1,2024-03-01T12:30:05.000Z,Main program,p-1,credit,\"Smith, John\",POST,"
             "/v1/customers/x/balance/credit,\"{\"\"amount\"\":5,\"\"currency\"\":\"\"EUR\"\"}\","
             "\"He said \"\"sorry\"\"\nand meant it\",Not made,422,2024-03-01T12:30:06.000Z,"
             "\"'=HYPERLINK(\"\"http://evil\"\")\",,,,"_s);
    QCOMPARE(rows.at(2), u"op-2,2024-03-02T08:00:00.000Z,Main,,delete,cust_2,DELETE,"
                         "/v1/customers/cust_2,{},,No outcome,,,,It went through,anna,"
                         "2024-03-02T09:00:00.000Z,"_s);
    QVERIFY(rows.at(3).isEmpty());
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

    QFile file(journalPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
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

void TestJournal::twoJournalsOnOneFileDoNotInterleave() {
    Journal first(journalPath());
    Journal second(journalPath());
    // Long payloads, so that a line written in pieces would show.
    JournalOperation big = credit(u"cust_big"_s);
    big.payload.insert(u"notes"_s, QString(20000, u'x'));
    QStringList ids;
    for (int i = 0; i < 50; ++i) {
        ids << first.begin(big);
        ids << second.begin(credit(u"cust_small"_s));
        QVERIFY(first.finish(ids.at(ids.size() - 1), JournalOutcome::Succeeded, 200, {}));
    }
    const QList<QByteArray> lines = fileLines(journalPath());
    QCOMPARE(lines.size(), 150);
    for (const QByteArray &line : lines)
        QVERIFY(QJsonDocument::fromJson(line).isObject());
    const Journal reader(journalPath());
    const QList<JournalEntry> entries = reader.entries();
    QCOMPARE(entries.size(), 100);
    QCOMPARE(reader.skippedLines(), 0);
    for (int i = 0; i < entries.size(); ++i)
        QCOMPARE(entries.at(i).opId, ids.at(i));
    QCOMPARE(reader.needingDecision().size(), 50);
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

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"

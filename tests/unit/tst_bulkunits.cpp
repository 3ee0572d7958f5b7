// SPDX-License-Identifier: GPL-3.0-or-later
// The bulk runs' parts that need neither a server nor widgets (app/bulk): CSV reading and
// writing, the columns of a credit list (English and German headers), the checks of a bulk
// credit, the on-disk state of a bulk invitation (torn lines, in-flight rows), the
// recent-credit check from the journal, and the row models under QAbstractItemModelTester.

#include "app/bulk/bulkcreditmodel.h"
#include "app/bulk/bulkcreditrunner.h"
#include "app/bulk/bulkrunstate.h"
#include "app/bulk/csvreader.h"
#include "app/bulk/csvwriter.h"
#include "app/bulk/invitecsv.h"
#include "app/bulk/inviterowsmodel.h"
#include "app/bulk/recentcredits.h"
#include "app/journal/journal.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestBulkUnits : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void csvQuotesCommasAndLineBreaks();
    void csvDelimiterDetection_data();
    void csvDelimiterDetection();
    void csvBomBlankLinesAndLineNumbers();
    void csvUnclosedQuoteIsReported();
    void csvLatin1Fallback();
    void csvWriterRoundTrip();
    void csvWriterGuardsFormulas();

    void runStateRoundTrip();
    void runStateTornLineKeepsCarefulState();
    void runStateClosedIsNotResumable();

    void recentCreditsFromTheJournal();
    void inviteColumnsGuessed();

    void creditColumnsByName_data();
    void creditColumnsByName();
    void creditColumnsInOrderWithoutHeader();
    void creditChecksHoldRepeatsBack();
    void creditModelFollowsTheRunner();
    void inviteModelFollowsItsRows();
};

void TestBulkUnits::csvQuotesCommasAndLineBreaks() {
    const CsvTable table = CsvReader::parseText(
        u"email,name,note\r\n\"a@x.org\",\"Smith, Jr.\",\"said \"\"hi\"\"\"\r\nb@x.org,\"Two\r\nlines\",\r\n"_s);
    QCOMPARE(table.delimiter, QChar(u','));
    QVERIFY(table.error.isEmpty());
    QCOMPARE(table.records.size(), 3);
    QCOMPARE(table.records.at(1), (QStringList{u"a@x.org"_s, u"Smith, Jr."_s, u"said \"hi\""_s}));
    QCOMPARE(table.records.at(2), (QStringList{u"b@x.org"_s, u"Two\nlines"_s, QString()}));
}

void TestBulkUnits::csvDelimiterDetection_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("delimiter");
    QTest::newRow("comma") << u"a,b,c\n1,2,3\n"_s << QChar(u',');
    QTest::newRow("semicolon") << u"a;b;c\n1,5;2;3\n"_s << QChar(u';');
    QTest::newRow("tab") << u"a\tb\n1\t2\n"_s << QChar(u'\t');
    QTest::newRow("semicolon, comma in quotes") << u"\"x,y,z\";b\n"_s << QChar(u';');
    QTest::newRow("one column") << u"a@x.org\nb@x.org\n"_s << QChar(u',');
}

void TestBulkUnits::csvDelimiterDetection() {
    QFETCH(QString, text);
    QFETCH(QChar, delimiter);
    QCOMPARE(CsvReader::detectDelimiter(text), delimiter);
}

void TestBulkUnits::csvBomBlankLinesAndLineNumbers() {
    const QByteArray bytes = "\xEF\xBB\xBF"
                             "email;name\n\nb@x.org;\"B\nB\"\n\nc@x.org;C"_ba; // no final newline
    const CsvTable table = CsvReader::parse(bytes);
    QCOMPARE(table.delimiter, QChar(u';'));
    QCOMPARE(table.records.size(), 3);
    QCOMPARE(table.records.first().first(), u"email"_s); // the BOM is not part of the name
    QCOMPARE(table.lineNumbers, (QList<int>{1, 3, 6}));
    QCOMPARE(table.records.at(2), (QStringList{u"c@x.org"_s, u"C"_s}));
}

void TestBulkUnits::csvUnclosedQuoteIsReported() {
    const CsvTable table = CsvReader::parseText(u"a,b\n\"open,c\nd,e\n"_s);
    QVERIFY(table.error.contains(u"line 2"_s));
    QCOMPARE(table.records.size(), 2); // what was read is kept
}

void TestBulkUnits::csvLatin1Fallback() {
    const QByteArray latin1 = "name\nJos\xE9\n"_ba; // not valid UTF-8
    const CsvTable table = CsvReader::parse(latin1);
    QCOMPARE(table.records.at(1).first(), u"José"_s);
    const CsvTable utf8 = CsvReader::parse(u"name\nJosé\n"_s.toUtf8());
    QCOMPARE(utf8.records.at(1).first(), u"José"_s);
}

void TestBulkUnits::csvWriterRoundTrip() {
    CsvWriter writer;
    const QList<QStringList> rows{{u"line"_s, u"email"_s, u"detail"_s},
                                  {u"2"_s, u"a@x.org"_s, u"Smith, \"Jr.\"\nsecond line"_s},
                                  {u"3"_s, u" padded "_s, QString()},
                                  {u"4"_s, u"-12.5"_s, u"Zoë"_s}};
    for (const QStringList &row : rows)
        writer.addRow(row);
    const QByteArray data = writer.data();
    QVERIFY(data.startsWith("\xEF\xBB\xBF"));
    QVERIFY(data.contains("\r\n"));
    const CsvTable table = CsvReader::parse(data);
    QCOMPARE(table.records, rows);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"out.csv"_s);
    QString error;
    QVERIFY2(writer.writeToFile(path, &error), qPrintable(error));
    CsvTable fromFile;
    QVERIFY(CsvReader::readFile(path, &fromFile, &error));
    QCOMPARE(fromFile.records, rows);
}

void TestBulkUnits::csvWriterGuardsFormulas() {
    QCOMPARE(CsvWriter::field(u"=HYPERLINK(\"x\")"_s, u','), u"\"'=HYPERLINK(\"\"x\"\")\""_s);
    QCOMPARE(CsvWriter::field(u"@SUM(A1)"_s, u','), u"'@SUM(A1)"_s);
    QCOMPARE(CsvWriter::field(u"-12.50"_s, u','), u"-12.50"_s); // a number stays a number
    QCOMPARE(CsvWriter::field(u"+cmd"_s, u',', false), u"+cmd"_s);
}

void TestBulkUnits::runStateRoundTrip() {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sub/run.jsonl"_s);
    QList<BulkInviteRow> rows;
    for (int i = 0; i < 4; ++i) {
        BulkInviteRow row;
        row.sourceLine = i + 2;
        row.email = u"p%1@x.org"_s.arg(i);
        row.name = u"P%1"_s.arg(i);
        row.personalization = {{u"z"_s, u"1"_s}, {u"a"_s, u"2"_s}};
        rows << row;
    }
    rows[3].status = BulkRowStatus::Skipped;
    rows[3].detail = u"Duplicate"_s;
    {
        BulkRunState state(path);
        QVERIFY(state.create(u"profile"_s, u"list.csv"_s, rows));
        QVERIFY(state.setStatus(0, BulkRowStatus::Unknown, QString(), true));
        QVERIFY(state.setStatus(0, BulkRowStatus::Sent, QString()));
        QVERIFY(state.setStatus(1, BulkRowStatus::Failed, u"The email is invalid."_s));
        QVERIFY(state.setStatus(2, BulkRowStatus::Unknown, QString(), true)); // then: crash
    }
    BulkRunState loaded(path);
    QVERIFY(loaded.load());
    QCOMPARE(loaded.profileId(), u"profile"_s);
    QCOMPARE(loaded.source(), u"list.csv"_s);
    QCOMPARE(loaded.rows().size(), 4);
    QCOMPARE(loaded.rows().at(0).status, BulkRowStatus::Sent);
    QCOMPARE(loaded.rows().at(1).status, BulkRowStatus::Failed);
    QCOMPARE(loaded.rows().at(1).detail, u"The email is invalid."_s);
    QCOMPARE(loaded.rows().at(2).status, BulkRowStatus::Unknown);
    QVERIFY(loaded.rows().at(2).inFlight);
    QCOMPARE(loaded.rows().at(3).status, BulkRowStatus::Skipped);
    // Personalization keeps the order of the columns.
    QCOMPARE(loaded.rows().at(0).personalization.first().first, u"z"_s);
    QVERIFY(loaded.isResumable());
    // load() folded the changes into one line.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), 1);
    QVERIFY(file.permissions() & QFileDevice::ReadOwner);
    QVERIFY(!(file.permissions() & QFileDevice::ReadOther));
}

void TestBulkUnits::runStateTornLineKeepsCarefulState() {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"run.jsonl"_s);
    BulkInviteRow row;
    row.email = u"a@x.org"_s;
    {
        BulkRunState state(path);
        QVERIFY(state.create(u"p"_s, u"l.csv"_s, {row}));
        QVERIFY(state.setStatus(0, BulkRowStatus::Unknown, QString(), true));
    }
    // A crash in the middle of writing "sent": half a line.
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write(R"({"type":"status","row":0,"sta)");
    file.close();
    BulkRunState loaded(path);
    QVERIFY(loaded.load());
    QCOMPARE(loaded.rows().first().status, BulkRowStatus::Unknown); // never "pending"
    QVERIFY(loaded.rows().first().inFlight);
}

void TestBulkUnits::runStateClosedIsNotResumable() {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"run.jsonl"_s);
    BulkInviteRow row;
    row.email = u"a@x.org"_s;
    BulkRunState state(path);
    QVERIFY(state.create(u"p"_s, u"l.csv"_s, {row, row}));
    QVERIFY(state.setStatus(0, BulkRowStatus::Sent, QString()));
    QVERIFY(state.close());
    BulkRunState loaded(path);
    QVERIFY(loaded.load());
    QVERIFY(loaded.isClosed());
    QVERIFY(!loaded.isResumable());
    QVERIFY(loaded.discard());
    QVERIFY(!QFile::exists(path));
}

void TestBulkUnits::recentCreditsFromTheJournal() {
    QTemporaryDir dir;
    Journal journal(dir.filePath(u"journal.jsonl"_s));
    const auto credit = [&](const QString &profile, const QString &customer, double amount,
                            const QString &units, JournalOutcome outcome) {
        JournalOperation op;
        op.profileId = profile;
        op.action = u"credit"_s;
        op.customer = customer;
        op.method = u"POST"_s;
        op.payload = QJsonObject{
            {u"amount"_s, amount}, {u"amount_units"_s, units}, {u"is_currency"_s, true}};
        const QString id = journal.begin(op);
        QVERIFY(!id.isEmpty());
        if (outcome != JournalOutcome::None)
            QVERIFY(journal.finish(id, outcome, 200, QString()));
    };
    credit(u"p1"_s, u"ada"_s, 10.5, u"USD"_s, JournalOutcome::Succeeded);
    credit(u"p1"_s, u"bob"_s, 5, u"USD"_s, JournalOutcome::NotMade);
    credit(u"p1"_s, u"cy"_s, 7, u"EUR"_s, JournalOutcome::Unknown);
    credit(u"p2"_s, u"dee"_s, 1, u"USD"_s, JournalOutcome::Succeeded);

    const RecentCredits recent(&journal, u"p1"_s);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(recent.find({u"ada"_s}, 10.5, u"usd"_s, now));
    QVERIFY(recent.find({u"other"_s, u"ada"_s}, 10.50, u"USD"_s, now));
    QVERIFY(!recent.find({u"ada"_s}, 10.51, u"USD"_s, now)); // another amount
    QVERIFY(!recent.find({u"ada"_s}, 10.5, u"EUR"_s, now));  // other units
    QVERIFY(!recent.find({u"bob"_s}, 5, u"USD"_s, now));     // refused: nothing happened
    QVERIFY(recent.find({u"cy"_s}, 7, u"EUR"_s, now));       // unknown: may have happened
    QVERIFY(!recent.find({u"dee"_s}, 1, u"USD"_s, now));     // another profile
    // Older than ten minutes no longer counts.
    QVERIFY(!recent.find({u"ada"_s}, 10.5, u"USD"_s, now.addSecs(11 * 60)));
    QVERIFY(recent.find({u"ada"_s}, 10.5, u"USD"_s, now.addSecs(9 * 60)));
}

void TestBulkUnits::inviteColumnsGuessed() {
    const CsvTable table =
        CsvReader::parseText(u"Vorname;E-Mail;Gutschein\nAnna;anna@x.de;A1\nBen;ben@x.de;B2\n"_s);
    QVERIFY(InviteCsv::looksLikeHeader(table));
    const InviteColumns columns = InviteCsv::guessColumns(table, true);
    QCOMPARE(columns.email, 1);
    QCOMPARE(columns.name, 0);
    QCOMPARE(columns.personalization, QList<int>{2});
    const QList<BulkInviteRow> rows = InviteCsv::buildRows(table, true, columns);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).sourceLine, 2);
    QCOMPARE(rows.at(1).personalization,
             (QList<QPair<QString, QString>>{{u"Gutschein"_s, u"B2"_s}}));

    // No header: the column with addresses is found in the data.
    const CsvTable bare = CsvReader::parseText(u"Anna,anna@x.de\nBen,ben@x.de\n"_s);
    QVERIFY(!InviteCsv::looksLikeHeader(bare));
    QCOMPARE(InviteCsv::guessColumns(bare, false).email, 1);
}

void TestBulkUnits::creditColumnsByName_data() {
    QTest::addColumn<QString>("csv");
    // Columns in another order than the documented one, so that only their names can place
    // them.
    QTest::newRow("english") << u"Reason,Currency,Amount,Customer\nBonus,eur,5,ada\n"_s;
    QTest::newRow("german") << u"Grund;Währung;Betrag;Kunde\nBonus;eur;5;ada\n"_s;
    QTest::newRow("german e-mail and unit") << u"Grund;Einheit;Betrag;E-Mail\nBonus;eur;5;ada\n"_s;
    QTest::newRow("german upper case") << u"GRUND;WÄHRUNG;BETRAG;KUNDE\nBonus;eur;5;ada\n"_s;
}

void TestBulkUnits::creditColumnsByName() {
    QFETCH(QString, csv);
    const QList<BulkCreditRow> rows = BulkCreditRunner::rowsFromCsv(CsvReader::parseText(csv));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).sourceLine, 2);
    QCOMPARE(rows.at(0).customerText, u"ada"_s);
    QCOMPARE(rows.at(0).amountText, u"5"_s);
    QCOMPARE(rows.at(0).unitsText, u"eur"_s);
    QCOMPARE(rows.at(0).reasonText, u"Bonus"_s);
}

void TestBulkUnits::creditColumnsInOrderWithoutHeader() {
    const QList<BulkCreditRow> rows =
        BulkCreditRunner::rowsFromCsv(CsvReader::parseText(u"ada,5,USD,Bonus\ngrace,2\n"_s));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).sourceLine, 1);
    QCOMPARE(rows.at(0).customerText, u"ada"_s);
    QCOMPARE(rows.at(0).unitsText, u"USD"_s);
    QCOMPARE(rows.at(0).reasonText, u"Bonus"_s);
    QCOMPARE(rows.at(1).amountText, u"2"_s);
    QVERIFY(rows.at(1).unitsText.isEmpty()); // the shared units
}

void TestBulkUnits::creditChecksHoldRepeatsBack() {
    BulkCreditRunner runner(nullptr);
    QVERIFY(runner.setRows(BulkCreditRunner::rowsFromCsv(
        CsvReader::parseText(u"customer,amount,units,reason\n"
                             "ada,5,USD,Goodwill\n"     // 2 ready
                             "grace,2.5,usd,\n"         // 3 the shared reason
                             "ada,abc,USD,x\n"          // 4 not a number
                             "grace,1.5,points,x\n"     // 5 fractional points
                             ",3,USD,x\n"               // 6 no customer
                             "ada,5,USD,Again\n"_s)))); // 7 repeats line 2
    BulkCreditRunner::Shared shared;
    shared.units = u"USD"_s;
    runner.check(shared);
    using R = BulkCreditResult;
    const auto result = [&runner](int line) {
        return runner.rows().at(line - 2).result;
    };
    QCOMPARE(result(2), R::NotSent);
    QCOMPARE(result(3), R::Invalid); // no reason yet
    QCOMPARE(result(4), R::Invalid);
    QCOMPARE(result(5), R::Invalid);
    QCOMPARE(result(6), R::Invalid);
    QCOMPARE(result(7), R::Held);
    QVERIFY(runner.rows().at(5).repeat.contains(u"line 2"_s));
    QCOMPARE(runner.sendableCount(), 1);

    shared.reason = u"Thanks"_s;
    shared.allowRepeats = true;
    runner.check(shared);
    QCOMPARE(result(3), R::NotSent);
    QCOMPARE(runner.rows().at(1).reason, u"Thanks"_s);
    QCOMPARE(runner.rows().at(1).units, u"USD"_s); // a currency code is written in capitals
    QCOMPARE(runner.rows().at(1).amount, 2.5);
    QCOMPARE(result(7), R::NotSent); // allowed, and still says why it is a repeat
    QVERIFY(!runner.rows().at(5).repeat.isEmpty());
    QCOMPARE(runner.sendableCount(), 3);
    // Nothing can be sent without a session.
    QVERIFY(!runner.start());
    QCOMPARE(runner.stage(), BulkCreditRunner::Stage::Preparing);
}

void TestBulkUnits::creditModelFollowsTheRunner() {
    BulkCreditRunner runner(nullptr);
    BulkCreditModel model(&runner);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

    QVERIFY(runner.setRows(BulkCreditRunner::rowsFromCsv(
        CsvReader::parseText(u"ada,5,USD,Goodwill\ngrace,abc,USD,x\n"_s))));
    QCOMPARE(resets.size(), 1); // a new list
    QCOMPARE(model.rowCount(), 2);

    BulkCreditRunner::Shared shared;
    shared.units = u"USD"_s;
    runner.check(shared);
    // The same rows with new contents: changed in place, the view keeps its selection.
    QCOMPARE(resets.size(), 1);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().at(0).toModelIndex(), model.index(0, 0));
    QCOMPARE(changes.first().at(1).toModelIndex(),
             model.index(1, BulkCreditModel::ColumnCount - 1));
    QCOMPARE(model.index(0, BulkCreditModel::Check).data().toString(), u"Ready"_s);
    QVERIFY(model.index(1, BulkCreditModel::Amount).data().toString().startsWith(u"abc"_s));
    QCOMPARE(model.index(1, BulkCreditModel::Check).data(RowStateRole).toInt(),
             int(RowState::Error));

    changes.clear();
    model.setRunning(true);
    QCOMPARE(model.headerData(BulkCreditModel::Check, Qt::Horizontal).toString(), u"Result"_s);
    QCOMPARE(model.index(0, BulkCreditModel::Check).data().toString(), u"To send"_s);
    QCOMPARE(changes.size(), 1);

    QVERIFY(runner.setRows({}));
    QCOMPARE(resets.size(), 2);
    QCOMPARE(model.rowCount(), 0);
}

void TestBulkUnits::inviteModelFollowsItsRows() {
    QList<BulkInviteRow> rows;
    InviteRowsModel model(false);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.setSource([&rows] { return &rows; });
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), 0);

    model.replaceRows([&rows] {
        BulkInviteRow anna;
        anna.sourceLine = 2;
        anna.email = u"anna@example.com"_s;
        BulkInviteRow ben;
        ben.sourceLine = 3;
        ben.email = u"ben@example.com"_s;
        rows = {anna, ben};
    });
    QCOMPARE(resets.size(), 2);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, InviteRowsModel::Email).data().toString(), u"ben@example.com"_s);

    rows[1].status = BulkRowStatus::Failed;
    rows[1].detail = u"refused"_s;
    model.rowUpdated(1);
    QCOMPARE(resets.size(), 2);
    QCOMPARE(changes.size(), 1);
    QVERIFY(model.index(1, InviteRowsModel::Status).data().toString().contains(u"refused"_s));
    model.rowUpdated(7); // not a row: nothing
    QCOMPARE(changes.size(), 1);
}

QTEST_GUILESS_MAIN(TestBulkUnits)
#include "tst_bulkunits.moc"

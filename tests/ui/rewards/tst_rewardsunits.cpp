// The parts of credits and invitations that need no server: CSV reading and writing, amounts
// in the person's locale, the on-disk state of a bulk run (torn lines, in-flight rows) and the
// recent-credit check from the journal.

#include "app/bulk/bulkrunstate.h"
#include "app/bulk/csvreader.h"
#include "app/bulk/csvwriter.h"
#include "app/bulk/invitecsv.h"
#include "app/bulk/recentcredits.h"
#include "app/journal/journal.h"
#include "ui/widgets/amountvalidator.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestRewardsUnits : public QObject {
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

    void amountParsing_data();
    void amountParsing();
    void amountValidatorKeepsWhatWasTyped();

    void runStateRoundTrip();
    void runStateTornLineKeepsCarefulState();
    void runStateClosedIsNotResumable();

    void recentCreditsFromTheJournal();
    void inviteColumnsGuessed();
};

void TestRewardsUnits::csvQuotesCommasAndLineBreaks() {
    const CsvTable table = CsvReader::parseText(
        u"email,name,note\r\n\"a@x.org\",\"Smith, Jr.\",\"said \"\"hi\"\"\"\r\nb@x.org,\"Two\r\nlines\",\r\n"_s);
    QCOMPARE(table.delimiter, QChar(u','));
    QVERIFY(table.error.isEmpty());
    QCOMPARE(table.records.size(), 3);
    QCOMPARE(table.records.at(1), (QStringList{u"a@x.org"_s, u"Smith, Jr."_s, u"said \"hi\""_s}));
    QCOMPARE(table.records.at(2), (QStringList{u"b@x.org"_s, u"Two\nlines"_s, QString()}));
}

void TestRewardsUnits::csvDelimiterDetection_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("delimiter");
    QTest::newRow("comma") << u"a,b,c\n1,2,3\n"_s << QChar(u',');
    QTest::newRow("semicolon") << u"a;b;c\n1,5;2;3\n"_s << QChar(u';');
    QTest::newRow("tab") << u"a\tb\n1\t2\n"_s << QChar(u'\t');
    QTest::newRow("semicolon, comma in quotes") << u"\"x,y,z\";b\n"_s << QChar(u';');
    QTest::newRow("one column") << u"a@x.org\nb@x.org\n"_s << QChar(u',');
}

void TestRewardsUnits::csvDelimiterDetection() {
    QFETCH(QString, text);
    QFETCH(QChar, delimiter);
    QCOMPARE(CsvReader::detectDelimiter(text), delimiter);
}

void TestRewardsUnits::csvBomBlankLinesAndLineNumbers() {
    const QByteArray bytes = "\xEF\xBB\xBF"
                             "email;name\n\nb@x.org;\"B\nB\"\n\nc@x.org;C"_ba; // no final newline
    const CsvTable table = CsvReader::parse(bytes);
    QCOMPARE(table.delimiter, QChar(u';'));
    QCOMPARE(table.records.size(), 3);
    QCOMPARE(table.records.first().first(), u"email"_s); // the BOM is not part of the name
    QCOMPARE(table.lineNumbers, (QList<int>{1, 3, 6}));
    QCOMPARE(table.records.at(2), (QStringList{u"c@x.org"_s, u"C"_s}));
}

void TestRewardsUnits::csvUnclosedQuoteIsReported() {
    const CsvTable table = CsvReader::parseText(u"a,b\n\"open,c\nd,e\n"_s);
    QVERIFY(table.error.contains(u"line 2"_s));
    QCOMPARE(table.records.size(), 2); // what was read is kept
}

void TestRewardsUnits::csvLatin1Fallback() {
    const QByteArray latin1 = "name\nJos\xE9\n"_ba; // not valid UTF-8
    const CsvTable table = CsvReader::parse(latin1);
    QCOMPARE(table.records.at(1).first(), u"José"_s);
    const CsvTable utf8 = CsvReader::parse(u"name\nJosé\n"_s.toUtf8());
    QCOMPARE(utf8.records.at(1).first(), u"José"_s);
}

void TestRewardsUnits::csvWriterRoundTrip() {
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

void TestRewardsUnits::csvWriterGuardsFormulas() {
    QCOMPARE(CsvWriter::field(u"=HYPERLINK(\"x\")"_s, u','), u"\"'=HYPERLINK(\"\"x\"\")\""_s);
    QCOMPARE(CsvWriter::field(u"@SUM(A1)"_s, u','), u"'@SUM(A1)"_s);
    QCOMPARE(CsvWriter::field(u"-12.50"_s, u','), u"-12.50"_s); // a number stays a number
    QCOMPARE(CsvWriter::field(u"+cmd"_s, u',', false), u"+cmd"_s);
}

void TestRewardsUnits::amountParsing_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<int>("problem");
    QTest::addColumn<double>("value");
    using P = AmountValidator::Problem;
    QTest::newRow("en 10.50") << u"10.50"_s << u"en_US"_s << 2 << int(P::None) << 10.5;
    QTest::newRow("de 10,50") << u"10,50"_s << u"de_DE"_s << 2 << int(P::None) << 10.5;
    QTest::newRow("de 10.50 refused") << u"10.50"_s << u"de_DE"_s << 2 << int(P::NotANumber) << 0.0;
    QTest::newRow("en 10,50 refused") << u"10,50"_s << u"en_US"_s << 2 << int(P::NotANumber) << 0.0;
    QTest::newRow("en 1,000 refused") << u"1,000"_s << u"en_US"_s << 2 << int(P::NotANumber) << 0.0;
    QTest::newRow("zero") << u"0"_s << u"en_US"_s << 2 << int(P::NotPositive) << 0.0;
    QTest::newRow("negative") << u"-3"_s << u"en_US"_s << 2 << int(P::NotPositive) << -3.0;
    QTest::newRow("three decimals")
        << u"1.005"_s << u"en_US"_s << 2 << int(P::TooManyDecimals) << 1.005;
    QTest::newRow("whole points") << u"120"_s << u"en_US"_s << 0 << int(P::None) << 120.0;
    QTest::newRow("fractional points")
        << u"1.5"_s << u"en_US"_s << 0 << int(P::TooManyDecimals) << 1.5;
    QTest::newRow("trailing point") << u"10."_s << u"en_US"_s << 2 << int(P::None) << 10.0;
    QTest::newRow("spaces") << u" 7 "_s << u"en_US"_s << 2 << int(P::None) << 7.0;
    QTest::newRow("empty") << u""_s << u"en_US"_s << 2 << int(P::Empty) << 0.0;
    QTest::newRow("exponent") << u"1e3"_s << u"en_US"_s << 2 << int(P::NotANumber) << 0.0;
}

void TestRewardsUnits::amountParsing() {
    QFETCH(QString, text);
    QFETCH(QString, locale);
    QFETCH(int, decimals);
    QFETCH(int, problem);
    QFETCH(double, value);
    const AmountValidator::Parsed parsed = AmountValidator::parse(text, QLocale(locale), decimals);
    QCOMPARE(int(parsed.problem), problem);
    if (parsed.problem == AmountValidator::Problem::None ||
        parsed.problem == AmountValidator::Problem::TooManyDecimals ||
        parsed.problem == AmountValidator::Problem::NotPositive)
        QCOMPARE(parsed.value, value);
}

void TestRewardsUnits::amountValidatorKeepsWhatWasTyped() {
    AmountValidator validator;
    validator.setLocale(QLocale(u"en_US"_s));
    int pos = 0;
    QString text = u"10,50"_s;
    // Intermediate, not Invalid: the comma stays visible with a reason beside the field
    // instead of silently turning the amount into 1050.
    QCOMPARE(validator.validate(text, pos), QValidator::Intermediate);
    text = u"10.5"_s;
    QCOMPARE(validator.validate(text, pos), QValidator::Acceptable);
    text = u"10a"_s;
    QCOMPARE(validator.validate(text, pos), QValidator::Invalid);
    // The CSV reader's flexible form: C locale first, then the person's.
    QCOMPARE(AmountValidator::parseFlexible(u"10,50"_s, QLocale(u"de_DE"_s), 2).value, 10.5);
    QCOMPARE(AmountValidator::parseFlexible(u"10.50"_s, QLocale(u"de_DE"_s), 2).value, 10.5);
}

void TestRewardsUnits::runStateRoundTrip() {
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

void TestRewardsUnits::runStateTornLineKeepsCarefulState() {
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

void TestRewardsUnits::runStateClosedIsNotResumable() {
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

void TestRewardsUnits::recentCreditsFromTheJournal() {
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

void TestRewardsUnits::inviteColumnsGuessed() {
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

    QVERIFY(InviteCsv::isValidEmail(u"a.b+tag@sub.example.co.uk"_s));
    QVERIFY(!InviteCsv::isValidEmail(u"a@b"_s));
    QVERIFY(!InviteCsv::isValidEmail(u"a b@c.de"_s));
    QVERIFY(!InviteCsv::isValidEmail(u"a@b.de,c@d.de"_s));
}

QTEST_MAIN(TestRewardsUnits)
#include "tst_rewardsunits.moc"

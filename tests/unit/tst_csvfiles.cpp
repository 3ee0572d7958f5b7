// SPDX-License-Identifier: GPL-3.0-or-later
// CSV files as people bring them (app/bulk/csvreader): UTF-8 with and without a byte order mark,
// UTF-16 with one, Windows-1252 from an older spreadsheet (read as such and said so, and read
// again in the encoding the person chooses), and files that are not text at all (refused with
// a sentence, no rows). Every case is a real file in a temporary folder. Also the formula
// guard of every CSV field the console writes (models/csvfield).

#include "app/bulk/csvreader.h"
#include "models/csvfield.h"

#include <QFile>
#include <QRandomGenerator>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

namespace {

// Names with letters outside ASCII in every row, as a German or French list has them.
const QString Rows = u"email;name\r\nanna@example.org;Anna Müller\r\njose@example.org;José "
                     u"Núñez\r\nzoe@example.org;Zoë – „Chef“ €\r\n"_s;

} // namespace

class TestCsvFiles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();

    void readsUtf8WithAndWithoutBom();
    void readsUtf16WithBom();
    void readsWindows1252AndSaysSo();
    void oneInvalidByteDoesNotGarbleTheValidRows();
    void readsAgainInTheChosenEncoding();
    void refusesFilesThatAreNotText_data();
    void refusesFilesThatAreNotText();
    void strayControlCharacterIsStillText();

    void formulaGuard_data();
    void formulaGuard();

private:
    QString write(const QString &name, const QByteArray &bytes);
    static void compareRows(const CsvTable &table);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCsvFiles::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestCsvFiles::write(const QString &name, const QByteArray &bytes) {
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestCsvFiles::compareRows(const CsvTable &table) {
    QCOMPARE(table.records.size(), 4);
    QCOMPARE(table.records.at(0), (QStringList{u"email"_s, u"name"_s}));
    QCOMPARE(table.records.at(1).at(1), u"Anna Müller"_s);
    QCOMPARE(table.records.at(2).at(1), u"José Núñez"_s);
    QCOMPARE(table.records.at(3).at(1), u"Zoë – „Chef“ €"_s);
}

void TestCsvFiles::readsUtf8WithAndWithoutBom() {
    for (const QByteArray &bom : {QByteArray(), "\xEF\xBB\xBF"_ba}) {
        CsvTable table;
        QString error;
        QVERIFY2(CsvReader::readFile(write(u"utf8.csv"_s, bom + Rows.toUtf8()), &table, &error),
                 qPrintable(error));
        compareRows(table);
        QCOMPARE(table.encoding, CsvEncoding::Utf8);
        QVERIFY(table.encodingNote.isEmpty());
        QVERIFY(!table.notText);
    }
}

void TestCsvFiles::readsUtf16WithBom() {
    QStringEncoder little(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    QStringEncoder big(QStringEncoder::Utf16BE, QStringEncoder::Flag::WriteBom);
    for (const QByteArray &bytes : {QByteArray(little(Rows)), QByteArray(big(Rows))}) {
        QVERIFY(bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"));
        CsvTable table;
        QString error;
        QVERIFY2(CsvReader::readFile(write(u"utf16.csv"_s, bytes), &table, &error),
                 qPrintable(error));
        compareRows(table);
        QCOMPARE(table.encoding, CsvEncoding::Utf16);
        QVERIFY(table.encodingNote.isEmpty());
    }
}

void TestCsvFiles::readsWindows1252AndSaysSo() {
    // What Excel on Windows writes for "CSV (comma delimited)": the euro sign and the curly
    // quotes are in 0x80-0x9F, where Latin-1 has control characters.
    QByteArray bytes = "email;name\r\nanna@example.org;Anna M\xFCller\r\njose@example.org;"
                       "Jos\xE9 N\xFA\xF1"
                       "ez\r\nzoe@example.org;Zo\xEB \x96 \x84"
                       "Chef\x93 \x80\r\n"_ba;
    CsvTable table;
    QString error;
    QVERIFY2(CsvReader::readFile(write(u"excel.csv"_s, bytes), &table, &error), qPrintable(error));
    compareRows(table);
    QCOMPARE(table.encoding, CsvEncoding::Windows1252);
    QCOMPARE(table.encodingNote,
             u"Read as Windows-1252 (Latin-1) because the file is not valid UTF-8."_s);
}

void TestCsvFiles::oneInvalidByteDoesNotGarbleTheValidRows() {
    // A UTF-8 file with one stray Latin-1 byte: the person learns that the file was not read
    // as UTF-8 and can choose UTF-8, which keeps every other row intact.
    const QByteArray bytes = Rows.toUtf8() + "ines@example.org;In\xE9s\r\n"_ba;
    const QString path = write(u"mixed.csv"_s, bytes);
    CsvTable guessed;
    QString error;
    QVERIFY(CsvReader::readFile(path, &guessed, &error));
    QCOMPARE(guessed.encoding, CsvEncoding::Windows1252);
    QVERIFY(guessed.encodingNote.contains(u"not valid UTF-8"_s));

    CsvTable chosen;
    QVERIFY(CsvReader::readFile(path, &chosen, &error, CsvEncoding::Utf8));
    QCOMPARE(chosen.encoding, CsvEncoding::Utf8);
    QCOMPARE(chosen.records.size(), 5);
    QCOMPARE(chosen.records.at(1).at(1), u"Anna Müller"_s);
    QCOMPARE(chosen.records.at(3).at(1), u"Zoë – „Chef“ €"_s);
    QCOMPARE(chosen.records.at(4).at(1), u"In\uFFFDs"_s);
    QVERIFY(chosen.encodingNote.contains(u"not valid UTF-8"_s));
    QVERIFY(chosen.encodingNote.contains(QChar(0xFFFD)));
}

void TestCsvFiles::readsAgainInTheChosenEncoding() {
    const QString path = write(u"utf8.csv"_s, Rows.toUtf8());
    CsvTable table;
    QString error;
    QVERIFY(CsvReader::readFile(path, &table, &error, CsvEncoding::Windows1252));
    QCOMPARE(table.encoding, CsvEncoding::Windows1252);
    QCOMPARE(table.records.at(1).at(1), u"Anna MÃ¼ller"_s); // what the person asked for
    QVERIFY(table.encodingNote.isEmpty());
    QVERIFY(CsvReader::readFile(path, &table, &error, CsvEncoding::Utf8));
    compareRows(table);
}

void TestCsvFiles::refusesFilesThatAreNotText_data() {
    QTest::addColumn<QByteArray>("bytes");
    QByteArray noise(4096, Qt::Uninitialized);
    QRandomGenerator random(11);
    for (char &byte : noise)
        byte = char(random.bounded(256));
    QTest::newRow("random bytes") << noise;
    // Random bytes without NUL and mostly printable still hold many control characters.
    QByteArray printableNoise = noise;
    for (char &byte : printableNoise) {
        if (byte == 0)
            byte = ',';
    }
    QTest::newRow("random bytes without NUL") << printableNoise;
    QTest::newRow("PNG image") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10"
                                             "\0\0\0\x10\x08\x06\0\0\0\x1F\xF3\xFF"
                                             "a",
                                             33);
    QTest::newRow("one NUL in text") << QByteArray("email,name\na@x.org,A\0\nb@x.org,B\n", 32);
    QTest::newRow("zip archive") << "PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00"_ba +
                                        QByteArray(200, '\x01');
}

void TestCsvFiles::refusesFilesThatAreNotText() {
    QFETCH(QByteArray, bytes);
    const QString path = write(u"list.csv"_s, bytes);
    CsvTable table;
    table.records.append(QStringList{u"kept"_s}); // a refused file leaves the table alone
    QString error;
    QVERIFY(!CsvReader::readFile(path, &table, &error));
    QVERIFY2(error.contains(u"is not a text file"_s), qPrintable(error));
    QVERIFY(error.contains(QDir::toNativeSeparators(path)));
    QCOMPARE(table.records, (QList<QStringList>{{u"kept"_s}}));

    const CsvTable parsed = CsvReader::parse(bytes);
    QVERIFY(parsed.notText);
    QVERIFY(parsed.records.isEmpty());
    QVERIFY(parsed.error.contains(u"not text"_s));
}

void TestCsvFiles::strayControlCharacterIsStillText() {
    // One vertical tab in a long hand-edited file is not a reason to refuse it.
    QByteArray bytes = Rows.toUtf8();
    while (bytes.size() < 400)
        bytes += "more@example.org;More\r\n";
    bytes += "last@example.org;La\x0Bst\r\n";
    CsvTable table;
    QString error;
    QVERIFY2(CsvReader::readFile(write(u"edited.csv"_s, bytes), &table, &error), qPrintable(error));
    QCOMPARE(table.records.last().at(0), u"last@example.org"_s);
}

void TestCsvFiles::formulaGuard_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("written");
    QTest::newRow("equals") << u"=1+1"_s << u"'=1+1"_s;
    QTest::newRow("plus") << u"+cmd|' /C calc'!A0"_s << u"'+cmd|' /C calc'!A0"_s;
    QTest::newRow("minus") << u"-2+3"_s << u"'-2+3"_s;
    QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::newRow("full-width equals") << u"\uFF1DHYPERLINK(1)"_s << u"'\uFF1DHYPERLINK(1)"_s;
    QTest::newRow("full-width plus") << u"\uFF0B1\uFF0B1"_s << u"'\uFF0B1\uFF0B1"_s;
    QTest::newRow("full-width minus") << u"\uFF0D1\uFF0B1"_s << u"'\uFF0D1\uFF0B1"_s;
    QTest::newRow("full-width at") << u"\uFF20SUM(A1)"_s << u"'\uFF20SUM(A1)"_s;
    QTest::newRow("tab") << u"\t=1+1"_s << u"'\t=1+1"_s;
    QTest::newRow("carriage return") << u"\r=1+1"_s << u"\"'\r=1+1\""_s;
    QTest::newRow("negative number") << u"-12.50"_s << u"-12.50"_s;
    QTest::newRow("plain text") << u"Anna"_s << u"Anna"_s;
    QTest::newRow("equals later") << u"a=b"_s << u"a=b"_s;
}

void TestCsvFiles::formulaGuard() {
    QFETCH(QString, text);
    QFETCH(QString, written);
    QCOMPARE(CsvField::quoted(text), written);
    QCOMPARE(CsvField::guarded(text),
             written.startsWith(u'"') ? written.mid(1).chopped(1) : written);
}

QTEST_GUILESS_MAIN(TestCsvFiles)
#include "tst_csvfiles.moc"

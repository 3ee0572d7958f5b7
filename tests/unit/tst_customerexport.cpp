// SPDX-License-Identifier: GPL-3.0-or-later
// The export of the customer index, on real SQLite files holding objects of the API's shape
// for both kinds: CSV as a spreadsheet opens it (header of the API's names and every other
// field, quoting, UTF-8, the formula guard, lists in one cell), the view's filters and sort,
// JSON lines byte for byte, and Cancel from the progress callback.

#include "app/index/customerexport.h"
#include "app/index/customerindex.h"

#include "models/jsonmapping.h"

#include <QBuffer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Declared before the test data: moc does not read the raw string literals below.
class TestCustomerExport final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void affiliateHeaderThenOtherFields();
    void referralHeaderThenOtherFields();
    void fieldOfOneCustomerIsAColumnForAll();
    void quotingAndLineEnds();
    void unicodeIsByteExact();
    void formulaGuard();
    void listsNumbersBooleansAndNull();
    void filtersAndSortOfTheView();
    void jsonLinesAreTheStoredObjects();
    void manyCustomersKeepTheirRows();
    void cancelFromTheProgressCallback();
    void cancelledCsvWritesNothing();
    void deviceFailureIsNotACancel();

private:
    void index(ProgramKind kind, const QList<QByteArray> &objects);
    QByteArray exportAll(ProgramKind kind, CustomerExport::Format format = {},
                         const IndexQuery &query = {});
    // The cell of `column` for the customer whose `idColumn` is `id`.
    QString cell(const QList<QStringList> &rows, const QString &idColumn, const QString &id,
                 const QString &column);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CustomerIndex> m_index;
};

namespace {

// A customer as the server sent it: the object's bytes, and the console's reading of them.
CustomerRecord record(const QByteArray &json) {
    CustomerRecord item;
    item.json = json;
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError)
        qFatal("test object is not JSON: %s", json.constData());
    JsonMapping::readCustomerObject(object, u"data"_s, item.customer);
    return item;
}

const QByteArray Grace =
    R"({"key":"grace","partner":"partner_acme","deleted":false,"name":"Grace",)"
    R"("surname":"Hopper, Jr.","email":"grace@example.com","status":"active",)"
    R"("created_at":"2025-05-02T16:12:39.000000Z","updated_at":"2025-05-03T10:00:00.000000Z",)"
    R"("deleted_at":null,"tags":[{"value":"premium"},{"value":"vip"}],)"
    R"("metadata":{"date_of_birth":"1906-12-09"},"custom_fields":{"x":"first"}})";
// Cyrillic, CJK and an emoji, a partner given as an object, numbers as written.
const QByteArray Natalia =
    R"({"key":"natalia","partner":{"key":"partner_b","id":"p_17"},"deleted":false,)"
    R"("name":"Наталья","surname":"王芳 😀","email":"natalia@example.com","status":"suspended",)"
    R"("created_at":"2025-06-01T09:00:00.000000Z","updated_at":"2025-06-02T09:00:00.000000Z",)"
    R"("deleted_at":null,"tags":[],"score":1.50,"big":12345678901234567890})";
// Quotes and a line break in text, and no tags, partner or status at all.
const QByteArray Quoted =
    R"({"key":"quoted","deleted":true,"name":"Say \"hi\"","surname":"two\nlines",)"
    R"("email":"quoted@example.com","created_at":"2025-07-01T09:00:00.000000Z",)"
    R"("updated_at":"2025-07-01T09:00:00.000000Z","deleted_at":"2025-07-02T09:00:00.000000Z"})";

const QByteArray Ada =
    R"({"email":"ada@example.com","created_at":"2025-05-09T17:42:13.000000Z",)"
    R"("updated_at":"2025-05-09T17:42:13.000000Z","id":"ada","name":"Ada","surname":"Lovelace",)"
    R"("approved":true,"status":"active","referring_customer":null,"referrals_count":2,)"
    R"("metadata":{"date_of_birth":null},"referral_link":"https://shop.example?ref=ada",)"
    R"("referral_links":["https://shop.example?ref=ada","https://shop.example/b?ref=ada"],)"
    R"("custom_fields":{}})";
const QByteArray Bob =
    R"({"email":"bob@example.com","created_at":"2025-05-10T17:42:13.000000Z",)"
    R"("updated_at":"2025-05-10T17:42:13.000000Z","id":"bob","name":"Bob","surname":"Green",)"
    R"("approved":false,"status":"active","-flag":"on","referring_customer":{"id":"ada",)"
    R"("email":"ada@example.com"},"referrals_count":0,"metadata":{"date_of_birth":"1990-01-15"},)"
    R"("referral_link":"https://shop.example?ref=bob","referral_links":[],)"
    R"("custom_fields":{"company":"Acme","=cmd":"=1+1","rewards":[{"kind":"coupon","n":2}]}})";

// RFC 4180 as a spreadsheet reads it, failing on a line end that is not CRLF outside quotes.
QList<QStringList> parseCsv(const QByteArray &bytes) {
    QList<QStringList> rows;
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        return rows;
    const QString text = QString::fromUtf8(bytes.mid(3));
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field.append(u'"');
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field.append(c);
            }
        } else if (c == u'"' && field.isEmpty()) {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(field);
            field.clear();
            rows.append(row);
            row.clear();
            ++i;
        } else if (c == u'\r' || c == u'\n') {
            return {}; // a bare line break outside quotes
        } else {
            field.append(c);
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        return {}; // the last row must end with CRLF too
    return rows;
}

} // namespace

void TestCustomerExport::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_index = std::make_unique<CustomerIndex>();
    QVERIFY2(m_index->open(m_dir->filePath(u"customers.sqlite"_s)),
             qPrintable(m_index->errorString()));
}

void TestCustomerExport::index(ProgramKind kind, const QList<QByteArray> &objects) {
    QList<CustomerRecord> records;
    for (const QByteArray &json : objects)
        records.append(record(json));
    const qint64 pass = m_index->beginPass(kind, 250);
    QVERIFY(pass != 0);
    QVERIFY(m_index->storePage(pass, 1, records, true));
    QVERIFY(m_index->completePass(pass));
    QCOMPARE(m_index->count(), int(objects.size()));
}

QByteArray TestCustomerExport::exportAll(ProgramKind kind, CustomerExport::Format format,
                                         const IndexQuery &query) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int written = -1;
    QString error;
    bool cancelled = true;
    const bool ok = CustomerExport::write(&buffer, *m_index, query, format, kind, &written, &error,
                                          {}, &cancelled);
    if (!ok || cancelled)
        qWarning("export failed: %s", qPrintable(error));
    return ok ? buffer.data() : QByteArray();
}

QString TestCustomerExport::cell(const QList<QStringList> &rows, const QString &idColumn,
                                 const QString &id, const QString &column) {
    if (rows.isEmpty())
        return u"<no rows>"_s;
    const qsizetype idAt = rows.first().indexOf(idColumn);
    const qsizetype at = rows.first().indexOf(column);
    if (idAt < 0 || at < 0)
        return u"<no column %1>"_s.arg(column);
    for (const QStringList &row : rows.mid(1)) {
        if (row.size() != rows.first().size())
            return u"<row of %1 cells>"_s.arg(row.size());
        if (row.at(idAt) == id)
            return row.at(at);
    }
    return u"<no row %1>"_s.arg(id);
}

void TestCustomerExport::affiliateHeaderThenOtherFields() {
    index(ProgramKind::Affiliate, {Grace, Natalia, Quoted});
    const QByteArray csv = exportAll(ProgramKind::Affiliate);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    // The API's names for the kind first, then every other field sorted by name, nested ones
    // dotted; `partner` stays for the customers whose list item gives a key string.
    QCOMPARE(csv.mid(3, csv.indexOf("\r\n") - 3),
             QByteArray("key,email,name,surname,status,partner,tags,deleted,created_at,"
                        "updated_at,deleted_at,big,custom_fields.x,metadata.date_of_birth,"
                        "partner.id,partner.key,score"));
    const QList<QStringList> rows = parseCsv(csv);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(cell(rows, u"key"_s, u"grace"_s, u"partner"_s), u"partner_acme"_s);
    QCOMPARE(cell(rows, u"key"_s, u"natalia"_s, u"partner"_s), QString());
    QCOMPARE(cell(rows, u"key"_s, u"natalia"_s, u"partner.key"_s), u"partner_b"_s);
    QCOMPARE(cell(rows, u"key"_s, u"natalia"_s, u"partner.id"_s), u"p_17"_s);
    QCOMPARE(cell(rows, u"key"_s, u"grace"_s, u"metadata.date_of_birth"_s), u"1906-12-09"_s);
    QCOMPARE(cell(rows, u"key"_s, u"grace"_s, u"custom_fields.x"_s), u"first"_s);
    QCOMPARE(cell(rows, u"key"_s, u"grace"_s, u"created_at"_s), u"2025-05-02T16:12:39.000000Z"_s);
}

void TestCustomerExport::referralHeaderThenOtherFields() {
    index(ProgramKind::ReferAFriend, {Ada, Bob});
    const QByteArray csv = exportAll(ProgramKind::ReferAFriend);
    // A referring_customer that is null for Ada adds no column of its own: Bob's object gives
    // its fields. custom_fields of Ada is empty and adds nothing; Bob's add a column each. A
    // field named like a formula is guarded in the header like any cell.
    QCOMPARE(csv.mid(3, csv.indexOf("\r\n") - 3),
             QByteArray("id,email,name,surname,status,approved,referring_customer.id,"
                        "referrals_count,metadata.date_of_birth,referral_link,referral_links,"
                        "created_at,updated_at,'-flag,custom_fields.=cmd,custom_fields.company,"
                        "custom_fields.rewards,referring_customer.email"));
    const QList<QStringList> rows = parseCsv(csv);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(cell(rows, u"id"_s, u"bob"_s, u"referring_customer.id"_s), u"ada"_s);
    QCOMPARE(cell(rows, u"id"_s, u"ada"_s, u"referring_customer.id"_s), QString());
    QCOMPARE(cell(rows, u"id"_s, u"bob"_s, u"metadata.date_of_birth"_s), u"1990-01-15"_s);
    QCOMPARE(cell(rows, u"id"_s, u"ada"_s, u"metadata.date_of_birth"_s), QString());
    QCOMPARE(cell(rows, u"id"_s, u"bob"_s, u"custom_fields.company"_s), u"Acme"_s);
    QCOMPARE(cell(rows, u"id"_s, u"bob"_s, u"custom_fields.=cmd"_s), u"'=1+1"_s);
    QCOMPARE(cell(rows, u"id"_s, u"bob"_s, u"'-flag"_s), u"on"_s);
}

void TestCustomerExport::fieldOfOneCustomerIsAColumnForAll() {
    index(ProgramKind::Affiliate, {Grace, Natalia, Quoted});
    const QList<QStringList> rows = parseCsv(exportAll(ProgramKind::Affiliate));
    QCOMPARE(rows.size(), 4);
    // Only Natalia has a score: a column, with empty cells (not missing cells) for the others.
    QCOMPARE(cell(rows, u"key"_s, u"natalia"_s, u"score"_s), u"1.50"_s);
    QCOMPARE(cell(rows, u"key"_s, u"grace"_s, u"score"_s), QString());
    QCOMPARE(cell(rows, u"key"_s, u"quoted"_s, u"score"_s), QString());
    // And only Grace has custom fields.
    QCOMPARE(cell(rows, u"key"_s, u"natalia"_s, u"custom_fields.x"_s), QString());
    // A documented field no customer has is still a column.
    QCOMPARE(cell(rows, u"key"_s, u"quoted"_s, u"status"_s), QString());
}

void TestCustomerExport::quotingAndLineEnds() {
    index(ProgramKind::Affiliate, {Quoted, Grace});
    const QByteArray csv = exportAll(ProgramKind::Affiliate);
    // Every record ends with CRLF; the line break inside a field stays as it was, quoted.
    QVERIFY(csv.endsWith("\r\n"));
    QCOMPARE(csv.count("\r\n"), 3);
    QVERIFY2(csv.contains(",\"Say \"\"hi\"\"\",\"two\nlines\","), csv.constData());
    QVERIFY2(csv.contains(",Grace,\"Hopper, Jr.\","), csv.constData());
    const QList<QStringList> rows = parseCsv(csv);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(cell(rows, u"key"_s, u"quoted"_s, u"name"_s), u"Say \"hi\""_s);
    QCOMPARE(cell(rows, u"key"_s, u"quoted"_s, u"surname"_s), u"two\nlines"_s);
    QCOMPARE(cell(rows, u"key"_s, u"grace"_s, u"surname"_s), u"Hopper, Jr."_s);
}

void TestCustomerExport::unicodeIsByteExact() {
    // The same text escaped the way some servers write it (\u with a surrogate pair for the
    // emoji) must come out as the same UTF-8 bytes.
    const QByteArray escaped =
        R"({"key":"escaped","name":"\u041d\u0430\u0442\u0430\u043b\u044c\u044f",)"
        R"("surname":"\u738b\u82b3 \ud83d\ude00","email":"e@example.com"})";
    index(ProgramKind::Affiliate, {Natalia, escaped});
    const QByteArray csv = exportAll(ProgramKind::Affiliate);
    const QByteArray expected = QStringLiteral("Наталья,王芳 😀").toUtf8();
    QCOMPARE(expected, QByteArray("\xD0\x9D\xD0\xB0\xD1\x82\xD0\xB0\xD0\xBB\xD1\x8C\xD1\x8F,"
                                  "\xE7\x8E\x8B\xE8\x8A\xB3 \xF0\x9F\x98\x80"));
    QVERIFY2(csv.contains(QByteArray(",natalia@example.com," + expected + ",")), csv.constData());
    QVERIFY2(csv.contains(QByteArray(",e@example.com," + expected + ",")), csv.constData());
}

void TestCustomerExport::formulaGuard() {
    const QList<std::pair<QString, QString>> names = {
        {u"=HYPERLINK(\"http://x\")"_s, u"'=HYPERLINK(\"http://x\")"_s},
        {u"+1+2"_s, u"'+1+2"_s},
        {u"-cmd"_s, u"'-cmd"_s},
        {u"@SUM(A1)"_s, u"'@SUM(A1)"_s},
        {u"\tTab"_s, u"'\tTab"_s},
        {u"\rReturn"_s, u"'\rReturn"_s},
        {u"＝1+1"_s, u"'＝1+1"_s},
        {u"＋1"_s, u"'＋1"_s},
        {u"－1"_s, u"'－1"_s},
        {u"＠x"_s, u"'＠x"_s},
        {u"-12.5"_s, u"-12.5"_s}, // a signed number stays a number
        {u"Plain"_s, u"Plain"_s},
    };
    QList<QByteArray> objects;
    for (int i = 0; i < names.size(); ++i) {
        objects.append(QJsonDocument(QJsonObject{{u"key"_s, u"k%1"_s.arg(i)},
                                                 {u"name"_s, names.at(i).first},
                                                 {u"tags"_s, QJsonArray{u"=tag"_s}}})
                           .toJson(QJsonDocument::Compact));
    }
    index(ProgramKind::Affiliate, objects);
    const QList<QStringList> rows = parseCsv(exportAll(ProgramKind::Affiliate));
    QCOMPARE(rows.size(), names.size() + 1);
    for (int i = 0; i < names.size(); ++i) {
        QCOMPARE(cell(rows, u"key"_s, u"k%1"_s.arg(i), u"name"_s), names.at(i).second);
        // A list's cell is guarded as a whole.
        QCOMPARE(cell(rows, u"key"_s, u"k%1"_s.arg(i), u"tags"_s), u"'=tag"_s);
    }
}

void TestCustomerExport::listsNumbersBooleansAndNull() {
    index(ProgramKind::Affiliate, {Grace, Natalia, Quoted});
    const QList<QStringList> rows = parseCsv(exportAll(ProgramKind::Affiliate));
    QCOMPARE(cell(rows, u"key"_s, u"grace"_s, u"tags"_s), u"premium, vip"_s);
    QCOMPARE(cell(rows, u"key"_s, u"natalia"_s, u"tags"_s), QString());
    QCOMPARE(cell(rows, u"key"_s, u"natalia"_s, u"score"_s), u"1.50"_s);
    QCOMPARE(cell(rows, u"key"_s, u"natalia"_s, u"big"_s), u"12345678901234567890"_s);
    QCOMPARE(cell(rows, u"key"_s, u"grace"_s, u"deleted"_s), u"false"_s);
    QCOMPARE(cell(rows, u"key"_s, u"quoted"_s, u"deleted"_s), u"true"_s);
    QCOMPARE(cell(rows, u"key"_s, u"grace"_s, u"deleted_at"_s), QString());
    QCOMPARE(cell(rows, u"key"_s, u"quoted"_s, u"deleted_at"_s), u"2025-07-02T09:00:00.000000Z"_s);

    init();
    index(ProgramKind::ReferAFriend, {Ada, Bob});
    const QList<QStringList> referral = parseCsv(exportAll(ProgramKind::ReferAFriend));
    QCOMPARE(cell(referral, u"id"_s, u"ada"_s, u"referral_links"_s),
             u"https://shop.example?ref=ada, https://shop.example/b?ref=ada"_s);
    QCOMPARE(cell(referral, u"id"_s, u"bob"_s, u"referral_links"_s), QString());
    QCOMPARE(cell(referral, u"id"_s, u"ada"_s, u"referrals_count"_s), u"2"_s);
    QCOMPARE(cell(referral, u"id"_s, u"ada"_s, u"approved"_s), u"true"_s);
    QCOMPARE(cell(referral, u"id"_s, u"bob"_s, u"approved"_s), u"false"_s);
    // A list of objects: each as compact JSON.
    QCOMPARE(cell(referral, u"id"_s, u"bob"_s, u"custom_fields.rewards"_s),
             u"{\"kind\":\"coupon\",\"n\":2}"_s);
}

void TestCustomerExport::filtersAndSortOfTheView() {
    QList<QByteArray> objects;
    for (int i = 0; i < 6; ++i) {
        objects.append(
            QJsonDocument(QJsonObject{{u"key"_s, u"c%1"_s.arg(i)},
                                      {u"email"_s, u"p%1@example.com"_s.arg(i)},
                                      {u"name"_s, u"Name %1"_s.arg(i)},
                                      {u"status"_s, i % 2 ? u"active"_s : u"suspended"_s},
                                      {u"partner"_s, i < 4 ? u"partner_acme"_s : u"other"_s}})
                .toJson(QJsonDocument::Compact));
    }
    index(ProgramKind::Affiliate, objects);
    IndexQuery query;
    query.status = u"active"_s;
    query.partner = u"partner_acme"_s;
    query.sort = IndexQuery::Column::Email;
    query.order = Qt::DescendingOrder;
    const QList<QStringList> rows =
        parseCsv(exportAll(ProgramKind::Affiliate, CustomerExport::Format::Csv, query));
    QStringList keys;
    for (const QStringList &row : rows.mid(1))
        keys.append(row.first());
    QCOMPARE(keys, (QStringList{u"c3"_s, u"c1"_s}));

    const QByteArray lines =
        exportAll(ProgramKind::Affiliate, CustomerExport::Format::JsonLines, query);
    QCOMPARE(lines, QByteArray(objects.at(3) + '\n' + objects.at(1) + '\n'));
}

void TestCustomerExport::jsonLinesAreTheStoredObjects() {
    index(ProgramKind::Affiliate, {Grace, Natalia, Quoted});
    IndexQuery byKey;
    byKey.sort = IndexQuery::Column::Key;
    // Exactly the bytes the server sent: 1.50 and the 20-digit number unchanged, nothing added.
    QCOMPARE(exportAll(ProgramKind::Affiliate, CustomerExport::Format::JsonLines, byKey),
             QByteArray(Grace + '\n' + Natalia + '\n' + Quoted + '\n'));

    init();
    index(ProgramKind::ReferAFriend, {Ada, Bob});
    byKey.sort = IndexQuery::Column::Id;
    QCOMPARE(exportAll(ProgramKind::ReferAFriend, CustomerExport::Format::JsonLines, byKey),
             QByteArray(Ada + '\n' + Bob + '\n'));
}

void TestCustomerExport::manyCustomersKeepTheirRows() {
    // Enough text to pass the export's in-memory blocks more than once: every row comes out
    // whole, in the view's order, with its own cells.
    QList<QByteArray> objects;
    const QString note(600, u'n');
    for (int i = 0; i < 2500; ++i)
        objects.append(QJsonDocument(QJsonObject{{u"key"_s, u"c%1"_s.arg(i, 5, 10, QChar(u'0'))},
                                                 {u"note"_s, QString(note + QString::number(i))}})
                           .toJson(QJsonDocument::Compact));
    index(ProgramKind::Affiliate, objects);
    IndexQuery byKey;
    byKey.sort = IndexQuery::Column::Key;
    const QList<QStringList> rows =
        parseCsv(exportAll(ProgramKind::Affiliate, CustomerExport::Format::Csv, byKey));
    QCOMPARE(rows.size(), 2501);
    const qsizetype noteAt = rows.first().indexOf(u"note"_s);
    QVERIFY(noteAt > 0);
    for (int i = 0; i < 2500; ++i) {
        const QStringList &row = rows.at(i + 1);
        QCOMPARE(row.size(), rows.first().size());
        QCOMPARE(row.first(), u"c%1"_s.arg(i, 5, 10, QChar(u'0')));
        QCOMPARE(row.at(noteAt), QString(note + QString::number(i)));
    }
}

void TestCustomerExport::cancelFromTheProgressCallback() {
    QList<QByteArray> objects;
    for (int i = 0; i < 1200; ++i)
        objects.append(
            QJsonDocument(QJsonObject{{u"key"_s, u"c%1"_s.arg(i)}}).toJson(QJsonDocument::Compact));
    index(ProgramKind::Affiliate, objects);

    for (const auto format : {CustomerExport::Format::Csv, CustomerExport::Format::JsonLines}) {
        const QString path = m_dir->filePath(u"export-%1.csv"_s.arg(int(format)));
        QSaveFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QList<int> reported;
        int written = -1;
        QString error;
        bool cancelled = false;
        const bool ok = CustomerExport::write(
            &file, *m_index, IndexQuery(), format, ProgramKind::Affiliate, &written, &error,
            [&](int count) {
                reported.append(count);
                return count < 500;
            },
            &cancelled);
        QVERIFY(!ok);
        QVERIFY(cancelled);
        QVERIFY(!error.isEmpty());
        // It heard of progress more than once, and stopped at the first answer of false.
        QVERIFY2(reported.size() > 1, qPrintable(QString::number(reported.size())));
        QVERIFY(reported.last() >= 500);
        QCOMPARE(written, reported.last());
        QVERIFY(written < 1200);
        file.cancelWriting();
        QVERIFY(!file.commit());
        QVERIFY(!QFileInfo::exists(path)); // as the export dialog leaves it: no file
    }

    // Going on to the end: the same callback that never says stop changes nothing.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int written = 0;
    QString error;
    bool cancelled = true;
    QVERIFY(CustomerExport::write(
        &buffer, *m_index, IndexQuery(), CustomerExport::Format::JsonLines, ProgramKind::Affiliate,
        &written, &error, [](int) { return true; }, &cancelled));
    QCOMPARE(written, 1200);
    QVERIFY(!cancelled);
    QCOMPARE(buffer.data().count('\n'), 1200);
}

void TestCustomerExport::cancelledCsvWritesNothing() {
    QList<QByteArray> objects;
    for (int i = 0; i < 600; ++i)
        objects.append(
            QJsonDocument(QJsonObject{{u"key"_s, u"c%1"_s.arg(i)}}).toJson(QJsonDocument::Compact));
    index(ProgramKind::Affiliate, objects);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int written = -1;
    QString error;
    bool cancelled = false;
    QVERIFY(!CustomerExport::write(
        &buffer, *m_index, IndexQuery(), CustomerExport::Format::Csv, ProgramKind::Affiliate,
        &written, &error, [](int) { return false; }, &cancelled));
    QVERIFY(cancelled);
    QVERIFY(written < 600);
    // A CSV is written only once every customer was read: not even the header went out, so
    // standard output gets nothing either.
    QCOMPARE(buffer.size(), 0);
}

void TestCustomerExport::deviceFailureIsNotACancel() {
    index(ProgramKind::Affiliate, {Grace});
    QBuffer closed; // never opened: every write fails
    int written = -1;
    QString error;
    bool cancelled = true;
    QVERIFY(!CustomerExport::write(
        &closed, *m_index, IndexQuery(), CustomerExport::Format::Csv, ProgramKind::Affiliate,
        &written, &error, [](int) { return true; }, &cancelled));
    QVERIFY(!cancelled);
    QVERIFY(error.startsWith(u"The export could not be written"_s));
}

QTEST_GUILESS_MAIN(TestCustomerExport)
#include "tst_customerexport.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON mapping against the documented examples, the sandbox's shapes and broken input.
#include "models/jsonmapping.h"
#include "models/jsonslicer.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

// The API's times are UTC whatever the machine's zone: run where summer time leaves a gap in
// local time, so that a reading that passes through local time shows.
void inZoneWithSummerTime() {
    qputenv("TZ", "Europe/Berlin");
}
Q_CONSTRUCTOR_FUNCTION(inZoneWithSummerTime)

QJsonDocument parse(const QByteArray &json) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("test JSON does not parse: %s", qPrintable(error.errorString()));
    return doc;
}

QJsonDocument fixture(const QString &name) {
    QFile file(QStringLiteral(PARTNERO_FIXTURES_DIR "/api/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("missing fixture %s", qPrintable(name));
        return {};
    }
    return parse(file.readAll());
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0) {
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

QString describe(const std::optional<JsonMapping::Error> &error) {
    return error ? error->field + u": "_s + error->sentence : u"no error"_s;
}

// Which reader a malformed-input case goes through.
enum class Reader {
    Customer,
    CustomerPage,
    Search,
    Referrals,
    Transactions,
    Transaction,
    Balance,
    Stats,
    Program
};

std::optional<JsonMapping::Error> runReader(Reader reader, const QJsonDocument &doc) {
    switch (reader) {
    case Reader::Customer: {
        Customer out;
        out.name = u"untouched"_s;
        const auto error = JsonMapping::readCustomer(doc, out);
        if (error && out.name != "untouched"_L1)
            qWarning("readCustomer changed its output on error");
        return error;
    }
    case Reader::CustomerPage: {
        Page<Customer> out;
        return JsonMapping::readCustomerPage(doc, out);
    }
    case Reader::Search: {
        QList<Customer> out;
        return JsonMapping::readSearchResult(doc, out);
    }
    case Reader::Referrals: {
        Page<Customer> out;
        return JsonMapping::readReferrals(doc, out);
    }
    case Reader::Transactions: {
        Page<Transaction> out;
        return JsonMapping::readTransactionPage(doc, out);
    }
    case Reader::Transaction: {
        Transaction out;
        return JsonMapping::readTransaction(doc, out);
    }
    case Reader::Balance: {
        Balance out;
        return JsonMapping::readBalance(doc, out);
    }
    case Reader::Stats: {
        CustomerStats out;
        return JsonMapping::readStats(doc, out);
    }
    case Reader::Program: {
        ProgramInfo out;
        return JsonMapping::readProgramInfo(doc, out);
    }
    }
    return std::nullopt;
}

} // namespace

Q_DECLARE_METATYPE(Reader)

class TestJsonMapping final : public QObject {
    Q_OBJECT

private slots:
    void affiliateCreateResponse();
    void affiliateGetResponse();
    void affiliateListResponse();
    void referralCreateResponse();
    void referralBalanceExample();
    void referralTransactionExample();
    void affiliateTransactionsExample();
    void sandboxReferralList();
    void timestamps_data();
    void timestamps();
    void timestampErrorNamesItsField();
    void recordPageKeepsEachObject();
    void recordPageCutsObjectsFromTheBytes();
    void recordPagePrettyPrintedIsOneLineEach();
    void recordPageFallsBackWhenTheCutDisagrees_data();
    void recordPageFallsBackWhenTheCutDisagrees();
    void slicerNeverReadsPastTheText();
    void stats();
    void statsVariants();
    void sandboxBalance();
    void balanceLooseShapes();
    void programInfo_data();
    void programInfo();
    void kindFromShape_data();
    void kindFromShape();
    void searchShapes();
    void referralShapes();
    void malformed_data();
    void malformed();
    void itemBeyondRepairIsMarked_data();
    void itemBeyondRepairIsMarked();
    void unknownFieldsIgnored();
    void nullsAreEmpty();
    void amountsAsStrings();
    void numericIdentifiers();
    void customerObjectPath();
    void writersMatchDocumentedBodies();
    void writersSendOnlySetFields();
};

void TestJsonMapping::affiliateCreateResponse() {
    Customer c;
    const auto error =
        JsonMapping::readCustomer(fixture(u"affiliate-customer-create-201.json"_s), c);
    QVERIFY2(!error, qPrintable(describe(error)));
    QCOMPARE(c.key, u"customer_123"_s);
    QCOMPARE(c.partner, u"partner_123"_s);
    QCOMPARE(c.deleted, false);
    QCOMPARE(c.name, u"Alice"_s);
    QCOMPARE(c.surname, u"Brown"_s);
    QCOMPARE(c.email, u"alice.brown@example.com"_s);
    QCOMPARE(c.status, u"active"_s);
    QCOMPARE(c.createdAt, utc(2025, 5, 2, 16, 12, 39));
    QCOMPARE(c.createdAt.timeSpec(), Qt::UTC);
    QCOMPARE(c.updatedAt, utc(2025, 5, 2, 16, 12, 39));
    QVERIFY(!c.deletedAt.isValid());
    QCOMPARE(c.tags, QStringList{u"new"_s});
    QCOMPARE(c.identifier(), u"customer_123"_s);
    QCOMPARE(c.displayName(), u"Alice Brown"_s);
    QCOMPARE(c.referralsCount, -1);
    QVERIFY(!c.approved);
    QVERIFY(!c.referringCustomer);
}

void TestJsonMapping::affiliateGetResponse() {
    Customer c;
    const auto error = JsonMapping::readCustomer(fixture(u"affiliate-customer-get.json"_s), c);
    QVERIFY2(!error, qPrintable(describe(error)));
    QCOMPARE(c.email, u"alice.brown@partnero.com"_s);
    QCOMPARE(c.tags, QStringList{u"premium"_s});
    QCOMPARE(c.status, u"active"_s);
}

void TestJsonMapping::affiliateListResponse() {
    Page<Customer> page;
    const auto error =
        JsonMapping::readCustomerPage(fixture(u"affiliate-customer-list.json"_s), page);
    QVERIFY2(!error, qPrintable(describe(error)));
    QCOMPARE(page.items.size(), 1);
    const Customer &c = page.items.first();
    QCOMPARE(c.key, u"customer_123"_s);
    QCOMPARE(c.displayName(), u"Alice Brown"_s);
    QVERIFY(c.tags.isEmpty()); // list items carry no tags and no status
    QVERIFY(c.status.isEmpty());
    QCOMPARE(c.createdAt, utc(2025, 5, 2, 16, 12, 39));
    QCOMPARE(page.info.currentPage, 1);
    QCOMPARE(page.info.from, 1);
    QCOMPARE(page.info.to, 1);
    QCOMPARE(page.info.perPage, 15);
    QCOMPARE(page.info.hasNext, false);
    QCOMPARE(page.info.hasPrev, false);
    QCOMPARE(page.info.path, u"https://api.partnero.com/v1/customers"_s);
}

void TestJsonMapping::referralCreateResponse() {
    Customer c;
    const auto error = JsonMapping::readCustomer(fixture(u"raf-customer-create.json"_s), c);
    QVERIFY2(!error, qPrintable(describe(error)));
    QCOMPARE(c.id, u"customer_123"_s);
    QVERIFY(c.key.isEmpty());
    QCOMPARE(c.identifier(), u"customer_123"_s);
    QCOMPARE(c.approved, std::optional<bool>(true));
    QCOMPARE(c.status, u"active"_s);
    QVERIFY(!c.referringCustomer); // null
    QCOMPARE(c.referralsCount, 0);
    QVERIFY(c.metadata.contains("date_of_birth"_L1));
    QVERIFY(c.dateOfBirth().isEmpty());
    QCOMPARE(c.referralLink, u"https://yoursite.com?ref=customer_123"_s);
    QCOMPARE(c.referralLinks, QStringList{u"https://yoursite.com?ref=customer_123"_s});
    QVERIFY(c.customFields.isEmpty());
    QCOMPARE(c.createdAt, utc(2025, 5, 9, 17, 42, 13));
}

void TestJsonMapping::referralBalanceExample() {
    Balance balance;
    const auto error = JsonMapping::readBalance(fixture(u"raf-balance.json"_s), balance);
    QVERIFY2(!error, qPrintable(describe(error)));
    QCOMPARE(balance.entries.size(), 1);
    QCOMPARE(balance.entries.first().amount, 3.0);
    QCOMPARE(balance.entries.first().amountUnits, u"USD"_s);
    QCOMPARE(balance.entries.first().isCurrency, true);
    QVERIFY(balance.customer);
    QCOMPARE(balance.customer->id, u"idforreferring-10"_s);
    QCOMPARE(balance.customer->name, u"Some Name 10"_s);
    QVERIFY(balance.customer->surname.isEmpty());
    QCOMPARE(balance.customer->displayName(), u"Some Name 10"_s);
    QCOMPARE(balance.customer->referralsCount, 2);
    // The example's "…" placeholders are no timestamps: empty, not an error.
    QVERIFY(!balance.customer->createdAt.isValid());
    QCOMPARE(balance.customer->referralLinks, QStringList{u"…"_s});
}

void TestJsonMapping::referralTransactionExample() {
    Transaction t;
    const auto error = JsonMapping::readTransaction(fixture(u"raf-transaction.json"_s), t);
    QVERIFY2(!error, qPrintable(describe(error)));
    QCOMPARE(t.key, u"transaction_123"_s);
    QCOMPARE(t.action, u"sale"_s);
    QCOMPARE(t.amount, 99.99);
    QCOMPARE(t.customer, u"customer_123"_s);
    QCOMPARE(t.referredCustomer, u"customer_456"_s);
    QCOMPARE(t.amountUnits, u"USD"_s);
    QCOMPARE(t.isCurrency, true);
    QCOMPARE(t.credit, false);
    QVERIFY(t.rewards.isEmpty());
    QCOMPARE(t.createdAt, utc(2025, 5, 12, 15, 43, 55));
}

void TestJsonMapping::affiliateTransactionsExample() {
    Page<Transaction> page;
    const auto error =
        JsonMapping::readTransactionPage(fixture(u"affiliate-transactions.json"_s), page);
    QVERIFY2(!error, qPrintable(describe(error)));
    QCOMPARE(page.items.size(), 1);
    const Transaction &t = page.items.first();
    QCOMPARE(t.partner, u"partner_123"_s);
    QCOMPARE(t.customer, u"customer_123"_s);
    QCOMPARE(t.createdAt, utc(2025, 5, 7, 5, 32, 48));
    QCOMPARE(t.rewards.size(), 1);
    QCOMPARE(t.rewards.first().amount, 29.997);
    QCOMPARE(t.rewards.first().status, u"ok"_s);
    QCOMPARE(t.rewards.first().amountUnits, u"USD"_s);
    QCOMPARE(page.info.perPage, 15);
    QCOMPARE(page.info.hasNext, false);
}

void TestJsonMapping::sandboxReferralList() {
    Page<Customer> page;
    const auto error =
        JsonMapping::readCustomerPage(fixture(u"sandbox-raf-customer-list.json"_s), page);
    QVERIFY2(!error, qPrintable(describe(error)));
    QCOMPARE(page.items.size(), 2);
    QCOMPARE(page.info.currentPage, 2);
    QCOMPARE(page.info.from, 3);
    QCOMPARE(page.info.to, 4);
    QCOMPARE(page.info.perPage, 2);
    QCOMPARE(page.info.hasNext, true);
    QCOMPARE(page.info.hasPrev, true);

    const Customer &maria = page.items.at(0);
    QCOMPARE(maria.dateOfBirth(), u"1988-11-03"_s);
    QCOMPARE(maria.referralsCount, 3);
    // Microseconds are truncated to milliseconds, never rounded into the next second.
    QCOMPARE(maria.updatedAt, utc(2025, 3, 2, 9, 30, 15, 123));

    const Customer &omar = page.items.at(1);
    QCOMPARE(omar.fullName(), u"عمر الفاروق"_s);
    QCOMPARE(omar.status, u"archived"_s);
    QCOMPARE(omar.approved, std::optional<bool>(false));
    QVERIFY(omar.referringCustomer);
    QCOMPARE(omar.referringCustomer->identifier(), u"raf_0001"_s);
    QCOMPARE(omar.referringCustomer->displayName(), u"Maria Schmidt"_s);
    QCOMPARE(omar.referralLinks.size(), 2);
    QCOMPARE(omar.customFields.value("company"_L1).toString(), u"Al Farooq GmbH"_s);
    QVERIFY(omar.dateOfBirth().isEmpty());
}

void TestJsonMapping::timestamps_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("microseconds Z")
        << u"2025-05-02T16:12:39.000000Z"_s << utc(2025, 5, 2, 16, 12, 39);
    QTest::newRow("no rounding up")
        << u"2025-05-02T16:12:39.999999Z"_s << utc(2025, 5, 2, 16, 12, 39, 999);
    QTest::newRow("seconds Z") << u"2025-05-02T16:12:39Z"_s << utc(2025, 5, 2, 16, 12, 39);
    QTest::newRow("offset") << u"2025-05-02T18:12:39+02:00"_s << utc(2025, 5, 2, 16, 12, 39);
    QTest::newRow("database form is UTC")
        << u"2025-05-02 16:12:39"_s << utc(2025, 5, 2, 16, 12, 39);
    QTest::newRow("database form in a summer-time gap")
        << u"2025-03-30 02:30:00"_s << utc(2025, 3, 30, 2, 30, 0);
    QTest::newRow("ISO form in a summer-time gap")
        << u"2025-03-30T02:30:00"_s << utc(2025, 3, 30, 2, 30, 0);
    QTest::newRow("padded") << u"  2025-05-02T16:12:39.250Z \n"_s
                            << utc(2025, 5, 2, 16, 12, 39, 250);
    QTest::newRow("tenths") << u"2025-05-02T16:12:39.5Z"_s << utc(2025, 5, 2, 16, 12, 39, 500);
    QTest::newRow("hundredths") << u"2025-05-02T16:12:39.25Z"_s << utc(2025, 5, 2, 16, 12, 39, 250);
    QTest::newRow("fraction and offset")
        << u"2025-05-02T21:42:39.123456+05:30"_s << utc(2025, 5, 2, 16, 12, 39, 123);
    QTest::newRow("leap day") << u"2024-02-29T23:59:59.999999Z"_s
                              << utc(2024, 2, 29, 23, 59, 59, 999);
    QTest::newRow("no leap day") << u"2023-02-29T00:00:00Z"_s << QDateTime();
    QTest::newRow("no 30 February") << u"2025-02-30T00:00:00Z"_s << QDateTime();
    QTest::newRow("no month 13") << u"2025-13-01T00:00:00Z"_s << QDateTime();
    QTest::newRow("first year") << u"0001-01-01T00:00:00Z"_s << utc(1, 1, 1, 0, 0, 0);
    QTest::newRow("last year") << u"9999-12-31T23:59:59.999Z"_s
                               << utc(9999, 12, 31, 23, 59, 59, 999);
    QTest::newRow("1900 is no leap year") << u"1900-02-29T00:00:00Z"_s << QDateTime();
    QTest::newRow("2000 is a leap year") << u"2000-02-29T12:00:00Z"_s << utc(2000, 2, 29, 12, 0, 0);
    QTest::newRow("trailing text") << u"2025-05-02T16:12:39Zjunk"_s << QDateTime();
    QTest::newRow("placeholder") << u"…"_s << QDateTime();
    QTest::newRow("garbage") << u"yesterday at noon"_s << QDateTime();
}

void TestJsonMapping::timestamps() {
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    Customer c;
    QJsonObject json{{"key"_L1, u"k"_s}, {"created_at"_L1, text}};
    const auto error = JsonMapping::readCustomerObject(json, u"data"_s, c);
    QVERIFY2(!error, qPrintable(describe(error)));
    QCOMPARE(c.createdAt, expected);
    if (expected.isValid())
        QCOMPARE(c.createdAt.timeSpec(), Qt::UTC);
}

void TestJsonMapping::timestampErrorNamesItsField() {
    // The path of a field is spelled out only for a problem: it must still name the item.
    const QJsonDocument doc = parse(R"({"data": [
        {"key": "a", "created_at": "2025-05-02T16:12:39Z"},
        {"key": "b", "created_at": {"when": "now"}},
        {"key": "c", "tags": [{"value": "vip"}, {"value": ["x"]}]},
        {"key": "d", "referral_links": ["https://x.example", {}]},
        {"key": "e", "referring_customer": {"id": [1]}}]})");
    Page<Customer> page;
    const auto error = JsonMapping::readCustomerPage(doc, page);
    QVERIFY2(!error, qPrintable(describe(error)));
    QCOMPARE(page.items.size(), 5);
    QVERIFY(!page.items[0].isUnreadable());
    QCOMPARE(page.items[0].createdAt, utc(2025, 5, 2, 16, 12, 39));
    QCOMPARE(page.items[1].problem, u"The field data[1].created_at is not a date and time."_s);
    QCOMPARE(page.items[1].key, u"b"_s);
    QCOMPARE(page.items[2].problem, u"The field data[2].tags[1].value is not text."_s);
    QCOMPARE(page.items[2].tags, QStringList{u"vip"_s});
    QCOMPARE(page.items[3].problem, u"The field data[3].referral_links[1] is not text."_s);
    QCOMPARE(page.items[4].problem, u"The field data[4].referring_customer.id is not text."_s);
}

void TestJsonMapping::recordPageKeepsEachObject() {
    // For the index and JSON-lines exports: each customer with its object as the server sent
    // it, unknown fields too; an item that is no customer has nothing to keep.
    const QJsonDocument doc = parse(R"({"data": [
        {"key": "a", "name": "Ann", "loyalty": {"tier": 2}},
        "not a customer",
        {"id": 7, "name": "Seven"},
        {"key": "c", "name": "Cé", "created_at": "2025-05-02T16:12:39.000000Z"}],
        "meta": {"current_page": 3, "per_page": 4, "from": 9, "to": 12},
        "links": {"next": "https://x.example/?page=4"}})");
    Page<CustomerRecord> page;
    const auto error = JsonMapping::readCustomerRecordPage(doc, page);
    QVERIFY2(!error, qPrintable(describe(error)));
    QCOMPARE(page.info.currentPage, 3);
    QVERIFY(page.info.hasNext);
    QCOMPARE(page.items.size(), 3);
    QCOMPARE(page.items[0].customer.name, u"Ann"_s);
    QCOMPARE(page.items[0].json, R"({"key":"a","loyalty":{"tier":2},"name":"Ann"})"_ba);
    QCOMPARE(page.items[1].customer.id, u"7"_s);
    QCOMPARE(page.items[1].json, R"({"id":7,"name":"Seven"})"_ba);
    QCOMPARE(page.items[2].customer.createdAt, utc(2025, 5, 2, 16, 12, 39));
    QCOMPARE(page.items[2].json,
             QByteArray(R"({"created_at":"2025-05-02T16:12:39.000000Z","key":"c","name":"Cé"})"));

    // Not a list of customers at all: an error, as for the plain page.
    Page<CustomerRecord> none;
    QVERIFY(JsonMapping::readCustomerRecordPage(parse(R"({"data": 5})"), none));
}

void TestJsonMapping::recordPageCutsObjectsFromTheBytes() {
    // The objects as the server wrote them: its order of members, its escapes, its numbers;
    // strings that hold brackets, braces, commas and escaped quotes do not end an object.
    const QByteArray first =
        R"({"name":"Z\u00e9 \ud83d\ude00","key":"a]","note":"}{ \"[\" , ]}","price":1.50,)"
        R"("loyalty":{"tier":2,"badges":["x]",{"y":"}"}],"since":null},"big":1e21})";
    const QByteArray second = R"({"id":7,"name":"Back\\slash \"q\"","extra":[[],{},[{}]]})";
    const QByteArray third = R"({"key":"c","name":"C\u00e9","extra":"\/\b\f\n\r\t"})";
    const QByteArray body = R"({"data":[)" + first + R"(,"not a customer",)" + second + "," +
                            third + R"(],"meta":{"current_page":1,"note":"]}"},"status":1})";
    const QJsonDocument doc = parse(body);
    QVERIFY(doc.isObject());
    Page<CustomerRecord> page;
    const auto error = JsonMapping::readCustomerRecordPage(doc, body, page);
    QVERIFY2(!error, qPrintable(describe(error)));
    QCOMPARE(page.items.size(), 3);
    QCOMPARE(page.items[0].customer.key, u"a]"_s);
    QCOMPARE(page.items[0].customer.name, u"Zé 😀"_s);
    QCOMPARE(page.items[0].json, first);
    QCOMPARE(page.items[1].customer.id, u"7"_s);
    QCOMPARE(page.items[1].customer.name, u"Back\\slash \"q\""_s);
    QCOMPARE(page.items[1].json, second);
    QCOMPARE(page.items[2].customer.name, u"Cé"_s);
    QCOMPARE(page.items[2].json, third);
    // Each kept object reads back as the object the page held.
    const QJsonArray data = doc.object().value("data"_L1).toArray();
    QCOMPARE(parse(page.items[0].json).object(), data.at(0).toObject());
    QCOMPARE(parse(page.items[1].json).object(), data.at(2).toObject());
}

void TestJsonMapping::recordPagePrettyPrintedIsOneLineEach() {
    // A pretty-printed page (indented, CRLF line ends): each object comes out on one line,
    // with the whitespace between its tokens removed and that inside its strings kept.
    // An object that is already on one line is kept exactly as written, spaces and all.
    const QByteArray body = "{\r\n  \"data\" : [\r\n    {\r\n"
                            "      \"extra\": [ { \"value\": \"v i p\" },\r\n\t{ } ],\r\n"
                            "      \"key\": \"a\",\r\n"
                            "      \"name\": \"Mary  Ann\\n Lee\"\r\n    },\r\n"
                            "    { \"key\": \"b\", \"name\": \"Bo\" }\r\n  ],\r\n"
                            "  \"status\": 1\r\n}\r\n";
    const QJsonDocument doc = parse(body);
    QVERIFY(doc.isObject());
    Page<CustomerRecord> page;
    const auto error = JsonMapping::readCustomerRecordPage(doc, body, page);
    QVERIFY2(!error, qPrintable(describe(error)));
    QCOMPARE(page.items.size(), 2);
    QCOMPARE(page.items[0].customer.name, u"Mary  Ann\n Lee"_s);
    QCOMPARE(page.items[0].json,
             R"({"extra":[{"value":"v i p"},{}],"key":"a","name":"Mary  Ann\n Lee"})"_ba);
    QCOMPARE(page.items[1].json, R"({ "key": "b", "name": "Bo" })"_ba);

    // The same page pretty-printed by Qt (LF line ends).
    const QByteArray indented = doc.toJson(QJsonDocument::Indented);
    Page<CustomerRecord> again;
    QVERIFY(!JsonMapping::readCustomerRecordPage(parse(indented), indented, again));
    QCOMPARE(again.items.size(), 2);
    QCOMPARE(again.items[0].json, page.items[0].json);
    QCOMPARE(again.items[1].json, R"({"key":"b","name":"Bo"})"_ba);
    for (const CustomerRecord &record : std::as_const(again.items))
        QVERIFY(!record.json.contains('\n') && !record.json.contains('\r'));
}

void TestJsonMapping::recordPageFallsBackWhenTheCutDisagrees_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("parsed");
    const QByteArray page = R"({"data":[{"name":"A","key":"a"},{"name":"B","key":"b"}]})";
    // No bytes given: each object written out again.
    QTest::newRow("no bytes") << QByteArray() << page;
    // Bytes of another page than the one parsed: the counts differ.
    QTest::newRow("other bytes") << R"({"data":[{"key":"x"}]})"_ba << page;
    // Two members named data: the parse keeps one of them; the scanner does not guess which.
    const QByteArray twice = R"({"data":[{"name":"X","key":"x"},{"name":"Y","key":"y"}],)"
                             R"("data":[{"name":"P","key":"p"},{"name":"Q","key":"q"}]})";
    QTest::newRow("data twice") << twice << twice;
    // A member name written with an escape is "data" too.
    const QByteArray escaped =
        R"({"data":[{"name":"X","key":"x"}],"dat\u0061":[{"name":"A","key":"a"}]})";
    QTest::newRow("escaped name") << escaped << escaped;
    // Not a JSON text the scanner can follow.
    QTest::newRow("not json") << R"({"data":[{"key":"a"},{"key":)"_ba << page;
}

void TestJsonMapping::recordPageFallsBackWhenTheCutDisagrees() {
    // When the bytes cannot be cut into as many objects as the parse found, each object is
    // written out again by QJsonDocument (members by name), never paired with a wrong one.
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, parsed);
    const QJsonDocument doc = parse(parsed);
    Page<CustomerRecord> page;
    const auto error = JsonMapping::readCustomerRecordPage(doc, body, page);
    QVERIFY2(!error, qPrintable(describe(error)));
    const QJsonArray data = doc.object().value("data"_L1).toArray();
    QCOMPARE(page.items.size(), data.size());
    for (qsizetype i = 0; i < data.size(); ++i) {
        QCOMPARE(page.items[i].json,
                 QJsonDocument(data.at(i).toObject()).toJson(QJsonDocument::Compact));
        QCOMPARE(page.items[i].customer.key, data.at(i).toObject().value("key"_L1).toString());
    }
}

void TestJsonMapping::slicerNeverReadsPastTheText() {
    // Every cut-short text is refused (the scanner reads only inside the view it is given:
    // under AddressSanitizer a read past it would fail here), and the whole one is cut.
    const QByteArray text =
        R"({"meta":{"a":[1,{"b":"}]"}]},"data":[{"k":"\"\\\u00e9"},[],"x",-1.5e3,true,null],)"
        R"("z":"\\"})";
    for (qsizetype length = 0; length < text.size(); ++length) {
        // An allocation of exactly that size: no terminating zero to read by mistake.
        const std::unique_ptr<char[]> bytes(new char[size_t(length)]);
        std::copy_n(text.constData(), length, bytes.get());
        QVERIFY2(!JsonSlicer::arrayMember(QByteArrayView(bytes.get(), length), "data"),
                 text.left(length).constData());
    }
    const auto elements = JsonSlicer::arrayMember(text, "data");
    QVERIFY(elements);
    const QList<QByteArray> expected{
        R"({"k":"\"\\\u00e9"})"_ba, "[]"_ba, R"("x")"_ba, "-1.5e3"_ba, "true"_ba, "null"_ba};
    QCOMPARE(*elements, expected);
    QVERIFY(!JsonSlicer::arrayMember(text, "meta")); // not an array
    QVERIFY(!JsonSlicer::arrayMember(text, "none"));
    const auto none = JsonSlicer::arrayMember(R"({"data":[]})", "data");
    QVERIFY(none && none->isEmpty());
}

void TestJsonMapping::stats() {
    CustomerStats stats;
    const auto error = JsonMapping::readStats(fixture(u"sandbox-stats.json"_s), stats);
    QVERIFY2(!error, qPrintable(describe(error)));
    QCOMPARE(stats.clicks, std::optional<qint64>(42));
    QCOMPARE(stats.referrals, std::optional<qint64>(3));
    QCOMPARE(stats.shareLinks.size(), 5);
    QVERIFY(stats.shareLinks.contains(qMakePair(
        u"x"_s,
        u"https://x.com/intent/tweet?url=https%3A%2F%2Fshop.example.org%3Fref%3Dkey_raf_0001"_s)));
    QVERIFY(stats.other.contains(qMakePair(u"signups"_s, u"5"_s)));
    QVERIFY(stats.other.contains(qMakePair(u"paid_accounts"_s, u"2"_s)));
    QVERIFY(stats.other.contains(qMakePair(u"revenue.USD"_s, u"120.50"_s)));
    QVERIFY(stats.other.contains(qMakePair(u"revenue.EUR"_s, u"15.00"_s)));
    QCOMPARE(stats.other.size(), 4);
}

void TestJsonMapping::statsVariants() {
    CustomerStats stats;
    auto error = JsonMapping::readStats(parse(R"({"data":{"clicks":"7","referrals":2,
        "social_share_links":[{"network":"facebook","url":"https://f.example"},
                              {"name":"x","url":"https://x.example"}],
        "nested":{"b":[1,{"c":true}],"d":null}},"status":1})"_ba),
                                        stats);
    QVERIFY2(!error, qPrintable(describe(error)));
    QCOMPARE(stats.clicks, std::optional<qint64>(7));
    QCOMPARE(stats.referrals, std::optional<qint64>(2));
    const QList<QPair<QString, QString>> links{{u"facebook"_s, u"https://f.example"_s},
                                               {u"x"_s, u"https://x.example"_s}};
    QCOMPARE(stats.shareLinks, links);
    const QList<QPair<QString, QString>> other{
        {u"nested.b[0]"_s, u"1"_s}, {u"nested.b[1].c"_s, u"true"_s}, {u"nested.d"_s, QString()}};
    QCOMPARE(stats.other, other);

    // With both keys, referrals_count is the count and `referrals` is shown as it is.
    CustomerStats both;
    error = JsonMapping::readStats(
        parse(R"({"data":{"referrals_count":4,"referrals":{"signups":9}}})"_ba), both);
    QVERIFY2(!error, qPrintable(describe(error)));
    QCOMPARE(both.referrals, std::optional<qint64>(4));
    QVERIFY(!both.clicks);
    QCOMPARE(both.other, (QList<QPair<QString, QString>>{{u"referrals.signups"_s, u"9"_s}}));
}

void TestJsonMapping::sandboxBalance() {
    Balance balance;
    const auto error = JsonMapping::readBalance(fixture(u"sandbox-balance.json"_s), balance);
    QVERIFY2(!error, qPrintable(describe(error)));
    QCOMPARE(balance.entries.size(), 3);
    QCOMPARE(balance.entries.at(0).amountUnits, u"USD"_s);
    QCOMPARE(balance.entries.at(1).amount, 12.5);
    QCOMPARE(balance.entries.at(1).amountUnits, u"EUR"_s);
    QCOMPARE(balance.entries.at(2).amount, 120.0);
    QCOMPARE(balance.entries.at(2).amountUnits, u"points"_s);
    QCOMPARE(balance.entries.at(2).isCurrency, false);
    QVERIFY(balance.customer);
    QCOMPARE(balance.customer->displayName(), u"Maria Schmidt"_s);
}

void TestJsonMapping::balanceLooseShapes() {
    // Units and the currency flag left out: the group's name stands in for them.
    Balance balance;
    auto error =
        JsonMapping::readBalance(parse(R"({"data":{"balance":{"points":[{"amount":"15"}],"total":3,
                 "currency":[{"amount":"2.50","amount_units":"EUR"}]}}})"_ba),
                                 balance);
    QVERIFY2(!error, qPrintable(describe(error)));
    QCOMPARE(balance.entries.size(), 2);
    QCOMPARE(balance.entries.at(0).amount, 2.5);
    QCOMPARE(balance.entries.at(0).isCurrency, true);
    QCOMPARE(balance.entries.at(1).amount, 15.0);
    QCOMPARE(balance.entries.at(1).amountUnits, u"points"_s);
    QCOMPARE(balance.entries.at(1).isCurrency, false);
    QVERIFY(!balance.customer);

    // A credit answering with the groups straight under data, and an empty balance.
    Balance flat;
    error = JsonMapping::readBalance(
        parse(R"({"data":{"currency":[{"amount":1,"amount_units":"GBP"}]}})"_ba), flat);
    QVERIFY2(!error, qPrintable(describe(error)));
    QCOMPARE(flat.entries.size(), 1);
    QCOMPARE(flat.entries.first().amountUnits, u"GBP"_s);

    Balance empty;
    error = JsonMapping::readBalance(parse(R"({"data":{"balance":[]}})"_ba), empty);
    QVERIFY2(!error, qPrintable(describe(error)));
    QVERIFY(empty.entries.isEmpty());
}

void TestJsonMapping::programInfo_data() {
    QTest::addColumn<QJsonDocument>("doc");
    QTest::addColumn<ProgramKind>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("typeTitle");
    QTest::addColumn<QString>("currency");
    QTest::newRow("overview") << fixture(u"sandbox-program-overview.json"_s)
                              << ProgramKind::ReferAFriend << u"Sandbox Friends"_s
                              << u"Refer-a-friend"_s << u"USD"_s;
    QTest::newRow("test endpoint") << fixture(u"sandbox-test.json"_s) << ProgramKind::Affiliate
                                   << u"Sandbox Partners"_s << u"affiliate"_s << QString();
    QTest::newRow("test refer_a_friend")
        << parse(R"({"data":{"program":{"name":"P","type":"refer_a_friend"}}})"_ba)
        << ProgramKind::ReferAFriend << u"P"_s << u"refer_a_friend"_s << QString();
    QTest::newRow("overview affiliate")
        << parse(R"({"data":{"overview_program_current_settings":{"program_name":"A",
                 "program_type_title":"Affiliate","currency":" eur"}}})"_ba)
        << ProgramKind::Affiliate << u"A"_s << u"Affiliate"_s << u"EUR"_s;
    QTest::newRow("other wording")
        << parse(R"({"data":{"program":{"type":"newsletter"}}})"_ba) << ProgramKind::Unknown
        << QString() << u"newsletter"_s << QString();
    QTest::newRow("nothing said") << parse(R"({"data":{"user":{"name":"x"}}})"_ba)
                                  << ProgramKind::Unknown << QString() << QString() << QString();
}

void TestJsonMapping::programInfo() {
    QFETCH(QJsonDocument, doc);
    QFETCH(ProgramKind, kind);
    QFETCH(QString, name);
    QFETCH(QString, typeTitle);
    ProgramInfo info;
    const auto error = JsonMapping::readProgramInfo(doc, info);
    QVERIFY2(!error, qPrintable(describe(error)));
    QCOMPARE(info.kind, kind);
    QCOMPARE(info.name, name);
    QCOMPARE(info.typeTitle, typeTitle);
    QFETCH(QString, currency);
    QCOMPARE(info.currency, currency);
}

void TestJsonMapping::kindFromShape_data() {
    QTest::addColumn<QJsonDocument>("doc");
    QTest::addColumn<ProgramKind>("kind");
    QTest::newRow("affiliate list")
        << fixture(u"affiliate-customer-list.json"_s) << ProgramKind::Affiliate;
    QTest::newRow("affiliate get")
        << fixture(u"affiliate-customer-get.json"_s) << ProgramKind::Affiliate;
    QTest::newRow("raf create") << fixture(u"raf-customer-create.json"_s)
                                << ProgramKind::ReferAFriend;
    QTest::newRow("raf list") << fixture(u"sandbox-raf-customer-list.json"_s)
                              << ProgramKind::ReferAFriend;
    QTest::newRow("nested paginator")
        << fixture(u"referrals-nested-paginator.json"_s) << ProgramKind::ReferAFriend;
    QTest::newRow("tags only") << parse(R"({"data":[{"key":"a","tags":[]}]})"_ba)
                               << ProgramKind::Affiliate;
    QTest::newRow("empty list") << parse(R"({"data":[]})"_ba) << ProgramKind::Unknown;
    QTest::newRow("plain customer")
        << parse(R"({"data":[{"email":"a@b.c"}]})"_ba) << ProgramKind::Unknown;
    QTest::newRow("not json") << QJsonDocument() << ProgramKind::Unknown;
    QTest::newRow("data is text") << parse(R"({"data":"x"})"_ba) << ProgramKind::Unknown;
}

void TestJsonMapping::kindFromShape() {
    QFETCH(QJsonDocument, doc);
    QFETCH(ProgramKind, kind);
    QCOMPARE(JsonMapping::kindFromCustomerShape(doc), kind);
}

void TestJsonMapping::searchShapes() {
    QList<Customer> found;
    // One object: one result.
    auto error = JsonMapping::readSearchResult(fixture(u"affiliate-customer-get.json"_s), found);
    QVERIFY2(!error, qPrintable(describe(error)));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().tags, QStringList{u"premium"_s});

    // A paginated array, as the list.
    error = JsonMapping::readSearchResult(fixture(u"sandbox-raf-customer-list.json"_s), found);
    QVERIFY2(!error, qPrintable(describe(error)));
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(1).id, u"raf_0002"_s);

    // A paginator serialised as it is.
    error = JsonMapping::readSearchResult(fixture(u"referrals-nested-paginator.json"_s), found);
    QVERIFY2(!error, qPrintable(describe(error)));
    QCOMPARE(found.size(), 2);

    // Nothing found, said three ways.
    for (const QByteArray &none :
         {R"({"data":[],"status":1})"_ba, R"({"data":null})"_ba, R"({"data":{}})"_ba}) {
        found = {Customer()};
        error = JsonMapping::readSearchResult(parse(none), found);
        QVERIFY2(!error, qPrintable(describe(error)));
        QVERIFY2(found.isEmpty(), none.constData());
    }

    error = JsonMapping::readSearchResult(parse(R"({"data":"alice"})"_ba), found);
    QVERIFY(error);
    QCOMPARE(error->field, u"data"_s);
}

void TestJsonMapping::referralShapes() {
    // data[] with meta/links.
    Page<Customer> page;
    auto error = JsonMapping::readReferrals(fixture(u"sandbox-raf-customer-list.json"_s), page);
    QVERIFY2(!error, qPrintable(describe(error)));
    QCOMPARE(page.items.size(), 2);
    QCOMPARE(page.info.currentPage, 2);

    // data.data[] from a plain paginator: per_page as a string, flat next/prev URLs.
    error = JsonMapping::readReferrals(fixture(u"referrals-nested-paginator.json"_s), page);
    QVERIFY2(!error, qPrintable(describe(error)));
    QCOMPARE(page.items.size(), 2);
    QCOMPARE(page.info.currentPage, 1);
    QCOMPARE(page.info.perPage, 2);
    QCOMPARE(page.info.from, 1);
    QCOMPARE(page.info.to, 2);
    QCOMPARE(page.info.hasNext, true);
    QCOMPARE(page.info.hasPrev, false);
    QCOMPARE(page.items.at(1).referralsCount, 1);
    QCOMPARE(page.items.at(1).createdAt, utc(2025, 3, 6, 10, 15, 0));
    QVERIFY(page.items.at(0).surname.isEmpty());

    // Not paginated at all: one page holding everything.
    error = JsonMapping::readReferrals(
        parse(R"({"data":[{"id":"a"},{"id":"b"},{"id":"c"}],"status":1})"_ba), page);
    QVERIFY2(!error, qPrintable(describe(error)));
    QCOMPARE(page.items.size(), 3);
    QCOMPARE(page.info.currentPage, 1);
    QCOMPARE(page.info.from, 1);
    QCOMPARE(page.info.to, 3);
    QCOMPARE(page.info.hasNext, false);
    QCOMPARE(page.info.hasPrev, false);

    // data.data[] without pagination, and an empty page (from/to null).
    error = JsonMapping::readReferrals(parse(R"({"data":{"data":[{"id":"a"}]}})"_ba), page);
    QVERIFY2(!error, qPrintable(describe(error)));
    QCOMPARE(page.items.size(), 1);
    QCOMPARE(page.info.hasNext, false);

    error = JsonMapping::readReferrals(parse(R"({"data":[],"links":{"next":null,"prev":null},
                 "meta":{"current_page":1,"from":null,"to":null,"per_page":15}})"_ba),
                                       page);
    QVERIFY2(!error, qPrintable(describe(error)));
    QVERIFY(page.items.isEmpty());
    QCOMPARE(page.info.from, 0);
    QCOMPARE(page.info.to, 0);
}

void TestJsonMapping::malformed_data() {
    QTest::addColumn<Reader>("reader");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");

    QTest::newRow("email is an object")
        << Reader::Customer << R"({"data":{"key":"k","email":{"a":42}}})"_ba << u"data.email"_s;
    QTest::newRow("data not an object") << Reader::Customer << R"({"data":"k"})"_ba << u"data"_s;
    QTest::newRow("data null") << Reader::Customer << R"({"data":null})"_ba << u"data"_s;
    QTest::newRow("data missing") << Reader::Customer << R"({"status":1})"_ba << u"data"_s;
    QTest::newRow("document is a list") << Reader::Customer << R"([{"key":"k"}])"_ba << QString();
    QTest::newRow("tags not a list")
        << Reader::Customer << R"({"data":{"tags":"vip"}})"_ba << u"data.tags"_s;
    QTest::newRow("tag item a number")
        << Reader::Customer << R"({"data":{"tags":[{"value":"a"},7]}})"_ba << u"data.tags[1]"_s;
    QTest::newRow("tag value a list")
        << Reader::Customer << R"({"data":{"tags":[{"value":[3]}]}})"_ba << u"data.tags[0].value"_s;
    QTest::newRow("created_at an object")
        << Reader::Customer << R"({"data":{"created_at":{"date":"x"}}})"_ba << u"data.created_at"_s;
    QTest::newRow("referring_customer a list")
        << Reader::Customer << R"({"data":{"referring_customer":[1]}})"_ba
        << u"data.referring_customer"_s;
    QTest::newRow("referring_customer.email")
        << Reader::Customer << R"({"data":{"referring_customer":{"email":[]}}})"_ba
        << u"data.referring_customer.email"_s;
    QTest::newRow("referrals_count fraction")
        << Reader::Customer << R"({"data":{"referrals_count":2.5}})"_ba
        << u"data.referrals_count"_s;
    QTest::newRow("approved a word")
        << Reader::Customer << R"({"data":{"approved":"yes"}})"_ba << u"data.approved"_s;
    QTest::newRow("referral link item")
        << Reader::Customer << R"({"data":{"referral_links":[{"url":"x"}]}})"_ba
        << u"data.referral_links[0]"_s;
    QTest::newRow("metadata text")
        << Reader::Customer << R"({"data":{"metadata":"dob"}})"_ba << u"data.metadata"_s;
    QTest::newRow("page data an object")
        << Reader::CustomerPage << R"({"data":{"key":"a"}})"_ba << u"data"_s;
    QTest::newRow("page data a number") << Reader::CustomerPage << R"({"data":5})"_ba << u"data"_s;
    QTest::newRow("meta a string")
        << Reader::CustomerPage << R"({"data":[],"meta":"1"})"_ba << u"meta"_s;
    QTest::newRow("current_page a word")
        << Reader::CustomerPage << R"({"data":[],"meta":{"current_page":"one"}})"_ba
        << u"meta.current_page"_s;
    QTest::newRow("links.next an object")
        << Reader::CustomerPage << R"({"data":[],"meta":{},"links":{"next":{}}})"_ba
        << u"links.next"_s;
    QTest::newRow("referrals data.data")
        << Reader::Referrals << R"({"data":{"data":{"id":"a"}}})"_ba << u"data.data"_s;
    QTest::newRow("referrals flat per_page")
        << Reader::Referrals << R"({"data":{"data":[],"current_page":1,
                                                   "per_page":"many"}})"_ba
        << u"data.per_page"_s;
    QTest::newRow("transaction amount word")
        << Reader::Transactions << R"({"data":[{"amount":"lots"}]})"_ba << u"data[0].amount"_s;
    QTest::newRow("rewards not a list")
        << Reader::Transactions << R"({"data":[{"rewards":{}}]})"_ba << u"data[0].rewards"_s;
    QTest::newRow("reward a string")
        << Reader::Transactions << R"({"data":[{"rewards":["x"]}]})"_ba << u"data[0].rewards[0]"_s;
    QTest::newRow("reward amount")
        << Reader::Transactions << R"({"data":[{"rewards":[{"amount":[]}]}]})"_ba
        << u"data[0].rewards[0].amount"_s;
    QTest::newRow("transaction data a list")
        << Reader::Transaction << R"({"data":[]})"_ba << u"data"_s;
    QTest::newRow("balance a string")
        << Reader::Balance << R"({"data":{"balance":"3 USD"}})"_ba << u"data.balance"_s;
    QTest::newRow("balance entry text")
        << Reader::Balance << R"({"data":{"balance":{"currency":["3"]}}})"_ba
        << u"data.balance.currency[0]"_s;
    QTest::newRow("balance amount bool")
        << Reader::Balance << R"({"data":{"balance":{"currency":[{"amount":true}]}}})"_ba
        << u"data.balance.currency[0].amount"_s;
    QTest::newRow("balance customer")
        << Reader::Balance << R"({"data":{"customer":{"email":[1]},"balance":{}}})"_ba
        << u"data.customer.email"_s;
    QTest::newRow("balance data a list") << Reader::Balance << R"({"data":[]})"_ba << u"data"_s;
    QTest::newRow("clicks an object")
        << Reader::Stats << R"({"data":{"clicks":{}}})"_ba << u"data.clicks"_s;
    QTest::newRow("share links a number")
        << Reader::Stats << R"({"data":{"social_share_links":5}})"_ba
        << u"data.social_share_links"_s;
    QTest::newRow("share link url")
        << Reader::Stats << R"({"data":{"social_share_links":{"x":[1]}}})"_ba
        << u"data.social_share_links.x"_s;
    QTest::newRow("share link item") << Reader::Stats << R"({"data":{"social_share_links":[7]}})"_ba
                                     << u"data.social_share_links[0]"_s;
    QTest::newRow("overview settings")
        << Reader::Program << R"({"data":{"overview_program_current_settings":"x"}})"_ba
        << u"data.overview_program_current_settings"_s;
    QTest::newRow("test program name")
        << Reader::Program << R"({"data":{"program":{"name":[5]}}})"_ba << u"data.program.name"_s;
    QTest::newRow("program data text")
        << Reader::Program << R"({"data":"affiliate"})"_ba << u"data"_s;
}

void TestJsonMapping::malformed() {
    QFETCH(Reader, reader);
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    const auto error = runReader(reader, parse(json));
    QVERIFY2(error, "expected an error");
    QCOMPARE(error->field, field);
    QVERIFY(!error->sentence.isEmpty());
    if (!field.isEmpty())
        QVERIFY2(error->sentence.contains(field), qPrintable(error->sentence));
}

void TestJsonMapping::itemBeyondRepairIsMarked_data() {
    QTest::addColumn<Reader>("reader");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("field");
    QTest::newRow("page item email")
        << Reader::CustomerPage << R"({"data":[{"key":"a"},{"key":"b"},{"key":"c"},
                                           {"key":"d","email":{"x":true}}]})"_ba
        << 3 << u"data[3].email"_s;
    QTest::newRow("page item not object")
        << Reader::CustomerPage << R"({"data":[{"key":"a"},"x"]})"_ba << 1 << u"data[1]"_s;
    QTest::newRow("page item without key or id")
        << Reader::CustomerPage << R"({"data":[{"email":"a@b.c"},{"key":"b"}]})"_ba << 0
        << u"data[0]"_s;
    QTest::newRow("search item") << Reader::Search << R"({"data":[{"id":"a","name":{}}]})"_ba << 0
                                 << u"data[0].name"_s;
    QTest::newRow("referrals item")
        << Reader::Referrals << R"({"data":{"data":[{"id":"a"},[1]]}})"_ba << 1
        << u"data.data[1]"_s;
}

void TestJsonMapping::itemBeyondRepairIsMarked() {
    QFETCH(Reader, reader);
    QFETCH(QByteArray, json);
    QFETCH(int, row);
    QFETCH(QString, field);
    QList<Customer> items;
    std::optional<JsonMapping::Error> error;
    if (reader == Reader::Search) {
        error = JsonMapping::readSearchResult(parse(json), items);
    } else {
        Page<Customer> page;
        error = reader == Reader::Referrals ? JsonMapping::readReferrals(parse(json), page)
                                            : JsonMapping::readCustomerPage(parse(json), page);
        items = page.items;
    }
    QVERIFY2(!error, qPrintable(describe(error)));
    QVERIFY(row < items.size());
    for (int i = 0; i < items.size(); ++i)
        QCOMPARE(items.at(i).isUnreadable(), i == row);
    QVERIFY2(items.at(row).problem.contains(field), qPrintable(items.at(row).problem));
}

void TestJsonMapping::unknownFieldsIgnored() {
    Customer c;
    const auto error = JsonMapping::readCustomer(
        parse(R"({"data":{"key":"k","email":"a@b.c","loyalty":{"tier":[1,2,{"x":null}]},
                 "tos":true,"unknown_number":3.5},"status":1,"debug":"x"})"_ba),
        c);
    QVERIFY2(!error, qPrintable(describe(error)));
    QCOMPARE(c.key, u"k"_s);
    QCOMPARE(c.email, u"a@b.c"_s);
}

void TestJsonMapping::nullsAreEmpty() {
    Customer c;
    const auto error = JsonMapping::readCustomer(
        parse(R"({"data":{"key":"k","id":null,"email":null,"name":null,"surname":null,
                 "status":null,"partner":null,"tags":null,"deleted":null,"approved":null,
                 "referring_customer":null,"referrals_count":null,"referral_link":null,
                 "referral_links":null,"metadata":null,"custom_fields":[],
                 "created_at":null,"updated_at":null,"deleted_at":null}})"_ba),
        c);
    QVERIFY2(!error, qPrintable(describe(error)));
    QCOMPARE(c.key, u"k"_s);
    QVERIFY(c.email.isEmpty());
    QVERIFY(c.tags.isEmpty());
    QVERIFY(!c.approved);
    QVERIFY(!c.referringCustomer);
    QCOMPARE(c.referralsCount, -1);
    QVERIFY(c.metadata.isEmpty());
    QVERIFY(c.customFields.isEmpty()); // PHP's empty array stands for an empty object
    QVERIFY(!c.createdAt.isValid());
    QCOMPARE(c.displayName(), u"k"_s);

    // "Nobody" as PHP may say it: an empty array or object is no referrer.
    for (const QByteArray &nobody :
         {R"({"data":{"referring_customer":[]}})"_ba, R"({"data":{"referring_customer":{}}})"_ba}) {
        Customer referred;
        const auto refError = JsonMapping::readCustomer(parse(nobody), referred);
        QVERIFY2(!refError, qPrintable(describe(refError)));
        QVERIFY2(!referred.referringCustomer, nobody.constData());
    }

    Transaction t;
    const auto txError = JsonMapping::readTransaction(
        parse(R"({"data":{"key":"t","amount":null,"rewards":null,"is_currency":null}})"_ba), t);
    QVERIFY2(!txError, qPrintable(describe(txError)));
    QCOMPARE(t.amount, 0.0);
    QCOMPARE(t.isCurrency, true);
}

void TestJsonMapping::amountsAsStrings() {
    Page<Transaction> page;
    const auto error = JsonMapping::readTransactionPage(
        parse(R"({"data":[{"key":"t","amount":"120.50","amount_units":"EUR",
                 "rewards":[{"amount":"29.997"},{"amount":" 0.003 "}]},
                 {"key":"u","amount":-5}],"status":1})"_ba),
        page);
    QVERIFY2(!error, qPrintable(describe(error)));
    QCOMPARE(page.items.size(), 2);
    QCOMPARE(page.items.at(0).amount, 120.5);
    QCOMPARE(page.items.at(0).rewards.at(0).amount, 29.997);
    QCOMPARE(page.items.at(0).rewards.at(1).amount, 0.003);
    QCOMPARE(page.items.at(1).amount, -5.0);

    Balance balance;
    const auto balanceError = JsonMapping::readBalance(
        parse(R"({"data":{"balance":{"currency":[{"amount":"3","amount_units":"USD"}]}}})"_ba),
        balance);
    QVERIFY2(!balanceError, qPrintable(describe(balanceError)));
    QCOMPARE(balance.entries.first().amount, 3.0);
}

void TestJsonMapping::numericIdentifiers() {
    Customer c;
    const auto error =
        JsonMapping::readCustomer(parse(R"({"data":{"id":1234,"partner":{"key":"ref_9","name":"P"},
                 "referring_customer":77,"approved":1,"deleted":0}})"_ba),
                                  c);
    QVERIFY2(!error, qPrintable(describe(error)));
    QCOMPARE(c.id, u"1234"_s);
    QCOMPARE(c.partner, u"ref_9"_s);
    QVERIFY(c.referringCustomer);
    QCOMPARE(c.referringCustomer->identifier(), u"77"_s);
    QCOMPARE(c.approved, std::optional<bool>(true));
    QCOMPARE(c.deleted, false);
}

void TestJsonMapping::customerObjectPath() {
    Customer c;
    auto error =
        JsonMapping::readCustomerObject(QJsonObject{{"email"_L1, QJsonArray{5}}}, u"item"_s, c);
    QVERIFY(error);
    QCOMPARE(error->field, u"item.email"_s);

    error = JsonMapping::readCustomerObject(QJsonObject{{"key"_L1, u"x"_s}, {"name"_L1, u"Zoë"_s}},
                                            QString(), c);
    QVERIFY2(!error, qPrintable(describe(error)));
    QCOMPARE(c.displayName(), u"Zoë"_s);
}

void TestJsonMapping::writersMatchDocumentedBodies() {
    AffiliateCustomerDraft affiliate;
    affiliate.partnerKey = u"ref_123"_s;
    affiliate.key = u"customer_123"_s;
    affiliate.email = u"alice.brown@example.com"_s;
    affiliate.name = u"Alice"_s;
    affiliate.surname = u"Brown"_s;
    affiliate.tags = {u"new"_s};
    QCOMPARE(QJsonDocument(JsonMapping::write(affiliate)),
             fixture(u"requests/affiliate-create.json"_s));

    ReferralCustomerDraft referring;
    referring.key = u"customer_123"_s;
    referring.name = u"Alice"_s;
    referring.surname = u"Brown"_s;
    referring.email = u"alice.brown@example.com"_s;
    QCOMPARE(QJsonDocument(JsonMapping::write(referring)),
             fixture(u"requests/raf-create-referring.json"_s));

    ReferralCustomerDraft referred;
    referred.referringKey = u"customer_123"_s;
    referred.key = u"customer_456"_s;
    referred.name = u"Bob"_s;
    referred.surname = u"Green"_s;
    referred.email = u"bob.green@example.com"_s;
    QCOMPARE(QJsonDocument(JsonMapping::write(referred)),
             fixture(u"requests/raf-create-referred.json"_s));

    CustomerUpdate rafUpdate;
    rafUpdate.name = u"Amanda"_s;
    rafUpdate.dateOfBirth = QDate(1990, 1, 15);
    QCOMPARE(QJsonDocument(JsonMapping::write(rafUpdate)), fixture(u"requests/raf-update.json"_s));

    CustomerUpdate affiliateUpdate;
    affiliateUpdate.name = u"Amanda"_s;
    affiliateUpdate.surname = u"Green"_s;
    affiliateUpdate.email = u"amanda@…"_s;
    affiliateUpdate.tags = QStringList{u"premium"_s, u"vip"_s};
    QCOMPARE(QJsonDocument(JsonMapping::write(affiliateUpdate)),
             fixture(u"requests/affiliate-update.json"_s));

    const CreditRequest credit{10.0, u"USD"_s, true};
    QCOMPARE(QJsonDocument(JsonMapping::write(credit)), fixture(u"requests/raf-credit.json"_s));
    const CreditRequest oldDocsCredit{10, u"usd"_s, true};
    QCOMPARE(QJsonDocument(JsonMapping::write(oldDocsCredit)),
             fixture(u"requests/credit-old-docs.json"_s));

    InviteRequest invite;
    invite.email = u"jane.smith@example.com"_s;
    invite.name = u"Jane"_s;
    QCOMPARE(QJsonDocument(JsonMapping::write(invite)), fixture(u"requests/raf-invite.json"_s));
}

void TestJsonMapping::writersSendOnlySetFields() {
    AffiliateCustomerDraft affiliate;
    affiliate.key = u"c1"_s;
    affiliate.partnerId = u"p_9"_s;
    affiliate.referralUrl = u"https://shop.example/?aff=x"_s;
    {
        const QJsonDocument expected = parse(R"({"key":"c1","partner":{"id":"p_9"},
                      "options":{"referral_url":"https://shop.example/?aff=x"}})"_ba);
        QCOMPARE(QJsonDocument(JsonMapping::write(affiliate)), expected);
    }

    affiliate = {};
    affiliate.key = u"c2"_s;
    affiliate.partnerEmail = u"p@example.com"_s;
    {
        const QJsonDocument expected =
            parse(R"({"key":"c2","partner":{"email":"p@example.com"}})"_ba);
        QCOMPARE(QJsonDocument(JsonMapping::write(affiliate)), expected);
    }

    ReferralCustomerDraft referral;
    referral.id = u"r1"_s;
    referral.referringId = u"r0"_s;
    referral.dateOfBirth = QDate(2001, 2, 3);
    {
        const QJsonDocument expected = parse(R"({"id":"r1","referring_customer":{"id":"r0"},
                      "metadata":{"date_of_birth":"2001-02-03"}})"_ba);
        QCOMPARE(QJsonDocument(JsonMapping::write(referral)), expected);
    }
    QCOMPARE(QJsonDocument(JsonMapping::write(ReferralCustomerDraft())), parse("{}"_ba));

    CustomerUpdate nothing;
    QVERIFY(nothing.isEmpty());
    QCOMPARE(QJsonDocument(JsonMapping::write(nothing)), parse(R"({"update":{}})"_ba));

    // Present but empty tags clear them; absent tags are left alone.
    CustomerUpdate clearTags;
    clearTags.tags = QStringList();
    QVERIFY(!clearTags.isEmpty());
    QCOMPARE(QJsonDocument(JsonMapping::write(clearTags)), parse(R"({"update":{"tags":[]}})"_ba));

    CustomerUpdate rename;
    rename.key = u"new_key"_s;
    rename.surname = QString();
    {
        const QJsonDocument expected = parse(R"({"update":{"key":"new_key","surname":""}})"_ba);
        QCOMPARE(QJsonDocument(JsonMapping::write(rename)), expected);
    }

    CustomerUpdate clearBirthday;
    clearBirthday.dateOfBirth = QDate();
    {
        const QJsonDocument expected =
            parse(R"({"update":{"metadata":{"date_of_birth":null}}})"_ba);
        QCOMPARE(QJsonDocument(JsonMapping::write(clearBirthday)), expected);
    }

    const CreditRequest points{120, u"points"_s, false};
    {
        const QJsonDocument expected =
            parse(R"({"amount":120,"amount_units":"points","is_currency":false})"_ba);
        QCOMPARE(QJsonDocument(JsonMapping::write(points)), expected);
    }

    InviteRequest invite;
    invite.email = u"a@example.com"_s;
    invite.personalization = {{u"coupon"_s, u"WELCOME10"_s}, {u"first_name"_s, u"Ana"_s}};
    {
        const QJsonDocument expected = parse(R"({"email":"a@example.com",
                      "personalization":{"coupon":"WELCOME10","first_name":"Ana"}})"_ba);
        QCOMPARE(QJsonDocument(JsonMapping::write(invite)), expected);
    }
}

QTEST_GUILESS_MAIN(TestJsonMapping)
#include "tst_jsonmapping.moc"

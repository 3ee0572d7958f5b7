// SPDX-License-Identifier: GPL-3.0-or-later
// Every reader against thousands of broken documents (deterministic seed): truncated bytes,
// type-swapped and deleted members of the real fixtures, and random JSON built from the API's
// own field names. A reader must return a value or an Error whose field points at a real place
// in the document; it must never crash, assert or hang. Pages that read well are also shown
// through the table models under QAbstractItemModelTester. Then the readings the mapping owes
// to servers that differ from the examples: what is plainly meant is coerced, one customer
// beyond repair marks its row instead of failing the page, and the stats' other shapes read.
#include "models/customertablemodel.h"
#include "models/jsonmapping.h"
#include "models/rowstate.h"
#include "models/transactiontablemodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const QStringList vocabulary{u"data"_s,
                             u"status"_s,
                             u"meta"_s,
                             u"links"_s,
                             u"next"_s,
                             u"prev"_s,
                             u"current_page"_s,
                             u"per_page"_s,
                             u"from"_s,
                             u"to"_s,
                             u"path"_s,
                             u"key"_s,
                             u"id"_s,
                             u"email"_s,
                             u"name"_s,
                             u"surname"_s,
                             u"partner"_s,
                             u"tags"_s,
                             u"value"_s,
                             u"deleted"_s,
                             u"approved"_s,
                             u"referring_customer"_s,
                             u"referrals_count"_s,
                             u"referral_link"_s,
                             u"referral_links"_s,
                             u"metadata"_s,
                             u"date_of_birth"_s,
                             u"custom_fields"_s,
                             u"created_at"_s,
                             u"updated_at"_s,
                             u"deleted_at"_s,
                             u"amount"_s,
                             u"amount_units"_s,
                             u"is_currency"_s,
                             u"credit"_s,
                             u"rewards"_s,
                             u"customer"_s,
                             u"referred_customer"_s,
                             u"balance"_s,
                             u"currency"_s,
                             u"points"_s,
                             u"clicks"_s,
                             u"referrals"_s,
                             u"social_share_links"_s,
                             u"url"_s,
                             u"network"_s,
                             u"program"_s,
                             u"type"_s,
                             u"overview_program_current_settings"_s,
                             u"program_name"_s,
                             u"program_type_title"_s,
                             u"next_page_url"_s,
                             u"prev_page_url"_s,
                             u"last_page"_s};

class Fuzzer {
public:
    explicit Fuzzer(quint32 seed)
        : m_random(seed) {}

    int below(int n) { return n <= 0 ? 0 : static_cast<int>(m_random.bounded(n)); }

    QJsonValue scalar() {
        switch (below(12)) {
        case 0:
            return QJsonValue(QJsonValue::Null);
        case 1:
            return below(2) == 1;
        case 2:
            return below(1000);
        case 3:
            return -1.5;
        case 4:
            return 1e300;
        case 5:
            return u"120.50"_s;
        case 6:
            return u"2025-05-02T16:12:39.000000Z"_s;
        case 7:
            return QString();
        case 8:
            return u"not a number"_s;
        case 9:
            return u"https://example.com/?page=2"_s;
        case 10:
            return u"عمر"_s;
        default:
            return 2.5;
        }
    }

    QJsonValue randomValue(int depth) {
        if (depth <= 0 || below(3) == 0)
            return scalar();
        if (below(2) == 0) {
            QJsonArray array;
            const int size = below(4);
            for (int i = 0; i < size; ++i)
                array.append(randomValue(depth - 1));
            return array;
        }
        QJsonObject object;
        const int size = below(6);
        for (int i = 0; i < size; ++i)
            object.insert(vocabulary.at(below(int(vocabulary.size()))), randomValue(depth - 1));
        return object;
    }

    QJsonDocument randomDocument() {
        QJsonObject root;
        root.insert(u"data"_s, randomValue(5));
        if (below(2) == 0)
            root.insert(u"meta"_s, randomValue(2));
        if (below(2) == 0)
            root.insert(u"links"_s, randomValue(2));
        return QJsonDocument(root);
    }

    // Replaces, removes or wraps the node numbered `target` in a pre-order walk.
    QJsonValue mutate(const QJsonValue &value, int &target) {
        if (target-- == 0) {
            switch (below(4)) {
            case 0:
                return scalar();
            case 1:
                return randomValue(2);
            case 2:
                return QJsonArray{value};
            default:
                return QJsonValue(QJsonValue::Undefined); // removed by the caller
            }
        }
        if (value.isObject()) {
            QJsonObject object = value.toObject();
            for (const QString &key : object.keys()) {
                if (target < 0)
                    break;
                const QJsonValue changed = mutate(object.value(key), target);
                if (changed.isUndefined())
                    object.remove(key);
                else
                    object.insert(key, changed);
            }
            return object;
        }
        if (value.isArray()) {
            QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size() && target >= 0; ++i) {
                const QJsonValue changed = mutate(array.at(i), target);
                if (changed.isUndefined())
                    array.removeAt(i--);
                else
                    array.replace(i, changed);
            }
            return array;
        }
        return value;
    }

private:
    QRandomGenerator m_random;
};

int nodeCount(const QJsonValue &value) {
    int count = 1;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            count += nodeCount(it.value());
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            count += nodeCount(item);
    }
    return count;
}

// "data[3].email" -> the value there, or Undefined.
QJsonValue resolve(const QJsonDocument &doc, const QString &path) {
    static const QRegularExpression step(u"([^.\\[\\]]+)|\\[(\\d+)\\]"_s);
    QJsonValue current = doc.object();
    for (auto it = step.globalMatch(path); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (match.hasCaptured(1))
            current = current.toObject().value(match.captured(1));
        else
            current = current.toArray().at(match.captured(2).toInt());
        if (current.isUndefined())
            break;
    }
    return current;
}

// Closes what a cut left open (a string, objects, arrays), trying a few endings, so that a cut
// document still parses into a partial shape; returns the cut bytes when nothing works.
QByteArray closeTruncated(const QByteArray &cut) {
    QByteArray stack;
    bool inString = false;
    bool escaped = false;
    for (const char c : cut) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            stack.append(c);
        } else if ((c == '}' || c == ']') && !stack.isEmpty()) {
            stack.chop(1);
        }
    }
    QByteArray base = cut;
    if (inString)
        base += escaped ? "\\\"" : "\"";
    base = base.trimmed();
    if (base.endsWith(','))
        base.chop(1);
    QByteArray closers;
    for (qsizetype i = stack.size() - 1; i >= 0; --i)
        closers += stack.at(i) == '{' ? '}' : ']';
    for (const QByteArray &middle : {""_ba, ":null"_ba, "null"_ba}) {
        const QByteArray candidate = base + middle + closers;
        if (!QJsonDocument::fromJson(candidate).isNull())
            return candidate;
    }
    return cut;
}

struct Tally {
    int values = 0;
    int errors = 0;
};

} // namespace

class TestJsonRobustness final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void truncatedBytes();
    void mutatedFixtures();
    void randomDocuments();
    void coercesWhatIsPlainlyMeant_data();
    void coercesWhatIsPlainlyMeant();
    void refusesWhatIsNotMeant_data();
    void refusesWhatIsNotMeant();
    void brokenCustomerMarksOnlyItsRow_data();
    void brokenCustomerMarksOnlyItsRow();
    void brokenReferralsAndSearchItemsAreMarked();
    void answerOfAnotherShapeIsAnError_data();
    void answerOfAnotherShapeIsAnError();
    void partnerSaysWhatItHolds_data();
    void partnerSaysWhatItHolds();
    void referralStatusTellsRestore_data();
    void referralStatusTellsRestore();
    void revenueByAmountUnitsIsOneRowPerUnit();
    void shareLinksAsListOfUrls();
    void cleanupTestCase();

private:
    void check(const QJsonDocument &doc, const char *origin);
    void checkError(const std::optional<JsonMapping::Error> &error, const QJsonDocument &doc,
                    const char *reader, const char *origin);

    QList<QByteArray> m_seeds;
    Tally m_tally;
    CustomerTableModel *m_customers = nullptr;
    TransactionTableModel *m_transactions = nullptr;
};

void TestJsonRobustness::initTestCase() {
    const QDir dir(QStringLiteral(PARTNERO_FIXTURES_DIR "/api"));
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_seeds.append(file.readAll());
    }
    QVERIFY2(m_seeds.size() >= 10, "the response fixtures are missing");

    m_customers = new CustomerTableModel(this);
    m_transactions = new TransactionTableModel(this);
    new QAbstractItemModelTester(m_customers, QAbstractItemModelTester::FailureReportingMode::Fatal,
                                 this);
    new QAbstractItemModelTester(m_transactions,
                                 QAbstractItemModelTester::FailureReportingMode::Fatal, this);
}

void TestJsonRobustness::checkError(const std::optional<JsonMapping::Error> &error,
                                    const QJsonDocument &doc, const char *reader,
                                    const char *origin) {
    if (!error) {
        ++m_tally.values;
        return;
    }
    ++m_tally.errors;
    const QByteArray where =
        QByteArray(reader) + " on " + origin + ": " + doc.toJson(QJsonDocument::Compact).left(300);
    QVERIFY2(!error->sentence.isEmpty(), where.constData());
    if (error->field.isEmpty()) {
        QVERIFY2(!doc.isObject(), where.constData()); // only the document as a whole is unnamed
        return;
    }
    QVERIFY2(error->sentence.contains(error->field), where.constData());
    // The field named is really there, of the wrong type; or it is `data`, missing.
    const QJsonValue found = resolve(doc, error->field);
    QVERIFY2(!found.isUndefined() || error->field == "data"_L1,
             qPrintable(error->field + u" not in "_s + QString::fromUtf8(where)));
}

void TestJsonRobustness::check(const QJsonDocument &doc, const char *origin) {
    Customer customer;
    checkError(JsonMapping::readCustomer(doc, customer), doc, "readCustomer", origin);
    Page<Customer> customers;
    const auto pageError = JsonMapping::readCustomerPage(doc, customers);
    checkError(pageError, doc, "readCustomerPage", origin);
    QList<Customer> found;
    checkError(JsonMapping::readSearchResult(doc, found), doc, "readSearchResult", origin);
    Page<Customer> referrals;
    checkError(JsonMapping::readReferrals(doc, referrals), doc, "readReferrals", origin);
    Page<Transaction> transactions;
    const auto transactionsError = JsonMapping::readTransactionPage(doc, transactions);
    checkError(transactionsError, doc, "readTransactionPage", origin);
    Transaction transaction;
    checkError(JsonMapping::readTransaction(doc, transaction), doc, "readTransaction", origin);
    Balance balance;
    checkError(JsonMapping::readBalance(doc, balance), doc, "readBalance", origin);
    CustomerStats stats;
    checkError(JsonMapping::readStats(doc, stats), doc, "readStats", origin);
    ProgramInfo program;
    checkError(JsonMapping::readProgramInfo(doc, program), doc, "readProgramInfo", origin);
    const ProgramKind kind = JsonMapping::kindFromCustomerShape(doc);
    if (doc.isObject()) {
        Customer fromObject;
        // Paths start at "root", so the check resolves them in a document that has one.
        const QJsonDocument rooted(QJsonObject{{"root"_L1, doc.object()}});
        checkError(JsonMapping::readCustomerObject(doc.object(), u"root"_s, fromObject), rooted,
                   "readCustomerObject", origin);
    }

    // Whatever was read is shown: every role of every cell, with the testers watching.
    if (!pageError && !customers.items.isEmpty()) {
        m_customers->setProgramKind(kind);
        m_customers->setPage(customers);
        for (int row = 0; row < m_customers->rowCount(); ++row) {
            for (int column = 0; column < m_customers->columnCount(); ++column) {
                const QModelIndex index = m_customers->index(row, column);
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole),
                                 int(CustomerTableModel::SortRole)}) {
                    index.data(role);
                }
            }
            const Customer &shown = m_customers->customerAt(row);
            // A marked row says why; an unmarked one can be found again.
            QCOMPARE(m_customers->index(row, 0).data(RowStateRole).toInt(),
                     int(shown.isUnreadable() ? RowState::Error : RowState::None));
            QVERIFY(shown.isUnreadable() || !shown.identifier().isEmpty());
            m_customers->updateCustomer(shown);
        }
        m_customers->removeCustomer(customers.items.first().identifier());
    }
    if (!transactionsError && !transactions.items.isEmpty()) {
        m_transactions->setProgramKind(kind);
        m_transactions->setPage(transactions);
        for (int row = 0; row < m_transactions->rowCount(); ++row) {
            for (int column = 0; column < m_transactions->columnCount(); ++column) {
                const QModelIndex index = m_transactions->index(row, column);
                index.data(Qt::DisplayRole);
                index.data(Qt::ToolTipRole);
            }
        }
    }
}

void TestJsonRobustness::truncatedBytes() {
    Fuzzer fuzzer(20250502);
    int parsed = 0;
    for (int round = 0; round < 1500; ++round) {
        const QByteArray &seed = m_seeds.at(fuzzer.below(int(m_seeds.size())));
        QByteArray bytes = seed.left(fuzzer.below(int(seed.size()) + 1));
        // Most get their open brackets closed, so that they parse into partial shapes.
        if (round % 4 != 0)
            bytes = closeTruncated(bytes);
        const QJsonDocument doc = QJsonDocument::fromJson(bytes);
        parsed += doc.isNull() ? 0 : 1;
        check(doc, "truncated");
        if (QTest::currentTestFailed())
            return;
    }
    qInfo("truncated: 1500 variants, %d parsed as JSON", parsed);
}

void TestJsonRobustness::mutatedFixtures() {
    Fuzzer fuzzer(7);
    for (int round = 0; round < 4000; ++round) {
        QJsonValue root =
            QJsonDocument::fromJson(m_seeds.at(fuzzer.below(int(m_seeds.size())))).object();
        // One to three changes per variant.
        const int changes = 1 + fuzzer.below(3);
        for (int i = 0; i < changes; ++i) {
            int target = 1 + fuzzer.below(nodeCount(root) - 1); // never the root itself
            root = fuzzer.mutate(root, target);
        }
        check(QJsonDocument(root.toObject()), "mutated");
        if (QTest::currentTestFailed())
            return;
    }
}

void TestJsonRobustness::randomDocuments() {
    Fuzzer fuzzer(42);
    for (int round = 0; round < 2000; ++round) {
        QJsonDocument doc = fuzzer.randomDocument();
        if (round % 50 == 0)
            doc = QJsonDocument(QJsonArray{doc.object()}); // a list where an object belongs
        check(doc, "random");
        if (QTest::currentTestFailed())
            return;
    }
}

namespace {

QJsonDocument pageOf(const QJsonArray &items) {
    return QJsonDocument(QJsonObject{
        {u"data"_s, items},
        {u"meta"_s, QJsonObject{{u"current_page"_s, 1},
                                {u"per_page"_s, 250},
                                {u"from"_s, 1},
                                {u"to"_s, items.size()}}},
        {u"links"_s, QJsonObject{{u"next"_s, QJsonValue::Null}, {u"prev"_s, QJsonValue::Null}}},
        {u"status"_s, 1}});
}

QJsonObject customerJson(int n) {
    return QJsonObject{{u"key"_s, u"cus_%1"_s.arg(n)},
                       {u"email"_s, u"c%1@example.com"_s.arg(n)},
                       {u"name"_s, u"Name %1"_s.arg(n)},
                       {u"partner"_s, u"partner_acme"_s}};
}

} // namespace

void TestJsonRobustness::coercesWhatIsPlainlyMeant_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("given");
    QTest::addColumn<QString>("expected"); // what the customer shows for it

    QTest::newRow("name as a number") << u"name"_s << QJsonValue(1984) << u"1984"_s;
    QTest::newRow("name as a fraction") << u"name"_s << QJsonValue(12.5) << u"12.5"_s;
    QTest::newRow("name as a flag") << u"name"_s << QJsonValue(true) << u"true"_s;
    QTest::newRow("email as a number") << u"email"_s << QJsonValue(42) << u"42"_s;
    QTest::newRow("status as a number") << u"status"_s << QJsonValue(1) << u"1"_s;
    QTest::newRow("approved as \"true\"") << u"approved"_s << QJsonValue(u"true"_s) << u"1"_s;
    QTest::newRow("approved as \"False\"") << u"approved"_s << QJsonValue(u"False"_s) << u"0"_s;
    QTest::newRow("approved as \"1\"") << u"approved"_s << QJsonValue(u"1"_s) << u"1"_s;
    QTest::newRow("approved as \"0\"") << u"approved"_s << QJsonValue(u"0"_s) << u"0"_s;
    QTest::newRow("approved as 1") << u"approved"_s << QJsonValue(1) << u"1"_s;
    QTest::newRow("approved as 0") << u"approved"_s << QJsonValue(0) << u"0"_s;
    QTest::newRow("deleted as \"true\"") << u"deleted"_s << QJsonValue(u"true"_s) << u"1"_s;
    QTest::newRow("referrals_count as \"7\"")
        << u"referrals_count"_s << QJsonValue(u"7"_s) << u"7"_s;
    QTest::newRow("referrals_count as \"7.0\"")
        << u"referrals_count"_s << QJsonValue(u"7.0"_s) << u"7"_s;
}

void TestJsonRobustness::coercesWhatIsPlainlyMeant() {
    QFETCH(QString, field);
    QFETCH(QJsonValue, given);
    QFETCH(QString, expected);
    QJsonObject item = customerJson(1);
    item.insert(field, given);
    Page<Customer> page;
    const auto error = JsonMapping::readCustomerPage(pageOf({customerJson(0), item}), page);
    QVERIFY2(!error, error ? qPrintable(error->sentence) : "");
    QCOMPARE(page.items.size(), 2);
    const Customer &customer = page.items.at(1);
    QVERIFY2(!customer.isUnreadable(), qPrintable(customer.problem));
    QString shown;
    if (field == "name"_L1)
        shown = customer.name;
    else if (field == "email"_L1)
        shown = customer.email;
    else if (field == "status"_L1)
        shown = customer.status;
    else if (field == "approved"_L1)
        shown = customer.approved ? QString::number(int(*customer.approved)) : u"none"_s;
    else if (field == "deleted"_L1)
        shown = QString::number(int(customer.deleted));
    else if (field == "referrals_count"_L1)
        shown = QString::number(customer.referralsCount);
    QCOMPARE(shown, expected);
}

void TestJsonRobustness::refusesWhatIsNotMeant_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("given");
    QTest::newRow("flag as \"maybe\"") << u"approved"_s << QJsonValue(u"maybe"_s);
    QTest::newRow("flag as 2") << u"approved"_s << QJsonValue(2);
    QTest::newRow("count as \"7.5\"") << u"referrals_count"_s << QJsonValue(u"7.5"_s);
    QTest::newRow("count as \"many\"") << u"referrals_count"_s << QJsonValue(u"many"_s);
    QTest::newRow("name as an object") << u"name"_s << QJsonValue(QJsonObject{{u"first"_s, 1}});
    QTest::newRow("email as a list") << u"email"_s << QJsonValue(QJsonArray{u"a@b.c"_s});
}

void TestJsonRobustness::refusesWhatIsNotMeant() {
    // Beyond what is plainly meant: the row is marked, naming the field, and the page stands.
    QFETCH(QString, field);
    QFETCH(QJsonValue, given);
    QJsonObject item = customerJson(1);
    item.insert(field, given);
    Page<Customer> page;
    QVERIFY(!JsonMapping::readCustomerPage(pageOf({customerJson(0), item}), page));
    QCOMPARE(page.items.size(), 2);
    QVERIFY(!page.items.at(0).isUnreadable());
    const Customer &marked = page.items.at(1);
    QVERIFY(marked.isUnreadable());
    QVERIFY2(marked.problem.contains(u"data[1]."_s + field), qPrintable(marked.problem));
    QCOMPARE(marked.key, u"cus_1"_s); // what could be read stays
}

void TestJsonRobustness::brokenCustomerMarksOnlyItsRow_data() {
    QTest::addColumn<QJsonValue>("broken");
    QTest::addColumn<QString>("named");
    QTest::newRow("a string") << QJsonValue(u"cus_3"_s) << u"data[3]"_s;
    QTest::newRow("a list") << QJsonValue(QJsonArray{1, 2}) << u"data[3]"_s;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << u"data[3]"_s;
    QTest::newRow("an object that is no customer")
        << QJsonValue(QJsonObject{{u"error"_s, u"hidden"_s}, {u"code"_s, 7}}) << u"data[3]"_s;
    QTest::newRow("a customer without key or id")
        << QJsonValue(QJsonObject{{u"email"_s, u"x@example.com"_s}, {u"name"_s, u"X"_s}})
        << u"data[3]"_s;
    QJsonObject badDate = customerJson(3);
    badDate.insert(u"created_at"_s, QJsonObject{{u"date"_s, u"yesterday"_s}});
    QTest::newRow("a customer with a date as an object")
        << QJsonValue(badDate) << u"data[3].created_at"_s;
}

void TestJsonRobustness::brokenCustomerMarksOnlyItsRow() {
    QFETCH(QJsonValue, broken);
    QFETCH(QString, named);
    QJsonArray items;
    for (int i = 0; i < 250; ++i)
        items.append(i == 3 ? broken : QJsonValue(customerJson(i)));
    Page<Customer> page;
    const auto error = JsonMapping::readCustomerPage(pageOf(items), page);
    QVERIFY2(!error, error ? qPrintable(error->sentence) : "");
    QCOMPARE(page.items.size(), 250);
    QCOMPARE(page.info.to, 250);
    for (int i = 0; i < 250; ++i)
        QCOMPARE(page.items.at(i).isUnreadable(), i == 3);
    QVERIFY2(page.items.at(3).problem.contains(named), qPrintable(page.items.at(3).problem));

    // The table shows all 250, the broken one marked and saying why.
    CustomerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setProgramKind(ProgramKind::Affiliate);
    model.setPage(page);
    QCOMPARE(model.rowCount(), 250);
    const int nameColumn = model.sectionOf(CustomerTableModel::NameColumn);
    for (int column = 0; column < model.columnCount(); ++column) {
        const QModelIndex cell = model.index(3, column);
        QCOMPARE(cell.data(RowStateRole).toInt(), int(RowState::Error));
        QVERIFY2(cell.data(Qt::ToolTipRole).toString().contains(named),
                 qPrintable(cell.data(Qt::ToolTipRole).toString()));
        QCOMPARE(model.index(2, column).data(RowStateRole).toInt(), int(RowState::None));
    }
    QCOMPARE(model.index(4, nameColumn).data().toString(), u"Name 4"_s);
    QVERIFY(!model.index(3, nameColumn).data().toString().isEmpty());
    QCOMPARE(model.rowOfIdentifier(u"cus_4"_s), 4);
}

void TestJsonRobustness::brokenReferralsAndSearchItemsAreMarked() {
    const QJsonArray items{customerJson(0), u"oops"_s, customerJson(2)};
    Page<Customer> referrals;
    QVERIFY(!JsonMapping::readReferrals(
        QJsonDocument(QJsonObject{{u"data"_s, items}, {u"status"_s, 1}}), referrals));
    QCOMPARE(referrals.items.size(), 3);
    QVERIFY(referrals.items.at(1).isUnreadable());
    QVERIFY(!referrals.items.at(2).isUnreadable());
    QVERIFY(!referrals.info.hasNext); // unpaginated: everything is here

    QList<Customer> found;
    QVERIFY(!JsonMapping::readSearchResult(
        QJsonDocument(QJsonObject{{u"data"_s, items}, {u"status"_s, 1}}), found));
    QCOMPARE(found.size(), 3);
    QVERIFY(found.at(1).isUnreadable());
}

void TestJsonRobustness::answerOfAnotherShapeIsAnError_data() {
    QTest::addColumn<QJsonDocument>("doc");
    QTest::addColumn<QString>("field");
    QTest::newRow("data is text") << QJsonDocument(QJsonObject{{u"data"_s, u"customers"_s}})
                                  << u"data"_s;
    QTest::newRow("data.data is a number")
        << QJsonDocument(QJsonObject{{u"data"_s, QJsonObject{{u"data"_s, 5}}}}) << u"data.data"_s;
    QTest::newRow("no data") << QJsonDocument(QJsonObject{{u"customers"_s, QJsonArray()}})
                             << u"data"_s;
}

void TestJsonRobustness::answerOfAnotherShapeIsAnError() {
    QFETCH(QJsonDocument, doc);
    QFETCH(QString, field);
    Page<Customer> page;
    const auto error = JsonMapping::readCustomerPage(doc, page);
    QVERIFY(error);
    QCOMPARE(error->field, field);
    QVERIFY(error->sentence.contains(field));
}

void TestJsonRobustness::partnerSaysWhatItHolds_data() {
    QTest::addColumn<QJsonValue>("partner");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("form");
    QTest::addColumn<bool>("isKey");
    using Form = Customer::PartnerForm;
    QTest::newRow("a bare string, documented as the key")
        << QJsonValue(u"partner_acme"_s) << u"partner_acme"_s << int(Form::AsGiven) << true;
    QTest::newRow("an object with the key")
        << QJsonValue(QJsonObject{{u"id"_s, u"prt_1"_s}, {u"key"_s, u"partner_acme"_s}})
        << u"partner_acme"_s << int(Form::Key) << true;
    QTest::newRow("an object with only the id")
        << QJsonValue(QJsonObject{{u"id"_s, u"prt_1"_s}}) << u"prt_1"_s << int(Form::Id) << false;
    QTest::newRow("an object with only the email")
        << QJsonValue(QJsonObject{{u"email"_s, u"p@example.com"_s}}) << u"p@example.com"_s
        << int(Form::Email) << false;
    QTest::newRow("a number") << QJsonValue(17) << u"17"_s << int(Form::Id) << false;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QString() << int(Form::None) << false;
}

void TestJsonRobustness::partnerSaysWhatItHolds() {
    QFETCH(QJsonValue, partner);
    QFETCH(QString, value);
    QFETCH(int, form);
    QFETCH(bool, isKey);
    QJsonObject item = customerJson(1);
    item.insert(u"partner"_s, partner);
    Customer customer;
    QVERIFY(!JsonMapping::readCustomerObject(item, u"data"_s, customer));
    QCOMPARE(customer.partner, value);
    QCOMPARE(int(customer.partnerForm), form);
    QCOMPARE(customer.partnerIsKey(), isKey);
}

void TestJsonRobustness::referralStatusTellsRestore_data() {
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("active");
    QTest::addColumn<bool>("restorable");
    QTest::newRow("active") << u"active"_s << true << false;
    QTest::newRow("deleted, as documented") << u"deleted"_s << false << true;
    QTest::newRow("archived, as some servers say") << u"archived"_s << false << true;
    QTest::newRow("another word") << u"inactive"_s << false << true;
    QTest::newRow("Active, capitalised") << u"Active"_s << true << false;
    QTest::newRow("not given") << QString() << false << false;
}

void TestJsonRobustness::referralStatusTellsRestore() {
    QFETCH(QString, status);
    QFETCH(bool, active);
    QFETCH(bool, restorable);
    Customer customer;
    customer.id = u"c1"_s;
    customer.status = status;
    QCOMPARE(customer.isActiveReferral(), active);
    QCOMPARE(customer.isRestorable(), restorable);
}

void TestJsonRobustness::revenueByAmountUnitsIsOneRowPerUnit() {
    const QJsonArray revenue{
        QJsonObject{{u"amount_units"_s, u"USD"_s}, {u"amount"_s, u"120.50"_s}},
        QJsonObject{{u"amount_units"_s, u"EUR"_s}, {u"amount"_s, 30}},
    };
    const QJsonArray byCurrency{
        QJsonObject{{u"currency"_s, u"GBP"_s}, {u"amount"_s, u"7.00"_s}},
    };
    CustomerStats stats;
    const auto error = JsonMapping::readStats(
        QJsonDocument(
            QJsonObject{{u"data"_s, QJsonObject{{u"revenue"_s, revenue}, {u"paid"_s, byCurrency}}},
                        {u"status"_s, 1}}),
        stats);
    QVERIFY2(!error, error ? qPrintable(error->sentence) : "");
    const QList<QPair<QString, QString>> expected{
        {u"paid.GBP"_s, u"7.00"_s}, {u"revenue.USD"_s, u"120.50"_s}, {u"revenue.EUR"_s, u"30"_s}};
    QCOMPARE(stats.other, expected);
}

void TestJsonRobustness::shareLinksAsListOfUrls() {
    CustomerStats stats;
    const QJsonArray links{u"https://www.facebook.com/sharer/sharer.php?u=x"_s,
                           u"https://x.com/intent/post?url=x"_s, u"mailto:?body=x"_s};
    const auto error = JsonMapping::readStats(
        QJsonDocument(QJsonObject{{u"data"_s, QJsonObject{{u"social_share_links"_s, links}}},
                                  {u"status"_s, 1}}),
        stats);
    QVERIFY2(!error, error ? qPrintable(error->sentence) : "");
    QCOMPARE(stats.shareLinks.size(), 3);
    QCOMPARE(stats.shareLinks.at(0).first, u"facebook.com"_s);
    QCOMPARE(stats.shareLinks.at(0).second, links.at(0).toString());
    QCOMPARE(stats.shareLinks.at(1).first, u"x.com"_s);
    QCOMPARE(stats.shareLinks.at(2).first, u"mailto"_s);
    QVERIFY(stats.other.isEmpty());

    // The object form reads as before.
    CustomerStats objectForm;
    QVERIFY(!JsonMapping::readStats(
        QJsonDocument(QJsonObject{
            {u"data"_s,
             QJsonObject{{u"social_share_links"_s, QJsonObject{{u"facebook"_s, links.at(0)}}}}},
            {u"status"_s, 1}}),
        objectForm));
    QCOMPARE(objectForm.shareLinks,
             (QList<QPair<QString, QString>>{{u"facebook"_s, links.at(0).toString()}}));
}

void TestJsonRobustness::cleanupTestCase() {
    qInfo("readers returned %d values and %d errors", m_tally.values, m_tally.errors);
    // Both outcomes must have been exercised, or the generator is not doing its job.
    QVERIFY(m_tally.values > 1000);
    QVERIFY(m_tally.errors > 1000);
}

QTEST_GUILESS_MAIN(TestJsonRobustness)
#include "tst_jsonrobustness.moc"

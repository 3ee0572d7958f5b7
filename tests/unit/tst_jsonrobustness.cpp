// Every reader against thousands of broken documents (deterministic seed): truncated bytes,
// type-swapped and deleted members of the real fixtures, and random JSON built from the API's
// own field names. A reader must return a value or an Error whose field points at a real place
// in the document; it must never crash, assert or hang. Pages that read well are also shown
// through the table models under QAbstractItemModelTester.
#include "models/customertablemodel.h"
#include "models/jsonmapping.h"
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
            m_customers->updateCustomer(m_customers->customerAt(row));
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

void TestJsonRobustness::cleanupTestCase() {
    qInfo("readers returned %d values and %d errors", m_tally.values, m_tally.errors);
    // Both outcomes must have been exercised, or the generator is not doing its job.
    QVERIFY(m_tally.values > 1000);
    QVERIFY(m_tally.errors > 1000);
}

QTEST_GUILESS_MAIN(TestJsonRobustness)
#include "tst_jsonrobustness.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// TransactionTableModel: columns per kind, amounts and rewards as people read them, raw sort
// values, one reset per page; QAbstractItemModelTester watches every test.
#include "models/jsonmapping.h"
#include "models/transactiontablemodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <ctime>

using namespace Qt::Literals::StringLiterals;

namespace {

// The no-break space DisplayFormat puts between a number and its unit.
const QString nbsp = QString(QChar(0x00A0));

Reward reward(double amount, const QString &units, bool isCurrency = true) {
    Reward r;
    r.amount = amount;
    r.amountUnits = units;
    r.isCurrency = isCurrency;
    r.status = u"ok"_s;
    return r;
}

Transaction sale(const QString &key, double amount, const QDateTime &created) {
    Transaction t;
    t.key = key;
    t.action = u"sale"_s;
    t.amount = amount;
    t.amountUnits = u"USD"_s;
    t.customer = u"customer_123"_s;
    t.referredCustomer = u"customer_456"_s;
    t.partner = u"partner_123"_s;
    t.createdAt = created;
    return t;
}

Page<Transaction> pageOf(const QList<Transaction> &transactions) {
    Page<Transaction> page;
    page.items = transactions;
    return page;
}

QStringList headers(const QAbstractItemModel &model) {
    QStringList titles;
    for (int section = 0; section < model.columnCount(); ++section)
        titles.append(model.headerData(section, Qt::Horizontal).toString());
    return titles;
}

} // namespace

class TestTransactionTableModel final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void columnsPerKind();
    void setPageResetsOnce();
    void amountsForPeople();
    void rewardSums();
    void buyerColumnFollowsKind();
    void sortRoleIsRaw();
    void transactionRoleAndAlignment();
    void toolTips();
    void mappedDocumentedExample();

private:
    QString display(int row, TransactionTableModel::Column column) const {
        return m_model->index(row, m_model->sectionOf(column)).data().toString();
    }

    TransactionTableModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestTransactionTableModel::initTestCase() {
    qputenv("TZ", "UTC");
    tzset();
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
}

void TestTransactionTableModel::init() {
    m_model = new TransactionTableModel(this);
    m_tester = new QAbstractItemModelTester(
        m_model, QAbstractItemModelTester::FailureReportingMode::Fatal, this);
}

void TestTransactionTableModel::cleanup() {
    delete m_tester;
    m_tester = nullptr;
    delete m_model;
    m_model = nullptr;
}

void TestTransactionTableModel::columnsPerKind() {
    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    m_model->setProgramKind(ProgramKind::Affiliate);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(headers(*m_model), (QStringList{u"Key"_s, u"Action"_s, u"Amount"_s, u"Customer"_s,
                                             u"Reward"_s, u"Created"_s}));
    QCOMPARE(m_model->sectionOf(TransactionTableModel::ReferredCustomerColumn), -1);

    m_model->setProgramKind(ProgramKind::ReferAFriend);
    QCOMPARE(resets.count(), 2);
    QCOMPARE(headers(*m_model), (QStringList{u"Key"_s, u"Action"_s, u"Amount"_s,
                                             u"Referred customer"_s, u"Reward"_s, u"Created"_s}));
    QCOMPARE(m_model->sectionOf(TransactionTableModel::CustomerColumn), -1);
    QCOMPARE(m_model->columnAt(3), TransactionTableModel::ReferredCustomerColumn);
    QCOMPARE(m_model->columnAt(-1), TransactionTableModel::ColumnCount);

    m_model->setProgramKind(ProgramKind::ReferAFriend);
    QCOMPARE(resets.count(), 2);
}

void TestTransactionTableModel::setPageResetsOnce() {
    m_model->setProgramKind(ProgramKind::Affiliate);
    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changes(m_model, &QAbstractItemModel::dataChanged);

    Page<Transaction> page =
        pageOf({sale(u"t1"_s, 10, QDateTime()), sale(u"t2"_s, 20, QDateTime())});
    page.info.hasNext = true;
    m_model->setPage(page);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(inserts.count(), 0);
    QCOMPARE(changes.count(), 0);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->pageInfo().hasNext, true);
    QCOMPARE(m_model->transactionAt(1).key, u"t2"_s);

    m_model->clear();
    QCOMPARE(resets.count(), 2);
    QCOMPARE(m_model->rowCount(), 0);
}

void TestTransactionTableModel::amountsForPeople() {
    m_model->setProgramKind(ProgramKind::Affiliate);
    Transaction big = sale(u"t1"_s, 1234.5, QDateTime());
    Transaction points = sale(u"t2"_s, 120, QDateTime());
    points.amountUnits = u"points"_s;
    points.isCurrency = false;
    Transaction lowerCase = sale(u"t3"_s, 10, QDateTime());
    lowerCase.amountUnits = u"usd"_s;
    Transaction refund = sale(u"t4"_s, -5.5, QDateTime());
    refund.amountUnits = u"EUR"_s;
    m_model->setPage(pageOf({big, points, lowerCase, refund}));

    QCOMPARE(display(0, TransactionTableModel::AmountColumn),
             QString(u"1.234,50"_s + nbsp + u"USD"_s));
    QCOMPARE(display(1, TransactionTableModel::AmountColumn),
             QString(u"120"_s + nbsp + u"points"_s));
    QCOMPARE(display(2, TransactionTableModel::AmountColumn),
             QString(u"10,00"_s + nbsp + u"USD"_s));
    QCOMPARE(display(3, TransactionTableModel::AmountColumn),
             QString(u"-5,50"_s + nbsp + u"EUR"_s));

    // The same page read in the United States.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(display(0, TransactionTableModel::AmountColumn),
             QString(u"1,234.50"_s + nbsp + u"USD"_s));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
}

void TestTransactionTableModel::rewardSums() {
    m_model->setProgramKind(ProgramKind::Affiliate);
    Transaction commission = sale(u"t1"_s, 99.99, QDateTime());
    commission.rewards = {reward(29.997, u"USD"_s), reward(0.003, u"usd"_s)};
    Transaction mixed = sale(u"t2"_s, 50, QDateTime());
    mixed.rewards = {reward(3, u"USD"_s), reward(10, u"points"_s, false), reward(2, u"USD"_s)};
    Transaction none = sale(u"t3"_s, 5, QDateTime());
    m_model->setPage(pageOf({commission, mixed, none}));

    QCOMPARE(display(0, TransactionTableModel::RewardColumn),
             QString(u"30,00"_s + nbsp + u"USD"_s));
    QCOMPARE(display(1, TransactionTableModel::RewardColumn),
             QString(u"5,00"_s + nbsp + u"USD, 10"_s + nbsp + u"points"_s));
    QCOMPARE(display(2, TransactionTableModel::RewardColumn), QString());
}

void TestTransactionTableModel::buyerColumnFollowsKind() {
    m_model->setPage(pageOf({sale(u"t1"_s, 1, QDateTime())}));
    m_model->setProgramKind(ProgramKind::Affiliate);
    QCOMPARE(display(0, TransactionTableModel::CustomerColumn), u"customer_123"_s);
    m_model->setProgramKind(ProgramKind::ReferAFriend);
    QCOMPARE(display(0, TransactionTableModel::ReferredCustomerColumn), u"customer_456"_s);
}

void TestTransactionTableModel::sortRoleIsRaw() {
    m_model->setProgramKind(ProgramKind::Affiliate);
    Transaction a = sale(u"a"_s, 9.5, QDateTime(QDate(2025, 5, 7), QTime(5, 32), Qt::UTC));
    a.rewards = {reward(1, u"USD"_s)};
    Transaction b = sale(u"b"_s, 10, QDateTime(QDate(2024, 12, 1), QTime(0, 0), Qt::UTC));
    b.rewards = {reward(0.5, u"USD"_s), reward(0.25, u"USD"_s)};
    Transaction c = sale(u"c"_s, 100, QDateTime(QDate(2025, 1, 10), QTime(0, 0), Qt::UTC));
    m_model->setPage(pageOf({a, b, c}));

    const int amount = m_model->sectionOf(TransactionTableModel::AmountColumn);
    const int rewardColumn = m_model->sectionOf(TransactionTableModel::RewardColumn);
    const int created = m_model->sectionOf(TransactionTableModel::CreatedColumn);
    QCOMPARE(m_model->index(0, amount).data(TransactionTableModel::SortRole), QVariant(9.5));
    QCOMPARE(m_model->index(1, rewardColumn).data(TransactionTableModel::SortRole), QVariant(0.75));
    QCOMPARE(m_model->index(0, created).data(TransactionTableModel::SortRole),
             QVariant(QDateTime(QDate(2025, 5, 7), QTime(5, 32), Qt::UTC)));

    // "100,00 USD" < "10,00 USD" < "9,50 USD" as text; by value it is the other way round.
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(m_model);
    proxy.setSortRole(TransactionTableModel::SortRole);
    const auto order = [&proxy] {
        QString keys;
        for (int row = 0; row < proxy.rowCount(); ++row)
            keys += proxy.index(row, 0).data().toString();
        return keys;
    };
    proxy.sort(amount, Qt::AscendingOrder);
    QCOMPARE(order(), u"abc"_s);
    proxy.sort(created, Qt::AscendingOrder);
    QCOMPARE(order(), u"bca"_s);
    proxy.sort(rewardColumn, Qt::DescendingOrder);
    QCOMPARE(order(), u"abc"_s);
}

void TestTransactionTableModel::transactionRoleAndAlignment() {
    m_model->setProgramKind(ProgramKind::Affiliate);
    m_model->setPage(pageOf({sale(u"t1"_s, 99.99, QDateTime())}));
    const QVariant value = m_model->index(0, 0).data(TransactionTableModel::TransactionRole);
    QVERIFY(value.canConvert<Transaction>());
    QCOMPARE(value.value<Transaction>().amount, 99.99);
    QCOMPARE(value.value<Transaction>().partner, u"partner_123"_s);

    for (const auto column :
         {TransactionTableModel::AmountColumn, TransactionTableModel::RewardColumn}) {
        const int section = m_model->sectionOf(column);
        QCOMPARE(m_model->index(0, section).data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
                 Qt::AlignRight | Qt::AlignVCenter);
    }
    QVERIFY(!m_model->index(0, 0).data(Qt::TextAlignmentRole).isValid());
    QCOMPARE(m_model->roleNames().value(TransactionTableModel::TransactionRole), "transaction"_ba);
}

void TestTransactionTableModel::toolTips() {
    m_model->setProgramKind(ProgramKind::Affiliate);
    Transaction t = sale(u"t1"_s, 99.99, QDateTime(QDate(2025, 5, 7), QTime(5, 32), Qt::UTC));
    t.rewards = {reward(29.997, u"USD"_s)};
    t.rewards[0].status = u"pending"_s;
    Transaction credit = sale(u"t2"_s, 10, QDateTime());
    credit.credit = true;
    m_model->setPage(pageOf({t, credit}));
    const auto tip = [this](int row, TransactionTableModel::Column column) {
        return m_model->index(row, m_model->sectionOf(column)).data(Qt::ToolTipRole).toString();
    };
    QCOMPARE(tip(0, TransactionTableModel::RewardColumn),
             QString(u"30,00"_s + nbsp + u"USD (pending)"_s));
    QCOMPARE(tip(1, TransactionTableModel::RewardColumn), u"No reward for this transaction"_s);
    QCOMPARE(tip(1, TransactionTableModel::AmountColumn), u"Credit"_s);
    QVERIFY(tip(0, TransactionTableModel::CreatedColumn).contains(u"2025"_s));
}

void TestTransactionTableModel::mappedDocumentedExample() {
    QFile file(QStringLiteral(PARTNERO_FIXTURES_DIR "/api/affiliate-transactions.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    Page<Transaction> page;
    QVERIFY(!JsonMapping::readTransactionPage(QJsonDocument::fromJson(file.readAll()), page));
    m_model->setProgramKind(ProgramKind::Affiliate);
    m_model->setPage(page);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(display(0, TransactionTableModel::KeyColumn), u"transaction_123"_s);
    QCOMPARE(display(0, TransactionTableModel::ActionColumn), u"sale"_s);
    QCOMPARE(display(0, TransactionTableModel::AmountColumn),
             QString(u"99,99"_s + nbsp + u"USD"_s));
    QCOMPARE(display(0, TransactionTableModel::CustomerColumn), u"customer_123"_s);
    QCOMPARE(display(0, TransactionTableModel::RewardColumn),
             QString(u"30,00"_s + nbsp + u"USD"_s));
    QCOMPARE(display(0, TransactionTableModel::CreatedColumn), u"07.05.25 05:32"_s);
}

QTEST_GUILESS_MAIN(TestTransactionTableModel)
#include "tst_transactiontablemodel.moc"

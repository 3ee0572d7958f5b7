// SPDX-License-Identifier: GPL-3.0-or-later
// The table of every customer over a team's shared index in a real PostgreSQL server: blocks
// that follow one another continue after the last row read (keyset) and give the rows an
// offset gives, and a count that stops at a cap grows when the view reaches its end, under
// QAbstractItemModelTester.

#include "app/index/customerindex.h"
#include "app/index/indexcustomermodel.h"
#include "models/customertablemodel.h"
#include "tests/common/madeupcustomers.h"
#include "tests/common/postgresserver.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int Customers = 2500; // more blocks than the model keeps
}

class TestSharedIndexModel final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void scrollingContinuesAfterTheLastRow_data();
    void scrollingContinuesAfterTheLastRow();
    void cappedCountGrowsAtTheEnd();

private:
    PostgresServer m_server;
    QTemporaryDir m_dir;
    CustomerIndex m_shared;
    CustomerIndex m_file; // the same customers in a file: the rows to expect
};

void TestSharedIndexModel::initTestCase() {
    if (!PostgresServer::isAvailable())
        QFAIL("PostgreSQL is not installed: packaging/install-deps.sh installs it");
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY2(m_server.createDatabase(u"team"_s), qPrintable(m_server.errorString()));
    const QList<CustomerRecord> records = MadeUpCustomers::many(ProgramKind::Affiliate, Customers);
    QVERIFY2(
        m_shared.open(IndexLocation::shared(m_server.target(u"team"_s), QString(), u"prog-a"_s)),
        qPrintable(m_shared.errorString()));
    QVERIFY(MadeUpCustomers::store(m_shared, ProgramKind::Affiliate, records));
    QVERIFY(m_file.open(m_dir.filePath(u"customers.sqlite"_s)));
    QVERIFY(MadeUpCustomers::store(m_file, ProgramKind::Affiliate, records));
}

void TestSharedIndexModel::scrollingContinuesAfterTheLastRow_data() {
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("descending");
    QTest::newRow("name") << int(CustomerTableColumns::NameColumn) << false;
    QTest::newRow("partner, many alike") << int(CustomerTableColumns::PartnerColumn) << false;
    QTest::newRow("created, newest first") << int(CustomerTableColumns::CreatedColumn) << true;
    QTest::newRow("status, descending") << int(CustomerTableColumns::StatusColumn) << true;
}

// Scrolling down the whole table: every block after the first continues after the one
// before, and row for row the table is what the file's index (read by offset) shows.
void TestSharedIndexModel::scrollingContinuesAfterTheLastRow() {
    QFETCH(int, column);
    QFETCH(bool, descending);
    IndexCustomerModel shared;
    QAbstractItemModelTester tester(&shared,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    IndexCustomerModel file;
    shared.setIndex(&m_shared, ProgramKind::Affiliate);
    file.setIndex(&m_file, ProgramKind::Affiliate);
    const auto sortColumn = CustomerTableColumns::Column(column);
    const Qt::SortOrder order = descending ? Qt::DescendingOrder : Qt::AscendingOrder;
    shared.sort(shared.sectionOf(sortColumn), order);
    file.sort(file.sectionOf(sortColumn), order);
    QCOMPARE(shared.rowCount(), Customers);
    QVERIFY(!shared.isCountCapped());
    const int key = shared.sectionOf(CustomerTableColumns::KeyColumn);
    for (int row = 0; row < Customers; ++row)
        QCOMPARE(shared.index(row, key).data().toString(), file.index(row, key).data().toString());
    const int blocks =
        (Customers + IndexCustomerModel::BlockSize - 1) / IndexCustomerModel::BlockSize;
    QCOMPARE(shared.blocksRead(), blocks);
    QCOMPARE(shared.blocksReadAfterKey(), blocks - 1);
    // Back up beyond the blocks kept: still after the key where the block before ended.
    QCOMPARE(shared.index(IndexCustomerModel::BlockSize + 3, key).data().toString(),
             file.index(IndexCustomerModel::BlockSize + 3, key).data().toString());
    QCOMPARE(shared.blocksReadAfterKey(), blocks);
}

// A search that matches many: the count stops at the cap and the rows go on; when the view
// reaches the end, the model counts further and adds the rows.
void TestSharedIndexModel::cappedCountGrowsAtTheEnd() {
    {
        // The tester fetches more itself (after every reset): the rows it adds must hold.
        IndexCustomerModel tested;
        QAbstractItemModelTester tester(&tested,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        tested.setCountCap(100);
        tested.setIndex(&m_shared, ProgramKind::Affiliate);
        tested.fetchMore(QModelIndex());
        QTRY_COMPARE(tested.rowCount(), 1001);
        tested.fetchMore(QModelIndex());
        QTRY_COMPARE(tested.rowCount(), Customers);
    }
    // Without a tester from here on: it would fetch more by itself.
    IndexCustomerModel model;
    model.setCountCap(100);
    model.setIndex(&m_shared, ProgramKind::Affiliate);
    QCOMPARE(model.rowCount(), 101);
    QVERIFY(model.isCountCapped());
    QVERIFY(model.canFetchMore(QModelIndex()));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore(QModelIndex());
    model.fetchMore(QModelIndex());  // asked again before it counted: counted once
    QCOMPARE(model.rowCount(), 101); // counted from the event loop, not inside the request
    QTRY_COMPARE(model.rowCount(), 1001);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 101);
    model.fetchMore(QModelIndex());
    QTRY_COMPARE(model.rowCount(), Customers);
    QVERIFY(!model.isCountCapped());
    QVERIFY(!model.canFetchMore(QModelIndex()));
    // A narrower query counts again from the cap: below it, exact.
    IndexQuery query;
    query.search = model.customerAt(0)->key;
    model.setQuery(query);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!model.isCountCapped());
}

QTEST_GUILESS_MAIN(TestSharedIndexModel)
#include "tst_sharedindexmodel.moc"

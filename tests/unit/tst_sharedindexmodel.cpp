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
    void jumpsShowTheRowsOfTheFile_data();
    void jumpsShowTheRowsOfTheFile();

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

void TestSharedIndexModel::jumpsShowTheRowsOfTheFile_data() {
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("descending");
    QTest::newRow("name") << int(CustomerTableColumns::NameColumn) << false;
    QTest::newRow("name, descending") << int(CustomerTableColumns::NameColumn) << true;
    QTest::newRow("email, descending") << int(CustomerTableColumns::EmailColumn) << true;
    QTest::newRow("partner, many alike") << int(CustomerTableColumns::PartnerColumn) << false;
    QTest::newRow("updated") << int(CustomerTableColumns::UpdatedColumn) << false;
}

// The scrollbar dragged far down: the first block read is in the middle of the table, with no
// block before it to continue after, and row for row it is what the file's index shows; also
// after customers were added, moved and removed (the same changes in both indexes).
void TestSharedIndexModel::jumpsShowTheRowsOfTheFile() {
    QFETCH(int, column);
    QFETCH(bool, descending);
    const auto sortColumn = CustomerTableColumns::Column(column);
    const Qt::SortOrder order = descending ? Qt::DescendingOrder : Qt::AscendingOrder;
    const auto compareFarRows = [&] {
        IndexCustomerModel shared;
        QAbstractItemModelTester tester(&shared,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        IndexCustomerModel file;
        shared.setIndex(&m_shared, ProgramKind::Affiliate);
        file.setIndex(&m_file, ProgramKind::Affiliate);
        shared.sort(shared.sectionOf(sortColumn), order);
        file.sort(file.sectionOf(sortColumn), order);
        QCOMPARE(shared.rowCount(), file.rowCount());
        const int key = shared.sectionOf(CustomerTableColumns::KeyColumn);
        for (const int row : {shared.rowCount() - 1, 2000, 1234, 601, 400}) {
            QCOMPARE(shared.index(row, key).data().toString(),
                     file.index(row, key).data().toString());
            QCOMPARE(shared.index(row + 1 - row % 2, key).data().toString(),
                     file.index(row + 1 - row % 2, key).data().toString());
        }
        // Each of those blocks was read without a key before it.
        QCOMPARE(shared.blocksReadAfterKey(), 0);
    };
    compareFarRows();
    if (QTest::currentTestFailed())
        return;
    // Changes, the same in both: new customers, known ones moved, removed ones (made by the
    // first case; the others read after them too).
    static bool changed = false;
    if (!changed) {
        changed = true;
        for (int i = 0; i < 12; ++i) {
            CustomerRecord added = MadeUpCustomers::affiliate(Customers + i);
            added.customer.name = u"Aaron"_s;
            added.customer.email = u"a%1@example.com"_s.arg(i);
            QVERIFY(m_shared.upsert(added));
            QVERIFY(m_file.upsert(added));
        }
        for (const int n : {7, 800, 1500}) {
            CustomerRecord moved = MadeUpCustomers::affiliate(n);
            moved.customer.name = u"Zed"_s;
            moved.customer.partner = u"partner_0"_s;
            moved.customer.updatedAt = MadeUpCustomers::updatedOf(Customers + n);
            QVERIFY(m_shared.upsert(moved));
            QVERIFY(m_file.upsert(moved));
        }
        for (const int n : {2, 999, 2222}) {
            QVERIFY(m_shared.remove(MadeUpCustomers::affiliateKey(n)));
            QVERIFY(m_file.remove(MadeUpCustomers::affiliateKey(n)));
        }
        QCOMPARE(m_shared.count(), Customers + 12 - 3);
    }
    compareFarRows();
}

QTEST_GUILESS_MAIN(TestSharedIndexModel)
#include "tst_sharedindexmodel.moc"

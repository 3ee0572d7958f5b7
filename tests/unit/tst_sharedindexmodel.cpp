// SPDX-License-Identifier: GPL-3.0-or-later
// The table of every customer over a team's shared index in a real PostgreSQL server: blocks
// that follow one another continue after the last row read (keyset) and give the rows an
// offset gives, and a count that stops at a cap grows when the view reaches its end, under
// QAbstractItemModelTester. Everything is read on the model's reader thread: with the server
// stopped (SIGSTOP), a new query, order or reload returns at once and the model says it is
// loading; answers to a query replaced meanwhile are never shown.

#include "app/index/customerindex.h"
#include "app/index/indexcustomermodel.h"
#include "app/index/sharedindexreader.h"
#include "models/customertablemodel.h"
#include "tests/common/madeupcustomers.h"
#include "tests/common/postgresserver.h"

#include <QAbstractItemModelTester>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int Customers = 2500; // more blocks than the model keeps

// A cell's text once its block has arrived from the reader (empty if it never does).
QString shownAt(const IndexCustomerModel &model, int row, int column) {
    QString text;
    (void)QTest::qWaitFor(
        [&] {
            text = model.index(row, column).data().toString();
            return !text.isEmpty();
        },
        10000);
    return text;
}
} // namespace

class TestSharedIndexModel final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void scrollingContinuesAfterTheLastRow_data();
    void scrollingContinuesAfterTheLastRow();
    void cappedCountGrowsAtTheEnd();
    void rowsArriveAskedForOnce();
    void theServerStoppedNothingWaits();
    void answersToAReplacedQueryAreIgnored();
    void closingNeverWaitsForTheServer();
    void jumpsShowTheRowsOfTheFile_data();
    void jumpsShowTheRowsOfTheFile();
    // Last: it restarts the server under the test's own index.
    void readsGoOnAfterTheServerRestarts();

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
    QTRY_COMPARE(shared.rowCount(), Customers);
    QVERIFY(!shared.isCountCapped());
    QVERIFY(!shared.isLoading());
    const int key = shared.sectionOf(CustomerTableColumns::KeyColumn);
    for (int row = 0; row < Customers; ++row)
        QCOMPARE(shownAt(shared, row, key), file.index(row, key).data().toString());
    const int blocks =
        (Customers + IndexCustomerModel::BlockSize - 1) / IndexCustomerModel::BlockSize;
    QCOMPARE(shared.blocksRead(), blocks);
    QCOMPARE(shared.blocksReadAfterKey(), blocks - 1);
    // Back up beyond the blocks kept: still after the key where the block before ended.
    QCOMPARE(shownAt(shared, IndexCustomerModel::BlockSize + 3, key),
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
        QTRY_VERIFY(!tested.isLoading());
        tested.fetchMore(QModelIndex());
        // (The tester may have fetched more by itself meanwhile.)
        QTRY_VERIFY(tested.rowCount() >= 1001);
        tested.fetchMore(QModelIndex());
        QTRY_COMPARE(tested.rowCount(), Customers);
    }
    // Without a tester from here on: it would fetch more by itself.
    IndexCustomerModel model;
    model.setCountCap(100);
    model.setIndex(&m_shared, ProgramKind::Affiliate);
    QTRY_COMPARE(model.rowCount(), 101);
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
    QTRY_VERIFY(model.customerAt(0).has_value());
    query.search = model.customerAt(0)->key;
    model.setQuery(query);
    QTRY_COMPARE(model.rowCount(), 1);
    QVERIFY(!model.isCountCapped());
}

// A row whose block is not read yet shows nothing; its block is asked for once, however often
// its rows are asked, and dataChanged() says when they are there.
void TestSharedIndexModel::rowsArriveAskedForOnce() {
    IndexCustomerModel model;
    IndexCustomerModel file;
    model.setIndex(&m_shared, ProgramKind::Affiliate);
    file.setIndex(&m_file, ProgramKind::Affiliate);
    QTRY_COMPARE(model.rowCount(), Customers);
    const int key = model.sectionOf(CustomerTableColumns::KeyColumn);
    const int row = 3 * IndexCustomerModel::BlockSize + 5;
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QCOMPARE(model.index(row, key).data(), QVariant());
    QCOMPARE(model.index(row + 1, key).data(), QVariant());
    QCOMPARE(model.index(row, key).data(Qt::DisplayRole), QVariant());
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 3 * IndexCustomerModel::BlockSize);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 4 * IndexCustomerModel::BlockSize - 1);
    QCOMPARE(changed.at(0).at(1).toModelIndex().column(), model.columnCount() - 1);
    QCOMPARE(model.blocksRead(), 1);
    QCOMPARE(model.index(row, key).data().toString(), file.index(row, key).data().toString());
    QCOMPARE(model.index(row + 1, key).data().toString(),
             file.index(row + 1, key).data().toString());
}

// With the server stopped, a new query, a new order and a reload all return: the model has no
// rows and says it is loading. Once the server goes on, the count and the rows arrive.
void TestSharedIndexModel::theServerStoppedNothingWaits() {
    IndexCustomerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIndex(&m_shared, ProgramKind::Affiliate);
    QTRY_COMPARE(model.rowCount(), Customers);
    QSignalSpy loading(&model, &IndexCustomerModel::loadingChanged);
    QVERIFY(m_server.pause());
    auto resume = qScopeGuard([this] { m_server.resume(); });

    IndexQuery walker;
    walker.search = u"walker"_s;
    model.setQuery(walker);
    QVERIFY(model.isLoading());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(loading.size(), 1);
    QCOMPARE(loading.at(0).at(0).toBool(), true);
    const int email = model.sectionOf(CustomerTableColumns::EmailColumn);
    model.sort(email, Qt::DescendingOrder);
    model.reload();
    // Events go on while the server says nothing: still nothing to show.
    QTest::qWait(200);
    QVERIFY(model.isLoading());
    QCOMPARE(model.rowCount(), 0);

    resume.dismiss();
    QVERIFY(m_server.resume());
    IndexCustomerModel file;
    file.setIndex(&m_file, ProgramKind::Affiliate);
    file.setQuery(walker);
    file.sort(email, Qt::DescendingOrder);
    QVERIFY(file.rowCount() > 0);
    QTRY_COMPARE(model.rowCount(), file.rowCount());
    QVERIFY(!model.isLoading());
    QCOMPARE(loading.size(), 2);
    QCOMPARE(loading.at(1).at(0).toBool(), false);
    QCOMPARE(shownAt(model, 0, email), file.index(0, email).data().toString());
    QCOMPARE(shownAt(model, file.rowCount() - 1, email),
             file.index(file.rowCount() - 1, email).data().toString());
}

// A query replaced while its count runs: its answer comes and is ignored; only the newer
// query's count and rows are shown.
void TestSharedIndexModel::answersToAReplacedQueryAreIgnored() {
    IndexCustomerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIndex(&m_shared, ProgramKind::Affiliate);
    QTRY_COMPARE(model.rowCount(), Customers);
    QVERIFY(m_server.pause());
    auto resume = qScopeGuard([this] { m_server.resume(); });
    IndexQuery noah;
    noah.search = u"noah"_s;
    model.setQuery(noah); // its count is sent, and waits for the server
    IndexQuery walker;
    walker.search = u"walker"_s;
    model.setQuery(walker);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    resume.dismiss();
    QVERIFY(m_server.resume());

    IndexCustomerModel file;
    file.setIndex(&m_file, ProgramKind::Affiliate);
    file.setQuery(noah);
    const int noahs = file.rowCount();
    file.setQuery(walker);
    QVERIFY(file.rowCount() != noahs);
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), file.rowCount());
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(2).toInt(), file.rowCount() - 1);
    const int name = model.sectionOf(CustomerTableColumns::NameColumn);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY2(shownAt(model, row, name).contains(u"Walker"_s), qPrintable(QString::number(row)));
}

// The table goes (the index closes, the window closes) while a statement waits for a stopped
// server: it goes at once; its thread ends by itself once the server answers.
void TestSharedIndexModel::closingNeverWaitsForTheServer() {
    auto model = std::make_unique<IndexCustomerModel>();
    model->setIndex(&m_shared, ProgramKind::Affiliate);
    QTRY_COMPARE(model->rowCount(), Customers);
    QVERIFY(m_server.pause());
    auto resume = qScopeGuard([this] { m_server.resume(); });
    IndexQuery walker;
    walker.search = u"walker"_s;
    model->setQuery(walker);
    model->setIndex(nullptr, ProgramKind::Affiliate);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(!model->isLoading());
    // Returns with the server still stopped: nothing waits for it.
    model.reset();
    resume.dismiss();
    QVERIFY(m_server.resume());
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
        QTRY_COMPARE(shared.rowCount(), file.rowCount());
        const int key = shared.sectionOf(CustomerTableColumns::KeyColumn);
        for (const int row : {shared.rowCount() - 1, 2000, 1234, 601, 400}) {
            QCOMPARE(shownAt(shared, row, key), file.index(row, key).data().toString());
            QCOMPARE(shownAt(shared, row + 1 - row % 2, key),
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

// The database restarts (an update, a failover) while the table is open: the reader's
// connection is gone, and the next query opens a new one instead of showing no rows until the
// profile is opened again.
void TestSharedIndexModel::readsGoOnAfterTheServerRestarts() {
    IndexCustomerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIndex(&m_shared, ProgramKind::Affiliate);
    QTRY_COMPARE(model.rowCount(), m_file.count()); // earlier cases changed both alike
    QVERIFY(model.reader());
    // Checked before every request, not only after ten idle seconds.
    model.reader()->setIdleCheckAfter(0);
    QVERIFY(m_server.stop());
    QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));

    IndexQuery walker;
    walker.search = u"walker"_s;
    model.setQuery(walker);
    IndexCustomerModel file;
    file.setIndex(&m_file, ProgramKind::Affiliate);
    file.setQuery(walker);
    QVERIFY(file.rowCount() > 0);
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), file.rowCount());
    const int name = model.sectionOf(CustomerTableColumns::NameColumn);
    QCOMPARE(shownAt(model, 0, name), file.index(0, name).data().toString());
}

QTEST_GUILESS_MAIN(TestSharedIndexModel)
#include "tst_sharedindexmodel.moc"

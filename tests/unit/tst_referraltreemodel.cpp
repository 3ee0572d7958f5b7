// SPDX-License-Identifier: GPL-3.0-or-later
// ReferralTreeModel over an in-memory tree whose loaders answer later, like the network:
// paging, the loading and error rows, retry, stale answers after a reset, "show in tree" to
// depth six, and the exact signals of each step, under a QAbstractItemModelTester (Fatal) that
// lives as long as each test.
#include "models/referraltreemodel.h"
#include "tests/common/referraltreefake.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

using Kind = ReferralTreeModel::RowKind;

// Roots, in server order: r1..r(n), grace (a chain six levels deep), wide (seven referrals).
void seed(FakeReferralTree &fake, int plainRoots = 4) {
    for (int i = 1; i <= plainRoots; ++i)
        fake.add(u"r%1"_s.arg(i));
    fake.add(u"grace"_s);
    QString parent = u"grace"_s;
    for (int level = 1; level <= 5; ++level) {
        const QString id = u"g%1"_s.arg(level);
        fake.add(id, parent);
        parent = id;
    }
    fake.add(u"g2b"_s, u"g1"_s); // g1 referred two customers
    fake.add(u"wide"_s);
    for (int i = 0; i < 7; ++i)
        fake.add(u"w%1"_s.arg(i), u"wide"_s);
}

// Runs the event loop until no answer is on its way and nothing was queued for a few rounds.
bool settle(const FakeReferralTree &fake) {
    QDeadlineTimer deadline(10000);
    int quiet = 0;
    while (quiet < 5 && !deadline.hasExpired()) {
        QCoreApplication::processEvents();
        quiet = fake.pending == 0 ? quiet + 1 : 0;
    }
    return quiet >= 5;
}

QStringList ids(const ReferralTreeModel &model, const QModelIndex &parent = {}) {
    QStringList out;
    for (int row = 0; row < model.loadedChildCount(parent); ++row)
        out.append(model.index(row, 0, parent).data(ReferralTreeModel::IdentifierRole).toString());
    return out;
}

Kind kindAt(const ReferralTreeModel &model, int row, const QModelIndex &parent = {}) {
    return model.rowKind(model.index(row, 0, parent));
}

// "parent-id:first-last" for each rowsInserted/rowsRemoved, so whole sequences compare at once.
QStringList ranges(const QSignalSpy &spy) {
    QStringList out;
    for (const QList<QVariant> &args : spy) {
        const auto parent = args.at(0).value<QModelIndex>();
        const QString parentId =
            parent.isValid() ? parent.data(ReferralTreeModel::IdentifierRole).toString() : u"-"_s;
        out.append(u"%1:%2-%3"_s.arg(parentId).arg(args.at(1).toInt()).arg(args.at(2).toInt()));
    }
    return out;
}

} // namespace

class TestReferralTreeModel final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void startsEmptyAndAsksForNothing();
    void fetchMoreStartsFirstPageOnly();
    void autoFetchLoadsFirstPagesOnlyToAnyDepth();
    void loadingRowDuringFetchGoneAfter();
    void childrenFromReferralsCount();
    void laterPagesThroughLoadMoreRow();
    void errorRowThenRetry();
    void errorRowIsNotFetchedAgainByItself();
    void staleAnswersAfterReloadAreDropped();
    void answerAfterModelIsGoneIsHarmless();
    void duplicatesAcrossPagesShownOnce();
    void loaderAnsweringTwiceCountsOnce();
    void synchronousLoaderWorks();
    void displayAndRoles();
    void revealPathToDepthSix();
    void revealPathWaitsForPageAlreadyOnItsWay();
    void revealChainAddsCustomerAfterBudget();
    void revealUnknownFails();
    void revealFailsWhenLevelFails();
    void reloadCancelsReveal();

private:
    void makeTester() {
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    std::unique_ptr<FakeReferralTree> m_fake;
    std::unique_ptr<ReferralTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestReferralTreeModel::init() {
    m_fake = std::make_unique<FakeReferralTree>();
    seed(*m_fake);
    m_model = std::make_unique<ReferralTreeModel>();
    // Most tests drive loading themselves; the tester would otherwise load all it walks.
    m_model->setAutoFetch(false);
    makeTester();
}

void TestReferralTreeModel::cleanup() {
    m_tester.reset();
    m_model.reset();
    m_fake.reset();
}

void TestReferralTreeModel::startsEmptyAndAsksForNothing() {
    m_fake->attach(*m_model);
    QVERIFY(settle(*m_fake));
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(m_model->hasChildren());
    QVERIFY(!m_model->canFetchMore({}));
    QVERIFY(m_fake->requests.isEmpty());
    QCOMPARE(m_model->columnCount(), int(ReferralTreeModel::ColumnCount));
}

void TestReferralTreeModel::fetchMoreStartsFirstPageOnly() {
    // Flat roots only, so the tester's own fetchMore() calls touch nothing but the roots.
    auto flat = std::make_unique<FakeReferralTree>();
    for (int i = 1; i <= 7; ++i)
        flat->add(u"f%1"_s.arg(i));
    m_model->setAutoFetch(true);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy pages(m_model.get(), &ReferralTreeModel::pageLoaded);

    // The reset makes the tester call fetchMore() on the root from inside modelReset: the
    // load is taken (no second one) and starts on the next turn of the event loop.
    flat->attach(*m_model);
    QVERIFY(m_model->isLoading());
    QVERIFY(!m_model->canFetchMore({}));
    QCOMPARE(inserted.size(), 0);
    QVERIFY(flat->requests.isEmpty());

    QVERIFY(settle(*flat));
    // Page 1 only, as one insertion before the trailing row, which now offers the next page.
    // However often the tester calls fetchMore(), later pages wait for loadMore().
    QCOMPARE(flat->requests, QStringList{u"roots:1"_s});
    QCOMPARE(ranges(inserted), (QStringList{u"-:0-0"_s, u"-:0-2"_s}));
    QCOMPARE(removed.size(), 0);
    QCOMPARE(kindAt(*m_model, 3), Kind::LoadMore);
    QVERIFY(!m_model->canFetchMore({}));
    m_model->fetchMore({});
    QVERIFY(settle(*flat));
    QCOMPARE(flat->requests.size(), 1);

    QVERIFY(m_model->loadMore());
    QVERIFY(settle(*flat));
    QVERIFY(m_model->loadMore());
    QVERIFY(settle(*flat));
    QCOMPARE(flat->requests, (QStringList{u"roots:1"_s, u"roots:2"_s, u"roots:3"_s}));
    QCOMPARE(ranges(inserted), (QStringList{u"-:0-0"_s, u"-:0-2"_s, u"-:3-5"_s, u"-:6-6"_s}));
    QCOMPARE(ranges(removed), QStringList{u"-:6-6"_s}); // before the last page went in
    QCOMPARE(pages.size(), 3);
    QCOMPARE(ids(*m_model),
             (QStringList{u"f1"_s, u"f2"_s, u"f3"_s, u"f4"_s, u"f5"_s, u"f6"_s, u"f7"_s}));
    QCOMPARE(m_model->rowCount(), 7);
    QVERIFY(m_model->isComplete());
    QVERIFY(!m_model->loadMore());
    m_model->setLoaders({}, {}); // before `flat` goes
}

void TestReferralTreeModel::autoFetchLoadsFirstPagesOnlyToAnyDepth() {
    // The tester walks ten levels deep and calls fetchMore() wherever canFetchMore() says
    // so, from inside the model's own change signals: everything must still add up.
    m_model->setAutoFetch(true);
    m_fake->rootPageSize = 10; // every root on the first page
    m_fake->attach(*m_model);
    QVERIFY(settle(*m_fake));

    QCOMPARE(ids(*m_model),
             (QStringList{u"r1"_s, u"r2"_s, u"r3"_s, u"r4"_s, u"grace"_s, u"wide"_s}));
    QModelIndex at = m_model->indexOfIdentifier(u"grace"_s);
    for (const QString &id : {u"g1"_s, u"g2"_s, u"g3"_s, u"g4"_s, u"g5"_s}) {
        QVERIFY(at.isValid());
        QCOMPARE(m_model->rowCount(at), m_model->loadedChildCount(at)); // no trailing row
        at = m_model->indexOfIdentifier(id);
        QVERIFY2(at.isValid(), qPrintable(id));
    }
    QCOMPARE(at.data(ReferralTreeModel::DepthRole).toInt(), 5);
    QVERIFY(!m_model->hasChildren(at)); // g5 referred nobody
    QCOMPARE(m_model->loadedChildCount(m_model->indexOfIdentifier(u"g1"_s)), 2);

    // Only the first page of a node loads by itself; the rest waits behind "Load more…".
    const QModelIndex wide = m_model->indexOfIdentifier(u"wide"_s);
    QCOMPARE(m_model->loadedChildCount(wide), 3);
    QCOMPARE(m_model->rowCount(wide), 4);
    QCOMPARE(kindAt(*m_model, 3, wide), Kind::LoadMore);
    QVERIFY(!m_model->canFetchMore(wide));
    QCOMPARE(m_fake->requests.count(u"wide:1"_s), 1);
    QVERIFY(!m_fake->requests.contains(u"wide:2"_s));
    // Nodes without referrals were never asked for.
    QVERIFY(!m_fake->requests.contains(u"r1:1"_s));
    QVERIFY(!m_fake->requests.contains(u"g5:1"_s));
    QCOMPARE(m_model->loadedCount(), 6 + 5 + 1 + 3);
}

void TestReferralTreeModel::loadingRowDuringFetchGoneAfter() {
    m_fake->attach(*m_model);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    QVERIFY(m_model->loadMore());
    QVERIFY(!m_model->loadMore()); // already on its way
    QCOMPARE(m_fake->requests, QStringList{u"roots:1"_s});
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(kindAt(*m_model, 0), Kind::Loading);
    QCOMPARE(m_model->index(0, 0).data().toString(), u"Loading…"_s);
    QVERIFY(m_model->isLoading());

    QVERIFY(settle(*m_fake));
    QVERIFY(!m_model->isLoading());
    // Three roots, then the row that offers the next page in place of the loading row.
    QCOMPARE(m_model->rowCount(), 4);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(kindAt(*m_model, row), Kind::Customer);
    QCOMPARE(kindAt(*m_model, 3), Kind::LoadMore);
    QCOMPARE(ranges(inserted), (QStringList{u"-:0-0"_s, u"-:0-2"_s}));
    QCOMPARE(removed.size(), 0);
    QCOMPARE(changed.size(), 1); // loading -> load more, in place

    // The last page: the trailing row goes.
    QVERIFY(m_model->loadMore());
    QVERIFY(m_model->loadMore() == false);
    QCOMPARE(kindAt(*m_model, 3), Kind::Loading);
    QVERIFY(settle(*m_fake));
    QCOMPARE(ranges(inserted), (QStringList{u"-:0-0"_s, u"-:0-2"_s, u"-:3-5"_s}));
    QCOMPARE(ranges(removed), QStringList{u"-:3-3"_s});
    QCOMPARE(m_model->rowCount(), 6);
    QVERIFY(m_model->isComplete());
    QVERIFY(!m_model->loadMore());
    QCOMPARE(m_fake->requests, (QStringList{u"roots:1"_s, u"roots:2"_s}));
}

void TestReferralTreeModel::childrenFromReferralsCount() {
    m_fake->pageSize = 10;
    m_fake->attach(*m_model);
    m_model->loadMore();
    QVERIFY(settle(*m_fake));
    const QModelIndex r1 = m_model->indexOfIdentifier(u"r1"_s);
    const QModelIndex grace = m_model->indexOfIdentifier(u"grace"_s);
    // Before anything under them is loaded, the counts decide.
    QVERIFY(!m_model->hasChildren(r1));
    QVERIFY(m_model->hasChildren(grace));
    QCOMPARE(m_model->rowCount(grace), 0);
    QCOMPARE(grace.siblingAtColumn(ReferralTreeModel::ReferralsColumn).data().toInt(), 1);

    QVERIFY(!m_model->loadMore(r1)); // nobody to load: no request
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QVERIFY(m_model->loadMore(grace.siblingAtColumn(2))); // any column of the row
    QVERIFY(settle(*m_fake));
    QCOMPARE(m_fake->requests, (QStringList{u"roots:1"_s, u"grace:1"_s}));
    QCOMPARE(ids(*m_model, grace), QStringList{u"g1"_s});
    QCOMPARE(m_model->rowCount(grace), 1);
    QCOMPARE(ranges(inserted), (QStringList{u"grace:0-0"_s, u"grace:0-0"_s}));
    const QModelIndex g1 = m_model->index(0, 0, grace);
    QCOMPARE(m_model->parent(g1), grace);
    QCOMPARE(g1.data(ReferralTreeModel::DepthRole).toInt(), 1);
    QCOMPARE(m_model->indexOfIdentifier(u"g1"_s), g1);
}

void TestReferralTreeModel::laterPagesThroughLoadMoreRow() {
    m_fake->pageSize = 10;
    m_fake->attach(*m_model);
    m_model->loadMore();
    QVERIFY(settle(*m_fake));
    m_fake->pageSize = 3;
    const QModelIndex wide = m_model->indexOfIdentifier(u"wide"_s);
    m_model->loadMore(wide);
    QVERIFY(settle(*m_fake));
    QCOMPARE(m_model->rowCount(wide), 4);
    const QModelIndex more = m_model->index(3, 0, wide);
    QCOMPARE(m_model->rowKind(more), Kind::LoadMore);
    QCOMPARE(more.data().toString(), u"Load more referrals (7 in all)…"_s);
    QCOMPARE(m_model->parent(more), wide);
    QVERIFY(m_model->flags(more) & Qt::ItemNeverHasChildren);
    QVERIFY(!(m_model->flags(more) & Qt::ItemIsSelectable));
    QVERIFY(m_model->flags(wide) & Qt::ItemIsSelectable);

    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QVERIFY(m_model->loadMore(wide));
    QVERIFY(settle(*m_fake));
    QVERIFY(m_model->loadMore(wide));
    QVERIFY(settle(*m_fake));
    QVERIFY(!m_model->loadMore(wide));
    QCOMPARE(ranges(inserted), (QStringList{u"wide:3-5"_s, u"wide:6-6"_s}));
    QCOMPARE(m_model->rowCount(wide), 7);
    QCOMPARE(ids(*m_model, wide),
             (QStringList{u"w0"_s, u"w1"_s, u"w2"_s, u"w3"_s, u"w4"_s, u"w5"_s, u"w6"_s}));
}

void TestReferralTreeModel::errorRowThenRetry() {
    m_fake->attach(*m_model);
    m_fake->failOnce.insert(QString());
    QSignalSpy failed(m_model.get(), &ReferralTreeModel::loadFailed);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    m_model->loadMore();
    QVERIFY(settle(*m_fake));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(1).toString(), u"The server could not be reached."_s);
    QCOMPARE(m_model->rowCount(), 1);
    const QModelIndex error = m_model->index(0, 0);
    QCOMPARE(m_model->rowKind(error), Kind::Error);
    QCOMPARE(error.data(ReferralTreeModel::ErrorRole).toString(),
             u"The server could not be reached."_s);
    QVERIFY(error.data().toString().contains(u"The server could not be reached."_s));
    QCOMPARE(m_model->errorText(), u"The server could not be reached."_s);
    QVERIFY(!m_model->isLoading());

    // Retry turns the same row back into "Loading…", then the page replaces it.
    QVERIFY(m_model->retry(error));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(kindAt(*m_model, 0), Kind::Loading);
    QVERIFY(m_model->errorText().isEmpty());
    QVERIFY(settle(*m_fake));
    QCOMPARE(m_fake->requests, (QStringList{u"roots:1"_s, u"roots:1"_s}));
    QCOMPARE(ids(*m_model), (QStringList{u"r1"_s, u"r2"_s, u"r3"_s}));
    QCOMPARE(ranges(inserted), (QStringList{u"-:0-0"_s, u"-:0-2"_s}));
    QCOMPARE(changed.size(), 3); // loading -> error -> loading -> load more, one row each
    QVERIFY(!m_model->retry(m_model->index(3, 0))); // a "Load more…" row is not an error
}

void TestReferralTreeModel::errorRowIsNotFetchedAgainByItself() {
    // With autoFetch on, the tester calls fetchMore() on every change; a failed page must
    // wait for the person instead of being asked for again and again.
    m_fake->failOnce.insert(QString());
    m_fake->failOnce.insert(u"grace"_s);
    m_model->setAutoFetch(true);
    m_fake->pageSize = 10;
    m_fake->attach(*m_model);
    QVERIFY(settle(*m_fake));
    QCOMPARE(m_fake->requests, QStringList{u"roots:1"_s});
    QCOMPARE(kindAt(*m_model, 0), Kind::Error);
    QVERIFY(!m_model->canFetchMore({}));

    QVERIFY(m_model->retry({})); // the parent works as well as its error row
    QVERIFY(settle(*m_fake));
    const QModelIndex grace = m_model->indexOfIdentifier(u"grace"_s);
    QCOMPARE(m_fake->requests.count(u"grace:1"_s), 1);
    QCOMPARE(kindAt(*m_model, 0, grace), Kind::Error);
    QVERIFY(!m_model->canFetchMore(grace));
    QVERIFY(m_model->retry(m_model->index(0, 0, grace)));
    QVERIFY(settle(*m_fake));
    QCOMPARE(m_fake->requests.count(u"grace:1"_s), 2);
    QCOMPARE(ids(*m_model, grace), QStringList{u"g1"_s});
}

void TestReferralTreeModel::staleAnswersAfterReloadAreDropped() {
    m_fake->attach(*m_model);
    m_model->loadMore();
    QCOMPARE(m_fake->pending, 1);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy pages(m_model.get(), &ReferralTreeModel::pageLoaded);

    m_model->reload();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    m_model->loadMore(); // a fresh page 1 while the stale one is still on its way
    QCOMPARE(m_fake->pending, 2);
    QVERIFY(settle(*m_fake));

    // Only the fresh answer counted: one loading row, one page, no duplicates.
    QCOMPARE(pages.size(), 1);
    QCOMPARE(ranges(inserted), (QStringList{u"-:0-0"_s, u"-:0-2"_s}));
    QCOMPARE(ids(*m_model), (QStringList{u"r1"_s, u"r2"_s, u"r3"_s}));

    // A stale answer with nothing newer in flight leaves the reset model empty.
    m_model->loadMore();
    m_model->reload();
    QVERIFY(settle(*m_fake));
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(pages.size(), 1);
}

void TestReferralTreeModel::answerAfterModelIsGoneIsHarmless() {
    auto model = std::make_unique<ReferralTreeModel>();
    model->setAutoFetch(false);
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_fake->attach(*model);
    model->loadMore();
    QCOMPARE(m_fake->pending, 1);
    model.reset();
    QVERIFY(settle(*m_fake)); // the answer arrives for a destroyed model: nothing happens
    QCOMPARE(m_fake->requests, QStringList{u"roots:1"_s});

    // A load queued during a reset (the tester asks from inside modelReset) dies with it.
    auto second = std::make_unique<ReferralTreeModel>();
    QAbstractItemModelTester secondTester(second.get(),
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_fake->attach(*second);
    QVERIFY(second->isLoading());
    second.reset();
    QVERIFY(settle(*m_fake));
    QCOMPARE(m_fake->requests, QStringList{u"roots:1"_s});
}

void TestReferralTreeModel::duplicatesAcrossPagesShownOnce() {
    // A root added on the server between two pages shifts the offsets: page 2 then repeats
    // the last root of page 1.
    FakeReferralTree shifted;
    shifted.add(u"new"_s);
    seed(shifted);
    m_model->setLoaders(
        [this, &shifted](int page, const ReferralTreeModel::PageCallback &done) {
            done(page == 1 ? m_fake->pageOf(QString(), 1) : shifted.pageOf(QString(), page), {});
        },
        {});
    QSignalSpy pages(m_model.get(), &ReferralTreeModel::pageLoaded);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->loadMore();
    m_model->loadMore();
    QCOMPARE(pages.size(), 2);
    QCOMPARE(pages.at(1).at(1).toInt(), 2); // r3 was already there
    QCOMPARE(ranges(inserted), (QStringList{u"-:0-0"_s, u"-:0-2"_s, u"-:3-4"_s}));
    QCOMPARE(ids(*m_model), (QStringList{u"r1"_s, u"r2"_s, u"r3"_s, u"r4"_s, u"grace"_s}));
    m_model->setLoaders({}, {});
}

void TestReferralTreeModel::loaderAnsweringTwiceCountsOnce() {
    m_model->setLoaders(
        [this](int page, const ReferralTreeModel::PageCallback &done) {
            done(m_fake->pageOf(QString(), page), {});
            done(m_fake->pageOf(QString(), page + 1), {});
        },
        {});
    QSignalSpy pages(m_model.get(), &ReferralTreeModel::pageLoaded);
    m_model->loadMore();
    QCOMPARE(pages.size(), 1);
    QCOMPARE(ids(*m_model), (QStringList{u"r1"_s, u"r2"_s, u"r3"_s}));
}

void TestReferralTreeModel::synchronousLoaderWorks() {
    m_fake->synchronous = true;
    m_fake->attach(*m_model);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QVERIFY(m_model->loadMore());
    QCOMPARE(ranges(inserted), (QStringList{u"-:0-0"_s, u"-:0-2"_s}));
    QCOMPARE(m_model->rowCount(), 4);
    QVERIFY(!m_model->isLoading());
    QVERIFY(m_model->loadMore());
    QCOMPARE(m_model->rowCount(), 6);
}

void TestReferralTreeModel::displayAndRoles() {
    m_fake->pageSize = 10;
    m_fake->attach(*m_model);
    m_model->loadMore();
    QVERIFY(settle(*m_fake));
    const QModelIndex grace = m_model->indexOfIdentifier(u"grace"_s);
    QCOMPARE(grace.data().toString(), u"Grace Tester"_s);
    QCOMPARE(grace.siblingAtColumn(ReferralTreeModel::IdColumn).data().toString(), u"grace"_s);
    QCOMPARE(grace.siblingAtColumn(ReferralTreeModel::EmailColumn).data().toString(),
             u"grace@example.org"_s);
    QCOMPARE(grace.siblingAtColumn(ReferralTreeModel::StatusColumn).data().toString(), u"Active"_s);
    const QModelIndex count = grace.siblingAtColumn(ReferralTreeModel::ReferralsColumn);
    QCOMPARE(count.data().toInt(), 1);
    QCOMPARE(count.data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
    QCOMPARE(m_model->parent(count), QModelIndex());
    QCOMPARE(grace.data(ReferralTreeModel::CustomerRole).value<Customer>().email,
             u"grace@example.org"_s);
    QCOMPARE(m_model->customerAt(count).id, u"grace"_s);
    QCOMPARE(grace.data(ReferralTreeModel::RowKindRole).toInt(), int(Kind::Customer));
    QCOMPARE(grace.data(Qt::ToolTipRole).toString(), u"Referred customers: 1"_s);
    QCOMPARE(m_model->headerData(ReferralTreeModel::NameColumn, Qt::Horizontal).toString(),
             u"Customer"_s);
    QCOMPARE(m_model->headerData(ReferralTreeModel::ReferralsColumn, Qt::Horizontal).toString(),
             u"Referrals"_s);
    QVERIFY(!m_model->indexOfIdentifier(u"g1"_s).isValid()); // not loaded yet
    QCOMPARE(m_model->indexOfIdentifier(u"grace"_s, 3).column(), 3);
}

void TestReferralTreeModel::revealPathToDepthSix() {
    m_fake->attach(*m_model);
    QSignalSpy revealed(m_model.get(), &ReferralTreeModel::revealed);
    QSignalSpy failed(m_model.get(), &ReferralTreeModel::revealFailed);

    m_model->revealPath(m_fake->idsTo(u"g5"_s));
    QVERIFY(m_model->isRevealing());
    QVERIFY(settle(*m_fake));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(revealed.size(), 1);
    const auto target = revealed.at(0).at(0).value<QModelIndex>();
    QCOMPARE(target.data(ReferralTreeModel::IdentifierRole).toString(), u"g5"_s);
    QCOMPARE(target.data(ReferralTreeModel::DepthRole).toInt(), 5);
    QStringList up;
    for (QModelIndex at = target; at.isValid(); at = at.parent())
        up.prepend(at.data(ReferralTreeModel::IdentifierRole).toString());
    QCOMPARE(up, (QStringList{u"grace"_s, u"g1"_s, u"g2"_s, u"g3"_s, u"g4"_s, u"g5"_s}));
    // grace is on the second page of roots; each level below needed one page.
    QCOMPARE(m_fake->requests, (QStringList{u"roots:1"_s, u"roots:2"_s, u"grace:1"_s, u"g1:1"_s,
                                            u"g2:1"_s, u"g3:1"_s, u"g4:1"_s}));
    QVERIFY(!m_model->isRevealing());

    // A second reveal of a loaded customer needs no request and answers at once.
    m_model->revealPath(m_fake->idsTo(u"g2b"_s));
    QCOMPARE(revealed.size(), 2);
    QCOMPARE(revealed.at(1).at(0).value<QModelIndex>().data(ReferralTreeModel::IdentifierRole),
             QVariant(u"g2b"_s));
    QCOMPARE(m_fake->requests.size(), 7);
}

void TestReferralTreeModel::revealPathWaitsForPageAlreadyOnItsWay() {
    m_fake->attach(*m_model);
    m_model->loadMore(); // roots page 1 on its way
    QSignalSpy revealed(m_model.get(), &ReferralTreeModel::revealed);
    m_model->revealPath({u"r2"_s});
    QVERIFY(settle(*m_fake));
    QCOMPARE(revealed.size(), 1);
    QCOMPARE(m_fake->requests, QStringList{u"roots:1"_s}); // not asked twice
}

void TestReferralTreeModel::revealChainAddsCustomerAfterBudget() {
    // grace is the 21st root: page 11 of 2. The reveal reads RevealPageBudget pages, then
    // adds grace itself rather than paging through the whole list.
    auto many = std::make_unique<FakeReferralTree>();
    seed(*many, 20);
    many->pageSize = 2;
    many->attach(*m_model);
    QSignalSpy revealed(m_model.get(), &ReferralTreeModel::revealed);
    m_model->revealChain(many->chainTo(u"g3"_s));
    QVERIFY(settle(*many));
    QCOMPARE(revealed.size(), 1);
    QCOMPARE(revealed.at(0).at(0).value<QModelIndex>().data(ReferralTreeModel::IdentifierRole),
             QVariant(u"g3"_s));
    QCOMPARE(many->requests, (QStringList{u"roots:1"_s, u"roots:2"_s, u"roots:3"_s, u"grace:1"_s,
                                          u"g1:1"_s, u"g2:1"_s}));
    QCOMPARE(ids(*m_model).size(), 7); // six from three pages, and grace
    QCOMPARE(ids(*m_model).last(), u"grace"_s);

    // Paging on later meets grace again on page 11: it is not shown twice.
    for (int page = 4; page <= 11; ++page) {
        QVERIFY(m_model->loadMore());
        QVERIFY(settle(*many));
    }
    QCOMPARE(ids(*m_model).count(u"grace"_s), 1);
    QCOMPARE(m_model->loadedChildCount(), 22); // r1..r20, grace, wide
    QVERIFY(m_model->isComplete());
    m_model->setLoaders({}, {});
}

void TestReferralTreeModel::revealUnknownFails() {
    m_fake->attach(*m_model);
    QSignalSpy revealed(m_model.get(), &ReferralTreeModel::revealed);
    QSignalSpy failed(m_model.get(), &ReferralTreeModel::revealFailed);
    m_model->revealPath({u"grace"_s, u"nobody"_s});
    QVERIFY(settle(*m_fake));
    QCOMPARE(revealed.size(), 0);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), u"nobody"_s);
    QVERIFY(!failed.at(0).at(1).toString().isEmpty());
    QVERIFY(m_model->indexOfIdentifier(u"g1"_s).isValid()); // grace's referrals were read
}

void TestReferralTreeModel::revealFailsWhenLevelFails() {
    m_fake->attach(*m_model);
    m_fake->failOnce.insert(u"g1"_s);
    QSignalSpy failed(m_model.get(), &ReferralTreeModel::revealFailed);
    m_model->revealPath(m_fake->idsTo(u"g3"_s));
    QVERIFY(settle(*m_fake));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), u"g2"_s);
    QCOMPARE(failed.at(0).at(1).toString(), u"The server could not be reached."_s);
    const QModelIndex g1 = m_model->indexOfIdentifier(u"g1"_s);
    QCOMPARE(kindAt(*m_model, 0, g1), Kind::Error);

    // Revealing again retries the level that failed.
    QSignalSpy revealed(m_model.get(), &ReferralTreeModel::revealed);
    m_model->revealPath(m_fake->idsTo(u"g3"_s));
    QVERIFY(settle(*m_fake));
    QCOMPARE(revealed.size(), 1);
}

void TestReferralTreeModel::reloadCancelsReveal() {
    m_fake->attach(*m_model);
    QSignalSpy revealed(m_model.get(), &ReferralTreeModel::revealed);
    QSignalSpy failed(m_model.get(), &ReferralTreeModel::revealFailed);
    m_model->revealPath(m_fake->idsTo(u"g5"_s));
    m_model->reload();
    QVERIFY(!m_model->isRevealing());
    QVERIFY(settle(*m_fake));
    QCOMPARE(revealed.size(), 0);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(m_model->rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestReferralTreeModel)
#include "tst_referraltreemodel.moc"

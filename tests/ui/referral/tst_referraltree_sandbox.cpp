// SPDX-License-Identifier: GPL-3.0-or-later
// The referral tree with the real loaders (ReferralLoader over a Session) against a private
// sandbox: the roots are the customers nobody referred, a six-level chain of the seed data
// expands level by level with referrals_count matching what loads, pages and errors work over
// HTTP, and "Show in tree" on the deepest customer reveals and selects the whole chain.
//
// The model tester runs for every test, with autoFetch off: walking the tree it would
// otherwise fetch every node's referrals from the server.
#include "tests/ui/referral/referraltest.h"

#include "app/session/referralloader.h"
#include "models/referraltreemodel.h"
#include "ui/referral/referraltreepage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTreeView>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace ReferralTest;

namespace {

QString idOf(const QModelIndex &index) {
    return index.data(ReferralTreeModel::IdentifierRole).toString();
}

QStringList pathOf(QModelIndex index) {
    QStringList path;
    for (; index.isValid(); index = index.parent())
        path.prepend(idOf(index));
    return path;
}

} // namespace

class TestReferralTreeSandbox final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void rootsAreTheCustomersNobodyReferred();
    void sixLevelChainExpandsWithMatchingCounts();
    void childPagesOverHttp();
    void errorRowThenRetryOverHttp();
    void resolveAndRevealDeepestCustomer();
    void pageShowsCustomerInTree();
    void pageFindsByEmailAndReportsUnknown();
    void pageActivationAndLoadMoreRow();

private:
    // Loads every page under `parent`; false when a load failed or never finished.
    bool loadAll(const QModelIndex &parent) {
        for (int guard = 0; guard < 500 && !m_model->isComplete(parent); ++guard) {
            if (!m_model->loadMore(parent) && !m_model->isLoading(parent))
                return false;
            if (!QTest::qWaitFor([&] { return !m_model->isLoading(parent); }, 20000))
                return false;
            if (!m_model->errorText(parent).isEmpty())
                return false;
        }
        return m_model->isComplete(parent);
    }

    SandboxProcess m_sandbox;
    std::unique_ptr<Session> m_session;
    QHash<QString, Customer> m_all;
    QString m_deepest; // a customer five referrals below a root: the sixth level
    std::unique_ptr<ReferralTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<ReferralLoader> m_loader;
};

void TestReferralTreeSandbox::initTestCase() {
    QVERIFY2(m_sandbox.start({u"--customers"_s, u"240"_s}), qPrintable(m_sandbox.errorString()));
    m_session = makeSession(m_sandbox);
    m_all = allCustomers(m_session.get());
    QVERIFY(m_all.size() >= 240);
    // Find a chain from the seed data: a customer whose referring chain is five deep.
    int depth = -1;
    for (auto it = m_all.constBegin(); it != m_all.constEnd(); ++it) {
        const int d = int(pathTo(m_all, it.key()).size()) - 1;
        if (d > depth || (d == depth && it.key() < m_deepest)) {
            depth = d;
            m_deepest = it.key();
        }
    }
    QVERIFY2(depth >= 5, qPrintable(u"the deepest chain is %1 levels"_s.arg(depth + 1)));
}

void TestReferralTreeSandbox::init() {
    m_model = std::make_unique<ReferralTreeModel>();
    m_model->setAutoFetch(false);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_loader = std::make_unique<ReferralLoader>(m_session.get());
    m_loader->attach(m_model.get());
    QVERIFY(m_sandbox.clearFaults());
    QVERIFY(m_sandbox.clearRequests());
}

void TestReferralTreeSandbox::cleanup() {
    m_tester.reset();
    m_model.reset();
    m_loader.reset();
}

void TestReferralTreeSandbox::rootsAreTheCustomersNobodyReferred() {
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QVERIFY(loadAll({}));
    int expected = 0;
    for (const Customer &customer : std::as_const(m_all))
        expected += customer.referringCustomer ? 0 : 1;
    QCOMPARE(m_model->loadedChildCount(), expected);
    QCOMPARE(m_model->rowCount(), expected); // no trailing row once complete
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Customer customer = m_model->customerAt(m_model->index(row, 0));
        QVERIFY2(!customer.referringCustomer, qPrintable(customer.id));
    }
    QCOMPARE(idOf(m_model->index(0, 0)), u"ada_lovelace"_s);
    // 100 a page: a loading row, then one insertion per page.
    const int pages =
        (expected + ReferralLoader::DefaultPageSize - 1) / ReferralLoader::DefaultPageSize;
    QCOMPARE(m_sandbox.countRequests(u"GET"_s, u"/v1/customers"_s), pages);
    QCOMPARE(inserted.size(), 1 + pages);
    const QJsonArray log = m_sandbox.requests();
    QVERIFY(log.first()
                .toObject()
                .value(u"query"_s)
                .toString()
                .contains(u"refer_status=non_referred"_s));
}

void TestReferralTreeSandbox::sixLevelChainExpandsWithMatchingCounts() {
    const QStringList path = pathTo(m_all, m_deepest);
    QCOMPARE(path.size(), 6);
    QVERIFY(loadAll({}));
    QModelIndex at = m_model->indexOfIdentifier(path.first());
    QVERIFY(at.isValid());
    for (int level = 0; level < path.size(); ++level) {
        QCOMPARE(idOf(at), path.at(level));
        QCOMPARE(at.data(ReferralTreeModel::DepthRole).toInt(), level);
        const int count = at.data(ReferralTreeModel::ReferralsCountRole).toInt();
        QCOMPARE(count, m_all.value(path.at(level)).referralsCount);
        QCOMPARE(m_model->hasChildren(at), count > 0);
        if (count == 0) {
            QVERIFY(!m_model->loadMore(at)); // nothing to ask for
            break;
        }
        QVERIFY2(loadAll(at), qPrintable(path.at(level)));
        // referrals_count matches the children loaded, and each names this one as referrer.
        QCOMPARE(m_model->loadedChildCount(at), count);
        QCOMPARE(m_model->rowCount(at), count);
        for (int row = 0; row < count; ++row) {
            const Customer child = m_model->customerAt(m_model->index(row, 0, at));
            QVERIFY(child.referringCustomer);
            QCOMPARE(child.referringCustomer->identifier(), path.at(level));
        }
        if (level + 1 < path.size()) {
            const QModelIndex next = m_model->indexOfIdentifier(path.at(level + 1));
            QCOMPARE(m_model->parent(next), at);
            at = next;
        }
    }
    QCOMPARE(pathOf(at), path);
    QCOMPARE(at.data(ReferralTreeModel::DepthRole).toInt(), 5);
}

void TestReferralTreeSandbox::childPagesOverHttp() {
    m_loader->setPageSize(1);
    // ada_lovelace is the first root and referred two customers: two pages of one.
    QVERIFY(m_model->loadMore());
    QTRY_VERIFY(!m_model->isLoading());
    const QModelIndex ada = m_model->indexOfIdentifier(u"ada_lovelace"_s);
    QVERIFY(ada.isValid());
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy pages(m_model.get(), &ReferralTreeModel::pageLoaded);
    QVERIFY(m_model->loadMore(ada));
    QTRY_COMPARE(pages.size(), 1);
    QCOMPARE(m_model->rowCount(ada), 2);
    QCOMPARE(m_model->rowKind(m_model->index(1, 0, ada)), ReferralTreeModel::RowKind::LoadMore);
    QVERIFY(m_model->loadMore(ada));
    QTRY_COMPARE(pages.size(), 2);
    QCOMPARE(m_model->rowCount(ada), 2);
    QVERIFY(m_model->isComplete(ada));
    QCOMPARE(m_model->rowKind(m_model->index(1, 0, ada)), ReferralTreeModel::RowKind::Customer);
    // Loading row, page 1, page 2: one insertion each.
    QCOMPARE(inserted.size(), 3);
    QCOMPARE(m_sandbox.countRequests(u"GET"_s, u"/v1/customers/ada_lovelace/referrals"_s), 2);
}

void TestReferralTreeSandbox::errorRowThenRetryOverHttp() {
    QVERIFY(loadAll({}));
    const QModelIndex ada = m_model->indexOfIdentifier(u"ada_lovelace"_s);
    QVERIFY(m_sandbox.queueFault(u"GET"_s, u"/v1/customers/ada_lovelace/referrals"_s,
                                 u"status=500"_s, 1));
    QSignalSpy failed(m_model.get(), &ReferralTreeModel::loadFailed);
    QVERIFY(m_model->loadMore(ada));
    QTRY_COMPARE(failed.size(), 1);
    const QModelIndex error = m_model->index(0, 0, ada);
    QCOMPARE(m_model->rowKind(error), ReferralTreeModel::RowKind::Error);
    QVERIFY2(error.data(ReferralTreeModel::ErrorRole).toString().contains(u"HTTP 500"_s),
             qPrintable(error.data(ReferralTreeModel::ErrorRole).toString()));
    QVERIFY(m_model->retry(error));
    QTRY_VERIFY(m_model->isComplete(ada));
    QCOMPARE(m_model->loadedChildCount(ada), 2);
    QCOMPARE(m_model->rowCount(ada), 2);
}

void TestReferralTreeSandbox::resolveAndRevealDeepestCustomer() {
    std::optional<QList<Customer>> chain;
    m_loader->resolveChain(m_all.value(m_deepest),
                           [&chain](const QList<Customer> &result, const ApiError &error) {
                               QVERIFY2(!error.isError(), qPrintable(error.sentence()));
                               chain = result;
                           });
    QTRY_VERIFY(chain.has_value());
    QStringList ids;
    for (const Customer &customer : std::as_const(*chain))
        ids.append(customer.identifier());
    QCOMPARE(ids, pathTo(m_all, m_deepest));
    // One GET per referrer above the customer, nothing else.
    QCOMPARE(m_sandbox.countRequests(u"GET"_s, u"/v1/customers/"_s), 5);

    QSignalSpy revealed(m_model.get(), &ReferralTreeModel::revealed);
    QSignalSpy failed(m_model.get(), &ReferralTreeModel::revealFailed);
    m_model->revealChain(*chain);
    QTRY_COMPARE(revealed.size() + failed.size(), 1);
    QCOMPARE(failed.size(), 0);
    const auto target = revealed.at(0).at(0).value<QModelIndex>();
    QCOMPARE(pathOf(target), ids);
}

void TestReferralTreeSandbox::pageShowsCustomerInTree() {
    ReferralTreePage page(m_session.get());
    page.resize(1000, 600);
    page.show();
    QSignalSpy shown(&page, &ReferralTreePage::customerShown);
    page.showCustomer(m_all.value(m_deepest));
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 20000);
    QCOMPARE(shown.at(0).at(0).value<Customer>().identifier(), m_deepest);

    QTreeView *view = page.view();
    const QModelIndex current = view->currentIndex();
    QCOMPARE(idOf(current), m_deepest);
    QVERIFY(view->selectionModel()->isSelected(current));
    QCOMPARE(pathOf(current), pathTo(m_all, m_deepest));
    for (QModelIndex at = current.parent(); at.isValid(); at = at.parent())
        QVERIFY2(view->isExpanded(at), qPrintable(idOf(at)));
    QVERIFY(view->viewport()->rect().intersects(view->visualRect(current)));
    QVERIFY(page.message().isEmpty());
    QVERIFY(view->uniformRowHeights());

    saveWidgetShot(&page, u"referral-tree.png"_s);
}

void TestReferralTreeSandbox::pageFindsByEmailAndReportsUnknown() {
    ReferralTreePage page(m_session.get());
    page.show();
    QSignalSpy shown(&page, &ReferralTreePage::customerShown);
    auto *find = page.findChild<QLineEdit *>(u"referralTreeFind"_s);
    QVERIFY(find);
    find->setText(u"grace@example.com"_s);
    QTest::keyClick(find, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 20000);
    QCOMPARE(idOf(page.view()->currentIndex()), u"grace_hopper"_s);

    page.showIdentifier(u"nobody_by_this_id"_s);
    QCOMPARE(page.message(), u"Looking up nobody_by_this_id…"_s);
    QTRY_VERIFY(page.message().startsWith(u"Could not show nobody_by_this_id"_s));
    QCOMPARE(shown.size(), 1);
    QVERIFY2(page.message().contains(u"does not know"_s) || page.message().contains(u"found"_s),
             qPrintable(page.message()));
}

void TestReferralTreeSandbox::pageActivationAndLoadMoreRow() {
    ReferralTreePage page(m_session.get());
    page.loader()->setPageSize(1);
    page.resize(1000, 600);
    page.show();
    ReferralTreeModel *model = page.model();
    QTreeView *view = page.view();
    // The view asks for the first page of roots on its own once it is laid out.
    QTRY_VERIFY_WITH_TIMEOUT(model->loadedCount() >= 1 && !model->isLoading(), 20000);
    const QModelIndex ada = model->indexOfIdentifier(u"ada_lovelace"_s);
    QVERIFY(ada.isValid());

    // Expanding loads the first page of referrals; the second waits behind "Load more…".
    view->expand(ada);
    QTRY_VERIFY(!model->isLoading(ada) && model->loadedChildCount(ada) == 1);
    const QModelIndex more = model->index(1, 0, ada);
    QCOMPARE(model->rowKind(more), ReferralTreeModel::RowKind::LoadMore);
    QVERIFY(view->isFirstColumnSpanned(1, ada));
    saveWidgetShot(&page, u"referral-tree-load-more.png"_s);
    view->collapse(ada);
    view->expand(ada); // expanding again asks for nothing
    QCOMPARE(m_sandbox.countRequests(u"GET"_s, u"/v1/customers/ada_lovelace/referrals"_s), 1);
    QVERIFY(m_sandbox.clearRequests());

    // One click on the row loads the next page; here it fails first, and one click on the
    // error row tries again.
    QVERIFY(m_sandbox.queueFault(u"GET"_s, u"/v1/customers/ada_lovelace/referrals"_s,
                                 u"status=503;retry-after=0"_s, 4));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(more).center());
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(ada), 20000);
    const QModelIndex error = model->index(1, 0, ada);
    QCOMPARE(model->rowKind(error), ReferralTreeModel::RowKind::Error);
    QVERIFY(view->isFirstColumnSpanned(1, ada));
    saveWidgetShot(&page, u"referral-tree-error.png"_s);
    QVERIFY(m_sandbox.clearFaults());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(error).center());
    QTRY_VERIFY(model->isComplete(ada));
    QCOMPARE(model->loadedChildCount(ada), 2);
    QCOMPARE(model->rowCount(ada), 2);

    // Enter on a customer asks for the details.
    QSignalSpy activated(&page, &ReferralTreePage::customerActivated);
    view->setFocus();
    view->setCurrentIndex(ada);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).value<Customer>().identifier(), u"ada_lovelace"_s);
}

QTEST_MAIN(TestReferralTreeSandbox)
#include "tst_referraltree_sandbox.moc"

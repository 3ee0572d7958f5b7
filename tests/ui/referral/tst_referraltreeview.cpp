// SPDX-License-Identifier: GPL-3.0-or-later
// ReferralTreeModel in a real QTreeView, without the network: the view's own fetchMore()
// calls (from inside its layout, on expand) load the first page and nothing more, also with
// a loader that answers before returning; the page loads the next page of roots when the
// last one scrolls into sight, and not before.
#include "models/referraltreemodel.h"
#include "tests/common/referraltreefake.h"
#include "ui/referral/referraltreepage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QScrollBar>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Qt::Literals::StringLiterals;

class TestReferralTreeView final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void expandLoadsFirstPageWithImmediateLoader_data();
    void expandLoadsFirstPageWithImmediateLoader();
    void expandManyInARowWithImmediateLoader();
    void rootsPageInAsTheViewScrolls();

private:
    std::unique_ptr<FakeReferralTree> m_fake;
    std::unique_ptr<ReferralTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QTreeView> m_view;
};

void TestReferralTreeView::init() {
    m_fake = std::make_unique<FakeReferralTree>();
    m_model = std::make_unique<ReferralTreeModel>();
    m_view = std::make_unique<QTreeView>();
    m_view->setUniformRowHeights(true);
    m_view->resize(600, 400);
}

void TestReferralTreeView::cleanup() {
    m_view.reset();
    m_tester.reset();
    m_model.reset();
    m_fake.reset();
}

void TestReferralTreeView::expandLoadsFirstPageWithImmediateLoader_data() {
    QTest::addColumn<bool>("synchronous");
    QTest::newRow("answers at once") << true;
    QTest::newRow("answers later") << false;
}

void TestReferralTreeView::expandLoadsFirstPageWithImmediateLoader() {
    QFETCH(bool, synchronous);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_fake->synchronous = synchronous;
    m_fake->pageSize = 4;
    for (int i = 0; i < 3; ++i) {
        const QString root = u"r%1"_s.arg(i);
        m_fake->add(root);
        for (int j = 0; j < 6; ++j) {
            const QString child = root + u"c%1"_s.arg(j);
            m_fake->add(child, root);
            m_fake->add(child + u"x"_s, child);
        }
    }
    // Roots whose referrals fit on one page: there the loading row goes away as the page
    // comes in, which is what must not happen inside the view's layout.
    for (int i = 0; i < 40; ++i) {
        const QString root = u"s%1"_s.arg(i);
        m_fake->add(root);
        m_fake->add(root + u"a"_s, root);
        m_fake->add(root + u"b"_s, root);
    }
    m_fake->rootPageSize = 100;
    m_fake->attach(*m_model);
    m_view->setModel(m_model.get());
    m_view->show();
    // The view asks for the roots by itself once laid out.
    QTRY_COMPARE(m_model->loadedChildCount(), 43);
    QTRY_VERIFY(m_fake->pending == 0 && !m_model->isLoading());

    // Expand the s-roots in one go, as a person holding the right arrow key would: the view
    // lays out each one while the loads it asked for are still to come.
    for (int i = 0; i < 40; ++i)
        m_view->expand(m_model->indexOfIdentifier(u"s%1"_s.arg(i)));
    for (int i = 0; i < 40; ++i) {
        const QModelIndex root = m_model->indexOfIdentifier(u"s%1"_s.arg(i));
        QTRY_VERIFY(m_model->isComplete(root) && !m_model->isLoading(root));
        QCOMPARE(m_model->rowCount(root), 2);
        QVERIFY(m_view->isExpanded(root));
    }

    for (int i = 0; i < 3; ++i) {
        const QModelIndex root = m_model->indexOfIdentifier(u"r%1"_s.arg(i));
        m_view->expand(root);
        QTRY_VERIFY(!m_model->isLoading(root) && m_model->loadedChildCount(root) == 4);
        // Expand the referrals too, while the parent's "Load more…" row is there.
        for (int row = 0; row < 4; ++row)
            m_view->expand(m_model->index(row, 0, root));
        for (int row = 0; row < 4; ++row) {
            const QModelIndex child = m_model->index(row, 0, root);
            QTRY_VERIFY(m_model->isComplete(child) && !m_model->isLoading(child));
            QCOMPARE(m_model->loadedChildCount(child), 1);
        }
        QCOMPARE(m_model->rowCount(root), 5);
        QCOMPARE(m_model->rowKind(m_model->index(4, 0, root)),
                 ReferralTreeModel::RowKind::LoadMore);
    }
    // Only first pages: 1 for the roots, 1 per s-root, per r-root 1 + its 4 expanded referrals.
    QCOMPARE(m_fake->requests.size(), 1 + 40 + 3 * 5);
    m_view->scrollToBottom();
    m_view->viewport()->repaint(); // paints the expanded tree without trouble
}

void TestReferralTreeView::expandManyInARowWithImmediateLoader() {
    // Two thousand nodes expanded without a turn of the event loop between them, each page
    // answered at once. Loading inside the view's layout made QTreeView write past its item
    // list here (a crash); without a model tester, whose own calls change the timing.
    m_fake->synchronous = true;
    m_fake->rootPageSize = 250;
    constexpr int Roots = 2000;
    for (int i = 0; i < Roots; ++i) {
        const QString root = u"n%1"_s.arg(i);
        m_fake->add(root);
        m_fake->add(root + u"a"_s, root);
        m_fake->add(root + u"b"_s, root);
    }
    m_fake->attach(*m_model);
    m_view->setModel(m_model.get());
    m_view->show();
    while (!m_model->isComplete()) {
        if (!m_model->loadMore())
            QCoreApplication::processEvents();
    }
    QCoreApplication::processEvents();
    QCOMPARE(m_model->rowCount(), Roots);
    for (int row = 0; row < Roots; ++row)
        m_view->expand(m_model->index(row, 0));
    QTRY_COMPARE(m_model->loadedCount(), 3 * Roots);
    for (int row = 0; row < Roots; row += 97)
        QCOMPARE(m_model->rowCount(m_model->index(row, 0)), 2);
    m_view->scrollToBottom();
    m_view->viewport()->repaint();
}

void TestReferralTreeView::rootsPageInAsTheViewScrolls() {
    // The page with in-memory loaders instead of a session. No model tester here: it calls
    // fetchMore() on the root after every change, which is not what a view does.
    ReferralTreePage page(nullptr);
    m_fake->pageSize = 10;
    for (int i = 0; i < 45; ++i)
        m_fake->add(u"r%1"_s.arg(i, 2, 10, QLatin1Char('0')));
    m_fake->attach(*page.model());
    page.resize(600, 180); // fewer rows in sight than a page
    page.show();
    ReferralTreeModel *model = page.model();
    QTRY_COMPARE(model->loadedChildCount(), 10);
    QTest::qWait(50); // relayouts come and go: none of them may fetch the next page
    QCOMPARE(m_fake->requests, QStringList{u"roots:1"_s});
    QCOMPARE(model->rowKind(model->index(10, 0)), ReferralTreeModel::RowKind::LoadMore);

    QScrollBar *bar = page.view()->verticalScrollBar();
    for (int round = 0; round < 20 && !model->isComplete(); ++round) {
        bar->setValue(bar->maximum());
        QTRY_VERIFY(m_fake->pending == 0 && !model->isLoading());
    }
    QVERIFY(model->isComplete());
    QCOMPARE(model->rowCount(), 45);
    QCOMPARE(m_fake->requests,
             (QStringList{u"roots:1"_s, u"roots:2"_s, u"roots:3"_s, u"roots:4"_s, u"roots:5"_s}));
}

QTEST_MAIN(TestReferralTreeView)
#include "tst_referraltreeview.moc"

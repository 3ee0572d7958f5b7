// SPDX-License-Identifier: GPL-3.0-or-later
// The customer table against a private sandbox: paging, page size, filters of both kinds,
// the loading, empty, error, rate-limited and signed-out states, and a stale page dropped.
#include "models/customertablemodel.h"
#include "tests/ui/browse/browsetest.h"
#include "ui/browse/customerpage.h"
#include "ui/browse/pagebar.h"
#include "ui/browse/statebanner.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestCustomerPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void firstPageLoads();
    void nextAndPreviousPage();
    void pageSizeChangeRequestsNewLimit();
    void stalePageIsDropped();
    void loadingKeepsPreviousRows();
    void partnerKeyFilter();
    void unknownPartnerShowsEmptyState();
    void serverErrorShowsRetry();
    void rateLimitedRetriesAutomatically();
    void rateLimitedBeyondWaitOffersRetryAfterCountdown();
    void signedOutOffersNewKey();
    void sortsWithinPageOnly();
    void copiesSelectedRowsAsTsv();
    void referStatusFilter();

private:
    QLabel *rowsLabel() const { return m_page->pageBar()->rowsLabel(); }
    bool waitForPage(QSignalSpy &spy) { return spy.wait(15000); }

    BrowseFixture m_fixture;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<CustomerPage> m_page;
};

void TestCustomerPage::initTestCase() {
    isolateSettings();
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.sandbox().errorString()));
    m_session = m_fixture.session(ProgramKind::Affiliate);
    m_page = std::make_unique<CustomerPage>(m_fixture.profiles());
    // These tests follow each request and fault; reading ahead is tst_customerprefetch's.
    m_page->setPrefetching(false);
    // Alive for the whole test: they check every change the page makes to the models.
    new QAbstractItemModelTester(m_page->model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    new QAbstractItemModelTester(m_page->proxyModel(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_page->resize(900, 600);
    m_page->show();
}

void TestCustomerPage::cleanup() {
    m_fixture.sandbox().clearFaults();
}

void TestCustomerPage::firstPageLoads() {
    QSignalSpy shown(m_page.get(), &CustomerPage::pageShown);
    QSignalSpy resets(m_page->model(), &QAbstractItemModel::modelReset);
    m_fixture.sandbox().clearRequests();
    m_page->setSession(m_session.get());
    QVERIFY(waitForPage(shown));

    QCOMPARE(shown.count(), 1);
    // The kind's columns (one reset), then the page (one reset).
    QCOMPARE(resets.count(), 2);
    QCOMPARE(m_page->model()->rowCount(), Profile::DefaultPageSize);
    QCOMPARE(m_page->model()->headerData(0, Qt::Horizontal).toString(), u"Key"_s);
    QCOMPARE(rowsLabel()->text(), u"Rows 1–25"_s);
    QCOMPARE(m_page->banner()->state(), StateBanner::State::None);
    QVERIFY(!m_page->pageBar()->firstAction()->isEnabled());
    QVERIFY(!m_page->pageBar()->previousAction()->isEnabled());
    QVERIFY(m_page->pageBar()->nextAction()->isEnabled());
    // The well-known first customer of the seed.
    QCOMPARE(m_page->model()->customerAt(0).key, u"alice_brown"_s);

    const QStringList queries = loggedQueries(m_fixture.sandbox(), u"GET"_s, u"/v1/customers"_s);
    QCOMPARE(queries.size(), 1);
    QVERIFY2(queries.first().contains(u"limit=25"_s), qPrintable(queries.first()));
    QVERIFY2(queries.first().contains(u"page=1"_s), qPrintable(queries.first()));
    // Fixed row height: every row as tall as the first, never sized to its contents.
    QCOMPARE(m_page->view()->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
}

void TestCustomerPage::nextAndPreviousPage() {
    const QString firstKey = m_page->model()->customerAt(0).key;
    QSignalSpy shown(m_page.get(), &CustomerPage::pageShown);
    QSignalSpy resets(m_page->model(), &QAbstractItemModel::modelReset);

    m_page->pageBar()->nextAction()->trigger();
    QVERIFY(waitForPage(shown));
    QCOMPARE(shown.count(), 1);
    QCOMPARE(resets.count(), 1); // one page, one reset
    QCOMPARE(shown.first().first().value<PageInfo>().currentPage, 2);
    QCOMPARE(rowsLabel()->text(), u"Rows 26–50"_s);
    QCOMPARE(m_page->pageBar()->pageText(), u"Page 2"_s);
    QVERIFY(m_page->model()->customerAt(0).key != firstKey);
    QVERIFY(m_page->pageBar()->previousAction()->isEnabled());

    m_page->pageBar()->previousAction()->trigger();
    QVERIFY(waitForPage(shown));
    QCOMPARE(shown.count(), 2);
    QCOMPARE(resets.count(), 2);
    QCOMPARE(rowsLabel()->text(), u"Rows 1–25"_s);
    QCOMPARE(m_page->model()->customerAt(0).key, firstKey);
}

void TestCustomerPage::pageSizeChangeRequestsNewLimit() {
    QSignalSpy shown(m_page.get(), &CustomerPage::pageShown);
    m_page->showPage(3); // rows 51-75
    QVERIFY(waitForPage(shown));
    QCOMPARE(rowsLabel()->text(), u"Rows 51–75"_s);

    m_fixture.sandbox().clearRequests();
    // As a person does it: pick 50 in the combo.
    QComboBox *combo = m_page->pageBar()->pageSizeCombo();
    const int index = combo->findData(50);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
    QVERIFY(waitForPage(shown));

    const QStringList queries = loggedQueries(m_fixture.sandbox(), u"GET"_s, u"/v1/customers"_s);
    QCOMPARE(queries.size(), 1);
    QVERIFY2(queries.first().contains(u"limit=50"_s), qPrintable(queries.first()));
    // Row 51 stays in view: page 2 of 50.
    QVERIFY2(queries.first().contains(u"page=2"_s), qPrintable(queries.first()));
    QCOMPARE(m_page->model()->rowCount(), 50);
    QCOMPARE(rowsLabel()->text(), u"Rows 51–100"_s);
    // Remembered for the profile.
    QCOMPARE(m_fixture.profiles()->profile(m_session->profile().id)->pageSize, 50);

    m_page->setPageSize(25);
    QVERIFY(waitForPage(shown));
    QCOMPARE(m_fixture.profiles()->profile(m_session->profile().id)->pageSize, 25);
    QCOMPARE(rowsLabel()->text(), u"Rows 51–75"_s);
}

void TestCustomerPage::stalePageIsDropped() {
    QSignalSpy shown(m_page.get(), &CustomerPage::pageShown);
    // The first request is slow; the second, asked for at once, is answered first.
    QVERIFY(m_fixture.sandbox().queueFault(u"GET"_s, u"/v1/customers"_s, u"latency=1500"_s, 1));
    m_page->showPage(1);
    m_page->showPage(2);
    QVERIFY(waitForPage(shown));
    QCOMPARE(shown.count(), 1);
    QCOMPARE(m_page->model()->pageInfo().currentPage, 2);
    QCOMPARE(rowsLabel()->text(), u"Rows 26–50"_s);
    // The stale request is gone (aborted), not merely ignored later.
    QTRY_COMPARE(m_session->client()->callsInFlight(), 0);
    QCOMPARE(shown.count(), 1);
    QCOMPARE(m_page->model()->pageInfo().currentPage, 2);
}

void TestCustomerPage::loadingKeepsPreviousRows() {
    QSignalSpy shown(m_page.get(), &CustomerPage::pageShown);
    QVERIFY(m_fixture.sandbox().queueFault(u"GET"_s, u"/v1/customers"_s, u"latency=800"_s, 1));
    const QString shownKey = m_page->model()->customerAt(0).key;
    m_page->showNextPage();
    QVERIFY(m_page->isLoading());
    // A slow answer is shown as such (a fast one never makes the table jump).
    QTRY_COMPARE(m_page->banner()->state(), StateBanner::State::Loading);
    // Meanwhile the page the person was reading stays.
    QCOMPARE(m_page->model()->customerAt(0).key, shownKey);
    QCOMPARE(rowsLabel()->text(), u"Rows 26–50"_s);
    QVERIFY(waitForPage(shown));
    QCOMPARE(m_page->banner()->state(), StateBanner::State::None);
    QCOMPARE(rowsLabel()->text(), u"Rows 51–75"_s);
}

void TestCustomerPage::partnerKeyFilter() {
    QSignalSpy shown(m_page.get(), &CustomerPage::pageShown);
    QVERIFY(m_page->partnerKeyEdit()->isVisible());
    QVERIFY(!m_page->referStatusCombo()->isVisible());
    m_fixture.sandbox().clearRequests();
    m_page->partnerKeyEdit()->setFocus();
    QTest::keyClicks(m_page->partnerKeyEdit(), u"partner_acme"_s);
    QTest::keyClick(m_page->partnerKeyEdit(), Qt::Key_Return);
    QVERIFY(waitForPage(shown));

    const QStringList queries = loggedQueries(m_fixture.sandbox(), u"GET"_s, u"/v1/customers"_s);
    QCOMPARE(queries.size(), 1);
    QVERIFY2(queries.first().contains(u"partner.key=partner_acme"_s), qPrintable(queries.first()));
    QVERIFY2(queries.first().contains(u"page=1"_s), qPrintable(queries.first()));
    QVERIFY(m_page->model()->rowCount() > 0);
    for (const Customer &customer : m_page->model()->customers())
        QCOMPARE(customer.partner, u"partner_acme"_s);
    QVERIFY(m_page->model()->rowOfIdentifier(u"alice_brown"_s) >= 0);

    m_page->clearFilters();
    QVERIFY(waitForPage(shown));
    QVERIFY(!m_page->hasFilter());
    QVERIFY(m_page->partnerKeyEdit()->text().isEmpty());
}

void TestCustomerPage::unknownPartnerShowsEmptyState() {
    QSignalSpy shown(m_page.get(), &CustomerPage::pageShown);
    m_page->setPartnerFilter(u"no_such_partner"_s);
    // The sandbox answers an empty page; a server that answers 400 shows the error state.
    QTRY_VERIFY(m_page->banner()->state() == StateBanner::State::Empty ||
                m_page->banner()->state() == StateBanner::State::Error);
    if (m_page->banner()->state() == StateBanner::State::Empty) {
        QCOMPARE(m_page->model()->rowCount(), 0);
        QCOMPARE(rowsLabel()->text(), u"No rows"_s);
        QVERIFY2(m_page->banner()->text().contains(u"no_such_partner"_s),
                 qPrintable(m_page->banner()->text()));
        QVERIFY(!m_page->pageBar()->nextAction()->isEnabled());
    }
    m_page->clearFilters();
    QVERIFY(waitForPage(shown));
    QCOMPARE(m_page->banner()->state(), StateBanner::State::None);
}

void TestCustomerPage::serverErrorShowsRetry() {
    QSignalSpy shown(m_page.get(), &CustomerPage::pageShown);
    const int rowsBefore = m_page->model()->rowCount();
    QVERIFY(rowsBefore > 0);
    QVERIFY(m_fixture.sandbox().queueFault(u"GET"_s, u"/v1/customers"_s, u"status=500"_s, 1));
    m_page->reload();
    QTRY_COMPARE(m_page->banner()->state(), StateBanner::State::Error);
    QVERIFY2(m_page->banner()->text().contains(u"500"_s), qPrintable(m_page->banner()->text()));
    QVERIFY(m_page->banner()->retryButton()->isVisible());
    QVERIFY(!m_page->banner()->newKeyButton()->isVisible());
    QVERIFY(m_page->requestState().contains(u"could not be loaded"_s));
    // The rows shown before stay.
    QCOMPARE(m_page->model()->rowCount(), rowsBefore);
    QCOMPARE(shown.count(), 0);

    QTest::mouseClick(m_page->banner()->retryButton(), Qt::LeftButton);
    QVERIFY(waitForPage(shown));
    QCOMPARE(m_page->banner()->state(), StateBanner::State::None);
    QVERIFY(!m_page->banner()->isVisible());
}

void TestCustomerPage::rateLimitedRetriesAutomatically() {
    QSignalSpy shown(m_page.get(), &CustomerPage::pageShown);
    QVERIFY(m_fixture.sandbox().queueFault(u"GET"_s, u"/v1/customers"_s,
                                           u"status=429;retry-after=2"_s, 1));
    m_page->reload();
    QTRY_COMPARE(m_page->banner()->state(), StateBanner::State::RateLimited);
    QVERIFY(m_page->banner()->secondsLeft() > 0);
    QVERIFY2(m_page->banner()->text().contains(u"Trying again"_s),
             qPrintable(m_page->banner()->text()));
    QVERIFY(!shown.isEmpty() || waitForPage(shown));
    QCOMPARE(m_page->banner()->state(), StateBanner::State::None);
}

void TestCustomerPage::rateLimitedBeyondWaitOffersRetryAfterCountdown() {
    // Longer than the client will wait: the request gives up and the person is told when.
    QVERIFY(m_fixture.sandbox().queueFault(u"GET"_s, u"/v1/customers"_s,
                                           u"status=429;retry-after=120"_s, 1));
    m_page->reload();
    QTRY_COMPARE(m_page->banner()->state(), StateBanner::State::RateLimited);
    QVERIFY(m_page->banner()->secondsLeft() > 100);
    QVERIFY2(m_page->banner()->text().contains(u"try again in"_s),
             qPrintable(m_page->banner()->text()));
    QVERIFY(m_page->banner()->retryButton()->isVisible());
    QVERIFY(!m_page->banner()->retryButton()->isEnabled());
    // Rows stay; a later request clears the state.
    QVERIFY(m_page->model()->rowCount() > 0);
    QSignalSpy shown(m_page.get(), &CustomerPage::pageShown);
    m_page->reload();
    QVERIFY(waitForPage(shown));
    QCOMPARE(m_page->banner()->state(), StateBanner::State::None);
}

void TestCustomerPage::signedOutOffersNewKey() {
    auto wrong = m_fixture.session(ProgramKind::Affiliate, u"not-the-key"_s);
    CustomerPage page(m_fixture.profiles());
    QSignalSpy newKey(&page, &CustomerPage::newKeyRequested);
    page.show();
    page.setSession(wrong.get());
    QTRY_COMPARE(page.banner()->state(), StateBanner::State::SignedOut);
    QVERIFY(page.banner()->newKeyButton()->isVisible());
    QVERIFY(!page.banner()->retryButton()->isVisible());
    QCOMPARE(page.model()->rowCount(), 0);
    QTest::mouseClick(page.banner()->newKeyButton(), Qt::LeftButton);
    QCOMPARE(newKey.count(), 1);
    page.setSession(nullptr);
}

void TestCustomerPage::sortsWithinPageOnly() {
    QSignalSpy shown(m_page.get(), &CustomerPage::pageShown);
    m_page->showPage(1);
    QVERIFY(waitForPage(shown));
    m_fixture.sandbox().clearRequests();
    const int emailSection = m_page->model()->sectionOf(CustomerTableModel::EmailColumn);
    m_page->view()->sortByColumn(emailSection, Qt::DescendingOrder);
    const QAbstractItemModel *proxy = m_page->proxyModel();
    for (int row = 1; row < proxy->rowCount(); ++row) {
        const QString above = proxy->index(row - 1, emailSection).data().toString();
        const QString below = proxy->index(row, emailSection).data().toString();
        QVERIFY2(QString::localeAwareCompare(above.toLower(), below.toLower()) >= 0,
                 qPrintable(above + u" / "_s + below));
    }
    // Sorting asks the server for nothing: it orders the rows of this page.
    QCOMPARE(m_fixture.sandbox().countRequests(u"GET"_s, u"/v1/customers"_s), 0);
    QVERIFY(proxy->headerData(emailSection, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(u"this page only"_s));
    m_page->view()->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
}

void TestCustomerPage::copiesSelectedRowsAsTsv() {
    QTableView *view = m_page->view();
    view->clearSelection();
    view->selectRow(0);
    view->selectionModel()->select(view->model()->index(2, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->setFocus();
    m_page->copySelectedRows();
    const QString text = QGuiApplication::clipboard()->text();
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(u"Key\tName\tEmail\t"_s), qPrintable(lines.at(0)));
    const QHeaderView *header = view->horizontalHeader();
    const int columns = header->count() - header->hiddenSectionCount();
    QCOMPARE(lines.at(1).count(u'\t'), columns - 1);
    // What the list does not give is hidden until asked for: no empty Status and Tags.
    QVERIFY(!lines.at(0).contains(u"Tags"_s));
    QVERIFY(header->isSectionHidden(m_page->model()->sectionOf(CustomerTableModel::TagsColumn)));
    QVERIFY(lines.at(1).startsWith(m_page->model()->customerAt(0).key + u'\t'));
    QCOMPARE(m_page->selectedCustomers().size(), 2);
}

void TestCustomerPage::referStatusFilter() {
    auto referral = m_fixture.session(ProgramKind::ReferAFriend);
    QSignalSpy shown(m_page.get(), &CustomerPage::pageShown);
    m_page->setSession(referral.get());
    QVERIFY(waitForPage(shown));
    QCOMPARE(m_page->model()->headerData(0, Qt::Horizontal).toString(), u"ID"_s);
    QVERIFY(m_page->referStatusCombo()->isVisible());
    QVERIFY(!m_page->partnerKeyEdit()->isVisible());
    QCOMPARE(m_page->model()->customerAt(0).id, u"ada_lovelace"_s);

    m_fixture.sandbox().clearRequests();
    m_page->setReferStatusFilter(CustomerQuery::ReferStatus::Referred);
    QVERIFY(waitForPage(shown));
    QStringList queries = loggedQueries(m_fixture.sandbox(), u"GET"_s, u"/v1/customers"_s);
    QCOMPARE(queries.size(), 1);
    QVERIFY2(queries.first().contains(u"refer_status=referred"_s), qPrintable(queries.first()));
    QVERIFY(m_page->model()->rowCount() > 0);
    for (const Customer &customer : m_page->model()->customers())
        QVERIFY2(customer.referringCustomer.has_value(), qPrintable(customer.id));

    m_fixture.sandbox().clearRequests();
    // As a person does it: the combo.
    QComboBox *combo = m_page->referStatusCombo();
    const int index = combo->findData(int(CustomerQuery::ReferStatus::NonReferred));
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
    QVERIFY(waitForPage(shown));
    queries = loggedQueries(m_fixture.sandbox(), u"GET"_s, u"/v1/customers"_s);
    QVERIFY2(queries.first().contains(u"refer_status=non_referred"_s), qPrintable(queries.first()));
    QVERIFY(m_page->model()->rowCount() > 0);
    for (const Customer &customer : m_page->model()->customers())
        QVERIFY2(!customer.referringCustomer.has_value(), qPrintable(customer.id));
    QVERIFY(m_page->model()->rowOfIdentifier(u"ada_lovelace"_s) >= 0);

    m_page->setSession(nullptr);
    QCOMPARE(m_page->banner()->state(), StateBanner::State::Empty);
    QCOMPARE(m_page->model()->rowCount(), 0);
}

QTEST_MAIN(TestCustomerPage)
#include "tst_customerpage.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Reading ahead while browsing page by page, against a private sandbox: Next shows the page
// fetched ahead at once and asks the server nothing for it; a page still on its way is waited
// for rather than asked again; a change the console made, Refresh (F5) and a failed prefetch
// all lead to the server's rows as they are now.
#include "app/api/customerprefetch.h"
#include "models/customertablemodel.h"
#include "tests/ui/browse/browsetest.h"
#include "ui/browse/customerpage.h"
#include "ui/browse/pagebar.h"
#include "ui/browse/statebanner.h"
#include "ui/changes/customeractions.h"
#include "ui/shell/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QEventLoop>
#include <QJsonDocument>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestCustomerPrefetch : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void nextShowsPrefetchedPageWithoutRequest();
    void nextWaitsForPrefetchOnItsWay();
    void refreshDropsPrefetchedPage();
    void changeByTheConsoleDropsPrefetchedPage();
    void failedPrefetchIsNotShown();
    void retryingPrefetchIsDropped();
    void filterAndPageSizeDropPrefetchedPage();

private:
    // Shows page 1 of a fresh page and waits until page 2 was fetched ahead.
    bool showFirstPageAndPrefetch(CustomerPage *page, Session *session);
    // The `page=N` requests for customers the sandbox logged since the last clear.
    int pageRequests(int page);
    // The first customer of `page` (25 a page) as the server lists it now.
    Customer firstCustomerOf(int page);
    // Renames a customer on the server, as another console would.
    bool renameOnServer(const QString &key, const QString &name);

    BrowseFixture m_fixture;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<CustomerPage> m_page;
};

void TestCustomerPrefetch::initTestCase() {
    isolateSettings();
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.sandbox().errorString()));
}

void TestCustomerPrefetch::init() {
    m_fixture.sandbox().reset();
    m_session = m_fixture.session(ProgramKind::Affiliate);
    m_page = std::make_unique<CustomerPage>(m_fixture.profiles());
    new QAbstractItemModelTester(
        m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_page.get());
    m_page->resize(900, 600);
    m_page->show();
}

void TestCustomerPrefetch::cleanup() {
    m_page.reset();
    m_session.reset();
    m_fixture.sandbox().clearFaults();
}

bool TestCustomerPrefetch::showFirstPageAndPrefetch(CustomerPage *page, Session *session) {
    QSignalSpy shown(page, &CustomerPage::pageShown);
    QSignalSpy ready(page->prefetch(), &CustomerPrefetch::ready);
    page->setSession(session);
    if (!shown.wait(15000))
        return false;
    if (ready.isEmpty() && !ready.wait(15000))
        return false;
    return ready.last().first().toInt() == 2 && page->prefetch()->isReady();
}

int TestCustomerPrefetch::pageRequests(int page) {
    const QStringList queries = loggedQueries(m_fixture.sandbox(), u"GET"_s, u"/v1/customers"_s);
    const QString wanted = u"page=%1"_s.arg(page);
    int count = 0;
    for (const QString &query : queries) {
        if (query.split(u'&').contains(wanted))
            ++count;
    }
    return count;
}

Customer TestCustomerPrefetch::firstCustomerOf(int page) {
    CustomerQuery query;
    query.limit = 25;
    query.page = page;
    const auto result = awaitResult<Page<Customer>>([&](ApiCallback<Page<Customer>> done) {
        m_session->customers()->list(query, m_session.get(), std::move(done));
    });
    if (!result || !*result || result->value().items.isEmpty())
        return {};
    return result->value().items.first();
}

bool TestCustomerPrefetch::renameOnServer(const QString &key, const QString &name) {
    QNetworkAccessManager network;
    QNetworkRequest request(m_fixture.sandbox().url(u"/customers/"_s + key));
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("Authorization", "Bearer " + m_fixture.sandbox().affiliateKey().toUtf8());
    const QJsonObject body{{u"update"_s, QJsonObject{{u"name"_s, name}}}};
    QNetworkReply *reply = network.put(request, QJsonDocument(body).toJson());
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    return status == 200;
}

void TestCustomerPrefetch::nextShowsPrefetchedPageWithoutRequest() {
    QVERIFY(showFirstPageAndPrefetch(m_page.get(), m_session.get()));
    QCOMPARE(pageRequests(2), 1); // fetched ahead once, after page 1 showed
    const QString firstOfPage1 = m_page->model()->customerAt(0).key;
    const QString firstOfPage2 = firstCustomerOf(2).key;
    QVERIFY(!firstOfPage2.isEmpty());
    m_fixture.sandbox().clearRequests();

    QSignalSpy shown(m_page.get(), &CustomerPage::pageShown);
    QSignalSpy ready(m_page->prefetch(), &CustomerPrefetch::ready);
    m_page->pageBar()->nextAction()->trigger();
    // Shown before the event loop ran even once: no waiting for the network.
    QCOMPARE(shown.count(), 1);
    QVERIFY(!m_page->isLoading());
    QCOMPARE(m_page->banner()->state(), StateBanner::State::None);
    QCOMPARE(m_page->pageBar()->rowsLabel()->text(), u"Rows 26–50"_s);
    QCOMPARE(m_page->model()->rowCount(), 25);
    QCOMPARE(m_page->model()->customerAt(0).key, firstOfPage2);
    QVERIFY(firstOfPage2 != firstOfPage1);

    // Then the page after it is fetched ahead, and page 2 was never asked for again.
    QVERIFY(ready.wait(15000));
    QCOMPARE(ready.last().first().toInt(), 3);
    QCOMPARE(pageRequests(2), 0);
    QCOMPARE(pageRequests(3), 1);
    // Never more than one page ahead.
    QTest::qWait(200);
    QCOMPARE(pageRequests(4), 0);

    // Previous is not read ahead: it is asked for, and page 3 goes (one page ahead of 1 is 2).
    m_fixture.sandbox().clearRequests();
    m_page->pageBar()->previousAction()->trigger();
    QVERIFY(m_page->isLoading());
    QVERIFY(!m_page->prefetch()->isReady());
    QVERIFY(shown.wait(15000));
    QCOMPARE(m_page->model()->customerAt(0).key, firstOfPage1);
    QCOMPARE(pageRequests(1), 1);
}

void TestCustomerPrefetch::nextWaitsForPrefetchOnItsWay() {
    // Page 1 and the page fetched ahead after it are both slow to answer.
    QVERIFY(m_fixture.sandbox().queueFault(u"GET"_s, u"/v1/customers"_s, u"latency=700"_s, 2));
    QSignalSpy shown(m_page.get(), &CustomerPage::pageShown);
    m_page->setSession(m_session.get());
    QVERIFY(shown.wait(15000));
    QTRY_VERIFY(m_page->prefetch()->isRunning());

    shown.clear();
    m_page->showNextPage();
    QVERIFY(m_page->isLoading());
    // A slow answer is shown as such, as any page asked for.
    QTRY_COMPARE(m_page->banner()->state(), StateBanner::State::Loading);
    QVERIFY(shown.wait(15000));
    QCOMPARE(m_page->pageBar()->rowsLabel()->text(), u"Rows 26–50"_s);
    // The request on its way was waited for, not sent a second time.
    QCOMPARE(pageRequests(2), 1);
}

void TestCustomerPrefetch::refreshDropsPrefetchedPage() {
    QVERIFY(showFirstPageAndPrefetch(m_page.get(), m_session.get()));
    const Customer second = firstCustomerOf(2);
    QVERIFY(renameOnServer(second.key, u"Renamed Elsewhere"_s));

    // F5: page 1 again, and page 2 fetched ahead afresh.
    QSignalSpy ready(m_page->prefetch(), &CustomerPrefetch::ready);
    QSignalSpy shown(m_page.get(), &CustomerPage::pageShown);
    m_fixture.sandbox().clearRequests();
    m_page->reload();
    QVERIFY(!m_page->prefetch()->isReady());
    QVERIFY(shown.wait(15000));
    QVERIFY(ready.wait(15000));
    QCOMPARE(pageRequests(2), 1);

    m_page->showNextPage();
    QCOMPARE(shown.count(), 2);
    QCOMPARE(m_page->model()->customerAt(0).key, second.key);
    QCOMPARE(m_page->model()->customerAt(0).name, u"Renamed Elsewhere"_s);
}

void TestCustomerPrefetch::changeByTheConsoleDropsPrefetchedPage() {
    MainWindow window(m_fixture.profiles());
    window.show();
    CustomerPage *page = window.customerPage();
    m_page.reset();
    QSignalSpy ready(page->prefetch(), &CustomerPrefetch::ready);
    QSignalSpy shown(page, &CustomerPage::pageShown);
    window.setSession(m_session.get());
    QVERIFY(shown.wait(15000));
    if (ready.isEmpty())
        QVERIFY(ready.wait(15000));
    QVERIFY(page->prefetch()->isReady());

    // The console changes a customer of page 2 (the edit dialog's path ends in this signal).
    Customer changed = firstCustomerOf(2);
    QVERIFY(renameOnServer(changed.key, u"Changed Here"_s));
    changed.name = u"Changed Here"_s;
    auto *actions = window.findChild<CustomerActions *>(u"customerActions"_s);
    QVERIFY(actions);
    Q_EMIT actions->customerChanged(changed.key, changed);
    QVERIFY(!page->prefetch()->isReady());

    // Next asks the server, and shows the customer as it is now.
    m_fixture.sandbox().clearRequests();
    shown.clear();
    page->showNextPage();
    QVERIFY(page->isLoading());
    QVERIFY(shown.wait(15000));
    QCOMPARE(pageRequests(2), 1);
    QCOMPARE(page->model()->customerAt(0).key, changed.key);
    QCOMPARE(page->model()->customerAt(0).name, u"Changed Here"_s);

    // A customer deleted by the console drops the page fetched ahead too.
    QTRY_VERIFY(page->prefetch()->isReady());
    Q_EMIT actions->customerRemoved(page->model()->customerAt(1).key);
    QVERIFY(!page->prefetch()->isReady());
    window.setSession(nullptr);
}

void TestCustomerPrefetch::failedPrefetchIsNotShown() {
    QVERIFY(showFirstPageAndPrefetch(m_page.get(), m_session.get()));
    // The next request for customers, the page fetched ahead after Next, fails.
    QVERIFY(m_fixture.sandbox().queueFault(u"GET"_s, u"/v1/customers"_s, u"status=500"_s, 1));
    m_fixture.sandbox().clearRequests();
    QSignalSpy shown(m_page.get(), &CustomerPage::pageShown);
    m_page->showNextPage();
    QCOMPARE(shown.count(), 1);
    QTRY_COMPARE(pageRequests(3), 1);
    QTRY_VERIFY(!m_page->prefetch()->isRunning());
    QVERIFY(!m_page->prefetch()->isReady());
    // Nothing said about it: the person did not ask for page 3 yet.
    QCOMPARE(m_page->banner()->state(), StateBanner::State::None);
    QCOMPARE(m_page->pageBar()->rowsLabel()->text(), u"Rows 26–50"_s);

    // Next loads page 3 as usual.
    m_page->showNextPage();
    QVERIFY(m_page->isLoading());
    QVERIFY(shown.wait(15000));
    QCOMPARE(pageRequests(3), 2);
    QCOMPARE(m_page->banner()->state(), StateBanner::State::None);
    QCOMPARE(m_page->pageBar()->rowsLabel()->text(), u"Rows 51–75"_s);
}

void TestCustomerPrefetch::retryingPrefetchIsDropped() {
    QVERIFY(showFirstPageAndPrefetch(m_page.get(), m_session.get()));
    // The page fetched ahead after Next is refused with a 503: worth a retry for a page the
    // person asked for, but reading ahead does not wait it out.
    QVERIFY(m_fixture.sandbox().queueFault(u"GET"_s, u"/v1/customers"_s, u"status=503"_s, 3));
    m_fixture.sandbox().clearRequests();
    m_page->showNextPage();
    QTRY_COMPARE(pageRequests(3), 1);
    QTRY_VERIFY(!m_page->prefetch()->isRunning());
    QTest::qWait(400); // longer than the test's retry delay: no second try
    QCOMPARE(pageRequests(3), 1);
    QCOMPARE(m_page->banner()->state(), StateBanner::State::None);
}

void TestCustomerPrefetch::filterAndPageSizeDropPrefetchedPage() {
    QVERIFY(showFirstPageAndPrefetch(m_page.get(), m_session.get()));
    QSignalSpy shown(m_page.get(), &CustomerPage::pageShown);
    m_page->setPageSize(50);
    QVERIFY(!m_page->prefetch()->isReady());
    QVERIFY(shown.wait(15000));
    QTRY_VERIFY(m_page->prefetch()->isReady());
    QCOMPARE(m_page->prefetch()->page(), 2);
    m_fixture.sandbox().clearRequests();
    m_page->showNextPage();
    QCOMPARE(shown.count(), 2);
    QCOMPARE(m_page->pageBar()->rowsLabel()->text(), u"Rows 51–100"_s);
    QCOMPARE(pageRequests(2), 0);

    QTRY_VERIFY(m_page->prefetch()->isReady());
    m_page->setPartnerFilter(u"no_such_partner"_s);
    QVERIFY(!m_page->prefetch()->isReady());
    QVERIFY(m_page->isLoading());
    QVERIFY(shown.wait(15000));
    QCOMPARE(m_page->model()->rowCount(), 0);

    // A new session starts without anything read ahead for the old one.
    m_page->setSession(nullptr);
    QVERIFY(!m_page->prefetch()->isReady());
    QVERIFY(!m_page->prefetch()->isRunning());
}

QTEST_MAIN(TestCustomerPrefetch)
#include "tst_customerprefetch.moc"

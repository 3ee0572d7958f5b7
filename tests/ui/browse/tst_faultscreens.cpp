// SPDX-License-Identifier: GPL-3.0-or-later
// The screens' side of docs/fault-matrix.md: the customer table and the detail dialog under
// every fault the sandbox can inject. Each must show a sentence (never the server's page),
// keep what it showed, stay usable, and recover with Retry once the server is well again.

#include "models/customertablemodel.h"
#include "tests/ui/browse/browsetest.h"
#include "ui/browse/customerdetaildialog.h"
#include "ui/browse/customerpage.h"
#include "ui/browse/statebanner.h"
#include "ui/shell/mainwindow.h"

#include <QAbstractItemModel>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestFaultScreens final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void customerTable_data();
    void customerTable();
    void detailDialog_data() { customerTable_data(); }
    void detailDialog();

private:
    void checkBanner(StateBanner *banner, const QString &spec);

    BrowseFixture m_fixture;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestFaultScreens::initTestCase() {
    isolateSettings();
    QVERIFY2(m_fixture.start(40), qPrintable(m_fixture.sandbox().errorString()));
    m_session = m_fixture.session(ProgramKind::Affiliate);
    // Small limits keep the slow faults quick; the behaviour is the same at full size.
    m_session->client()->setTransferTimeout(700);
    m_session->client()->setDeadlines(1500, 1500);
    m_session->client()->setMaxResponseBytes(1024 * 1024);
    RetryPolicy policy = m_session->client()->retryPolicy();
    policy.maxRetries = 1;
    policy.baseDelayMs = 30;
    m_session->client()->setRetryPolicy(policy);
    m_window = std::make_unique<MainWindow>(m_fixture.profiles());
    m_window->resize(1000, 700);
    m_window->show();
    m_window->setSession(m_session.get());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->customerPage()->model()->rowCount() > 0, 15000);
}

void TestFaultScreens::init() {
    m_fixture.sandbox().clearFaults();
    const auto dialogs = m_window->detailDialogs();
    for (CustomerDetailDialog *dialog : dialogs)
        dialog->close();
    QTRY_VERIFY(m_window->detailDialogs().isEmpty());
}

void TestFaultScreens::customerTable_data() {
    QTest::addColumn<QString>("spec");
    QTest::addColumn<StateBanner::State>("state");
    using State = StateBanner::State;
    for (const QString &spec : {u"status=403"_s, u"status=404"_s, u"status=422"_s, u"status=500"_s,
                                u"status=502"_s, u"status=503"_s, u"hang"_s, u"drip=40"_s,
                                u"drop"_s, u"malformed"_s, u"html"_s, u"empty"_s, u"oversize=2"_s})
        QTest::newRow(qPrintable(spec)) << spec << State::Error;
    // A wrong key asks for a new one; a rate limit counts down to its own retry.
    QTest::newRow("status=401") << u"status=401"_s << State::SignedOut;
    QTest::newRow("status=429;retry-after=1")
        << u"status=429;retry-after=1"_s << State::RateLimited;
    QTest::newRow("status=429") << u"status=429"_s << State::RateLimited;
}

void TestFaultScreens::checkBanner(StateBanner *banner, const QString &spec) {
    const QString sentence = banner->text();
    QVERIFY2(sentence.size() > 15, qPrintable(sentence));
    QVERIFY2(!sentence.contains(u'<') && !sentence.contains(u'{'), qPrintable(sentence));
    // The way out the person needs: a new key for 401, otherwise Retry.
    if (spec == u"status=401"_s)
        QVERIFY(banner->newKeyButton()->isVisible());
    else if (banner->state() == StateBanner::State::RateLimited)
        QVERIFY(banner->secondsLeft() > 0 || banner->retryButton()->isVisible());
    else
        QTRY_VERIFY(banner->retryButton()->isVisible());
}

void TestFaultScreens::customerTable() {
    QFETCH(QString, spec);
    QFETCH(StateBanner::State, state);
    CustomerPage *page = m_window->customerPage();
    const int rowsBefore = page->model()->rowCount();
    QVERIFY(rowsBefore > 0);
    QVERIFY(m_fixture.sandbox().queueFault(u"GET"_s, u"/v1/customers"_s, spec, 5));
    page->reload();
    QTRY_COMPARE_WITH_TIMEOUT(page->banner()->state(), state, 10000);
    checkBanner(page->banner(), spec);
    QCOMPARE(page->model()->rowCount(), rowsBefore); // what was shown stays
    QVERIFY(m_window->isEnabled());

    m_fixture.sandbox().clearFaults();
    if (spec == u"status=401"_s) {
        page->reload(); // the key is fine after all: the next load works
    } else if (state == StateBanner::State::RateLimited &&
               !page->banner()->retryButton()->isVisible()) {
        // the countdown retries by itself
    } else {
        QTest::mouseClick(page->banner()->retryButton(), Qt::LeftButton);
    }
    QTRY_COMPARE_WITH_TIMEOUT(page->banner()->state(), StateBanner::State::None, 10000);
    QCOMPARE(page->model()->rowCount(), rowsBefore);
}

void TestFaultScreens::detailDialog() {
    QFETCH(QString, spec);
    QFETCH(StateBanner::State, state);
    QVERIFY(m_fixture.sandbox().queueFault(u"GET"_s, u"/v1/customers/alice_brown"_s, spec, 5));
    Customer customer;
    customer.key = u"alice_brown"_s;
    CustomerDetailDialog *dialog = m_window->openCustomer(customer);
    QVERIFY(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->banner()->state(), state, 10000);
    checkBanner(dialog->banner(), spec);
    QVERIFY(!dialog->hasLoaded());
    QVERIFY(dialog->isVisible() && dialog->isEnabled());

    m_fixture.sandbox().clearFaults();
    if (spec == u"status=401"_s) {
        dialog->close();
        QTRY_VERIFY(m_window->detailDialogs().isEmpty());
        dialog = m_window->openCustomer(customer);
    } else if (state == StateBanner::State::RateLimited &&
               !dialog->banner()->retryButton()->isVisible()) {
        // the countdown retries by itself
    } else {
        QTest::mouseClick(dialog->banner()->retryButton(), Qt::LeftButton);
    }
    QTRY_VERIFY_WITH_TIMEOUT(dialog->hasLoaded(), 10000);
    QCOMPARE(dialog->fieldText(u"name"_s), u"Alice Brown"_s);
}

QTEST_MAIN(TestFaultScreens)
#include "tst_faultscreens.moc"

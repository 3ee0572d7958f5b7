// The detail dialog against a private sandbox: every field of both kinds for the seeded
// customers alice_brown and ada_lovelace, the transactions and stats tabs, the partner and
// referring-customer links, several dialogs at once, and closing one cancelling its requests.
#include "browsetest.h"
#include "customerdetaildialog.h"
#include "customerpage.h"
#include "customertablemodel.h"
#include "linkfield.h"
#include "mainwindow.h"
#include "pagebar.h"
#include "referralservice.h"
#include "statebanner.h"
#include "statspanel.h"
#include "transactionspanel.h"
#include "transactiontablemodel.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QToolButton>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestCustomerDetail : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void affiliateFields();
    void affiliateTransactionsTab();
    void partnerLinkFiltersTheTable();
    void referralFields();
    void referralLinksCopy();
    void referralStatsTab();
    void referringCustomerLinkOpensIt();
    void sameCustomerRaisesItsDialog();
    void closingCancelsRequests();
    void unknownCustomerShowsError();
    void sessionSwitchClosesDialogs();

private:
    CustomerDetailDialog *open(Session *session, const QString &identifier);

    BrowseFixture m_fixture;
    std::unique_ptr<Session> m_affiliate;
    std::unique_ptr<Session> m_referral;
    std::unique_ptr<MainWindow> m_window;
};

void TestCustomerDetail::initTestCase() {
    isolateSettings();
    QVERIFY2(m_fixture.start(60), qPrintable(m_fixture.sandbox().errorString()));
    m_affiliate = m_fixture.session(ProgramKind::Affiliate);
    m_referral = m_fixture.session(ProgramKind::ReferAFriend);
    m_window = std::make_unique<MainWindow>(m_fixture.profiles());
    m_window->show();
}

void TestCustomerDetail::init() {
    m_fixture.sandbox().clearFaults();
    const auto dialogs = m_window->detailDialogs();
    for (CustomerDetailDialog *dialog : dialogs)
        dialog->close();
    QTRY_VERIFY(m_window->detailDialogs().isEmpty());
}

CustomerDetailDialog *TestCustomerDetail::open(Session *session, const QString &identifier) {
    if (m_window->session() != session)
        m_window->setSession(session);
    Customer customer;
    if (session->kind() == ProgramKind::ReferAFriend)
        customer.id = identifier;
    else
        customer.key = identifier;
    return m_window->openCustomer(customer);
}

void TestCustomerDetail::affiliateFields() {
    CustomerDetailDialog *dialog = open(m_affiliate.get(), u"alice_brown"_s);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal());
    QTRY_VERIFY(dialog->hasLoaded());
    QCOMPARE(dialog->banner()->state(), StateBanner::State::None);

    QCOMPARE(dialog->fieldText(u"name"_s), u"Alice Brown"_s);
    QCOMPARE(dialog->fieldText(u"email"_s), u"alice.brown@example.com"_s);
    QCOMPARE(dialog->fieldText(u"key"_s), u"alice_brown"_s);
    QCOMPARE(dialog->fieldText(u"status"_s), u"Active"_s);
    QCOMPARE(dialog->fieldText(u"partner"_s), u"partner_acme"_s);
    QCOMPARE(dialog->fieldText(u"tags"_s), u"vip"_s);
    QCOMPARE(dialog->fieldText(u"deleted"_s), u"No"_s);
    QVERIFY(!dialog->fieldText(u"created"_s).isEmpty());
    QVERIFY(dialog->fieldText(u"created"_s) != u"Not given"_s);
    QVERIFY(!dialog->fieldText(u"updated"_s).isEmpty());
    QCOMPARE(dialog->fieldNames(),
             QStringList({u"name"_s, u"email"_s, u"key"_s, u"status"_s, u"partner"_s, u"tags"_s,
                          u"created"_s, u"updated"_s, u"deleted"_s}));
    // The partner is a link, reachable from the keyboard.
    auto *partner = qobject_cast<QLabel *>(dialog->fieldWidget(u"partner"_s));
    QVERIFY(partner);
    QVERIFY(partner->textInteractionFlags() & Qt::LinksAccessibleByKeyboard);
    QVERIFY(dialog->windowTitle().contains(u"Alice Brown"_s));
    // No stats tab in affiliate programs.
    QCOMPARE(dialog->tabs()->count(), 2);
    QVERIFY(!dialog->statsPanel());
}

void TestCustomerDetail::affiliateTransactionsTab() {
    CustomerDetailDialog *dialog = open(m_affiliate.get(), u"alice_brown"_s);
    TransactionsPanel *panel = dialog->transactionsPanel();
    new QAbstractItemModelTester(panel->model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, panel);
    new QAbstractItemModelTester(panel->view()->model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, panel);
    // Nothing is read before the tab is shown.
    QVERIFY(!panel->hasLoaded());
    QCOMPARE(
        m_fixture.sandbox().countRequests(u"GET"_s, u"/v1/customers/alice_brown/transactions"_s),
        0);
    QSignalSpy shown(panel, &TransactionsPanel::pageShown);
    dialog->tabs()->setCurrentIndex(CustomerDetailDialog::TransactionsTab);
    QVERIFY(shown.wait(10000));
    QCOMPARE(panel->model()->rowCount(), 3);
    QCOMPARE(panel->pageBar()->rowsText(), u"Rows 1–3"_s);
    QVERIFY(!panel->pageBar()->nextAction()->isEnabled());
    QCOMPARE(panel->banner()->state(), StateBanner::State::None);
    for (const Transaction &transaction : panel->model()->transactions())
        QCOMPARE(transaction.customer, u"alice_brown"_s);

    // A smaller page: page 1 of 2, then page 2.
    panel->setPageSize(2);
    QVERIFY(shown.wait(10000));
    QCOMPARE(panel->model()->rowCount(), 2);
    QVERIFY(panel->pageBar()->nextAction()->isEnabled());
    panel->pageBar()->nextAction()->trigger();
    QVERIFY(shown.wait(10000));
    QCOMPARE(panel->model()->rowCount(), 1);
    QCOMPARE(panel->pageBar()->rowsText(), u"Rows 3–3"_s);
}

void TestCustomerDetail::partnerLinkFiltersTheTable() {
    m_window->setSession(nullptr);
    CustomerPage *page = m_window->customerPage();
    QSignalSpy shown(page, &CustomerPage::pageShown);
    m_window->setSession(m_affiliate.get());
    QVERIFY(shown.wait(10000)); // the first page of the new session
    CustomerDetailDialog *dialog = open(m_affiliate.get(), u"alice_brown"_s);
    QTRY_VERIFY(dialog->hasLoaded());
    auto *partner = qobject_cast<QLabel *>(dialog->fieldWidget(u"partner"_s));
    QVERIFY(partner);
    Q_EMIT partner->linkActivated(u"#partner"_s);
    QVERIFY(shown.wait(10000));
    QCOMPARE(page->query().partnerKey, u"partner_acme"_s);
    QCOMPARE(page->partnerKeyEdit()->text(), u"partner_acme"_s);
    for (const Customer &customer : page->model()->customers())
        QCOMPARE(customer.partner, u"partner_acme"_s);
    page->clearFilters();
    QVERIFY(shown.wait(10000));
}

void TestCustomerDetail::referralFields() {
    CustomerDetailDialog *dialog = open(m_referral.get(), u"ada_lovelace"_s);
    QTRY_VERIFY(dialog->hasLoaded());
    QCOMPARE(dialog->fieldText(u"name"_s), u"Ada Lovelace"_s);
    QCOMPARE(dialog->fieldText(u"email"_s), u"ada@example.com"_s);
    QCOMPARE(dialog->fieldText(u"id"_s), u"ada_lovelace"_s);
    QCOMPARE(dialog->fieldText(u"status"_s), u"Active"_s);
    QCOMPARE(dialog->fieldText(u"approved"_s), u"Yes"_s);
    QCOMPARE(dialog->fieldText(u"referredBy"_s), u"Nobody (joined without a referral)"_s);
    QCOMPARE(dialog->fieldText(u"referrals"_s), u"2"_s);
    QCOMPARE(dialog->fieldText(u"dateOfBirth"_s), u"1815-12-10"_s);
    QCOMPARE(dialog->fieldText(u"customFields"_s), u"None"_s);
    QVERIFY2(dialog->fieldText(u"referralLink"_s).contains(u"ADA1815"_s),
             qPrintable(dialog->fieldText(u"referralLink"_s)));
    QVERIFY(!dialog->fieldText(u"referralLinks"_s).isEmpty());
    QVERIFY(dialog->fieldText(u"referralLinks"_s).contains(dialog->fieldText(u"referralLink"_s)));
    QVERIFY(!dialog->fieldText(u"created"_s).isEmpty());
    const QStringList names = dialog->fieldNames();
    for (const QString &field : {u"partner"_s, u"tags"_s, u"deleted"_s})
        QVERIFY2(!names.contains(field), qPrintable(field));
    for (const QString &field : {u"metadata"_s, u"customFields"_s, u"updated"_s})
        QVERIFY2(names.contains(field), qPrintable(field));
    QCOMPARE(dialog->tabs()->count(), 3);
    QVERIFY(dialog->statsPanel());
}

void TestCustomerDetail::referralLinksCopy() {
    CustomerDetailDialog *dialog = open(m_referral.get(), u"ada_lovelace"_s);
    QTRY_VERIFY(dialog->hasLoaded());
    auto *link = qobject_cast<LinkField *>(dialog->fieldWidget(u"referralLink"_s));
    QVERIFY(link);
    QVERIFY(link->openButton()->isEnabled());
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(link->copyButton(), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), dialog->fieldText(u"referralLink"_s));
    // Every link of "All referral links" has its own Copy and Open.
    const auto all = dialog->fieldWidget(u"referralLinks"_s)->findChildren<LinkField *>();
    QCOMPARE(all.size(), dialog->customer().referralLinks.size());
}

void TestCustomerDetail::referralStatsTab() {
    CustomerDetailDialog *dialog = open(m_referral.get(), u"ada_lovelace"_s);
    StatsPanel *stats = dialog->statsPanel();
    QVERIFY(stats);
    QSignalSpy shown(stats, &StatsPanel::statsShown);
    dialog->tabs()->setCurrentIndex(CustomerDetailDialog::StatsTab);
    QVERIFY(shown.wait(10000));
    QCOMPARE(stats->valueText(u"referrals"_s), u"2"_s);
    bool ok = false;
    QVERIFY(stats->valueText(u"clicks"_s).remove(u',').toInt(&ok) >= 0 && ok);
    // Values the console has no name for are shown as the server sent them.
    QCOMPARE(stats->valueText(u"signups"_s), u"2"_s);
    QVERIFY(!stats->valueText(u"revenue.USD"_s).isEmpty());
    // Share links, each with Copy.
    const auto links = stats->findChildren<LinkField *>();
    QCOMPARE(links.size(), 5);
    for (LinkField *link : links) {
        QVERIFY2(link->url().contains(u"ADA1815"_s), qPrintable(link->url()));
        QVERIFY2(link->openButton()->isEnabled(), qPrintable(link->url()));
    }
}

void TestCustomerDetail::referringCustomerLinkOpensIt() {
    // One of Ada's direct referrals.
    const auto referrals = awaitResult<Page<Customer>>([this](auto done) {
        return m_referral->referrals()->referrals(u"ada_lovelace"_s, 5, 1, this, done);
    });
    QVERIFY(referrals && referrals->ok());
    QVERIFY(!referrals->value().items.isEmpty());
    const Customer child = referrals->value().items.first();

    CustomerDetailDialog *dialog = open(m_referral.get(), child.id);
    QTRY_VERIFY(dialog->hasLoaded());
    QVERIFY2(dialog->fieldText(u"referredBy"_s).startsWith(u"Ada Lovelace"_s),
             qPrintable(dialog->fieldText(u"referredBy"_s)));
    auto *referrer = qobject_cast<QLabel *>(dialog->fieldWidget(u"referredBy"_s));
    QVERIFY(referrer);
    Q_EMIT referrer->linkActivated(u"#referrer"_s);
    // Several dialogs at once: the child's and Ada's.
    QTRY_COMPARE(m_window->detailDialogs().size(), 2);
    CustomerDetailDialog *ada = m_window->detailDialogs().at(1);
    QCOMPARE(ada->identifier(), u"ada_lovelace"_s);
    QTRY_VERIFY(ada->hasLoaded());
    QCOMPARE(ada->fieldText(u"email"_s), u"ada@example.com"_s);
    QVERIFY(dialog->isVisible());
}

void TestCustomerDetail::sameCustomerRaisesItsDialog() {
    CustomerDetailDialog *first = open(m_affiliate.get(), u"alice_brown"_s);
    CustomerDetailDialog *again = open(m_affiliate.get(), u"alice_brown"_s);
    QCOMPARE(again, first);
    QCOMPARE(m_window->detailDialogs().size(), 1);
}

void TestCustomerDetail::closingCancelsRequests() {
    m_window->setSession(m_affiliate.get());
    QTRY_COMPARE(m_affiliate->client()->callsInFlight(), 0);
    // The answer would take far longer than the test waits.
    QVERIFY(m_fixture.sandbox().queueFault(u"GET"_s, u"/v1/customers/alice_brown"_s,
                                           u"latency=30000"_s, 1));
    QPointer<CustomerDetailDialog> dialog = open(m_affiliate.get(), u"alice_brown"_s);
    QTRY_COMPARE(m_affiliate->client()->callsInFlight(), 1);
    QTRY_COMPARE(dialog->banner()->state(), StateBanner::State::Loading);
    dialog->close();
    QTRY_VERIFY(!dialog);
    QTRY_COMPARE(m_affiliate->client()->callsInFlight(), 0);
    m_fixture.sandbox().clearFaults();
}

void TestCustomerDetail::unknownCustomerShowsError() {
    CustomerDetailDialog *dialog = open(m_affiliate.get(), u"no_such_customer"_s);
    QTRY_COMPARE(dialog->banner()->state(), StateBanner::State::Error);
    QVERIFY(!dialog->hasLoaded());
    QVERIFY(dialog->banner()->retryButton()->isVisible());
    // What it was opened with stays.
    QCOMPARE(dialog->fieldText(u"key"_s), u"no_such_customer"_s);
}

void TestCustomerDetail::sessionSwitchClosesDialogs() {
    QPointer<CustomerDetailDialog> dialog = open(m_affiliate.get(), u"alice_brown"_s);
    QVERIFY(dialog);
    m_window->setSession(m_referral.get());
    QTRY_VERIFY(!dialog);
    QVERIFY(m_window->detailDialogs().isEmpty());
}

QTEST_MAIN(TestCustomerDetail)
#include "tst_customerdetail.moc"

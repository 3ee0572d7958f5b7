// SPDX-License-Identifier: GPL-3.0-or-later
// The detail dialog against a private sandbox: every field of both kinds for the seeded
// customers alice_brown and ada_lovelace, the transactions, stats and balance tabs, the change
// buttons by kind and status, the partner and referring-customer links, several dialogs at
// once, and closing one cancelling its requests.
#include "app/api/referralservice.h"
#include "models/customertablemodel.h"
#include "models/transactiontablemodel.h"
#include "tests/ui/browse/browsetest.h"
#include "ui/browse/customerdetaildialog.h"
#include "ui/browse/customerpage.h"
#include "ui/browse/linkfield.h"
#include "ui/browse/pagebar.h"
#include "ui/browse/statebanner.h"
#include "ui/browse/transactionspanel.h"
#include "ui/referral/balancewidget.h"
#include "ui/referral/statswidget.h"
#include "ui/shell/mainwindow.h"

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
    void referralBalanceTab();
    void changeButtonsByKindAndStatus();
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
    // No stats or balance tab in affiliate programs.
    QCOMPARE(dialog->tabs()->count(), 2);
    QVERIFY(!dialog->statsWidget());
    QVERIFY(!dialog->balanceWidget());
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
    QCOMPARE(dialog->tabs()->count(), 4);
    QCOMPARE(dialog->tabs()->tabText(CustomerDetailDialog::StatsTab), u"&Stats"_s);
    QCOMPARE(dialog->tabs()->tabText(CustomerDetailDialog::BalanceTab), u"&Balance"_s);
    QVERIFY(dialog->statsWidget());
    QVERIFY(dialog->balanceWidget());
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
    StatsWidget *stats = dialog->statsWidget();
    QVERIFY(stats);
    QCOMPARE(stats->identifier(), u"ada_lovelace"_s);
    QSignalSpy loaded(stats, &StatsWidget::statsLoaded);
    // Loads when the tab is shown, not before.
    QVERIFY(!stats->hasStats());
    dialog->tabs()->setCurrentIndex(CustomerDetailDialog::StatsTab);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(stats->findChild<QLabel *>(u"statsReferrals"_s)->text(), u"2"_s);
    bool ok = false;
    QVERIFY(stats->findChild<QLabel *>(u"statsClicks"_s)->text().remove(u',').toInt(&ok) >= 0 &&
            ok);
    // Values the console has no name for are shown, labelled from their names.
    QVERIFY(stats->rows().contains(qMakePair(u"Sign-ups"_s, u"2"_s)));
    // The painted chart is there, with the counts.
    QVERIFY(stats->findChild<QWidget *>(u"statsChart"_s)->isVisible());
    QVERIFY(stats->chartValues().size() >= 2);
    // Share links, each with its URL.
    QCOMPARE(stats->shareLinks().size(), 5);
    for (const auto &link : stats->shareLinks())
        QVERIFY2(link.second.contains(u"ADA1815"_s), qPrintable(link.second));
    // F5 reads the open tab again.
    QSignalSpy again(stats, &StatsWidget::statsLoaded);
    dialog->refresh();
    QVERIFY(again.wait(10000));
}

void TestCustomerDetail::referralBalanceTab() {
    CustomerDetailDialog *dialog = open(m_referral.get(), u"ada_lovelace"_s);
    BalanceWidget *balance = dialog->balanceWidget();
    QVERIFY(balance);
    QSignalSpy loaded(balance, &BalanceWidget::balanceLoaded);
    dialog->tabs()->setCurrentIndex(CustomerDetailDialog::BalanceTab);
    QVERIFY(loaded.wait(10000));
    // Ada is rewarded in US dollars.
    bool dollars = false;
    for (const QString &amount : balance->shownAmounts())
        dollars = dollars || amount.contains(u'$');
    QVERIFY2(dollars, qPrintable(balance->shownAmounts().join(u" | "_s)));
    // Shown again: read again (a credit made elsewhere must show).
    dialog->tabs()->setCurrentIndex(CustomerDetailDialog::DetailsTab);
    QSignalSpy again(balance, &BalanceWidget::balanceLoaded);
    dialog->tabs()->setCurrentIndex(CustomerDetailDialog::BalanceTab);
    QVERIFY(again.wait(10000));
    // The window answers "Credit balance…": the button is there.
    QVERIFY(dialog->actionButton(u"credit"_s));
    QVERIFY(dialog->actionButton(u"credit"_s)->isVisible());
}

void TestCustomerDetail::changeButtonsByKindAndStatus() {
    const auto visible = [](CustomerDetailDialog *dialog) {
        QStringList names;
        for (const QString &name : {u"edit"_s, u"suspend"_s, u"approve"_s, u"archive"_s,
                                    u"restore"_s, u"delete"_s, u"showInTree"_s}) {
            QPushButton *button = dialog->actionButton(name);
            if (button && button->isVisible())
                names.append(name);
        }
        return names;
    };
    CustomerDetailDialog *alice = open(m_affiliate.get(), u"alice_brown"_s);
    QTRY_VERIFY(alice->hasLoaded());
    QCOMPARE(alice->fieldText(u"status"_s), u"Active"_s);
    QCOMPARE(visible(alice), QStringList({u"edit"_s, u"suspend"_s, u"delete"_s}));
    // The status as the window reports it after a change: the buttons follow.
    Customer suspended = alice->customer();
    suspended.status = u"suspended"_s;
    alice->setCustomer(suspended);
    QCOMPARE(alice->fieldText(u"status"_s), u"Suspended"_s);
    QCOMPARE(visible(alice), QStringList({u"edit"_s, u"approve"_s, u"delete"_s}));
    alice->close();

    CustomerDetailDialog *ada = open(m_referral.get(), u"ada_lovelace"_s);
    QTRY_VERIFY(ada->hasLoaded());
    QCOMPARE(visible(ada), QStringList({u"edit"_s, u"archive"_s, u"delete"_s, u"showInTree"_s}));
    Customer archived = ada->customer();
    archived.status = u"archived"_s;
    ada->setCustomer(archived);
    QCOMPARE(visible(ada), QStringList({u"edit"_s, u"restore"_s, u"delete"_s, u"showInTree"_s}));

    // A dialog used alone (no window's actions) shows no change buttons at all.
    CustomerDetailDialog alone(m_referral.get(), ada->customer());
    alone.show();
    QVERIFY(visible(&alone).isEmpty());
    QVERIFY(!alone.actionButton(u"credit"_s)->isVisible());
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

// SPDX-License-Identifier: GPL-3.0-or-later
// The main window with everything wired in, against a private sandbox: a change made from the
// table's actions reaches the row and an open detail dialog without reloading the page, Undo
// brings it back, a delete from the detail dialog removes the row and closes the dialog, the
// referral tree exists only for refer-a-friend programs and "Show in tree" reveals a customer
// six levels down, and the Balance tab shows a credit made through the credit form.
#include "app/api/referralservice.h"
#include "app/journal/journal.h"
#include "models/customertablemodel.h"
#include "models/referraltreemodel.h"
#include "tests/ui/browse/browsetest.h"
#include "ui/browse/customerdetaildialog.h"
#include "ui/browse/customerpage.h"
#include "ui/changes/customeractions.h"
#include "ui/changes/deletecustomerdialog.h"
#include "ui/referral/balancewidget.h"
#include "ui/referral/referraltreepage.h"
#include "ui/rewards/creditdialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/messagebox.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

namespace {

template <typename T> T *child(QObject *parent, const char *name) {
    return parent->findChild<T *>(QLatin1String(name));
}

double amountIn(const Balance &balance, const QString &units) {
    for (const BalanceEntry &entry : balance.entries) {
        if (entry.amountUnits.compare(units, Qt::CaseInsensitive) == 0)
            return entry.amount;
    }
    return 0;
}

} // namespace

class TestIntegration : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void suspendUpdatesRowAndDialogWithoutReload();
    void deleteFromDialogRemovesRowAndClosesIt();
    void treeTabOnlyForReferAFriend();
    void showInTreeRevealsDeepCustomer();
    void balanceTabShowsDollars();
    void creditReloadsBalanceTab();

private:
    // A session of `kind` with the journal, shown in a fresh window; waits for page 1.
    bool connectWindow(ProgramKind kind);
    std::unique_ptr<Session> makeSession(ProgramKind kind);
    // Selects the table row of `identifier` (on the page shown).
    bool selectRow(const QString &identifier);
    CustomerDetailDialog *openDialog(const QString &identifier);
    int listReads() {
        return int(loggedQueries(m_fixture.sandbox(), u"GET"_s, u"/v1/customers"_s).size());
    }
    std::optional<Balance> serverBalance(const QString &id);

    BrowseFixture m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestIntegration::initTestCase() {
    isolateSettings();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(m_fixture.start(60), qPrintable(m_fixture.sandbox().errorString()));
}

void TestIntegration::init() {
    QVERIFY(m_fixture.sandbox().reset());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_journal = std::make_unique<Journal>(m_dir->filePath(u"journal.jsonl"_s));
}

void TestIntegration::cleanup() {
    m_window.reset();
    m_session.reset();
    m_journal.reset();
    m_dir.reset();
}

std::unique_ptr<Session> TestIntegration::makeSession(ProgramKind kind) {
    const QString name = kind == ProgramKind::Affiliate ? u"Affiliate"_s : u"Referral"_s;
    const QString key = kind == ProgramKind::Affiliate ? m_fixture.sandbox().affiliateKey()
                                                       : m_fixture.sandbox().referralKey();
    auto session =
        std::make_unique<Session>(m_fixture.profile(kind, name), key, m_journal.get(), nullptr);
    session->client()->setTransferTimeout(10000);
    return session;
}

bool TestIntegration::connectWindow(ProgramKind kind) {
    m_window = std::make_unique<MainWindow>(m_fixture.profiles());
    m_window->resize(1200, 700);
    m_window->show();
    m_session = makeSession(kind);
    QSignalSpy shown(m_window->customerPage(), &CustomerPage::pageShown);
    m_window->setSession(m_session.get());
    return shown.wait(10000) && m_window->customerActions();
}

bool TestIntegration::selectRow(const QString &identifier) {
    CustomerPage *page = m_window->customerPage();
    const int row = page->model()->rowOfIdentifier(identifier);
    if (row < 0)
        return false;
    const QModelIndex shown = page->proxyModel()->mapFromSource(page->model()->index(row, 0));
    page->view()->selectionModel()->select(shown, QItemSelectionModel::ClearAndSelect |
                                                      QItemSelectionModel::Rows);
    page->view()->setCurrentIndex(shown);
    return page->selectedCustomers().size() == 1 &&
           page->selectedCustomers().first().identifier() == identifier;
}

CustomerDetailDialog *TestIntegration::openDialog(const QString &identifier) {
    Customer customer;
    if (m_session->kind() == ProgramKind::ReferAFriend)
        customer.id = identifier;
    else
        customer.key = identifier;
    CustomerDetailDialog *dialog = m_window->openCustomer(customer);
    if (dialog && !QTest::qWaitFor([dialog] { return dialog->hasLoaded(); }, 10000))
        return nullptr;
    return dialog;
}

std::optional<Balance> TestIntegration::serverBalance(const QString &id) {
    const auto result = awaitResult<Balance>(
        [&](auto done) { return m_session->referrals()->balance(id, this, done); });
    if (!result || !result->ok())
        return std::nullopt;
    return result->value();
}

void TestIntegration::suspendUpdatesRowAndDialogWithoutReload() {
    QVERIFY(connectWindow(ProgramKind::Affiliate));
    const QString alice = u"alice_brown"_s;
    CustomerDetailDialog *dialog = openDialog(alice);
    QVERIFY(dialog);
    QCOMPARE(dialog->fieldText(u"status"_s), u"Active"_s);
    QVERIFY(dialog->actionButton(u"suspend"_s)->isVisible());
    QVERIFY(selectRow(alice));
    CustomerActions *actions = m_window->customerActions();
    QVERIFY(actions->suspendAction()->isEnabled());
    QVERIFY(!m_window->undoButton()->isVisible());

    CustomerTableModel *model = m_window->customerPage()->model();
    const int readsBefore = listReads();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    actions->suspendAction()->trigger();
    QTRY_COMPARE(model->customerAt(model->rowOfIdentifier(alice)).status, u"suspended"_s);
    // The open dialog shows it too, with the buttons of the new status.
    QTRY_COMPARE(dialog->fieldText(u"status"_s), u"Suspended"_s);
    QVERIFY(dialog->actionButton(u"approve"_s)->isVisible());
    QVERIFY(!dialog->actionButton(u"suspend"_s)->isVisible());
    // The status bar says it and offers the undo.
    QTRY_VERIFY(m_window->undoButton()->isVisible());
    QCOMPARE(m_window->undoButton()->text(), u"Undo suspend of Alice Brown"_s);
    QCOMPARE(m_window->requestStateLabel()->text(), u"Alice Brown suspended."_s);
    // Nothing was read again as a page.
    QCOMPARE(listReads(), readsBefore);

    // Undo (the status bar's button): approved again, without a question, row and dialog.
    QTest::mouseClick(m_window->undoButton(), Qt::LeftButton);
    QTRY_COMPARE(model->customerAt(model->rowOfIdentifier(alice)).status, u"active"_s);
    QTRY_COMPARE(dialog->fieldText(u"status"_s), u"Active"_s);
    QVERIFY(!m_window->undoButton()->isVisible());
    QCOMPARE(listReads(), readsBefore);
    // The server agrees.
    const auto server = awaitResult<Customer>(
        [&](auto done) { return m_session->customers()->get(alice, this, done); });
    QVERIFY(server && server->ok());
    QCOMPARE(server->value().status, u"active"_s);
}

void TestIntegration::deleteFromDialogRemovesRowAndClosesIt() {
    QVERIFY(connectWindow(ProgramKind::Affiliate));
    CustomerTableModel *model = m_window->customerPage()->model();
    const int rowsBefore = model->rowCount();
    const QString victim = model->customerAt(3).identifier();
    QPointer<CustomerDetailDialog> dialog = openDialog(victim);
    QVERIFY(dialog);
    const int readsBefore = listReads();

    QTest::mouseClick(dialog->actionButton(u"delete"_s), Qt::LeftButton);
    auto *confirm = dialog->findChild<DeleteCustomerDialog *>();
    QVERIFY(confirm);
    QVERIFY(!confirm->deleteButton()->isEnabled());
    QTest::keyClicks(confirm->confirmEdit(), confirm->confirmationText());
    QVERIFY(confirm->deleteButton()->isEnabled());
    QTest::mouseClick(confirm->deleteButton(), Qt::LeftButton);

    QTRY_VERIFY(!dialog);
    QCOMPARE(model->rowOfIdentifier(victim), -1);
    QCOMPARE(model->rowCount(), rowsBefore - 1);
    QVERIFY(m_window->detailDialogs().isEmpty());
    QCOMPARE(listReads(), readsBefore);
    const auto server = awaitResult<Customer>(
        [&](auto done) { return m_session->customers()->get(victim, this, done); });
    QVERIFY(server);
    QVERIFY(!server->ok());
    QCOMPARE(server->error().kind, ApiError::Kind::NotFound);
}

void TestIntegration::treeTabOnlyForReferAFriend() {
    QVERIFY(connectWindow(ProgramKind::Affiliate));
    QCOMPARE(m_window->tabs()->count(), 2);
    QVERIFY(!m_window->referralTreePage());
    QVERIFY(!m_window->showInTreeAction()->isVisible());
    QVERIFY(!m_window->creditAction()->isVisible());

    auto referral = makeSession(ProgramKind::ReferAFriend);
    QSignalSpy shown(m_window->customerPage(), &CustomerPage::pageShown);
    m_window->setSession(referral.get());
    QVERIFY(shown.wait(10000));
    QCOMPARE(m_window->tabs()->count(), 3);
    QVERIFY(m_window->referralTreePage());
    QCOMPARE(m_window->tabs()->tabText(1), u"Referral tree"_s);
    QVERIFY(m_window->showInTreeAction()->isVisible());

    // Ctrl+2 shows the tree, which loads its roots once in sight; Ctrl+1 goes back.
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_2));
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->referralTreePage());
    ReferralTreeModel *tree = m_window->referralTreePage()->model();
    QTRY_COMPARE(tree->customerAt(tree->index(0, 0)).identifier(), u"ada_lovelace"_s);
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_1));
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->customerPage());

    // Back to affiliate: the tree goes with the session.
    QPointer<ReferralTreePage> page = m_window->referralTreePage();
    m_window->setSession(m_session.get());
    QCOMPARE(m_window->tabs()->count(), 2);
    QTRY_VERIFY(!page);
    m_window->setSession(nullptr);
}

void TestIntegration::showInTreeRevealsDeepCustomer() {
    QVERIFY(connectWindow(ProgramKind::ReferAFriend));
    // The bottom of Grace Hopper's chain: five referrals below her.
    QStringList chain{u"grace_hopper"_s};
    while (chain.size() < 6) {
        const auto page = awaitResult<Page<Customer>>([&](auto done) {
            return m_session->referrals()->referrals(chain.constLast(), 5, 1, this, done);
        });
        QVERIFY(page && page->ok());
        QVERIFY2(!page->value().items.isEmpty(), qPrintable(chain.constLast()));
        chain.append(page->value().items.first().identifier());
    }
    const QString deepest = chain.constLast();

    CustomerDetailDialog *dialog = openDialog(deepest);
    QVERIFY(dialog);
    QPushButton *show = dialog->actionButton(u"showInTree"_s);
    QVERIFY(show && show->isVisible());
    ReferralTreePage *page = m_window->referralTreePage();
    QSignalSpy shown(page, &ReferralTreePage::customerShown);
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(m_window->tabs()->currentWidget(), page);
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 20000);

    // Selected, with every referrer above it expanded, Grace at the top.
    QTreeView *view = page->view();
    QModelIndex at = view->currentIndex();
    QCOMPARE(page->model()->customerAt(at).identifier(), deepest);
    QStringList path;
    for (; at.isValid(); at = at.parent()) {
        path.prepend(page->model()->customerAt(at).identifier());
        if (at != view->currentIndex())
            QVERIFY2(view->isExpanded(at), qPrintable(path.constFirst()));
    }
    QCOMPARE(path, chain);

    // The Customer menu's "Show in tree" acts on the table's row the same way.
    m_window->customersTabAction()->trigger();
    QVERIFY(selectRow(u"ada_lovelace"_s));
    QVERIFY(m_window->showInTreeAction()->isEnabled());
    m_window->showInTreeAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 2, 20000);
    QCOMPARE(page->model()->customerAt(view->currentIndex()).identifier(), u"ada_lovelace"_s);

    // Enter on a tree row opens that customer's details.
    dialog->close();
    QTRY_VERIFY(m_window->detailDialogs().isEmpty());
    Q_EMIT view->activated(view->currentIndex());
    QCOMPARE(m_window->detailDialogs().size(), 1);
    QCOMPARE(m_window->detailDialogs().first()->identifier(), u"ada_lovelace"_s);
}

void TestIntegration::balanceTabShowsDollars() {
    QVERIFY(connectWindow(ProgramKind::ReferAFriend));
    const auto server = serverBalance(u"ada_lovelace"_s);
    QVERIFY(server);
    const double usd = amountIn(*server, u"USD"_s);
    QVERIFY(usd > 0);

    CustomerDetailDialog *dialog = openDialog(u"ada_lovelace"_s);
    QVERIFY(dialog);
    BalanceWidget *balance = dialog->balanceWidget();
    QVERIFY(balance);
    QSignalSpy loaded(balance, &BalanceWidget::balanceLoaded);
    dialog->tabs()->setCurrentIndex(CustomerDetailDialog::BalanceTab);
    QVERIFY(loaded.wait(10000));
    QVERIFY2(balance->shownAmounts().contains(BalanceWidget::formatAmount(usd, u"USD"_s, true)),
             qPrintable(balance->shownAmounts().join(u" | "_s)));
    QVERIFY(balance->shownAmounts().join(QString()).contains(u'$'));
}

void TestIntegration::creditReloadsBalanceTab() {
    QVERIFY(connectWindow(ProgramKind::ReferAFriend));
    const auto before = serverBalance(u"ada_lovelace"_s);
    QVERIFY(before);
    const double usdBefore = amountIn(*before, u"USD"_s);

    CustomerDetailDialog *dialog = openDialog(u"ada_lovelace"_s);
    QVERIFY(dialog);
    BalanceWidget *balance = dialog->balanceWidget();
    QSignalSpy loaded(balance, &BalanceWidget::balanceLoaded);
    dialog->tabs()->setCurrentIndex(CustomerDetailDialog::BalanceTab);
    QVERIFY(loaded.wait(10000));

    // The Balance tab's button opens the credit form over the dialog.
    QPushButton *creditButton = dialog->actionButton(u"credit"_s);
    QVERIFY(creditButton && creditButton->isVisible());
    QTest::mouseClick(creditButton, Qt::LeftButton);
    auto *credit = dialog->findChild<CreditDialog *>();
    QVERIFY(credit);
    QCOMPARE(credit->customer().identifier(), u"ada_lovelace"_s);
    QTRY_COMPARE(credit->stage(), CreditDialog::Stage::Form);
    auto *units = child<QComboBox>(credit, "unitsCombo");
    units->setCurrentIndex(units->findData(u"USD"_s));
    QTest::keyClicks(child<QLineEdit>(credit, "amountEdit"), u"7.25"_s);
    QTest::keyClicks(child<QLineEdit>(credit, "reasonEdit"), u"Integration test"_s);
    QTest::mouseClick(child<QPushButton>(credit, "reviewButton"), Qt::LeftButton);
    QCOMPARE(credit->stage(), CreditDialog::Stage::Confirm);
    auto *confirm = child<QPushButton>(credit, "confirmButton");
    QTRY_VERIFY(confirm->isEnabled());
    loaded.clear();
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_COMPARE(credit->stage(), CreditDialog::Stage::Done);

    // The tab read the balance again by itself and shows the new amount.
    QTRY_VERIFY(!loaded.isEmpty());
    const QString expected = BalanceWidget::formatAmount(usdBefore + 7.25, u"USD"_s, true);
    QTRY_VERIFY2(balance->shownAmounts().contains(expected),
                 qPrintable(balance->shownAmounts().join(u" | "_s) + u" ≠ "_s + expected));
    const auto after = serverBalance(u"ada_lovelace"_s);
    QVERIFY(after);
    QCOMPARE(amountIn(*after, u"USD"_s), usdBefore + 7.25);
    credit->close();
}

QTEST_MAIN(TestIntegration)
#include "tst_integration.moc"

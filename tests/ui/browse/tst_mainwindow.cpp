// SPDX-License-Identifier: GPL-3.0-or-later
// The main window against a private sandbox: the status bar, the signed-out state's way to a
// new key, the menus' signals, the keyboard, the column layout per profile and kind, TSV on
// Ctrl+C, the window's geometry, and a session replaced or deleted under it.
#include "models/customertablemodel.h"
#include "models/referraltreemodel.h"
#include "tests/ui/browse/browsetest.h"
#include "ui/browse/customerdetaildialog.h"
#include "ui/browse/customerpage.h"
#include "ui/browse/linkfield.h"
#include "ui/browse/pagebar.h"
#include "ui/browse/statebanner.h"
#include "ui/changes/customeractions.h"
#include "ui/referral/referraltreepage.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/shortcutsdialog.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTcpServer>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void notConnectedWithoutSession();
    void statusBarShowsConnection();
    void unknownKindWaitsForTheServer();
    void rateLimitCountsDownInStatusBar();
    void signedOutAsksForNewKey();
    void menusEmitTheirSignals();
    void keyboardReachesEverything();
    void ctrlCCopiesSelectedRows();
    void everyShortcutIsListed();
    void customerMenuPerKind();
    void toolBarShowsEveryActionAtDefaultSize();
    void failedConnectionIsNotConnecting();
    void treeOffersTheChangeActions();
    void referralLinkCopiedFromTheKeyboard();
    void columnsRememberedPerProfileAndKind();
    void sessionReplacedReloadsForItsKind();
    void sessionDeletedUnderTheWindow();
    void geometryRemembered();

private:
    QAction *menuAction(MainWindow &window, const QString &objectName);
    bool waitForPage(MainWindow &window);

    BrowseFixture m_fixture;
    std::unique_ptr<Session> m_affiliate;
    std::unique_ptr<Session> m_referral;
};

void TestMainWindow::initTestCase() {
    isolateSettings();
    QVERIFY2(m_fixture.start(80), qPrintable(m_fixture.sandbox().errorString()));
    m_affiliate = m_fixture.session(ProgramKind::Affiliate);
    m_referral = m_fixture.session(ProgramKind::ReferAFriend);
}

QAction *TestMainWindow::menuAction(MainWindow &window, const QString &objectName) {
    return window.findChild<QAction *>(objectName);
}

bool TestMainWindow::waitForPage(MainWindow &window) {
    QSignalSpy shown(window.customerPage(), &CustomerPage::pageShown);
    return shown.wait(10000);
}

void TestMainWindow::notConnectedWithoutSession() {
    MainWindow window(m_fixture.profiles());
    window.show();
    QCOMPARE(window.session(), nullptr);
    QCOMPARE(window.connectionLabel()->text(), u"Not connected"_s);
    QVERIFY(!window.lookupEdit()->isEnabled());
    QCOMPARE(window.customerPage()->banner()->state(), StateBanner::State::Empty);
    QVERIFY(window.customerPage()->banner()->text().contains(u"Not connected"_s));
}

void TestMainWindow::statusBarShowsConnection() {
    MainWindow window(m_fixture.profiles());
    window.show();
    const QString host = u"127.0.0.1:%1"_s.arg(m_fixture.sandbox().baseUrl().port());
    QSignalSpy shown(window.customerPage(), &CustomerPage::pageShown);
    window.setSession(m_affiliate.get());
    QCOMPARE(window.connectionLabel()->text(), u"Connecting to %1…"_s.arg(host));
    QVERIFY(window.windowTitle().contains(m_affiliate->profile().name));
    QVERIFY(shown.wait(10000));
    QCOMPARE(window.requestStateLabel()->text(), u"Page 1: Rows 1–25."_s);

    m_affiliate->connectToServer();
    QTRY_VERIFY(m_affiliate->isConnected());
    const QString text = window.connectionLabel()->text();
    QVERIFY2(text.startsWith(u"Connected to "_s), qPrintable(text));
    QVERIFY2(text.endsWith(u" (Affiliate) at "_s + host), qPrintable(text));
    QVERIFY2(text.contains(m_affiliate->programInfo().name), qPrintable(text));
}

void TestMainWindow::unknownKindWaitsForTheServer() {
    // A profile that leaves the kind to detection: the columns wait for the server's answer.
    Session detecting(m_fixture.profile(ProgramKind::Unknown, u"Detect"_s),
                      m_fixture.sandbox().referralKey(), nullptr);
    MainWindow window(m_fixture.profiles());
    window.show();
    m_fixture.sandbox().clearRequests();
    window.setSession(&detecting);
    CustomerPage *page = window.customerPage();
    QCOMPARE(page->programKind(), ProgramKind::Unknown);
    QCOMPARE(page->requestState(), u"Connecting…"_s);
    QCOMPARE(m_fixture.sandbox().countRequests(u"GET"_s, u"/v1/customers"_s), 0);
    QSignalSpy shown(page, &CustomerPage::pageShown);
    detecting.connectToServer();
    QVERIFY(shown.wait(10000));
    QCOMPARE(page->programKind(), ProgramKind::ReferAFriend);
    QCOMPARE(page->model()->headerData(0, Qt::Horizontal).toString(), u"ID"_s);
    QVERIFY(window.connectionLabel()->text().contains(u"(Refer-a-friend)"_s));
    QCOMPARE(shown.count(), 1);
    window.setSession(nullptr);
}

void TestMainWindow::rateLimitCountsDownInStatusBar() {
    MainWindow window(m_fixture.profiles());
    window.show();
    window.setSession(m_affiliate.get());
    QVERIFY(waitForPage(window));
    QVERIFY(!window.rateLimitLabel()->isVisible());
    QVERIFY(m_fixture.sandbox().queueFault(u"GET"_s, u"/v1/customers"_s,
                                           u"status=429;retry-after=2"_s, 1));
    QSignalSpy shown(window.customerPage(), &CustomerPage::pageShown);
    window.refreshAction()->trigger();
    QTRY_VERIFY(window.rateLimitLabel()->isVisible());
    QVERIFY2(window.rateLimitLabel()->text().startsWith(u"Rate limited: waiting "_s),
             qPrintable(window.rateLimitLabel()->text()));
    // Counted down once: the request's own line says what happens, not the seconds again.
    QVERIFY2(!window.requestStateLabel()->text().contains(u"second"_s),
             qPrintable(window.requestStateLabel()->text()));
    QVERIFY(!shown.isEmpty() || shown.wait(10000));
    // The countdown runs out and the label goes.
    QTRY_VERIFY_WITH_TIMEOUT(!window.rateLimitLabel()->isVisible(), 8000);
}

void TestMainWindow::signedOutAsksForNewKey() {
    auto wrong = m_fixture.session(ProgramKind::Affiliate, u"revoked-key"_s);
    MainWindow window(m_fixture.profiles());
    window.show();
    QSignalSpy newKey(&window, &MainWindow::newKeyRequested);
    window.setSession(wrong.get());
    StateBanner *banner = window.customerPage()->banner();
    QTRY_COMPARE(banner->state(), StateBanner::State::SignedOut);
    QVERIFY2(banner->text().contains(u"API key"_s), qPrintable(banner->text()));
    QVERIFY(banner->newKeyButton()->isVisible());
    QVERIFY(window.requestStateLabel()->text().startsWith(u"Signed out"_s));
    QTest::mouseClick(banner->newKeyButton(), Qt::LeftButton);
    QCOMPARE(newKey.count(), 1);
    // Also from the menu.
    menuAction(window, u"newKeyAction"_s)->trigger();
    QCOMPARE(newKey.count(), 2);
    window.setSession(nullptr);
}

void TestMainWindow::menusEmitTheirSignals() {
    MainWindow window(m_fixture.profiles());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QSignalSpy switchProfile(&window, &MainWindow::switchProfileRequested);
    QSignalSpy manage(&window, &MainWindow::manageProfilesRequested);
    QAction *switchAction = menuAction(window, u"switchProfileAction"_s);
    QVERIFY(switchAction);
    QCOMPARE(switchAction->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QCOMPARE(switchProfile.count(), 1);
    menuAction(window, u"manageProfilesAction"_s)->trigger();
    QCOMPARE(manage.count(), 1);
}

void TestMainWindow::keyboardReachesEverything() {
    MainWindow window(m_fixture.profiles());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.setSession(m_affiliate.get());
    QVERIFY(waitForPage(window));
    QTableView *view = window.customerPage()->view();

    // Ctrl+F: the lookup box; Escape on an empty box: back to the table.
    view->setFocus();
    QTest::keySequence(&window, QKeySequence::Find);
    QTRY_VERIFY(window.lookupEdit()->hasFocus());
    QTest::keyClicks(window.lookupEdit(), u"abc"_s);
    QTest::keyClick(window.lookupEdit(), Qt::Key_Escape);
    QVERIFY(window.lookupEdit()->text().isEmpty());
    QTest::keyClick(window.lookupEdit(), Qt::Key_Escape);
    QTRY_VERIFY(view->hasFocus());

    // Alt+Right / Alt+Left: pages.
    QSignalSpy shown(window.customerPage(), &CustomerPage::pageShown);
    QTest::keySequence(&window, QKeySequence(Qt::ALT | Qt::Key_Right));
    // At once when page 2 was already fetched ahead.
    QVERIFY(!shown.isEmpty() || shown.wait(10000));
    QCOMPARE(window.customerPage()->model()->pageInfo().currentPage, 2);
    QTest::keySequence(&window, QKeySequence(Qt::ALT | Qt::Key_Left));
    QVERIFY(shown.wait(10000));
    QCOMPARE(window.customerPage()->model()->pageInfo().currentPage, 1);

    // F5: the page again.
    m_fixture.sandbox().clearRequests();
    QTest::keySequence(&window, QKeySequence(Qt::Key_F5));
    QVERIFY(shown.wait(10000));
    // Page 1 asked for once (page 2 may be fetched ahead after it).
    const QStringList queries = loggedQueries(m_fixture.sandbox(), u"GET"_s, u"/v1/customers"_s);
    QCOMPARE(
        std::count_if(queries.begin(), queries.end(),
                      [](const QString &query) { return query.split(u'&').contains(u"page=1"_s); }),
        1);

    // Enter on a row: its customer.
    view->setFocus();
    view->selectRow(1);
    const QString key = window.customerPage()->currentCustomer()->key;
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_COMPARE(window.detailDialogs().size(), 1);
    CustomerDetailDialog *dialog = window.detailDialogs().first();
    QCOMPARE(dialog->identifier(), key);
    // Escape closes it.
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(window.detailDialogs().isEmpty());
}

void TestMainWindow::ctrlCCopiesSelectedRows() {
    MainWindow window(m_fixture.profiles());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.setSession(m_affiliate.get());
    QVERIFY(waitForPage(window));
    QTableView *view = window.customerPage()->view();
    view->setFocus();
    view->selectRow(0);
    QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
    QGuiApplication::clipboard()->clear();
    QTest::keySequence(view, QKeySequence::Copy);
    const QStringList lines = QGuiApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(u"Key\tName\t"_s), qPrintable(lines.at(0)));
    QVERIFY(lines.at(1).startsWith(u"alice_brown\tAlice Brown\talice.brown@example.com\t"_s));
    // In the lookup box Ctrl+C copies its own text, not rows.
    window.lookupEdit()->setFocus();
    window.lookupEdit()->setText(u"typed"_s);
    window.lookupEdit()->selectAll();
    QTest::keySequence(window.lookupEdit(), QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"typed"_s);
}

void TestMainWindow::everyShortcutIsListed() {
    MainWindow window(m_fixture.profiles());
    const auto native = [](const QKeySequence &sequence) {
        return sequence.toString(QKeySequence::NativeText);
    };
    const auto listedKeys = [&window] {
        QStringList keys;
        const auto entries = window.shortcuts();
        for (const auto &entry : entries)
            keys.append(entry.second);
        return keys;
    };
    // Every action of the window that has a shortcut and exists for the program is listed.
    const auto everyActionListed = [&] {
        const QStringList keys = listedKeys();
        const auto actions = window.findChildren<QAction *>();
        for (const QAction *action : actions) {
            if (!action->shortcut().isEmpty() && action->isVisible())
                QVERIFY2(keys.contains(native(action->shortcut())), qPrintable(action->text()));
        }
    };
    everyActionListed();
    QStringList keys = listedKeys();
    for (const QKeySequence &sequence :
         {QKeySequence(Qt::Key_F5), QKeySequence(QKeySequence::Find),
          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), QKeySequence(Qt::ALT | Qt::Key_Right),
          QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::ALT | Qt::Key_Home),
          QKeySequence(QKeySequence::Copy), QKeySequence(Qt::CTRL | Qt::Key_1)}) {
        QVERIFY2(keys.contains(native(sequence)), qPrintable(native(sequence)));
    }
    QVERIFY(keys.contains(u"Enter"_s));

    const QList<QKeySequence> changes{QKeySequence(QKeySequence::New), QKeySequence(Qt::Key_F2),
                                      QKeySequence(QKeySequence::Delete),
                                      QKeySequence(Qt::CTRL | Qt::Key_J),
                                      QKeySequence(QKeySequence::Undo)};
    const QList<QKeySequence> referralOnly{QKeySequence(Qt::CTRL | Qt::Key_2),
                                           QKeySequence(Qt::CTRL | Qt::Key_T),
                                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B),
                                           QKeySequence(Qt::CTRL | Qt::Key_I),
                                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)};
    // Not connected: no change actions to list.
    for (const QKeySequence &sequence : changes)
        QVERIFY2(!keys.contains(native(sequence)), qPrintable(native(sequence)));

    // Affiliate: the change actions, not the refer-a-friend ones.
    window.setSession(m_affiliate.get());
    everyActionListed();
    keys = listedKeys();
    for (const QKeySequence &sequence : changes)
        QVERIFY2(keys.contains(native(sequence)), qPrintable(native(sequence)));
    for (const QKeySequence &sequence : referralOnly)
        QVERIFY2(!keys.contains(native(sequence)), qPrintable(native(sequence)));

    // Refer-a-friend: both, each key once.
    window.setSession(m_referral.get());
    everyActionListed();
    keys = listedKeys();
    for (const QKeySequence &sequence : changes + referralOnly)
        QVERIFY2(keys.count(native(sequence)) == 1, qPrintable(native(sequence)));

    window.showShortcuts();
    auto *dialog = window.findChild<ShortcutsDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->table()->rowCount(), window.shortcuts().size());
    dialog->close();
    window.setSession(nullptr);
}

void TestMainWindow::customerMenuPerKind() {
    MainWindow window(m_fixture.profiles());
    window.show();
    const auto menuTexts = [&window] {
        QStringList texts;
        const auto actions = window.findChild<QMenu *>(u"customerMenu"_s)->actions();
        for (const QAction *action : actions) {
            if (!action->isSeparator() && action->isVisible())
                texts.append(action->text().remove(u'&'));
        }
        return texts;
    };
    QCOMPARE(menuTexts(), QStringList({u"Open customer"_s}));

    window.setSession(m_affiliate.get());
    QVERIFY(waitForPage(window));
    QCOMPARE(menuTexts(),
             QStringList({u"Open customer"_s, u"New customer…"_s, u"Edit…"_s, u"Suspend"_s,
                          u"Approve"_s, u"Delete…"_s, u"Journal of changes"_s}));
    // The page table and All customers: no tree.
    QCOMPARE(window.tabs()->count(), 2);
    QVERIFY(!window.referralTreePage());
    QVERIFY(!window.treeTabAction()->isVisible());
    // The row's context menu carries the change actions after Open and Copy.
    QStringList context;
    for (const QAction *action : window.customerPage()->view()->actions()) {
        if (!action->isSeparator())
            context.append(action->text().remove(u'&'));
    }
    QCOMPARE(context, QStringList({u"Open customer"_s, u"Copy selected rows"_s, u"Edit…"_s,
                                   u"Suspend"_s, u"Approve"_s, u"Delete…"_s}));

    window.setSession(m_referral.get());
    QVERIFY(waitForPage(window));
    window.customerPage()->view()->clearSelection();
    QCOMPARE(menuTexts(),
             QStringList({u"Open customer"_s, u"New customer…"_s, u"Edit…"_s, u"Archive"_s,
                          u"Restore"_s, u"Delete…"_s, u"Show in tree"_s, u"Copy referral link"_s,
                          u"Credit balance…"_s, u"Credit from CSV…"_s, u"Invite…"_s,
                          u"Bulk invite from CSV…"_s, u"Journal of changes"_s}));
    QCOMPARE(window.tabs()->count(), 3);
    QCOMPARE(window.tabs()->tabText(1), u"Referral tree"_s);
    QVERIFY(window.tabs()->tabBar()->isVisible());
    // Selection-bound actions follow the selection.
    QVERIFY(!window.creditAction()->isEnabled());
    window.customerPage()->view()->selectRow(0);
    QVERIFY(window.creditAction()->isEnabled());
    QVERIFY(window.showInTreeAction()->isEnabled());
    QCOMPARE(window.bulkCreditAction()->text(), u"Credit &selected…"_s);
    // Ctrl+2 and Ctrl+1 switch the tabs; while the tree is in front, nothing in the table is
    // "selected" for the change actions.
    window.treeTabAction()->trigger();
    QCOMPARE(window.tabs()->currentWidget(), window.referralTreePage());
    QVERIFY(!window.creditAction()->isEnabled());
    QVERIFY(!window.customerActions()->editAction()->isEnabled());
    window.customersTabAction()->trigger();
    QCOMPARE(window.tabs()->currentWidget(), window.customerPage());
    QVERIFY(window.customerActions()->editAction()->isEnabled());
    window.setSession(nullptr);
    QCOMPARE(window.tabs()->count(), 2);
}

// At the window's default size no change action hides behind the toolbar's » menu.
void TestMainWindow::toolBarShowsEveryActionAtDefaultSize() {
    MainWindow window(m_fixture.profiles());
    window.resize(1100, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (Session *session : {m_referral.get(), m_affiliate.get()}) {
        window.setSession(session);
        QVERIFY(waitForPage(window));
        auto *bar = window.findChild<QToolBar *>(u"customerToolBar"_s);
        QVERIFY(bar);
        QTRY_VERIFY(bar->isVisible());
        int shown = 0;
        for (QAction *action : bar->actions()) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            QWidget *button = bar->widgetForAction(action);
            QVERIFY2(button && button->isVisible(), qPrintable(action->text()));
            ++shown;
        }
        QVERIFY(shown >= 5);
    }
    window.setSession(nullptr);
}

// A connection that failed is said as such beside the error, never "Connecting to…".
void TestMainWindow::failedConnectionIsNotConnecting() {
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    Profile profile;
    profile.id = u"unreachable"_s;
    profile.name = u"Unreachable"_s;
    profile.baseUrl = QUrl(u"http://127.0.0.1:%1/v1"_s.arg(port));
    profile.kind = ProgramKind::Affiliate;
    Session session(profile, u"some-key"_s, nullptr);
    MainWindow window(m_fixture.profiles());
    window.show();
    window.setSession(&session);
    QSignalSpy failed(&session, &Session::connectionFailed);
    session.connectToServer();
    QVERIFY(failed.wait(15000));
    const QString text = window.connectionLabel()->text();
    QVERIFY2(text.startsWith(u"Not connected to 127.0.0.1"_s), qPrintable(text));
    QVERIFY(!window.connectionLabel()->toolTip().isEmpty());
    window.setSession(nullptr);
}

// The referral tree is a place to act from, like the tables: its selected customer drives Edit,
// Archive and Credit, its right-click menu offers them, and a chain is walked up with Go to
// referrer and Go to root.
void TestMainWindow::treeOffersTheChangeActions() {
    MainWindow window(m_fixture.profiles());
    window.show();
    window.setSession(m_referral.get());
    QVERIFY(waitForPage(window));
    window.treeTabAction()->trigger();
    ReferralTreePage *tree = window.referralTreePage();
    ReferralTreeModel *model = tree->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0 && !model->isLoading(), 15000);
    // Two levels down a chain: a root with referrals, and one of theirs with referrals.
    QModelIndex root, child, grandchild;
    for (int row = 0; row < model->rowCount() && !grandchild.isValid(); ++row) {
        const QModelIndex candidate = model->index(row, 0);
        if (model->customerAt(candidate).referralsCount <= 0)
            continue;
        model->loadMore(candidate);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(candidate), 15000);
        for (int r = 0; r < model->loadedChildCount(candidate); ++r) {
            const QModelIndex under = model->index(r, 0, candidate);
            if (model->customerAt(under).referralsCount <= 0)
                continue;
            model->loadMore(under);
            QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(under), 15000);
            if (model->loadedChildCount(under) > 0) {
                root = candidate;
                child = under;
                grandchild = model->index(0, 0, under);
                break;
            }
        }
    }
    QVERIFY2(grandchild.isValid(), "the seed data has chains of three");

    QVERIFY(!window.customerActions()->editAction()->isEnabled());
    tree->view()->setCurrentIndex(grandchild);
    const Customer chosen = model->customerAt(grandchild);
    QCOMPARE(tree->selectedCustomer()->identifier(), chosen.identifier());
    QVERIFY(window.customerActions()->editAction()->isEnabled());
    QVERIFY(window.creditAction()->isEnabled());
    QCOMPARE(window.customerActions()->archiveAction()->isEnabled() ||
                 window.customerActions()->restoreAction()->isEnabled(),
             true);

    // The right-click menu: the tree's own entries, then the window's changes.
    QStringList offered;
    QTimer reader;
    reader.setInterval(20);
    connect(&reader, &QTimer::timeout, this, [&offered] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (const QAction *action : menu->actions()) {
            if (!action->isSeparator() && action->isVisible() && action->isEnabled())
                offered.append(action->text().remove(u'&'));
        }
        menu->close();
    });
    reader.start();
    const QRect rect = tree->view()->visualRect(grandchild);
    QVERIFY(rect.isValid());
    Q_EMIT tree->view()->customContextMenuRequested(rect.center());
    reader.stop();
    for (const QString &expected : {u"Open Details"_s, u"Copy ID"_s, u"Go to referrer"_s,
                                    u"Go to root"_s, u"Edit…"_s, u"Credit balance…"_s}) {
        QVERIFY2(offered.contains(expected), qPrintable(offered.join(u", "_s)));
    }

    // Up the chain, from the keyboard.
    tree->view()->setFocus();
    QTest::keyClick(tree->view(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(tree->selectedCustomer()->identifier(), model->customerAt(child).identifier());
    tree->view()->setCurrentIndex(grandchild);
    QTest::keyClick(tree->view(), Qt::Key_Home, Qt::AltModifier);
    QCOMPARE(tree->selectedCustomer()->identifier(), model->customerAt(root).identifier());
    // A root has no referrer to go to.
    QVERIFY(!tree->goToReferrerAction()->isEnabled());
    QVERIFY(!tree->goToReferrer());
    window.setSession(nullptr);
}

// A referral link is copied with one key, from the table and from a customer's window, and
// the person sees that it was.
void TestMainWindow::referralLinkCopiedFromTheKeyboard() {
    MainWindow window(m_fixture.profiles());
    window.show();
    window.setSession(m_referral.get());
    QVERIFY(waitForPage(window));
    CustomerPage *page = window.customerPage();
    int row = 0;
    while (row < page->model()->rowCount() && page->model()->customerAt(row).referralLink.isEmpty())
        ++row;
    QVERIFY(row < page->model()->rowCount());
    const Customer customer = page->model()->customerAt(row);
    page->view()->setFocus();
    page->view()->selectRow(page->proxyModel()->mapFromSource(page->model()->index(row, 0)).row());
    QGuiApplication::clipboard()->clear();
    QVERIFY(window.copyLinkAction()->isEnabled());
    QTest::keyClick(page->view(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), customer.referralLink);
    QVERIFY2(window.requestStateLabel()->text().startsWith(u"Copied the referral link of "_s),
             qPrintable(window.requestStateLabel()->text()));

    CustomerDetailDialog *dialog = window.openCustomer(customer);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    // The details are shown again once read from the server: wait for that first.
    QTRY_VERIFY(dialog->hasLoaded() && !dialog->isLoading());
    auto *link = qobject_cast<LinkField *>(dialog->fieldWidget(u"referralLink"_s));
    QVERIFY(link);
    QCOMPARE(link->url(), customer.referralLink);
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(dialog, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), customer.referralLink);
    QCOMPARE(link->copyButton()->text(), u"Copied"_s);
    QTRY_COMPARE_WITH_TIMEOUT(link->copyButton()->text(), u"Copy"_s, 5000);
    dialog->close();
    window.setSession(nullptr);
}

void TestMainWindow::columnsRememberedPerProfileAndKind() {
    const QString profileId = m_affiliate->profile().id;
    m_fixture.profiles()->removeValue(profileId, CustomerPage::columnsKey(ProgramKind::Affiliate));
    int tagsSection = -1;
    int partnerSection = -1;
    const auto toggle = [](CustomerPage *page, const QString &title) {
        std::unique_ptr<QMenu> menu(page->createColumnsMenu(nullptr));
        for (QAction *action : menu->actions()) {
            if (QString(action->text()).remove(u'&') == title) {
                action->trigger();
                return true;
            }
        }
        return false;
    };
    {
        MainWindow window(m_fixture.profiles());
        window.show();
        window.setSession(m_affiliate.get());
        QVERIFY(waitForPage(window));
        CustomerPage *page = window.customerPage();
        tagsSection = page->model()->sectionOf(CustomerTableModel::TagsColumn);
        partnerSection = page->model()->sectionOf(CustomerTableModel::PartnerColumn);
        QHeaderView *header = page->view()->horizontalHeader();
        // The list gives no tags: hidden until asked for.
        QVERIFY(header->isSectionHidden(tagsSection));
        QVERIFY(!header->isSectionHidden(partnerSection));
        // Through the column chooser, as a person does: show Tags, hide Partner; then move
        // Email first and widen it.
        QVERIFY(toggle(page, u"Tags"_s));
        QVERIFY(toggle(page, u"Partner"_s));
        QVERIFY(!header->isSectionHidden(tagsSection));
        QVERIFY(header->isSectionHidden(partnerSection));
        const int emailSection = page->model()->sectionOf(CustomerTableModel::EmailColumn);
        header->moveSection(header->visualIndex(emailSection), 0);
        header->resizeSection(emailSection, 321);
        // Copying follows what is seen: Email first, Tags, no Partner.
        // (Not selectRow(): a modifier left "down" by an earlier key sequence would toggle.)
        page->view()->selectionModel()->select(page->proxyModel()->index(0, 0),
                                               QItemSelectionModel::ClearAndSelect |
                                                   QItemSelectionModel::Rows);
        const QString copied = page->selectedRowsAsText();
        QVERIFY2(copied.startsWith(u"Email\tKey\tName\t"_s), qPrintable(copied));
        QVERIFY(copied.contains(u"Tags"_s));
        QVERIFY(!copied.contains(u"Partner"_s));
        window.close(); // saves
    }
    QVERIFY(!m_fixture.profiles()
                 ->value(profileId, CustomerPage::columnsKey(ProgramKind::Affiliate))
                 .toByteArray()
                 .isEmpty());
    {
        MainWindow window(m_fixture.profiles());
        window.show();
        window.setSession(m_affiliate.get());
        QVERIFY(waitForPage(window));
        CustomerPage *page = window.customerPage();
        QHeaderView *header = page->view()->horizontalHeader();
        const int emailSection = page->model()->sectionOf(CustomerTableModel::EmailColumn);
        QVERIFY(!header->isSectionHidden(tagsSection));
        QVERIFY(header->isSectionHidden(partnerSection));
        QCOMPARE(header->logicalIndex(0), emailSection);
        QCOMPARE(header->sectionSize(emailSection), 321);

        // The other kind keeps its own layout.
        window.setSession(m_referral.get());
        QVERIFY(waitForPage(window));
        QCOMPARE(header->hiddenSectionCount(), 0);
        QCOMPARE(header->logicalIndex(0), 0);

        // "Reset columns" in the chooser goes back to the default layout.
        window.setSession(m_affiliate.get());
        QVERIFY(waitForPage(window));
        QVERIFY(header->isSectionHidden(partnerSection));
        std::unique_ptr<QMenu> menu(page->createColumnsMenu(nullptr));
        menu->actions().constLast()->trigger();
        QVERIFY(!header->isSectionHidden(partnerSection));
        QVERIFY(header->isSectionHidden(tagsSection));
        QCOMPARE(header->hiddenSectionCount(), 2);
        QCOMPARE(header->logicalIndex(0), 0);
        window.close();
    }
}

void TestMainWindow::sessionReplacedReloadsForItsKind() {
    MainWindow window(m_fixture.profiles());
    window.show();
    window.setSession(m_affiliate.get());
    QVERIFY(waitForPage(window));
    CustomerPage *page = window.customerPage();
    QCOMPARE(page->model()->headerData(0, Qt::Horizontal).toString(), u"Key"_s);
    QPointer<CustomerDetailDialog> dialog = window.openCustomer(page->model()->customerAt(0));
    QVERIFY(dialog);

    QSignalSpy shown(page, &CustomerPage::pageShown);
    window.setSession(m_referral.get());
    QCOMPARE(window.session(), m_referral.get());
    QTRY_VERIFY(!dialog);
    QVERIFY(!shown.isEmpty() || shown.wait(10000));
    QCOMPARE(page->programKind(), ProgramKind::ReferAFriend);
    QCOMPARE(page->model()->headerData(0, Qt::Horizontal).toString(), u"ID"_s);
    QCOMPARE(page->model()->customerAt(0).id, u"ada_lovelace"_s);
    QVERIFY(page->referStatusCombo()->isVisible());
    QVERIFY(!page->partnerKeyEdit()->isVisible());
    QVERIFY(window.windowTitle().contains(m_referral->profile().name));
}

void TestMainWindow::sessionDeletedUnderTheWindow() {
    auto doomed = m_fixture.session(ProgramKind::Affiliate);
    MainWindow window(m_fixture.profiles());
    window.show();
    window.setSession(doomed.get());
    QVERIFY(waitForPage(window));
    QPointer<CustomerDetailDialog> dialog =
        window.openCustomer(window.customerPage()->model()->customerAt(0));
    doomed.reset();
    QCOMPARE(window.session(), nullptr);
    QCOMPARE(window.connectionLabel()->text(), u"Not connected"_s);
    QTRY_VERIFY(!dialog);
    // Nothing to reload, nothing to crash on.
    window.refreshAction()->trigger();
    window.customerPage()->reload();
}

void TestMainWindow::geometryRemembered() {
    {
        MainWindow window(m_fixture.profiles());
        window.show();
        window.resize(777, 555);
        QTRY_COMPARE(window.size(), QSize(777, 555));
        window.close();
    }
    QVERIFY(QSettings().contains(u"mainWindow/geometry"_s));
    QVERIFY(QSettings().contains(u"mainWindow/state"_s));
    MainWindow again(m_fixture.profiles());
    QCOMPARE(again.size(), QSize(777, 555));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Roles against a private sandbox: each role shows exactly its change actions in the main
// window (Customer menu, toolbar, the page table's, All customers' and the referral tree's
// context menus), in the customer detail dialog, and leaves the shortcuts of the others dead; a
// role changed while connected applies at once; the editor says a role is no security boundary.
#include "app/profiles/profilerole.h"
#include "models/referraltreemodel.h"
#include "tests/ui/browse/browsetest.h"
#include "ui/browse/customerdetaildialog.h"
#include "ui/browse/customerpage.h"
#include "ui/changes/createcustomerdialog.h"
#include "ui/changes/customeractions.h"
#include "ui/changes/deletecustomerdialog.h"
#include "ui/index/allcustomerspage.h"
#include "ui/referral/referraltreepage.h"
#include "ui/rewards/bulkinvitedialog.h"
#include "ui/rewards/creditdialog.h"
#include "ui/rewards/invitedialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/profileeditordialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

namespace {

// The change actions of a refer-a-friend program, by the names the tests use.
QHash<QAction *, QString> referralActions(MainWindow &window) {
    CustomerActions *actions = window.customerActions();
    return {{actions->newAction(), u"new"_s},
            {actions->editAction(), u"edit"_s},
            {actions->archiveAction(), u"archive"_s},
            {actions->restoreAction(), u"restore"_s},
            {actions->deleteAction(), u"delete"_s},
            {window.creditAction(), u"credit"_s},
            {window.bulkCreditAction(), u"bulkCredit"_s},
            {window.inviteAction(), u"invite"_s},
            {window.bulkInviteAction(), u"bulkInvite"_s}};
}

// Which of `known` a person can see among `actions`.
QSet<QString> visibleOf(const QList<QAction *> &actions, const QHash<QAction *, QString> &known) {
    QSet<QString> names;
    for (QAction *action : actions) {
        if (known.contains(action) && action->isVisible())
            names.insert(known.value(action));
    }
    return names;
}

template <typename T> int countOf(const QWidget &window) {
    return int(window.findChildren<T *>().size());
}

// Which of `known` the referral tree's right-click menu offers on its first customer (the
// menu is read and closed while it runs).
QSet<QString> offeredByTree(MainWindow &window, const QHash<QAction *, QString> &known) {
    window.treeTabAction()->trigger();
    ReferralTreePage *tree = window.referralTreePage();
    ReferralTreeModel *model = tree->model();
    if (!QTest::qWaitFor([model] { return model->rowCount() > 0 && !model->isLoading(); }, 15000))
        return {u"(the tree did not load)"_s};
    const QModelIndex first = model->index(0, 0);
    tree->view()->setCurrentIndex(first);
    QSet<QString> offered;
    bool opened = false;
    QTimer reader;
    reader.setInterval(20);
    QObject::connect(&reader, &QTimer::timeout, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        opened = true;
        for (QAction *action : menu->actions()) {
            if (known.contains(action) && action->isVisible())
                offered.insert(known.value(action));
        }
        menu->close();
    });
    reader.start();
    Q_EMIT tree->view()->customContextMenuRequested(tree->view()->visualRect(first).center());
    reader.stop();
    if (!opened)
        return {u"(no menu)"_s};
    return offered;
}

QSet<QString> set(const QStringList &names) {
    return QSet<QString>(names.begin(), names.end());
}

} // namespace

class TestProfileRoles : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void eachRoleShowsExactlyItsActions_data();
    void eachRoleShowsExactlyItsActions();
    void shortcutsOutsideTheRoleDoNothing();
    void affiliateSupportKeepsStatusChanges();
    void roleChangedWhileConnectedAppliesAtOnce();
    void editorSaysItIsNoSecurityBoundary();

private:
    Profile withRole(ProgramKind kind, const QString &name, ProfileRole role);
    std::unique_ptr<Session> session(const Profile &profile);
    bool connectWindow(MainWindow &window, Session *session);

    BrowseFixture m_fixture;
};

void TestProfileRoles::initTestCase() {
    isolateSettings();
    QVERIFY2(m_fixture.start(40), qPrintable(m_fixture.sandbox().errorString()));
}

Profile TestProfileRoles::withRole(ProgramKind kind, const QString &name, ProfileRole role) {
    Profile profile = m_fixture.profile(kind, name);
    profile.role = role;
    if (!m_fixture.profiles()->update(profile))
        return {};
    return *m_fixture.profiles()->profile(profile.id);
}

std::unique_ptr<Session> TestProfileRoles::session(const Profile &profile) {
    const QString key = profile.kind == ProgramKind::Affiliate ? m_fixture.sandbox().affiliateKey()
                                                               : m_fixture.sandbox().referralKey();
    return std::make_unique<Session>(profile, key, nullptr);
}

bool TestProfileRoles::connectWindow(MainWindow &window, Session *session) {
    QSignalSpy shown(window.customerPage(), &CustomerPage::pageShown);
    window.setSession(session);
    session->connectToServer();
    if (!QTest::qWaitFor([session] { return session->isConnected(); }, 10000))
        return false;
    if (shown.isEmpty() && !shown.wait(10000))
        return false;
    // One customer selected, as when a person works on a row.
    // Through the selection model: selectRow() would follow whatever modifier keys an earlier
    // key event left pressed.
    QTableView *view = window.customerPage()->view();
    view->selectionModel()->setCurrentIndex(view->model()->index(0, 0),
                                            QItemSelectionModel::ClearAndSelect |
                                                QItemSelectionModel::Rows);
    return !window.customerPage()->selectedCustomers().isEmpty();
}

void TestProfileRoles::eachRoleShowsExactlyItsActions_data() {
    QTest::addColumn<int>("role");
    QTest::addColumn<QStringList>("expected");
    const QStringList support{u"edit"_s, u"archive"_s, u"restore"_s};
    QTest::newRow("Full") << int(ProfileRole::Full)
                          << (support + QStringList{u"new"_s, u"delete"_s, u"credit"_s,
                                                    u"bulkCredit"_s, u"invite"_s, u"bulkInvite"_s});
    QTest::newRow("Support") << int(ProfileRole::Support) << support;
    QTest::newRow("Manager") << int(ProfileRole::Manager)
                             << (support + QStringList{u"credit"_s, u"bulkCredit"_s});
    QTest::newRow("Marketer") << int(ProfileRole::Marketer)
                              << (support + QStringList{u"invite"_s, u"bulkInvite"_s});
}

void TestProfileRoles::eachRoleShowsExactlyItsActions() {
    QFETCH(int, role);
    QFETCH(QStringList, expected);
    const Profile profile =
        withRole(ProgramKind::ReferAFriend, u"Referral %1"_s.arg(role), ProfileRole(role));
    QVERIFY(!profile.isNull());
    auto connected = session(profile);
    MainWindow window(m_fixture.profiles());
    window.show();
    QVERIFY(connectWindow(window, connected.get()));
    QCOMPARE(window.role(), ProfileRole(role));
    const auto known = referralActions(window);

    // The Customer menu: what the role allows, nothing else.
    auto *menu = window.findChild<QMenu *>(u"customerMenu"_s);
    QVERIFY(menu);
    QCOMPARE(visibleOf(menu->actions(), known), set(expected));

    // The toolbar shows a part of them (no bulk runs there); none outside the role.
    auto *bar = window.findChild<QToolBar *>(u"customerToolBar"_s);
    QVERIFY(bar);
    const QSet<QString> onBar = visibleOf(bar->actions(), known);
    QVERIFY2(onBar.contains(u"edit"_s), qPrintable(QStringList(onBar.values()).join(u',')));
    QVERIFY(set(expected).contains(onBar));
    QCOMPARE(onBar.contains(u"credit"_s), expected.contains(u"credit"_s));
    QCOMPARE(onBar.contains(u"delete"_s), expected.contains(u"delete"_s));

    // The right-click menus of the page table and of All customers.
    QSet<QString> context = set(expected);
    for (const QString &name : {u"new"_s, u"bulkCredit"_s, u"invite"_s, u"bulkInvite"_s})
        context.remove(name);
    QCOMPARE(visibleOf(window.customerPage()->view()->actions(), known), context);
    QCOMPARE(visibleOf(window.allCustomersPage()->view()->actions(), known), context);
    // The tree's menu offers the same changes, and nothing the role hides.
    QCOMPARE(offeredByTree(window, known), context);
    window.customersTabAction()->trigger();

    // The customer detail dialog's buttons.
    const Customer customer = window.customerPage()->selectedCustomers().first();
    CustomerDetailDialog *detail = window.openCustomer(customer);
    QVERIFY(detail);
    const auto shown = [detail](const QString &name) {
        QPushButton *button = detail->actionButton(name);
        return button && !button->isHidden();
    };
    QCOMPARE(shown(u"edit"_s), true);
    QVERIFY(shown(u"archive"_s) || shown(u"restore"_s));
    QCOMPARE(shown(u"delete"_s), expected.contains(u"delete"_s));
    QCOMPARE(shown(u"credit"_s), expected.contains(u"credit"_s));
    // What the role hides cannot be reached through the window's functions either.
    QCOMPARE(window.creditCustomer(customer) != nullptr, expected.contains(u"credit"_s));
    QCOMPARE(window.invite() != nullptr, expected.contains(u"invite"_s));
    QCOMPARE(window.customerActions()->deleteCustomers({customer}) != nullptr,
             expected.contains(u"delete"_s));
    window.setSession(nullptr);
}

void TestProfileRoles::shortcutsOutsideTheRoleDoNothing() {
    const Profile profile =
        withRole(ProgramKind::ReferAFriend, u"Support shortcuts"_s, ProfileRole::Support);
    auto connected = session(profile);
    MainWindow window(m_fixture.profiles());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(connectWindow(window, connected.get()));
    QTableView *view = window.customerPage()->view();
    view->setFocus();
    // Credit, bulk credit, invite, bulk invite, new, delete: none opens anything.
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_I));
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    QTest::keySequence(&window, QKeySequence::New);
    QTest::keyClick(view, Qt::Key_Delete);
    QTest::qWait(200);
    QCOMPARE(countOf<CreditDialog>(window), 0);
    QCOMPARE(countOf<InviteDialog>(window), 0);
    QCOMPARE(countOf<BulkInviteDialog>(window), 0);
    QCOMPARE(countOf<CreateCustomerDialog>(window), 0);
    QCOMPARE(countOf<DeleteCustomerDialog>(window), 0);

    // The same keys under Full do open them: the test above can fail.
    Profile full = profile;
    full.role = ProfileRole::Full;
    QVERIFY(m_fixture.profiles()->update(full));
    view->setFocus();
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QTRY_COMPARE(countOf<CreditDialog>(window), 1);
    const auto credits = window.findChildren<CreditDialog *>();
    for (CreditDialog *dialog : credits)
        dialog->close();
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_I));
    QTRY_COMPARE(countOf<InviteDialog>(window), 1);
    window.setSession(nullptr);
}

void TestProfileRoles::affiliateSupportKeepsStatusChanges() {
    const Profile profile =
        withRole(ProgramKind::Affiliate, u"Affiliate support"_s, ProfileRole::Support);
    auto connected = session(profile);
    MainWindow window(m_fixture.profiles());
    window.show();
    QVERIFY(connectWindow(window, connected.get()));
    CustomerActions *actions = window.customerActions();
    auto *menu = window.findChild<QMenu *>(u"customerMenu"_s);
    const QHash<QAction *, QString> known{{actions->newAction(), u"new"_s},
                                          {actions->editAction(), u"edit"_s},
                                          {actions->suspendAction(), u"suspend"_s},
                                          {actions->approveAction(), u"approve"_s},
                                          {actions->deleteAction(), u"delete"_s}};
    QCOMPARE(visibleOf(menu->actions(), known), set({u"edit"_s, u"suspend"_s, u"approve"_s}));
    // No referral actions in an affiliate program, whatever the role.
    QVERIFY(!window.creditAction()->isVisible());
    QVERIFY(!window.inviteAction()->isVisible());
    window.setSession(nullptr);
}

void TestProfileRoles::roleChangedWhileConnectedAppliesAtOnce() {
    const Profile profile =
        withRole(ProgramKind::ReferAFriend, u"Changing role"_s, ProfileRole::Full);
    auto connected = session(profile);
    MainWindow window(m_fixture.profiles());
    window.show();
    QVERIFY(connectWindow(window, connected.get()));
    CustomerDetailDialog *detail =
        window.openCustomer(window.customerPage()->selectedCustomers().first());
    QVERIFY(detail->actionButton(u"credit"_s) && !detail->actionButton(u"credit"_s)->isHidden());
    QVERIFY(!detail->actionButton(u"delete"_s)->isHidden());
    QVERIFY(window.creditAction()->isVisible());

    Profile support = profile;
    support.role = ProfileRole::Support;
    QVERIFY(m_fixture.profiles()->update(support));
    // No reconnection: the same session, its actions hidden.
    QCOMPARE(window.session(), connected.get());
    QVERIFY(!window.creditAction()->isVisible());
    QVERIFY(!window.customerActions()->deleteAction()->isVisible());
    QVERIFY(detail->actionButton(u"credit"_s)->isHidden());
    QVERIFY(detail->actionButton(u"delete"_s)->isHidden());
    QVERIFY(!detail->actionButton(u"edit"_s)->isHidden());

    // And back.
    QVERIFY(m_fixture.profiles()->update(profile));
    QVERIFY(window.creditAction()->isVisible());
    QVERIFY(!detail->actionButton(u"credit"_s)->isHidden());
    window.setSession(nullptr);
}

void TestProfileRoles::editorSaysItIsNoSecurityBoundary() {
    const Profile profile =
        withRole(ProgramKind::ReferAFriend, u"Editor note"_s, ProfileRole::Manager);
    ProfileEditorDialog editor(m_fixture.profiles(), profile);
    editor.show();
    QCOMPARE(editor.roleBox()->currentText(), u"Manager"_s);
    QVERIFY(editor.roleNote()->isVisible());
    QVERIFY2(editor.roleNote()->text().contains(u"not a security boundary"_s),
             qPrintable(editor.roleNote()->text()));
    QVERIFY(editor.roleNote()->text().contains(u"API key can still do everything"_s));
    // Right beside the role: the two share one row of the form.
    QVERIFY(editor.roleNote()->parentWidget() == editor.roleBox()->parentWidget());
    const int gap = editor.roleNote()->geometry().top() - editor.roleBox()->geometry().bottom();
    QVERIFY2(gap >= 0 && gap < 80, qPrintable(QString::number(gap)));
    editor.roleBox()->setCurrentIndex(editor.roleBox()->findText(u"Support"_s));
    QCOMPARE(editor.profile().role, ProfileRole::Support);
}

QTEST_MAIN(TestProfileRoles)
#include "tst_profileroles.moc"

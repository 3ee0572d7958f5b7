// SPDX-License-Identifier: GPL-3.0-or-later
// Every window and dialog of the console from the keyboard, against a private sandbox: Tab
// (real key events) goes round each one, every focus stop has an accessible name, every
// visible input is reached, no widget keeps Tab to itself; every menu action has a shortcut
// or a mnemonic without clashes, the context menus too, and no action is on a toolbar only.
//
// A new dialog is one line in windows() (or modalWindows() for one run with exec()).
#include "app/credentials/credentialstore.h"
#include "app/index/profileindex.h"
#include "app/journal/journal.h"
#include "app/profiles/profilestore.h"
#include "app/session/session.h"
#include "models/customertablemodel.h"
#include "tests/common/sandboxprocess.h"
#include "tests/ui/shell/keyboardreach.h"
#include "ui/browse/customerdetaildialog.h"
#include "ui/browse/customerpage.h"
#include "ui/changes/bulkactiondialog.h"
#include "ui/changes/createcustomerdialog.h"
#include "ui/changes/customeractions.h"
#include "ui/changes/deletecustomerdialog.h"
#include "ui/changes/editcustomerdialog.h"
#include "ui/index/allcustomerspage.h"
#include "ui/index/exportdialog.h"
#include "ui/index/findpopup.h"
#include "ui/index/indexcontroller.h"
#include "ui/journal/journalwindow.h"
#include "ui/journal/undecidedchangesprompt.h"
#include "ui/referral/referraltreepage.h"
#include "ui/rewards/bulkcreditdialog.h"
#include "ui/rewards/bulkinvitedialog.h"
#include "ui/rewards/creditdialog.h"
#include "ui/rewards/invitedialog.h"
#include "ui/shell/connectiondialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/manageprofilesdialog.h"
#include "ui/shell/preferencesdialog.h"
#include "ui/shell/profileeditordialog.h"
#include "ui/shell/shortcutsdialog.h"
#include "ui/widgets/messagebox.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

#include <functional>
#include <map>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

// The main window connected to the sandbox's program of one kind, a page of customers shown.
struct Console {
    std::unique_ptr<Session> session;
    std::unique_ptr<MainWindow> window;
    ProfileStore *profiles = nullptr;
    CredentialStore *credentials = nullptr;
    Journal *journal = nullptr;
    QSettings *settings = nullptr;
    SandboxProcess *sandbox = nullptr;
    QTemporaryDir *dir = nullptr;

    CustomerActions *actions() const { return window->customerActions(); }
    QList<Customer> rows(int count) const {
        QList<Customer> customers;
        CustomerTableModel *model = window->customerPage()->model();
        for (int row = 0; row < count && row < model->rowCount(); ++row)
            customers.append(model->customerAt(row));
        return customers;
    }
    Customer first() const { return rows(1).value(0); }
};

using Opener = std::function<QWidget *(Console &)>;
struct Window {
    const char *name;
    ProgramKind kind; // the program the main window is connected to meanwhile
    Opener open;      // the window to walk (closed afterwards unless it is the main window)
};
// A dialog run with exec(): `trigger` shows it; the walk happens while it runs.
struct ModalWindow {
    const char *name;
    ProgramKind kind;
    std::function<void(Console &)> trigger;
};

constexpr ProgramKind Affiliate = ProgramKind::Affiliate;
constexpr ProgramKind Refer = ProgramKind::ReferAFriend;

template <typename T> T *deletedOnClose(T *widget) {
    widget->setAttribute(Qt::WA_DeleteOnClose);
    return widget;
}

QWidget *details(Console &c) {
    CustomerDetailDialog *dialog = c.window->openCustomer(c.first());
    const bool loaded =
        QTest::qWaitFor([dialog] { return dialog->hasLoaded() && !dialog->isLoading(); }, 10000);
    return loaded ? dialog : nullptr;
}

// Matches under the Find box, from an index of every customer.
QWidget *findPopup(Console &c) {
    IndexController *index = c.window->indexController();
    if (!index->profileIndex() || !index->profileIndex()->isReady()) {
        index->indexAction()->trigger();
        if (!index->profileIndex())
            return nullptr;
        QSignalSpy finished(index->profileIndex(), &ProfileIndex::syncFinished);
        if (!finished.wait(30000))
            return nullptr;
    }
    c.window->activateWindow();
    if (!QTest::qWaitForWindowActive(c.window.get()))
        return nullptr;
    c.window->lookupEdit()->setFocus();
    QTest::keyClicks(c.window->lookupEdit(), u"a"_s);
    if (!QTest::qWaitFor([&c] { return c.window->findPopup()->isVisible(); }, 5000))
        return nullptr;
    return c.window.get();
}

// How each window is opened, from a main window connected to its program.
QWidget *mainWindow(Console &c) {
    return c.window.get();
}
QWidget *indexedWindow(Console &c) {
    c.window->lookupEdit()->clear(); // the Find popup's search
    return c.window.get();
}
QWidget *newCustomer(Console &c) {
    return c.actions()->createCustomer();
}
QWidget *editCustomer(Console &c) {
    return c.actions()->editCustomer(c.first());
}
QWidget *deleteCustomer(Console &c) {
    return c.actions()->deleteCustomers({c.first()});
}
QWidget *deleteCustomers(Console &c) {
    return c.actions()->deleteCustomers(c.rows(2));
}
QWidget *bulkArchive(Console &c) {
    MessageBox::setNextAnswer(QMessageBox::Yes); // the question before the run
    BulkActionDialog *dialog = c.actions()->archive(c.rows(2));
    // Walked when the run is over: it closes only then.
    const bool done = dialog && QTest::qWaitFor([dialog] { return dialog->isDone(); }, 10000);
    return done ? dialog : nullptr;
}
QWidget *credit(Console &c) {
    CreditDialog *dialog = c.window->creditCustomer(c.first());
    const bool ready =
        QTest::qWaitFor([dialog] { return dialog->stage() == CreditDialog::Stage::Form; }, 10000);
    return ready ? dialog : nullptr;
}
QWidget *bulkCredit(Console &c) {
    return c.window->creditCustomers(c.rows(2));
}
QWidget *invite(Console &c) {
    return c.window->invite();
}
QWidget *bulkInvite(Console &c) {
    return c.window->bulkInvite();
}
QWidget *exportProgress(Console &c) {
    // Slow pages keep the progress on screen while it is walked.
    c.sandbox->queueFault(u"GET"_s, u"/v1/customers"_s, u"latency=4000"_s, 3);
    return c.window->exportCustomers(c.dir->filePath(u"export.csv"_s));
}
QWidget *journal(Console &c) {
    return c.actions()->showJournal();
}
QWidget *shortcuts(Console &c) {
    c.window->showShortcuts();
    return c.window->findChild<ShortcutsDialog *>();
}
QWidget *connection(Console &c) {
    return deletedOnClose(new ConnectionDialog(c.profiles));
}
QWidget *preferences(Console &c) {
    return deletedOnClose(new PreferencesDialog(c.settings));
}
QWidget *manageProfiles(Console &c) {
    return deletedOnClose(
        new ManageProfilesDialog(c.profiles, c.credentials, c.session->profile().id));
}
QWidget *profileEditor(Console &c) {
    return deletedOnClose(new ProfileEditorDialog(c.profiles, c.session->profile()));
}

// Every window and dialog, one line each. The main window's walk goes through each of its
// tabs (Customers, Referral tree, All customers), the detail dialog's through Details,
// Transactions, Stats and Balance.
const QList<Window> &windows() {
    static const QList<Window> list{
        {"Main window, affiliate", Affiliate, mainWindow},
        {"Main window, refer-a-friend", Refer, mainWindow},
        {"Find popup", Affiliate, findPopup},
        {"Main window with an index", Affiliate, indexedWindow},
        {"Customer details, affiliate", Affiliate, details},
        {"Customer details, refer-a-friend", Refer, details},
        {"New customer, affiliate", Affiliate, newCustomer},
        {"New customer, refer-a-friend", Refer, newCustomer},
        {"Edit customer, affiliate", Affiliate, editCustomer},
        {"Edit customer, refer-a-friend", Refer, editCustomer},
        {"Delete customer", Affiliate, deleteCustomer},
        {"Delete customers", Refer, deleteCustomers},
        {"Bulk action", Refer, bulkArchive},
        {"Credit balance", Refer, credit},
        {"Bulk credit", Refer, bulkCredit},
        {"Invite", Refer, invite},
        {"Bulk invite", Refer, bulkInvite},
        {"Export", Refer, exportProgress},
        {"Journal", Affiliate, journal},
        {"Keyboard shortcuts", Affiliate, shortcuts},
        {"Connection", Affiliate, connection},
        {"Preferences", Affiliate, preferences},
        {"Manage profiles", Affiliate, manageProfiles},
        {"Profile editor", Affiliate, profileEditor},
    };
    return list;
}

void undecidedChanges(Console &c) {
    UndecidedChangesPrompt::ask(c.window.get(), c.journal);
}
void suspendQuestion(Console &c) {
    c.actions()->suspend({c.first()});
}
void about(Console &c) {
    const auto actions = c.window->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->menuRole() == QAction::AboutRole)
            action->trigger();
    }
}

const QList<ModalWindow> &modalWindows() {
    static const QList<ModalWindow> list{
        {"Undecided changes", Affiliate, undecidedChanges},
        {"Suspend confirmation", Affiliate, suspendQuestion},
        {"About", Affiliate, about},
    };
    return list;
}

// Writes every finding on its own line (a failure's message is cut short); true when none.
bool listed(const QStringList &findings) {
    for (const QString &finding : findings)
        qWarning("%s", qPrintable(finding));
    return findings.isEmpty();
}

QString summary(const QStringList &findings) {
    return QString::number(findings.size()) + u" problems, listed above; the first: "_s +
           findings.value(0);
}

} // namespace

class TestKeyboardReach : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void eachWindow_data();
    void eachWindow();
    void eachModalWindow_data();
    void eachModalWindow();
    void menus_data();
    void menus();

private:
    Console *console(ProgramKind kind);

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<Journal> m_journal;
    SandboxProcess m_sandbox;
    std::map<ProgramKind, std::unique_ptr<Console>> m_consoles;
};

void TestKeyboardReach::initTestCase() {
    QVERIFY(m_dir.isValid());
    // Window state, indexes and bulk-run files go to this test's folder, never to $HOME.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(u"config"_s)));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(u"data"_s)));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(m_dir.filePath(u"cache"_s)));
    QCoreApplication::setOrganizationName(u"PartneroConsoleTests"_s);
    QCoreApplication::setApplicationName(u"keyboardreach"_s);
    m_settings =
        std::make_unique<QSettings>(m_dir.filePath(u"profiles.ini"_s), QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    m_credentials = std::make_unique<CredentialStore>();
    m_journal = std::make_unique<Journal>(m_dir.filePath(u"journal.sqlite"_s));
    QVERIFY2(m_sandbox.start({u"--customers"_s, u"40"_s}), qPrintable(m_sandbox.errorString()));

    // One change whose outcome nobody knows: the prompt at start lists it.
    JournalOperation operation;
    operation.profileId = u"keyboard-profile"_s;
    operation.profileName = u"Keyboard"_s;
    operation.action = u"credit"_s;
    operation.customer = u"ada_lovelace"_s;
    operation.method = u"POST"_s;
    operation.path = u"/v1/customers/ada_lovelace/balance/credit"_s;
    const QString id = m_journal->begin(operation);
    QVERIFY(!id.isEmpty());
    QVERIFY(m_journal->finish(id, JournalOutcome::Unknown, 503, QString()));
}

void TestKeyboardReach::cleanupTestCase() {
    m_consoles.clear();
}

Console *TestKeyboardReach::console(ProgramKind kind) {
    auto &slot = m_consoles[kind];
    if (slot)
        return slot.get();
    auto console = std::make_unique<Console>();
    Profile profile;
    profile.name = kind == Affiliate ? u"Affiliate"_s : u"Referral"_s;
    profile.baseUrl = m_sandbox.baseUrl();
    profile.kind = kind;
    profile = *m_profiles->profile(m_profiles->add(profile));
    const QString key = kind == Affiliate ? m_sandbox.affiliateKey() : m_sandbox.referralKey();
    console->session = std::make_unique<Session>(profile, key, m_journal.get());
    console->window = std::make_unique<MainWindow>(m_profiles.get());
    console->profiles = m_profiles.get();
    console->credentials = m_credentials.get();
    console->journal = m_journal.get();
    console->settings = m_settings.get();
    console->sandbox = &m_sandbox;
    console->dir = &m_dir;
    MainWindow *window = console->window.get();
    window->resize(1100, 700);
    QSignalSpy shown(window->customerPage(), &CustomerPage::pageShown);
    window->setSession(console->session.get());
    console->session->connectToServer();
    if (!QTest::qWaitFor([&console] { return console->session->isConnected(); }, 10000))
        return nullptr;
    if (shown.isEmpty() && !shown.wait(10000))
        return nullptr;
    window->show();
    // One customer chosen, as when a person works on a row.
    QTableView *view = window->customerPage()->view();
    view->selectionModel()->setCurrentIndex(view->model()->index(0, 0),
                                            QItemSelectionModel::ClearAndSelect |
                                                QItemSelectionModel::Rows);
    slot = std::move(console);
    return slot.get();
}

void TestKeyboardReach::eachWindow_data() {
    QTest::addColumn<int>("entry");
    for (int i = 0; i < windows().size(); ++i)
        QTest::newRow(windows().at(i).name) << i;
}

void TestKeyboardReach::eachWindow() {
    QFETCH(int, entry);
    const Window &entryWindow = windows().at(entry);
    Console *c = console(entryWindow.kind);
    QVERIFY2(c, "the main window did not connect to the sandbox");
    QPointer<QWidget> window = entryWindow.open(*c);
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    QVERIFY2(window, "the window did not open");
    const QStringList findings = KeyboardReach::walk(window, QString::fromUtf8(entryWindow.name));
    if (window && window != c->window.get()) {
        // A question on closing (a run under way) is answered yes: nothing more is sent.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        window->close();
        const bool closed =
            QTest::qWaitFor([&window] { return !window || !window->isVisible(); }, 3000);
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        QVERIFY2(closed, "the window did not close");
    }
    QVERIFY2(listed(findings), qPrintable(summary(findings)));
}

void TestKeyboardReach::eachModalWindow_data() {
    QTest::addColumn<int>("entry");
    for (int i = 0; i < modalWindows().size(); ++i)
        QTest::newRow(modalWindows().at(i).name) << i;
}

void TestKeyboardReach::eachModalWindow() {
    QFETCH(int, entry);
    const ModalWindow &modal = modalWindows().at(entry);
    Console *c = console(modal.kind);
    QVERIFY2(c, "the main window did not connect to the sandbox");
    c->window->activateWindow();
    QStringList findings;
    bool seen = false;
    QTimer poll;
    poll.setInterval(50);
    connect(&poll, &QTimer::timeout, &poll, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog || seen)
            return;
        seen = true;
        poll.stop();
        findings = KeyboardReach::walk(dialog, QString::fromUtf8(modal.name));
        if (auto *box = qobject_cast<QMessageBox *>(dialog))
            box->reject(); // Escape's answer: nothing is sent
        else
            dialog->close();
    });
    poll.start();
    modal.trigger(*c);
    poll.stop();
    QVERIFY2(seen, "the dialog did not show");
    QVERIFY2(listed(findings), qPrintable(summary(findings)));
}

void TestKeyboardReach::menus_data() {
    QTest::addColumn<int>("kind");
    QTest::newRow("affiliate") << int(Affiliate);
    QTest::newRow("refer-a-friend") << int(Refer);
}

void TestKeyboardReach::menus() {
    QFETCH(int, kind);
    Console *c = console(ProgramKind(kind));
    QVERIFY2(c, "the main window did not connect to the sandbox");
    MainWindow *window = c->window.get();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QStringList findings = KeyboardReach::checkMenuBar(window, u"Main window"_s);
    findings += KeyboardReach::checkToolBarsInMenus(window, u"Main window"_s);

    QTableView *table = window->customerPage()->view();
    window->customersTabAction()->trigger();
    findings += KeyboardReach::checkContextMenu(table, u"The customer table's context menu"_s);
    findings += KeyboardReach::checkContextMenu(table->horizontalHeader(),
                                                u"The customer table's header menu"_s);
    window->allCustomersTabAction()->trigger();
    findings += KeyboardReach::checkContextMenu(window->allCustomersPage()->view(),
                                                u"All customers' context menu"_s);
    if (ReferralTreePage *tree = window->referralTreePage()) {
        window->treeTabAction()->trigger();
        QTreeView *view = tree->view();
        QVERIFY(QTest::qWaitFor([view] { return view->model()->rowCount() > 0; }, 10000));
        view->setCurrentIndex(view->model()->index(0, 0));
        findings += KeyboardReach::checkContextMenu(view, u"The referral tree's context menu"_s);
    }
    window->customersTabAction()->trigger();
    QVERIFY2(listed(findings), qPrintable(summary(findings)));
}

QTEST_MAIN(TestKeyboardReach)
#include "tst_keyboardreach.moc"

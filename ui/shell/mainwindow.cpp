// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/mainwindow.h"

#include "app/api/apiclient.h"
#include "app/index/exportjob.h"
#include "app/index/profileindex.h"
#include "app/profiles/profilestore.h"
#include "app/session/customerlookup.h"
#include "app/session/session.h"
#include "app/team/approvalrequest.h"
#include "models/customertablemodel.h"
#include "models/displayformat.h"
#include "models/programkindtext.h"
#include "models/referraltreemodel.h"
#include "ui/browse/customerdetaildialog.h"
#include "ui/browse/customerpage.h"
#include "ui/browse/pagebar.h"
#include "ui/changes/createcustomerdialog.h"
#include "ui/changes/customeractions.h"
#include "ui/changes/deletecustomerdialog.h"
#include "ui/changes/editcustomerdialog.h"
#include "ui/index/allcustomerspage.h"
#include "ui/index/exportdialog.h"
#include "ui/index/findpopup.h"
#include "ui/index/indexcontroller.h"
#include "ui/referral/referraltreepage.h"
#include "ui/rewards/bulkcreditdialog.h"
#include "ui/rewards/bulkinvitedialog.h"
#include "ui/rewards/creditdialog.h"
#include "ui/rewards/invitedialog.h"
#include "ui/shell/shortcutsdialog.h"
#include "ui/widgets/dialogparts.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/safelink.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

namespace {

const char GeometryKey[] = "mainWindow/geometry";
const char StateKey[] = "mainWindow/state";

QString hostText(const QUrl &url) {
    return url.port() > 0 ? url.host() + QLatin1Char(':') + QString::number(url.port())
                          : url.host();
}

QString keysText(const QAction *action) {
    QStringList keys;
    const auto sequences = action->shortcuts();
    for (const QKeySequence &sequence : sequences)
        keys.append(sequence.toString(QKeySequence::NativeText));
    return keys.join(QStringLiteral(", "));
}

} // namespace

MainWindow::MainWindow(ProfileStore *profiles, QWidget *parent)
    : QMainWindow(parent)
    , m_profiles(profiles)
    , m_page(new CustomerPage(profiles, this))
    , m_lookup(new CustomerLookup(this))
    , m_tabs(new QTabWidget(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    resize(1100, 700);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_page, QString());
    m_allPage = new AllCustomersPage(m_tabs);
    m_allPage->setObjectName(QStringLiteral("allCustomersPage"));
    m_tabs->addTab(m_allPage, QString());
    setCentralWidget(m_tabs);

    m_index = new IndexController(profiles, this);
    connect(m_index, &IndexController::message, this, &MainWindow::setRequestState);
    connect(m_index, &IndexController::indexChanged, this, &MainWindow::onIndexChanged);

    setUpActions();
    buildMenus();
    buildToolBar();
    buildStatusBar();

    connect(m_page, &CustomerPage::customerActivated, this, &MainWindow::openCustomer);
    connect(m_page, &CustomerPage::newKeyRequested, this, [this] { Q_EMIT newKeyRequested(true); });
    connect(m_page, &CustomerPage::requestStateChanged, this, &MainWindow::setRequestState);
    connect(m_page, &CustomerPage::pageShown, this, &MainWindow::updateActions);
    // The change actions follow the table's selection (also after a page replaced the rows,
    // which clears it without a selectionChanged).
    connect(m_page, &CustomerPage::pageShown, this, &MainWindow::syncSelection);
    connect(m_page->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::syncSelection);
    connect(m_page->model(), &QAbstractItemModel::rowsRemoved, this, &MainWindow::syncSelection);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::syncSelection);
    connect(m_allPage, &AllCustomersPage::selectionChanged, this, &MainWindow::syncSelection);
    connect(m_allPage, &AllCustomersPage::customerActivated, this, &MainWindow::openCustomer);
    connect(m_lookup, &CustomerLookup::finished, this, &MainWindow::onLookupFinished);
    connect(m_lookup, &CustomerLookup::failed, this, &MainWindow::onLookupFailed);

    if (m_profiles) {
        // A role changed in Manage profiles applies at once, without connecting again.
        connect(m_profiles, &ProfileStore::profileChanged, this, [this](const QString &id) {
            if (!m_session || m_session->profile().id != id)
                return;
            // A rename shows at once.
            updateWindowTitle();
            // The store also says so for a page size or a last use: only a new role matters.
            if (role() != m_appliedRole)
                applyRole();
        });
    }

    restoreWindowState();
    retranslate();
    setSession(nullptr);
}

void MainWindow::changeEvent(QEvent *event) {
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void MainWindow::retranslate() {
    const auto set = [](QAction *action, const QString &text, const QString &tip = {}) {
        action->setText(text);
        if (!tip.isEmpty()) {
            action->setStatusTip(tip);
            action->setToolTip(tip);
        }
    };
    set(m_customersTab, tr("C&ustomer table"), tr("Show the customer table"));
    set(m_treeTab, tr("Referral &tree"), tr("Show who referred whom"));
    set(m_allTab, tr("&All customers"),
        tr("Show every customer of the index: sort, filter and search all of them"));
    set(m_showInTree, tr("Show in &tree"),
        tr("Show the selected customer and who referred them in the referral tree"));
    set(m_credit, tr("&Credit balance…"), tr("Add to the selected customer's reward balance"));
    // Its text follows the selection: updateCustomerActions() sets it below.
    set(m_bulkCredit, tr("Credit &selected…"),
        tr("Credit several customers: the selected ones, or from a CSV file"));
    set(m_invite, tr("&Invite…"), tr("Invite someone to the program by email"));
    set(m_copyLink, tr("Copy referral &link"), tr("Copy the selected customer's referral link"));
    set(m_bulkInvite, tr("&Bulk invite from CSV…"), tr("Invite a list of people from a CSV file"));

    m_fileMenu->setTitle(tr("&File"));
    set(m_switchProfile, tr("&Switch profile…"));
    set(m_manageProfiles, tr("&Manage profiles…"));
    set(m_newKey, tr("Enter a new &key…"));
    set(m_export, tr("&Export customers…"));
    m_export->setStatusTip(tr("Write the customers of this view to a CSV or JSON lines file"));
    set(m_preferences, tr("&Preferences…"));
    set(m_quit, tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    set(m_find, tr("&Find a customer…"));
    m_viewMenu->setTitle(tr("&View"));
    set(m_refresh, tr("&Refresh"));
    m_columnsMenu->setTitle(tr("&Columns"));
    m_customerMenu->setTitle(tr("C&ustomer"));
    m_helpMenu->setTitle(tr("&Help"));
    set(m_shortcuts, tr("&Keyboard shortcuts"));
    set(m_userGuide, tr("&User guide"));
    m_userGuide->setStatusTip(tr("Open the user guide (the README) in the browser"));
    m_practiceMenu->setTitle(tr("&Practice with the sandbox"));
    set(m_practiceAffiliate, tr("&Affiliate program"));
    m_practiceAffiliate->setStatusTip(
        tr("Start a private sandbox and open its affiliate program: nothing real is changed"));
    set(m_practiceReferral, tr("&Refer-a-friend program"));
    m_practiceReferral->setStatusTip(
        tr("Start a private sandbox and open its refer-a-friend program: nothing real is "
           "changed"));
    set(m_diagnostics, tr("Save &diagnostics…"));
    m_diagnostics->setStatusTip(tr("Write versions, settings and the last requests to a file for "
                                   "whoever helps; without keys, passwords or customer data"));
    set(m_about, tr("&About Partnero Console"));

    m_lookupBar->setWindowTitle(tr("Lookup"));
    m_customerBar->setWindowTitle(tr("Customer"));
    m_lookupLabel->setText(tr("F&ind:"));
    m_lookupEdit->setAccessibleName(tr("Find a customer by email, key or ID"));
    m_lookupEdit->setToolTip(
        tr("Type an email, a key or an ID and press Enter (%1). An email must match exactly.")
            .arg(m_find->shortcut().toString(QKeySequence::NativeText)));

    m_tabs->setTabText(m_tabs->indexOf(m_page), tr("Customers"));
    if (m_tree)
        m_tabs->setTabText(m_tabs->indexOf(m_tree), tr("Referral tree"));
    updateWindowTitle();
    if (m_rateTimer && m_rateTimer->isActive())
        m_rateLabel->setText(tr("Rate limited: waiting %n seconds", nullptr, m_rateSecondsLeft));
    // The sentences built from the state: the connection, the lookup hint, the index's tab.
    updateConnectionText();
    updateLookupHint();
    updateAllCustomersTabText();
    updateCustomerActions();
}

void MainWindow::updateWindowTitle() {
    if (!m_session) {
        setWindowTitle(tr("Partnero Console"));
        return;
    }
    QString name = m_session->profile().name;
    if (m_profiles) {
        if (const auto stored = m_profiles->profile(m_session->profile().id))
            name = stored->name;
    }
    setWindowTitle(tr("%1 – Partnero Console").arg(name));
}

ProfileRole MainWindow::role() const {
    if (!m_session)
        return ProfileRole::Full;
    if (m_profiles) {
        if (const auto stored = m_profiles->profile(m_session->profile().id))
            return stored->role;
    }
    return m_session->profile().role;
}

bool MainWindow::allows(RoleAction action) const {
    return ProfileRoles::allows(role(), action);
}

void MainWindow::applyRole() {
    m_appliedRole = role();
    const bool credit = isReferral() && allows(RoleAction::Credit);
    for (const auto &dialog : std::as_const(m_dialogs)) {
        if (!dialog)
            continue;
        disconnect(dialog, &CustomerDetailDialog::creditRequested, this, nullptr);
        if (credit)
            connectCredit(dialog);
    }
    if (m_actions)
        m_actions->setRole(role());
    // Forms the role no longer allows close; a bulk run goes on (it was started knowingly).
    for (const auto &open : std::as_const(m_sessionDialogs)) {
        if ((qobject_cast<CreditDialog *>(open.data()) && !credit) ||
            (qobject_cast<InviteDialog *>(open.data()) && !allows(RoleAction::Invite)))
            open->close();
    }
    rebuildCustomerUi();
}

void MainWindow::connectCredit(CustomerDetailDialog *dialog) {
    connect(dialog, &CustomerDetailDialog::creditRequested, this,
            [this, dialog](const Customer &c) { creditCustomer(c, dialog); });
}

MainWindow::~MainWindow() {
    closeDetailDialogs();
}

void MainWindow::setUpActions() {
    // Their texts and tips: retranslate().
    const auto make = [this](const char *name, const QKeySequence &keys) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(keys);
        return action;
    };
    m_customersTab = make("customersTabAction", QKeySequence(Qt::CTRL | Qt::Key_1));
    m_treeTab = make("treeTabAction", QKeySequence(Qt::CTRL | Qt::Key_2));
    m_allTab = make("allCustomersTabAction", QKeySequence(Qt::CTRL | Qt::Key_3));
    m_showInTree = make("showInTreeAction", QKeySequence(Qt::CTRL | Qt::Key_T));
    m_credit = make("creditAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_bulkCredit = make("bulkCreditAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_invite = make("inviteAction", QKeySequence(Qt::CTRL | Qt::Key_I));
    m_copyLink = make("copyReferralLinkAction", CustomerDetailDialog::copyLinkShortcut());
    m_bulkInvite = make("bulkInviteAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));

    connect(m_customersTab, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_page);
        m_page->view()->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_allTab, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_allPage);
        m_allPage->view()->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_treeTab, &QAction::triggered, this, [this] {
        if (!m_tree)
            return;
        m_tabs->setCurrentWidget(m_tree);
        m_tree->view()->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_showInTree, &QAction::triggered, this, [this] {
        const QList<Customer> selected = selection();
        if (selected.size() == 1)
            showInTree(selected.first());
    });
    connect(m_credit, &QAction::triggered, this, [this] {
        const QList<Customer> selected = selection();
        if (selected.size() == 1)
            creditCustomer(selected.first());
    });
    connect(m_bulkCredit, &QAction::triggered, this, [this] { creditCustomers(selection()); });
    connect(m_copyLink, &QAction::triggered, this, [this] {
        const QList<Customer> selected = selection();
        if (selected.size() != 1 || selected.first().referralLink.isEmpty())
            return;
        QGuiApplication::clipboard()->setText(selected.first().referralLink);
        setRequestState(tr("Copied the referral link of %1.").arg(selected.first().displayName()));
    });
    connect(m_invite, &QAction::triggered, this, [this] { invite(); });
    connect(m_bulkInvite, &QAction::triggered, this, [this] { bulkInvite(); });
}

void MainWindow::buildMenus() {
    // Every title and text: retranslate().
    m_fileMenu = menuBar()->addMenu(QString());
    QMenu *connection = m_fileMenu;
    m_switchProfile = connection->addAction(QString());
    m_switchProfile->setObjectName(QStringLiteral("switchProfileAction"));
    m_switchProfile->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_manageProfiles = connection->addAction(QString());
    m_manageProfiles->setObjectName(QStringLiteral("manageProfilesAction"));
    m_newKey = connection->addAction(QString());
    m_newKey->setObjectName(QStringLiteral("newKeyAction"));
    connection->addSeparator();
    m_export = connection->addAction(QString());
    m_export->setObjectName(QStringLiteral("exportAction"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_export, &QAction::triggered, this, [this] {
        QString filter;
        const QString csv = tr("CSV for spreadsheets (*.csv)");
        const QString jsonLines = tr("JSON lines, as the API sent them (*.jsonl)");
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export customers"),
            QDir(DialogParts::documentsFolder()).filePath(tr("customers.csv")),
            csv + QStringLiteral(";;") + jsonLines, &filter);
        if (!path.isEmpty())
            exportCustomers(path, filter == jsonLines || path.endsWith(QStringLiteral(".jsonl")));
    });
    connection->addSeparator();
    m_preferences = connection->addAction(QString());
    m_preferences->setObjectName(QStringLiteral("preferencesAction"));
    m_preferences->setShortcut(QKeySequence::Preferences);
    m_preferences->setMenuRole(QAction::PreferencesRole);
    connect(m_preferences, &QAction::triggered, this, &MainWindow::preferencesRequested);
    m_quit = connection->addAction(QString());
    m_quit->setShortcut(QKeySequence::Quit);
    if (m_quit->shortcut().isEmpty())
        m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_switchProfile, &QAction::triggered, this, &MainWindow::switchProfileRequested);
    connect(m_manageProfiles, &QAction::triggered, this, &MainWindow::manageProfilesRequested);
    connect(m_newKey, &QAction::triggered, this, [this] { Q_EMIT newKeyRequested(false); });
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    // Filled by rebuildCustomerUi(): Undo belongs to the session's CustomerActions.
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_find = new QAction(this);
    m_find->setObjectName(QStringLiteral("findAction"));
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this] {
        m_lookupEdit->setFocus(Qt::ShortcutFocusReason);
        m_lookupEdit->selectAll();
    });

    m_viewMenu = menuBar()->addMenu(QString());
    QMenu *view = m_viewMenu;
    m_refresh = view->addAction(QString());
    m_refresh->setObjectName(QStringLiteral("refreshAction"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    if (m_refresh->shortcut().isEmpty())
        m_refresh->setShortcut(QKeySequence(Qt::Key_F5));
    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload, nullptr, this));
    connect(m_refresh, &QAction::triggered, m_page, &CustomerPage::reload);
    view->addSeparator();
    view->addAction(m_customersTab);
    view->addAction(m_treeTab);
    view->addAction(m_allTab);
    view->addSeparator();
    view->addAction(m_page->pageBar()->firstAction());
    view->addAction(m_page->pageBar()->previousAction());
    view->addAction(m_page->pageBar()->nextAction());
    view->addSeparator();
    m_columnsMenu = view->addMenu(QString());
    m_columnsMenu->setObjectName(QStringLiteral("columnsMenu"));
    // Built when opened: it lists the columns of the kind shown now.
    connect(m_columnsMenu, &QMenu::aboutToShow, this, [this] {
        m_columnsMenu->clear();
        QMenu *chooser = m_page->createColumnsMenu(m_columnsMenu);
        const auto actions = chooser->actions();
        for (QAction *action : actions) {
            action->setParent(m_columnsMenu);
            m_columnsMenu->addAction(action);
        }
        chooser->deleteLater();
    });

    // Filled by rebuildCustomerUi(): its actions depend on the session and its kind.
    m_customerMenu = menuBar()->addMenu(QString());
    m_customerMenu->setObjectName(QStringLiteral("customerMenu"));

    menuBar()->addMenu(m_index->menu());

    m_helpMenu = menuBar()->addMenu(QString());
    QMenu *help = m_helpMenu;
    m_shortcuts = help->addAction(QString());
    m_shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    m_shortcuts->setShortcut(QKeySequence::HelpContents);
    if (m_shortcuts->shortcut().isEmpty())
        m_shortcuts->setShortcut(QKeySequence(Qt::Key_F1));
    connect(m_shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    m_userGuide = help->addAction(QString());
    m_userGuide->setObjectName(QStringLiteral("userGuideAction"));
    connect(m_userGuide, &QAction::triggered, this,
            [this] { SafeLink::open(userGuideUrl().toString(), this); });
    m_practiceMenu = help->addMenu(QString());
    m_practiceMenu->setObjectName(QStringLiteral("practiceMenu"));
    m_practiceAffiliate = m_practiceMenu->addAction(QString());
    m_practiceAffiliate->setObjectName(QStringLiteral("practiceAffiliateAction"));
    connect(m_practiceAffiliate, &QAction::triggered, this,
            [this] { Q_EMIT practiceRequested(ProgramKind::Affiliate); });
    m_practiceReferral = m_practiceMenu->addAction(QString());
    m_practiceReferral->setObjectName(QStringLiteral("practiceReferralAction"));
    connect(m_practiceReferral, &QAction::triggered, this,
            [this] { Q_EMIT practiceRequested(ProgramKind::ReferAFriend); });
    help->addSeparator();
    m_diagnostics = help->addAction(QString());
    m_diagnostics->setObjectName(QStringLiteral("saveDiagnosticsAction"));
    connect(m_diagnostics, &QAction::triggered, this, &MainWindow::saveDiagnosticsRequested);
    m_about = help->addAction(QString());
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this,
            [this] { MessageBox::information(this, tr("About Partnero Console"), aboutText()); });
}

void MainWindow::buildToolBar() {
    QToolBar *bar = addToolBar(QString());
    m_lookupBar = bar;
    bar->setObjectName(QStringLiteral("lookupToolBar"));
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->addAction(m_refresh);
    bar->addSeparator();

    auto *label = new QLabel(bar);
    m_lookupLabel = label;
    m_lookupEdit = new QLineEdit(bar);
    m_lookupEdit->setObjectName(QStringLiteral("lookupEdit"));
    m_lookupEdit->setClearButtonEnabled(true);
    m_lookupEdit->setMinimumWidth(280);
    m_lookupEdit->setMaximumWidth(480);
    label->setBuddy(m_lookupEdit);
    m_lookupStatus = new QLabel(bar);
    m_lookupStatus->setObjectName(QStringLiteral("lookupStatus"));
    m_lookupStatus->setTextFormat(Qt::PlainText);
    m_lookupStatus->setMinimumWidth(200);

    m_lookupStatus->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *box = new QWidget(bar);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(label);
    layout->addWidget(m_lookupEdit);
    layout->addWidget(m_lookupStatus, 1);
    bar->addWidget(box);

    m_lookupEdit->installEventFilter(this);
    connect(m_lookupEdit, &QLineEdit::textChanged, this, &MainWindow::updateLookupHint);
    // Enter opens the match chosen in the list; without one the text goes to the API's exact
    // search (email, key or id), which also finds a customer created elsewhere a minute ago.
    connect(m_lookupEdit, &QLineEdit::returnPressed, this, [this] {
        if (!m_findPopup || !m_findPopup->activateCurrent())
            lookUp(m_lookupEdit->text());
    });

    // Filled by rebuildCustomerUi() with the session's change actions, on a row of its own:
    // beside the Find box, Credit balance and the journal went behind » at the default size.
    addToolBarBreak();
    m_customerBar = addToolBar(QString());
    m_customerBar->setObjectName(QStringLiteral("customerToolBar"));
    m_customerBar->setMovable(false);
    m_customerBar->setFloatable(false);
    m_customerBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
}

void MainWindow::buildStatusBar() {
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_connectionLabel->setTextFormat(Qt::PlainText);
    m_requestLabel = new QLabel(this);
    m_requestLabel->setObjectName(QStringLiteral("requestStateLabel"));
    m_requestLabel->setTextFormat(Qt::PlainText);
    m_rateLabel = new QLabel(this);
    m_rateLabel->setObjectName(QStringLiteral("rateLimitLabel"));
    m_rateLabel->setTextFormat(Qt::PlainText);
    m_rateLabel->hide();
    // The offered undo stays in sight while other messages come and go: a permanent widget.
    m_undoButton = new QToolButton(this);
    m_undoButton->setObjectName(QStringLiteral("undoButton"));
    m_undoButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_undoButton->setAutoRaise(false);
    m_undoButton->hide();
    statusBar()->addWidget(m_requestLabel, 1);
    statusBar()->addPermanentWidget(m_undoButton);
    statusBar()->addPermanentWidget(m_rateLabel);
    statusBar()->addPermanentWidget(m_index->statusWidget());
    statusBar()->addPermanentWidget(m_connectionLabel);

    m_rateTimer = new QTimer(this);
    m_rateTimer->setInterval(1000);
    connect(m_rateTimer, &QTimer::timeout, this, [this] {
        if (--m_rateSecondsLeft <= 0) {
            m_rateTimer->stop();
            m_rateLabel->hide();
            return;
        }
        m_rateLabel->setText(tr("Rate limited: waiting %n seconds", nullptr, m_rateSecondsLeft));
    });
}

void MainWindow::setSession(Session *session) {
    if (session && session == m_session)
        return;
    m_connectionFailure.clear();
    closeDetailDialogs();
    closeSessionDialogs();
    // The tree and the change actions belong to one session; they have no session setter.
    if (m_tree) {
        m_tabs->removeTab(m_tabs->indexOf(m_tree));
        m_tree->deleteLater();
        m_tree = nullptr;
    }
    if (m_actions) {
        for (const auto &action : std::as_const(m_contextActions)) {
            if (action)
                m_page->view()->removeAction(action);
        }
        m_contextActions.clear();
        delete m_actions;
    }
    onUndoAvailable(QString());
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        if (m_session->client())
            disconnect(m_session->client(), nullptr, this, nullptr);
    }
    m_session = session;
    m_lookup->setSession(session);
    m_index->setSession(session);
    if (m_matchesMenu)
        m_matchesMenu->close();
    m_lookupStatus->clear();
    m_rateTimer->stop();
    m_rateLabel->hide();

    if (session) {
        connect(session, &Session::connected, this, [this] {
            m_connectionFailure.clear();
            updateConnectionText();
        });
        // A detected kind decides the tree tab and which change actions exist.
        connect(session, &Session::connected, this, [this] {
            rebuildCustomerUi();
            updateTreeTab();
        });
        connect(session, &Session::connectionFailed, this, [this](const ApiError &error) {
            m_connectionFailure = error.sentence();
            updateConnectionText();
        });
        connect(session, &QObject::destroyed, this, [this] {
            // Deleted without being replaced first: behave as "not connected".
            if (!m_session)
                setSession(nullptr);
        });
        connect(session->client(), &ApiClient::rateLimited, this, &MainWindow::onRateLimited);

        m_actions = new CustomerActions(session, this, this);
        m_actions->setObjectName(QStringLiteral("customerActions"));
        m_actions->setRole(role());
        m_appliedRole = role();
        connect(m_actions, &CustomerActions::customerChanged, this, &MainWindow::onCustomerChanged);
        connect(m_actions, &CustomerActions::customerRemoved, this, &MainWindow::onCustomerRemoved);
        // A new customer has a place in the server's order the console cannot know.
        connect(m_actions, &CustomerActions::customerCreated, m_page, &CustomerPage::reload);
        connect(m_actions, &CustomerActions::customerCreated, m_index,
                [this](const Customer &customer) { m_index->applyChange(QString(), customer); });
        connect(m_actions, &CustomerActions::statusMessage, this, &MainWindow::setRequestState);
        connect(m_actions, &CustomerActions::undoAvailable, this, &MainWindow::onUndoAvailable);
        connect(m_actions, &CustomerActions::approveCreditRequested, this,
                [this](const ApprovalRequest &request) {
                    Customer customer;
                    customer.id = request.customer;
                    customer.name = request.customerLabel;
                    if (CreditDialog *dialog = creditCustomer(customer))
                        dialog->setApproval(request);
                });
    }
    updateWindowTitle();
    m_page->setSession(session);
    rebuildCustomerUi();
    updateTreeTab();
    m_tabs->setCurrentWidget(m_page);
    updateConnectionText();
    updateLookupHint();
    updateActions();
}

QMenu *MainWindow::lookupMatchesMenu() const {
    return m_matchesMenu;
}

Session *MainWindow::session() const {
    return m_session;
}

void MainWindow::updateConnectionText() {
    QString text;
    QString toolTip;
    if (!m_session) {
        text = tr("Not connected");
    } else {
        const Profile &profile = m_session->profile();
        const QString host = hostText(profile.baseUrl);
        if (m_session->isConnected()) {
            const ProgramInfo info = m_session->programInfo();
            const QString name = info.name.isEmpty() ? profile.name : info.name;
            text = tr("Connected to %1 (%2) at %3")
                       .arg(name, programKindText(m_session->kind()), host);
        } else if (m_session->configurationError().isError()) {
            text = tr("Not connected to %1").arg(host);
            toolTip = m_session->configurationError().sentence();
        } else if (!m_connectionFailure.isEmpty()) {
            // Never "Connecting…" beside the sentence that says connecting failed.
            text = tr("Not connected to %1").arg(host);
            toolTip = m_connectionFailure;
        } else {
            text = tr("Connecting to %1…").arg(host);
        }
        toolTip = toolTip.isEmpty()
                      ? tr("Profile “%1”, %2").arg(profile.name, profile.baseUrl.toDisplayString())
                      : toolTip;
    }
    m_connectionLabel->setText(text);
    m_connectionLabel->setToolTip(DisplayFormat::plainToolTip(toolTip));
    m_connectionLabel->setAccessibleName(text);
}

void MainWindow::updateLookupHint() {
    const QString text = m_lookupEdit->text();
    const auto kind = CustomerLookup::classify(text);
    const ProgramKind program = m_session ? m_session->kind() : ProgramKind::Unknown;
    QString hint;
    QString toolTip;
    if (kind == CustomerLookup::Kind::Nothing) {
        hint.clear();
    } else if (hasSearchableIndex() && m_findPopup && m_findPopup->isSearching()) {
        // A shared index answers from another thread: no sentence that may not hold.
        hint = tr("Searching the index…");
    } else if (hasSearchableIndex() && m_findPopup && !m_findPopup->errorString().isEmpty()) {
        // The server of a shared index went away: not "no matches", which would not hold.
        hint = tr("The index could not be read: Enter asks the server by %1")
                   .arg(CustomerLookup::describe(kind, program));
        toolTip = m_findPopup->errorString();
    } else if (hasSearchableIndex()) {
        const int total = m_findPopup ? m_findPopup->totalMatches() : 0;
        hint = total > 0 ? tr("%Ln in the index", nullptr, total)
                         : tr("Not in the index: Enter asks the server by %1")
                               .arg(CustomerLookup::describe(kind, program));
    } else if (kind == CustomerLookup::Kind::Email) {
        hint = tr("By %1").arg(CustomerLookup::describe(kind, program));
    } else {
        // Without an index only an exact key or id can be found: say how to find by name.
        hint = tr("By %1. Index all customers to search by name.")
                   .arg(CustomerLookup::describe(kind, program));
    }
    m_lookupStatus->setText(hint);
    m_lookupStatus->setToolTip(DisplayFormat::plainToolTip(toolTip));
}

bool MainWindow::hasSearchableIndex() const {
    return m_index->profileIndex() && m_index->profileIndex()->isReady();
}

FindPopup *MainWindow::findPopup() const {
    // Built with the first index that can be searched (or when asked for): without one there
    // is nothing to match as the person types.
    if (!m_findPopup) {
        auto *self = const_cast<MainWindow *>(this);
        self->m_findPopup = new FindPopup(m_lookupEdit, self);
        connect(m_findPopup, &FindPopup::customerChosen, self, &MainWindow::openFound);
        connect(m_findPopup, &FindPopup::showAllRequested, self, &MainWindow::showAllMatches);
        connect(m_findPopup, &FindPopup::matchesChanged, self, &MainWindow::updateLookupHint);
    }
    return m_findPopup;
}

void MainWindow::onIndexChanged() {
    ProfileIndex *index = m_index->profileIndex();
    CustomerIndex *ready = index && index->isReady() ? index->index() : nullptr;
    if (ready || m_findPopup)
        findPopup()->setIndex(ready);
    if (ready != m_shownIndex || !ready) {
        m_shownIndex = ready;
        m_allPage->setIndex(ready, m_session ? m_session->kind() : ProgramKind::Unknown);
    } else {
        m_allPage->reload();
    }
    updateAllCustomersTabText();
    updateLookupHint();
}

void MainWindow::updateAllCustomersTabText() {
    // The tab names the whole index; the page itself says how many its filters select.
    ProfileIndex *index = m_index->profileIndex();
    const bool ready = index && index->isReady() && index->index();
    m_tabs->setTabText(m_tabs->indexOf(m_allPage),
                       ready ? tr("All customers (%L1)").arg(index->count()) : tr("All customers"));
}

void MainWindow::showAllMatches(const QString &text) {
    m_allPage->setSearchText(text);
    m_tabs->setCurrentWidget(m_allPage);
}

void MainWindow::updateActions() {
    const bool connected = m_session;
    m_refresh->setEnabled(connected);
    m_find->setEnabled(connected);
    m_lookupEdit->setEnabled(connected);
    m_newKey->setEnabled(connected);
    m_export->setEnabled(connected);
    updateCustomerActions();
}

CustomerActions *MainWindow::customerActions() const {
    return m_actions;
}

ReferralTreePage *MainWindow::referralTreePage() const {
    return m_tree;
}

bool MainWindow::isReferral() const {
    return m_session && m_session->kind() == ProgramKind::ReferAFriend;
}

QList<Customer> MainWindow::selection() const {
    // Only what the person sees: while the tree is in front, the tables' rows are not chosen.
    if (m_tabs->currentWidget() == m_allPage)
        return m_allPage->selectedCustomers();
    if (m_tree && m_tabs->currentWidget() == m_tree) {
        const auto chosen = m_tree->selectedCustomer();
        return chosen ? QList<Customer>{*chosen} : QList<Customer>{};
    }
    if (m_tabs->currentWidget() != m_page)
        return {};
    return m_page->selectedCustomers();
}

void MainWindow::syncSelection() {
    if (m_actions)
        m_actions->setSelection(selection());
    updateCustomerActions();
}

void MainWindow::updateCustomerActions() {
    const bool referral = isReferral();
    const int selected = int(selection().size());
    m_treeTab->setVisible(referral);
    m_treeTab->setEnabled(referral && m_tree);
    m_customersTab->setEnabled(m_session);
    m_allTab->setEnabled(m_session);
    const bool credit = referral && allows(RoleAction::Credit);
    const bool invite = referral && allows(RoleAction::Invite);
    // Hidden outside the role, which also leaves their shortcuts dead. Copying a link is
    // browsing: every role has it.
    m_showInTree->setVisible(referral);
    m_copyLink->setVisible(referral);
    m_credit->setVisible(credit);
    m_bulkCredit->setVisible(credit);
    m_invite->setVisible(invite);
    m_bulkInvite->setVisible(invite);
    m_showInTree->setEnabled(referral && m_tree && selected == 1);
    m_copyLink->setEnabled(referral && selected == 1 &&
                           !selection().constFirst().referralLink.isEmpty());
    m_credit->setEnabled(credit && selected == 1);
    m_bulkCredit->setEnabled(credit);
    // With nothing selected the bulk credit starts from a CSV file.
    m_bulkCredit->setText(selected > 0 ? tr("Credit &selected…") : tr("Credit from CS&V…"));
    m_invite->setEnabled(invite);
    m_bulkInvite->setEnabled(invite);
}

void MainWindow::rebuildCustomerUi() {
    for (const auto &action : std::as_const(m_contextActions)) {
        if (action)
            m_page->view()->removeAction(action);
    }
    m_contextActions.clear();
    m_editMenu->clear();
    m_customerMenu->clear();
    m_customerBar->clear();

    m_customerMenu->addAction(m_page->openAction());
    if (m_actions) {
        QAction *undo = m_actions->undoAction();
        undo->setObjectName(QStringLiteral("undoAction"));
        m_editMenu->addAction(undo);
        m_editMenu->addSeparator();
        m_undoButton->setDefaultAction(undo);

        const bool credit = isReferral() && allows(RoleAction::Credit);
        const bool invite = isReferral() && allows(RoleAction::Invite);
        m_customerMenu->addSeparator();
        m_customerMenu->addAction(m_actions->newAction());
        m_customerMenu->addActions(m_actions->contextMenuActions());
        if (isReferral()) {
            m_customerMenu->addSeparator();
            m_customerMenu->addActions({m_showInTree, m_copyLink});
            if (credit)
                m_customerMenu->addActions({m_credit, m_bulkCredit});
        }
        if (invite) {
            m_customerMenu->addSeparator();
            m_customerMenu->addActions({m_invite, m_bulkInvite});
        }
        m_customerMenu->addSeparator();
        m_customerMenu->addAction(m_actions->journalAction());

        // Undo is offered in the status bar (and Edit menu): its text grows with what it
        // undoes, which in the toolbar would push the other buttons out of sight.
        const auto bar = m_actions->toolBarActions();
        for (QAction *action : bar) {
            if (action != undo)
                m_customerBar->addAction(action);
        }
        if (credit) {
            m_customerBar->addSeparator();
            m_customerBar->addAction(m_credit);
        }

        // The row's right-click menu: after Open and Copy, what changes the customer.
        QList<QAction *> context;
        auto *separator = new QAction(m_actions);
        separator->setSeparator(true);
        context << separator << m_actions->contextMenuActions();
        if (isReferral()) {
            auto *second = new QAction(m_actions);
            second->setSeparator(true);
            context << second << m_showInTree << m_copyLink;
            if (credit)
                context << m_credit;
        }
        for (QAction *action : std::as_const(context)) {
            m_page->view()->addAction(action);
            m_contextActions.append(action);
        }
    }
    QList<QAction *> shared;
    for (const auto &action : std::as_const(m_contextActions)) {
        if (action)
            shared.append(action);
    }
    m_allPage->setContextActions(shared);
    shareActionsWithTree();
    m_editMenu->addAction(m_page->copyAction());
    m_editMenu->addAction(m_find);
    m_customerBar->setVisible(m_actions);
    syncSelection();
}

void MainWindow::updateTreeTab() {
    const bool wanted = isReferral();
    if (wanted && !m_tree) {
        m_tree = new ReferralTreePage(m_session, m_tabs);
        m_tree->setObjectName(QStringLiteral("referralTreePage"));
        m_tabs->insertTab(1, m_tree, tr("Referral tree"));
        connect(m_tree, &ReferralTreePage::customerActivated, this, &MainWindow::openCustomer);
        connect(m_tree, &ReferralTreePage::selectionChanged, this, &MainWindow::syncSelection);
        shareActionsWithTree();
    } else if (!wanted && m_tree) {
        m_tabs->removeTab(m_tabs->indexOf(m_tree));
        m_tree->deleteLater();
        m_tree = nullptr;
    }
    updateCustomerActions();
}

void MainWindow::shareActionsWithTree() {
    // The tree's right-click menu offers the same changes as the tables' (Show in tree aside:
    // the customer is already there).
    if (!m_tree)
        return;
    QList<QAction *> actions;
    for (const auto &action : std::as_const(m_contextActions)) {
        if (action && action != m_showInTree)
            actions.append(action);
    }
    m_tree->setCustomerActions(actions);
}

void MainWindow::showInTree(const Customer &customer) {
    if (!m_tree)
        return;
    m_tabs->setCurrentWidget(m_tree);
    raise();
    activateWindow();
    m_tree->showCustomer(customer);
}

CustomerDetailDialog *MainWindow::detailDialog(const QString &identifier) const {
    for (const auto &dialog : m_dialogs) {
        if (dialog && !identifier.isEmpty() && dialog->identifier() == identifier)
            return dialog;
    }
    return nullptr;
}

void MainWindow::onCustomerChanged(const QString &oldIdentifier, const Customer &customer) {
    m_index->applyChange(oldIdentifier, customer);
    m_page->model()->replaceCustomer(oldIdentifier, customer);
    if (m_tree)
        m_tree->model()->updateCustomer(oldIdentifier, customer);
    m_page->dropPrefetched();
    for (const auto &dialog : std::as_const(m_dialogs)) {
        if (dialog && dialog->identifier() == oldIdentifier)
            dialog->setCustomer(customer);
    }
}

void MainWindow::onCustomerRemoved(const QString &identifier) {
    m_index->applyRemoval(identifier);
    m_page->model()->removeCustomer(identifier);
    m_page->dropPrefetched();
    const auto dialogs = m_dialogs;
    for (const auto &dialog : dialogs) {
        if (dialog && dialog->identifier() == identifier)
            dialog->close();
    }
}

void MainWindow::onCredited(const Customer &customer) {
    m_page->dropPrefetched();
    const QString identifier = customer.identifier();
    for (const auto &dialog : std::as_const(m_dialogs)) {
        if (dialog && dialog->identifier() == identifier)
            dialog->reloadBalance();
    }
    setRequestState(tr("Balance of %1 credited.").arg(customer.displayName()));
}

void MainWindow::onUndoAvailable(const QString &text) {
    m_undoButton->setVisible(!text.isEmpty());
    m_undoButton->setToolTip(
        text.isEmpty()
            ? QString()
            : DisplayFormat::plainToolTip(tr("%1 (%2)").arg(
                  text, QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText))));
}

CreditDialog *MainWindow::creditCustomer(const Customer &customer, QWidget *parent) {
    if (!isReferral() || !allows(RoleAction::Credit))
        return nullptr;
    auto *dialog = new CreditDialog(m_session, customer, parent ? parent : this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreditDialog::credited, this,
            [this](const Customer &credited, const Balance &) { onCredited(credited); });
    m_sessionDialogs.removeAll(nullptr);
    m_sessionDialogs.append(dialog);
    // Window-modal: one credit at a time from the window (or detail dialog) it came from.
    dialog->open();
    return dialog;
}

BulkCreditDialog *MainWindow::creditCustomers(const QList<Customer> &customers) {
    if (!isReferral() || !allows(RoleAction::Credit))
        return nullptr;
    auto *dialog = new BulkCreditDialog(m_session, customers, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BulkCreditDialog::credited, this,
            [this](const Customer &credited, const Balance &) { onCredited(credited); });
    m_sessionDialogs.removeAll(nullptr);
    m_sessionDialogs.append(dialog);
    dialog->open();
    return dialog;
}

InviteDialog *MainWindow::invite() {
    if (!isReferral() || !allows(RoleAction::Invite))
        return nullptr;
    for (const auto &open : std::as_const(m_sessionDialogs)) {
        if (auto *existing = qobject_cast<InviteDialog *>(open.data())) {
            existing->raise();
            existing->activateWindow();
            return existing;
        }
    }
    auto *dialog = new InviteDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_sessionDialogs.removeAll(nullptr);
    m_sessionDialogs.append(dialog);
    dialog->show();
    return dialog;
}

BulkInviteDialog *MainWindow::bulkInvite() {
    if (!isReferral() || !allows(RoleAction::Invite))
        return nullptr;
    for (const auto &open : std::as_const(m_sessionDialogs)) {
        if (auto *existing = qobject_cast<BulkInviteDialog *>(open.data())) {
            existing->raise();
            existing->activateWindow();
            return existing;
        }
    }
    // Non-modal: a long run goes on while the person works in the window.
    auto *dialog = new BulkInviteDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_sessionDialogs.removeAll(nullptr);
    m_sessionDialogs.append(dialog);
    dialog->show();
    return dialog;
}

void MainWindow::closeSessionDialogs() {
    // Forms bound to the old session; a bulk run is left to finish or pause on its own.
    QList<QPointer<QWidget>> dialogs = m_sessionDialogs;
    m_sessionDialogs.clear();
    const auto children = findChildren<QDialog *>(Qt::FindDirectChildrenOnly);
    for (QDialog *child : children) {
        if (qobject_cast<EditCustomerDialog *>(child) ||
            qobject_cast<CreateCustomerDialog *>(child) ||
            qobject_cast<DeleteCustomerDialog *>(child))
            dialogs.append(child);
    }
    for (const auto &dialog : std::as_const(dialogs)) {
        if (dialog && !qobject_cast<BulkInviteDialog *>(dialog.data()) &&
            !qobject_cast<BulkCreditDialog *>(dialog.data()))
            dialog->close();
    }
}

void MainWindow::setRequestState(const QString &sentence) {
    m_requestLabel->setText(sentence);
    m_requestLabel->setToolTip(DisplayFormat::plainToolTip(sentence));
}

ExportDialog *MainWindow::exportCustomers(const QString &filePath, bool jsonLines) {
    if (!m_session || !m_session->isConnected())
        return nullptr;
    auto *job = new ExportJob();
    const auto format = jsonLines ? CustomerExport::Format::JsonLines : CustomerExport::Format::Csv;
    const ProgramKind kind = m_session->kind();
    ProfileIndex *index = m_index->profileIndex();
    const CustomerQuery filter = m_page->query();
    if (index && index->isReady() && m_tabs->currentWidget() == m_allPage) {
        job->startFromIndex(index->location(), m_allPage->query(), kind, filePath, format);
    } else if (index && index->isReady() && filter.partnerEmail.isEmpty()) {
        // The index knows partners by key only; everything else the page filters by it has.
        IndexQuery query;
        query.partner = filter.partnerKey;
        query.referStatus = filter.referStatus == CustomerQuery::ReferStatus::Referred
                                ? IndexQuery::ReferStatus::Referred
                            : filter.referStatus == CustomerQuery::ReferStatus::NonReferred
                                ? IndexQuery::ReferStatus::NonReferred
                                : IndexQuery::ReferStatus::Any;
        job->startFromIndex(index->location(), query, kind, filePath, format);
    } else {
        job->startFromApi(m_session->customers(), kind, filter, filePath, format);
    }
    auto *dialog = new ExportDialog(job, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // An export through the API uses the session's services: a profile switch cancels it.
    m_sessionDialogs.removeAll(nullptr);
    m_sessionDialogs.append(dialog);
    connect(dialog, &ExportDialog::exportFinished, this, &MainWindow::setRequestState);
    dialog->open();
    return dialog;
}

void MainWindow::lookUp(const QString &text) {
    if (m_matchesMenu)
        m_matchesMenu->close();
    if (!m_session || CustomerLookup::classify(text) == CustomerLookup::Kind::Nothing)
        return;
    const QString sentence = tr("Looking up “%1”…").arg(text.trimmed());
    m_lookupStatus->setText(sentence);
    setRequestState(sentence);
    m_lookup->start(text);
}

void MainWindow::onLookupFinished(const QString &text, const QList<Customer> &matches) {
    QString sentence;
    if (matches.isEmpty() && !hasSearchableIndex() &&
        CustomerLookup::classify(text) != CustomerLookup::Kind::Email)
        sentence = tr("No customer has the email, key or ID “%1”. Index all customers to search "
                      "by name.")
                       .arg(text);
    else if (matches.isEmpty())
        sentence = tr("No customer matches “%1”.").arg(text);
    else
        sentence = tr("%n customers match “%1”.", nullptr, int(matches.size())).arg(text);
    m_lookupStatus->setText(sentence);
    setRequestState(sentence);
    if (matches.size() == 1)
        openFound(matches.first());
    else if (matches.size() > 1)
        showMatches(matches);
}

void MainWindow::onLookupFailed(const QString &text, const ApiError &error) {
    const QString sentence = tr("“%1” could not be looked up: %2").arg(text, error.sentence());
    m_lookupStatus->setText(error.kind == ApiError::Kind::Unauthorized
                                ? tr("Signed out: the API key was not accepted.")
                                : tr("The lookup failed."));
    m_lookupStatus->setToolTip(DisplayFormat::plainToolTip(sentence));
    setRequestState(sentence);
}

void MainWindow::showMatches(const QList<Customer> &matches) {
    if (m_matchesMenu)
        m_matchesMenu->deleteLater();
    m_matchesMenu = new QMenu(this);
    m_matchesMenu->setObjectName(QStringLiteral("lookupMatchesMenu"));
    m_matchesMenu->setAccessibleName(tr("Matching customers"));
    m_matchesMenu->setAttribute(Qt::WA_DeleteOnClose);
    for (const Customer &customer : matches) {
        QString label = customer.displayName();
        if (!customer.email.isEmpty() && customer.email != label)
            label += QStringLiteral(" <") + customer.email + QLatin1Char('>');
        label += QStringLiteral(" — ") + customer.identifier();
        QAction *action = m_matchesMenu->addAction(label);
        // Ampersands in names are not mnemonics.
        action->setText(label.replace(QLatin1Char('&'), QStringLiteral("&&")));
        connect(action, &QAction::triggered, this, [this, customer] { openFound(customer); });
    }
    m_matchesMenu->setActiveAction(m_matchesMenu->actions().value(0));
    m_matchesMenu->popup(m_lookupEdit->mapToGlobal(QPoint(0, m_lookupEdit->height())));
}

CustomerDetailDialog *MainWindow::openFound(const Customer &customer) {
    // The window's actions (F2, Delete, Credit…) act on the selection: after a Find it must be
    // the customer found, not a row chosen before, which may be someone else entirely.
    m_page->selectCustomer(customer.identifier());
    m_allPage->clearSelection();
    syncSelection();
    return openCustomer(customer);
}

CustomerDetailDialog *MainWindow::openCustomer(const Customer &customer) {
    if (!m_session)
        return nullptr;
    const QString identifier = customer.identifier();
    for (const auto &open : std::as_const(m_dialogs)) {
        if (open && !identifier.isEmpty() && open->identifier() == identifier) {
            open->show();
            open->raise();
            open->activateWindow();
            return open;
        }
    }
    auto *dialog = new CustomerDetailDialog(m_session, customer, this);
    m_dialogs.removeAll(nullptr);
    m_dialogs.append(dialog);
    connect(dialog, &CustomerDetailDialog::partnerRequested, this,
            &MainWindow::showPartnerCustomers);
    connect(dialog, &CustomerDetailDialog::customerRequested, this, &MainWindow::openCustomer);
    connect(dialog, &CustomerDetailDialog::newKeyRequested, this,
            [this] { Q_EMIT newKeyRequested(true); });
    if (isReferral()) {
        connect(dialog, &CustomerDetailDialog::showInTreeRequested, this, &MainWindow::showInTree);
        if (allows(RoleAction::Credit))
            connectCredit(dialog);
    }
    dialog->setActions(m_actions);
    dialog->show();
    return dialog;
}

QList<CustomerDetailDialog *> MainWindow::detailDialogs() const {
    QList<CustomerDetailDialog *> dialogs;
    for (const auto &dialog : m_dialogs) {
        if (dialog)
            dialogs.append(dialog);
    }
    return dialogs;
}

void MainWindow::closeDetailDialogs() {
    const auto dialogs = m_dialogs;
    m_dialogs.clear();
    for (const auto &dialog : dialogs) {
        if (dialog)
            dialog->close();
    }
}

void MainWindow::showPartnerCustomers(const QString &partnerKey) {
    m_page->setPartnerFilter(partnerKey);
    raise();
    activateWindow();
    m_page->view()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::onRateLimited(int seconds) {
    if (seconds <= 0)
        return;
    m_rateSecondsLeft = qMax(m_rateSecondsLeft, seconds);
    m_rateLabel->setText(tr("Rate limited: waiting %n seconds", nullptr, m_rateSecondsLeft));
    m_rateLabel->show();
    m_rateTimer->start();
}

QList<QPair<QString, QString>> MainWindow::shortcuts() const {
    QList<QPair<QString, QString>> entries;
    QList<const QAction *> seen;
    const auto collect = [&entries, &seen](const QMenu *menu, const auto &self) -> void {
        const auto actions = menu->actions();
        for (const QAction *action : actions) {
            if (action->menu()) {
                self(action->menu(), self);
                continue;
            }
            // Hidden actions do not exist for this program (e.g. archive in affiliate ones).
            if (action->shortcut().isEmpty() || !action->isVisible() || seen.contains(action))
                continue;
            seen.append(action);
            entries.append(
                {action->text().remove(QLatin1Char('&')).remove(QChar(0x2026)), keysText(action)});
        }
    };
    const auto menus = menuBar()->actions();
    for (const QAction *action : menus) {
        if (action->menu())
            collect(action->menu(), collect);
    }
    const auto native = [](QKeySequence::StandardKey key) {
        return QKeySequence(key).toString(QKeySequence::NativeText);
    };
    if (m_tree) {
        for (const QAction *action : {m_tree->goToReferrerAction(), m_tree->goToRootAction()})
            entries.append(
                {tr("%1 (in the referral tree)").arg(action->text().remove(QLatin1Char('&'))),
                 keysText(action)});
    }
    entries.append({tr("Open the selected customer (in the table)"), tr("Enter")});
    entries.append({tr("Look up what the box holds (in the lookup box)"), tr("Enter")});
    entries.append({tr("Clear the lookup box, then go back to the table"), tr("Esc")});
    entries.append({tr("Close a customer window"), tr("Esc")});
    entries.append({tr("Refresh a customer window"), native(QKeySequence::Refresh)});
    entries.append(
        {tr("Next or previous tab in a customer window"), tr("Ctrl+Tab, Ctrl+Shift+Tab")});
    entries.append({tr("Move between controls"), tr("Tab, Shift+Tab")});
    entries.append({tr("Select several rows"), tr("Shift+Up/Down, Ctrl+Space")});
    entries.append({tr("Open a menu or go to a labelled field"), tr("Alt+underlined letter")});
    return entries;
}

void MainWindow::showShortcuts() {
    auto *dialog = new ShortcutsDialog(shortcuts(), this);
    dialog->show();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_lookupEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            if (!m_lookupEdit->text().isEmpty()) {
                m_lookupEdit->clear();
                m_lookup->cancel();
            } else {
                m_page->view()->setFocus(Qt::ShortcutFocusReason);
            }
            return true;
        }
        if (key->key() == Qt::Key_Down && m_matchesMenu && m_matchesMenu->isVisible()) {
            m_matchesMenu->setFocus();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::saveWindowState() {
    QSettings settings;
    settings.setValue(QLatin1String(GeometryKey), saveGeometry());
    settings.setValue(QLatin1String(StateKey), saveState());
    m_page->saveColumns();
}

void MainWindow::restoreWindowState() {
    QSettings settings;
    restoreGeometry(settings.value(QLatin1String(GeometryKey)).toByteArray());
    restoreState(settings.value(QLatin1String(StateKey)).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event) {
    saveWindowState();
    closeDetailDialogs();
    QMainWindow::closeEvent(event);
}

QString MainWindow::aboutText() {
    return tr("Partnero Console %1\nA desktop console for the Partnero customers API.\n\n"
              "Licence: GNU General Public License, version 3 or later "
              "(GPL-3.0-or-later).\n\nQt %2 (built with %3)\nQtKeychain %4")
        .arg(QStringLiteral(PARTNERO_VERSION), QString::fromLatin1(qVersion()),
             QStringLiteral(QT_VERSION_STR), QStringLiteral(PARTNERO_QTKEYCHAIN_VERSION));
}

QUrl MainWindow::userGuideUrl() {
    return QUrl(QStringLiteral(PARTNERO_HOMEPAGE "#user-guide"));
}

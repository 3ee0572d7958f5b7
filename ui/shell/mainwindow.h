// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/profiles/profilerole.h"
#include "models/customer.h"
#include "models/programkind.h"

#include <QList>
#include <QMainWindow>
#include <QPair>
#include <QPointer>
#include <QUrl>

class AllCustomersPage;
class ApiError;
class BulkCreditDialog;
class BulkInviteDialog;
class CreditDialog;
class CustomerActions;
class CustomerDetailDialog;
class CustomerLookup;
class CustomerIndex;
class CustomerPage;
class ExportDialog;
class FindPopup;
class IndexController;
class InviteDialog;
class ProfileStore;
class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QTabWidget;
class QTimer;
class QToolBar;
class QToolButton;
class ReferralTreePage;
class Session;

// The console's main window: the customer table (CustomerPage) and, for refer-a-friend
// programs, the referral tree (ReferralTreePage) as tabs; the lookup box; menus with every
// action and its shortcut; and a status bar with the connection, the state of the last
// request and the offered undo. Detail dialogs open from here, several at once.
//
// Changes go through one CustomerActions per session (menus, toolbar, the table's context
// menu and the detail dialogs' buttons); what it reports is applied to the table row and to
// the open detail dialogs in place, without reloading the page.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(ProfileStore *profiles, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Not owned; null means "not connected". The session may be replaced at any time (a
    // profile switch): open detail dialogs close, and the table reloads for the new kind.
    void setSession(Session *session);
    Session *session() const;

    // Help > About's text: the version, the licence, and the Qt and QtKeychain in use.
    static QString aboutText();
    // Help > User guide: the README's user guide, on the project's page.
    static QUrl userGuideUrl();

    CustomerPage *customerPage() const { return m_page; }
    // "All customers (N)": every customer of the index, whatever page the API is on.
    AllCustomersPage *allCustomersPage() const { return m_allPage; }
    QAction *allCustomersTabAction() const { return m_allTab; }

    // Opens the customer's detail dialog, or raises the one already open for it.
    CustomerDetailDialog *openCustomer(const Customer &customer);
    // Opens a customer the Find box found, making it the table's selection (or none).
    CustomerDetailDialog *openFound(const Customer &customer);
    // The detail dialogs open now.
    QList<CustomerDetailDialog *> detailDialogs() const;
    // The open detail dialog of the customer with this identifier, if any.
    CustomerDetailDialog *detailDialog(const QString &identifier) const;

    // The connected profile's role (Full when not connected): what it does not allow is
    // hidden here, in the detail dialogs and in the context menus.
    ProfileRole role() const;
    bool allows(RoleAction action) const;

    // The session's change actions (null when not connected).
    CustomerActions *customerActions() const;
    // The central tabs: "Customers" and, for refer-a-friend programs, "Referral tree".
    QTabWidget *tabs() const { return m_tabs; }
    // Null unless the program is refer-a-friend.
    ReferralTreePage *referralTreePage() const;
    // Switches to the referral tree and reveals `customer` with everyone above them.
    void showInTree(const Customer &customer);
    // Refer-a-friend: the credit form for one customer, the bulk credit for several (or a
    // CSV when none is given), an invitation, invitations from a CSV file. Non-modal for the
    // event loop; each deletes itself when closed. Null when not possible now.
    CreditDialog *creditCustomer(const Customer &customer, QWidget *parent = nullptr);
    BulkCreditDialog *creditCustomers(const QList<Customer> &customers);
    InviteDialog *invite();
    BulkInviteDialog *bulkInvite();

    // Writes the customers of the view shown (its filters, search and sort) to `filePath`: from
    // the index when it can apply them, else through the API. The progress dialog, with
    // Cancel, is returned (null when not connected). File > Export customers… asks for the
    // file first.
    ExportDialog *exportCustomers(const QString &filePath, bool jsonLines = false);
    QAction *exportAction() const { return m_export; }

    // The lookup box's work, as Enter does it.
    void lookUp(const QString &text);
    // Shows the customers of an affiliate partner (the partner link of a detail dialog).
    void showPartnerCustomers(const QString &partnerKey);

    // Every shortcut of the window: (what it does, the keys).
    QList<QPair<QString, QString>> shortcuts() const;
    void showShortcuts();

    // For tests and the screenshot tool.
    QLineEdit *lookupEdit() const { return m_lookupEdit; }
    QLabel *lookupStatusLabel() const { return m_lookupStatus; }
    CustomerLookup *lookup() const { return m_lookup; }
    IndexController *indexController() const { return m_index; }
    // The matches under the Find box (built when first needed).
    FindPopup *findPopup() const;
    // The list of matches when a lookup found several (null otherwise).
    QMenu *lookupMatchesMenu() const;
    QLabel *connectionLabel() const { return m_connectionLabel; }
    QLabel *requestStateLabel() const { return m_requestLabel; }
    QLabel *rateLimitLabel() const { return m_rateLabel; }
    QAction *refreshAction() const { return m_refresh; }
    QAction *findAction() const { return m_find; }
    QAction *customersTabAction() const { return m_customersTab; }
    QAction *treeTabAction() const { return m_treeTab; }
    QAction *showInTreeAction() const { return m_showInTree; }
    QAction *creditAction() const { return m_credit; }
    QAction *copyLinkAction() const { return m_copyLink; }
    QAction *bulkCreditAction() const { return m_bulkCredit; }
    QAction *inviteAction() const { return m_invite; }
    QAction *bulkInviteAction() const { return m_bulkInvite; }
    // The status bar's undo button (hidden while there is nothing to undo).
    QToolButton *undoButton() const { return m_undoButton; }

    // Window geometry and state, in QSettings (done on close).
    void saveWindowState();
    // Gives the referral tree's right-click menu the change actions of the tables.
    void shareActionsWithTree();
    void restoreWindowState();

Q_SIGNALS:
    // Connection > Switch profile… (Ctrl+Shift+P).
    void switchProfileRequested();
    // The signed-out (401) state's "Enter a new key" (`rejected`: the server refused the key),
    // or File > Enter a new key… (not rejected: the person chose to).
    void newKeyRequested(bool rejected);
    // Connection > Manage profiles….
    void manageProfilesRequested();
    // Connection > Preferences….
    void preferencesRequested();
    // Help > Save diagnostics….
    void saveDiagnosticsRequested();
    // Help > Practice with the sandbox: a private sandbox of that kind, to try things safely.
    void practiceRequested(ProgramKind kind);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Every text the window sets itself, in the current language (at start and on
    // QEvent::LanguageChange); the pages and controllers retranslate their own.
    void retranslate();
    void updateWindowTitle();
    void updateAllCustomersTabText();
    void buildMenus();
    void applyRole();
    void connectCredit(CustomerDetailDialog *dialog);
    void buildToolBar();
    void buildStatusBar();
    void updateConnectionText();
    void updateLookupHint();
    void updateActions();
    void setRequestState(const QString &sentence);
    void onLookupFinished(const QString &text, const QList<Customer> &matches);
    void onLookupFailed(const QString &text, const ApiError &error);
    void showMatches(const QList<Customer> &matches);
    void onRateLimited(int seconds);
    void closeDetailDialogs();
    void closeSessionDialogs();
    void setUpActions();
    void rebuildCustomerUi();
    void updateTreeTab();
    void syncSelection();
    void updateCustomerActions();
    void onCustomerChanged(const QString &oldIdentifier, const Customer &customer);
    void onCustomerRemoved(const QString &identifier);
    void onIndexChanged();
    void showAllMatches(const QString &text);
    // An index with a complete pass: the Find box searches it as the person types.
    bool hasSearchableIndex() const;
    void onCredited(const Customer &customer);
    void onUndoAvailable(const QString &text);
    QList<Customer> selection() const;
    bool isReferral() const;

    QPointer<ProfileStore> m_profiles;
    QPointer<Session> m_session;
    ProfileRole m_appliedRole = ProfileRole::Full;
    CustomerPage *m_page;
    CustomerLookup *m_lookup;
    QTabWidget *m_tabs = nullptr;
    QPointer<ReferralTreePage> m_tree;
    QPointer<CustomerActions> m_actions;
    // What the current CustomerActions put in the table's context menu (removed with it).
    QList<QPointer<QAction>> m_contextActions;
    QList<QPointer<QWidget>> m_sessionDialogs;
    QList<QPointer<CustomerDetailDialog>> m_dialogs;

    QLineEdit *m_lookupEdit = nullptr;
    QLabel *m_lookupStatus = nullptr;
    QPointer<QMenu> m_matchesMenu;
    IndexController *m_index = nullptr;
    FindPopup *m_findPopup = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_requestLabel = nullptr;
    QLabel *m_rateLabel = nullptr;
    QTimer *m_rateTimer = nullptr;
    int m_rateSecondsLeft = 0;

    QAction *m_switchProfile = nullptr;
    QAction *m_manageProfiles = nullptr;
    QAction *m_newKey = nullptr;
    QAction *m_export = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_find = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_shortcuts = nullptr;
    QAction *m_diagnostics = nullptr;
    QMenu *m_practiceMenu = nullptr;
    QAction *m_practiceAffiliate = nullptr;
    QAction *m_practiceReferral = nullptr;
    QAction *m_userGuide = nullptr;
    QAction *m_about = nullptr;
    QAction *m_preferences = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_lookupBar = nullptr;
    QLabel *m_lookupLabel = nullptr;
    QMenu *m_columnsMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_customerMenu = nullptr;
    QToolBar *m_customerBar = nullptr;
    QToolButton *m_undoButton = nullptr;
    QAction *m_customersTab = nullptr;
    QAction *m_treeTab = nullptr;
    QAction *m_allTab = nullptr;
    AllCustomersPage *m_allPage = nullptr;
    // The index the All customers page shows now (to tell a new index from a changed one).
    CustomerIndex *m_shownIndex = nullptr;
    QAction *m_showInTree = nullptr;
    QAction *m_credit = nullptr;
    QAction *m_copyLink = nullptr;
    QString m_connectionFailure; // why the session could not connect, until it does
    QAction *m_bulkCredit = nullptr;
    QAction *m_invite = nullptr;
    QAction *m_bulkInvite = nullptr;
};

#pragma once

#include "customer.h"

#include <QList>
#include <QMainWindow>
#include <QPair>
#include <QPointer>

class ApiError;
class CustomerDetailDialog;
class CustomerLookup;
class CustomerPage;
class ProfileStore;
class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QTimer;
class Session;

// The console's main window: the customer table (CustomerPage), the lookup box, menus with
// every action and its shortcut, and a status bar with the connection and the state of the
// last request. Detail dialogs open from here, several at once.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(ProfileStore *profiles, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Not owned; null means "not connected". The session may be replaced at any time (a
    // profile switch): open detail dialogs close, and the table reloads for the new kind.
    void setSession(Session *session);
    Session *session() const;

    CustomerPage *customerPage() const { return m_page; }

    // Opens the customer's detail dialog, or raises the one already open for it.
    CustomerDetailDialog *openCustomer(const Customer &customer);
    // The detail dialogs open now.
    QList<CustomerDetailDialog *> detailDialogs() const;

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
    // The list of matches when a lookup found several (null otherwise).
    QMenu *lookupMatchesMenu() const;
    QLabel *connectionLabel() const { return m_connectionLabel; }
    QLabel *requestStateLabel() const { return m_requestLabel; }
    QLabel *rateLimitLabel() const { return m_rateLabel; }
    QAction *refreshAction() const { return m_refresh; }
    QAction *findAction() const { return m_find; }

    // Window geometry and state, in QSettings (done on close).
    void saveWindowState();
    void restoreWindowState();

Q_SIGNALS:
    // Connection > Switch profile… (Ctrl+Shift+P).
    void switchProfileRequested();
    // The signed-out (401) state's "Enter a new key", or Connection > Enter a new key….
    void newKeyRequested();
    // Connection > Manage profiles….
    void manageProfilesRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildMenus();
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

    QPointer<ProfileStore> m_profiles;
    QPointer<Session> m_session;
    CustomerPage *m_page;
    CustomerLookup *m_lookup;
    QList<QPointer<CustomerDetailDialog>> m_dialogs;

    QLineEdit *m_lookupEdit = nullptr;
    QLabel *m_lookupStatus = nullptr;
    QPointer<QMenu> m_matchesMenu;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_requestLabel = nullptr;
    QLabel *m_rateLabel = nullptr;
    QTimer *m_rateTimer = nullptr;
    int m_rateSecondsLeft = 0;

    QAction *m_switchProfile = nullptr;
    QAction *m_manageProfiles = nullptr;
    QAction *m_newKey = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_find = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_shortcuts = nullptr;
    QAction *m_about = nullptr;
    QMenu *m_columnsMenu = nullptr;
};

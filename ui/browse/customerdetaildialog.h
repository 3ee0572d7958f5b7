// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/customer.h"
#include "models/programkind.h"

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QPointer>

class BalanceWidget;
class CustomerActions;
class LatestRequest;
class ElidedLabel;
class QLabel;
class QPushButton;
class QScrollArea;
class QTabWidget;
class Session;
class StatsWidget;
class StateBanner;
class TransactionsPanel;
template <typename T> class ApiResult;

// Everything about one customer, in its own window (non-modal; several may be open at once).
//
// It shows at once what it was opened with, then reads the customer again (the list gives
// fewer fields than GET /customers/{key}). Tabs: Details, Transactions (paginated) and, for
// refer-a-friend programs, Stats (with a chart) and Balance; each loads when shown. Every
// request belongs to the dialog: closing it (it deletes itself) cancels them.
//
// With setActions(), buttons change the customer through the main window's CustomerActions:
// Edit, Suspend/Approve (affiliate) or Archive/Restore (refer-a-friend), Delete; the window
// reports the outcome back through setCustomer(). "Show in tree" and "Credit balance…"
// (refer-a-friend) are asked of the window through signals.
class CustomerDetailDialog final : public QDialog {
    Q_OBJECT

public:
    enum Tab { DetailsTab, TransactionsTab, StatsTab, BalanceTab };
    Q_ENUM(Tab)

    CustomerDetailDialog(Session *session, const Customer &customer, QWidget *parent = nullptr);
    ~CustomerDetailDialog() override;

    // Copies the referral link, here and in the main window (Ctrl+Shift+L).
    static QKeySequence copyLinkShortcut() {
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L);
    }

    const Customer &customer() const { return m_customer; }
    // The identifier it was opened with (a key, or an id in refer-a-friend programs).
    QString identifier() const { return m_identifier; }
    ProgramKind programKind() const { return m_kind; }
    Session *session() const;

    // Reads the customer again, and the open tab's data.
    void refresh();
    // The customer as it is now (after a change made elsewhere): shown at once, buttons
    // follow its status. A new identifier (an edited key) moves every tab to it.
    void setCustomer(const Customer &customer);
    // The change buttons act through `actions` (not owned; null hides them).
    void setActions(CustomerActions *actions);
    CustomerActions *actions() const;
    // Reads the balance again (after a credit), when the tab exists.
    void reloadBalance();
    bool isLoading() const { return m_loading; }
    // Whether the customer was read from the server since the dialog opened.
    bool hasLoaded() const { return m_loaded; }

    // The affiliate partner and the referring customer, as their links do.
    void openPartner();
    void openReferringCustomer();

    // For tests and the screenshot tool.
    QTabWidget *tabs() const { return m_tabs; }
    TransactionsPanel *transactionsPanel() const { return m_transactions; }
    StatsWidget *statsWidget() const { return m_stats; }       // null in affiliate programs
    BalanceWidget *balanceWidget() const { return m_balance; } // null in affiliate programs
    // "edit", "suspend", "approve", "archive", "restore", "delete", "showInTree", "credit".
    QPushButton *actionButton(const QString &name) const;
    StateBanner *banner() const { return m_banner; }
    // The value shown for a field: "name", "email", "key", "id", "status", "partner", "tags",
    // "created", "updated", "deleted", "approved", "referredBy", "referrals", "dateOfBirth",
    // "metadata", "customFields", "referralLink", "referralLinks" (one per line). Empty when
    // the field is not shown for this kind.
    QString fieldText(const QString &field) const;
    QWidget *fieldWidget(const QString &field) const;
    // The fields shown, in order.
    QStringList fieldNames() const;

Q_SIGNALS:
    // The affiliate partner's link: show that partner's customers.
    void partnerRequested(const QString &partnerKey);
    // The referring customer's link: open that customer.
    void customerRequested(const Customer &customer);
    // The customer as read from the server.
    void customerLoaded(const Customer &customer);
    void newKeyRequested();
    // Refer-a-friend: "Show in tree" and "Credit balance…".
    void showInTreeRequested(const Customer &customer);
    void creditRequested(const Customer &customer);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void load();
    void onLoaded(const ApiResult<Customer> &result);
    void showCustomer();
    void onTabChanged(int index);
    void buildIdentifierTabs();
    void updateButtons();
    QPushButton *addActionButton(const QString &name, const QString &text, const QString &toolTip);

    QPointer<Session> m_session;
    Customer m_customer;
    QString m_identifier;
    ProgramKind m_kind;
    bool m_loading = false;
    bool m_loaded = false;
    LatestRequest *m_get;
    ElidedLabel *m_title;
    ElidedLabel *m_subtitle;
    StateBanner *m_banner;
    QTabWidget *m_tabs;
    QScrollArea *m_details;
    TransactionsPanel *m_transactions = nullptr;
    StatsWidget *m_stats = nullptr;
    BalanceWidget *m_balance = nullptr;
    QWidget *m_balanceTab = nullptr;
    QPushButton *m_creditButton = nullptr;
    QWidget *m_actionRow = nullptr;
    QList<QPushButton *> m_actionButtons;
    QPointer<CustomerActions> m_actions;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/customer.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <optional>

class ApiError;
class QAction;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QToolButton;
class QTreeView;
class ReferralLoader;
class ReferralTreeModel;
class Session;

// The referral tree of a refer-a-friend program: who referred whom, from the customers
// nobody referred down to any depth, loaded as the person expands nodes. A field at the top
// finds a customer by ID, key or email and shows them in the tree ("Show in tree").
//
// Integration: add the page for refer-a-friend profiles; connect customerActivated() to the
// customer detail dialog; call showCustomer() from a "Show in tree" action elsewhere.
class ReferralTreePage final : public QWidget {
    Q_OBJECT

public:
    explicit ReferralTreePage(Session *session, QWidget *parent = nullptr);
    ~ReferralTreePage() override;

    // Reveals `customer` with every referrer above it, expands the way there and selects it.
    // Loads what is needed; a failure is said in the page's message line.
    void showCustomer(const Customer &customer);
    // The same from what a person typed (ID, key or email), as the page's find field does.
    void showIdentifier(const QString &text);
    // Reloads the tree from the first page of roots.
    void refresh();

    ReferralTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    ReferralLoader *loader() const { return m_loader; }
    // The text of the message line (empty when hidden), for tests and screen readers.
    QString message() const;

    // The customer of the current row, when it is a customer's.
    std::optional<Customer> selectedCustomer() const;
    // Selects the referrer of the current customer (Alt+Up), or the customer at the top of its
    // chain (Alt+Home). False when the current customer has no referrer in the tree.
    bool goToReferrer();
    bool goToRoot();
    QAction *goToReferrerAction() const { return m_goToReferrer; }
    QAction *goToRootAction() const { return m_goToRoot; }
    // What the window offers for the selected customer (Edit, Archive, Credit…): shown in the
    // right-click menu after the tree's own entries. Not owned.
    void setCustomerActions(const QList<QAction *> &actions);

Q_SIGNALS:
    // Enter or double-click on a customer: the lead opens the customer's details.
    void customerActivated(const Customer &customer);
    // A "show in tree" finished: the customer is selected and visible.
    void customerShown(const Customer &customer);
    // The current row changed: selectedCustomer() may be someone else.
    void selectionChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    // Every text the page sets itself, in the current language.
    void retranslate();
    void onActivated(const QModelIndex &index);
    void onClicked(const QModelIndex &index);
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRevealed(const QModelIndex &index);
    void onRevealFailed(const QString &identifier, const QString &sentence);
    void onContextMenu(const QPoint &pos);
    void showChain(const QList<Customer> &chain, const ApiError &error);
    void updateSummary();
    void loadMoreRootsIfInSight();
    void setMessage(const QString &text, bool isError = false);
    void select(const QModelIndex &index);
    void updateNavigation();

    QPointer<Session> m_session;
    ReferralTreeModel *m_model = nullptr;
    ReferralLoader *m_loader = nullptr;
    QTreeView *m_view = nullptr;
    QLineEdit *m_find = nullptr;
    QPushButton *m_showButton = nullptr;
    QToolButton *m_refreshButton = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    QString m_pendingName; // who "show in tree" is looking for, for the messages
    QAction *m_goToReferrer = nullptr;
    QAction *m_goToRoot = nullptr;
    QList<QPointer<QAction>> m_customerActions;
};

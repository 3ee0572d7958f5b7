// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/profiles/profilerole.h"
#include "app/session/session.h"
#include "models/customer.h"
#include "models/programkind.h"

#include <QList>
#include <QObject>
#include <QPointer>

class ApiError;
class BulkActionDialog;
class CreateCustomerDialog;
class DeleteCustomerDialog;
class EditCustomerDialog;
class JournalWindow;
class QAction;
class QWidget;

// Every change a person can make to customers, as QActions for the main window's menus,
// toolbar and context menu, and as functions for other dialogs (the detail dialog).
//
// The window tells it what is selected (setSelection); it enables what fits the program kind,
// the statuses and the count, asks for confirmation, sends (one customer directly, several
// through BulkActionDialog, one request at a time) and reports what changed through signals,
// so the table and open dialogs show the new state without reloading. Every change reaches the
// journal through the Session before it is sent.
//
// Undo: after a suspend or an archive, undoAction() is enabled with a text that names what it
// undoes ("Undo suspend of Alice Brown") and undoAvailable() is emitted with that text;
// triggering it approves or restores those customers without asking again. Put the action in
// the toolbar or the status bar; an empty text in undoAvailable() means nothing to undo.
struct ApprovalRequest;

class CustomerActions final : public QObject {
    Q_OBJECT

public:
    CustomerActions(Session *session, QWidget *dialogParent, QObject *parent = nullptr);
    ~CustomerActions() override;

    Session *session() const { return m_session; }
    ProgramKind kind() const;

    // The profile's role: what it does not allow is hidden and refused (Full until set).
    void setRole(ProfileRole role);
    ProfileRole role() const { return m_role; }
    bool allows(RoleAction action) const;

    // The customers selected in the table (any number); enables and disables the actions.
    void setSelection(const QList<Customer> &customers);
    const QList<Customer> &selection() const { return m_selection; }

    QAction *newAction() const { return m_new; }         // Ctrl+N
    QAction *editAction() const { return m_edit; }       // F2, one customer
    QAction *deleteAction() const { return m_delete; }   // Del
    QAction *suspendAction() const { return m_suspend; } // affiliate
    QAction *approveAction() const { return m_approve; } // affiliate
    QAction *archiveAction() const { return m_archive; } // refer-a-friend
    QAction *restoreAction() const { return m_restore; } // refer-a-friend
    QAction *journalAction() const { return m_journal; } // Ctrl+J
    QAction *undoAction() const { return m_undo; }       // Ctrl+Z, see the class comment
    // For the session's kind: edit, the two status actions, a separator, delete.
    QList<QAction *> contextMenuActions() const;
    // new, edit, the two status actions, delete, a separator, undo, journal.
    QList<QAction *> toolBarActions() const;

    // Entry points that act on the given customers rather than the selection. `parent` is the
    // dialog's parent (default: the dialogParent given to the constructor). Dialogs are
    // non-modal for the event loop (open()), deleted on close, and returned for callers that
    // want to follow them; null when nothing was opened.
    CreateCustomerDialog *createCustomer(QWidget *parent = nullptr);
    // An edit dialog already open for the same customer is raised instead of a second one.
    EditCustomerDialog *editCustomer(const Customer &customer, QWidget *parent = nullptr);
    DeleteCustomerDialog *deleteCustomers(const QList<Customer> &customers,
                                          QWidget *parent = nullptr);
    // Ask (MessageBox), then send: one customer directly (returns null), several through a
    // BulkActionDialog (returned). Customers already in the target status are left out.
    BulkActionDialog *suspend(const QList<Customer> &customers, QWidget *parent = nullptr);
    BulkActionDialog *approve(const QList<Customer> &customers, QWidget *parent = nullptr);
    BulkActionDialog *archive(const QList<Customer> &customers, QWidget *parent = nullptr);
    BulkActionDialog *restore(const QList<Customer> &customers, QWidget *parent = nullptr);
    // Opens (or raises) the journal window.
    JournalWindow *showJournal();
    // Runs the offered undo, if any.
    void undo();

    // A single change or a bulk run is in flight (the change actions are disabled meanwhile).
    bool isBusy() const { return m_busy > 0; }
    QString undoText() const;

Q_SIGNALS:
    void customerCreated(const Customer &customer);
    // After an edit, suspend, approve, archive or restore: the customer as the server now
    // has it (read again after actions that answer only {"status":1}; if that read fails, the
    // customer with its status changed locally). `oldIdentifier` is its identifier before.
    void customerChanged(const QString &oldIdentifier, const Customer &customer);
    void customerRemoved(const QString &identifier);
    // A short sentence for the status bar ("Alice Brown suspended.", or what failed).
    void statusMessage(const QString &text);
    void undoAvailable(const QString &text);
    void busyChanged(bool busy);
    void roleChanged();
    // In the journal window's approvals (a team store): the person chose to approve and send
    // `request`; the main window opens the credit dialog for it.
    void approveCreditRequested(const ApprovalRequest &request);

protected:
    bool event(QEvent *event) override;

private:
    // Every action's text and tip in the current language.
    void retranslate();
    enum class StatusChange { Suspend, Approve, Archive, Restore };

    BulkActionDialog *changeStatus(StatusChange change, const QList<Customer> &customers,
                                   QWidget *parent, bool ask);
    void sendSingle(StatusChange change, const Customer &customer);
    void readBack(const Customer &before, const QString &patchedStatus);
    void offerUndo(StatusChange change, const QList<Customer> &customers);
    void clearUndo();
    void showFailure(const QString &title, const QString &sentence);
    void onCustomerChanged(const QString &oldIdentifier, const Customer &customer);
    void onCustomerRemoved(const QString &identifier);
    void setBusy(bool busy);
    void updateActions();
    QWidget *parentFor(QWidget *parent) const;
    void deleteSeveral(const QList<Customer> &customers, QWidget *parent);
    void runBulk(BulkActionDialog *dialog);

    QPointer<Session> m_session;
    QString m_undoText; // as shown to people: the action's text doubles each "&"
    // The kind the person named for "New customer" when the session could not tell.
    ProgramKind m_chosenKind = ProgramKind::Unknown;
    QPointer<QWidget> m_dialogParent;
    QList<Customer> m_selection;
    ProfileRole m_role = ProfileRole::Full;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_delete;
    QAction *m_suspend;
    QAction *m_approve;
    QAction *m_archive;
    QAction *m_restore;
    QAction *m_journal;
    QAction *m_undo;
    QAction *m_separator;
    QList<QPointer<EditCustomerDialog>> m_editDialogs;
    QPointer<JournalWindow> m_journalWindow;
    QList<Customer> m_undoCustomers;
    StatusChange m_undoChange = StatusChange::Approve;
    int m_busy = 0;
};

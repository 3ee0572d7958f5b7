// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/apicall.h"
#include "app/session/session.h"
#include "models/customer.h"
#include "models/programkind.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class FieldErrorLabel;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;

// The confirmation before customers are deleted for good. It names the customer and says what
// is lost (affiliate: the transaction history and the commissions it carries; refer-a-friend:
// it suggests archiving instead), and Delete stays disabled until the customer's key (or id)
// is typed exactly: for several customers, their number.
//
// One customer: the dialog sends the DELETE itself and stays open with the error on failure.
// Several: it only confirms (confirmed()); the caller runs them through BulkActionDialog.
class DeleteCustomerDialog final : public QDialog {
    Q_OBJECT

public:
    DeleteCustomerDialog(Session *session, const QList<Customer> &customers,
                         QWidget *parent = nullptr);

    const QList<Customer> &customers() const { return m_customers; }
    // What has to be typed.
    QString confirmationText() const { return m_expected; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    QPushButton *deleteButton() const { return m_delete; }
    // Refer-a-friend only; null otherwise.
    QPushButton *archiveInsteadButton() const { return m_archiveInstead; }
    QString errorText() const;
    bool isBusy() const { return m_busy; }

    // What the Delete button does; ignored until the confirmation is typed.
    void submit();

Q_SIGNALS:
    // One customer: after the server deleted it.
    void removed(const QString &identifier);
    // Several customers: the person confirmed; nothing has been sent.
    void confirmed(const QList<Customer> &customers);
    // Refer-a-friend: the person chose to archive instead; nothing has been sent.
    void archiveInsteadRequested(const QList<Customer> &customers);

private:
    void updateState();

    QPointer<Session> m_session;
    QList<Customer> m_customers;
    ProgramKind m_kind;
    QString m_expected;
    QLineEdit *m_confirm;
    FieldErrorLabel *m_top;
    QDialogButtonBox *m_buttons;
    QPushButton *m_delete;
    QPushButton *m_archiveInstead = nullptr;
    QPointer<ApiCall> m_call;
    bool m_busy = false;
};

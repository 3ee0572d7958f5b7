// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/apicall.h"
#include "app/session/session.h"
#include "models/customer.h"
#include "models/requests.h"

#include <QDialog>
#include <QPointer>

class CustomerFormWidget;
class FieldErrorLabel;
class QDialogButtonBox;
class QLabel;
class QPushButton;

// Edits one customer: the fields the update endpoint takes, filled in. Save sends only what
// changed (the `update` object), after a summary of the changes has been confirmed; a new
// key gets an explicit warning. On any error the dialog stays open with the input intact.
//
// Usable alone (the detail dialog opens it too): connect saved() to refresh what shows the
// customer.
class EditCustomerDialog final : public QDialog {
    Q_OBJECT

public:
    EditCustomerDialog(Session *session, const Customer &customer, QWidget *parent = nullptr);

    // The customer as it was before this edit (kept up to date by customerUpdated()).
    const Customer &customer() const { return m_customer; }
    CustomerFormWidget *form() const { return m_form; }
    QPushButton *submitButton() const { return m_submit; }
    QString errorText() const;
    bool isBusy() const { return m_busy; }
    // What Save would send now.
    CustomerUpdate pendingUpdate() const;

    // Asks for confirmation (through MessageBox) and sends; ignored while invalid, unchanged
    // or busy. What the Save button does.
    void submit();

    // The customer was changed by another action (suspend, approve, ...): the header shows it;
    // the person's input is left alone. `oldIdentifier` must be this dialog's customer.
    void customerUpdated(const QString &oldIdentifier, const Customer &customer);
    // The customer was deleted meanwhile: nothing can be saved any more.
    void customerRemoved(const QString &identifier);

Q_SIGNALS:
    // After the server accepted the change. `oldIdentifier` is the identifier before the edit
    // (the key may have changed); `customer` is the server's answer.
    void saved(const QString &oldIdentifier, const Customer &customer);

private:
    void updateHeader();
    void updateState();
    void setBusy(bool busy);

    QPointer<Session> m_session;
    Customer m_customer;
    CustomerFormWidget *m_form;
    QLabel *m_header;
    FieldErrorLabel *m_top;
    QDialogButtonBox *m_buttons;
    QPushButton *m_submit;
    QPointer<ApiCall> m_call;
    bool m_busy = false;
    bool m_gone = false;
};

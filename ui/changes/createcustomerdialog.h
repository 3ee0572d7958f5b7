// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/apicall.h"
#include "app/session/session.h"
#include "models/customer.h"

#include <QDialog>
#include <QPointer>

class CustomerFormWidget;
class FieldErrorLabel;
class QDialogButtonBox;
class QPushButton;

// A new customer of the session's program kind, or of `kind` when the session does not know it
// (the person chose). Create stays disabled until the form is valid
// and while the request is in flight; on any error the dialog stays open with the input as it
// was and the server's messages next to their fields.
class CreateCustomerDialog final : public QDialog {
    Q_OBJECT

public:
    CreateCustomerDialog(Session *session, QWidget *parent = nullptr,
                         ProgramKind kind = ProgramKind::Unknown);

    ProgramKind kind() const { return m_kind; }

    CustomerFormWidget *form() const { return m_form; }
    QPushButton *submitButton() const { return m_submit; }
    // What the top of the dialog says (an error no field can show), or empty.
    QString errorText() const;
    bool isBusy() const { return m_busy; }

    // Sends the form (what the Create button does); ignored while invalid or busy.
    void submit();

Q_SIGNALS:
    void created(const Customer &customer);

private:
    void updateState();
    void setBusy(bool busy);
    void onFinished(const Customer *customer, const ApiError *error);

    QPointer<Session> m_session;
    ProgramKind m_kind;
    CustomerFormWidget *m_form;
    FieldErrorLabel *m_top;
    QDialogButtonBox *m_buttons;
    QPushButton *m_submit;
    QPointer<ApiCall> m_call;
    bool m_busy = false;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/changes/createcustomerdialog.h"

#include "app/api/apiclient.h"
#include "app/api/customerservice.h"
#include "app/session/session.h"
#include "models/displayformat.h"
#include "ui/changes/customerformwidget.h"
#include "ui/widgets/fielderrorlabel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

CreateCustomerDialog::CreateCustomerDialog(Session *session, QWidget *parent, ProgramKind kind)
    : QDialog(parent)
    , m_session(session)
    , m_kind(kind != ProgramKind::Unknown ? kind
             : session                    ? session->kind()
                                          : ProgramKind::Unknown)
    , m_form(new CustomerFormWidget(session, m_kind, CustomerFormWidget::Mode::Create, this))
    , m_top(new FieldErrorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_submit(m_buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole)) {
    const bool referral = m_kind == ProgramKind::ReferAFriend;
    setWindowTitle(referral ? tr("New refer-a-friend customer") : tr("New affiliate customer"));
    auto *intro = new QLabel(
        referral ? tr("The customer is added to the live refer-a-friend program. Pick the "
                      "customer who referred them to attribute the signup.")
                 : tr("The customer is added to the live affiliate program and attributed to "
                      "the partner: their purchases earn that partner commission."),
        this);
    intro->setWordWrap(true);
    m_top->setObjectName(QStringLiteral("topMessage"));
    m_submit->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_top);
    layout->addWidget(m_form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    // accepted() is not connected: the dialog closes only once the server said yes.
    connect(m_submit, &QPushButton::clicked, this, &CreateCustomerDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_form, &CustomerFormWidget::changed, this, &CreateCustomerDialog::updateState);
    resize(520, sizeHint().height());
    updateState();
}

QString CreateCustomerDialog::errorText() const {
    return m_top->text();
}

void CreateCustomerDialog::updateState() {
    const QString why = m_form->firstProblem();
    m_submit->setEnabled(!m_busy && why.isEmpty() && m_session);
    m_submit->setToolTip(DisplayFormat::plainToolTip(why));
}

void CreateCustomerDialog::setBusy(bool busy) {
    m_busy = busy;
    m_form->setEnabled(!busy);
    if (busy)
        m_top->setMessage(tr("Creating the customer…"), FieldErrorLabel::Severity::Hint);
    updateState();
}

void CreateCustomerDialog::submit() {
    if (m_busy || !m_session || !m_form->isValid())
        return;
    m_form->clearServerErrors();
    setBusy(true);
    const auto done = [this](const ApiResult<Customer> &result) {
        if (result)
            onFinished(&result.value(), nullptr);
        else
            onFinished(nullptr, &result.error());
    };
    if (m_kind == ProgramKind::ReferAFriend)
        m_call = m_session->customers()->create(m_form->referralDraft(), this, done);
    else
        m_call = m_session->customers()->create(m_form->affiliateDraft(), this, done);
}

void CreateCustomerDialog::onFinished(const Customer *customer, const ApiError *error) {
    setBusy(false);
    if (customer) {
        m_top->clearMessage();
        Q_EMIT created(*customer);
        accept();
        return;
    }
    m_top->setMessage(m_form->applyError(*error), FieldErrorLabel::Severity::Error);
    updateState();
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/changes/editcustomerdialog.h"

#include "app/api/apiclient.h"
#include "app/api/customerservice.h"
#include "app/session/changesummary.h"
#include "app/session/session.h"
#include "models/displayformat.h"
#include "ui/changes/customerformwidget.h"
#include "ui/widgets/fielderrorlabel.h"
#include "ui/widgets/messagebox.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

EditCustomerDialog::EditCustomerDialog(Session *session, const Customer &customer, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_customer(customer)
    , m_form(new CustomerFormWidget(session, session ? session->kind() : ProgramKind::Unknown,
                                    CustomerFormWidget::Mode::Edit, this))
    , m_header(new QLabel(this))
    , m_top(new FieldErrorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_submit(m_buttons->addButton(tr("&Save…"), QDialogButtonBox::AcceptRole)) {
    setWindowTitle(tr("Edit %1").arg(customer.displayName()));
    m_header->setObjectName(QStringLiteral("editHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);
    m_top->setObjectName(QStringLiteral("topMessage"));
    m_submit->setDefault(true);
    m_form->setCustomer(customer);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_top);
    layout->addWidget(m_form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_submit, &QPushButton::clicked, this, &EditCustomerDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_form, &CustomerFormWidget::changed, this, &EditCustomerDialog::updateState);
    updateHeader();
    resize(520, sizeHint().height());
    updateState();
}

QString EditCustomerDialog::errorText() const {
    return m_top->text();
}

CustomerUpdate EditCustomerDialog::pendingUpdate() const {
    return m_form->changes();
}

void EditCustomerDialog::updateHeader() {
    // The ID only when it says something the identifier does not (refer-a-friend customers
    // are identified by their ID already).
    QString text = m_customer.id.isEmpty() || m_customer.id == m_customer.identifier()
                       ? tr("Customer %1").arg(m_customer.identifier())
                       : tr("Customer %1 (ID %2)").arg(m_customer.identifier(), m_customer.id);
    if (!m_customer.status.isEmpty())
        text += tr(" · Status: %1").arg(DisplayFormat::customerStatus(m_customer.status));
    m_header->setText(text);
}

void EditCustomerDialog::updateState() {
    QString why = m_form->firstProblem();
    if (why.isEmpty() && m_form->changes().isEmpty())
        why = tr("Nothing has changed yet.");
    if (m_gone)
        why = tr("This customer has been deleted.");
    m_submit->setEnabled(!m_busy && why.isEmpty() && m_session);
    m_submit->setToolTip(DisplayFormat::plainToolTip(why));
}

void EditCustomerDialog::setBusy(bool busy) {
    m_busy = busy;
    m_form->setEnabled(!busy);
    if (busy)
        m_top->setMessage(tr("Saving…"), FieldErrorLabel::Severity::Hint);
    updateState();
}

void EditCustomerDialog::submit() {
    if (m_busy || m_gone || !m_session || !m_form->isValid())
        return;
    const CustomerUpdate update = m_form->changes();
    if (update.isEmpty())
        return;
    const QString title = tr("Save changes");
    const QString text = ChangeSummary::confirmationText(m_customer, update);
    const auto answer =
        update.key
            ? MessageBox::warning(this, title, text, QMessageBox::Save | QMessageBox::Cancel,
                                  QMessageBox::Cancel)
            : MessageBox::question(this, title, text, QMessageBox::Save | QMessageBox::Cancel,
                                   QMessageBox::Save);
    if (answer != QMessageBox::Save)
        return;

    m_form->clearServerErrors();
    setBusy(true);
    const QString oldIdentifier = m_customer.identifier();
    m_call = m_session->customers()->update(
        oldIdentifier, update, this, [this, oldIdentifier](const ApiResult<Customer> &result) {
            setBusy(false);
            if (result) {
                m_top->clearMessage();
                m_customer = result.value();
                Q_EMIT saved(oldIdentifier, result.value());
                accept();
                return;
            }
            m_top->setMessage(m_form->applyError(result.error()), FieldErrorLabel::Severity::Error);
            updateState();
        });
}

void EditCustomerDialog::customerUpdated(const QString &oldIdentifier, const Customer &customer) {
    if (oldIdentifier != m_customer.identifier())
        return;
    // Only what other actions change; the fields the person is editing keep their baseline.
    m_customer.status = customer.status;
    m_customer.approved = customer.approved;
    m_customer.updatedAt = customer.updatedAt;
    updateHeader();
}

void EditCustomerDialog::customerRemoved(const QString &identifier) {
    if (identifier != m_customer.identifier())
        return;
    m_gone = true;
    m_top->setMessage(tr("This customer has been deleted; the changes cannot be saved."),
                      FieldErrorLabel::Severity::Error);
    updateState();
}

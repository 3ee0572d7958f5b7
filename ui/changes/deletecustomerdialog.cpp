// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/changes/deletecustomerdialog.h"

#include "app/api/apiclient.h"
#include "app/api/changeerror.h"
#include "app/api/customerservice.h"
#include "app/session/session.h"
#include "ui/widgets/fielderrorlabel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int NamesListed = 10;
}

DeleteCustomerDialog::DeleteCustomerDialog(Session *session, const QList<Customer> &customers,
                                           QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_customers(customers)
    , m_kind(session ? session->kind() : ProgramKind::Unknown)
    , m_confirm(new QLineEdit(this))
    , m_top(new FieldErrorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_delete(m_buttons->addButton(tr("&Delete permanently"), QDialogButtonBox::DestructiveRole)) {
    const bool single = customers.size() == 1;
    const bool referral = m_kind == ProgramKind::ReferAFriend;
    QString question;
    if (single) {
        const Customer &customer = customers.first();
        m_expected = customer.identifier();
        setWindowTitle(tr("Delete %1").arg(customer.displayName()));
        question = customer.displayName() == customer.identifier()
                       ? tr("Delete the customer %1 permanently?").arg(customer.identifier())
                       : tr("Delete the customer %1 (%2) permanently?")
                             .arg(customer.displayName(), customer.identifier());
    } else {
        m_expected = QString::number(customers.size());
        setWindowTitle(tr("Delete %n customers", nullptr, int(customers.size())));
        QStringList names;
        for (qsizetype i = 0; i < customers.size() && i < NamesListed; ++i) {
            names.append(
                tr("%1 (%2)").arg(customers.at(i).displayName(), customers.at(i).identifier()));
        }
        question = tr("Delete these %n customers permanently?", nullptr, int(customers.size())) +
                   u"\n\n"_s + names.join(u'\n');
        if (customers.size() > NamesListed) {
            question += u'\n' + tr("… and %n more", nullptr, int(customers.size() - NamesListed));
        }
    }
    const QString consequence =
        referral ? tr("This cannot be undone: the customer's record, referral link and place in "
                      "the referral tree are gone. Consider archiving instead: an archived "
                      "customer stops earning rewards and can be restored later.")
                 : tr("This cannot be undone: the customer's transaction history is deleted "
                      "with them, and with it the commissions those transactions earned their "
                      "partner. Consider suspending instead.");

    auto *questionLabel = new QLabel(question, this);
    questionLabel->setWordWrap(true);
    questionLabel->setTextFormat(Qt::PlainText);
    auto *consequenceLabel = new QLabel(consequence, this);
    consequenceLabel->setWordWrap(true);
    consequenceLabel->setTextFormat(Qt::PlainText);
    auto *prompt =
        new QLabel(single ? (referral && customers.first().key.isEmpty()
                                 ? tr("Type the customer's ID, %1, to confirm:")
                                 : tr("Type the customer's key, %1, to confirm:"))
                                .arg(m_expected)
                          : tr("Type the number of customers, %1, to confirm:").arg(m_expected),
                   this);
    prompt->setWordWrap(true);
    prompt->setTextFormat(Qt::PlainText);
    prompt->setBuddy(m_confirm);
    m_confirm->setObjectName(u"confirmation"_s);
    m_confirm->setAccessibleName(tr("Confirmation"));
    m_top->setObjectName(u"topMessage"_s);
    m_delete->setAutoDefault(false);
    if (referral) {
        m_archiveInstead =
            m_buttons->addButton(tr("&Archive instead"), QDialogButtonBox::ActionRole);
        m_archiveInstead->setAutoDefault(false);
        connect(m_archiveInstead, &QPushButton::clicked, this, [this] {
            if (m_busy)
                return;
            Q_EMIT archiveInsteadRequested(m_customers);
            reject();
        });
    }
    // Enter must never delete by accident: no button is the default here.
    if (QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel))
        cancel->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(questionLabel);
    layout->addWidget(consequenceLabel);
    layout->addWidget(prompt);
    layout->addWidget(m_confirm);
    layout->addWidget(m_top);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_confirm, &QLineEdit::textChanged, this, &DeleteCustomerDialog::updateState);
    connect(m_delete, &QPushButton::clicked, this, &DeleteCustomerDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(480, sizeHint().height());
    updateState();
}

QString DeleteCustomerDialog::errorText() const {
    return m_top->text();
}

void DeleteCustomerDialog::updateState() {
    // Exactly, not trimmed or case-folded: the point is to read the key, not to get past it.
    const bool typed = m_confirm->text() == m_expected;
    m_delete->setEnabled(typed && !m_busy && m_session);
    if (m_archiveInstead)
        m_archiveInstead->setEnabled(!m_busy);
}

void DeleteCustomerDialog::submit() {
    if (m_busy || !m_session || m_confirm->text() != m_expected || m_customers.isEmpty())
        return;
    if (m_customers.size() > 1) {
        Q_EMIT confirmed(m_customers);
        accept();
        return;
    }
    const QString identifier = m_customers.first().identifier();
    m_busy = true;
    m_confirm->setEnabled(false);
    m_top->setMessage(tr("Deleting…"), FieldErrorLabel::Severity::Hint);
    updateState();
    m_call = m_session->customers()->remove(
        identifier, this, [this, identifier](const ApiResult<void> &result) {
            m_busy = false;
            m_confirm->setEnabled(true);
            if (result) {
                m_top->clearMessage();
                Q_EMIT removed(identifier);
                accept();
                return;
            }
            m_top->setMessage(ChangeError::sentence(result.error()),
                              FieldErrorLabel::Severity::Error);
            updateState();
        });
}

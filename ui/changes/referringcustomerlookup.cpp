// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/changes/referringcustomerlookup.h"

#include "app/api/apiclient.h"
#include "app/api/customerservice.h"
#include "app/api/latestrequest.h"
#include "app/session/session.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

ReferringCustomerLookup::ReferringCustomerLookup(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_by(new QComboBox(this))
    , m_input(new QLineEdit(this))
    , m_find(new QPushButton(tr("&Find"), this))
    , m_choices(new QComboBox(this))
    , m_result(new QLabel(this))
    , m_search(new LatestRequest(this)) {
    m_by->addItem(tr("Key"), int(By::Key));
    m_by->addItem(tr("ID"), int(By::Id));
    m_by->addItem(tr("Email"), int(By::Email));
    m_by->setCurrentIndex(1);
    m_by->setAccessibleName(tr("Look the referring customer up by"));
    m_input->setAccessibleName(tr("Referring customer"));
    m_input->setPlaceholderText(tr("Key, ID or email of the customer who referred them"));
    m_input->setClearButtonEnabled(true);
    m_find->setAutoDefault(false);
    m_choices->setVisible(false);
    m_choices->setAccessibleName(tr("Matching customers"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);

    auto *row = new QHBoxLayout;
    row->addWidget(m_by);
    row->addWidget(m_input, 1);
    row->addWidget(m_find);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_choices);
    layout->addWidget(m_result);

    connect(m_input, &QLineEdit::textEdited, this, &ReferringCustomerLookup::onTyped);
    connect(m_input, &QLineEdit::returnPressed, this, &ReferringCustomerLookup::find);
    connect(m_by, &QComboBox::currentIndexChanged, this, &ReferringCustomerLookup::onTyped);
    connect(m_find, &QPushButton::clicked, this, &ReferringCustomerLookup::find);
    connect(m_choices, &QComboBox::currentIndexChanged, this, &ReferringCustomerLookup::pick);
    m_find->setEnabled(false);
    if (!m_session) {
        setEnabled(false);
        m_result->setText(tr("Not connected: the referring customer cannot be looked up."));
    }
}

ReferringCustomerLookup::By ReferringCustomerLookup::by() const {
    return By(m_by->currentData().toInt());
}

QString ReferringCustomerLookup::referringKey() const {
    if (!m_picked)
        return {};
    // A customer found by key may show only its id; send what identifies it best.
    return m_picked->id.isEmpty() ? m_picked->key : QString();
}

QString ReferringCustomerLookup::referringId() const {
    return m_picked ? m_picked->id : QString();
}

QString ReferringCustomerLookup::problem() const {
    switch (m_state) {
    case State::Empty:
    case State::Picked:
        return {};
    case State::Typed:
        return tr("Press Find to look the referring customer up, or clear the field.");
    case State::Searching:
        return tr("Looking the customer up…");
    case State::NotFound:
        return tr("No customer matches. Check the value, or clear the field.");
    case State::Failed:
        return m_result->text();
    }
    return {};
}

void ReferringCustomerLookup::setSearch(By by, const QString &value) {
    {
        const QSignalBlocker blocker(m_by);
        m_by->setCurrentIndex(m_by->findData(int(by)));
    }
    m_input->setText(value);
    onTyped();
}

void ReferringCustomerLookup::clear() {
    m_input->clear();
    onTyped();
}

void ReferringCustomerLookup::onTyped() {
    m_search->clear();
    m_picked.reset();
    m_found.clear();
    {
        const QSignalBlocker blocker(m_choices);
        m_choices->clear();
    }
    m_choices->setVisible(false);
    const bool empty = m_input->text().trimmed().isEmpty();
    m_find->setEnabled(!empty && m_session);
    setState(empty ? State::Empty : State::Typed, QString());
}

void ReferringCustomerLookup::find() {
    const QString value = m_input->text().trimmed();
    if (value.isEmpty() || !m_session)
        return;
    CustomerSearchField field = CustomerSearchField::Id;
    switch (by()) {
    case By::Key:
        field = CustomerSearchField::Key;
        break;
    case By::Id:
        field = CustomerSearchField::Id;
        break;
    case By::Email:
        field = CustomerSearchField::Email;
        break;
    }
    m_picked.reset();
    setState(State::Searching, tr("Looking the customer up…"));
    m_search->start(m_session->customers()->search(
        field, value, this, [this](const ApiResult<QList<Customer>> &result) {
            if (!result) {
                setState(State::Failed, result.error().sentence());
                return;
            }
            showResults(result.value());
        }));
}

void ReferringCustomerLookup::showResults(const QList<Customer> &customers) {
    m_found = customers;
    if (customers.isEmpty()) {
        setState(State::NotFound, tr("No customer matches."));
        return;
    }
    {
        const QSignalBlocker blocker(m_choices);
        m_choices->clear();
        for (const Customer &customer : customers) {
            m_choices->addItem(tr("%1 (%2)").arg(customer.displayName(), customer.identifier()));
        }
        m_choices->setCurrentIndex(0);
    }
    m_choices->setVisible(customers.size() > 1);
    pick(0);
}

void ReferringCustomerLookup::pick(int choice) {
    if (choice < 0 || choice >= m_found.size())
        return;
    const Customer &customer = m_found.at(choice);
    m_picked = refOf(customer);
    if (m_picked->id.isEmpty() && by() == By::Key)
        m_picked->key = m_input->text().trimmed();
    setState(State::Picked, tr("Referred by %1").arg(m_picked->displayName()));
}

void ReferringCustomerLookup::setPicked(const CustomerRef &ref) {
    m_search->clear();
    m_found.clear();
    m_choices->setVisible(false);
    {
        const QSignalBlocker blocker(m_input);
        m_input->setText(ref.identifier());
    }
    m_picked = ref;
    setState(State::Picked, tr("Referred by %1").arg(ref.displayName()));
}

CustomerRef ReferringCustomerLookup::refOf(const Customer &customer) {
    CustomerRef ref;
    ref.key = customer.key;
    ref.id = customer.id;
    ref.email = customer.email;
    ref.name = customer.name;
    ref.surname = customer.surname;
    return ref;
}

void ReferringCustomerLookup::setState(State state, const QString &text) {
    m_state = state;
    m_result->setText(text);
    m_result->setVisible(!text.isEmpty());
    Q_EMIT changed();
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/session/customerlookup.h"

#include "app/api/apiclient.h" // before customerservice.h, which needs it complete
#include "app/api/apiresult.h"
#include "app/api/customerservice.h"
#include "app/api/latestrequest.h"
#include "app/session/session.h"

#include <algorithm>

CustomerLookup::CustomerLookup(QObject *parent)
    : QObject(parent) {
}

CustomerLookup::~CustomerLookup() = default;

CustomerLookup::Kind CustomerLookup::classify(const QString &text) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Kind::Nothing;
    return trimmed.contains(QLatin1Char('@')) ? Kind::Email : Kind::Identifier;
}

QString CustomerLookup::describe(Kind kind, ProgramKind programKind) {
    switch (kind) {
    case Kind::Nothing:
        return {};
    case Kind::Email:
        return tr("Email");
    case Kind::Identifier:
        switch (programKind) {
        case ProgramKind::Affiliate:
            return tr("Key");
        case ProgramKind::ReferAFriend:
            return tr("ID or key");
        case ProgramKind::Unknown:
            break;
        }
        return tr("Key or ID");
    }
    return {};
}

void CustomerLookup::setSession(Session *session) {
    cancel();
    m_session = session;
}

LatestRequest *CustomerLookup::slot(int index) {
    while (m_slots.size() <= index)
        m_slots.append(new LatestRequest(this));
    return m_slots.at(index);
}

void CustomerLookup::cancel() {
    for (LatestRequest *request : std::as_const(m_slots))
        request->clear();
    m_pending = 0;
}

void CustomerLookup::start(const QString &input) {
    cancel();
    const QString text = input.trimmed();
    const Kind kind = classify(text);
    m_text = text;
    m_matches.clear();
    m_firstError = ApiError();
    m_failures = 0;
    if (kind == Kind::Nothing || !m_session)
        return;

    CustomerService *customers = m_session->customers();
    const ProgramKind program = m_session->kind();
    QList<ApiCall *> calls;
    const auto byIdentifier = [this, customers, text] {
        return customers->get(text, this, [this](const ApiResult<Customer> &result) {
            if (result)
                add({result.value()});
            else if (result.error().kind != ApiError::Kind::NotFound)
                fail(result.error());
            done();
        });
    };
    const auto searching = [this, customers, text](CustomerSearchField field, bool exactEmail) {
        return customers->search(
            field, text, this, [this, text, exactEmail](const ApiResult<QList<Customer>> &result) {
                if (result) {
                    QList<Customer> found = result.value();
                    if (exactEmail) {
                        // The server may match partly; the person typed one address.
                        found.removeIf([&text](const Customer &customer) {
                            return customer.email.compare(text, Qt::CaseInsensitive) != 0;
                        });
                    }
                    add(found);
                } else if (result.error().kind != ApiError::Kind::NotFound) {
                    fail(result.error());
                }
                done();
            });
    };

    if (kind == Kind::Email) {
        calls.append(searching(CustomerSearchField::Email, true));
        if (program != ProgramKind::ReferAFriend)
            calls.append(byIdentifier());
    } else {
        calls.append(byIdentifier());
        if (program != ProgramKind::Affiliate)
            calls.append(searching(CustomerSearchField::Key, false));
    }
    m_requests = static_cast<int>(calls.size());
    m_pending = m_requests;
    for (int i = 0; i < calls.size(); ++i)
        slot(i)->start(calls.at(i));
}

void CustomerLookup::add(const QList<Customer> &customers) {
    for (const Customer &customer : customers) {
        const QString identifier = customer.identifier();
        const bool known =
            std::any_of(m_matches.cbegin(), m_matches.cend(), [&identifier](const Customer &match) {
                return match.identifier() == identifier;
            });
        if (!known)
            m_matches.append(customer);
    }
}

void CustomerLookup::fail(const ApiError &error) {
    if (m_failures++ == 0)
        m_firstError = error;
}

void CustomerLookup::done() {
    if (m_pending <= 0 || --m_pending > 0)
        return;
    if (m_matches.isEmpty() && m_failures > 0)
        Q_EMIT failed(m_text, m_firstError);
    else
        Q_EMIT finished(m_text, m_matches);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/api/customerprefetch.h"

#include <utility>

CustomerPrefetch::CustomerPrefetch(QObject *parent)
    : QObject(parent) {
}

CustomerPrefetch::~CustomerPrefetch() {
    drop();
}

bool CustomerPrefetch::sameQuery(const CustomerQuery &a, const CustomerQuery &b) {
    return a.limit == b.limit && a.page == b.page && a.partnerKey == b.partnerKey &&
           a.partnerEmail == b.partnerEmail && a.referStatus == b.referStatus;
}

bool CustomerPrefetch::covers(const CustomerQuery &query) const {
    return m_active && sameQuery(m_query, query);
}

void CustomerPrefetch::start(CustomerService *customers, const CustomerQuery &query) {
    if (covers(query))
        return;
    drop();
    if (!customers)
        return;
    m_query = query;
    m_active = true;
    ApiCall *call = customers->list(
        query, this, [this](const ApiResult<Page<Customer>> &result) { onResult(result); });
    if (!m_active)
        return; // refused at once (no client): already delivered and forgotten
    m_call = call;
    if (call) {
        connect(call, &ApiCall::retrying, this, [this, call] {
            // Claimed: the person waits for this page, and sees the retry (CustomerPage).
            if (m_call == call && !m_claimed)
                drop();
        });
    }
}

void CustomerPrefetch::drop() {
    m_active = false;
    m_page.reset();
    m_claimed = nullptr;
    if (ApiCall *call = m_call) {
        m_call = nullptr;
        call->supersede();
    }
}

std::optional<Page<Customer>> CustomerPrefetch::take(const CustomerQuery &query) {
    if (!covers(query) || !m_page)
        return std::nullopt;
    std::optional<Page<Customer>> page = std::move(m_page);
    m_page.reset();
    m_active = false;
    m_call = nullptr;
    return page;
}

ApiCall *CustomerPrefetch::claim(const CustomerQuery &query, ApiCallback<Page<Customer>> done) {
    if (!covers(query) || m_page || !m_call || m_call->isFinished())
        return nullptr;
    m_claimed = std::move(done);
    return m_call;
}

void CustomerPrefetch::onResult(const ApiResult<Page<Customer>> &result) {
    m_call = nullptr;
    if (m_claimed) {
        // Handed over: this object holds nothing more of it.
        const ApiCallback<Page<Customer>> done = std::move(m_claimed);
        m_claimed = nullptr;
        m_active = false;
        done(result);
        return;
    }
    if (!result) {
        m_active = false;
        return;
    }
    m_page = result.value();
    Q_EMIT ready(m_query.page);
}

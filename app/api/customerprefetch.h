// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/apicall.h"
#include "app/api/apiresult.h"
#include "app/api/customerservice.h"

#include "models/customer.h"
#include "models/pageinfo.h"

#include <QObject>
#include <QPointer>

#include <optional>

// One page of customers fetched ahead, while the person reads the page before it, so that
// Next shows its rows at once.
//
// Holds at most one page, fetched or on its way; start() for another query drops it, and so
// does drop(). A prefetch is a plain GET, but it never waits out a retry (429, 5xx) in the
// background: it is dropped instead, so that reading ahead never adds to a server's load
// when it is already limiting, and the person's own request then goes through the usual
// retries, visibly. A prefetch that failed is dropped without a word.
class CustomerPrefetch final : public QObject {
    Q_OBJECT

public:
    explicit CustomerPrefetch(QObject *parent = nullptr);
    ~CustomerPrefetch() override;

    // Fetches `query` unless that page is already held or on its way; drops any other.
    void start(CustomerService *customers, const CustomerQuery &query);
    // Forgets the page held or on its way (nothing of it is delivered).
    void drop();

    // Whether a page for `query` is held or on its way.
    bool covers(const CustomerQuery &query) const;
    bool isReady() const { return m_page.has_value(); }
    bool isRunning() const { return m_call && !m_call->isFinished() && !m_page; }
    // The page of the query started last (1 for none), for tests and the status bar.
    int page() const { return m_query.page; }

    // The page held for `query`, handed over once; nullopt when none is held for it.
    std::optional<Page<Customer>> take(const CustomerQuery &query);
    // The call on its way for `query`, whose result (page or error) then goes to `done`
    // instead of being held. Null when none is on its way for that query.
    ApiCall *claim(const CustomerQuery &query, ApiCallback<Page<Customer>> done);
    // Whether `call` is the one claimed and still on its way.
    bool isClaimed(const ApiCall *call) const { return call && m_claimed && m_call == call; }

    static bool sameQuery(const CustomerQuery &a, const CustomerQuery &b);

Q_SIGNALS:
    // A page arrived and is held.
    void ready(int page);

private:
    void onResult(const ApiResult<Page<Customer>> &result);

    CustomerQuery m_query;
    QPointer<ApiCall> m_call;
    std::optional<Page<Customer>> m_page;
    ApiCallback<Page<Customer>> m_claimed;
    bool m_active = false; // m_query names a page held or on its way
};

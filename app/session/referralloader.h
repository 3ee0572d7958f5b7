// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/apierror.h"
#include "models/customer.h"
#include "models/referraltreemodel.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

class ApiCall;
class LatestRequest;
class Session;

// Feeds ReferralTreeModel from a Session: the roots through GET /customers with
// refer_status=non_referred, the children through GET /customers/{id}/referrals, and
// "show in tree" by following referring_customer upward with GET /customers/{id}.
//
// Requests for pages are made with this object as their context: a destroyed loader
// delivers nothing, and a reset of the attached model drops (supersedes) every page still on
// its way, so the model never waits for an answer that belongs to a former tree.
class ReferralLoader final : public QObject {
    Q_OBJECT

public:
    static constexpr int DefaultPageSize = 100;
    // A chain longer than this is taken for a loop in the data.
    static constexpr int MaxChainLength = 100;

    using ChainCallback =
        std::function<void(const QList<Customer> &chainFromRoot, const ApiError &error)>;

    explicit ReferralLoader(Session *session, QObject *parent = nullptr);
    ~ReferralLoader() override;

    // Customers per request, 1..250 (the API's range).
    void setPageSize(int size);
    int pageSize() const { return m_pageSize; }

    ReferralTreeModel::RootLoader rootLoader();
    ReferralTreeModel::ChildLoader childLoader();
    // Gives `model` both loaders (a reset) and drops pending pages whenever it resets.
    void attach(ReferralTreeModel *model);
    // Drops every page request still on its way: nothing is delivered for them.
    void dropPending();
    int pendingCount() const;

    // The chain from the root down to `customer`, root first. `customer` is taken as given;
    // each referrer above it is read with GET /customers/{id}. A newer resolve*() replaces a
    // running one, which then never answers. May answer before returning (a root).
    void resolveChain(const Customer &customer, ChainCallback done);
    // The same from what a person typed: an email address is searched for, anything else is
    // read as an id or key.
    void findAndResolve(const QString &text, ChainCallback done);
    void cancelResolve();

private:
    void track(ApiCall *call);
    void climb(QList<Customer> chain, QSet<QString> seen, ChainCallback done);

    QPointer<Session> m_session;
    QList<QPointer<ApiCall>> m_pages;
    LatestRequest *m_chain = nullptr;
    int m_pageSize = DefaultPageSize;
};

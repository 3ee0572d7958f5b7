// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/session/referralloader.h"

#include "app/api/apicall.h"
#include "app/api/apiclient.h" // the services hold a QPointer<ApiClient>, which needs it complete
#include "app/api/customerservice.h"
#include "app/api/latestrequest.h"
#include "app/api/referralservice.h"
#include "app/session/session.h"

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {

ApiError noSession() {
    return ApiError::notSent(ReferralLoader::tr("There is no connection to a program."));
}

} // namespace

ReferralLoader::ReferralLoader(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_chain(new LatestRequest(this)) {
}

ReferralLoader::~ReferralLoader() {
    dropPending();
}

void ReferralLoader::setPageSize(int size) {
    m_pageSize = qBound(1, size, 250);
}

void ReferralLoader::track(ApiCall *call) {
    if (!call)
        return;
    m_pages.removeIf(
        [](const QPointer<ApiCall> &pending) { return !pending || pending->isFinished(); });
    m_pages.append(call);
}

int ReferralLoader::pendingCount() const {
    int count = 0;
    for (const QPointer<ApiCall> &call : m_pages)
        count += call && !call->isFinished() ? 1 : 0;
    return count;
}

void ReferralLoader::dropPending() {
    const QList<QPointer<ApiCall>> pages = std::exchange(m_pages, {});
    for (const QPointer<ApiCall> &call : pages) {
        if (call)
            call->supersede();
    }
}

ReferralTreeModel::RootLoader ReferralLoader::rootLoader() {
    return [this](int page, const ReferralTreeModel::PageCallback &done) {
        if (!m_session) {
            done({}, noSession().sentence());
            return;
        }
        CustomerQuery query;
        query.limit = m_pageSize;
        query.page = page;
        query.referStatus = CustomerQuery::ReferStatus::NonReferred;
        track(m_session->customers()->list(query, this,
                                           [done](const ApiResult<Page<Customer>> &result) {
                                               if (result)
                                                   done(result.value(), QString());
                                               else
                                                   done({}, result.error().sentence());
                                           }));
    };
}

ReferralTreeModel::ChildLoader ReferralLoader::childLoader() {
    return [this](const QString &parentId, int page, const ReferralTreeModel::PageCallback &done) {
        if (!m_session) {
            done({}, noSession().sentence());
            return;
        }
        track(m_session->referrals()->referrals(parentId, m_pageSize, page, this,
                                                [done](const ApiResult<Page<Customer>> &result) {
                                                    if (result)
                                                        done(result.value(), QString());
                                                    else
                                                        done({}, result.error().sentence());
                                                }));
    };
}

void ReferralLoader::attach(ReferralTreeModel *model) {
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &ReferralLoader::dropPending);
    model->setLoaders(rootLoader(), childLoader());
}

void ReferralLoader::cancelResolve() {
    m_chain->clear();
}

void ReferralLoader::resolveChain(const Customer &customer, ChainCallback done) {
    m_chain->clear(); // a newer "show" wins; the older one never answers
    QSet<QString> seen{customer.identifier()};
    climb({customer}, std::move(seen), std::move(done));
}

void ReferralLoader::climb(QList<Customer> chain, QSet<QString> seen, ChainCallback done) {
    const Customer &top = chain.constFirst();
    const QString up = top.referringCustomer ? top.referringCustomer->identifier() : QString();
    if (up.isEmpty()) {
        done(chain, ApiError());
        return;
    }
    if (seen.contains(up) || chain.size() >= MaxChainLength) {
        ApiError error(ApiError::Kind::BadResponse);
        error.detail = tr("The referral chain above %1 loops back on itself.")
                           .arg(chain.constLast().displayName());
        done({}, error);
        return;
    }
    if (!m_session) {
        done({}, noSession());
        return;
    }
    seen.insert(up);
    m_chain->start(m_session->customers()->get(
        up, this,
        [this, chain, seen, done = std::move(done)](const ApiResult<Customer> &result) mutable {
            if (!result) {
                done({}, result.error());
                return;
            }
            chain.prepend(result.value());
            climb(std::move(chain), std::move(seen), std::move(done));
        }));
}

void ReferralLoader::findAndResolve(const QString &text, ChainCallback done) {
    m_chain->clear();
    const QString value = text.trimmed();
    if (value.isEmpty()) {
        done({}, ApiError::notSent(tr("Type a customer's ID, key or email address.")));
        return;
    }
    if (!m_session) {
        done({}, noSession());
        return;
    }
    if (value.contains(u'@')) {
        m_chain->start(m_session->customers()->search(
            CustomerSearchField::Email, value, this,
            [this, value, done = std::move(done)](const ApiResult<QList<Customer>> &result) {
                if (!result) {
                    done({}, result.error());
                    return;
                }
                if (result.value().isEmpty()) {
                    ApiError error(ApiError::Kind::NotFound, 404);
                    error.serverMessage = tr("No customer has the email address %1.").arg(value);
                    done({}, error);
                    return;
                }
                resolveChain(result.value().constFirst(), done);
            }));
        return;
    }
    m_chain->start(m_session->customers()->get(
        value, this, [this, done = std::move(done)](const ApiResult<Customer> &result) {
            if (!result) {
                done({}, result.error());
                return;
            }
            resolveChain(result.value(), done);
        }));
}

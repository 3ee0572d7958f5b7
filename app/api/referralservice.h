// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/apicall.h"
#include "app/api/apiclient.h" // client() converts a QPointer<ApiClient>: the type must be complete
#include "app/api/apiresult.h"

#include "models/balance.h"
#include "models/customer.h"
#include "models/customerstats.h"
#include "models/pageinfo.h"
#include "models/requests.h"

#include <QPointer>
#include <QString>

// The refer-a-friend extras: stats, the referral tree, reward balances and invites. Same
// contract as CustomerService (one handle, one result, never to a destroyed context).
class ReferralService final {
public:
    explicit ReferralService(ApiClient *client);
    ApiClient *client() const { return m_client; }

    // GET /customers/{id}/stats
    ApiCall *stats(const QString &identifier, QObject *context, ApiCallback<CustomerStats> done);
    // GET /customers/{id}/referrals?limit&page: the customers this one referred directly
    ApiCall *referrals(const QString &identifier, int limit, int page, QObject *context,
                       ApiCallback<Page<Customer>> done);
    // GET /customers/{id}/balance
    ApiCall *balance(const QString &identifier, QObject *context, ApiCallback<Balance> done);
    // POST /customers/{id}/balance/credit: the balance after the credit. A server that
    // answers the bare success envelope ({"status": 1}) has made the credit: the balance is
    // then read with GET .../balance in the same call (Balance::unread when that fails; the
    // result is a success all the same). Never retried; when
    // the outcome is unknown (timeout, dropped connection: ApiError Timeout/Network, journal
    // outcome Unknown) read balance() again and ask the person before crediting twice.
    // `reason` goes to the journal only, never to the server.
    ApiCall *creditBalance(const QString &identifier, const CreditRequest &credit,
                           const QString &reason, QObject *context, ApiCallback<Balance> done);
    // POST /customers:invite
    ApiCall *invite(const InviteRequest &invite, QObject *context, ApiCallback<void> done);

private:
    QPointer<ApiClient> m_client;
};

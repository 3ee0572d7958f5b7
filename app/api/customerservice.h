// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/apicall.h"
#include "app/api/apiclient.h" // client() converts a QPointer<ApiClient>: the type must be complete
#include "app/api/apiresult.h"

#include "models/customer.h"
#include "models/customerrecord.h"
#include "models/pageinfo.h"
#include "models/programinfo.h"
#include "models/requests.h"
#include "models/transaction.h"

#include <QList>
#include <QPointer>
#include <QString>

// GET /customers filters. The affiliate filters and refer_status belong to different program
// kinds; only the set ones are sent.
struct CustomerQuery {
    enum class ReferStatus { Any, Referred, NonReferred };

    int limit = 15; // 1..250
    int page = 1;
    QString partnerKey;                         // affiliate: partner.key
    QString partnerEmail;                       // affiliate: partner.email
    ReferStatus referStatus = ReferStatus::Any; // refer-a-friend: refer_status
};

enum class CustomerSearchField { Email, Key, Id };

// One typed, asynchronous call per customer endpoint of both program kinds.
//
// Every call returns its handle (see ApiCall) and later calls `done` exactly once with a value
// or an ApiError, never after `context` is destroyed. `identifier` is the customer's key
// (affiliate) or id/key (refer-a-friend); it is sent as one percent-encoded path segment.
// Requests that change data are recorded through the client's MutationObserver before they
// are sent, and are never retried.
class CustomerService final {
public:
    explicit CustomerService(ApiClient *client);
    ApiClient *client() const { return m_client; }

    // GET /customers?limit&page[&partner.key][&partner.email][&refer_status]
    ApiCall *list(const CustomerQuery &query, QObject *context, ApiCallback<Page<Customer>> done);
    // The same page, each customer with the object the server sent (for the index and exports).
    // A customer the mapping could not read is left out of this page.
    ApiCall *listRecords(const CustomerQuery &query, QObject *context,
                         ApiCallback<Page<CustomerRecord>> done);
    // GET /customers/{identifier}
    ApiCall *get(const QString &identifier, QObject *context, ApiCallback<Customer> done);
    // The same, with the object exactly as the server sent it (what the customer index keeps).
    ApiCall *getRecord(const QString &identifier, QObject *context,
                       ApiCallback<CustomerRecord> done);
    // GET /customers:search?email|key|id=value (the first page the server gives)
    ApiCall *search(CustomerSearchField field, const QString &value, QObject *context,
                    ApiCallback<QList<Customer>> done);

    // POST /customers (affiliate: 201 with the customer)
    ApiCall *create(const AffiliateCustomerDraft &draft, QObject *context,
                    ApiCallback<Customer> done);
    // POST /customers (refer-a-friend: 200 with the customer)
    ApiCall *create(const ReferralCustomerDraft &draft, QObject *context,
                    ApiCallback<Customer> done);
    // PUT /customers/{identifier} {"update": {...}}: the full customer as it is now
    ApiCall *update(const QString &identifier, const CustomerUpdate &update, QObject *context,
                    ApiCallback<Customer> done);
    // DELETE /customers/{identifier} (permanent; removes an affiliate customer's transactions)
    ApiCall *remove(const QString &identifier, QObject *context, ApiCallback<void> done);

    // Affiliate: POST /customers/{key}/suspend and /approve
    ApiCall *suspend(const QString &identifier, QObject *context, ApiCallback<void> done);
    ApiCall *approve(const QString &identifier, QObject *context, ApiCallback<void> done);
    // Refer-a-friend: POST /customers/{id}/archive and /revoke-archive
    ApiCall *archive(const QString &identifier, QObject *context, ApiCallback<void> done);
    ApiCall *revokeArchive(const QString &identifier, QObject *context, ApiCallback<void> done);

    // GET /customers/{identifier}/transactions?limit&page (both kinds)
    ApiCall *transactions(const QString &identifier, int limit, int page, QObject *context,
                          ApiCallback<Page<Transaction>> done);

    // Which kind of program the key belongs to: GET /program/overview, else GET /test, else
    // the shape of the first customer of GET /customers?limit=1. One handle for all steps.
    // Delivers ProgramKind::Unknown (not an error) when nothing tells, e.g. an empty
    // program that offers neither endpoint; errors such as a wrong key are errors.
    ApiCall *detectProgram(QObject *context, ApiCallback<ProgramInfo> done);

private:
    ApiCall *action(const QString &identifier, const QString &verb, const QString &actionName,
                    QObject *context, ApiCallback<void> done);

    QPointer<ApiClient> m_client;
};

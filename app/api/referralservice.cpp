// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/api/referralservice.h"

#include "app/api/apiclient.h"
#include "app/api/changeoutcome.h"
#include "app/api/servicesupport.h"

#include "models/jsonmapping.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;
using ServiceSupport::customerPath;
using ServiceSupport::getRequest;
using ServiceSupport::noCustomerGiven;

ReferralService::ReferralService(ApiClient *client)
    : m_client(client) {
    Q_ASSERT(client);
}

ApiCall *ReferralService::stats(const QString &identifier, QObject *context,
                                ApiCallback<CustomerStats> done) {
    auto handler = ServiceSupport::typed<CustomerStats>(std::move(done), &JsonMapping::readStats);
    if (identifier.isEmpty())
        return m_client->refuse(noCustomerGiven(), context, std::move(handler));
    return m_client->send(getRequest(customerPath(identifier).lit(u"stats"_s)), context,
                          std::move(handler));
}

ApiCall *ReferralService::referrals(const QString &identifier, int limit, int page,
                                    QObject *context, ApiCallback<Page<Customer>> done) {
    auto handler =
        ServiceSupport::typed<Page<Customer>>(std::move(done), &JsonMapping::readReferrals);
    if (identifier.isEmpty())
        return m_client->refuse(noCustomerGiven(), context, std::move(handler));
    return m_client->send(
        getRequest(customerPath(identifier).lit(u"referrals"_s),
                   {{u"limit"_s, QString::number(limit)}, {u"page"_s, QString::number(page)}}),
        context, std::move(handler));
}

ApiCall *ReferralService::balance(const QString &identifier, QObject *context,
                                  ApiCallback<Balance> done) {
    auto handler = ServiceSupport::typed<Balance>(std::move(done), &JsonMapping::readBalance);
    if (identifier.isEmpty())
        return m_client->refuse(noCustomerGiven(), context, std::move(handler));
    return m_client->send(getRequest(customerPath(identifier).lit(u"balance"_s)), context,
                          std::move(handler));
}

ApiCall *ReferralService::creditBalance(const QString &identifier, const CreditRequest &credit,
                                        const QString &reason, QObject *context,
                                        ApiCallback<Balance> done) {
    if (identifier.isEmpty()) {
        return m_client->refuse(
            noCustomerGiven(), context,
            ServiceSupport::typed<Balance>(std::move(done), &JsonMapping::readBalance));
    }
    // The reference does not show the credit's answer: the balance after it, or the bare
    // success envelope. Both say the credit was made; after the envelope the balance is read
    // within the same call, so that the caller shows it and cancel() reaches the read too.
    ApiHandler readAnswer =
        ServiceSupport::typed<Balance>(ApiCallback<Balance>(done), &JsonMapping::readBalance);
    ApiHandler handler = [done, readAnswer = std::move(readAnswer),
                          balancePath = customerPath(identifier).lit(u"balance"_s)](
                             const ApiResponse &response) -> std::optional<ApiStep> {
        if (response.error.isError() || !confirmsByEnvelope(response.json))
            return readAnswer(response);
        ApiStep readBalance;
        readBalance.request = getRequest(balancePath);
        readBalance.handler = [done](const ApiResponse &answer) -> std::optional<ApiStep> {
            Balance balance;
            if (answer.error.isError() || JsonMapping::readBalance(answer.json, balance)) {
                // The credit stands; only what it left is not known.
                balance = Balance();
                balance.unread = true;
            }
            done(ApiResult<Balance>(std::move(balance)));
            return std::nullopt;
        };
        return readBalance;
    };
    ApiRequest request;
    request.method = "POST";
    request.path = customerPath(identifier).lit(u"balance/credit"_s);
    request.body = JsonMapping::write(credit);
    request.action = u"credit"_s;
    const ApiCheck readsBalance = ServiceSupport::reads<Balance>(&JsonMapping::readBalance);
    request.check = [readsBalance](const ApiResponse &response) -> ApiError {
        if (confirmsByEnvelope(response.json))
            return {};
        return readsBalance(response);
    };
    request.customer = identifier;
    request.note = reason;
    return m_client->send(request, context, std::move(handler));
}

ApiCall *ReferralService::invite(const InviteRequest &invite, QObject *context,
                                 ApiCallback<void> done) {
    ApiRequest request;
    request.method = "POST";
    request.path = ApiPath::literal(u"customers:invite"_s);
    request.body = JsonMapping::write(invite);
    request.action = u"invite"_s;
    request.check = &ServiceSupport::confirmation;
    request.customer = invite.email;
    return m_client->send(request, context, ServiceSupport::done(std::move(done)));
}

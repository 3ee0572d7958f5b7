// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/api/customerservice.h"

#include "app/api/apiclient.h"
#include "app/api/servicesupport.h"

#include "models/jsonmapping.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using ServiceSupport::customerPath;
using ServiceSupport::getRequest;
using ServiceSupport::noCustomerGiven;

namespace {

// Both kinds of program create a customer with the same request; only the body differs, and
// which of the draft's identifiers names the customer in the journal.
ApiRequest createRequest(QJsonObject body, const QString &customer) {
    ApiRequest request;
    request.method = "POST";
    request.path = ApiPath::literal(u"customers"_s);
    request.body = std::move(body);
    request.action = u"create"_s;
    request.check = ServiceSupport::reads<Customer>(&JsonMapping::readCustomer);
    request.customer = customer;
    return request;
}

// Program detection gives up only on answers that no other endpoint would change.
bool endsDetection(const ApiError &error) {
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::Cancelled:
    case ApiError::Kind::NotSent:
        return true;
    default:
        return false;
    }
}

} // namespace

CustomerService::CustomerService(ApiClient *client)
    : m_client(client) {
    Q_ASSERT(client);
}

namespace {

ApiQuery listQuery(const CustomerQuery &query) {
    ApiQuery items{{u"limit"_s, QString::number(query.limit)},
                   {u"page"_s, QString::number(query.page)}};
    if (!query.partnerKey.isEmpty())
        items.append({u"partner.key"_s, query.partnerKey});
    if (!query.partnerEmail.isEmpty())
        items.append({u"partner.email"_s, query.partnerEmail});
    if (query.referStatus == CustomerQuery::ReferStatus::Referred)
        items.append({u"refer_status"_s, u"referred"_s});
    else if (query.referStatus == CustomerQuery::ReferStatus::NonReferred)
        items.append({u"refer_status"_s, u"non_referred"_s});
    return items;
}

} // namespace

ApiCall *CustomerService::list(const CustomerQuery &query, QObject *context,
                               ApiCallback<Page<Customer>> done) {
    return m_client->send(
        getRequest(ApiPath::literal(u"customers"_s), listQuery(query)), context,
        ServiceSupport::typed<Page<Customer>>(std::move(done), &JsonMapping::readCustomerPage));
}

ApiCall *CustomerService::listRecords(const CustomerQuery &query, QObject *context,
                                      ApiCallback<Page<CustomerRecord>> done) {
    // The reader is given the answer's bytes too: each object is kept as the server wrote it,
    // cut out of them, instead of being written out again (as costly as the parse).
    return m_client->send(getRequest(ApiPath::literal(u"customers"_s), listQuery(query)), context,
                          ServiceSupport::typed<Page<CustomerRecord>>(
                              std::move(done), [](const QJsonDocument &doc, const QByteArray &body,
                                                  Page<CustomerRecord> &out) {
                                  return JsonMapping::readCustomerRecordPage(doc, body, out);
                              }));
}

ApiCall *CustomerService::get(const QString &identifier, QObject *context,
                              ApiCallback<Customer> done) {
    auto handler = ServiceSupport::typed<Customer>(std::move(done), &JsonMapping::readCustomer);
    if (identifier.isEmpty())
        return m_client->refuse(noCustomerGiven(), context, std::move(handler));
    return m_client->send(getRequest(customerPath(identifier)), context, std::move(handler));
}

ApiCall *CustomerService::getRecord(const QString &identifier, QObject *context,
                                    ApiCallback<CustomerRecord> done) {
    auto handler = ServiceSupport::typed<CustomerRecord>(
        std::move(done), [](const QJsonDocument &doc, CustomerRecord &out) {
            if (auto problem = JsonMapping::readCustomer(doc, out.customer))
                return problem;
            const QJsonObject root = doc.object();
            const QJsonValue data = root.value(u"data"_s);
            out.json = QJsonDocument(data.isObject() ? data.toObject() : root)
                           .toJson(QJsonDocument::Compact);
            return std::optional<JsonMapping::Error>();
        });
    if (identifier.isEmpty())
        return m_client->refuse(noCustomerGiven(), context, std::move(handler));
    return m_client->send(getRequest(customerPath(identifier)), context, std::move(handler));
}

ApiCall *CustomerService::search(CustomerSearchField field, const QString &value, QObject *context,
                                 ApiCallback<QList<Customer>> done) {
    auto handler =
        ServiceSupport::typed<QList<Customer>>(std::move(done), &JsonMapping::readSearchResult);
    if (value.isEmpty()) {
        return m_client->refuse(ApiError::notSent(QCoreApplication::translate(
                                    "CustomerService", "There is nothing to search for.")),
                                context, std::move(handler));
    }
    QString name;
    switch (field) {
    case CustomerSearchField::Email:
        name = u"email"_s;
        break;
    case CustomerSearchField::Key:
        name = u"key"_s;
        break;
    case CustomerSearchField::Id:
        name = u"id"_s;
        break;
    }
    // "customers:search" is one literal segment: the colon is part of the documented path.
    return m_client->send(getRequest(ApiPath::literal(u"customers:search"_s), {{name, value}}),
                          context, std::move(handler));
}

ApiCall *CustomerService::create(const AffiliateCustomerDraft &draft, QObject *context,
                                 ApiCallback<Customer> done) {
    return m_client->send(
        createRequest(JsonMapping::write(draft), draft.key), context,
        ServiceSupport::typed<Customer>(std::move(done), &JsonMapping::readCustomer));
}

ApiCall *CustomerService::create(const ReferralCustomerDraft &draft, QObject *context,
                                 ApiCallback<Customer> done) {
    const QString customer = !draft.key.isEmpty()  ? draft.key
                             : !draft.id.isEmpty() ? draft.id
                                                   : draft.email;
    return m_client->send(
        createRequest(JsonMapping::write(draft), customer), context,
        ServiceSupport::typed<Customer>(std::move(done), &JsonMapping::readCustomer));
}

ApiCall *CustomerService::update(const QString &identifier, const CustomerUpdate &update,
                                 QObject *context, ApiCallback<Customer> done) {
    auto handler = ServiceSupport::typed<Customer>(std::move(done), &JsonMapping::readCustomer);
    if (identifier.isEmpty())
        return m_client->refuse(noCustomerGiven(), context, std::move(handler));
    if (update.isEmpty()) {
        return m_client->refuse(ApiError::notSent(QCoreApplication::translate(
                                    "CustomerService", "There is nothing to change.")),
                                context, std::move(handler));
    }
    ApiRequest request;
    request.method = "PUT";
    request.path = customerPath(identifier);
    request.body = JsonMapping::write(update);
    request.action = u"update"_s;
    request.check = ServiceSupport::reads<Customer>(&JsonMapping::readCustomer);
    request.customer = identifier;
    return m_client->send(request, context, std::move(handler));
}

ApiCall *CustomerService::remove(const QString &identifier, QObject *context,
                                 ApiCallback<void> done) {
    auto handler = ServiceSupport::done(std::move(done));
    if (identifier.isEmpty())
        return m_client->refuse(noCustomerGiven(), context, std::move(handler));
    ApiRequest request;
    request.method = "DELETE";
    request.path = customerPath(identifier);
    request.action = u"delete"_s;
    request.check = &ServiceSupport::confirmation;
    request.customer = identifier;
    return m_client->send(request, context, std::move(handler));
}

ApiCall *CustomerService::action(const QString &identifier, const QString &verb,
                                 const QString &actionName, QObject *context,
                                 ApiCallback<void> done) {
    auto handler = ServiceSupport::done(std::move(done));
    if (identifier.isEmpty())
        return m_client->refuse(noCustomerGiven(), context, std::move(handler));
    ApiRequest request;
    request.method = "POST";
    request.path = customerPath(identifier).lit(verb);
    request.action = actionName;
    request.check = &ServiceSupport::confirmation;
    request.customer = identifier;
    return m_client->send(request, context, std::move(handler));
}

ApiCall *CustomerService::suspend(const QString &identifier, QObject *context,
                                  ApiCallback<void> done) {
    return action(identifier, u"suspend"_s, u"suspend"_s, context, std::move(done));
}

ApiCall *CustomerService::approve(const QString &identifier, QObject *context,
                                  ApiCallback<void> done) {
    return action(identifier, u"approve"_s, u"approve"_s, context, std::move(done));
}

ApiCall *CustomerService::archive(const QString &identifier, QObject *context,
                                  ApiCallback<void> done) {
    return action(identifier, u"archive"_s, u"archive"_s, context, std::move(done));
}

ApiCall *CustomerService::revokeArchive(const QString &identifier, QObject *context,
                                        ApiCallback<void> done) {
    return action(identifier, u"revoke-archive"_s, u"revoke_archive"_s, context, std::move(done));
}

ApiCall *CustomerService::transactions(const QString &identifier, int limit, int page,
                                       QObject *context, ApiCallback<Page<Transaction>> done) {
    auto handler = ServiceSupport::typed<Page<Transaction>>(std::move(done),
                                                            &JsonMapping::readTransactionPage);
    if (identifier.isEmpty())
        return m_client->refuse(noCustomerGiven(), context, std::move(handler));
    return m_client->send(
        getRequest(customerPath(identifier).lit(u"transactions"_s),
                   {{u"limit"_s, QString::number(limit)}, {u"page"_s, QString::number(page)}}),
        context, std::move(handler));
}

ApiCall *CustomerService::detectProgram(QObject *context, ApiCallback<ProgramInfo> done) {
    // The steps share what the earlier ones learnt (a program name without a kind).
    auto found = std::make_shared<ProgramInfo>();
    auto deliver = std::make_shared<ApiCallback<ProgramInfo>>(std::move(done));

    ApiHandler byCustomerShape = [found,
                                  deliver](const ApiResponse &response) -> std::optional<ApiStep> {
        if (response.error.isError()) {
            (*deliver)(ApiResult<ProgramInfo>(response.error));
            return std::nullopt;
        }
        ProgramInfo info = *found;
        info.kind = JsonMapping::kindFromCustomerShape(response.json);
        (*deliver)(ApiResult<ProgramInfo>(info));
        return std::nullopt;
    };

    // Reads /program/overview or /test; falls through to `next` when it says nothing useful.
    auto fromProgramInfo = [found, deliver](ApiStep next) -> ApiHandler {
        return [found, deliver, next](const ApiResponse &response) -> std::optional<ApiStep> {
            if (response.error.isError()) {
                if (endsDetection(response.error)) {
                    (*deliver)(ApiResult<ProgramInfo>(response.error));
                    return std::nullopt;
                }
                return next;
            }
            ProgramInfo info;
            if (JsonMapping::readProgramInfo(response.json, info) ||
                info.kind == ProgramKind::Unknown) {
                if (found->name.isEmpty())
                    found->name = info.name;
                if (found->typeTitle.isEmpty())
                    found->typeTitle = info.typeTitle;
                return next;
            }
            (*deliver)(ApiResult<ProgramInfo>(info));
            return std::nullopt;
        };
    };

    const ApiStep shapeStep{getRequest(ApiPath::literal(u"customers"_s), {{u"limit"_s, u"1"_s}}),
                            byCustomerShape};
    const ApiStep testStep{getRequest(ApiPath::literal(u"test"_s)), fromProgramInfo(shapeStep)};
    return m_client->send(getRequest(ApiPath::literal(u"program/overview"_s)), context,
                          fromProgramInfo(testStep));
}

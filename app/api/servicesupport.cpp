// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/api/servicesupport.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace ServiceSupport {

ApiRequest getRequest(ApiPath path, ApiQuery query) {
    ApiRequest request;
    request.method = "GET";
    request.path = std::move(path);
    request.query = std::move(query);
    return request;
}

ApiPath customerPath(const QString &identifier) {
    return ApiPath::literal(u"customers"_s).value(identifier);
}

ApiError noCustomerGiven() {
    return ApiError::notSent(
        QCoreApplication::translate("CustomerService", "No customer was given."));
}

ApiError confirmation(const ApiResponse &response) {
    const QJsonValue status = response.json.object().value(u"status"_s);
    const bool refused =
        (status.isDouble() && status.toDouble() == 0) || (status.isBool() && !status.toBool());
    if (!refused)
        return {};
    ApiError error(ApiError::Kind::BadResponse, response.httpStatus);
    error.detail = QCoreApplication::translate(
        "ApiError", "The server answered without confirming the change.");
    return error;
}

ApiHandler done(ApiCallback<void> callback) {
    return [callback = std::move(callback)](const ApiResponse &response) -> std::optional<ApiStep> {
        if (response.error.isError()) {
            callback(ApiResult<void>(response.error));
            return std::nullopt;
        }
        const ApiError refused = confirmation(response);
        if (refused.isError()) {
            callback(ApiResult<void>(refused));
            return std::nullopt;
        }
        callback(ApiResult<void>());
        return std::nullopt;
    };
}

} // namespace ServiceSupport

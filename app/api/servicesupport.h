// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the services: turning a raw ApiResponse into a typed result.

#include "app/api/apierror.h"
#include "app/api/apirequest.h"
#include "app/api/apiresult.h"

#include "models/jsonmapping.h"

#include <QJsonDocument>

#include <optional>
#include <type_traits>
#include <utility>

namespace ServiceSupport {

// A GET of `path` with `query`.
ApiRequest getRequest(ApiPath path, ApiQuery query = {});
// /customers/{identifier}, the identifier encoded as one path segment.
ApiPath customerPath(const QString &identifier);
// The refusal of a call about a customer when no identifier was given: nothing is sent.
ApiError noCustomerGiven();

// `read` is a JsonMapping reader: std::optional<JsonMapping::Error>(const QJsonDocument &, T &),
// or (const QJsonDocument &, const QByteArray &body, T &) for one that also reads the bytes
// the document was parsed from.
template <typename T, typename Reader> ApiHandler typed(ApiCallback<T> done, Reader read) {
    return [done = std::move(done), read](const ApiResponse &response) -> std::optional<ApiStep> {
        if (response.error.isError()) {
            done(ApiResult<T>(response.error));
            return std::nullopt;
        }
        T value{};
        std::optional<JsonMapping::Error> problem;
        if constexpr (std::is_invocable_v<Reader, const QJsonDocument &, const QByteArray &, T &>)
            problem = read(response.json, response.body, value);
        else
            problem = read(response.json, value);
        if (problem) {
            done(ApiResult<T>(ApiError::fromBadResponse(*problem)));
            return std::nullopt;
        }
        done(ApiResult<T>(std::move(value)));
        return std::nullopt;
    };
}

// The check of a change whose answer is read by `read` (see ApiCheck): the journal then
// learns "unknown", not "succeeded", when the answer is not what the endpoint documents.
template <typename T, typename Reader> ApiCheck reads(Reader read) {
    return [read](const ApiResponse &response) -> ApiError {
        T value{};
        if (const std::optional<JsonMapping::Error> problem = read(response.json, value))
            return ApiError::fromBadResponse(*problem);
        return {};
    };
}

// Action endpoints answer {"status": 1}; a 2xx that says status 0 did not confirm the work.
ApiHandler done(ApiCallback<void> callback);
// The same reading of an action's answer as a check (see ApiCheck).
ApiError confirmation(const ApiResponse &response);

} // namespace ServiceSupport

#pragma once

// Internal to the services: turning a raw ApiResponse into a typed result.

#include "app/api/apierror.h"
#include "app/api/apirequest.h"
#include "app/api/apiresult.h"

#include "models/jsonmapping.h"

#include <QJsonDocument>

#include <optional>
#include <utility>

namespace ServiceSupport {

// `read` is a JsonMapping reader: std::optional<JsonMapping::Error>(const QJsonDocument &, T &).
template <typename T, typename Reader> ApiHandler typed(ApiCallback<T> done, Reader read) {
    return [done = std::move(done), read](const ApiResponse &response) -> std::optional<ApiStep> {
        if (response.error.isError()) {
            done(ApiResult<T>(response.error));
            return std::nullopt;
        }
        T value{};
        if (const std::optional<JsonMapping::Error> problem = read(response.json, value)) {
            done(ApiResult<T>(ApiError::fromBadResponse(*problem)));
            return std::nullopt;
        }
        done(ApiResult<T>(std::move(value)));
        return std::nullopt;
    };
}

// Action endpoints answer {"status": 1}; a 2xx that says status 0 did not do the work.
ApiHandler done(ApiCallback<void> callback);

} // namespace ServiceSupport

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/apierror.h"

#include <functional>
#include <utility>

// The result of a typed call: a value or an ApiError, never both.
template <typename T> class ApiResult final {
public:
    ApiResult(T value)
        : m_value(std::move(value)) {}
    ApiResult(ApiError error)
        : m_error(std::move(error)) {}

    bool ok() const { return !m_error.isError(); }
    explicit operator bool() const { return ok(); }
    // Only meaningful when ok().
    const T &value() const { return m_value; }
    const ApiError &error() const { return m_error; }
    // For a call that changes data: what it did, by the one rule (see ChangeOutcome).
    ChangeOutcome outcome() const { return ok() ? ChangeOutcome::Succeeded : m_error.outcome; }

private:
    T m_value{};
    ApiError m_error;
};

// Calls that answer only "done" (delete, suspend, approve, archive, invite, ...).
template <> class ApiResult<void> final {
public:
    ApiResult() = default;
    ApiResult(ApiError error)
        : m_error(std::move(error)) {}

    bool ok() const { return !m_error.isError(); }
    explicit operator bool() const { return ok(); }
    const ApiError &error() const { return m_error; }
    ChangeOutcome outcome() const { return ok() ? ChangeOutcome::Succeeded : m_error.outcome; }

private:
    ApiError m_error;
};

// Called exactly once per call, on the context object's thread, unless the context object
// was destroyed or the call was superseded (see ApiCall).
template <typename T> using ApiCallback = std::function<void(const ApiResult<T> &)>;

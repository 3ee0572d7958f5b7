// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the service tests: waiting for one typed result, and a journal stand-in.

#include "app/api/apiclient.h"
#include "app/api/apiresult.h"
#include "app/api/mutationobserver.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QTest>

#include <memory>
#include <optional>

// Catches the results of one call: how many times the callback ran, and the last result.
template <typename T> class Recorder {
public:
    ApiCallback<T> callback() const {
        auto calls = m_calls;
        auto last = m_last;
        return [calls, last](const ApiResult<T> &result) {
            ++*calls;
            last->emplace(result);
        };
    }
    bool wait(int timeoutMs = 15000) const {
        auto calls = m_calls;
        return QTest::qWaitFor([calls] { return *calls > 0; }, timeoutMs);
    }
    int count() const { return *m_calls; }
    bool hasResult() const { return m_last->has_value(); }
    const ApiResult<T> &result() const { return **m_last; }

private:
    std::shared_ptr<int> m_calls = std::make_shared<int>(0);
    std::shared_ptr<std::optional<ApiResult<T>>> m_last =
        std::make_shared<std::optional<ApiResult<T>>>();
};

// Starts a call with `start(callback)` and waits for its one result. A result delivered twice,
// or never, comes back as an error whose detail says so, which fails the caller's checks.
template <typename T, typename Start> ApiResult<T> await(Start start, int timeoutMs = 15000) {
    Recorder<T> recorder;
    start(recorder.callback());
    if (!recorder.wait(timeoutMs)) {
        ApiError error(ApiError::Kind::NotSent);
        error.detail = QStringLiteral("TEST: no result within the time allowed");
        return ApiResult<T>(error);
    }
    QCoreApplication::processEvents(); // a second delivery would show up here
    if (recorder.count() != 1) {
        ApiError error(ApiError::Kind::NotSent);
        error.detail = QStringLiteral("TEST: result delivered %1 times").arg(recorder.count());
        return ApiResult<T>(error);
    }
    return recorder.result();
}

template <typename T> QString kindOf(const ApiResult<T> &result) {
    return result.ok() ? QStringLiteral("ok") : ApiError::kindName(result.error().kind);
}

template <typename T> QByteArray describe(const ApiResult<T> &result) {
    if (result.ok())
        return QByteArrayLiteral("ok");
    return (ApiError::kindName(result.error().kind) + QStringLiteral(" (HTTP ") +
            QString::number(result.error().httpStatus) + QStringLiteral("): ") +
            result.error().sentence())
        .toUtf8();
}

// Stands in for the journal.
class RecordingObserver final : public MutationObserver {
public:
    bool refuse = false;
    QList<MutationRecord> sent;
    QList<QPair<QUuid, MutationOutcome>> finished;

    bool mutationAboutToBeSent(const MutationRecord &record) override {
        sent.append(record);
        return !refuse;
    }
    void mutationFinished(const QUuid &operationId, const MutationOutcome &outcome) override {
        finished.append({operationId, outcome});
    }
    std::optional<MutationOutcome> outcomeOf(const QUuid &operationId) const {
        for (const auto &entry : finished) {
            if (entry.first == operationId)
                return entry.second;
        }
        return std::nullopt;
    }
    int outcomesFor(const QUuid &operationId) const {
        int n = 0;
        for (const auto &entry : finished)
            n += entry.first == operationId ? 1 : 0;
        return n;
    }
    void clear() {
        sent.clear();
        finished.clear();
    }
};

inline QString outcomeName(ChangeOutcome result) {
    return changeOutcomeName(result);
}

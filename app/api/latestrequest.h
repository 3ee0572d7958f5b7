// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/apicall.h"

#include <QObject>
#include <QPointer>

// A request slot for one view: a newer request supersedes the older one, so a stale page
// never overwrites a newer one.
//
//     m_pageSlot.start(m_customers->list(query, this, [this](const auto &result) { ... }));
//
// start() supersedes the call it held (aborted, nothing delivered) and tags the new call with
// a generation; a result is delivered only while its generation is the latest, which also
// stops a reply that had already arrived but not yet been handled.
class LatestRequest final : public QObject {
    Q_OBJECT

public:
    explicit LatestRequest(QObject *parent = nullptr);
    ~LatestRequest() override;

    // Takes `call` as the current request. Returns it, for chaining.
    ApiCall *start(ApiCall *call);
    // Cancels the current request: its callback receives ApiError::Cancelled.
    void cancel();
    // Drops the current request: nothing is delivered.
    void clear();

    bool isRunning() const { return m_current && !m_current->isFinished(); }
    ApiCall *current() const { return m_current; }
    quint64 generation() const { return m_generation; }

private:
    QPointer<ApiCall> m_current;
    quint64 m_generation = 0;
};

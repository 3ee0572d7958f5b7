// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/apierror.h"
#include "app/api/apirequest.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUuid>

#include <functional>

class ApiClient;
class QNetworkReply;
class QTimer;

// One call to the API: one handle, one result.
//
// - The result (a value or an ApiError) reaches the callback given to the service EXACTLY
//   ONCE, and never after the context object given with it is destroyed.
// - cancel() aborts and delivers ApiError::Cancelled to the callback before it returns.
//   A transfer timeout is told apart from a cancel and delivers ApiError::Timeout.
// - Every attempt has an overall deadline (ApiClient::deadlineFor) counted from the moment
//   its request is on the wire, besides the transfer timeout: an answer that trickles in byte
//   by byte ends with ApiError::Timeout all the same. The answer is read as it arrives and
//   abandoned (ApiError::BadResponse) as soon as it, or its announced length, exceeds
//   ApiClient::maxResponseBytes(), so it is never kept whole in memory.
// - supersede(), or the context object's destruction, delivers NOTHING. A GET is aborted at
//   once; a request that changes data is left to finish so that the journal learns its
//   outcome, but its result is dropped.
// - A GET is retried by the call itself (see RetryPolicy) and says so through retrying().
//
// Calls are owned by the ApiClient and delete themselves (deleteLater) after finished().
// Keep them in a QPointer<ApiCall>.
class ApiCall final : public QObject {
    Q_OBJECT

public:
    ~ApiCall() override;

    QByteArray method() const { return m_step.request.method; }
    // Below the base URL, decoded ("/customers/alice").
    QString path() const { return m_step.request.path.display(); }
    bool isMutation() const { return m_step.request.isMutation(); }
    // The journal's operation id of a mutation; null for a GET or before it was recorded.
    QUuid operationId() const { return m_operationId; }
    // 1 for the first try, 2 for the first retry, ...
    int attempt() const { return m_attempt; }
    bool isFinished() const { return m_finished; }
    // Waiting out a Retry-After or a backoff before trying again.
    bool isWaitingToRetry() const;

    // Aborts and delivers ApiError::Cancelled before returning. Does nothing once the call
    // has finished or while its result is being delivered.
    void cancel();
    // Drops the result: nothing is delivered (see the class comment).
    void supersede();
    // The result is delivered only while `gate` says yes (checked at delivery). LatestRequest
    // uses it as a second line behind supersede(): a stale page can never slip through.
    void setDeliveryGate(std::function<bool()> gate);

Q_SIGNALS:
    // A GET failed in a way worth retrying (429, 502-504, connection reset) and will be sent
    // again after `delayMs`. `attempt` is the number of the retry about to be made (1..3).
    void retrying(int attempt, int delayMs, const ApiError &reason);
    // A GET's whole answer arrived and will not be asked for again (a 2xx: no retry follows):
    // the request is off the wire, and the result is delivered next, once the answer is read.
    // Emitted before the answer is parsed, so that a caller paging through a list can send its
    // next request while this one's answer is being read.
    void answered();
    // After the result was delivered or dropped.
    void finished();

private:
    friend class ApiClient;
    ApiCall(ApiClient *client, ApiStep step, QObject *context);

    void start();
    void sendAttempt();
    void onReplyFinished();
    void startDeadline();
    void onDeadline();
    void checkAnnouncedSize();
    // Moves what has arrived into m_body; false when that would exceed the size cap (the
    // attempt has then been stopped and its result concluded).
    bool readBody();
    // Ends the running attempt with `error` (the deadline, the size cap).
    void stopAttempt(ApiError error, int networkError);
    void conclude(ApiResponse response, int networkError);
    void onContextDestroyed();
    void complete(ApiResponse response);
    void finish();
    void failSoon(const ApiError &error);
    void abortReply();
    void reportMutation(const ApiResponse &response);
    bool mayRetry(const ApiResponse &response, int networkError, int *delayMs) const;
    bool deliverable() const;
    // A proxy's refusal of its credentials that Qt reports as an HTTP status.
    bool refusedByProxy(int status, const QNetworkReply *reply) const;
    QString loggablePath() const;

    QPointer<ApiClient> m_client;
    ApiStep m_step;
    QPointer<QObject> m_context;
    bool m_hadContext = false;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_retryTimer = nullptr;
    QTimer *m_deadlineTimer = nullptr; // one attempt's overall deadline
    QByteArray m_body;                 // the running attempt's answer, read as it arrives
    std::function<bool()> m_gate;
    QUuid m_operationId;
    QStringList m_tlsErrors;
    QElapsedTimer m_elapsed;
    int m_attempt = 0;
    int m_lastNetworkError = 0;
    bool m_requestLeft = false;  // this step's request was handed to the network
    bool m_mutationOpen = false; // the journal was told; the outcome is still to be reported
    bool m_cancelMarked = false; // set before abort(), so a cancel is not taken for a timeout
    bool m_silent = false;       // superseded or the context is gone: deliver nothing
    bool m_inHandler = false;
    bool m_finished = false;
    bool m_answered = false; // no longer counted in the client's calls in flight
};

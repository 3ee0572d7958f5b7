// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/apicall.h"
#include "app/api/apierror.h"
#include "app/api/apirequest.h"
#include "app/api/mutationobserver.h"
#include "app/api/retrypolicy.h"
#include "models/proxysettings.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

// The one place that talks HTTP: owns the QNetworkAccessManager, the base URL and the key,
// builds every request the same way (headers, transfer timeout, no redirects), bounds every
// answer in time (deadline) and size, and turns every reply into a JSON document or one
// ApiError. The services build on send(); the UI uses the services, never send().
//
// The key lives only in memory here and only ever travels in the Authorization header; it is
// never logged and is masked out of any server text that would quote it.
class ApiClient final : public QObject {
    Q_OBJECT

public:
    static constexpr int DefaultTransferTimeoutMs = 30000;
    static constexpr int DefaultReadDeadlineMs = 30000;
    static constexpr int DefaultChangeDeadlineMs = 60000;
    static constexpr qint64 DefaultMaxResponseBytes = 16 * 1024 * 1024;

    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    // e.g. https://api.partnero.com/v1 or http://127.0.0.1:8080/v1. A non-https address is
    // refused unless its host is this computer; a refused address is kept, and every call then
    // fails with that error without sending anything. Returns the error (kind None when fine).
    ApiError setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    static ApiError checkBaseUrl(const QUrl &url);
    // Every call fails with `why` without sending anything, until the next setBaseUrl() (a
    // profile whose extra CA file cannot be read).
    void refuseAll(const ApiError &why) { m_baseUrlError = why; }

    void setApiKey(const QString &key);
    void clearApiKey();
    bool hasApiKey() const { return !m_key.isEmpty(); }

    // Set on every request with QNetworkRequest::setTransferTimeout (no data for this long ends
    // the request with ApiError::Timeout). Default 30 s.
    void setTransferTimeout(int ms);
    int transferTimeout() const { return m_transferTimeoutMs; }

    // The overall time one attempt may take once its request is on the wire
    // (QNetworkReply::requestSent), however steadily the answer trickles in: GET (`readMs`) and
    // everything else (`changeMs`). Time spent queued behind other requests does not count.
    // A value of 0 or less restores that default (30 s and 60 s).
    void setDeadlines(int readMs, int changeMs);
    int readDeadline() const { return m_readDeadlineMs; }
    int changeDeadline() const { return m_changeDeadlineMs; }
    int deadlineFor(const ApiRequest &request) const;

    // An answer (announced or read so far) larger than this is abandoned and never kept whole
    // in memory. 0 or less restores the default, 16 MB.
    void setMaxResponseBytes(qint64 bytes);
    qint64 maxResponseBytes() const { return m_maxResponseBytes; }

    // How requests leave: the system's proxy (the default; never for addresses on this
    // computer), a proxy of the person's choice, or none. Applies to this client's requests
    // only, from the next one on.
    void setProxy(const ProxySettings &proxy);
    ProxySettings proxy() const { return m_proxy; }
    // Whether a request to `url` goes through a proxy, and whose.
    ApiError::Route routeFor(const QUrl &url) const;

    // Certificate authorities trusted for this client's requests on top of the system's (a
    // company that inspects TLS). TLS errors are still never ignored.
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates);
    bool hasExtraCaCertificates() const { return m_sslConfiguration.has_value(); }

    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    RetryPolicy retryPolicy() const { return m_retryPolicy; }

    // Not owned; may be null. See MutationObserver.
    void setMutationObserver(MutationObserver *observer) { m_observer = observer; }
    MutationObserver *mutationObserver() const { return m_observer; }

    // Calls whose answer has not arrived yet (one being read is no longer counted).
    int callsInFlight() const { return m_inFlight; }

    // For the services: starts one call. `handler` runs at most once per step, and never
    // after `context` is destroyed.
    ApiCall *send(const ApiRequest &request, QObject *context, ApiHandler handler);
    ApiCall *send(ApiStep step, QObject *context);
    // A call that sends nothing and delivers `error` from the event loop (for arguments the
    // services refuse, such as an empty customer key).
    ApiCall *refuse(const ApiError &error, QObject *context, ApiHandler handler);

    // The address a request goes to (the query is encoded, `+` as %2B).
    QUrl urlFor(const ApiRequest &request) const;

Q_SIGNALS:
    // Any call is waiting before a retry: for a status line ("waiting for the server").
    void retrying(ApiCall *call, int attempt, int delayMs, const ApiError &reason);
    // The server answered 429; `seconds` is its Retry-After, or the backoff we chose.
    void rateLimited(int seconds);
    void callsInFlightChanged(int count);

private:
    friend class ApiCall;
    // Why nothing may be sent right now (bad address, no key), or kind None.
    ApiError readiness() const;
    QNetworkReply *dispatch(const ApiRequest &request);
    void callStarted();
    void callFinished();

    QNetworkAccessManager *m_network = nullptr;
    QUrl m_baseUrl;
    ApiError m_baseUrlError;
    QString m_key;
    int m_transferTimeoutMs = DefaultTransferTimeoutMs;
    int m_readDeadlineMs = DefaultReadDeadlineMs;
    int m_changeDeadlineMs = DefaultChangeDeadlineMs;
    qint64 m_maxResponseBytes = DefaultMaxResponseBytes;
    RetryPolicy m_retryPolicy;
    ProxySettings m_proxy;
    std::optional<QSslConfiguration> m_sslConfiguration; // with the extra CAs, when any
    MutationObserver *m_observer = nullptr;
    int m_inFlight = 0;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/api/apicall.h"

#include "app/api/apiclient.h"
#include "app/api/apilog.h"
#include "app/api/requestlog.h"

#include <QJsonParseError>
#include <QLocale>
#include <QNetworkReply>
#include <QTimer>

#include <utility>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcApi, "partnero.api", QtInfoMsg)

namespace {

constexpr qint64 ReadBufferBytes = 256 * 1024;

bool isTransportError(int code) {
    // Qt numbers connection and proxy errors below 200. Codes from 200 up mostly restate an
    // HTTP status (400 becomes ProtocolInvalidOperationError), so those are read from the
    // status when there is one.
    return code > 0 && code < 200;
}

ApiError transportError(QNetworkReply::NetworkError code, const QString &qtMessage,
                        const QStringList &tlsErrors) {
    switch (code) {
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        // Our own cancel is marked before abort() and never gets here: an unmarked
        // cancellation is Qt's transfer timeout.
        return ApiError(ApiError::Kind::Timeout);
    case QNetworkReply::SslHandshakeFailedError: {
        ApiError error(ApiError::Kind::Tls);
        error.detail = tlsErrors.isEmpty() ? qtMessage : tlsErrors.join(u"; "_s);
        return error;
    }
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError: {
        ApiError error(ApiError::Kind::BadResponse);
        error.detail = qtMessage;
        return error;
    }
    default: {
        ApiError error(ApiError::Kind::Network);
        error.detail = qtMessage;
        return error;
    }
    }
}

bool isRetryableTransport(int code) {
    return code == QNetworkReply::RemoteHostClosedError ||
           code == QNetworkReply::TemporaryNetworkFailureError ||
           code == QNetworkReply::NetworkSessionFailedError ||
           code == QNetworkReply::UnknownNetworkError // a reset mid-transfer is reported so
           || code == QNetworkReply::ProtocolFailure; // a body cut short after its headers
}

} // namespace

ApiCall::ApiCall(ApiClient *client, ApiStep step, QObject *context)
    : QObject(client)
    , m_client(client)
    , m_step(std::move(step))
    , m_context(context)
    , m_hadContext(context != nullptr)
    , m_retryTimer(new QTimer(this))
    , m_deadlineTimer(new QTimer(this)) {
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &ApiCall::sendAttempt);
    m_deadlineTimer->setSingleShot(true);
    connect(m_deadlineTimer, &QTimer::timeout, this, &ApiCall::onDeadline);
    if (context)
        connect(context, &QObject::destroyed, this, &ApiCall::onContextDestroyed);
}

ApiCall::~ApiCall() {
    abortReply();
}

bool ApiCall::isWaitingToRetry() const {
    return m_retryTimer->isActive();
}

void ApiCall::setDeliveryGate(std::function<bool()> gate) {
    m_gate = std::move(gate);
}

void ApiCall::start() {
    m_attempt = 0;
    m_operationId = QUuid();
    m_requestLeft = false;
    m_lastNetworkError = 0;
    const ApiError notReady = m_client->readiness();
    if (notReady.isError()) {
        failSoon(notReady);
        return;
    }
    const ApiRequest &request = m_step.request;
    if (request.isMutation()) {
        m_operationId = QUuid::createUuid();
        if (MutationObserver *observer = m_client->mutationObserver()) {
            MutationRecord record;
            record.operationId = m_operationId;
            record.method = request.method;
            record.path = m_client->baseUrl().path() + request.path.display();
            record.url = m_client->urlFor(request);
            record.body = request.body.value_or(QJsonObject());
            record.action = request.action;
            record.customer = request.customer;
            record.note = request.note;
            if (!observer->mutationAboutToBeSent(record)) {
                const QString reason = observer->refusalReason();
                failSoon(ApiError::notSent(
                    !reason.isEmpty()
                        ? reason
                        : tr("The change was not sent because it could not be recorded in the "
                             "journal. Check that the journal folder is writable and has "
                             "space.")));
                return;
            }
            m_mutationOpen = true;
        }
    }
    sendAttempt();
}

void ApiCall::sendAttempt() {
    if (m_finished || !m_client)
        return;
    ++m_attempt;
    m_tlsErrors.clear();
    m_elapsed.start();
    m_lastNetworkError = 0;
    m_body.clear();
    m_deadlineTimer->stop();
    m_reply = m_client->dispatch(m_step.request);
    // Without a bound Qt's network thread reads as fast as the server sends and queues it all
    // for this thread: an endless answer would be in memory before readBody() could refuse it.
    m_reply->setReadBufferSize(ReadBufferBytes);
    m_requestLeft = true;
    // The deadline starts when the request is on the wire: time queued behind other requests
    // to the same host is not the server's. An answer arriving proves it left too, should a
    // protocol never say requestSent.
    connect(m_reply, &QNetworkReply::requestSent, this, &ApiCall::startDeadline);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        startDeadline();
        checkAnnouncedSize();
    });
    connect(m_reply, &QNetworkReply::readyRead, this, [this] {
        startDeadline();
        readBody();
    });
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
#if QT_CONFIG(ssl)
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Only remembered for the message: TLS errors are never ignored.
        for (const QSslError &error : errors)
            m_tlsErrors.append(error.errorString());
    });
#endif
}

void ApiCall::startDeadline() {
    if (m_deadlineTimer->isActive() || !m_reply || !m_client)
        return;
    m_deadlineTimer->start(m_client->deadlineFor(m_step.request));
}

void ApiCall::onDeadline() {
    if (!m_reply)
        return;
    const int seconds = (m_deadlineTimer->interval() + 999) / 1000;
    ApiError error(ApiError::Kind::Timeout);
    error.detail = tr("The server took longer than %n seconds to answer, so the request was "
                      "stopped.",
                      nullptr, seconds);
    stopAttempt(error, QNetworkReply::TimeoutError);
}

void ApiCall::checkAnnouncedSize() {
    if (!m_reply || !m_client)
        return;
    bool ok = false;
    const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
    if (ok && announced > m_client->maxResponseBytes())
        stopAttempt(ApiError(ApiError::Kind::BadResponse), QNetworkReply::OperationCanceledError);
}

bool ApiCall::readBody() {
    if (!m_reply || !m_reply->isOpen())
        return true;
    const qint64 cap = m_client ? m_client->maxResponseBytes() : ApiClient::DefaultMaxResponseBytes;
    if (m_body.size() + m_reply->bytesAvailable() > cap) {
        stopAttempt(ApiError(ApiError::Kind::BadResponse), QNetworkReply::OperationCanceledError);
        return false;
    }
    m_body += m_reply->readAll();
    return true;
}

void ApiCall::stopAttempt(ApiError error, int networkError) {
    if (!m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    abortReply();
    m_body = QByteArray(); // an oversized answer is let go at once
    if (error.kind == ApiError::Kind::BadResponse && error.detail.isEmpty()) {
        const qint64 cap =
            m_client ? m_client->maxResponseBytes() : ApiClient::DefaultMaxResponseBytes;
        //: %1 is a size such as "16 MB".
        error.detail =
            tr("The server's answer was larger than %1 and was not read.")
                .arg(QLocale().formattedDataSize(cap, 0, QLocale::DataSizeTraditionalFormat));
    }
    error.httpStatus = status;
    ApiResponse response;
    response.httpStatus = status;
    response.error = error;
    conclude(response, networkError);
}

void ApiCall::abortReply() {
    m_deadlineTimer->stop();
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void ApiCall::onReplyFinished() {
    // What is still buffered; after a timeout Qt has closed the reply and there is nothing.
    if (!readBody())
        return;
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    m_deadlineTimer->stop();
    reply->disconnect(this);
    reply->deleteLater();

    const auto networkError = reply->error();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = std::exchange(m_body, QByteArray());

    ApiResponse response;
    response.httpStatus = status;
    int transportCode = networkError;
    if (m_cancelMarked) {
        response.error = ApiError(ApiError::Kind::Cancelled);
    } else if (refusedByProxy(status, reply)) {
        transportCode = QNetworkReply::ProxyAuthenticationRequiredError;
        response.error = ApiError(ApiError::Kind::Network, status);
    } else if (isTransportError(networkError)) {
        response.error = transportError(networkError, reply->errorString(), m_tlsErrors);
        response.error.httpStatus = status;
    } else if (status >= 300) {
        response.error = ApiError::fromHttpStatus(
            status, body, reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(),
            reply->rawHeader("Retry-After"));
    } else if (networkError != QNetworkReply::NoError) {
        // No usable status: a protocol failure, or a 2xx whose body was cut short.
        response.error = transportError(networkError, reply->errorString(), m_tlsErrors);
        response.error.httpStatus = status;
    } else if (!body.trimmed().isEmpty()) {
        if (m_step.request.method == "GET") {
            // Off the wire for good: nothing below retries a 2xx.
            m_answered = true;
            if (m_client)
                m_client->callFinished();
            const QPointer<ApiCall> self(this);
            Q_EMIT answered();
            if (!self || m_finished)
                return; // cancelled from the signal: already delivered
        }
        QJsonParseError parseError;
        response.json = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            response.error = ApiError(ApiError::Kind::BadResponse, status);
            response.error.detail = tr("The answer is not valid JSON (%1 at byte %2).")
                                        .arg(parseError.errorString())
                                        .arg(parseError.offset);
        } else {
            response.body = body;
        }
    }

    conclude(response, transportCode);
}

bool ApiCall::refusedByProxy(int status, const QNetworkReply *reply) const {
    if (status != 401 && status != 407)
        return false;
    if (!m_client || m_client->routeFor(reply->url()) == ApiError::Route::Direct)
        return false;
    // The API answers 401 in JSON. Through a proxy, a 401 or 407 that is not JSON is the
    // proxy refusing its credentials (tinyproxy answers a wrong password with 401 and an HTML
    // page), and it passed nothing on: the key was never checked.
    return !reply->header(QNetworkRequest::ContentTypeHeader)
                .toByteArray()
                .toLower()
                .contains("json");
}

void ApiCall::conclude(ApiResponse response, int networkError) {
    const int status = response.httpStatus;
    if (!response.error.isError() && isMutation() && m_step.request.check) {
        response.error = m_step.request.check(response);
        if (response.error.isError() && response.error.httpStatus == 0)
            response.error.httpStatus = status;
    }

    if (m_client)
        response.error.redact(m_client->m_key);
    if (response.error.isError()) {
        response.error.networkError = networkError;
        if (m_client)
            response.error.route = m_client->routeFor(m_client->urlFor(m_step.request));
    }

    RequestLog::Entry entry;
    entry.finishedAt = QDateTime::currentDateTimeUtc();
    entry.method = m_step.request.method;
    entry.path = m_step.request.path.scrubbed();
    entry.httpStatus = status;
    entry.errorKind = ApiError::kindName(response.error.kind);
    if (response.error.isError())
        entry.errorSentence = response.error.scrubbedSentence();
    entry.attempt = m_attempt;
    entry.elapsedMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
    RequestLog::record(entry);

    qCDebug(lcApi).noquote() << QString::fromLatin1(m_step.request.method) << loggablePath() << "->"
                             << status << ApiError::kindName(response.error.kind) << "attempt"
                             << m_attempt << m_elapsed.elapsed() << "ms";

    m_lastNetworkError = networkError;
    int delayMs = 0;
    const bool retry = mayRetry(response, networkError, &delayMs);
    if (response.error.kind == ApiError::Kind::RateLimited && m_client) {
        const int seconds = response.error.retryAfter >= 0 ? response.error.retryAfter
                            : retry                        ? (delayMs + 999) / 1000
                                                           : 0;
        Q_EMIT m_client->rateLimited(seconds);
    }
    if (retry) {
        qCInfo(lcApi).noquote() << QString::fromLatin1(m_step.request.method) << loggablePath()
                                << "retrying in" << delayMs << "ms after"
                                << ApiError::kindName(response.error.kind) << status;
        m_retryTimer->start(delayMs);
        const ApiError reason = response.error;
        const int retryNumber = m_attempt; // 1 after the first attempt failed
        const QPointer<ApiCall> self(this);
        Q_EMIT retrying(retryNumber, delayMs, reason);
        if (self && m_client)
            Q_EMIT m_client->retrying(this, retryNumber, delayMs, reason);
        return;
    }
    complete(response);
}

QString ApiCall::loggablePath() const {
    // The path, never the query (it may hold a person's email). Masked in the odd case that a
    // value in it equals the key.
    QString path = QString::fromLatin1(m_step.request.path.encoded());
    if (m_client && !m_client->m_key.isEmpty()) {
        path.replace(m_client->m_key, u"***"_s);
        path.replace(QString::fromLatin1(percentEncode(m_client->m_key)), u"***"_s);
    }
    return path;
}

bool ApiCall::mayRetry(const ApiResponse &response, int networkError, int *delayMs) const {
    // Anything that changes data is sent once, whatever happens: a retried credit could be
    // a second credit.
    if (m_step.request.method != "GET" || !m_client)
        return false;
    const RetryPolicy policy = m_client->retryPolicy();
    if (m_attempt > policy.maxRetries)
        return false;
    const ApiError &error = response.error;
    bool retryable = false;
    if (error.kind == ApiError::Kind::RateLimited)
        retryable = true;
    else if (error.kind == ApiError::Kind::Server)
        retryable = error.httpStatus == 502 || error.httpStatus == 503 || error.httpStatus == 504;
    else if (error.kind == ApiError::Kind::Network)
        retryable = isRetryableTransport(networkError);
    if (!retryable)
        return false;
    if (error.retryAfter >= 0) {
        if (error.retryAfter > policy.maxRetryAfterS)
            return false; // not worth a frozen view; the person sees "try again in N s"
        *delayMs = error.retryAfter * 1000;
    } else {
        *delayMs = policy.backoffMs(m_attempt);
    }
    return true;
}

bool ApiCall::deliverable() const {
    if (m_silent)
        return false;
    if (m_hadContext && !m_context)
        return false;
    return !m_gate || m_gate();
}

void ApiCall::reportMutation(const ApiResponse &response) {
    if (!m_mutationOpen)
        return;
    m_mutationOpen = false;
    MutationObserver *observer = m_client ? m_client->mutationObserver() : nullptr;
    if (!observer)
        return;
    MutationOutcome outcome;
    outcome.result = response.error.outcome;
    outcome.httpStatus = response.httpStatus;
    outcome.error = response.error;
    observer->mutationFinished(m_operationId, outcome);
}

void ApiCall::complete(ApiResponse response) {
    if (m_finished)
        return;
    m_retryTimer->stop();
    // Decided here, once, for every result: the journal and whoever reads the result see the
    // same outcome.
    response.error.outcome = decideChangeOutcome(response.error, m_lastNetworkError, m_requestLeft);
    reportMutation(response);
    if (!deliverable()) {
        finish();
        return;
    }
    if (!m_step.handler) {
        finish();
        return;
    }
    m_inHandler = true;
    const QPointer<ApiCall> self(this);
    std::optional<ApiStep> next = m_step.handler(response);
    if (!self)
        return; // the handler destroyed the client (and with it this call)
    m_inHandler = false;
    if (next && !m_cancelMarked && !m_silent && m_client) {
        m_step = std::move(*next);
        start();
        return;
    }
    finish();
}

void ApiCall::finish() {
    if (m_finished)
        return;
    m_finished = true;
    m_retryTimer->stop();
    abortReply();
    if (m_client && !m_answered)
        m_client->callFinished();
    Q_EMIT finished();
    deleteLater();
}

void ApiCall::failSoon(const ApiError &error) {
    // Never deliver from inside the call that started the request: callers can rely on the
    // callback running later, from the event loop.
    QTimer::singleShot(0, this, [this, error] {
        ApiResponse response;
        response.error = error;
        complete(response);
    });
}

void ApiCall::cancel() {
    if (m_finished || m_inHandler)
        return;
    m_cancelMarked = true; // before abort(): an abort we asked for is not a timeout
    abortReply();
    m_retryTimer->stop();
    ApiResponse response;
    response.error = ApiError(ApiError::Kind::Cancelled);
    complete(response);
}

void ApiCall::supersede() {
    if (m_finished)
        return;
    m_silent = true;
    if (m_inHandler || isMutation())
        return; // a change runs to its end so that the journal learns the outcome
    m_cancelMarked = true;
    abortReply();
    m_retryTimer->stop();
    ApiResponse response;
    response.error = ApiError(ApiError::Kind::Cancelled);
    complete(response);
}

void ApiCall::onContextDestroyed() {
    supersede();
}

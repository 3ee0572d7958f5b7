// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/core/sandboxserver.h"

#include "app/sandbox/core/jsonutil.h"
#include "app/sandbox/core/requesttarget.h"
#include "app/sandbox/core/streamedanswer.h"

#include <QCoreApplication>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QSaveFile>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace sandbox {

namespace {
constexpr qsizetype MaxLoggedRequests = 100000;
constexpr int SaveDelayMs = 300;

QByteArray methodName(QHttpServerRequest::Method method) {
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET"_ba;
    case QHttpServerRequest::Method::Put:
        return "PUT"_ba;
    case QHttpServerRequest::Method::Delete:
        return "DELETE"_ba;
    case QHttpServerRequest::Method::Post:
        return "POST"_ba;
    case QHttpServerRequest::Method::Head:
        return "HEAD"_ba;
    case QHttpServerRequest::Method::Options:
        return "OPTIONS"_ba;
    case QHttpServerRequest::Method::Patch:
        return "PATCH"_ba;
    case QHttpServerRequest::Method::Connect:
        return "CONNECT"_ba;
    case QHttpServerRequest::Method::Trace:
        return "TRACE"_ba;
    default:
        return "UNKNOWN"_ba;
    }
}

QByteArray header(const QHttpServerRequest &request, const QByteArray &name) {
    const auto headers = request.headers();
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second.trimmed();
    }
    return {};
}

QString faultStatusMessage(int status) {
    switch (status) {
    case 401:
        return u"Unauthenticated."_s;
    case 403:
        return u"This action is unauthorized."_s;
    case 404:
        return u"Not found."_s;
    case 429:
        return u"Too Many Attempts."_s;
    case 502:
        return u"Bad Gateway"_s;
    case 503:
        return u"Service Unavailable"_s;
    case 504:
        return u"Gateway Timeout"_s;
    default:
        return u"Server Error"_s;
    }
}

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 200:
        return "OK"_ba;
    case 201:
        return "Created"_ba;
    case 204:
        return "No Content"_ba;
    case 400:
        return "Bad Request"_ba;
    case 401:
        return "Unauthorized"_ba;
    case 404:
        return "Not Found"_ba;
    case 422:
        return "Unprocessable Content"_ba;
    case 429:
        return "Too Many Requests"_ba;
    default:
        return status >= 500 ? "Server Error"_ba : "Status"_ba;
    }
}

ApiResponse htmlErrorPage() {
    ApiResponse response;
    response.status = 500;
    response.contentType = "text/html; charset=UTF-8"_ba;
    response.body = "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\">"
                    "<title>Server Error</title></head>\n"
                    "<body><h1>500</h1><p>Server Error</p></body>\n</html>\n"_ba;
    return response;
}
} // namespace

SandboxServer::SandboxServer(const SandboxOptions &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(options)
    , m_state(options.customers, options.seed)
    , m_affiliateApi(m_state.affiliate(), options.variant)
    , m_referralApi(m_state.referral(), m_state.invites(), options.variant)
    , m_jitter(options.seed ^ 0x5eedu) {
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(SaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] { saveIfDirty(); });
}

SandboxServer::~SandboxServer() {
    saveIfDirty();
}

bool SandboxServer::start(QString *error) {
    if (!m_options.dataFile.isEmpty()) {
        QFile file(m_options.dataFile);
        if (file.exists()) {
            if (!file.open(QIODevice::ReadOnly)) {
                *error = tr("Cannot read %1: %2").arg(m_options.dataFile, file.errorString());
                return false;
            }
            QString reason;
            if (!m_state.deserialize(file.readAll(), &reason)) {
                *error = tr("Cannot load the state in %1: %2").arg(m_options.dataFile, reason);
                return false;
            }
        } else {
            // Write the seeded state at once, so the file exists from the start.
            m_dirty = true;
            QString reason;
            if (!saveIfDirty(&reason)) {
                *error = reason;
                return false;
            }
        }
    }

    auto *tcpServer = new QTcpServer(this);
    if (!tcpServer->listen(m_options.bindAddress, m_options.port)) {
        *error = tr("Cannot listen on %1 port %2: %3")
                     .arg(m_options.bindAddress.toString())
                     .arg(m_options.port)
                     .arg(tcpServer->errorString());
        delete tcpServer;
        return false;
    }
    m_port = tcpServer->serverPort();
    bind(tcpServer);
    return true;
}

QString SandboxServer::baseUrl() const {
    QString host;
    const QHostAddress &address = m_options.bindAddress;
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4)
        host = u"127.0.0.1"_s;
    else if (address == QHostAddress::AnyIPv6)
        host = u"[::1]"_s;
    else if (address.protocol() == QAbstractSocket::IPv6Protocol)
        host = u'[' + address.toString() + u']';
    else
        host = address.toString();
    return u"http://%1:%2/v1"_s.arg(host).arg(m_port);
}

bool SandboxServer::saveIfDirty(QString *error) {
    if (!m_dirty || m_options.dataFile.isEmpty())
        return true;
    m_saveTimer.stop();
    QSaveFile file(m_options.dataFile);
    QString reason;
    if (!file.open(QIODevice::WriteOnly))
        reason = file.errorString();
    else if (file.write(m_state.serialize()) < 0 || !file.commit())
        reason = file.errorString();
    if (!reason.isEmpty()) {
        const QString sentence =
            tr("Cannot save the state to %1: %2").arg(m_options.dataFile, reason);
        if (error)
            *error = sentence;
        else
            qWarning("%s", qPrintable(sentence));
        return false;
    }
    m_dirty = false;
    return true;
}

void SandboxServer::markChanged() {
    m_dirty = true;
    // Saves at most SaveDelayMs after the first unsaved change, even under steady traffic.
    if (!m_options.dataFile.isEmpty() && !m_saveTimer.isActive())
        m_saveTimer.start();
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) {
    // Copy what we need: the request object is reused for the connection's next request.
    ApiRequest api;
    api.method = methodName(request.method());
    readRequestTarget(request.url(), &api);
    api.body = request.body();
    const QByteArray host = header(request, "Host"_ba);
    api.origin = host.isEmpty() ? baseUrl().chopped(3) : u"http://"_s + QString::fromLatin1(host);
    const QStringList segments = api.segments;

    // Without TCP_NODELAY, Nagle's algorithm and the client's delayed ACK stall some answers
    // by 40 ms on loopback.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    const QPointer<QTcpSocket> guardedSocket(socket);

    Outgoing outgoing;
    int delayMs = 0;
    if (!segments.isEmpty() && segments.first() == "__sandbox"_L1) {
        api.segments = segments.mid(1);
        outgoing.response = handleAdmin(api);
    } else if (!segments.isEmpty() && segments.first() == "v1"_L1) {
        api.segments = segments.mid(1);
        outgoing = handleApi(api, header(request, "Authorization"_ba),
                             header(request, "X-Sandbox-Fault"_ba), &delayMs);
    } else {
        outgoing.response = routeNotFound();
    }

    if (delayMs > 0) {
        QTimer::singleShot(delayMs, this, [this, responder, guardedSocket, outgoing] {
            send(responder, guardedSocket, outgoing);
        });
    } else {
        send(responder, guardedSocket, outgoing);
    }
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) {
    // handleRequest() answers everything; this is only here because it must exist.
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.write(routeNotFound().body, "application/json"_ba,
                    QHttpServerResponder::StatusCode::NotFound);
}

SandboxServer::Outgoing SandboxServer::handleApi(const ApiRequest &request,
                                                 const QByteArray &authorization,
                                                 const QByteArray &faultHeader, int *delayMs) {
    Outgoing outgoing;
    FaultSpec fault;
    if (!faultHeader.isEmpty()) {
        QString reason;
        if (!FaultSpec::parse(QString::fromUtf8(faultHeader), &fault, &reason)) {
            outgoing.response =
                messageResponse(400, u"Invalid X-Sandbox-Fault header: %1"_s.arg(reason));
            logRequest(request, outgoing.response.status, QString::fromUtf8(faultHeader));
            return outgoing;
        }
    } else {
        fault = takeQueuedFault(request);
    }

    *delayMs = m_options.latencyMs + fault.latencyMs;
    if (m_options.latencyJitterMs > 0)
        *delayMs += int(m_jitter.bounded(m_options.latencyJitterMs + 1));

    ApiResponse &response = outgoing.response;
    if (fault.html) {
        response = htmlErrorPage();
    } else if (fault.status != 0) {
        // The "server" failed before it ran the request: nothing changes.
        if (fault.status == 422) {
            Validation validation;
            validation.add(u"sandbox"_s, u"The sandbox refused this request (injected fault)."_s);
            response = validation.response();
        } else {
            response = messageResponse(fault.status, faultStatusMessage(fault.status));
        }
        if (fault.retryAfter >= 0)
            response.headers.append({"Retry-After"_ba, QByteArray::number(fault.retryAfter)});
    } else {
        QByteArray key;
        const qsizetype space = authorization.indexOf(' ');
        if (space > 0 && authorization.left(space).compare("Bearer", Qt::CaseInsensitive) == 0)
            key = authorization.mid(space + 1).trimmed();
        const QString keyText = QString::fromUtf8(key);
        if (!key.isEmpty() && keyText == m_options.affiliateKey)
            response = m_affiliateApi.handle(request);
        else if (!key.isEmpty() && keyText == m_options.referralKey)
            response = m_referralApi.handle(request);
        else
            response = unauthenticated();
        if (m_options.variant == ApiVariant::Alternative)
            joinValidationMessages(response);
        // drop, malformed and hang still run the request: the change happened, only the
        // answer is lost or damaged, which is what a client must be able to reconcile.
        if (response.changed)
            markChanged();
    }
    if (fault.malformed && !fault.replacesAnswer()) {
        response.status = 200;
        response.contentType = "application/json"_ba;
        response.headers.clear();
        response.body.truncate(qMax<qsizetype>(1, response.body.size() / 2));
    }
    if (fault.empty && !fault.replacesAnswer()) {
        response.status = 200;
        response.headers.clear();
        response.body.clear();
    }
    if (!fault.contentType.isEmpty() && !fault.replacesAnswer())
        response.contentType = fault.contentType;
    logRequest(request, response.status, fault.text);
    outgoing.mode = fault.hang   ? Outgoing::Mode::Hang
                    : fault.drop ? Outgoing::Mode::Drop
                                 : Outgoing::Mode::Normal;
    outgoing.dripBytesPerSecond = fault.dripBytesPerSecond;
    outgoing.oversizeBytes = qint64(fault.oversizeMb) * 1024 * 1024;
    return outgoing;
}

FaultSpec SandboxServer::takeQueuedFault(const ApiRequest &request) {
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        QueuedFault &rule = m_faults[i];
        if (!rule.method.isEmpty() && rule.method != request.method)
            continue;
        const bool matches =
            rule.prefix ? request.path.startsWith(rule.path) : request.path == rule.path;
        if (!matches)
            continue;
        const FaultSpec spec = rule.spec;
        if (--rule.remaining <= 0)
            m_faults.removeAt(i);
        return spec;
    }
    return {};
}

void SandboxServer::logRequest(const ApiRequest &request, int status, const QString &fault) {
    if (m_requestLog.size() >= MaxLoggedRequests) {
        QJsonArray kept;
        for (qsizetype i = MaxLoggedRequests / 10; i < m_requestLog.size(); ++i)
            kept.append(m_requestLog.at(i));
        m_requestLog = kept;
    }
    m_requestLog.append(QJsonObject{{u"method"_s, QString::fromLatin1(request.method)},
                                    {u"path"_s, request.path},
                                    {u"query"_s, request.query.toString(QUrl::FullyEncoded)},
                                    {u"status"_s, status},
                                    {u"fault"_s, fault}});
}

ApiResponse SandboxServer::handleAdmin(const ApiRequest &request) {
    const QStringList &s = request.segments;
    ApiResponse error;
    if (s.size() != 1)
        return routeNotFound();
    const QString &name = s.first();
    if (name == "faults"_L1) {
        if (!methodAllowed(request, {"GET"_ba, "POST"_ba, "DELETE"_ba}, &error))
            return error;
        if (request.method == "DELETE") {
            m_faults.clear();
            return okResponse();
        }
        if (request.method == "GET") {
            QJsonArray faults;
            for (const QueuedFault &rule : std::as_const(m_faults)) {
                faults.append(QJsonObject{{u"method"_s, QString::fromLatin1(rule.method)},
                                          {u"path"_s, rule.prefix ? rule.path + u'*' : rule.path},
                                          {u"fault"_s, rule.spec.text},
                                          {u"count"_s, rule.remaining}});
            }
            return jsonResponse(200, QJsonObject{{u"faults"_s, faults}});
        }
        QJsonObject body;
        if (!parseJsonBody(request.body, &body, &error))
            return error;
        Validation validation;
        QueuedFault rule;
        const QJsonValue method = body.value(u"method"_s);
        if (method.isString())
            rule.method = method.toString().trimmed().toUpper().toLatin1();
        else if (!method.isUndefined() && !method.isNull())
            validation.add(u"method"_s, u"The method must be a string."_s);
        const QString path = body.value(u"path"_s).toString().trimmed();
        if (!path.startsWith(u'/'))
            validation.add(u"path"_s, u"The path must start with /."_s);
        rule.prefix = path.endsWith(u'*');
        rule.path = rule.prefix ? path.chopped(1) : path;
        QString reason;
        const QString spec = body.value(u"fault"_s).toString();
        if (spec.trimmed().isEmpty())
            validation.add(u"fault"_s, u"The fault field is required."_s);
        else if (!FaultSpec::parse(spec, &rule.spec, &reason))
            validation.add(u"fault"_s, reason);
        const QJsonValue count = body.value(u"count"_s);
        if (!count.isUndefined() && !count.isNull()) {
            if (!count.isDouble() || count.toDouble() < 1 || count.toDouble() > 1e6 ||
                count.toDouble() != double(count.toInt()))
                validation.add(u"count"_s, u"The count must be a whole number of at least 1."_s);
            else
                rule.remaining = count.toInt();
        }
        if (validation.hasErrors())
            return validation.response();
        m_faults.append(rule);
        return okResponse();
    }
    if (name == "requests"_L1) {
        if (!methodAllowed(request, {"GET"_ba, "DELETE"_ba}, &error))
            return error;
        if (request.method == "DELETE") {
            m_requestLog = QJsonArray();
            return okResponse();
        }
        return jsonResponse(200, QJsonObject{{u"requests"_s, m_requestLog}});
    }
    if (name == "invites"_L1) {
        if (!methodAllowed(request, {"GET"_ba}, &error))
            return error;
        return jsonResponse(200, QJsonObject{{u"invites"_s, m_state.invites().toJson()}});
    }
    if (name == "reset"_L1) {
        if (!methodAllowed(request, {"POST"_ba}, &error))
            return error;
        m_state.reseed();
        m_faults.clear();
        m_requestLog = QJsonArray();
        markChanged();
        return okResponse();
    }
    return routeNotFound();
}

void SandboxServer::send(const std::shared_ptr<QHttpServerResponder> &responder,
                         const QPointer<QTcpSocket> &socket, const Outgoing &outgoing) {
    // The client may have given up (and the socket been deleted) while the answer waited.
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (outgoing.mode == Outgoing::Mode::Hang) {
        // Never answer; keep the responder (and so the connection) until the client leaves.
        QTcpSocket *raw = socket.data();
        m_hanging.insert(raw, responder);
        connect(raw, &QObject::destroyed, this, [this, raw] { m_hanging.remove(raw); });
        return;
    }
    if (outgoing.mode == Outgoing::Mode::Normal &&
        (outgoing.dripBytesPerSecond > 0 || outgoing.oversizeBytes > 0)) {
        sendStreamed(responder, socket.data(), outgoing);
        return;
    }
    const ApiResponse &response = outgoing.response;
    responder->writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    responder->writeHeader("Content-Type"_ba, response.contentType);
    responder->writeHeader("Content-Length"_ba, QByteArray::number(response.body.size()));
    for (const auto &extra : response.headers)
        responder->writeHeader(extra.first, extra.second);
    if (outgoing.mode == Outgoing::Mode::Drop) {
        // Headers and part of the body, then the connection ends: the client sees a
        // network error after it has started reading the answer.
        responder->writeBody(response.body.left(response.body.size() / 2));
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    responder->writeBody(response.body);
}

void SandboxServer::sendStreamed(const std::shared_ptr<QHttpServerResponder> &responder,
                                 QTcpSocket *socket, const Outgoing &outgoing) {
    const ApiResponse &response = outgoing.response;
    StreamedAnswer::Parts parts;
    parts.bytesPerSecond = outgoing.dripBytesPerSecond;
    parts.bodyHead = response.body;
    // Padded inside the answer's JSON object, so that the answer stays what the API documents
    // and only its size is wrong.
    const QByteArray body = response.body.trimmed();
    if (outgoing.oversizeBytes > 0 && body.endsWith('}')) {
        const QByteArray front = body.chopped(1).trimmed();
        parts.bodyHead = front + (front.endsWith('{') ? "" : ",") + "\"padding\":\""_ba;
        parts.bodyTail = "\"}"_ba;
        parts.padding = std::max<qint64>(0, outgoing.oversizeBytes - parts.bodyHead.size() -
                                                parts.bodyTail.size());
        parts.chunked = true;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                      reasonPhrase(response.status) + "\r\n";
    head += "Content-Type: " + response.contentType + "\r\n";
    if (parts.chunked)
        head += "Transfer-Encoding: chunked\r\n";
    else
        head += "Content-Length: " + QByteArray::number(parts.bodyHead.size()) + "\r\n";
    for (const auto &extra : response.headers)
        head += extra.first + ": " + extra.second + "\r\n";
    parts.statusAndHeaders = head + "\r\n";
    StreamedAnswer::start(socket, responder, std::move(parts), this);
}

} // namespace sandbox

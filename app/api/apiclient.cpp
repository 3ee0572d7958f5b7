// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/api/apiclient.h"

#include "app/api/apilog.h"
#include "app/api/systemproxyfactory.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::Literals::StringLiterals;

namespace {

bool isLoopbackHost(const QString &host) {
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// A key is pasted by people: a stray newline or a non-ASCII quote must not reach the header
// (Qt would refuse it, or worse, split it).
bool isSendableKey(const QString &key) {
    for (const QChar c : key) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

} // namespace

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this)) {
    // Redirects are never followed: the API does not redirect, and following one would send
    // the Authorization header to wherever the redirect points.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    setProxy(ProxySettings());
    m_baseUrlError = ApiError::notSent(tr("No server address is set for this connection."));
}

ApiClient::~ApiClient() {
    // Calls first, while the network manager still exists: each aborts its reply quietly.
    const QList<ApiCall *> calls = findChildren<ApiCall *>(Qt::FindDirectChildrenOnly);
    for (ApiCall *call : calls)
        delete call;
}

ApiError ApiClient::checkBaseUrl(const QUrl &url) {
    if (!url.isValid() || url.host().isEmpty()) {
        return ApiError::notSent(tr("The server address is not valid. It should look like "
                                    "https://api.partnero.com/v1."));
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https"_s && scheme != u"http"_s) {
        return ApiError::notSent(
            tr("The server address must start with https://, like https://api.partnero.com/v1."));
    }
    if (!url.userInfo().isEmpty()) {
        return ApiError::notSent(
            tr("The server address must not contain a user name or password; the API key is "
               "kept separately."));
    }
    if (scheme == u"http"_s && !isLoopbackHost(url.host())) {
        return ApiError::notSent(
            tr("Refused to connect to %1 without encryption: only addresses on this computer "
               "(such as the sandbox) may use http://. Use https://.")
                .arg(url.host()));
    }
    return {};
}

ApiError ApiClient::setBaseUrl(const QUrl &url) {
    m_baseUrlError = checkBaseUrl(url);
    QUrl clean = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    m_baseUrl = clean;
    return m_baseUrlError;
}

void ApiClient::setApiKey(const QString &key) {
    m_key = key.trimmed();
}

void ApiClient::clearApiKey() {
    m_key.clear();
}

void ApiClient::setTransferTimeout(int ms) {
    m_transferTimeoutMs = ms > 0 ? ms : DefaultTransferTimeoutMs;
}

void ApiClient::setDeadlines(int readMs, int changeMs) {
    m_readDeadlineMs = readMs > 0 ? readMs : DefaultReadDeadlineMs;
    m_changeDeadlineMs = changeMs > 0 ? changeMs : DefaultChangeDeadlineMs;
}

int ApiClient::deadlineFor(const ApiRequest &request) const {
    return request.isMutation() ? m_changeDeadlineMs : m_readDeadlineMs;
}

void ApiClient::setMaxResponseBytes(qint64 bytes) {
    m_maxResponseBytes = bytes > 0 ? bytes : DefaultMaxResponseBytes;
}

void ApiClient::setProxy(const ProxySettings &proxy) {
    m_proxy = proxy;
    switch (proxy.mode) {
    case ProxySettings::Mode::System:
        // The manager owns and deletes the factory.
        m_network->setProxyFactory(new SystemProxyFactory);
        break;
    case ProxySettings::Mode::None:
        m_network->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        break;
    case ProxySettings::Mode::Manual:
        m_network->setProxy(
            QNetworkProxy(proxy.type == ProxySettings::Type::Socks5 ? QNetworkProxy::Socks5Proxy
                                                                    : QNetworkProxy::HttpProxy,
                          proxy.host, quint16(proxy.port), proxy.user, proxy.password));
        break;
    }
}

ApiError::Route ApiClient::routeFor(const QUrl &url) const {
    switch (m_proxy.mode) {
    case ProxySettings::Mode::Manual:
        return ApiError::Route::ManualProxy;
    case ProxySettings::Mode::System:
        return SystemProxyFactory::usesProxyFor(url) ? ApiError::Route::SystemProxy
                                                     : ApiError::Route::Direct;
    case ProxySettings::Mode::None:
        break;
    }
    return ApiError::Route::Direct;
}

void ApiClient::setExtraCaCertificates(const QList<QSslCertificate> &certificates) {
    if (certificates.isEmpty()) {
        m_sslConfiguration.reset();
        return;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    // Adding certificates turns off loading the system's authorities on demand, so they are
    // named here explicitly: the extra CA is trusted on top of them, never instead.
    configuration.setCaCertificates(QSslConfiguration::systemCaCertificates());
    configuration.addCaCertificates(certificates);
    m_sslConfiguration = configuration;
}

ApiError ApiClient::readiness() const {
    if (m_baseUrlError.isError())
        return m_baseUrlError;
    if (m_key.isEmpty())
        return ApiError::notSent(tr("No API key is set for this connection."));
    if (!isSendableKey(m_key)) {
        return ApiError::notSent(
            tr("The API key contains spaces or characters that cannot be sent. Paste it again "
               "from the Partnero dashboard."));
    }
    return {};
}

QUrl ApiClient::urlFor(const ApiRequest &request) const {
    QByteArray encoded = m_baseUrl.toEncoded() + request.path.encoded();
    if (!request.query.isEmpty())
        encoded += '?' + encodeQuery(request.query);
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

ApiCall *ApiClient::send(const ApiRequest &request, QObject *context, ApiHandler handler) {
    return send(ApiStep{request, std::move(handler)}, context);
}

ApiCall *ApiClient::send(ApiStep step, QObject *context) {
    Q_ASSERT_X(context, "ApiClient::send", "a context object is required");
    auto *call = new ApiCall(this, std::move(step), context);
    callStarted();
    call->start();
    return call;
}

ApiCall *ApiClient::refuse(const ApiError &error, QObject *context, ApiHandler handler) {
    Q_ASSERT_X(context, "ApiClient::refuse", "a context object is required");
    auto *call = new ApiCall(this, ApiStep{ApiRequest{}, std::move(handler)}, context);
    callStarted();
    call->failSoon(error);
    return call;
}

QNetworkReply *ApiClient::dispatch(const ApiRequest &request) {
    QNetworkRequest networkRequest(urlFor(request));
    networkRequest.setRawHeader("Accept", "application/json");
    networkRequest.setRawHeader("User-Agent", "PartneroConsole/" PARTNERO_VERSION);
    networkRequest.setRawHeader("Authorization", "Bearer " + m_key.toLatin1());
    networkRequest.setTransferTimeout(m_transferTimeoutMs);
    if (m_sslConfiguration)
        networkRequest.setSslConfiguration(*m_sslConfiguration);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                                QNetworkRequest::AlwaysNetwork);

    QByteArray body;
    if (request.body)
        body = QJsonDocument(*request.body).toJson(QJsonDocument::Compact);
    if (request.method != "GET") {
        // Also on a POST without a body (suspend, archive, ...), where Qt would otherwise
        // assume a form and warn about it.
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    }

    if (request.method == "GET")
        return m_network->get(networkRequest);
    if (request.method == "POST")
        return m_network->post(networkRequest, body);
    if (request.method == "PUT")
        return m_network->put(networkRequest, body);
    if (request.method == "DELETE" && !request.body)
        return m_network->deleteResource(networkRequest);
    return m_network->sendCustomRequest(networkRequest, request.method, body);
}

void ApiClient::callStarted() {
    ++m_inFlight;
    Q_EMIT callsInFlightChanged(m_inFlight);
}

void ApiClient::callFinished() {
    --m_inFlight;
    Q_EMIT callsInFlightChanged(m_inFlight);
}

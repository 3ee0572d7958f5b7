// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/api/apierror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkReply>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

// A message read from a server body is shown to people: keep it to one tidy line of text,
// never markup, never a wall of text.
QString tidyServerText(const QString &text) {
    static const QRegularExpression markup(u"<\\s*/?\\s*[a-zA-Z!][^>]*>"_s);
    QString result = text.simplified();
    if (result.contains(markup))
        return {};
    constexpr int maxLength = 300;
    if (result.size() > maxLength)
        result = result.left(maxLength - 1) + QChar(0x2026);
    return result;
}

QStringList readFieldMessages(const QJsonValue &value) {
    QStringList messages;
    if (value.isString()) {
        messages.append(tidyServerText(value.toString()));
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            if (item.isString())
                messages.append(tidyServerText(item.toString()));
        }
    }
    messages.removeAll(QString());
    return messages;
}

bool looksLikeJson(const QByteArray &body, const QByteArray &contentType) {
    if (contentType.toLower().contains("json"))
        return true;
    const QByteArray trimmed = body.trimmed();
    return trimmed.startsWith('{');
}

QString withServerMessage(const QString &sentence, const QString &message) {
    if (message.isEmpty())
        return sentence;
    //: %1 is a sentence of ours, %2 the server's own message.
    return QCoreApplication::translate("ApiError", "%1 The server said: \u201c%2\u201d")
        .arg(sentence, message);
}

QString withDetail(const QString &sentence, const QString &detail) {
    if (detail.isEmpty())
        return sentence;
    //: %1 is a sentence of ours, %2 more detail (e.g. Qt's description of a network error).
    return QCoreApplication::translate("ApiError", "%1 (%2)").arg(sentence, detail);
}

} // namespace

ApiError::ApiError(Kind kind_, int httpStatus_)
    : kind(kind_)
    , httpStatus(httpStatus_) {
}

QStringList ApiError::fieldMessages() const {
    QStringList lines;
    for (auto it = fieldErrors.cbegin(); it != fieldErrors.cend(); ++it) {
        for (const QString &message : it.value()) {
            // Laravel messages usually name the field already ("The key has already been
            // taken."); prefixing the name again would only stutter.
            if (message.contains(it.key(), Qt::CaseInsensitive))
                lines.append(message);
            else
                lines.append(u"%1: %2"_s.arg(it.key(), message));
        }
    }
    return lines;
}

QString ApiError::sentence() const {
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        if (networkError == QNetworkReply::ProxyAuthenticationRequiredError) {
            if (route == Route::SystemProxy) {
                return withDetail(tr("The system's proxy asks for a user name and password. "
                                     "Set up the proxy with them in File > Preferences > Network."),
                                  detail);
            }
            return withDetail(tr("The proxy did not accept the user name or password. Check "
                                 "them in File > Preferences > Network."),
                              detail);
        }
        if (isProxyFailure()) {
            if (route == Route::SystemProxy) {
                return withDetail(
                    tr("The system's proxy could not be used. Check the system's "
                       "proxy settings, or choose another proxy in File > Preferences > "
                       "Network."),
                    detail);
            }
            return withDetail(tr("The proxy could not be used. Check the proxy setting in "
                                 "File > Preferences > Network."),
                              detail);
        }
        if (route == Route::SystemProxy) {
            return withDetail(tr("The server could not be reached through the system's proxy. "
                                 "Check the address and the network connection; another proxy, "
                                 "or none, can be chosen in File > Preferences > Network."),
                              detail);
        }
        return withDetail(
            tr("The server could not be reached. Check the address and the network connection."),
            detail);
    case Kind::Timeout:
        if (!detail.isEmpty())
            return detail; // says how long the deadline was
        return tr("The server did not answer in time. It may be busy; try again in a moment.");
    case Kind::Tls:
        return withDetail(tr("A secure connection to the server could not be made. If your "
                             "company inspects secure connections, add its certificate "
                             "authority (CA) to this profile's settings (File > Manage "
                             "profiles)."),
                          detail);
    case Kind::Unauthorized:
        return tr("The API key was not accepted. Check that it is the right key for this "
                  "program and that it has not been revoked.");
    case Kind::Forbidden:
        return withServerMessage(tr("This API key is not allowed to do this."), serverMessage);
    case Kind::NotFound:
        if (httpStatus == 405) {
            return tr("The server does not offer this action here. It may belong to the other "
                      "kind of program (affiliate or refer-a-friend).");
        }
        if (!serverMessage.isEmpty())
            return withServerMessage(tr("Not found."), serverMessage);
        return tr("The server does not know this customer or address.");
    case Kind::Validation: {
        const QStringList lines = fieldMessages();
        if (!lines.isEmpty()) {
            return tr("The server did not accept the data: %1")
                .arg(QLocale().createSeparatedList(lines));
        }
        if (!serverMessage.isEmpty())
            return withServerMessage(tr("The server did not accept the request."), serverMessage);
        return tr("The server did not accept the request (HTTP %1).").arg(httpStatus);
    }
    case Kind::RateLimited:
        if (retryAfter > 0) {
            return tr("Too many requests for now. The server asks to wait %n seconds.", nullptr,
                      retryAfter);
        }
        return tr("Too many requests for now. Wait a moment and try again.");
    case Kind::Server:
        return tr("The server had a problem (HTTP %1). Try again later; if it keeps happening, "
                  "contact Partnero support.")
            .arg(httpStatus);
    case Kind::BadResponse:
        return withDetail(tr("The server's answer could not be read."), detail);
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::NotSent:
        return detail.isEmpty() ? tr("The request was not sent.") : detail;
    }
    return {};
}

bool ApiError::isProxyFailure() const {
    switch (networkError) {
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        return true;
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
        // Through a manual HTTP proxy the only connection Qt makes is to the proxy.
        return route == Route::ManualProxy;
    default:
        return false;
    }
}

QString ApiError::scrubbedSentence() const {
    ApiError plain = *this;
    plain.serverMessage.clear();
    plain.fieldErrors.clear();
    plain.detail.clear();
    return plain.sentence();
}

QString ApiError::kindName(Kind kind) {
    switch (kind) {
    case Kind::None:
        return u"none"_s;
    case Kind::Network:
        return u"network"_s;
    case Kind::Timeout:
        return u"timeout"_s;
    case Kind::Tls:
        return u"tls"_s;
    case Kind::Unauthorized:
        return u"unauthorized"_s;
    case Kind::Forbidden:
        return u"forbidden"_s;
    case Kind::NotFound:
        return u"not_found"_s;
    case Kind::Validation:
        return u"validation"_s;
    case Kind::RateLimited:
        return u"rate_limited"_s;
    case Kind::Server:
        return u"server"_s;
    case Kind::BadResponse:
        return u"bad_response"_s;
    case Kind::Cancelled:
        return u"cancelled"_s;
    case Kind::NotSent:
        return u"not_sent"_s;
    }
    return {};
}

ApiError ApiError::fromBadResponse(const JsonMapping::Error &error) {
    ApiError result(Kind::BadResponse);
    result.detail = error.sentence;
    return result;
}

ApiError ApiError::notSent(const QString &why) {
    ApiError result(Kind::NotSent);
    result.detail = why;
    return result;
}

int ApiError::parseRetryAfter(const QByteArray &value) {
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const qlonglong seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(std::min<qlonglong>(seconds, 24 * 3600));
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(trimmed), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    const qint64 delta = QDateTime::currentDateTimeUtc().secsTo(when);
    return int(std::clamp<qint64>(delta, 0, 24 * 3600));
}

ApiError ApiError::fromHttpStatus(int status, const QByteArray &body, const QByteArray &contentType,
                                  const QByteArray &retryAfter_) {
    ApiError result;
    result.httpStatus = status;
    if (status == 401)
        result.kind = Kind::Unauthorized;
    else if (status == 403)
        result.kind = Kind::Forbidden;
    else if (status == 404 || status == 405 || status == 410)
        result.kind = Kind::NotFound;
    else if (status == 408)
        result.kind = Kind::Timeout;
    else if (status == 429)
        result.kind = Kind::RateLimited;
    else if (status >= 500)
        result.kind = Kind::Server;
    else if (status >= 400)
        result.kind = Kind::Validation;
    else
        result.kind = Kind::BadResponse; // a redirect we do not follow, or a 1xx

    if (result.kind == Kind::BadResponse) {
        result.detail = tr("The server redirected the request (HTTP %1), which the "
                           "API never does. Check the address.")
                            .arg(status);
    }
    result.retryAfter = parseRetryAfter(retryAfter_);

    if (!looksLikeJson(body, contentType))
        return result; // an HTML error page from a proxy says nothing a person can use
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return result;
    const QJsonObject object = doc.object();
    result.serverMessage = tidyServerText(object.value(u"message"_s).toString());
    const QJsonObject errors = object.value(u"errors"_s).toObject();
    for (auto it = errors.constBegin(); it != errors.constEnd(); ++it) {
        const QStringList messages = readFieldMessages(it.value());
        if (!messages.isEmpty())
            result.fieldErrors.insert(it.key(), messages);
    }
    return result;
}

void ApiError::redact(const QString &secret) {
    if (secret.isEmpty())
        return;
    const QString mask = u"\u2022\u2022\u2022"_s;
    serverMessage.replace(secret, mask);
    detail.replace(secret, mask);
    QMap<QString, QStringList> cleaned;
    for (auto it = fieldErrors.cbegin(); it != fieldErrors.cend(); ++it) {
        QStringList messages = it.value();
        for (QString &message : messages)
            message.replace(secret, mask);
        QString field = it.key();
        field.replace(secret, mask);
        cleaned.insert(field, messages);
    }
    fieldErrors = cleaned;
}

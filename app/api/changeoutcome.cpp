// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/api/changeoutcome.h"

#include "app/api/apierror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

using namespace Qt::Literals::StringLiterals;

namespace {

// Qt reports these before a single byte of the request reached the server: the connection
// was never made, or the TLS handshake that precedes the request failed.
bool refusedBeforeSending(int networkError) {
    switch (networkError) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return true;
    default:
        return false;
    }
}

} // namespace

ChangeOutcome decideChangeOutcome(const ApiError &error, int networkError, bool requestLeft) {
    if (!error.isError())
        return ChangeOutcome::Succeeded;
    if (!requestLeft || error.kind == ApiError::Kind::NotSent)
        return ChangeOutcome::NotSent;
    // A proxy that wants credentials answers 407 itself and passes nothing on.
    if (networkError == QNetworkReply::ProxyAuthenticationRequiredError)
        return ChangeOutcome::NotSent;
    // A status line from the server is its word, whatever broke afterwards: a 4xx says it
    // refused the change, a 5xx that something went wrong somewhere, perhaps after the work
    // was done (a proxy or gateway in front of the API answers 5xx too).
    const int status = error.httpStatus;
    if (status >= 400 && status < 500)
        return status == 408 ? ChangeOutcome::Unknown : ChangeOutcome::NotMade;
    if (status >= 500)
        return ChangeOutcome::Unknown;
    if (error.kind == ApiError::Kind::Tls || refusedBeforeSending(networkError))
        return ChangeOutcome::NotSent;
    // A timeout, a connection broken after sending, an unreadable or unconfirmed 2xx, a
    // redirect, a cancel after sending.
    return ChangeOutcome::Unknown;
}

bool confirmsByEnvelope(const QJsonDocument &answer) {
    if (!answer.isObject())
        return false;
    const QJsonObject root = answer.object();
    const QJsonValue data = root.value("data"_L1);
    const bool noData = data.isUndefined() || data.isNull() ||
                        (data.isArray() && data.toArray().isEmpty()) ||
                        (data.isObject() && data.toObject().isEmpty());
    if (!noData)
        return false;
    const QJsonValue status = root.value("status"_L1);
    return (status.isDouble() && status.toDouble() == 1) || (status.isBool() && status.toBool());
}

QString changeOutcomeName(ChangeOutcome outcome) {
    switch (outcome) {
    case ChangeOutcome::Succeeded:
        return u"succeeded"_s;
    case ChangeOutcome::NotMade:
        return u"not_made"_s;
    case ChangeOutcome::NotSent:
        return u"not_sent"_s;
    case ChangeOutcome::Unknown:
        return u"unknown"_s;
    }
    return {};
}

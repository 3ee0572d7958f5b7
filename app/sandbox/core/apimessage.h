// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace sandbox {

// One API request as the handlers see it: copied out of QHttpServerRequest, because that
// object is reused for the connection's next request while an answer may still be delayed.
struct ApiRequest {
    QByteArray method;    // "GET", "POST", ...
    QString path;         // decoded path, e.g. "/v1/customers:search" (for logs and fault rules)
    QString encodedPath;  // the path as received, for links and meta.path
    QStringList segments; // decoded path segments after "/v1"
    QUrlQuery query;
    QByteArray body;
    QString origin; // "http://127.0.0.1:8080", from the Host header

    QString queryValue(const QString &name) const;
    bool hasQuery(const QString &name) const { return query.hasQueryItem(name); }
};

struct ApiResponse {
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    // True when the request changed the stored state (the --data file must be written).
    bool changed = false;
};

} // namespace sandbox

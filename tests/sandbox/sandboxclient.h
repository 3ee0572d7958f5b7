// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QString>
#include <QUrl>

class SandboxProcess;

// One finished HTTP exchange, as the sandbox tests look at it.
struct HttpResult {
    int status = 0; // 0 when no HTTP answer arrived
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonDocument json; // null when the body is not JSON
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;

    QJsonObject object() const { return json.object(); }
    QJsonObject data() const { return json.object().value(QStringLiteral("data")).toObject(); }
    QJsonArray dataArray() const { return json.object().value(QStringLiteral("data")).toArray(); }
    QByteArray header(const QByteArray &name) const;
    // errors.<field> of a 422, as one string per message
    QStringList fieldErrors(const QString &field) const;
};

// Plain QNetworkAccessManager calls to a started sandbox (the console's service layer is
// deliberately not used: these tests check the sandbox itself). Waits with a local event loop.
class SandboxClient final {
public:
    explicit SandboxClient(const SandboxProcess &sandbox);

    // `path` is relative to the base URL ("/customers?limit=5"); `key` goes into
    // "Authorization: Bearer"; empty: no header.
    HttpResult get(const QString &path, const QString &key,
                   const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpResult send(const QByteArray &method, const QString &path, const QString &key,
                    const QByteArray &body = {},
                    const QList<QPair<QByteArray, QByteArray>> &headers = {},
                    int transferTimeoutMs = 15000);
    HttpResult sendJson(const QByteArray &method, const QString &path, const QString &key,
                        const QJsonObject &body,
                        const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpResult sendUrl(const QByteArray &method, const QUrl &url, const QString &key,
                       const QByteArray &body = {},
                       const QList<QPair<QByteArray, QByteArray>> &headers = {},
                       int transferTimeoutMs = 15000);

    // Follows links.next from `path` and returns every item of every page.
    QJsonArray collectAll(const QString &path, const QString &key, int *pages = nullptr);

private:
    const SandboxProcess &m_sandbox;
    QNetworkAccessManager m_network;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/sandbox/sandboxclient.h"

#include "tests/common/sandboxprocess.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkRequest>

using namespace Qt::Literals::StringLiterals;

QByteArray HttpResult::header(const QByteArray &name) const {
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

QStringList HttpResult::fieldErrors(const QString &field) const {
    QStringList messages;
    const QJsonValue value = object().value(u"errors"_s).toObject().value(field);
    const QJsonArray array = value.toArray();
    for (const QJsonValue &message : array)
        messages.append(message.toString());
    return messages;
}

SandboxClient::SandboxClient(const SandboxProcess &sandbox)
    : m_sandbox(sandbox) {
}

HttpResult SandboxClient::get(const QString &path, const QString &key,
                              const QList<QPair<QByteArray, QByteArray>> &headers) {
    return send("GET"_ba, path, key, {}, headers);
}

HttpResult SandboxClient::send(const QByteArray &method, const QString &path, const QString &key,
                               const QByteArray &body,
                               const QList<QPair<QByteArray, QByteArray>> &headers,
                               int transferTimeoutMs) {
    return sendUrl(method, m_sandbox.url(path), key, body, headers, transferTimeoutMs);
}

HttpResult SandboxClient::sendJson(const QByteArray &method, const QString &path,
                                   const QString &key, const QJsonObject &body,
                                   const QList<QPair<QByteArray, QByteArray>> &headers) {
    return send(method, path, key, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

HttpResult SandboxClient::sendUrl(const QByteArray &method, const QUrl &url, const QString &key,
                                  const QByteArray &body,
                                  const QList<QPair<QByteArray, QByteArray>> &headers,
                                  int transferTimeoutMs) {
    QNetworkRequest request(url);
    request.setRawHeader("Accept"_ba, "application/json"_ba);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    if (!key.isEmpty())
        request.setRawHeader("Authorization"_ba, "Bearer " + key.toUtf8());
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    request.setTransferTimeout(transferTimeoutMs);

    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();

    HttpResult result;
    result.elapsedMs = timer.elapsed();
    result.error = reply->error();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    QJsonParseError parseError;
    result.json = QJsonDocument::fromJson(result.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        result.json = QJsonDocument();
    reply->deleteLater();
    return result;
}

QJsonArray SandboxClient::collectAll(const QString &path, const QString &key, int *pages) {
    QJsonArray all;
    int count = 0;
    QUrl next = m_sandbox.url(path);
    while (next.isValid() && count < 10000) {
        const HttpResult page = sendUrl("GET"_ba, next, key);
        if (page.status != 200)
            break;
        ++count;
        const QJsonArray items = page.dataArray();
        for (const QJsonValue &item : items)
            all.append(item);
        const QJsonValue link = page.object().value(u"links"_s).toObject().value(u"next"_s);
        next = link.isString() ? QUrl(link.toString()) : QUrl();
    }
    if (pages)
        *pages = count;
    return all;
}

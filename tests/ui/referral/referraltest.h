// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the referral tree, stats and balance tests: a Session on a private sandbox's
// refer-a-friend program, waiting for one typed result, and raw HTTP to read the server
// without the console's own mapping (so a mistake there cannot hide itself).

#include "app/api/apiclient.h" // the services hold a QPointer<ApiClient>, which needs it complete
#include "app/api/customerservice.h"
#include "app/profiles/profile.h"
#include "app/session/session.h"
#include "tests/common/sandboxprocess.h"
#include "tests/common/widgetshot.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTest>
#include <QWidget>

#include <memory>
#include <optional>

namespace ReferralTest {

inline std::unique_ptr<Session> makeSession(const SandboxProcess &sandbox) {
    Profile profile;
    profile.id = QStringLiteral("referral-read-test");
    profile.name = QStringLiteral("Referral read test");
    profile.baseUrl = sandbox.baseUrl();
    profile.kind = ProgramKind::ReferAFriend;
    // No journal: these tests only read (a change would be refused before it is sent).
    return std::make_unique<Session>(profile, sandbox.referralKey(), nullptr);
}

// Starts a call with `start(callback)` and waits for its result; nullopt when none came.
template <typename T, typename Start> std::optional<ApiResult<T>> await(Start start) {
    std::optional<ApiResult<T>> out;
    QObject context;
    start(&context, [&out](const ApiResult<T> &result) { out.emplace(result); });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, 20000))
        return std::nullopt;
    return out;
}

// Every customer of the program, by id.
inline QHash<QString, Customer> allCustomers(Session *session) {
    QHash<QString, Customer> all;
    for (int page = 1; page < 1000; ++page) {
        CustomerQuery query;
        query.limit = 250;
        query.page = page;
        const auto result = await<Page<Customer>>(
            [&](QObject *context, auto done) { session->customers()->list(query, context, done); });
        if (!result || !*result)
            return {};
        for (const Customer &customer : result->value().items)
            all.insert(customer.identifier(), customer);
        if (!result->value().info.hasNext)
            break;
    }
    return all;
}

// The ids from the root down to `id`, following referring_customer in `all`.
inline QStringList pathTo(const QHash<QString, Customer> &all, const QString &id) {
    QStringList path;
    QString at = id;
    while (!at.isEmpty() && path.size() < 100) {
        path.prepend(at);
        const Customer customer = all.value(at);
        at = customer.referringCustomer ? customer.referringCustomer->identifier() : QString();
    }
    return path;
}

// One request with the referral key, the raw answer's JSON (an empty object on failure).
inline QJsonObject rawCall(const SandboxProcess &sandbox, const QByteArray &method,
                           const QString &pathAndQuery, const QJsonObject &body = {},
                           int *status = nullptr) {
    QNetworkAccessManager network;
    QNetworkRequest request(sandbox.url(pathAndQuery));
    request.setRawHeader("Authorization", "Bearer " + sandbox.referralKey().toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray payload =
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = network.sendCustomRequest(request, method, payload);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000)) {
        reply->abort();
        reply->deleteLater();
        return {};
    }
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return json;
}

} // namespace ReferralTest

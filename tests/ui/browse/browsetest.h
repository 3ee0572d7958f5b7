// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the customer-browsing widget tests: a private sandbox, a profile store in a
// temporary folder, sessions built directly (no keychain, no journal: these tests only read),
// and waiting for one typed result.

#include "app/api/apiclient.h"
#include "app/api/apiresult.h"
#include "app/profiles/profile.h"
#include "app/profiles/profilestore.h"
#include "app/session/session.h"
#include "tests/common/sandboxprocess.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

// Everything QSettings writes (window geometry) goes to a temporary folder, never $HOME.
// Call before the QApplication exists (Q_COREAPP_STARTUP_FUNCTION does).
inline void isolateSettings() {
    static QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.path().toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("PartneroConsoleTests"));
    QCoreApplication::setApplicationName(QStringLiteral("browse"));
}

class BrowseFixture {
public:
    BrowseFixture()
        : m_settings(m_dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat)
        , m_profiles(&m_settings) {}

    // A small sandbox: enough for several pages at any page size, quick to seed.
    bool start(int customers = 120) {
        return m_sandbox.start({QStringLiteral("--customers"), QString::number(customers)});
    }

    SandboxProcess &sandbox() { return m_sandbox; }
    ProfileStore *profiles() { return &m_profiles; }

    // A stored profile for the sandbox's program of `kind`.
    Profile profile(ProgramKind kind, const QString &name) {
        if (const auto existing = m_profiles.profileByName(name))
            return *existing;
        Profile profile;
        profile.name = name;
        profile.baseUrl = m_sandbox.baseUrl();
        profile.kind = kind;
        const QString id = m_profiles.add(profile);
        return *m_profiles.profile(id);
    }

    // A session with the right key for `kind`, or with `key` when given (a wrong key: 401).
    std::unique_ptr<Session> session(ProgramKind kind, const QString &key = {}) {
        const QString name = kind == ProgramKind::Affiliate ? QStringLiteral("Affiliate")
                                                            : QStringLiteral("Referral");
        const QString rightKey =
            kind == ProgramKind::Affiliate ? m_sandbox.affiliateKey() : m_sandbox.referralKey();
        auto session =
            std::make_unique<Session>(profile(kind, name), key.isEmpty() ? rightKey : key, nullptr);
        session->client()->setTransferTimeout(10000);
        // Quick retries: the tests watch the retry, not the wait.
        RetryPolicy policy = session->client()->retryPolicy();
        policy.baseDelayMs = 100;
        policy.jitter = false;
        session->client()->setRetryPolicy(policy);
        return session;
    }

private:
    QTemporaryDir m_dir;
    QSettings m_settings;
    ProfileStore m_profiles;
    SandboxProcess m_sandbox;
};

// Starts a call with `start(callback)` and waits for its result.
template <typename T, typename Start> std::optional<ApiResult<T>> awaitResult(Start start) {
    auto result = std::make_shared<std::optional<ApiResult<T>>>();
    start([result](const ApiResult<T> &r) { result->emplace(r); });
    if (!QTest::qWaitFor([result] { return result->has_value(); }, 15000))
        return std::nullopt;
    return *result;
}

// The query strings of the logged requests for `path` (e.g. "/v1/customers"), in order.
inline QStringList loggedQueries(SandboxProcess &sandbox, const QString &method,
                                 const QString &path) {
    QStringList queries;
    const QJsonArray requests = sandbox.requests();
    for (const QJsonValue &value : requests) {
        const QJsonObject request = value.toObject();
        if (request.value(QStringLiteral("method")).toString() == method &&
            request.value(QStringLiteral("path")).toString() == path)
            queries.append(request.value(QStringLiteral("query")).toString());
    }
    return queries;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class SandboxLauncher;

// A private partnero-sandbox for one test: started on a free port with SandboxLauncher
// (PARTNERO_SANDBOX_EXE), stopped when this object dies. The admin helpers wait for their
// answer with a local event loop, which is fine in tests (never in production code).
class SandboxProcess final {
public:
    // Which reading of what the API reference leaves open the sandbox serves (--variant, see
    // docs/sandbox.md).
    enum class Variant { Documented, Alternative };

    SandboxProcess();
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    // Starts the sandbox with `extraArgs` (e.g. {"--customers", "50"}) and waits up to 20 s
    // for its first line. False (see errorString()) when it did not start.
    bool start(const QStringList &extraArgs = {});
    // The variant the next start() asks for. Until set, the one PARTNERO_SANDBOX_VARIANT names
    // ("alt" or "doc", default doc), so that a test registered twice in tests/CMakeLists.txt
    // runs against both.
    void setVariant(Variant variant) { m_variant = variant; }
    Variant variant() const { return m_variant; }
    static Variant variantFromEnvironment();
    void stop();
    bool isRunning() const;
    QString errorString() const { return m_error; }

    QUrl baseUrl() const { return m_baseUrl; } // http://127.0.0.1:PORT/v1
    QUrl rootUrl() const;                      // http://127.0.0.1:PORT
    // baseUrl() + path, e.g. url("/customers?limit=5")
    QUrl url(const QString &pathAndQuery) const;
    QString affiliateKey() const { return m_affiliateKey; }
    QString referralKey() const { return m_referralKey; }

    // Admin endpoints under /__sandbox/. Each returns false / empty when the call failed.
    // Queues `spec` (e.g. "status=503") for the next `count` requests matching `method`
    // (empty: any) and `path` (exact, or a prefix ending in '*').
    bool queueFault(const QString &method, const QString &path, const QString &spec, int count = 1);
    bool clearFaults();
    // [{"method","path","query","status","fault"}, ...] in the order received.
    QJsonArray requests();
    // Logged requests with this method (empty: any) whose path starts with pathPrefix.
    int countRequests(const QString &method, const QString &pathPrefix);
    bool clearRequests();
    // [{"email","count"}, ...]
    QJsonArray invites();
    // Back to the seeded state; log and faults cleared.
    bool reset();

private:
    QJsonObject adminCall(const QByteArray &method, const QString &path,
                          const QJsonObject &body = {}, bool *ok = nullptr);

    std::unique_ptr<SandboxLauncher> m_launcher;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QUrl m_baseUrl;
    QString m_affiliateKey;
    QString m_referralKey;
    QString m_error;
    Variant m_variant = variantFromEnvironment();
};

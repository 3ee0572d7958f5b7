// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/common/sandboxprocess.h"

#include "app/sandbox/sandboxlauncher.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int StartTimeoutMs = 20000;
constexpr int AdminTimeoutMs = 15000;
} // namespace

SandboxProcess::SandboxProcess()
    : m_launcher(std::make_unique<SandboxLauncher>())
    , m_network(std::make_unique<QNetworkAccessManager>()) {
    m_launcher->setStartTimeout(StartTimeoutMs);
}

SandboxProcess::~SandboxProcess() {
    stop();
}

bool SandboxProcess::start(const QStringList &extraArgs) {
    stop();
    m_error.clear();
    QSignalSpy started(m_launcher.get(), &SandboxLauncher::started);
    QSignalSpy failed(m_launcher.get(), &SandboxLauncher::failed);
    QStringList arguments = extraArgs;
    if (!arguments.contains(u"--variant"_s)) {
        arguments << u"--variant"_s << (m_variant == Variant::Alternative ? u"alt"_s : u"doc"_s);
    }
    m_launcher->start(QStringLiteral(PARTNERO_SANDBOX_EXE), arguments);
    QEventLoop loop;
    QTimer::singleShot(StartTimeoutMs + 1000, &loop, &QEventLoop::quit);
    QObject::connect(m_launcher.get(), &SandboxLauncher::started, &loop, &QEventLoop::quit);
    QObject::connect(m_launcher.get(), &SandboxLauncher::failed, &loop, &QEventLoop::quit);
    if (started.isEmpty() && failed.isEmpty())
        loop.exec();
    if (started.isEmpty()) {
        m_error = failed.isEmpty() ? u"The sandbox did not start in time."_s
                                   : failed.first().first().toString();
        m_launcher->stop();
        return false;
    }
    m_baseUrl = m_launcher->baseUrl();
    m_affiliateKey = m_launcher->affiliateKey();
    m_referralKey = m_launcher->referralKey();
    return true;
}

SandboxProcess::Variant SandboxProcess::variantFromEnvironment() {
    return qEnvironmentVariable("PARTNERO_SANDBOX_VARIANT") == "alt"_L1 ? Variant::Alternative
                                                                        : Variant::Documented;
}

void SandboxProcess::stop() {
    if (m_launcher)
        m_launcher->stop();
    m_baseUrl.clear();
}

bool SandboxProcess::isRunning() const {
    return m_launcher && m_launcher->isRunning();
}

QUrl SandboxProcess::rootUrl() const {
    QUrl root = m_baseUrl;
    root.setPath(QString());
    return root;
}

QUrl SandboxProcess::url(const QString &pathAndQuery) const {
    return QUrl(m_baseUrl.toString() + pathAndQuery);
}

QJsonObject SandboxProcess::adminCall(const QByteArray &method, const QString &path,
                                      const QJsonObject &body, bool *ok) {
    if (ok)
        *ok = false;
    if (m_baseUrl.isEmpty())
        return {};
    QNetworkRequest request(QUrl(rootUrl().toString() + u"/__sandbox/"_s + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setTransferTimeout(AdminTimeoutMs);
    const QByteArray payload =
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, payload);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const QByteArray data = reply->readAll();
    const bool success = reply->error() == QNetworkReply::NoError;
    reply->deleteLater();
    if (!success)
        return {};
    if (ok)
        *ok = true;
    return QJsonDocument::fromJson(data).object();
}

bool SandboxProcess::queueFault(const QString &method, const QString &path, const QString &spec,
                                int count) {
    QJsonObject body{{u"path"_s, path}, {u"fault"_s, spec}, {u"count"_s, count}};
    if (!method.isEmpty())
        body.insert(u"method"_s, method);
    bool ok = false;
    adminCall("POST"_ba, u"faults"_s, body, &ok);
    return ok;
}

bool SandboxProcess::clearFaults() {
    bool ok = false;
    adminCall("DELETE"_ba, u"faults"_s, {}, &ok);
    return ok;
}

QJsonArray SandboxProcess::requests() {
    return adminCall("GET"_ba, u"requests"_s).value(u"requests"_s).toArray();
}

int SandboxProcess::countRequests(const QString &method, const QString &pathPrefix) {
    int count = 0;
    const QJsonArray all = requests();
    for (const QJsonValue &value : all) {
        const QJsonObject entry = value.toObject();
        if (!method.isEmpty() &&
            entry.value(u"method"_s).toString().compare(method, Qt::CaseInsensitive) != 0)
            continue;
        if (entry.value(u"path"_s).toString().startsWith(pathPrefix))
            ++count;
    }
    return count;
}

bool SandboxProcess::clearRequests() {
    bool ok = false;
    adminCall("DELETE"_ba, u"requests"_s, {}, &ok);
    return ok;
}

QJsonArray SandboxProcess::invites() {
    return adminCall("GET"_ba, u"invites"_s).value(u"invites"_s).toArray();
}

bool SandboxProcess::reset() {
    bool ok = false;
    adminCall("POST"_ba, u"reset"_s, {}, &ok);
    return ok;
}

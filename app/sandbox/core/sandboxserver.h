// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sandbox/core/affiliateapi.h"
#include "app/sandbox/core/faultspec.h"
#include "app/sandbox/core/referralapi.h"
#include "app/sandbox/core/sandboxoptions.h"
#include "app/sandbox/core/sandboxstate.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QJsonArray>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <memory>

QT_BEGIN_NAMESPACE
class QHttpServerResponder;
class QTcpServer;
class QTcpSocket;
QT_END_NAMESPACE

namespace sandbox {

// The HTTP side: authentication (the key picks the program), fault injection, latency,
// the request log, the /__sandbox/ admin endpoints and saving the --data file.
//
// QAbstractHttpServer gives every request with its socket, so an answer can be delayed
// (latency), cut off half-way (drop), never sent (hang), trickled (drip) or padded without
// end (oversize) without a route table's restrictions.
class SandboxServer final : public QAbstractHttpServer {
    Q_OBJECT

public:
    explicit SandboxServer(const SandboxOptions &options, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Loads --data when the file exists, then listens. False with a sentence in *error.
    bool start(QString *error);
    quint16 port() const { return m_port; }
    // "http://127.0.0.1:PORT/v1"
    QString baseUrl() const;
    SandboxState &state() { return m_state; }

    // Writes the --data file now if anything changed since the last save.
    bool saveIfDirty(QString *error = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Outgoing {
        enum class Mode { Normal, Drop, Hang };
        ApiResponse response;
        Mode mode = Mode::Normal;
        int dripBytesPerSecond = 0; // the drip fault: sent this slowly
        qint64 oversizeBytes = 0;   // the oversize fault: padded to this size
    };
    struct QueuedFault {
        QByteArray method; // empty: any
        QString path;      // exact, or a prefix when `prefix`
        bool prefix = false;
        FaultSpec spec;
        int remaining = 1;
    };

    ApiResponse handleAdmin(const ApiRequest &request);
    Outgoing handleApi(const ApiRequest &request, const QByteArray &authorization,
                       const QByteArray &faultHeader, int *delayMs);
    FaultSpec takeQueuedFault(const ApiRequest &request);
    void logRequest(const ApiRequest &request, int status, const QString &fault);
    void send(const std::shared_ptr<QHttpServerResponder> &responder,
              const QPointer<QTcpSocket> &socket, const Outgoing &outgoing);
    void sendStreamed(const std::shared_ptr<QHttpServerResponder> &responder, QTcpSocket *socket,
                      const Outgoing &outgoing);
    void markChanged();

    SandboxOptions m_options;
    SandboxState m_state;
    AffiliateApi m_affiliateApi;
    ReferralApi m_referralApi;
    quint16 m_port = 0;
    QList<QueuedFault> m_faults;
    QJsonArray m_requestLog;
    QHash<QTcpSocket *, std::shared_ptr<QHttpServerResponder>> m_hanging;
    QRandomGenerator m_jitter;
    QTimer m_saveTimer;
    bool m_dirty = false;
};

} // namespace sandbox

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

// Starts a partnero-sandbox process and reports, once, whether it is ready to serve.
//
// The sandbox prints one line first, flushed at once:
//   Partnero sandbox: base_url=http://127.0.0.1:PORT/v1 affiliate_key=KEY referral_key=KEY
// The launcher waits for that line (not for a fixed delay) so callers never race the
// server's start-up, and asks for a free port (`--port 0`) unless one was given.
class SandboxLauncher final : public QObject {
    Q_OBJECT

public:
    explicit SandboxLauncher(QObject *parent = nullptr);
    // Stops the process (terminate, then kill) so no sandbox outlives its owner.
    ~SandboxLauncher() override;

    // How long start() waits for the first line before giving up; default 15 s.
    void setStartTimeout(int milliseconds);
    int startTimeout() const { return m_startTimeout; }

    // Starts `program` with `arguments` (plus `--port 0` unless they hold --port).
    // Emits started() or failed() later, never from inside this call. A second start
    // while one is running or starting is refused with failed().
    void start(const QString &program, const QStringList &arguments = {});

    // Terminates the process, then kills it if it has not ended within a few seconds.
    // Emits nothing.
    void stop();

    bool isRunning() const;
    bool isReady() const { return m_ready; }
    QUrl baseUrl() const { return m_baseUrl; }
    QString affiliateKey() const { return m_affiliateKey; }
    QString referralKey() const { return m_referralKey; }

    // partnero-sandbox beside the running executable (how the console ships it).
    static QString bundledExecutable();

    // Parses the first line; false when it is not the sandbox's line.
    static bool parseFirstLine(const QByteArray &line, QUrl *baseUrl, QString *affiliateKey,
                               QString *referralKey);

Q_SIGNALS:
    void started(const QUrl &baseUrl, const QString &affiliateKey, const QString &referralKey);
    // A translated sentence for people. Emitted when the sandbox cannot start (missing
    // executable, ended early, no first line in time) or, after started(), when it ends
    // without stop() having been called.
    void failed(const QString &sentence);

private:
    void onReadyReadStandardOutput();
    void onReadyReadStandardError();
    void onErrorOccurred(QProcess::ProcessError error);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onStartTimeout();
    void fail(const QString &sentence);
    QString lastErrorLine() const;

    QProcess *m_process = nullptr;
    QTimer m_startTimer;
    int m_startTimeout = 15000;
    QByteArray m_stdoutBuffer;
    QByteArray m_stderrTail;
    QString m_program;
    QUrl m_baseUrl;
    QString m_affiliateKey;
    QString m_referralKey;
    bool m_ready = false;
    bool m_stopping = false;
    bool m_reported = false;
};

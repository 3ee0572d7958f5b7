// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/sandboxlauncher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qsizetype MaxStderrTail = 4096;
constexpr int TerminateWaitMs = 4000;
constexpr int KillWaitMs = 2000;

bool hasPortArgument(const QStringList &arguments) {
    for (const QString &argument : arguments) {
        if (argument == "--port"_L1 || argument.startsWith("--port="_L1))
            return true;
    }
    return false;
}

QString resolveProgram(const QString &program) {
    if (program.isEmpty())
        return {};
    if (program.contains(QLatin1Char('/')) || program.contains(QLatin1Char('\\'))) {
        const QFileInfo info(program);
        return info.isFile() && info.isExecutable() ? info.absoluteFilePath() : QString();
    }
    return QStandardPaths::findExecutable(program);
}
} // namespace

SandboxLauncher::SandboxLauncher(QObject *parent)
    : QObject(parent) {
    m_startTimer.setSingleShot(true);
    connect(&m_startTimer, &QTimer::timeout, this, &SandboxLauncher::onStartTimeout);
}

SandboxLauncher::~SandboxLauncher() {
    stop();
}

void SandboxLauncher::setStartTimeout(int milliseconds) {
    m_startTimeout = qMax(1, milliseconds);
}

void SandboxLauncher::start(const QString &program, const QStringList &arguments) {
    if (m_process) {
        // Reported later, like every other outcome, so callers can connect after start().
        QTimer::singleShot(
            0, this, [this] { Q_EMIT failed(tr("The sandbox is already running or starting.")); });
        return;
    }

    m_stdoutBuffer.clear();
    m_stderrTail.clear();
    m_baseUrl.clear();
    m_affiliateKey.clear();
    m_referralKey.clear();
    m_ready = false;
    m_stopping = false;
    m_reported = false;
    m_program = program;

    const QString resolved = resolveProgram(program);
    if (resolved.isEmpty()) {
        m_reported = true;
        const QString name = QDir::toNativeSeparators(program);
        QTimer::singleShot(0, this, [this, name] {
            Q_EMIT failed(
                tr("The sandbox program \"%1\" was not found or cannot be run.").arg(name));
        });
        return;
    }

    QStringList fullArguments = arguments;
    if (!hasPortArgument(fullArguments))
        fullArguments << u"--port"_s << u"0"_s;

    m_process = new QProcess(this);
    m_process->setProgram(resolved);
    m_process->setArguments(fullArguments);
#ifdef Q_OS_LINUX
    // A console that crashes must not leave a sandbox holding a port behind it.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    connect(m_process, &QProcess::readyReadStandardOutput, this,
            &SandboxLauncher::onReadyReadStandardOutput);
    connect(m_process, &QProcess::readyReadStandardError, this,
            &SandboxLauncher::onReadyReadStandardError);
    connect(m_process, &QProcess::errorOccurred, this, &SandboxLauncher::onErrorOccurred);
    connect(m_process, &QProcess::finished, this, &SandboxLauncher::onFinished);

    m_startTimer.start(m_startTimeout);
    m_process->start(QIODevice::ReadOnly);
}

void SandboxLauncher::stop() {
    m_startTimer.stop();
    if (!m_process)
        return;
    m_stopping = true;
    QProcess *process = m_process;
    m_process = nullptr;
    process->disconnect(this);
    if (process->state() != QProcess::NotRunning) {
        // SIGTERM lets the sandbox save its --data file before it ends.
        process->terminate();
        if (!process->waitForFinished(TerminateWaitMs)) {
            process->kill();
            process->waitForFinished(KillWaitMs);
        }
    }
    // stop() may run inside one of the process's own signals: delete it later.
    process->deleteLater();
    m_ready = false;
}

bool SandboxLauncher::isRunning() const {
    return m_process && m_process->state() != QProcess::NotRunning;
}

QString SandboxLauncher::bundledExecutable() {
#ifdef Q_OS_WIN
    const QString name = u"partnero-sandbox.exe"_s;
#else
    const QString name = u"partnero-sandbox"_s;
#endif
    return QDir(QCoreApplication::applicationDirPath()).filePath(name);
}

bool SandboxLauncher::parseFirstLine(const QByteArray &line, QUrl *baseUrl, QString *affiliateKey,
                                     QString *referralKey) {
    static const QByteArray prefix = "Partnero sandbox: "_ba;
    const QByteArray trimmed = line.trimmed();
    if (!trimmed.startsWith(prefix))
        return false;
    QUrl url;
    QString affiliate;
    QString referral;
    const QList<QByteArray> tokens = trimmed.mid(prefix.size()).split(' ');
    for (const QByteArray &token : tokens) {
        const qsizetype equals = token.indexOf('=');
        if (equals <= 0)
            continue;
        const QByteArray name = token.left(equals);
        const QString value = QString::fromUtf8(token.mid(equals + 1));
        if (name == "base_url")
            url = QUrl(value, QUrl::StrictMode);
        else if (name == "affiliate_key")
            affiliate = value;
        else if (name == "referral_key")
            referral = value;
    }
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != "http"_L1 && url.scheme() != "https"_L1) || affiliate.isEmpty() ||
        referral.isEmpty()) {
        return false;
    }
    if (baseUrl)
        *baseUrl = url;
    if (affiliateKey)
        *affiliateKey = affiliate;
    if (referralKey)
        *referralKey = referral;
    return true;
}

void SandboxLauncher::onReadyReadStandardOutput() {
    if (!m_process)
        return;
    const QByteArray chunk = m_process->readAllStandardOutput();
    // Once ready, later lines are for people reading a terminal: drain them so the pipe
    // never fills up and blocks the sandbox.
    if (m_ready || m_reported)
        return;
    m_stdoutBuffer += chunk;
    const qsizetype newline = m_stdoutBuffer.indexOf('\n');
    if (newline < 0) {
        if (m_stdoutBuffer.size() > 64 * 1024)
            fail(tr("The sandbox did not announce its address."));
        return;
    }
    const QByteArray firstLine = m_stdoutBuffer.left(newline);
    m_stdoutBuffer.clear();
    if (!parseFirstLine(firstLine, &m_baseUrl, &m_affiliateKey, &m_referralKey)) {
        fail(tr("The sandbox did not announce its address."));
        return;
    }
    m_startTimer.stop();
    m_ready = true;
    m_reported = true;
    Q_EMIT started(m_baseUrl, m_affiliateKey, m_referralKey);
}

void SandboxLauncher::onReadyReadStandardError() {
    if (!m_process)
        return;
    m_stderrTail += m_process->readAllStandardError();
    if (m_stderrTail.size() > MaxStderrTail)
        m_stderrTail = m_stderrTail.right(MaxStderrTail);
}

void SandboxLauncher::onErrorOccurred(QProcess::ProcessError error) {
    if (m_stopping)
        return;
    switch (error) {
    case QProcess::FailedToStart:
        fail(tr("The sandbox program \"%1\" could not be started.")
                 .arg(QDir::toNativeSeparators(m_program)));
        break;
    case QProcess::Crashed:
    case QProcess::Timedout:
    case QProcess::ReadError:
    case QProcess::WriteError:
    case QProcess::UnknownError:
        // finished() follows and tells the whole story.
        break;
    }
}

void SandboxLauncher::onFinished(int exitCode, QProcess::ExitStatus status) {
    if (m_stopping)
        return;
    if (m_process) {
        m_stderrTail += m_process->readAllStandardError();
        if (m_stderrTail.size() > MaxStderrTail)
            m_stderrTail = m_stderrTail.right(MaxStderrTail);
    }
    const QString detail = lastErrorLine();
    QString sentence;
    if (!m_ready) {
        sentence = status == QProcess::CrashExit
                       ? tr("The sandbox crashed while starting.")
                       : tr("The sandbox stopped while starting (exit code %1).").arg(exitCode);
    } else {
        sentence = status == QProcess::CrashExit
                       ? tr("The sandbox crashed.")
                       : tr("The sandbox stopped unexpectedly (exit code %1).").arg(exitCode);
    }
    if (!detail.isEmpty())
        sentence += u' ' + detail;
    m_ready = false;
    // A stopped sandbox can be started again.
    QProcess *process = m_process;
    m_process = nullptr;
    if (process) {
        process->disconnect(this);
        process->deleteLater();
    }
    m_startTimer.stop();
    m_reported = true;
    Q_EMIT failed(sentence);
}

void SandboxLauncher::onStartTimeout() {
    fail(tr("The sandbox did not become ready within %n second(s).", nullptr,
            (m_startTimeout + 999) / 1000));
}

void SandboxLauncher::fail(const QString &sentence) {
    if (m_reported)
        return;
    m_reported = true;
    m_startTimer.stop();
    if (m_process) {
        QProcess *process = m_process;
        m_process = nullptr;
        process->disconnect(this);
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(KillWaitMs);
        }
        process->deleteLater();
    }
    m_ready = false;
    Q_EMIT failed(sentence);
}

QString SandboxLauncher::lastErrorLine() const {
    const QList<QByteArray> lines = m_stderrTail.trimmed().split('\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QByteArray line = it->trimmed();
        if (!line.isEmpty())
            return QString::fromUtf8(line);
    }
    return {};
}

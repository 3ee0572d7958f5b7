// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/common/proxyprocess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace {

QString program(ProxyProcess::Kind kind) {
    return kind == ProxyProcess::Kind::Http ? u"tinyproxy"_s : u"microsocks"_s;
}

quint16 freePort() {
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

ProxyProcess::~ProxyProcess() {
    stop();
}

bool ProxyProcess::isAvailable(Kind kind) {
    return !QStandardPaths::findExecutable(program(kind)).isEmpty();
}

bool ProxyProcess::start(Kind kind, const QString &user, const QString &password) {
    m_kind = kind;
    const QString executable = QStandardPaths::findExecutable(program(kind));
    if (executable.isEmpty()) {
        m_error = u"%1 is not installed (packaging/install-deps.sh)"_s.arg(program(kind));
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = u"no temporary folder"_s;
        return false;
    }
    m_port = freePort();
    QStringList arguments;
    if (kind == Kind::Http) {
        QFile config(m_dir.filePath(u"tinyproxy.conf"_s));
        if (!config.open(QIODevice::WriteOnly)) {
            m_error = config.errorString();
            return false;
        }
        QString text = u"Port %1\nListen 127.0.0.1\nTimeout 30\nLogFile \"%2\"\nLogLevel Info\n"
                       "MaxClients 20\nAllow 127.0.0.1\n"_s.arg(m_port)
                           .arg(m_dir.filePath(u"tinyproxy.log"_s));
        if (!user.isEmpty())
            text += u"BasicAuth %1 %2\n"_s.arg(user, password);
        config.write(text.toUtf8());
        config.close();
        arguments = {u"-d"_s, u"-c"_s, config.fileName()};
    } else {
        arguments = {u"-i"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(m_port)};
        if (!user.isEmpty())
            arguments += {u"-u"_s, user, u"-P"_s, password};
    }
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(executable, arguments);
    if (!m_process.waitForStarted(5000)) {
        m_error = m_process.errorString();
        return false;
    }
    // Ready once it accepts a connection.
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (socket.waitForConnected(200)) {
            socket.disconnectFromHost();
            return true;
        }
        if (m_process.state() != QProcess::Running) {
            m_error =
                u"%1 stopped: %2"_s.arg(program(kind), QString::fromLocal8Bit(m_process.readAll()));
            return false;
        }
        QThread::msleep(50);
    }
    m_error = u"%1 did not accept connections on port %2"_s.arg(program(kind)).arg(m_port);
    return false;
}

void ProxyProcess::stop() {
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

QString ProxyProcess::log() {
    m_output += QString::fromLocal8Bit(m_process.readAll());
    while (m_process.state() == QProcess::Running && m_process.waitForReadyRead(100))
        m_output += QString::fromLocal8Bit(m_process.readAll());
    if (m_kind == Kind::Socks5)
        return m_output;
    QFile file(m_dir.filePath(u"tinyproxy.log"_s));
    if (!file.open(QIODevice::ReadOnly))
        return m_output;
    return QString::fromLocal8Bit(file.readAll());
}

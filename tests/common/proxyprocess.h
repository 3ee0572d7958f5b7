// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// A real proxy on loopback for one test: tinyproxy (HTTP, with BasicAuth) or microsocks
// (SOCKS5 with a user and password), started on a free port with its configuration in a
// temporary folder (never a system service), stopped when this object dies.
class ProxyProcess final {
public:
    enum class Kind { Http, Socks5 };

    ProxyProcess() = default;
    ~ProxyProcess();
    ProxyProcess(const ProxyProcess &) = delete;
    ProxyProcess &operator=(const ProxyProcess &) = delete;

    // Whether the program is installed (packaging/install-deps.sh installs both).
    static bool isAvailable(Kind kind);
    // Starts it and waits until it accepts connections. False (see errorString()) otherwise.
    bool start(Kind kind, const QString &user, const QString &password);
    void stop();

    quint16 port() const { return m_port; }
    QString errorString() const { return m_error; }
    // What the proxy logged: tinyproxy's log file ("Request (file descriptor 6): GET
    // http://…"), microsocks' output ("client[5] 127.0.0.1: connected to 127.0.0.1:PORT").
    QString log();

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    Kind m_kind = Kind::Http;
    quint16 m_port = 0;
    QString m_error;
    QString m_output;
};

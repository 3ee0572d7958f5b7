// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/store/postgrestarget.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// A real PostgreSQL server for one test: initdb into a temporary folder, started on a free
// port of 127.0.0.1 with its socket in that folder, stopped and removed when this object dies.
// PostgreSQL refuses to run as root, so when the tests run as root the server runs as the
// `postgres` user the Debian package creates (runuser); as anyone else it runs as them.
//
// The database cluster is UTF-8 in C.UTF-8, so that pg_trgm and case folding work for every
// script. Its superuser is `partnero`. With a password, connections over TCP must give it
// (scram-sha-256); with TLS, the server presents a certificate for 127.0.0.1 and 127.0.0.2
// signed by an authority of its own (caFile()), which nothing else trusts.
class PostgresServer final {
public:
    struct Options {
        QString password; // empty: trust, no password asked
        bool tls = false;
    };

    PostgresServer() = default;
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    // Whether Debian's PostgreSQL server is installed (packaging/install-deps.sh installs it).
    static bool isAvailable();
    // Creates the cluster, starts the server and waits until it accepts connections. False
    // (see errorString()) otherwise.
    bool start(const Options &options);
    bool start() { return start(Options()); }
    // Stops the server, keeping its files: start() again serves the same databases.
    bool stop();
    bool restart();
    bool isRunning() const { return m_running; }
    // Stops (SIGSTOP) the postmaster and every backend it started, as a server that no longer
    // answers: connections stay open and statements wait. resume() (SIGCONT) lets them go on.
    bool pause();
    bool resume();

    quint16 port() const { return m_port; }
    static QString user() { return QStringLiteral("partnero"); }
    // A target for `database` on 127.0.0.1 (TLS mode Default: "this computer").
    PostgresTarget target(const QString &database = QStringLiteral("postgres")) const;
    // The authority that signed the server's certificate (with Options::tls).
    QString caFile() const;
    QString errorString() const { return m_error; }
    // The server's log.
    QString log() const;

    // Runs SQL through psql as the superuser, in `database`. False and errorString() on a
    // failure; `output` gets psql's unaligned output (-At).
    bool psql(const QString &sql, const QString &database = QStringLiteral("postgres"),
              QString *output = nullptr);
    // CREATE DATABASE name (UTF-8).
    bool createDatabase(const QString &name);

private:
    bool run(const QString &program, const QStringList &arguments, QString *output = nullptr,
             bool asServerUser = true);
    bool makeCertificates();
    QString binary(const QString &name) const;
    QString dataDir() const;

    QTemporaryDir m_dir;
    QString m_binDir;
    Options m_options;
    quint16 m_port = 0;
    bool m_running = false;
    bool m_asRoot = false;
    QString m_error;
    QList<qint64> m_paused;
};

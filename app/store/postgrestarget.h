// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

// Where a shared PostgreSQL store is: host, port, database, user and how the connection is
// secured. Never the password: it lives in the keychain (or PGPASSWORD / ~/.pgpass, which
// libpq reads itself), so a target can be written to the settings and shown anywhere.
//
// TLS follows libpq's sslmode. A host that is not this computer gets verify-full by default:
// the server's certificate must chain to a trusted authority (the system's, or caFile) and
// name the host. Certificate errors are never ignored; only a person can choose a weaker mode.
struct PostgresTarget {
    Q_DECLARE_TR_FUNCTIONS(PostgresTarget)

public:
    enum class TlsMode {
        Default,    // verify-full for another computer, prefer for this one
        Disable,    // never TLS
        Prefer,     // TLS when the server offers it, unverified (libpq's default)
        Require,    // TLS, unverified
        VerifyCa,   // TLS, certificate chains to a trusted authority
        VerifyFull, // and names the host
    };

    static constexpr quint16 DefaultPort = 5432;

    QString host;
    quint16 port = DefaultPort;
    QString database;
    QString user;
    TlsMode tls = TlsMode::Default;
    QString caFile; // PEM; empty: the system's authorities

    bool isEmpty() const { return host.isEmpty() && database.isEmpty(); }
    // 127.0.0.1, ::1, localhost, or a folder of Unix sockets ("/run/postgresql").
    bool isThisComputer() const;
    // The mode libpq is given: Default resolved by the host.
    TlsMode effectiveTls() const;

    // postgresql://user@host:port/database?sslmode=verify-full&sslrootcert=/path, the form
    // libpq and psql accept. A password in it is refused: it would end up in shell history,
    // settings and process lists.
    static PostgresTarget fromUrl(const QString &url, QString *problem = nullptr);
    QString url() const;
    // "partnero@db.example.com:5432/console", for sentences.
    QString displayName() const;
    // A sentence naming what is missing or wrong; empty when it can be used.
    QString problem() const;

    // "verify-full" ...; Default as "" (the mode is chosen by the host).
    static QString tlsModeId(TlsMode mode);
    static TlsMode tlsModeFromId(const QString &id, bool *ok = nullptr);
    // Words for people: "Verify the certificate and the host name" ...
    static QString tlsModeText(TlsMode mode);

    // QPSQL's connect options: sslmode, sslrootcert, connect_timeout.
    QString connectOptions(int connectTimeoutSeconds) const;

    friend bool operator==(const PostgresTarget &a, const PostgresTarget &b) {
        return a.host == b.host && a.port == b.port && a.database == b.database &&
               a.user == b.user && a.tls == b.tls && a.caFile == b.caFile;
    }
};

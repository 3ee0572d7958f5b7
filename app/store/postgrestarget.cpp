// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/store/postgrestarget.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

struct ModeName {
    PostgresTarget::TlsMode mode;
    const char16_t *id;
};

constexpr ModeName ModeNames[] = {
    {PostgresTarget::TlsMode::Disable, u"disable"},
    {PostgresTarget::TlsMode::Prefer, u"prefer"},
    {PostgresTarget::TlsMode::Require, u"require"},
    {PostgresTarget::TlsMode::VerifyCa, u"verify-ca"},
    {PostgresTarget::TlsMode::VerifyFull, u"verify-full"},
};

// QPSQL splits its options on ';' and libpq reads key=value with '\' escapes inside quotes.
QString quotedOption(const QString &value) {
    QString escaped = value;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s);
    return u'\'' + escaped + u'\'';
}

} // namespace

bool PostgresTarget::isThisComputer() const {
    const QString h = host.trimmed().toLower();
    return h.isEmpty() || h.startsWith(u'/') || h == u"localhost"_s || h == u"127.0.0.1"_s ||
           h == u"::1"_s || h == u"[::1]"_s;
}

PostgresTarget::TlsMode PostgresTarget::effectiveTls() const {
    if (tls != TlsMode::Default)
        return tls;
    return isThisComputer() ? TlsMode::Prefer : TlsMode::VerifyFull;
}

QString PostgresTarget::tlsModeId(TlsMode mode) {
    for (const ModeName &name : ModeNames)
        if (name.mode == mode)
            return QString::fromUtf16(name.id);
    return {};
}

PostgresTarget::TlsMode PostgresTarget::tlsModeFromId(const QString &id, bool *ok) {
    if (ok)
        *ok = true;
    if (id.isEmpty())
        return TlsMode::Default;
    for (const ModeName &name : ModeNames)
        if (id == QString::fromUtf16(name.id))
            return name.mode;
    if (ok)
        *ok = false;
    return TlsMode::Default;
}

QString PostgresTarget::tlsModeText(TlsMode mode) {
    switch (mode) {
    case TlsMode::Default:
        return tr("Automatic (verify the certificate and host name unless on this computer)");
    case TlsMode::Disable:
        return tr("No encryption");
    case TlsMode::Prefer:
        return tr("Encrypt when offered, without verifying");
    case TlsMode::Require:
        return tr("Always encrypt, without verifying");
    case TlsMode::VerifyCa:
        return tr("Verify the certificate");
    case TlsMode::VerifyFull:
        return tr("Verify the certificate and the host name");
    }
    return {};
}

PostgresTarget PostgresTarget::fromUrl(const QString &text, QString *problem) {
    PostgresTarget target;
    const auto refuse = [problem](const QString &sentence) {
        if (problem)
            *problem = sentence;
        return PostgresTarget();
    };
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"postgresql"_s && url.scheme() != u"postgres"_s))
        return refuse(tr("\"%1\" is not a PostgreSQL address: write "
                         "postgresql://user@host:port/database.")
                          .arg(text.trimmed()));
    if (!url.password().isEmpty())
        return refuse(tr("The address must not hold a password: give it in PGPASSWORD or "
                         "~/.pgpass instead."));
    target.host = url.host();
    target.user = url.userName();
    target.database = url.path().mid(1);
    const int port = url.port(DefaultPort);
    if (port <= 0 || port > 65535)
        return refuse(tr("The port of the shared store must be between 1 and 65535."));
    target.port = quint16(port);
    const QUrlQuery query(url);
    // libpq's own way to name a socket folder: ?host=/run/postgresql
    if (target.host.isEmpty() && query.hasQueryItem(u"host"_s))
        target.host = query.queryItemValue(u"host"_s, QUrl::FullyDecoded);
    bool ok = true;
    target.tls = tlsModeFromId(query.queryItemValue(u"sslmode"_s), &ok);
    if (!ok)
        return refuse(tr("\"%1\" is not an sslmode PostgreSQL knows: use disable, prefer, "
                         "require, verify-ca or verify-full.")
                          .arg(query.queryItemValue(u"sslmode"_s)));
    target.caFile = query.queryItemValue(u"sslrootcert"_s, QUrl::FullyDecoded);
    if (const QString sentence = target.problem(); !sentence.isEmpty())
        return refuse(sentence);
    if (problem)
        problem->clear();
    return target;
}

QString PostgresTarget::url() const {
    QUrl url;
    url.setScheme(u"postgresql"_s);
    if (!host.startsWith(u'/'))
        url.setHost(host);
    url.setUserName(user);
    if (port != DefaultPort)
        url.setPort(port);
    url.setPath(u'/' + database);
    QUrlQuery query;
    if (host.startsWith(u'/'))
        query.addQueryItem(u"host"_s, host);
    if (tls != TlsMode::Default)
        query.addQueryItem(u"sslmode"_s, tlsModeId(tls));
    if (!caFile.isEmpty())
        query.addQueryItem(u"sslrootcert"_s, caFile);
    url.setQuery(query);
    return url.toString();
}

QString PostgresTarget::displayName() const {
    const QString where = host.startsWith(u'/') ? host : u"%1:%2"_s.arg(host).arg(port);
    return user.isEmpty() ? u"%1/%2"_s.arg(where, database)
                          : u"%1@%2/%3"_s.arg(user, where, database);
}

QString PostgresTarget::problem() const {
    if (host.trimmed().isEmpty())
        return tr("Enter the host of the shared store.");
    if (database.trimmed().isEmpty())
        return tr("Enter the database of the shared store.");
    if (port == 0)
        return tr("The port of the shared store must be between 1 and 65535.");
    return {};
}

QString PostgresTarget::connectOptions(int connectTimeoutSeconds) const {
    QStringList options;
    options << u"sslmode="_s + tlsModeId(effectiveTls());
    // Without a file of its own, verification uses the system's authorities (libpq's
    // "system" value needs PostgreSQL 16; the Debian bundle is the same set).
    const QString authorities =
        !caFile.isEmpty() ? caFile : u"/etc/ssl/certs/ca-certificates.crt"_s;
    const TlsMode mode = effectiveTls();
    if (mode == TlsMode::VerifyCa || mode == TlsMode::VerifyFull || !caFile.isEmpty())
        options << u"sslrootcert="_s + quotedOption(authorities);
    options << u"connect_timeout=%1"_s.arg(qMax(1, connectTimeoutSeconds));
    // Names the console in pg_stat_activity, so a database administrator sees who is connected.
    options << u"application_name=partnero-console"_s;
    // NOTICE lines ("relation ... already exists, skipping") are for people at psql.
    options << u"options='-c client_min_messages=warning'"_s;
    return options.join(u';');
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/common/postgresserver.h"

#include <QCollator>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>

#include <signal.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

// The newest installed PostgreSQL's programs: /usr/lib/postgresql/<version>/bin.
QString findBinDir() {
    QDir root(u"/usr/lib/postgresql"_s);
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCollator numeric;
    numeric.setNumericMode(true);
    std::sort(versions.begin(), versions.end(), numeric);
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        const QString bin = root.filePath(*it + u"/bin"_s);
        if (QFile::exists(bin + u"/initdb"_s) && QFile::exists(bin + u"/pg_ctl"_s))
            return bin;
    }
    return {};
}

quint16 freePort() {
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

PostgresServer::~PostgresServer() {
    resume(); // a paused server would not stop
    stop();
}

bool PostgresServer::isAvailable() {
    return !findBinDir().isEmpty() && QFile::exists(u"/usr/bin/psql"_s);
}

QString PostgresServer::binary(const QString &name) const {
    return m_binDir + u'/' + name;
}

QString PostgresServer::dataDir() const {
    return m_dir.filePath(u"data"_s);
}

QString PostgresServer::caFile() const {
    return m_dir.filePath(u"ca.crt"_s);
}

QString PostgresServer::log() const {
    QFile file(m_dir.filePath(u"server.log"_s));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool PostgresServer::run(const QString &program, const QStringList &arguments, QString *output,
                         bool asServerUser) {
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    // libpq and the server read these; the test's own environment must not steer them.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : env.keys())
        if (name.startsWith(u"PG"_s))
            env.remove(name);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir.path());
    if (asServerUser && m_asRoot)
        process.start(u"runuser"_s,
                      QStringList{u"-u"_s, u"postgres"_s, u"--"_s, program} + arguments);
    else
        process.start(program, arguments);
    if (!process.waitForFinished(60000)) {
        m_error = u"%1 did not finish: %2"_s.arg(program, process.errorString());
        process.kill();
        process.waitForFinished(5000);
        return false;
    }
    const QString text = QString::fromLocal8Bit(process.readAll());
    if (output)
        *output = text.trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = u"%1 failed (%2): %3"_s.arg(program).arg(process.exitCode()).arg(text);
        return false;
    }
    return true;
}

bool PostgresServer::makeCertificates() {
    const QString openssl = u"openssl"_s;
    const QString ca = caFile();
    const QString caKey = m_dir.filePath(u"ca.key"_s);
    const QString key = m_dir.filePath(u"server.key"_s);
    const QString request = m_dir.filePath(u"server.csr"_s);
    const QString cert = m_dir.filePath(u"server.crt"_s);
    const QString extensions = m_dir.filePath(u"server.ext"_s);
    QFile ext(extensions);
    if (!ext.open(QIODevice::WriteOnly)) {
        m_error = ext.errorString();
        return false;
    }
    ext.write("subjectAltName=IP:127.0.0.1,IP:127.0.0.2,DNS:localhost\n"
              "basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\n"
              "extendedKeyUsage=serverAuth\n");
    ext.close();
    return run(openssl,
               {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s,
                u"-subj"_s, u"/CN=Partnero test authority"_s, u"-keyout"_s, caKey, u"-out"_s, ca},
               nullptr, false) &&
           run(openssl,
               {u"req"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-subj"_s, u"/CN=127.0.0.1"_s,
                u"-keyout"_s, key, u"-out"_s, request},
               nullptr, false) &&
           run(openssl,
               {u"x509"_s, u"-req"_s, u"-in"_s, request, u"-CA"_s, ca, u"-CAkey"_s, caKey,
                u"-CAcreateserial"_s, u"-days"_s, u"2"_s, u"-extfile"_s, extensions, u"-out"_s,
                cert},
               nullptr, false);
}

bool PostgresServer::start(const Options &options) {
    m_options = options;
    m_binDir = findBinDir();
    if (m_binDir.isEmpty()) {
        m_error = u"PostgreSQL is not installed (packaging/install-deps.sh)"_s;
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = u"no temporary folder"_s;
        return false;
    }
    m_asRoot = ::geteuid() == 0;
    // initdb refuses root: the folder is handed to the server's own user.
    if (m_asRoot && !run(u"chown"_s, {u"postgres"_s, m_dir.path()}, nullptr, false))
        return false;
    m_port = freePort();

    QStringList initdb{u"-D"_s,
                       dataDir(),
                       u"-U"_s,
                       user(),
                       u"-E"_s,
                       u"UTF8"_s,
                       u"--locale=C.UTF-8"_s,
                       u"--auth-local=trust"_s};
    if (options.password.isEmpty()) {
        initdb << u"--auth-host=trust"_s;
    } else {
        const QString pwfile = m_dir.filePath(u"pwfile"_s);
        QFile file(pwfile);
        if (!file.open(QIODevice::WriteOnly)) {
            m_error = file.errorString();
            return false;
        }
        file.write(options.password.toUtf8() + '\n');
        file.close();
        if (m_asRoot)
            run(u"chown"_s, {u"postgres"_s, pwfile}, nullptr, false);
        initdb << u"--auth-host=scram-sha-256"_s << u"--pwfile"_s << pwfile;
    }
    if (!run(binary(u"initdb"_s), initdb))
        return false;
    QFile::remove(m_dir.filePath(u"pwfile"_s));

    QString config = u"listen_addresses = '127.0.0.1,127.0.0.2'\nport = %1\n"
                     "unix_socket_directories = '%2'\nfsync = off\n"
                     "max_connections = 100\n"_s.arg(m_port)
                         .arg(m_dir.path());
    if (options.tls) {
        if (!makeCertificates())
            return false;
        if (m_asRoot) {
            run(u"chown"_s,
                {u"postgres"_s, m_dir.filePath(u"server.key"_s), m_dir.filePath(u"server.crt"_s)},
                nullptr, false);
        }
        QFile::setPermissions(m_dir.filePath(u"server.key"_s),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        config += u"ssl = on\nssl_cert_file = '%1'\nssl_key_file = '%2'\n"_s.arg(
            m_dir.filePath(u"server.crt"_s), m_dir.filePath(u"server.key"_s));
    }
    QFile conf(dataDir() + u"/postgresql.auto.conf"_s);
    if (!conf.open(QIODevice::Append)) {
        m_error = conf.errorString();
        return false;
    }
    conf.write(config.toUtf8());
    conf.close();
    return restart();
}

bool PostgresServer::restart() {
    if (!run(binary(u"pg_ctl"_s), {u"-D"_s, dataDir(), u"-l"_s, m_dir.filePath(u"server.log"_s),
                                   u"-w"_s, u"-t"_s, u"60"_s, u"start"_s})) {
        m_error += u"\n"_s + log();
        return false;
    }
    m_running = true;
    return true;
}

bool PostgresServer::stop() {
    if (!m_running)
        return true;
    m_running = false;
    return run(binary(u"pg_ctl"_s),
               {u"-D"_s, dataDir(), u"-w"_s, u"-t"_s, u"60"_s, u"-m"_s, u"fast"_s, u"stop"_s});
}

PostgresTarget PostgresServer::target(const QString &database) const {
    PostgresTarget target;
    target.host = u"127.0.0.1"_s;
    target.port = m_port;
    target.database = database;
    target.user = user();
    return target;
}

bool PostgresServer::psql(const QString &sql, const QString &database, QString *output) {
    // Through the socket folder, where the superuser is trusted also when TCP asks a password.
    return run(u"/usr/bin/psql"_s,
               {u"-X"_s, u"-q"_s, u"-At"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-h"_s, m_dir.path(),
                u"-p"_s, QString::number(m_port), u"-U"_s, user(), u"-d"_s, database, u"-c"_s, sql},
               output, false);
}

bool PostgresServer::createDatabase(const QString &name) {
    return psql(u"CREATE DATABASE \"%1\" ENCODING 'UTF8'"_s.arg(name));
}

bool PostgresServer::pause() {
    if (!m_running || !m_paused.isEmpty())
        return false;
    // The postmaster's pid is the first line of postmaster.pid; its backends are the
    // processes whose parent it is.
    QFile pidFile(dataDir() + u"/postmaster.pid"_s);
    if (!pidFile.open(QIODevice::ReadOnly)) {
        m_error = pidFile.errorString();
        return false;
    }
    const qint64 postmaster = pidFile.readLine().trimmed().toLongLong();
    if (postmaster <= 0)
        return false;
    m_paused.append(postmaster);
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        if (!number)
            continue;
        QFile stat(u"/proc/%1/stat"_s.arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // "pid (name) state ppid ...": the name may hold spaces, so read after its ')'.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(1).toLongLong() == postmaster)
            m_paused.append(pid);
    }
    // The postmaster first, so that it starts no backend meanwhile.
    for (const qint64 pid : std::as_const(m_paused))
        ::kill(pid_t(pid), SIGSTOP);
    return true;
}

bool PostgresServer::resume() {
    for (const qint64 pid : std::as_const(m_paused))
        ::kill(pid_t(pid), SIGCONT);
    const bool wasPaused = !m_paused.isEmpty();
    m_paused.clear();
    return wasPaused;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/store/sqlstore.h"

#include "app/store/durablefile.h"
#include "app/store/postgrestarget.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QStringList>

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString SqliteDriver = u"QSQLITE"_s;
const QString PostgresDriver = u"QPSQL"_s;

QString nextConnectionName() {
    static QAtomicInteger<quint64> counter;
    return u"partnero-store-%1"_s.arg(counter.fetchAndAddRelaxed(1) + 1);
}

QString driverText(const QSqlError &error) {
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    while (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

} // namespace

SqlStore::SqlStore()
    : m_connectionName(nextConnectionName()) {
}

SqlStore::~SqlStore() {
    close();
}

bool SqlStore::openSqlite(const QString &filePath) {
    close();
    m_reason.clear();
    m_created = false;
    const bool inMemory = isMemoryLocation(filePath);
    m_location =
        inMemory ? filePath : QDir::toNativeSeparators(QFileInfo(filePath).absoluteFilePath());
    if (!QSqlDatabase::isDriverAvailable(SqliteDriver))
        return fail(tr("the SQLite driver of Qt (QSQLITE) is not installed"));
    if (!inMemory && !makeOwnerOnlyFile(filePath))
        return false;

    QSqlDatabase db = QSqlDatabase::addDatabase(SqliteDriver, m_connectionName);
    db.setDatabaseName(filePath);
    db.setConnectOptions(inMemory ? u"QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BusyTimeoutMs)
                                  : u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BusyTimeoutMs));
    if (!db.open())
        return fail(tr("opening it"), db.lastError());
    // Per connection, so they are set on every open. synchronous=FULL: a commit is on the disk
    // when it returns, also in WAL mode (NORMAL could lose the last commits on a power cut).
    return exec(u"PRAGMA foreign_keys = ON"_s, tr("turning on foreign keys")) &&
           exec(u"PRAGMA synchronous = FULL"_s, tr("turning on synchronous writes")) &&
           exec(u"PRAGMA busy_timeout = %1"_s.arg(BusyTimeoutMs), tr("setting the busy timeout"));
}

bool SqlStore::openPostgres(const PostgresTarget &target, const QString &password,
                            int connectTimeoutSeconds) {
    close();
    m_reason.clear();
    m_created = false;
    m_location = target.displayName();
    if (!QSqlDatabase::isDriverAvailable(PostgresDriver))
        return fail(tr("the PostgreSQL driver of Qt (QPSQL, package libqt6sql6-psql) is not "
                       "installed"));
    if (const QString problem = target.problem(); !problem.isEmpty())
        return fail(problem);
    QSqlDatabase db = QSqlDatabase::addDatabase(PostgresDriver, m_connectionName);
    db.setHostName(target.host);
    db.setPort(target.port);
    db.setDatabaseName(target.database);
    db.setUserName(target.user);
    db.setPassword(password);
    db.setConnectOptions(target.connectOptions(connectTimeoutSeconds));
    if (!db.open())
        return fail(tr("connecting to it"), db.lastError());
    // Times are written as text in UTC by timeText(); the session's zone only matters for
    // now(), which is kept in UTC too so that both databases compare alike.
    return exec(u"SET TIME ZONE 'UTC'"_s, tr("setting the time zone"));
}

bool SqlStore::makeOwnerOnlyFile(const QString &filePath) {
    const QFileInfo info(filePath);
    if (info.exists())
        return true;
    // Every folder made here is for the owner only; existing ones are left as they are.
    QStringList missing;
    for (QFileInfo folder(info.absolutePath()); !folder.exists() && !folder.isRoot();
         folder = QFileInfo(folder.absolutePath()))
        missing.prepend(folder.absoluteFilePath());
    for (const QString &path : std::as_const(missing)) {
        if (!QDir().mkdir(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                    QFileDevice::ExeOwner) &&
            !QFileInfo(path).isDir()) {
            return fail(tr("could not create the folder %1").arg(QDir::toNativeSeparators(path)));
        }
    }
    // An empty file is a valid new SQLite database; made here so that it is never readable by
    // others, not even for a moment. SQLite gives its -wal and -shm files the same mode.
    const QByteArray native = QFile::encodeName(filePath);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EEXIST)
            return true;
        return fail(tr("could not create the file: %1").arg(qt_error_string(errno)));
    }
    ::close(fd);
    DurableFile::syncFolder(info.absolutePath());
    m_created = true;
    return true;
}

void SqlStore::close() {
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool SqlStore::isOpen() const {
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

bool SqlStore::isSqlite() const {
    return QSqlDatabase::contains(m_connectionName) && database().driverName() == SqliteDriver;
}

bool SqlStore::isPostgres() const {
    return QSqlDatabase::contains(m_connectionName) && database().driverName() == PostgresDriver;
}

bool SqlStore::useWriteAheadLog() {
    if (!isSqlite())
        return true;
    QSqlQuery q = query();
    if (!q.exec(u"PRAGMA journal_mode = WAL"_s))
        return fail(tr("turning on write-ahead logging"), q.lastError());
    // SQLite answers with the mode in effect; a file system without shared memory keeps the
    // old one, which is still safe with synchronous=FULL, only slower.
    return true;
}

bool SqlStore::isMemoryLocation(const QString &location) {
    if (!location.startsWith(u"file:"_s))
        return false;
    const QString options = location.section(u'?', 1);
    return options.split(u'&').contains(u"mode=memory"_s) ||
           options.split(u'&').contains(u"vfs=memdb"_s);
}

bool SqlStore::useCacheDurability(int cacheKiB) {
    if (!isSqlite())
        return true;
    QSqlQuery q = query();
    if (!q.exec(u"PRAGMA synchronous = NORMAL"_s) ||
        !q.exec(u"PRAGMA cache_size = -%1"_s.arg(std::max(1, cacheKiB))))
        return fail(tr("setting up the cache"), q.lastError());
    return true;
}

QSqlDatabase SqlStore::database() const {
    return QSqlDatabase::database(m_connectionName, false);
}

QStringList SqlStore::tables() const {
    return database().tables(QSql::Tables);
}

QSqlQuery SqlStore::query() const {
    QSqlQuery q(database());
    q.setForwardOnly(true);
    return q;
}

bool SqlStore::exec(const QString &sql, const QString &what) {
    QSqlQuery q = query();
    if (!q.exec(sql))
        return fail(what, q.lastError());
    return true;
}

bool SqlStore::exec(QSqlQuery &query, const QString &what) {
    if (!query.exec())
        return fail(what, query.lastError());
    return true;
}

bool SqlStore::prepare(QSqlQuery &query, const QString &sql, const QString &what) {
    if (!query.prepare(sql))
        return fail(what, query.lastError());
    return true;
}

bool SqlStore::beginWrite() {
    if (!isOpen())
        return fail(tr("it is not open"));
    if (isSqlite())
        return exec(u"BEGIN IMMEDIATE"_s, tr("starting a transaction"));
    QSqlDatabase db = database();
    if (!db.transaction())
        return fail(tr("starting a transaction"), db.lastError());
    return true;
}

bool SqlStore::lockForTransaction(qint64 key) {
    if (!isPostgres())
        return true;
    QSqlQuery q = query();
    if (!prepare(q, u"SELECT pg_advisory_xact_lock(?)"_s, tr("waiting for another console")))
        return false;
    q.addBindValue(key);
    return exec(q, tr("waiting for another console"));
}

bool SqlStore::commit() {
    if (isSqlite()) {
        if (exec(u"COMMIT"_s, tr("saving the transaction")))
            return true;
        rollback();
        return false;
    }
    QSqlDatabase db = database();
    if (!db.commit()) {
        fail(tr("saving the transaction"), db.lastError());
        db.rollback();
        return false;
    }
    return true;
}

void SqlStore::rollback() {
    if (isSqlite()) {
        QSqlQuery q = query();
        q.exec(u"ROLLBACK"_s); // fails harmlessly when SQLite already rolled back
        return;
    }
    database().rollback();
}

QString SqlStore::errorString() const {
    if (m_reason.isEmpty())
        return {};
    return tr("The database %1 could not be used: %2.").arg(m_location, m_reason);
}

bool SqlStore::fail(const QString &reason) {
    m_reason = reason;
    return false;
}

bool SqlStore::fail(const QString &what, const QSqlError &error) {
    const QString text = driverText(error);
    return fail(text.isEmpty()
                    ? tr("%1 failed").arg(what)
                    : tr("%1 failed: %2", "what failed: the database's words").arg(what, text));
}

QString SqlStore::pragma(const QString &name) {
    QSqlQuery q = query();
    if (!q.exec(u"PRAGMA "_s + name) || !q.next())
        return {};
    return q.value(0).toString();
}

QString SqlStore::timeText(const QDateTime &time) {
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

namespace {

// "2024-03-01T12:30:05.000Z", the form timeText() writes, read without QDateTime's general
// parser: reading a large journal spends most of its time here otherwise.
QDateTime parseOwnForm(const QString &text) {
    if (text.size() != 24 || text.at(4) != u'-' || text.at(7) != u'-' || text.at(10) != u'T' ||
        text.at(13) != u':' || text.at(16) != u':' || text.at(19) != u'.' || text.at(23) != u'Z')
        return {};
    const auto number = [&text](int from, int length, bool *ok) {
        int value = 0;
        for (int i = from; i < from + length; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                *ok = false;
            value = value * 10 + int(c - u'0');
        }
        return value;
    };
    bool ok = true;
    const QDate date(number(0, 4, &ok), number(5, 2, &ok), number(8, 2, &ok));
    const QTime time(number(11, 2, &ok), number(14, 2, &ok), number(17, 2, &ok),
                     number(20, 3, &ok));
    if (!ok || !date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

QDateTime SqlStore::timeFromText(const QString &text) {
    if (text.isEmpty())
        return {};
    if (const QDateTime own = parseOwnForm(text); own.isValid())
        return own;
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.toUTC();
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/store/migrations.h"

#include "app/store/sqlstore.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {

// The advisory lock two consoles take to migrate one part of a PostgreSQL database in turn:
// "Prtn" and a stable hash of the version table's name (FNV-1a; qHash is seeded per process).
qint64 schemaLockKey(const QString &versionTable) {
    quint32 hash = 2166136261u;
    for (const char c : versionTable.toUtf8()) {
        hash ^= quint8(c);
        hash *= 16777619u;
    }
    return (qint64(0x5072746e) << 32) | hash;
}

} // namespace

QString Migrations::defaultVersionTable() {
    return u"schema_migrations"_s;
}

Migrations::Migrations(QList<Migration> steps, QString versionTable)
    : m_steps(std::move(steps))
    , m_versionTable(std::move(versionTable)) {
}

QString Migrations::newerStoreSentence(const QString &location) {
    return tr("The team's shared store %1 was set up by a newer Partnero Console. Update this "
              "console to use it.")
        .arg(location);
}

int Migrations::latestVersion() const {
    return m_steps.isEmpty() ? 0 : m_steps.last().version;
}

int Migrations::versionOf(SqlStore &store, const QString &versionTable) {
    if (!store.tables().contains(versionTable))
        return 0;
    QSqlQuery q = store.query();
    if (!q.exec(u"SELECT MAX(version) FROM %1"_s.arg(versionTable))) {
        store.fail(tr("reading the schema version"), q.lastError());
        return -1;
    }
    return q.next() ? q.value(0).toInt() : 0;
}

Migrations::Result Migrations::apply(SqlStore &store) {
    m_appliedSteps = 0;
    m_foundVersion = versionOf(store, m_versionTable);
    if (m_foundVersion < 0)
        return Result::Failed;
    // Checked before anything is written: even switching the journal mode changes the file.
    if (m_foundVersion > latestVersion())
        return Result::NewerSchema;
    if (m_foundVersion == latestVersion() && m_foundVersion > 0)
        return Result::Ready;
    if (!store.useWriteAheadLog())
        return Result::Failed;
    // In a transaction under the schema lock: on PostgreSQL two CREATE TABLE IF NOT EXISTS at
    // the same moment can otherwise both try to create it, and one fails.
    if (!store.beginWrite())
        return Result::Failed;
    const qint64 lockKey = schemaLockKey(m_versionTable);
    if (!store.lockForTransaction(lockKey) ||
        !store.exec(u"CREATE TABLE IF NOT EXISTS %1 ("
                    "version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"_s.arg(m_versionTable),
                    tr("creating the table of schema versions"))) {
        const QString reason = store.errorReason();
        store.rollback();
        store.fail(reason);
        return Result::Failed;
    }
    if (!store.commit())
        return Result::Failed;

    for (const Migration &step : std::as_const(m_steps)) {
        if (!store.beginWrite())
            return Result::Failed;
        if (!store.lockForTransaction(lockKey)) {
            const QString reason = store.errorReason();
            store.rollback();
            store.fail(reason);
            return Result::Failed;
        }
        // Read again inside the transaction: another program may have migrated meanwhile.
        const int current = versionOf(store, m_versionTable);
        if (current < 0) {
            store.rollback();
            return Result::Failed;
        }
        if (current > latestVersion()) {
            store.rollback();
            return Result::NewerSchema;
        }
        if (current >= step.version) {
            store.rollback();
            continue;
        }
        const QString what = tr("updating the schema to version %1").arg(step.version);
        for (const QString &statement : step.statements) {
            if (!store.exec(statement, what)) {
                const QString reason = store.errorReason();
                store.rollback();
                store.fail(reason);
                return Result::Failed;
            }
        }
        QSqlQuery record = store.query();
        if (!store.prepare(
                record, u"INSERT INTO %1 (version, applied_at) VALUES (?, ?)"_s.arg(m_versionTable),
                what)) {
            store.rollback();
            return Result::Failed;
        }
        record.addBindValue(step.version);
        record.addBindValue(SqlStore::timeText(QDateTime::currentDateTimeUtc()));
        if (!store.exec(record, what)) {
            const QString reason = store.errorReason();
            store.rollback();
            store.fail(reason);
            return Result::Failed;
        }
        if (!store.commit())
            return Result::Failed;
        ++m_appliedSteps;
    }
    return Result::Ready;
}

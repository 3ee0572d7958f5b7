// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/store/migrations.h"

#include "app/store/sqlstore.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString VersionTable = u"schema_migrations"_s;

} // namespace

Migrations::Migrations(QList<Migration> steps)
    : m_steps(std::move(steps)) {
}

int Migrations::latestVersion() const {
    return m_steps.isEmpty() ? 0 : m_steps.last().version;
}

int Migrations::versionOf(SqlStore &store) {
    if (!store.tables().contains(VersionTable))
        return 0;
    QSqlQuery q = store.query();
    if (!q.exec(u"SELECT MAX(version) FROM schema_migrations"_s)) {
        store.fail(tr("reading the schema version"), q.lastError());
        return -1;
    }
    return q.next() ? q.value(0).toInt() : 0;
}

Migrations::Result Migrations::apply(SqlStore &store) {
    m_appliedSteps = 0;
    m_foundVersion = versionOf(store);
    if (m_foundVersion < 0)
        return Result::Failed;
    // Checked before anything is written: even switching the journal mode changes the file.
    if (m_foundVersion > latestVersion())
        return Result::NewerSchema;
    if (m_foundVersion == latestVersion() && m_foundVersion > 0)
        return Result::Ready;
    if (!store.useWriteAheadLog())
        return Result::Failed;
    if (!store.exec(u"CREATE TABLE IF NOT EXISTS schema_migrations ("
                    "version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"_s,
                    tr("creating the table of schema versions")))
        return Result::Failed;

    for (const Migration &step : std::as_const(m_steps)) {
        if (!store.beginWrite())
            return Result::Failed;
        // Read again inside the transaction: another program may have migrated meanwhile.
        const int current = versionOf(store);
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
        if (!store.prepare(record,
                           u"INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"_s,
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

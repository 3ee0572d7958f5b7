// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/team/creditlease.h"

#include "app/store/migrations.h"
#include "app/store/sqlstore.h"

#include <QSqlQuery>
#include <QVariant>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {

QList<Migration> schema() {
    return {
        {1,
         {u"CREATE TABLE team_credit_leases ("
          "program_id TEXT NOT NULL, "
          "customer TEXT NOT NULL, "
          "holder_user TEXT NOT NULL, "
          "holder_name TEXT NOT NULL, "
          "holder_console TEXT NOT NULL, "
          "operation_id TEXT NOT NULL, "
          "taken_at TIMESTAMPTZ NOT NULL, "
          "expires_at TIMESTAMPTZ NOT NULL, "
          "PRIMARY KEY (program_id, customer))"_s}},
    };
}

// Wins only where the row is new or its lease has run out; RETURNING says which. The clock is
// the database's, so consoles with wrong clocks still agree on expiry.
const QString TakeSql =
    u"INSERT INTO team_credit_leases (program_id, customer, holder_user, holder_name, "
    "holder_console, operation_id, taken_at, expires_at) "
    "VALUES (?, ?, ?, ?, ?, ?, now(), now() + make_interval(secs => ?)) "
    "ON CONFLICT (program_id, customer) DO UPDATE SET "
    "holder_user = EXCLUDED.holder_user, holder_name = EXCLUDED.holder_name, "
    "holder_console = EXCLUDED.holder_console, operation_id = EXCLUDED.operation_id, "
    "taken_at = EXCLUDED.taken_at, expires_at = EXCLUDED.expires_at "
    "WHERE team_credit_leases.expires_at <= now() "
    "RETURNING operation_id"_s;

QDateTime epochTime(const QVariant &seconds) {
    return QDateTime::fromMSecsSinceEpoch(qint64(seconds.toDouble() * 1000), Qt::UTC);
}

} // namespace

CreditLease::CreditLease(SqlStore *store, QString programId)
    : m_store(store)
    , m_programId(std::move(programId)) {
}

QString CreditLease::versionTable() {
    return u"team_lease_versions"_s;
}

bool CreditLease::fail(const QString &sentence) {
    m_error = sentence;
    return false;
}

bool CreditLease::prepare() {
    m_error.clear();
    if (!m_store || !m_store->isPostgres())
        return fail(tr("Credit leases need a team's shared store (PostgreSQL)."));
    Migrations migrations(schema(), versionTable());
    switch (migrations.apply(*m_store)) {
    case Migrations::Result::Ready:
        return true;
    case Migrations::Result::NewerSchema:
        return fail(Migrations::newerStoreSentence(m_store->location()));
    case Migrations::Result::Failed:
        break;
    }
    return fail(m_store->errorString());
}

bool CreditLease::take(const QStringList &customers, const CreditLeaseHolder &holder,
                       int ttlSeconds, std::optional<CreditLeaseHolder> *current) {
    m_error.clear();
    if (current)
        current->reset();
    QStringList ids;
    for (const QString &id : customers) {
        if (!id.isEmpty() && !ids.contains(id))
            ids << id;
    }
    if (ids.isEmpty())
        return true;
    const QString what = tr("taking the credit lease");
    if (!m_store->beginWrite())
        return fail(m_store->errorString());
    for (const QString &id : std::as_const(ids)) {
        QSqlQuery q = m_store->query();
        if (!m_store->prepare(q, TakeSql, what)) {
            m_store->rollback();
            return fail(m_store->errorString());
        }
        q.addBindValue(m_programId);
        q.addBindValue(id);
        q.addBindValue(SqlStore::text(holder.user));
        q.addBindValue(SqlStore::text(holder.name));
        q.addBindValue(SqlStore::text(holder.console));
        q.addBindValue(SqlStore::text(holder.operationId));
        q.addBindValue(double(qMax(1, ttlSeconds)));
        if (!m_store->exec(q, what)) {
            m_store->rollback();
            return fail(m_store->errorString());
        }
        if (!q.next()) {
            q.finish();
            m_store->rollback();
            // Read after the rollback, so that a lease that was released meanwhile reads as
            // nobody's; the caller then simply tries again.
            const std::optional<CreditLeaseHolder> other = holderOf(id);
            if (current)
                *current = other.value_or(CreditLeaseHolder{});
            return false;
        }
    }
    if (!m_store->commit())
        return fail(m_store->errorString());
    return true;
}

bool CreditLease::release(const QStringList &customers, const QString &operationId) {
    m_error.clear();
    for (const QString &id : customers) {
        if (id.isEmpty())
            continue;
        QSqlQuery q = m_store->query();
        const QString what = tr("releasing the credit lease");
        if (!m_store->prepare(q,
                              u"DELETE FROM team_credit_leases WHERE program_id = ? AND "
                              "customer = ? AND operation_id = ?"_s,
                              what))
            return fail(m_store->errorString());
        q.addBindValue(m_programId);
        q.addBindValue(id);
        q.addBindValue(operationId);
        if (!m_store->exec(q, what))
            return fail(m_store->errorString());
    }
    return true;
}

std::optional<CreditLeaseHolder> CreditLease::holderOf(const QString &customer) {
    QSqlQuery q = m_store->query();
    const QString what = tr("reading the credit lease");
    if (!m_store->prepare(q,
                          u"SELECT holder_user, holder_name, holder_console, operation_id, "
                          "EXTRACT(EPOCH FROM taken_at), EXTRACT(EPOCH FROM expires_at) "
                          "FROM team_credit_leases WHERE program_id = ? AND customer = ? "
                          "AND expires_at > now()"_s,
                          what)) {
        fail(m_store->errorString());
        return std::nullopt;
    }
    q.addBindValue(m_programId);
    q.addBindValue(customer);
    if (!m_store->exec(q, what)) {
        fail(m_store->errorString());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    CreditLeaseHolder holder;
    holder.user = q.value(0).toString();
    holder.name = q.value(1).toString();
    holder.console = q.value(2).toString();
    holder.operationId = q.value(3).toString();
    holder.takenAt = epochTime(q.value(4));
    holder.expiresAt = epochTime(q.value(5));
    return holder;
}

QString CreditLease::busySentence(const CreditLeaseHolder &holder) {
    QString who;
    if (!holder.name.isEmpty() && !holder.user.isEmpty() && holder.name != holder.user)
        who = tr("%1 (%2)", "display name (operating-system user)").arg(holder.name, holder.user);
    else if (!holder.name.isEmpty())
        who = holder.name;
    else if (!holder.user.isEmpty())
        who = holder.user;
    if (who.isEmpty())
        return tr("Someone else on the team is crediting this customer right now; wait for the "
                  "outcome.");
    return tr("%1 is crediting this customer right now; wait for the outcome.").arg(who);
}

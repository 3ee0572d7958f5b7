// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/team/creditapprovals.h"

#include "app/store/migrations.h"
#include "app/store/sqlstore.h"
#include "app/team/teamstore.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {

QList<Migration> schema() {
    return {
        {1,
         {u"CREATE TABLE team_credit_thresholds ("
          "program_id TEXT NOT NULL, "
          "units TEXT NOT NULL, "
          "amount NUMERIC NOT NULL, "
          "set_at TIMESTAMPTZ NOT NULL DEFAULT now(), "
          "PRIMARY KEY (program_id, units))"_s,
          u"CREATE TABLE team_credit_requests ("
          "id TEXT PRIMARY KEY, "
          "program_id TEXT NOT NULL, "
          "customer TEXT NOT NULL, "
          "customer_label TEXT NOT NULL, "
          "amount NUMERIC NOT NULL, "
          "units TEXT NOT NULL, "
          "is_currency BOOLEAN NOT NULL, "
          "reason TEXT NOT NULL, "
          "asked_by_user TEXT NOT NULL, "
          "asked_by_name TEXT NOT NULL, "
          "asked_at TIMESTAMPTZ NOT NULL DEFAULT now(), "
          "expires_at TIMESTAMPTZ NOT NULL, "
          "state TEXT NOT NULL, "
          "decided_by_user TEXT, "
          "decided_by_name TEXT, "
          "decided_at TIMESTAMPTZ, "
          "operation_id TEXT)"_s,
          u"CREATE INDEX team_credit_requests_by_program "
          "ON team_credit_requests (program_id, state, asked_at)"_s}},
    };
}

// A waiting request past its time reads as expired, whatever its row says: nobody has to
// sweep the table for the rule to hold.
const QString Columns =
    u"id, customer, customer_label, amount, units, reason, asked_by_user, asked_by_name, "
    "asked_at, expires_at, "
    "CASE WHEN state = 'waiting' AND expires_at <= now() THEN 'expired' ELSE state END, "
    "decided_by_user, decided_by_name, decided_at, operation_id, is_currency"_s;

struct StateName {
    ApprovalRequest::State state;
    const char16_t *id;
};

constexpr StateName StateNames[] = {
    {ApprovalRequest::State::Waiting, u"waiting"}, {ApprovalRequest::State::Approved, u"approved"},
    {ApprovalRequest::State::Sent, u"sent"},       {ApprovalRequest::State::Rejected, u"rejected"},
    {ApprovalRequest::State::Expired, u"expired"},
};

ApprovalRequest::State stateFromId(const QString &id) {
    for (const StateName &name : StateNames)
        if (id == QString::fromUtf16(name.id))
            return name.state;
    return ApprovalRequest::State::Expired; // unknown: never sendable
}

QDateTime utc(const QVariant &value) {
    return value.isNull() ? QDateTime() : value.toDateTime().toUTC();
}

ApprovalRequest readRow(const QSqlQuery &q) {
    ApprovalRequest request;
    request.id = q.value(0).toString();
    request.customer = q.value(1).toString();
    request.customerLabel = q.value(2).toString();
    request.amount = q.value(3).toDouble();
    request.units = q.value(4).toString();
    request.reason = q.value(5).toString();
    request.askedByUser = q.value(6).toString();
    request.askedByName = q.value(7).toString();
    request.askedAt = utc(q.value(8));
    request.expiresAt = utc(q.value(9));
    request.state = stateFromId(q.value(10).toString());
    request.decidedByUser = q.value(11).toString();
    request.decidedByName = q.value(12).toString();
    request.decidedAt = utc(q.value(13));
    request.operationId = q.value(14).toString();
    request.isCurrency = q.value(15).toBool();
    return request;
}

QString normalizedUnits(const QString &units) {
    return units.trimmed().toUpper();
}

} // namespace

CreditApprovals::CreditApprovals(SqlStore *store, QString programId)
    : m_store(store)
    , m_programId(std::move(programId)) {
}

QString CreditApprovals::versionTable() {
    return u"team_approval_versions"_s;
}

bool CreditApprovals::fail(const QString &sentence) {
    m_error = sentence;
    return false;
}

bool CreditApprovals::failStore() {
    return fail(m_store->errorString());
}

bool CreditApprovals::run(QSqlQuery &q, const QString &sql, const QVariantList &values,
                          const QString &what, Again again) {
    for (int attempt = 0;; ++attempt) {
        q = m_store->query();
        // Qt's PostgreSQL driver prepares on the server: a PREPARE that fails is a round trip
        // on which the statement itself never left.
        const bool prepared = m_store->prepare(q, sql, what);
        if (prepared) {
            for (const QVariant &value : values)
                q.addBindValue(value);
            if (m_store->exec(q, what))
                return true;
        }
        const QSqlError error = q.lastError();
        if (attempt > 0 || !m_reconnect || !TeamStore::connectionLost(error))
            return failStore();
        // Sent and then lost: it may have run, and a change is never sent twice.
        if (again == Again::IfItNeverRan && prepared && !TeamStore::sessionEndedFirst(error))
            return failStore();
        const QString reason = m_store->errorString();
        // The old connection goes now: no statement may hold on to it.
        q = QSqlQuery();
        if (!m_reconnect())
            return fail(reason);
    }
}

bool CreditApprovals::prepare() {
    m_error.clear();
    switch (Migrations(schema(), versionTable()).apply(*m_store)) {
    case Migrations::Result::Ready:
        return true;
    case Migrations::Result::NewerSchema:
        return fail(Migrations::newerStoreSentence(m_store->location()));
    case Migrations::Result::Failed:
        break;
    }
    return failStore();
}

QMap<QString, double> CreditApprovals::thresholds() {
    m_error.clear();
    QMap<QString, double> result;
    QSqlQuery q;
    if (!run(q, u"SELECT units, amount FROM team_credit_thresholds WHERE program_id = ?"_s,
             {m_programId}, tr("reading the approval thresholds"), Again::Always))
        return result;
    while (q.next())
        result.insert(q.value(0).toString(), q.value(1).toDouble());
    return result;
}

bool CreditApprovals::setThreshold(const QString &units, double amount) {
    m_error.clear();
    const QString unit = normalizedUnits(units);
    if (unit.isEmpty())
        return fail(tr("Say which unit the threshold is for (EUR, USD, points…)."));
    QSqlQuery q;
    const QString what = tr("saving the approval threshold");
    // Either statement run twice leaves the same threshold.
    if (amount <= 0) {
        return run(q, u"DELETE FROM team_credit_thresholds WHERE program_id = ? AND units = ?"_s,
                   {m_programId, unit}, what, Again::Always);
    }
    return run(q,
               u"INSERT INTO team_credit_thresholds (program_id, units, amount) "
               "VALUES (?, ?, ?) ON CONFLICT (program_id, units) "
               "DO UPDATE SET amount = EXCLUDED.amount, set_at = now()"_s,
               {m_programId, unit, amount}, what, Again::Always);
}

bool CreditApprovals::needsApproval(double amount, const QString &units, double *threshold) {
    const QMap<QString, double> limits = thresholds();
    if (!m_error.isEmpty())
        return true;
    const auto it = limits.constFind(normalizedUnits(units));
    if (it == limits.constEnd())
        return false;
    if (threshold)
        *threshold = it.value();
    return amount > it.value();
}

std::optional<ApprovalRequest> CreditApprovals::ask(const ApprovalRequest &wanted,
                                                    int lifetimeMinutes) {
    m_error.clear();
    if (wanted.customer.isEmpty() || wanted.amount <= 0 || wanted.askedByUser.isEmpty()) {
        fail(tr("A request for approval needs a customer, an amount and who asks."));
        return std::nullopt;
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery q;
    if (!run(q,
             u"INSERT INTO team_credit_requests (id, program_id, customer, "
             "customer_label, amount, units, is_currency, reason, asked_by_user, "
             "asked_by_name, expires_at, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
             "now() + make_interval(mins => ?), 'waiting')"_s,
             {id, m_programId, wanted.customer, SqlStore::text(wanted.customerLabel), wanted.amount,
              normalizedUnits(wanted.units), wanted.isCurrency, SqlStore::text(wanted.reason),
              wanted.askedByUser, SqlStore::text(wanted.askedByName), qMax(1, lifetimeMinutes)},
             tr("asking for approval"), Again::IfItNeverRan))
        return std::nullopt;
    return request(id);
}

QList<ApprovalRequest> CreditApprovals::requests(int decided) {
    m_error.clear();
    QList<ApprovalRequest> result;
    QSqlQuery q;
    if (!run(q,
             u"(SELECT %1, 0 AS grp FROM team_credit_requests WHERE program_id = ? AND "
             "state = 'waiting' AND expires_at > now()) "
             "UNION ALL (SELECT %1, 1 AS grp FROM team_credit_requests WHERE program_id = ? AND "
             "NOT (state = 'waiting' AND expires_at > now()) "
             "ORDER BY COALESCE(decided_at, expires_at) DESC LIMIT ?) "
             "ORDER BY grp, asked_at DESC"_s.arg(Columns),
             {m_programId, m_programId, qMax(0, decided)}, tr("reading the requests for approval"),
             Again::Always))
        return result;
    while (q.next())
        result.append(readRow(q));
    return result;
}

std::optional<ApprovalRequest> CreditApprovals::request(const QString &id) {
    QSqlQuery q;
    if (!run(q,
             u"SELECT %1 FROM team_credit_requests WHERE id = ? AND program_id = ?"_s.arg(Columns),
             {id, m_programId}, tr("reading the request for approval"), Again::Always))
        return std::nullopt;
    if (!q.next()) {
        fail(tr("The request for approval is not in the shared store any more."));
        return std::nullopt;
    }
    return readRow(q);
}

std::optional<ApprovalRequest> CreditApprovals::approve(const QString &id, const QString &user,
                                                        const QString &name) {
    return decide(id, user, name, ApprovalRequest::State::Approved);
}

std::optional<ApprovalRequest> CreditApprovals::reject(const QString &id, const QString &user,
                                                       const QString &name) {
    return decide(id, user, name, ApprovalRequest::State::Rejected);
}

std::optional<ApprovalRequest> CreditApprovals::decide(const QString &id, const QString &user,
                                                       const QString &name,
                                                       ApprovalRequest::State to) {
    m_error.clear();
    QSqlQuery q;
    const QString what = to == ApprovalRequest::State::Approved ? tr("approving the credit")
                                                                : tr("rejecting the credit");
    // One statement decides: of two consoles deciding at once, the second finds nothing
    // waiting.
    if (!run(q,
             u"UPDATE team_credit_requests SET state = ?, decided_by_user = ?, "
             "decided_by_name = ?, decided_at = now() "
             "WHERE id = ? AND program_id = ? AND state = 'waiting' "
             "AND expires_at > now() AND asked_by_user <> ? RETURNING id"_s,
             {stateId(to), user, SqlStore::text(name), id, m_programId, user}, what,
             Again::IfItNeverRan))
        return std::nullopt;
    const bool decided = q.next();
    const std::optional<ApprovalRequest> now = request(id);
    if (!now)
        return std::nullopt;
    if (decided)
        return now;
    // Say why nothing was decided.
    const QLocale locale;
    switch (now->state) {
    case ApprovalRequest::State::Waiting:
        fail(tr("You asked for this credit yourself: another person must approve or reject "
                "it."));
        break;
    case ApprovalRequest::State::Expired:
        fail(tr("This request expired at %1 without a decision; it will never be sent. Ask "
                "again if the credit is still wanted.")
                 .arg(locale.toString(now->expiresAt.toLocalTime(), QLocale::ShortFormat)));
        break;
    case ApprovalRequest::State::Approved:
    case ApprovalRequest::State::Sent:
        fail(tr("%1 approved this credit at %2 already.")
                 .arg(now->decidedBy(),
                      locale.toString(now->decidedAt.toLocalTime(), QLocale::ShortFormat)));
        break;
    case ApprovalRequest::State::Rejected:
        fail(tr("%1 rejected this credit at %2 already.")
                 .arg(now->decidedBy(),
                      locale.toString(now->decidedAt.toLocalTime(), QLocale::ShortFormat)));
        break;
    }
    return std::nullopt;
}

bool CreditApprovals::markSent(const QString &id, const QString &operationId) {
    m_error.clear();
    QSqlQuery q;
    // Marking it again as sent by the same operation changes nothing: a console that replays
    // it (Journal's outbox) or runs it again on a new connection gets the same answer.
    if (!run(q,
             u"UPDATE team_credit_requests SET state = 'sent', operation_id = ? "
             "WHERE id = ? AND program_id = ? AND (state = 'approved' OR "
             "(state = 'sent' AND operation_id = ?)) RETURNING id"_s,
             {operationId, id, m_programId, operationId}, tr("recording that the credit was sent"),
             Again::Always))
        return false;
    if (!q.next())
        return fail(tr("Only an approved credit can be sent, once."));
    return true;
}

QString CreditApprovals::stateId(ApprovalRequest::State state) {
    for (const StateName &name : StateNames)
        if (name.state == state)
            return QString::fromUtf16(name.id);
    return {};
}

QString CreditApprovals::stateText(ApprovalRequest::State state) {
    switch (state) {
    case ApprovalRequest::State::Waiting:
        return tr("Waiting for approval");
    case ApprovalRequest::State::Approved:
        return tr("Approved");
    case ApprovalRequest::State::Sent:
        return tr("Sent");
    case ApprovalRequest::State::Rejected:
        return tr("Rejected");
    case ApprovalRequest::State::Expired:
        return tr("Expired");
    }
    return {};
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/journal/teamoutbox.h"

#include "app/journal/journal.h"
#include "app/store/migrations.h"
#include "app/store/sqlstore.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUuid>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {

QList<Migration> schema() {
    return {
        {1,
         {
             u"CREATE TABLE waiting ("
             "seq INTEGER PRIMARY KEY, "
             "item_key TEXT NOT NULL UNIQUE, "
             "op_id TEXT NOT NULL, "
             "kind TEXT NOT NULL, "
             "time TEXT NOT NULL, "
             "outcome TEXT, "
             "http_status INTEGER, "
             "detail TEXT, "
             "decision TEXT, "
             "decided_by TEXT, "
             "sent_again_as TEXT, "
             "request_id TEXT, "
             "operation TEXT)"_s,
         }},
    };
}

QString kindId(TeamOutboxItem::Kind kind) {
    switch (kind) {
    case TeamOutboxItem::Kind::Outcome:
        return u"outcome"_s;
    case TeamOutboxItem::Kind::Decision:
        return u"decision"_s;
    case TeamOutboxItem::Kind::ApprovalSent:
        return u"approval_sent"_s;
    }
    return {};
}

TeamOutboxItem::Kind kindFromId(const QString &id) {
    if (id == kindId(TeamOutboxItem::Kind::ApprovalSent))
        return TeamOutboxItem::Kind::ApprovalSent;
    return id == kindId(TeamOutboxItem::Kind::Outcome) ? TeamOutboxItem::Kind::Outcome
                                                       : TeamOutboxItem::Kind::Decision;
}

QString operationText(const std::optional<JournalEntry> &entry) {
    if (!entry)
        return {};
    const JournalOperation &op = entry->operation;
    const QJsonObject object{
        {u"time"_s, SqlStore::timeText(entry->time)},
        {u"profile_id"_s, op.profileId},
        {u"profile_name"_s, op.profileName},
        {u"action"_s, op.action},
        {u"customer"_s, op.customer},
        {u"method"_s, op.method},
        {u"path"_s, op.path},
        {u"payload"_s, op.payload},
        {u"reason"_s, op.reason},
        {u"made_by_user"_s, entry->madeByUser},
        {u"made_by_name"_s, entry->madeByName},
    };
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<JournalEntry> operationFromText(const QString &opId, const QString &text) {
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    if (object.isEmpty())
        return std::nullopt;
    JournalEntry entry;
    entry.opId = opId;
    entry.time = SqlStore::timeFromText(object.value(u"time"_s).toString());
    entry.operation.opId = opId;
    entry.operation.profileId = object.value(u"profile_id"_s).toString();
    entry.operation.profileName = object.value(u"profile_name"_s).toString();
    entry.operation.action = object.value(u"action"_s).toString();
    entry.operation.customer = object.value(u"customer"_s).toString();
    entry.operation.method = object.value(u"method"_s).toString();
    entry.operation.path = object.value(u"path"_s).toString();
    entry.operation.payload = object.value(u"payload"_s).toObject();
    entry.operation.reason = object.value(u"reason"_s).toString();
    entry.madeByUser = object.value(u"made_by_user"_s).toString();
    entry.madeByName = object.value(u"made_by_name"_s).toString();
    return entry;
}

} // namespace

TeamOutboxItem TeamOutboxItem::recordedNow(Kind kind, const QString &opId) {
    TeamOutboxItem item;
    // The key that makes an item replayed twice (a crash between the store and the delete)
    // count once.
    item.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    item.opId = opId;
    item.kind = kind;
    item.time = QDateTime::currentDateTimeUtc();
    return item;
}

TeamOutbox::TeamOutbox(QString filePath)
    : m_filePath(std::move(filePath)) {
}

TeamOutbox::~TeamOutbox() = default;

bool TeamOutbox::fail(const QString &sentence) {
    m_error = sentence;
    return false;
}

bool TeamOutbox::open(bool create) {
    if (m_store && m_store->isOpen())
        return true;
    if (!create && !QFileInfo::exists(m_filePath)) {
        m_count = 0;
        return false;
    }
    m_store = std::make_unique<SqlStore>();
    // SqlStore makes the file and any missing folder for the owner only.
    if (!m_store->openSqlite(m_filePath)) {
        fail(m_store->errorString());
        m_store.reset();
        return false;
    }
    Migrations migrations(schema());
    if (migrations.apply(*m_store) != Migrations::Result::Ready) {
        fail(m_store->errorString());
        m_store.reset();
        return false;
    }
    QSqlQuery count = m_store->query();
    m_count =
        count.exec(u"SELECT COUNT(*) FROM waiting"_s) && count.next() ? count.value(0).toInt() : 0;
    return true;
}

bool TeamOutbox::isEmpty() {
    return size() == 0;
}

int TeamOutbox::size() {
    if (m_count < 0)
        open(false);
    return qMax(0, m_count);
}

bool TeamOutbox::add(const TeamOutboxItem &item) {
    m_error.clear();
    if (!open(true))
        return false;
    const QString what = tr("keeping the outcome on this computer");
    QSqlQuery insert = m_store->query();
    if (!m_store->prepare(insert,
                          u"INSERT INTO waiting (item_key, op_id, kind, time, outcome, "
                          "http_status, detail, decision, decided_by, sent_again_as, request_id, "
                          "operation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                          what))
        return fail(m_store->errorString());
    const bool outcome = item.kind == TeamOutboxItem::Kind::Outcome;
    insert.addBindValue(item.key);
    insert.addBindValue(item.opId);
    insert.addBindValue(kindId(item.kind));
    insert.addBindValue(SqlStore::timeText(item.time));
    insert.addBindValue(outcome ? Journal::outcomeId(item.outcome) : QString());
    insert.addBindValue(item.httpStatus);
    insert.addBindValue(SqlStore::text(item.detail));
    insert.addBindValue(item.kind == TeamOutboxItem::Kind::Decision
                            ? Journal::decisionId(item.decision)
                            : QString());
    insert.addBindValue(SqlStore::text(item.decidedBy));
    insert.addBindValue(SqlStore::text(item.sentAgainAs));
    insert.addBindValue(SqlStore::text(item.requestId));
    insert.addBindValue(SqlStore::text(operationText(item.operation)));
    // Autocommit with synchronous=FULL: on the disk when exec() returns.
    if (!m_store->exec(insert, what))
        return fail(m_store->errorString());
    ++m_count;
    return true;
}

QList<TeamOutboxItem> TeamOutbox::items() {
    QList<TeamOutboxItem> result;
    if (isEmpty() || !open(false))
        return result;
    QSqlQuery q = m_store->query();
    if (!q.exec(u"SELECT seq, item_key, op_id, kind, time, outcome, http_status, detail, "
                "decision, decided_by, sent_again_as, request_id, operation FROM waiting "
                "ORDER BY seq"_s)) {
        fail(m_store->errorString());
        return result;
    }
    while (q.next()) {
        TeamOutboxItem item;
        item.seq = q.value(0).toLongLong();
        item.key = q.value(1).toString();
        item.opId = q.value(2).toString();
        item.kind = kindFromId(q.value(3).toString());
        item.time = SqlStore::timeFromText(q.value(4).toString());
        item.outcome = Journal::outcomeFromId(q.value(5).toString());
        item.httpStatus = q.value(6).toInt();
        item.detail = q.value(7).toString();
        item.decision = Journal::decisionFromId(q.value(8).toString());
        item.decidedBy = q.value(9).toString();
        item.sentAgainAs = q.value(10).toString();
        item.requestId = q.value(11).toString();
        item.operation = operationFromText(item.opId, q.value(12).toString());
        result.append(item);
    }
    return result;
}

bool TeamOutbox::remove(qint64 seq) {
    if (!open(false))
        return false;
    QSqlQuery q = m_store->query();
    const QString what = tr("removing an outcome the team's store now holds");
    if (!m_store->prepare(q, u"DELETE FROM waiting WHERE seq = ?"_s, what))
        return fail(m_store->errorString());
    q.addBindValue(seq);
    if (!m_store->exec(q, what))
        return fail(m_store->errorString());
    if (q.numRowsAffected() > 0)
        m_count = qMax(0, m_count - 1);
    return true;
}

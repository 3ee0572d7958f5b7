// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/journal/journal.h"

#include "app/journal/jsonlinesimport.h"
#include "app/journal/teamoutbox.h"
#include "app/store/migrations.h"
#include "app/store/postgrestarget.h"
#include "app/store/sqlstore.h"
#include "app/team/creditapprovals.h"
#include "app/team/creditlease.h"
#include "models/csvfield.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>
#include <QVariant>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qsizetype MinimumSecretLength = 6;

// The JSON-lines journal of earlier versions, imported once into a new database beside it.
const QString OldJournalName = u"journal.jsonl"_s;
const QString ImportedSuffix = u".imported"_s;

// Plain types only (TEXT, INTEGER), times as ISO 8601 UTC text, no AUTOINCREMENT: SQLite and
// PostgreSQL both take these statements. `seq` keeps the order operations were begun in (two
// may share a millisecond); `decision_no` the order of an operation's decisions, the last of
// which counts.
QList<Migration> schema() {
    return {
        {1,
         {
             u"CREATE TABLE operations ("
             "op_id TEXT PRIMARY KEY, "
             "seq INTEGER NOT NULL UNIQUE, "
             "time TEXT NOT NULL, "
             "profile_id TEXT NOT NULL DEFAULT '', "
             "profile_name TEXT NOT NULL DEFAULT '', "
             "action TEXT NOT NULL DEFAULT '', "
             "customer TEXT NOT NULL DEFAULT '', "
             "method TEXT NOT NULL DEFAULT '', "
             "path TEXT NOT NULL DEFAULT '', "
             "payload TEXT NOT NULL DEFAULT '{}', "
             "reason TEXT NOT NULL DEFAULT '', "
             "outcome TEXT, "
             "http_status INTEGER, "
             "outcome_time TEXT, "
             "detail TEXT)"_s,
             u"CREATE TABLE decisions ("
             "op_id TEXT NOT NULL REFERENCES operations (op_id), "
             "decision_no INTEGER NOT NULL, "
             "time TEXT NOT NULL, "
             "decision TEXT NOT NULL, "
             "decided_by TEXT NOT NULL DEFAULT '', "
             "sent_again_as TEXT NOT NULL DEFAULT '', "
             "PRIMARY KEY (op_id, decision_no))"_s,
             u"CREATE INDEX operations_by_time ON operations (time)"_s,
             u"CREATE INDEX operations_by_action_customer ON operations (action, customer)"_s,
             u"CREATE INDEX operations_by_outcome ON operations (outcome)"_s,
             // The recent-credit check: one profile's credits of the last minutes.
             u"CREATE INDEX operations_by_profile_action_time "
             "ON operations (profile_id, action, time)"_s,
         }},
        // Who made each change: the operating-system user and the name the person chose (or
        // the user again when they chose none). Operations of older files keep empty fields:
        // nobody recorded who sent them.
        {2,
         {
             u"ALTER TABLE operations ADD COLUMN made_by_user TEXT NOT NULL DEFAULT ''"_s,
             u"ALTER TABLE operations ADD COLUMN made_by_name TEXT NOT NULL DEFAULT ''"_s,
         }},
    };
}

// The team journal in a shared store: the same columns with the program's id in front, in
// tables named for the journal (the database holds other parts too). The order of operations
// comes from an identity column, which two consoles can both draw from at once.
QList<Migration> sharedSchema() {
    return {
        {1,
         {
             u"CREATE TABLE team_journal_operations ("
             "program_id TEXT NOT NULL, "
             "op_id TEXT PRIMARY KEY, "
             "seq BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE, "
             "time TEXT NOT NULL, "
             "profile_id TEXT NOT NULL DEFAULT '', "
             "profile_name TEXT NOT NULL DEFAULT '', "
             "action TEXT NOT NULL DEFAULT '', "
             "customer TEXT NOT NULL DEFAULT '', "
             "method TEXT NOT NULL DEFAULT '', "
             "path TEXT NOT NULL DEFAULT '', "
             "payload TEXT NOT NULL DEFAULT '{}', "
             "reason TEXT NOT NULL DEFAULT '', "
             "outcome TEXT, "
             "http_status INTEGER, "
             "outcome_time TEXT, "
             "detail TEXT, "
             "made_by_user TEXT NOT NULL DEFAULT '', "
             "made_by_name TEXT NOT NULL DEFAULT '')"_s,
             u"CREATE TABLE team_journal_decisions ("
             "program_id TEXT NOT NULL, "
             "op_id TEXT NOT NULL REFERENCES team_journal_operations (op_id), "
             "decision_no INTEGER NOT NULL, "
             "time TEXT NOT NULL, "
             "decision TEXT NOT NULL, "
             "decided_by TEXT NOT NULL DEFAULT '', "
             "sent_again_as TEXT NOT NULL DEFAULT '', "
             "PRIMARY KEY (op_id, decision_no))"_s,
             u"CREATE INDEX team_journal_operations_by_program_seq "
             "ON team_journal_operations (program_id, seq)"_s,
             u"CREATE INDEX team_journal_operations_by_program_action_time "
             "ON team_journal_operations (program_id, action, time)"_s,
             u"CREATE INDEX team_journal_operations_by_program_outcome "
             "ON team_journal_operations (program_id, outcome)"_s,
         }},
        // A key per decision, so that one replayed from a console's outbox after a crash
        // between the store's commit and the outbox's delete is recorded once. Decisions
        // written before have none (NULLs do not collide).
        {2,
         {
             u"ALTER TABLE team_journal_decisions ADD COLUMN entry_key TEXT"_s,
             u"CREATE UNIQUE INDEX team_journal_decisions_by_key "
             "ON team_journal_decisions (entry_key)"_s,
         }},
    };
}

const QString SharedVersionTable = u"team_journal_versions"_s;
const QString NotificationChannel = u"partnero_journal"_s;
// How long a console waits for the shared store to answer a connection: it blocks the change
// the person is sending, so it is short, yet longer than any healthy network takes.
constexpr int SharedConnectTimeoutSeconds = 5;
// How often a journal with outcomes waiting on this computer tries the store again by itself.
constexpr int OutboxRetryMs = 30000;
// Operations begun here are remembered for their outbox items; a console that never gets the
// answers to this many changes has bigger troubles, and starts afresh (what it forgets is only
// not shown while the store cannot be read).
constexpr qsizetype BegunHereLimit = 1000;

// The statements name their tables as {operations} and {decisions}: the local file's or the
// shared store's.
const QString SelectEntries =
    u"SELECT o.op_id, o.time, o.profile_id, o.profile_name, o.action, o.customer, o.method, "
    "o.path, o.payload, o.reason, o.outcome, o.http_status, o.outcome_time, o.detail, "
    "d.time, d.decision, d.decided_by, d.sent_again_as, o.made_by_user, o.made_by_name "
    "FROM {operations} o LEFT JOIN {decisions} d ON d.op_id = o.op_id AND d.decision_no = "
    "(SELECT MAX(x.decision_no) FROM {decisions} x WHERE x.op_id = o.op_id)"_s;

const QString InsertOperation =
    u"INSERT INTO operations (op_id, seq, time, profile_id, profile_name, action, customer, "
    "method, path, payload, reason, outcome, http_status, outcome_time, detail) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;

QString nowUtc() {
    return SqlStore::timeText(QDateTime::currentDateTimeUtc());
}

QString scrubString(QString text, const QStringList &secrets) {
    for (const QString &secret : secrets)
        text.replace(secret, u"***"_s);
    return text;
}

QJsonValue scrubValue(const QJsonValue &value, const QStringList &secrets);

QJsonObject scrubObject(const QJsonObject &object, const QStringList &secrets) {
    QJsonObject clean;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        clean.insert(scrubString(it.key(), secrets), scrubValue(it.value(), secrets));
    return clean;
}

// Value by value rather than on the serialised payload: a secret containing a quote or a
// backslash is escaped in JSON and would slip past a search of the text, and replacing text
// could break the JSON's structure.
QJsonValue scrubValue(const QJsonValue &value, const QStringList &secrets) {
    switch (value.type()) {
    case QJsonValue::String:
        return scrubString(value.toString(), secrets);
    case QJsonValue::Object:
        return scrubObject(value.toObject(), secrets);
    case QJsonValue::Array: {
        QJsonArray clean;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            clean.append(scrubValue(item, secrets));
        return clean;
    }
    default:
        return value;
    }
}

QString payloadText(const QJsonObject &payload) {
    return QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

// NULL for "no value", so that SQL can tell an operation without an outcome.
QVariant textOrNull(const QString &text) {
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

bool isAscii(const QString &text) {
    for (const QChar c : text) {
        if (c.unicode() > 0x7f)
            return false;
    }
    return true;
}

// A LIKE pattern for "contains", with its wildcards escaped.
QString containsPattern(const QString &text) {
    QString escaped = text.toLower();
    escaped.replace(u"\\"_s, u"\\\\"_s);
    escaped.replace(u"%"_s, u"\\%"_s);
    escaped.replace(u"_"_s, u"\\_"_s);
    return u"%"_s + escaped + u"%"_s;
}

QString csvTime(const QDateTime &time) {
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

Journal::Journal(QObject *parent)
    : Journal(defaultFilePath(), parent) {
}

Journal::Journal(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_filePath(filePath) {
    open();
}

Journal::Journal(const PostgresTarget &target, const QString &password, const QString &programId,
                 QObject *parent)
    : Journal(target, password, programId, defaultOutboxPath(target, programId), parent) {
}

Journal::Journal(const PostgresTarget &target, const QString &password, const QString &programId,
                 const QString &outboxPath, QObject *parent)
    : QObject(parent)
    , m_filePath(target.displayName())
    , m_shared(true)
    , m_target(std::make_unique<PostgresTarget>(target))
    , m_password(password)
    , m_programId(programId) {
    m_store = std::make_unique<SqlStore>();
    m_lease = std::make_unique<CreditLease>(m_store.get(), m_programId);
    openOutbox(outboxPath);
    if (m_programId.isEmpty()) {
        m_openError = tr("The team's shared store %1 cannot be used without a program. Changes "
                         "cannot be sent until one is chosen.")
                          .arg(m_filePath);
        m_problems.append(m_openError);
        return;
    }
    if (!connectShared()) {
        m_problems.append(!m_openError.isEmpty()
                              ? m_openError
                              : tr("The team's shared store %1 cannot be reached: %2. Changes "
                                   "cannot be sent until it can.")
                                    .arg(m_filePath, m_store->errorReason()));
    }
}

Journal::~Journal() = default;

QString Journal::notificationChannel() {
    return NotificationChannel;
}

QString Journal::sql(QString statement) const {
    statement.replace(u"{operations}"_s, m_shared ? u"team_journal_operations"_s : u"operations"_s);
    statement.replace(u"{decisions}"_s, m_shared ? u"team_journal_decisions"_s : u"decisions"_s);
    return statement;
}

QString Journal::unreachableSentence() const {
    return tr("The team's shared store %1 cannot be reached: %2. Nothing was sent.")
        .arg(m_filePath, m_store ? m_store->errorReason() : QString());
}

bool Journal::connectShared() {
    m_connected = false;
    if (!m_store->openPostgres(*m_target, m_password, SharedConnectTimeoutSeconds)) {
        m_store->close();
        return false;
    }
    Migrations migrations(sharedSchema(), SharedVersionTable);
    switch (migrations.apply(*m_store)) {
    case Migrations::Result::NewerSchema:
        // Not a passing trouble: this console must not write rules it does not know.
        m_openError = Migrations::newerStoreSentence(m_filePath);
        m_store->close();
        return false;
    case Migrations::Result::Failed:
        m_store->close();
        return false;
    case Migrations::Result::Ready:
        break;
    }
    if (!m_lease->prepare()) {
        m_store->fail(m_lease->errorString());
        m_store->close();
        return false;
    }
    // A new connection listens afresh: a lost one took its subscription with it.
    QSqlDriver *driver = m_store->database().driver();
    if (driver && driver->subscribeToNotification(NotificationChannel)) {
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource source,
                       const QVariant &payload) { onNotification(name, int(source), payload); });
    }
    m_connected = true;
    // What waited while the store was away goes first, so that the last outcome stays last.
    replayOutbox();
    return true;
}

bool Journal::ensureConnected() {
    if (!m_shared)
        return isOpen();
    if (!m_openError.isEmpty())
        return false;
    if (m_connected && m_store->isOpen()) {
        if (m_outbox && !m_outbox->isEmpty())
            replayOutbox();
        return true;
    }
    return connectShared();
}

void Journal::openOutbox(const QString &path) {
    m_outbox = std::make_unique<TeamOutbox>(path);
    m_outboxTimer = new QTimer(this);
    m_outboxTimer->setInterval(OutboxRetryMs);
    connect(m_outboxTimer, &QTimer::timeout, this, [this] {
        if (m_outbox->isEmpty())
            m_outboxTimer->stop();
        else
            ensureConnected();
    });
    // Left by an earlier run: it is replayed at the connection below, or tried again later.
    if (!m_outbox->isEmpty())
        m_outboxTimer->start();
}

QString Journal::defaultOutboxPath(const PostgresTarget &target, const QString &programId) {
    // Named by a digest: the store's name holds a host and a user, which do not belong in a
    // file name, and any program id makes a valid one.
    const QByteArray key = (target.displayName() + u'\n' + programId).toUtf8();
    const QString name = QString::fromLatin1(
        QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(32));
    return QFileInfo(defaultFilePath()).absolutePath() + u"/team-outbox/"_s + name + u".sqlite"_s;
}

QString Journal::outboxPath() const {
    return m_outbox ? m_outbox->filePath() : QString();
}

int Journal::waitingOutcomes() const {
    return m_outbox ? m_outbox->size() : 0;
}

QString Journal::outboxNotice() const {
    const int waiting = waitingOutcomes();
    if (waiting == 0)
        return {};
    return tr("The outcomes of %n changes were kept on this computer because the team's shared "
              "store %1 could not be reached. They will reach the team's store when it is back.",
              nullptr, waiting)
        .arg(m_filePath);
}

void Journal::setOutboxRetryInterval(int milliseconds) {
    if (m_outboxTimer)
        m_outboxTimer->setInterval(qMax(1, milliseconds));
}

QList<TeamOutboxItem> Journal::waitingItems() const {
    if (!m_outbox || m_outbox->isEmpty())
        return {};
    return m_outbox->items();
}

bool Journal::writeToStore(const TeamOutboxItem &item, int *rows) {
    *rows = 0;
    if (item.kind == TeamOutboxItem::Kind::ApprovalSent) {
        CreditApprovals approvals(m_store.get(), m_programId);
        if (approvals.markSent(item.requestId, item.opId)) {
            *rows = 1;
            return true;
        }
        // Refused, not failed, when the store can say what became of the request.
        return approvals.request(item.requestId).has_value();
    }
    QSqlQuery q = m_store->query();
    if (item.kind == TeamOutboxItem::Kind::Outcome) {
        const QString what = tr("recording the outcome");
        // The same values written twice leave the same row: replaying is harmless.
        if (!m_store->prepare(q,
                              u"UPDATE team_journal_operations SET outcome = ?, http_status = ?, "
                              "outcome_time = ?, detail = ? WHERE op_id = ? AND program_id = ?"_s,
                              what))
            return false;
        q.addBindValue(outcomeId(item.outcome));
        q.addBindValue(item.httpStatus);
        q.addBindValue(SqlStore::timeText(item.time));
        q.addBindValue(SqlStore::text(item.detail));
        q.addBindValue(item.opId);
        q.addBindValue(m_programId);
        if (!m_store->exec(q, what))
            return false;
        *rows = q.numRowsAffected();
        return true;
    }
    const QString what = tr("recording the decision");
    // Every decision is kept; the numbering says which came last. Its key makes a second
    // write of the same decision (a replay after a crash) a no-op.
    if (!m_store->prepare(q,
                          u"INSERT INTO team_journal_decisions (program_id, op_id, decision_no, "
                          "time, decision, decided_by, sent_again_as, entry_key) "
                          "SELECT ?, ?, (SELECT COALESCE(MAX(decision_no), 0) + 1 FROM "
                          "team_journal_decisions WHERE op_id = ?), ?, ?, ?, ?, ? "
                          "WHERE EXISTS (SELECT 1 FROM team_journal_operations "
                          "WHERE op_id = ? AND program_id = ?) "
                          "ON CONFLICT (entry_key) DO NOTHING"_s,
                          what))
        return false;
    q.addBindValue(m_programId);
    q.addBindValue(item.opId);
    q.addBindValue(item.opId);
    q.addBindValue(SqlStore::timeText(item.time));
    q.addBindValue(decisionId(item.decision));
    q.addBindValue(SqlStore::text(item.decidedBy));
    q.addBindValue(SqlStore::text(item.sentAgainAs));
    q.addBindValue(item.key);
    q.addBindValue(item.opId);
    q.addBindValue(m_programId);
    if (!m_store->exec(q, what))
        return false;
    *rows = q.numRowsAffected();
    return true;
}

bool Journal::keepApprovalSent(const QString &requestId, const QString &opId,
                               QString *errorMessage) {
    if (!m_shared || requestId.isEmpty() || opId.isEmpty())
        return fail(tr("No sent approval can be recorded without a team's store, a request and "
                       "an operation."),
                    errorMessage);
    TeamOutboxItem item = TeamOutboxItem::recordedNow(TeamOutboxItem::Kind::ApprovalSent, opId);
    item.requestId = requestId;
    return keep(item, errorMessage);
}

bool Journal::record(const TeamOutboxItem &item, QString *errorMessage) {
    // Whatever waits goes first (ensureConnected() replays it): written after it, this one
    // stays the last, as it was made last.
    bool ready = ensureConnected() && m_outbox->isEmpty();
    if (!ready && m_connected) {
        // The replay failed on a connection that looked alive: it may have died since the
        // last call. One new connection, which replays again.
        connectionLost();
        ready = connectShared() && m_outbox->isEmpty();
    }
    if (ready) {
        int rows = 0;
        bool stored = writeToStore(item, &rows);
        if (!stored) {
            // The connection may have died since the last call (a restarted server). Writing
            // the same outcome or keyed decision twice records it once, so one more try on a
            // new connection is safe even if the first one arrived.
            connectionLost();
            stored = connectShared() && m_outbox->isEmpty() && writeToStore(item, &rows);
        }
        if (stored) {
            if (rows == 0)
                return fail(tr("The journal has no operation %1.").arg(item.opId), errorMessage);
            if (item.kind == TeamOutboxItem::Kind::Decision ||
                item.outcome != JournalOutcome::Unknown)
                m_begunHere.remove(item.opId);
            announce();
            emit written(item.opId);
            return true;
        }
    }
    if (!m_openError.isEmpty())
        return fail(m_openError, errorMessage);
    return keep(item, errorMessage);
}

bool Journal::keep(TeamOutboxItem item, QString *errorMessage) {
    const QString storeReason = m_store->errorReason();
    if (!item.operation && item.kind != TeamOutboxItem::Kind::ApprovalSent) {
        const auto begun = m_begunHere.constFind(item.opId);
        if (begun != m_begunHere.constEnd()) {
            item.operation = begun.value();
        } else {
            const QList<TeamOutboxItem> waiting = waitingItems();
            for (const TeamOutboxItem &other : waiting) {
                if (other.opId == item.opId && other.operation)
                    item.operation = other.operation;
            }
        }
    }
    if (!m_outbox->add(item)) {
        return fail(tr("Could not write to the team's shared store %1: %2. The outcome could not "
                       "be kept on this computer either: %3")
                        .arg(m_filePath, storeReason, m_outbox->errorString()),
                    errorMessage);
    }
    if (!m_outboxTimer->isActive())
        m_outboxTimer->start();
    if (!m_outboxTold) {
        m_outboxTold = true;
        emit outcomeKeptOnThisComputer(outboxNotice());
    }
    emit written(item.opId);
    return true;
}

bool Journal::replayOutbox() {
    if (!m_outbox || m_outbox->isEmpty()) {
        if (m_outboxTimer)
            m_outboxTimer->stop();
        return true;
    }
    if (m_replaying || !m_connected)
        return false;
    m_replaying = true;
    const QList<TeamOutboxItem> waiting = m_outbox->items();
    QString lastOpId;
    bool done = true;
    for (const TeamOutboxItem &item : waiting) {
        int rows = 0;
        // Stops at the first that fails, so that they arrive in order; the timer or the next
        // call tries again. A failed statement leaves the connection to the caller's own
        // statement, which reconnects.
        if (!writeToStore(item, &rows)) {
            done = false;
            break;
        }
        // rows == 0: the decision was there already (an earlier replay whose delete did not
        // happen), or the store has no such operation to attach it to.
        if (!m_outbox->remove(item.seq)) {
            done = false;
            break;
        }
        if (item.kind == TeamOutboxItem::Kind::Decision || item.outcome != JournalOutcome::Unknown)
            m_begunHere.remove(item.opId);
        lastOpId = item.opId;
    }
    m_replaying = false;
    if (!lastOpId.isEmpty()) {
        announce();
        emit written(lastOpId);
    }
    if (done && m_outbox->isEmpty()) {
        m_outboxTimer->stop();
        // A later outage tells the person again.
        m_outboxTold = false;
        return true;
    }
    if (!m_outboxTimer->isActive())
        m_outboxTimer->start();
    return false;
}

bool Journal::reconnect() {
    if (!m_shared)
        return isOpen();
    connectionLost();
    return ensureConnected();
}

void Journal::connectionLost() {
    // Qt SQL does not reconnect by itself: the next call opens a new connection. Kept as the
    // reason why, for the sentence.
    if (!m_shared)
        return;
    const QString reason = m_store->errorReason();
    m_store->close();
    m_store->fail(reason);
    m_connected = false;
}

void Journal::announce() {
    if (!m_shared)
        return;
    QSqlQuery notify = m_store->query();
    // Best effort: the row is committed already; a console that misses this sees it on its
    // next read.
    if (notify.prepare(u"SELECT pg_notify(?, ?)"_s)) {
        notify.addBindValue(NotificationChannel);
        notify.addBindValue(m_programId);
        notify.exec();
    }
}

void Journal::onNotification(const QString &name, int source, const QVariant &payload) {
    if (name != NotificationChannel || source != int(QSqlDriver::OtherSource))
        return;
    if (payload.toString() != m_programId)
        return;
    emit changedElsewhere();
}

QString Journal::defaultFilePath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/journal.sqlite"_s;
}

int Journal::schemaVersion() {
    return Migrations(schema()).latestVersion();
}

bool Journal::isOpen() const {
    if (m_shared)
        return m_openError.isEmpty() && m_connected && m_store->isOpen();
    return m_openError.isEmpty() && m_store && m_store->isOpen();
}

void Journal::open() {
    const QString path = QDir::toNativeSeparators(m_filePath);
    m_store = std::make_unique<SqlStore>();
    const auto refuse = [&](const QString &sentence) {
        m_openError = sentence;
        m_problems.append(sentence);
        m_store->close();
    };
    if (!m_store->openSqlite(m_filePath)) {
        refuse(tr("The journal %1 could not be opened: %2. Changes cannot be sent until it can.")
                   .arg(path, m_store->errorReason()));
        return;
    }
    Migrations migrations(schema());
    switch (migrations.apply(*m_store)) {
    case Migrations::Result::NewerSchema:
        refuse(tr("This journal was written by a newer version of Partnero Console (schema %1; "
                  "this version knows up to %2). Update the console to open it.")
                   .arg(migrations.foundVersion())
                   .arg(migrations.latestVersion()));
        return;
    case Migrations::Result::Failed:
        refuse(tr("The journal %1 could not be opened: %2. Changes cannot be sent until it can.")
                   .arg(path, m_store->errorReason()));
        return;
    case Migrations::Result::Ready:
        break;
    }
    // Only the program that created the schema imports, so two consoles opening a new
    // journal at once do not both import.
    if (migrations.foundVersion() == 0 && migrations.appliedSteps() > 0)
        importJsonLines(QFileInfo(m_filePath).absoluteDir().filePath(OldJournalName));
}

void Journal::importJsonLines(const QString &oldPath) {
    const QFileInfo old(oldPath);
    if (!old.exists() || old.absoluteFilePath() == QFileInfo(m_filePath).absoluteFilePath() ||
        JsonLinesImport::isSqliteFile(oldPath))
        return;
    const QString oldName = QDir::toNativeSeparators(old.absoluteFilePath());
    JsonLinesImport reader;
    QString reason;
    if (!reader.read(oldPath, &reason)) {
        m_problems.append(tr("The old journal %1 could not be read: %2. It was not imported.")
                              .arg(oldName, reason));
        return;
    }

    const auto importFailed = [&] {
        const QString why = m_store->errorReason();
        m_store->rollback();
        m_problems.append(tr("The old journal %1 could not be imported: %2. It is kept as it is.")
                              .arg(oldName, why));
    };
    if (!m_store->beginWrite()) {
        importFailed();
        return;
    }
    const QString what = tr("importing the old journal");
    // Operations begun by another console since the schema was made come first.
    qint64 seq = 0;
    {
        QSqlQuery max = m_store->query();
        if (max.exec(u"SELECT COALESCE(MAX(seq), 0) FROM operations"_s) && max.next())
            seq = max.value(0).toLongLong();
    }
    QSqlQuery insert = m_store->query();
    QSqlQuery decide = m_store->query();
    if (!m_store->prepare(insert, InsertOperation, what) ||
        !m_store->prepare(decide,
                          u"INSERT INTO decisions (op_id, decision_no, time, decision, "
                          "decided_by, sent_again_as) VALUES (?, ?, ?, ?, ?, ?)"_s,
                          what)) {
        importFailed();
        return;
    }
    for (const JsonLinesImport::Operation &imported : reader.operations()) {
        const JournalEntry &entry = imported.entry;
        const JournalOperation &op = entry.operation;
        insert.addBindValue(entry.opId);
        insert.addBindValue(++seq);
        insert.addBindValue(SqlStore::text(SqlStore::timeText(entry.time)));
        insert.addBindValue(SqlStore::text(op.profileId));
        insert.addBindValue(SqlStore::text(op.profileName));
        insert.addBindValue(SqlStore::text(op.action));
        insert.addBindValue(SqlStore::text(op.customer));
        insert.addBindValue(SqlStore::text(op.method));
        insert.addBindValue(SqlStore::text(op.path));
        insert.addBindValue(payloadText(op.payload));
        insert.addBindValue(SqlStore::text(op.reason));
        insert.addBindValue(entry.hasOutcome() ? QVariant(outcomeId(entry.outcome))
                                               : textOrNull({}));
        insert.addBindValue(entry.hasOutcome() ? QVariant(entry.httpStatus)
                                               : QVariant(QMetaType(QMetaType::Int)));
        insert.addBindValue(textOrNull(SqlStore::timeText(entry.outcomeTime)));
        insert.addBindValue(entry.hasOutcome() ? QVariant(SqlStore::text(entry.detail))
                                               : textOrNull({}));
        if (!m_store->exec(insert, what)) {
            importFailed();
            return;
        }
        int number = 0;
        for (const JsonLinesImport::Decision &made : imported.decisions) {
            decide.addBindValue(entry.opId);
            decide.addBindValue(++number);
            decide.addBindValue(SqlStore::text(SqlStore::timeText(made.time)));
            decide.addBindValue(decisionId(made.decision));
            decide.addBindValue(SqlStore::text(made.decidedBy));
            decide.addBindValue(SqlStore::text(made.sentAgainAs));
            if (!m_store->exec(decide, what)) {
                importFailed();
                return;
            }
        }
    }
    insert.finish();
    decide.finish();
    if (!m_store->commit()) {
        importFailed();
        return;
    }

    // Kept, never deleted: it is the record of what was sent before this version.
    QString keptAs = oldPath + ImportedSuffix;
    for (int n = 2; QFileInfo::exists(keptAs); ++n)
        keptAs = oldPath + ImportedSuffix + u'.' + QString::number(n);
    const QString keptName = QDir::toNativeSeparators(QFileInfo(keptAs).absoluteFilePath());
    if (!QFile::rename(oldPath, keptAs)) {
        m_problems.append(tr("The old journal %1 was imported but could not be renamed to %2; it "
                             "will not be imported again.")
                              .arg(oldName, keptName));
        keptAs = oldPath;
    }
    if (reader.unreadableLines() > 0) {
        m_problems.append(tr("%n entries of the old journal could not be read; the file is kept "
                             "as %1.",
                             nullptr, reader.unreadableLines())
                              .arg(QDir::toNativeSeparators(QFileInfo(keptAs).absoluteFilePath())));
    }
}

void Journal::setDisplayName(const QString &name) {
    m_displayName = name.trimmed();
}

void Journal::addSecret(const QString &secret) {
    if (secret.size() < MinimumSecretLength || m_secrets.contains(secret))
        return;
    m_secrets.append(secret);
}

QString Journal::scrub(const QString &value) const {
    return SqlStore::text(m_secrets.isEmpty() ? value : scrubString(value, m_secrets));
}

QString Journal::begin(const JournalOperation &operation, QString *errorMessage) {
    if (!m_openError.isEmpty()) {
        fail(m_openError, errorMessage);
        return {};
    }
    if (m_shared && !ensureConnected()) {
        fail(m_openError.isEmpty() ? unreachableSentence() : m_openError, errorMessage);
        return {};
    }
    const QString opId = operation.opId.isEmpty()
                             ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                             : operation.opId;
    const QJsonObject payload =
        m_secrets.isEmpty() ? operation.payload : scrubObject(operation.payload, m_secrets);
    const QString user = currentUser();
    const QString time = nowUtc();
    const auto insertOperation = [&]() -> bool {
        QSqlQuery insert = m_store->query();
        // One statement, so it takes SQLite's write lock before it reads the next number.
        const QString statement =
            m_shared
                ? u"INSERT INTO team_journal_operations (program_id, op_id, time, profile_id, "
                  "profile_name, action, customer, method, path, payload, reason, made_by_user, "
                  "made_by_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s
                : u"INSERT INTO operations (op_id, seq, time, profile_id, profile_name, action, "
                  "customer, method, path, payload, reason, made_by_user, made_by_name) VALUES "
                  "(?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM operations), ?, ?, ?, ?, ?, ?, ?, "
                  "?, ?, ?, ?)"_s;
        if (!m_store->prepare(insert, statement, tr("recording the operation")))
            return false;
        if (m_shared)
            insert.addBindValue(m_programId);
        insert.addBindValue(opId);
        insert.addBindValue(time);
        insert.addBindValue(scrub(operation.profileId));
        insert.addBindValue(scrub(operation.profileName));
        insert.addBindValue(scrub(operation.action));
        insert.addBindValue(scrub(operation.customer));
        insert.addBindValue(scrub(operation.method));
        insert.addBindValue(scrub(operation.path));
        insert.addBindValue(payloadText(payload));
        insert.addBindValue(scrub(operation.reason));
        insert.addBindValue(scrub(user));
        insert.addBindValue(scrub(m_displayName.isEmpty() ? user : m_displayName));
        // Autocommit: with synchronous=FULL (or PostgreSQL's commit) the row is durable when
        // exec() returns.
        return m_store->exec(insert, tr("recording the operation"));
    };
    if (!insertOperation()) {
        if (!m_shared) {
            failWrite(errorMessage);
            return {};
        }
        // The connection may have died since the last call (a restarted server): one new
        // connection and one more try. Nothing has been sent, so trying again is safe; a row
        // that did arrive the first time makes the second fail on its id.
        connectionLost();
        if (!connectShared()) {
            fail(m_openError.isEmpty() ? unreachableSentence() : m_openError, errorMessage);
            return {};
        }
        if (!insertOperation()) {
            fail(tr("The team's shared store %1 could not record the change: %2. Nothing was "
                    "sent.")
                     .arg(m_filePath, m_store->errorReason()),
                 errorMessage);
            return {};
        }
    }
    if (m_shared) {
        if (m_begunHere.size() >= BegunHereLimit)
            m_begunHere.clear();
        JournalEntry begun;
        begun.opId = opId;
        begun.time = SqlStore::timeFromText(time);
        begun.operation = operation;
        begun.operation.opId = opId;
        begun.operation.profileId = scrub(operation.profileId);
        begun.operation.profileName = scrub(operation.profileName);
        begun.operation.action = scrub(operation.action);
        begun.operation.customer = scrub(operation.customer);
        begun.operation.method = scrub(operation.method);
        begun.operation.path = scrub(operation.path);
        begun.operation.payload = payload;
        begun.operation.reason = scrub(operation.reason);
        begun.madeByUser = scrub(user);
        begun.madeByName = scrub(m_displayName.isEmpty() ? user : m_displayName);
        m_begunHere.insert(opId, begun);
    }
    announce();
    emit written(opId);
    return opId;
}

bool Journal::finish(const QString &opId, JournalOutcome outcome, int httpStatus,
                     const QString &detail, QString *errorMessage) {
    if (opId.isEmpty() || outcome == JournalOutcome::None)
        return fail(tr("No outcome can be recorded without an operation."), errorMessage);
    if (!m_openError.isEmpty())
        return fail(m_openError, errorMessage);
    if (m_shared) {
        TeamOutboxItem item = TeamOutboxItem::recordedNow(TeamOutboxItem::Kind::Outcome, opId);
        item.outcome = outcome;
        item.httpStatus = httpStatus;
        item.detail = scrub(detail);
        return record(item, errorMessage);
    }
    QSqlQuery update = m_store->query();
    if (!m_store->prepare(update,
                          u"UPDATE operations SET outcome = ?, http_status = ?, "
                          "outcome_time = ?, detail = ? WHERE op_id = ?"_s,
                          tr("recording the outcome")))
        return failWrite(errorMessage);
    update.addBindValue(outcomeId(outcome));
    update.addBindValue(httpStatus);
    update.addBindValue(nowUtc());
    update.addBindValue(scrub(detail));
    update.addBindValue(opId);
    if (!m_store->exec(update, tr("recording the outcome")))
        return failWrite(errorMessage);
    if (update.numRowsAffected() == 0)
        return fail(tr("The journal has no operation %1.").arg(opId), errorMessage);
    announce();
    emit written(opId);
    return true;
}

bool Journal::decide(const QString &opId, JournalDecision decision, const QString &sentAgainAs,
                     QString *errorMessage) {
    if (opId.isEmpty() || decision == JournalDecision::None)
        return fail(tr("No decision can be recorded without an operation."), errorMessage);
    if (!m_openError.isEmpty())
        return fail(m_openError, errorMessage);
    if (m_shared) {
        TeamOutboxItem item = TeamOutboxItem::recordedNow(TeamOutboxItem::Kind::Decision, opId);
        item.decision = decision;
        item.decidedBy = scrub(currentUser());
        item.sentAgainAs = scrub(sentAgainAs);
        return record(item, errorMessage);
    }
    {
        QSqlQuery exists = m_store->query();
        if (!m_store->prepare(exists, u"SELECT 1 FROM operations WHERE op_id = ?"_s,
                              tr("recording the decision")))
            return failWrite(errorMessage);
        exists.addBindValue(opId);
        if (!m_store->exec(exists, tr("recording the decision")))
            return failWrite(errorMessage);
        if (!exists.next())
            return fail(tr("The journal has no operation %1.").arg(opId), errorMessage);
    }
    QSqlQuery insert = m_store->query();
    // Every decision is kept; the numbering says which came last.
    const QString statement = u"INSERT INTO decisions (op_id, decision_no, time, decision, "
                              "decided_by, sent_again_as) VALUES (?, "
                              "(SELECT COALESCE(MAX(decision_no), 0) + 1 FROM decisions "
                              "WHERE op_id = ?), ?, ?, ?, ?)"_s;
    if (!m_store->prepare(insert, statement, tr("recording the decision")))
        return failWrite(errorMessage);
    insert.addBindValue(opId);
    insert.addBindValue(opId);
    insert.addBindValue(nowUtc());
    insert.addBindValue(decisionId(decision));
    insert.addBindValue(scrub(currentUser()));
    insert.addBindValue(scrub(sentAgainAs));
    if (!m_store->exec(insert, tr("recording the decision")))
        return failWrite(errorMessage);
    announce();
    emit written(opId);
    return true;
}

bool Journal::fail(const QString &sentence, QString *errorMessage) {
    m_errorString = sentence;
    if (errorMessage)
        *errorMessage = sentence;
    return false;
}

bool Journal::failWrite(QString *errorMessage) {
    if (m_shared) {
        const QString reason = m_store->errorReason();
        connectionLost();
        return fail(
            tr("Could not write to the team's shared store %1: %2.").arg(m_filePath, reason),
            errorMessage);
    }
    return fail(tr("Could not write to the journal %1: %2.")
                    .arg(QDir::toNativeSeparators(m_filePath), m_store->errorReason()),
                errorMessage);
}

JournalEntry Journal::readRow(const QSqlQuery &query) const {
    bool damaged = false;
    JournalEntry entry;
    entry.opId = query.value(0).toString();
    entry.time = SqlStore::timeFromText(query.value(1).toString());
    entry.operation.opId = entry.opId;
    entry.operation.profileId = query.value(2).toString();
    entry.operation.profileName = query.value(3).toString();
    entry.operation.action = query.value(4).toString();
    entry.operation.customer = query.value(5).toString();
    entry.operation.method = query.value(6).toString();
    entry.operation.path = query.value(7).toString();
    QJsonParseError error;
    const QJsonDocument payload =
        QJsonDocument::fromJson(query.value(8).toString().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !payload.isObject())
        damaged = true;
    entry.operation.payload = payload.object();
    entry.operation.reason = query.value(9).toString();
    if (!query.value(10).isNull()) {
        entry.outcome = outcomeFromId(query.value(10).toString());
        if (entry.outcome == JournalOutcome::None)
            damaged = true;
        entry.httpStatus = query.value(11).toInt();
        entry.outcomeTime = SqlStore::timeFromText(query.value(12).toString());
        entry.detail = query.value(13).toString();
    }
    if (!query.value(15).isNull()) {
        entry.decision = decisionFromId(query.value(15).toString());
        if (entry.decision == JournalDecision::None)
            damaged = true;
        entry.decisionTime = SqlStore::timeFromText(query.value(14).toString());
        entry.decidedBy = query.value(16).toString();
        entry.sentAgainAs = query.value(17).toString();
    }
    entry.madeByUser = query.value(18).toString();
    entry.madeByName = query.value(19).toString();
    if (damaged)
        ++m_skippedLines;
    return entry;
}

namespace {

// The WHERE clause (empty, or " WHERE …") and its values for `filter`. A customer filter with
// letters beyond ASCII is left to JournalFilter::matches(): SQL folds ASCII case only.
QString whereClause(const JournalFilter &filter, const QString &programId, QVariantList &values) {
    QStringList where;
    // A team journal: the program's rows only, whoever wrote them.
    if (!programId.isEmpty()) {
        where << u"o.program_id = ?"_s;
        values << programId;
    }
    if (!filter.profileId.isEmpty()) {
        where << u"o.profile_id = ?"_s;
        values << filter.profileId;
    }
    if (!filter.action.isEmpty()) {
        where << u"o.action = ?"_s;
        values << filter.action;
    }
    // SQL folds the case of ASCII letters only; other text is matched by the caller, in C++.
    if (!filter.customer.isEmpty() && isAscii(filter.customer)) {
        where << u"LOWER(o.customer) LIKE ? ESCAPE '\\'"_s;
        values << containsPattern(filter.customer);
    }
    if (!filter.madeBy.isEmpty() && isAscii(filter.madeBy)) {
        where << u"(LOWER(o.made_by_name) LIKE ? ESCAPE '\\' OR "
                 "LOWER(o.made_by_user) LIKE ? ESCAPE '\\')"_s;
        values << containsPattern(filter.madeBy) << containsPattern(filter.madeBy);
    }
    if (filter.from.isValid()) {
        where << u"o.time >= ?"_s;
        values << SqlStore::timeText(filter.from);
    }
    if (filter.to.isValid()) {
        where << u"o.time < ?"_s;
        values << SqlStore::timeText(filter.to);
    }
    if (filter.outcome) {
        if (*filter.outcome == JournalOutcome::None) {
            where << u"o.outcome IS NULL"_s;
        } else {
            where << u"o.outcome = ?"_s;
            values << Journal::outcomeId(*filter.outcome);
        }
    }
    if (filter.needsDecision) {
        where << u"(o.outcome IS NULL OR o.outcome = 'unknown')"_s
              << u"(d.decision IS NULL OR d.decision = 'later')"_s;
    }
    return where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s);
}

} // namespace

std::optional<QSqlQuery> Journal::read(const QString &statement, const QVariantList &values) const {
    // A team's store: a connection that died since the last call (a restarted server) fails
    // its first statement; one new connection and one more try, so browsing does not show a
    // passing trouble. Reading twice changes nothing.
    const int attempts = m_shared ? 2 : 1;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        if (!readable())
            return std::nullopt;
        QSqlQuery query = m_store->query();
        bool ok = query.prepare(statement);
        if (ok) {
            for (const QVariant &value : values)
                query.addBindValue(value);
            ok = query.exec();
        }
        if (ok) {
            m_readProblem.clear();
            return query;
        }
        if (!m_shared)
            return std::nullopt;
        m_store->fail(tr("reading the journal"), query.lastError());
        m_readProblem = tr("The team's shared store %1 cannot be reached: %2. The journal cannot "
                           "be shown until it can.")
                            .arg(m_filePath, m_store->errorReason());
        // Qt SQL does not reconnect by itself: the next attempt (or call) opens a new one.
        const_cast<Journal *>(this)->connectionLost();
    }
    return std::nullopt;
}

bool Journal::readable() const {
    if (!m_shared)
        return isOpen();
    // Reads reconnect too, so that the window of a console whose store came back fills again.
    if (const_cast<Journal *>(this)->ensureConnected())
        return true;
    m_readProblem = m_openError.isEmpty()
                        ? tr("The team's shared store %1 cannot be reached: %2. The journal "
                             "cannot be shown until it can.")
                              .arg(m_filePath, m_store->errorReason())
                        : m_openError;
    return false;
}

namespace {

// What this console holds in its outbox, laid over an entry: written later than anything the
// store has, so it is the last outcome and the last decision.
void applyWaiting(JournalEntry &entry, const QList<TeamOutboxItem> &waiting) {
    for (const TeamOutboxItem &item : waiting) {
        if (item.opId != entry.opId)
            continue;
        if (item.kind == TeamOutboxItem::Kind::Outcome) {
            entry.outcome = item.outcome;
            entry.httpStatus = item.httpStatus;
            entry.outcomeTime = item.time;
            entry.detail = item.detail;
        } else if (item.kind == TeamOutboxItem::Kind::Decision) {
            entry.decision = item.decision;
            entry.decisionTime = item.time;
            entry.decidedBy = item.decidedBy;
            entry.sentAgainAs = item.sentAgainAs;
        } else {
            continue;
        }
        entry.notInTeamStore = true;
    }
}

} // namespace

QList<JournalEntry> Journal::select(const JournalFilter &filter) const {
    m_skippedLines = 0;
    QList<TeamOutboxItem> waiting = waitingItems();
    // With outcomes waiting here, the store's outcome is not the last word: the filter on
    // outcomes is applied after they are laid over.
    JournalFilter asked = filter;
    if (!waiting.isEmpty()) {
        asked.outcome.reset();
        asked.needsDecision = false;
    }
    QVariantList values;
    QString statement = sql(SelectEntries) + whereClause(asked, m_programId, values);
    statement += u" ORDER BY o.seq"_s;
    std::optional<QSqlQuery> query = read(statement, values);
    // The read may have replayed some of them.
    if (!waiting.isEmpty())
        waiting = waitingItems();
    QList<JournalEntry> result;
    if (!query) {
        // The store cannot be read: what this console knows of its own waiting outcomes is
        // still shown, so that its person sees what happened to their changes.
        QStringList shown;
        for (const TeamOutboxItem &item : std::as_const(waiting)) {
            if (!item.operation || shown.contains(item.opId) ||
                item.kind == TeamOutboxItem::Kind::ApprovalSent)
                continue;
            shown << item.opId;
            JournalEntry entry = *item.operation;
            applyWaiting(entry, waiting);
            if (filter.matches(entry))
                result.append(entry);
        }
        return result;
    }
    while (query->next()) {
        JournalEntry entry = readRow(*query);
        if (!waiting.isEmpty())
            applyWaiting(entry, waiting);
        // The database narrowed it down; the filter's own rule has the last word.
        if (filter.matches(entry))
            result.append(entry);
    }
    return result;
}

QList<JournalEntry> Journal::entries() const {
    return select(JournalFilter{});
}

QList<JournalEntry> Journal::entries(const JournalFilter &filter) const {
    return select(filter);
}

int Journal::count(const JournalFilter &filter) const {
    if (waitingOutcomes() > 0 || (!filter.customer.isEmpty() && !isAscii(filter.customer)) ||
        (!filter.madeBy.isEmpty() && !isAscii(filter.madeBy)))
        return int(select(filter).size());
    QVariantList values;
    const QString statement = u"SELECT COUNT(*) FROM ("_s + sql(SelectEntries) +
                              whereClause(filter, m_programId, values) + u") AS counted"_s;
    std::optional<QSqlQuery> query = read(statement, values);
    if (!query || !query->next())
        return 0;
    return query->value(0).toInt();
}

QStringList Journal::actions() const {
    std::optional<QSqlQuery> query =
        m_shared ? read(u"SELECT DISTINCT action FROM team_journal_operations "
                        "WHERE program_id = ? ORDER BY action"_s,
                        {m_programId})
                 : read(u"SELECT DISTINCT action FROM operations ORDER BY action"_s, {});
    if (!query)
        return {};
    QStringList result;
    while (query->next())
        result << query->value(0).toString();
    return result;
}

QList<JournalEntry> Journal::needingDecision() const {
    JournalFilter filter;
    filter.needsDecision = true;
    return select(filter);
}

QList<JournalEntry> Journal::filtered(const QList<JournalEntry> &entries,
                                      const JournalFilter &filter) {
    QList<JournalEntry> result;
    for (const JournalEntry &entry : entries) {
        if (filter.matches(entry))
            result.append(entry);
    }
    return result;
}

bool Journal::exportCsv(QIODevice *device, const QList<JournalEntry> &entries) {
    if (!device || !device->isWritable())
        return false;
    const auto writeRow = [device](const QStringList &fields) {
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString &field : fields)
            quoted.append(CsvField::quoted(field));
        const QByteArray row = quoted.join(u',').toUtf8() + "\r\n";
        return device->write(row) == row.size();
    };
    bool ok = writeRow({tr("Operation"),
                        tr("Time (UTC)"),
                        tr("Profile"),
                        tr("Profile ID"),
                        tr("Action"),
                        tr("Customer"),
                        tr("Method"),
                        tr("Path"),
                        tr("Payload"),
                        tr("Reason"),
                        tr("Outcome"),
                        tr("HTTP status"),
                        tr("Outcome time (UTC)"),
                        tr("Detail"),
                        tr("Decision"),
                        tr("Decided by"),
                        tr("Decision time (UTC)"),
                        tr("Sent again as"),
                        tr("Made by (user)"),
                        tr("Made by (name)")});
    for (const JournalEntry &entry : entries) {
        if (!ok)
            break;
        ok = writeRow({
            entry.opId,
            csvTime(entry.time),
            entry.operation.profileName,
            entry.operation.profileId,
            entry.operation.action,
            entry.operation.customer,
            entry.operation.method,
            entry.operation.path,
            QString::fromUtf8(
                QJsonDocument(entry.operation.payload).toJson(QJsonDocument::Compact)),
            entry.operation.reason,
            outcomeText(entry.outcome),
            entry.httpStatus > 0 ? QString::number(entry.httpStatus) : QString(),
            csvTime(entry.outcomeTime),
            entry.detail,
            decisionText(entry.decision),
            entry.decidedBy,
            csvTime(entry.decisionTime),
            entry.sentAgainAs,
            entry.madeByUser,
            entry.madeByName,
        });
    }
    return ok;
}

QString Journal::outcomeId(JournalOutcome outcome) {
    switch (outcome) {
    case JournalOutcome::None:
        return u"pending"_s;
    case JournalOutcome::Succeeded:
        return u"succeeded"_s;
    case JournalOutcome::NotMade:
        return u"not_made"_s;
    case JournalOutcome::NotSent:
        return u"not_sent"_s;
    case JournalOutcome::Unknown:
        return u"unknown"_s;
    }
    return {};
}

JournalOutcome Journal::outcomeFromId(const QString &id) {
    if (id == u"succeeded")
        return JournalOutcome::Succeeded;
    // Older files knew only "failed", which meant refused by the server or never sent: either
    // way the change was not made.
    if (id == u"not_made" || id == u"failed")
        return JournalOutcome::NotMade;
    if (id == u"not_sent")
        return JournalOutcome::NotSent;
    if (id == u"unknown")
        return JournalOutcome::Unknown;
    return JournalOutcome::None;
}

QString Journal::decisionId(JournalDecision decision) {
    switch (decision) {
    case JournalDecision::None:
        return {};
    case JournalDecision::WentThrough:
        return u"went_through"_s;
    case JournalDecision::NotMade:
        return u"not_made"_s;
    case JournalDecision::SentAgain:
        return u"sent_again"_s;
    case JournalDecision::Later:
        return u"later"_s;
    case JournalDecision::Checked:
        return u"checked"_s;
    }
    return {};
}

JournalDecision Journal::decisionFromId(const QString &id) {
    for (JournalDecision decision :
         {JournalDecision::WentThrough, JournalDecision::NotMade, JournalDecision::SentAgain,
          JournalDecision::Later, JournalDecision::Checked}) {
        if (id == decisionId(decision))
            return decision;
    }
    return JournalDecision::None;
}

QString Journal::decisionText(JournalDecision decision) {
    switch (decision) {
    case JournalDecision::None:
        return {};
    case JournalDecision::WentThrough:
        return tr("It went through");
    case JournalDecision::NotMade:
        return tr("It was not made");
    case JournalDecision::SentAgain:
        return tr("Sent again");
    case JournalDecision::Later:
        return tr("Decide later");
    case JournalDecision::Checked:
        return tr("Checked");
    }
    return {};
}

QString Journal::currentUser() {
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME"); // Windows
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
#ifdef Q_OS_UNIX
    // Services and containers often start without those variables; the account still has a
    // name, and a decision must say who made it.
    if (user.isEmpty()) {
        if (const passwd *account = ::getpwuid(::getuid()))
            user = QString::fromLocal8Bit(account->pw_name);
    }
#endif
    return user;
}

QString Journal::outcomeText(JournalOutcome outcome) {
    switch (outcome) {
    case JournalOutcome::Succeeded:
        return tr("Succeeded");
    case JournalOutcome::NotMade:
        return tr("Not made");
    case JournalOutcome::NotSent:
        return tr("Not sent");
    case JournalOutcome::Unknown:
        return tr("Unknown");
    case JournalOutcome::None:
        break;
    }
    return tr("No outcome");
}

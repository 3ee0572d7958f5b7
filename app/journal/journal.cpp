#include "app/journal/journal.h"

#include "app/store/durablefile.h"
#include "models/csvfield.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qsizetype MinimumSecretLength = 6;

QString nowUtc() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QJsonValue &value) {
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.toUTC();
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

// Value by value rather than on the serialised line: a secret containing a quote or a
// backslash is escaped in JSON and would slip past a search of the text, and replacing text
// could break the line's structure.
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

bool endsWithNewline(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() == 0)
        return true;
    char last = '\n';
    file.seek(file.size() - 1);
    file.getChar(&last);
    return last == '\n';
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
}

QString Journal::defaultFilePath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/journal.jsonl"_s;
}

void Journal::addSecret(const QString &secret) {
    if (secret.size() < MinimumSecretLength || m_secrets.contains(secret))
        return;
    m_secrets.append(secret);
}

QString Journal::begin(const JournalOperation &operation, QString *errorMessage) {
    const QString opId = operation.opId.isEmpty()
                             ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                             : operation.opId;
    QJsonObject line{
        {u"type"_s, u"begin"_s},
        {u"op"_s, opId},
        {u"time"_s, nowUtc()},
        {u"profile"_s, operation.profileId},
        {u"profileName"_s, operation.profileName},
        {u"action"_s, operation.action},
        {u"customer"_s, operation.customer},
        {u"method"_s, operation.method},
        {u"path"_s, operation.path},
        {u"payload"_s, operation.payload},
    };
    if (!operation.reason.isEmpty())
        line.insert(u"reason"_s, operation.reason);
    if (!appendLine(line, errorMessage))
        return {};
    emit written(opId);
    return opId;
}

bool Journal::finish(const QString &opId, JournalOutcome outcome, int httpStatus,
                     const QString &detail, QString *errorMessage) {
    if (opId.isEmpty() || outcome == JournalOutcome::None)
        return fail(tr("No outcome can be recorded without an operation."), errorMessage);
    const QJsonObject line{
        {u"type"_s, u"outcome"_s},          {u"op"_s, opId},           {u"time"_s, nowUtc()},
        {u"outcome"_s, outcomeId(outcome)}, {u"status"_s, httpStatus}, {u"detail"_s, detail},
    };
    if (!appendLine(line, errorMessage))
        return false;
    emit written(opId);
    return true;
}

bool Journal::decide(const QString &opId, JournalDecision decision, const QString &sentAgainAs,
                     QString *errorMessage) {
    if (opId.isEmpty() || decision == JournalDecision::None)
        return fail(tr("No decision can be recorded without an operation."), errorMessage);
    QJsonObject line{
        {u"type"_s, u"decision"_s}, {u"op"_s, opId},
        {u"time"_s, nowUtc()},      {u"decision"_s, decisionId(decision)},
        {u"by"_s, currentUser()},
    };
    if (!sentAgainAs.isEmpty())
        line.insert(u"sentAgainAs"_s, sentAgainAs);
    if (!appendLine(line, errorMessage))
        return false;
    emit written(opId);
    return true;
}

bool Journal::fail(const QString &sentence, QString *errorMessage) {
    m_errorString = sentence;
    if (errorMessage)
        *errorMessage = sentence;
    return false;
}

bool Journal::appendLine(QJsonObject line, QString *errorMessage) {
    if (!m_secrets.isEmpty())
        line = scrubObject(line, m_secrets);
    QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact);
    bytes.append('\n');

    const QFileInfo info(m_filePath);
    const QString directory = info.absolutePath();
    if (!QDir().mkpath(directory)) {
        return fail(tr("Could not create the folder %1 for the journal.")
                        .arg(QDir::toNativeSeparators(directory)),
                    errorMessage);
    }
    // A line torn by a crash must not swallow the next one.
    if (info.exists() && !endsWithNewline(m_filePath))
        bytes.prepend('\n');

    // Opened for each line, so that another process's lines are never overwritten. A new
    // journal names customers and amounts: DurableFile creates it for this user's eyes only.
    DurableFile file(m_filePath);
    DurableFile::Step step = DurableFile::Step::None;
    QString reason;
    if (!file.append(bytes, &step, &reason)) {
        const QString path = QDir::toNativeSeparators(m_filePath);
        switch (step) {
        case DurableFile::Step::Open:
            return fail(tr("Could not open the journal %1: %2").arg(path, reason), errorMessage);
        case DurableFile::Step::Write:
            return fail(tr("Could not write to the journal %1: %2").arg(path, reason),
                        errorMessage);
        default:
            return fail(tr("Could not save the journal %1 to disk: %2").arg(path, reason),
                        errorMessage);
        }
    }
    return true;
}

QList<JournalEntry> Journal::entries() const {
    m_skippedLines = 0;
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};

    QList<JournalEntry> result;
    QHash<QString, qsizetype> indexById;
    while (!file.atEnd()) {
        const QByteArray raw = file.readLine().trimmed();
        if (raw.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(raw, &error);
        const QJsonObject line = document.object();
        const QString opId = line.value(u"op"_s).toString();
        if (error.error != QJsonParseError::NoError || !document.isObject() || opId.isEmpty()) {
            ++m_skippedLines;
            continue;
        }
        const QString type = line.value(u"type"_s).toString();
        if (type == u"begin") {
            if (indexById.contains(opId))
                continue;
            JournalEntry entry;
            entry.opId = opId;
            entry.time = parseTime(line.value(u"time"_s));
            entry.operation.profileId = line.value(u"profile"_s).toString();
            entry.operation.profileName = line.value(u"profileName"_s).toString();
            entry.operation.action = line.value(u"action"_s).toString();
            entry.operation.customer = line.value(u"customer"_s).toString();
            entry.operation.method = line.value(u"method"_s).toString();
            entry.operation.path = line.value(u"path"_s).toString();
            entry.operation.payload = line.value(u"payload"_s).toObject();
            entry.operation.reason = line.value(u"reason"_s).toString();
            indexById.insert(opId, result.size());
            result.append(entry);
            continue;
        }
        const auto found = indexById.constFind(opId);
        if (found == indexById.cend())
            continue; // about an operation whose begin line was lost
        JournalEntry &entry = result[found.value()];
        if (type == u"outcome") {
            const JournalOutcome outcome = outcomeFromId(line.value(u"outcome"_s).toString());
            if (outcome == JournalOutcome::None) {
                ++m_skippedLines;
                continue;
            }
            // The last word counts: a later reconciliation may correct an "unknown".
            entry.outcome = outcome;
            entry.outcomeTime = parseTime(line.value(u"time"_s));
            entry.httpStatus = line.value(u"status"_s).toInt();
            entry.detail = line.value(u"detail"_s).toString();
        } else if (type == u"decision" || type == u"acknowledged") {
            // "acknowledged" lines come from versions that only recorded that someone looked.
            const JournalDecision decision =
                type == u"acknowledged" ? JournalDecision::Checked
                                        : decisionFromId(line.value(u"decision"_s).toString());
            if (decision == JournalDecision::None) {
                ++m_skippedLines;
                continue;
            }
            entry.decision = decision;
            entry.decisionTime = parseTime(line.value(u"time"_s));
            entry.decidedBy = line.value(u"by"_s).toString();
            entry.sentAgainAs = line.value(u"sentAgainAs"_s).toString();
        } else {
            ++m_skippedLines;
        }
    }
    return result;
}

QList<JournalEntry> Journal::entries(const JournalFilter &filter) const {
    return filtered(entries(), filter);
}

QList<JournalEntry> Journal::needingDecision() const {
    QList<JournalEntry> result;
    const QList<JournalEntry> all = entries();
    for (const JournalEntry &entry : all) {
        if (entry.needsDecision())
            result.append(entry);
    }
    return result;
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
    bool ok = writeRow({tr("Operation"), tr("Time (UTC)"), tr("Profile"), tr("Profile ID"),
                        tr("Action"), tr("Customer"), tr("Method"), tr("Path"), tr("Payload"),
                        tr("Reason"), tr("Outcome"), tr("HTTP status"), tr("Outcome time (UTC)"),
                        tr("Detail"), tr("Decision"), tr("Decided by"), tr("Decision time (UTC)"),
                        tr("Sent again as")});
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

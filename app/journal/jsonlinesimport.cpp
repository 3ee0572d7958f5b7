// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/journal/jsonlinesimport.h"

#include "app/journal/journal.h"
#include "app/store/sqlstore.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace {

QDateTime parseTime(const QJsonValue &value) {
    return SqlStore::timeFromText(value.toString());
}

} // namespace

bool JsonLinesImport::isSqliteFile(const QString &filePath) {
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

bool JsonLinesImport::read(const QString &filePath, QString *reason) {
    m_operations.clear();
    m_unreadable = 0;
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        if (reason)
            *reason = file.errorString();
        return false;
    }

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
            ++m_unreadable;
            continue;
        }
        const QString type = line.value(u"type"_s).toString();
        if (type == u"begin") {
            if (indexById.contains(opId))
                continue; // written twice: the first one counts, as before
            JournalEntry entry;
            entry.opId = opId;
            entry.time = parseTime(line.value(u"time"_s));
            entry.operation.opId = opId;
            entry.operation.profileId = line.value(u"profile"_s).toString();
            entry.operation.profileName = line.value(u"profileName"_s).toString();
            entry.operation.action = line.value(u"action"_s).toString();
            entry.operation.customer = line.value(u"customer"_s).toString();
            entry.operation.method = line.value(u"method"_s).toString();
            entry.operation.path = line.value(u"path"_s).toString();
            entry.operation.payload = line.value(u"payload"_s).toObject();
            entry.operation.reason = line.value(u"reason"_s).toString();
            indexById.insert(opId, m_operations.size());
            m_operations.append({entry, {}});
            continue;
        }
        const auto found = indexById.constFind(opId);
        if (found == indexById.cend()) {
            ++m_unreadable; // about an operation whose begin line was lost
            continue;
        }
        Operation &operation = m_operations[found.value()];
        if (type == u"outcome") {
            const JournalOutcome outcome =
                Journal::outcomeFromId(line.value(u"outcome"_s).toString());
            if (outcome == JournalOutcome::None) {
                ++m_unreadable;
                continue;
            }
            // The last word counts: a later reconciliation may correct an "unknown".
            operation.entry.outcome = outcome;
            operation.entry.outcomeTime = parseTime(line.value(u"time"_s));
            operation.entry.httpStatus = line.value(u"status"_s).toInt();
            operation.entry.detail = line.value(u"detail"_s).toString();
        } else if (type == u"decision" || type == u"acknowledged") {
            // "acknowledged" lines come from versions that only recorded that someone looked.
            const JournalDecision decision =
                type == u"acknowledged"
                    ? JournalDecision::Checked
                    : Journal::decisionFromId(line.value(u"decision"_s).toString());
            if (decision == JournalDecision::None) {
                ++m_unreadable;
                continue;
            }
            Decision made;
            made.decision = decision;
            made.time = parseTime(line.value(u"time"_s));
            made.decidedBy = line.value(u"by"_s).toString();
            made.sentAgainAs = line.value(u"sentAgainAs"_s).toString();
            operation.decisions.append(made);
            operation.entry.decision = made.decision;
            operation.entry.decisionTime = made.time;
            operation.entry.decidedBy = made.decidedBy;
            operation.entry.sentAgainAs = made.sentAgainAs;
        } else {
            ++m_unreadable;
        }
    }
    return true;
}

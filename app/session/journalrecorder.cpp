// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/session/journalrecorder.h"

#include "app/journal/journal.h"

#include <utility>

JournalRecorder::JournalRecorder(Journal *journal, QString profileId, QString profileName)
    : m_journal(journal)
    , m_profileId(std::move(profileId))
    , m_profileName(std::move(profileName)) {
}

bool JournalRecorder::mutationAboutToBeSent(const MutationRecord &record) {
    if (!m_journal)
        return false; // no record, no request: money is never moved off the books
    JournalOperation op;
    // The call's id, so that a screen can name the operation it sent (e.g. "sent again as").
    op.opId = record.operationId.toString(QUuid::WithoutBraces);
    op.profileId = m_profileId;
    op.profileName = m_profileName;
    op.action = record.action;
    op.customer = record.customer;
    op.method = QString::fromLatin1(record.method);
    op.path = record.path;
    op.payload = record.body;
    op.reason = record.note;
    const QString id = m_journal->begin(op);
    if (id.isEmpty())
        return false;
    m_journalIds.insert(record.operationId, id);
    return true;
}

void JournalRecorder::mutationFinished(const QUuid &operationId, const MutationOutcome &outcome) {
    const QString id = m_journalIds.take(operationId);
    if (id.isEmpty() || !m_journal)
        return;
    JournalOutcome result = JournalOutcome::Unknown;
    switch (outcome.result) {
    case ChangeOutcome::Succeeded:
        result = JournalOutcome::Succeeded;
        break;
    case ChangeOutcome::NotMade:
        result = JournalOutcome::NotMade;
        break;
    case ChangeOutcome::NotSent:
        result = JournalOutcome::NotSent;
        break;
    case ChangeOutcome::Unknown:
        result = JournalOutcome::Unknown;
        break;
    }
    const QString detail = outcome.error.isError() ? outcome.error.sentence() : QString();
    m_journal->finish(id, result, outcome.httpStatus, detail);
}

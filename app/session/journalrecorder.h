// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/mutationobserver.h"

#include <QHash>
#include <QPointer>
#include <QString>
#include <QUuid>

class Journal;

// Connects the service layer's mutation seam to the journal: every request that changes data
// is on disk before it is sent, and its outcome is appended when it is known. If the journal
// cannot be written, the request is not sent.
class JournalRecorder final : public MutationObserver {
public:
    JournalRecorder(Journal *journal, QString profileId, QString profileName);

    bool mutationAboutToBeSent(const MutationRecord &record) override;
    void mutationFinished(const QUuid &operationId, const MutationOutcome &outcome) override;

private:
    QPointer<Journal> m_journal;
    QString m_profileId;
    QString m_profileName;
    QHash<QUuid, QString> m_journalIds; // the call's operation id -> the journal's
};

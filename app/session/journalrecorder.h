// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/mutationobserver.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointer>
#include <QString>
#include <QUuid>

class Journal;

// Connects the service layer's mutation seam to the journal: every request that changes data
// is on disk before it is sent, and its outcome is appended when it is known. If the journal
// cannot be written, the request is not sent.
//
// With a team's journal (Journal::isShared), a credit first takes the customer's lease in the
// shared store (CreditLease), before it is journaled: while another console of the program is
// crediting that customer nothing is sent, and refusalReason() says who is crediting. The
// lease is released once the outcome is journaled, whatever it is; an unknown outcome keeps
// the customer blocked as an undecided credit.
class JournalRecorder final : public MutationObserver {
    Q_DECLARE_TR_FUNCTIONS(JournalRecorder)

public:
    JournalRecorder(Journal *journal, QString profileId, QString profileName);

    bool mutationAboutToBeSent(const MutationRecord &record) override;
    void mutationFinished(const QUuid &operationId, const MutationOutcome &outcome) override;
    QString refusalReason() const override { return m_refusal; }

private:
    bool takeLease(const MutationRecord &record);

    QPointer<Journal> m_journal;
    QString m_profileId;
    QString m_profileName;
    QHash<QUuid, QString> m_journalIds; // the call's operation id -> the journal's
    QHash<QUuid, QString> m_leases;     // the call's operation id -> the customer leased
    QString m_refusal;
};

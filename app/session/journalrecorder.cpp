// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/session/journalrecorder.h"

#include "app/journal/journal.h"
#include "app/team/creditlease.h"

#include <QSysInfo>

#include <optional>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {

// A lease seen taken but gone by the time its holder is read was released in between: trying
// again then takes it. Bounded, since another console may take it again each time.
constexpr int LeaseAttempts = 3;

} // namespace

JournalRecorder::JournalRecorder(Journal *journal, QString profileId, QString profileName)
    : m_journal(journal)
    , m_profileId(std::move(profileId))
    , m_profileName(std::move(profileName)) {
}

bool JournalRecorder::takeLease(const MutationRecord &record) {
    CreditLease *lease = m_journal->creditLease();
    const QString user = Journal::currentUser();
    CreditLeaseHolder me;
    me.user = user;
    me.name = m_journal->displayName().isEmpty() ? user : m_journal->displayName();
    me.console = QSysInfo::machineHostName();
    me.operationId = record.operationId.toString(QUuid::WithoutBraces);
    if (!m_journal->ensureConnected()) {
        m_refusal = m_journal->unreachableSentence();
        return false;
    }
    bool reconnected = false;
    for (int attempt = 0; attempt < LeaseAttempts; ++attempt) {
        std::optional<CreditLeaseHolder> other;
        if (lease->take({record.customer}, me, CreditLease::DefaultTtlSeconds, &other))
            return true;
        // Held by this very operation: a take whose commit arrived before its connection was
        // lost, found on the retry. It is ours.
        if (other && other->operationId == me.operationId)
            return true;
        if (other && !other->operationId.isEmpty()) {
            m_refusal = CreditLease::busySentence(*other);
            return false;
        }
        if (!other) {
            // The statement failed: the connection may have died since the last call.
            if (reconnected || !m_journal->reconnect()) {
                m_refusal = m_journal->unreachableSentence();
                return false;
            }
            reconnected = true;
        }
    }
    m_refusal = CreditLease::busySentence({});
    return false;
}

bool JournalRecorder::mutationAboutToBeSent(const MutationRecord &record) {
    m_refusal.clear();
    if (!m_journal)
        return false; // no record, no request: money is never moved off the books
    // Taken before the operation is journaled: a credit refused here was never begun.
    const bool leased = m_journal->isShared() && m_journal->creditLease() &&
                        record.action == "credit"_L1 && !record.customer.isEmpty();
    if (leased && !takeLease(record))
        return false;
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
    QString error;
    const QString id = m_journal->begin(op, &error);
    if (id.isEmpty()) {
        if (leased)
            m_journal->creditLease()->release({record.customer}, op.opId);
        // A team's store says itself why (out of reach, and that nothing was sent); the local
        // journal's failure keeps the call's own sentence about the journal folder.
        if (m_journal->isShared())
            m_refusal = error;
        return false;
    }
    m_journalIds.insert(record.operationId, id);
    if (leased)
        m_leases.insert(record.operationId, record.customer);
    return true;
}

void JournalRecorder::mutationFinished(const QUuid &operationId, const MutationOutcome &outcome) {
    const QString id = m_journalIds.take(operationId);
    const QString leasedCustomer = m_leases.take(operationId);
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
    // After the outcome is journaled, so that another console never finds the customer free
    // and the credit's outcome not yet recorded. A release that fails leaves the lease to
    // expire.
    if (!leasedCustomer.isEmpty() && m_journal->creditLease())
        m_journal->creditLease()->release({leasedCustomer}, id);
}

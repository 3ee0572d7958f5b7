// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/journal/journalentry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

class SqlStore;

// One outcome, decision or sent approval a team journal could not write to its shared store, kept
// on this computer until it can.
struct TeamOutboxItem {
    enum class Kind {
        Outcome,
        Decision,
        ApprovalSent, // a request for approval was sent as the operation opId
    };

    // A new item of `kind` about `opId`, recorded now, with a key of its own.
    static TeamOutboxItem recordedNow(Kind kind, const QString &opId);

    qint64 seq = 0; // the order they were recorded in, which is the order they are replayed in
    QString key;    // unique per item: a decision replayed twice is recorded once
    QString opId;
    Kind kind = Kind::Outcome;
    QDateTime time; // when the outcome or decision was recorded here, UTC

    JournalOutcome outcome = JournalOutcome::None;
    int httpStatus = 0;
    QString detail;

    JournalDecision decision = JournalDecision::None;
    QString decidedBy;
    QString sentAgainAs;

    QString requestId; // for ApprovalSent

    // The operation as this console began it, when it knows it: the console's own reads show
    // the operation from it while the shared store cannot be read at all.
    std::optional<JournalEntry> operation;
};

// The outbox of a team journal: an owner-only SQLite file of its own (SqlStore, synchronous
// writes), holding what finish() and decide() could not write to the shared store. add() is on
// the disk when it returns, as the journal promises for everything it records; the items are
// replayed into the store in order and removed one by one once each is there.
//
// The file is created with the first item only: a console whose store never goes away never
// writes one. Nothing in it is a secret the journal has not scrubbed already.
class TeamOutbox final {
    Q_DECLARE_TR_FUNCTIONS(TeamOutbox)

public:
    explicit TeamOutbox(QString filePath);
    ~TeamOutbox();
    TeamOutbox(const TeamOutbox &) = delete;
    TeamOutbox &operator=(const TeamOutbox &) = delete;

    QString filePath() const { return m_filePath; }
    // True when nothing waits. Counted when the file is opened and kept up to date, so that
    // asking costs nothing.
    bool isEmpty();
    int size();

    // Records `item` (its seq is assigned) and waits until it is on disk.
    bool add(const TeamOutboxItem &item);
    // Everything waiting, oldest first.
    QList<TeamOutboxItem> items();
    // Removes one item once the store holds it.
    bool remove(qint64 seq);

    // The sentence for the last failure.
    QString errorString() const { return m_error; }

private:
    bool open(bool create);
    bool fail(const QString &sentence);

    QString m_filePath;
    std::unique_ptr<SqlStore> m_store;
    int m_count = -1; // -1: not counted yet
    QString m_error;
};

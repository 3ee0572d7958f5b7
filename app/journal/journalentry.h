#pragma once

#include "app/journal/journaloperation.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

// The outcome of a change as app/api's one rule decided it (ChangeOutcome), plus None: no
// outcome was recorded (the answer never came, or the program stopped first).
enum class JournalOutcome { None, Succeeded, NotMade, NotSent, Unknown };

// One operation of the journal: its begin line merged with its outcome and acknowledgement.
struct JournalEntry {
    QString opId;
    QDateTime time; // when it was about to be sent, UTC
    JournalOperation operation;

    JournalOutcome outcome = JournalOutcome::None;
    QDateTime outcomeTime;
    int httpStatus = 0; // 0 when there was no HTTP answer
    QString detail;

    bool acknowledged = false; // a person reviewed it after it was left without an outcome
    QDateTime acknowledgedTime;

    bool hasOutcome() const { return outcome != JournalOutcome::None; }
    // The server refused it, or it never reached the server: the change certainly did not
    // happen (unlike Unknown or no outcome).
    bool certainlyNotMade() const {
        return outcome == JournalOutcome::NotMade || outcome == JournalOutcome::NotSent;
    }
    // Shown at start: nobody knows whether it reached the server, and nobody has looked yet.
    bool isPending() const { return !hasOutcome() && !acknowledged; }
};

Q_DECLARE_METATYPE(JournalEntry)

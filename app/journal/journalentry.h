// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/journal/journaloperation.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

// The outcome of a change as app/api's one rule decided it (ChangeOutcome), plus None: no
// outcome was recorded (the answer never came, or the program stopped first).
enum class JournalOutcome { None, Succeeded, NotMade, NotSent, Unknown };

// What a person decided about a change whose outcome nobody knows (Unknown, or None after a
// crash). Every decision is journaled with who and when; the last one counts.
enum class JournalDecision {
    None,        // nobody has decided yet
    WentThrough, // the data shows the change was made
    NotMade,     // the data shows it was not made
    SentAgain,   // it was not made and was sent again as another operation (sentAgainAs)
    Later,       // looked at, not decided: it comes back at the next start
    Checked,     // "marked as checked" by a version that did not record what was found
};

// One operation of the journal: its begin line merged with its outcome and acknowledgement.
struct JournalEntry {
    QString opId;
    QDateTime time; // when it was about to be sent, UTC
    JournalOperation operation;
    // Who made the change, recorded when it was begun: the operating-system user, and the name
    // they chose in Preferences (the user again when they chose none). Empty in operations
    // journaled before these were recorded.
    QString madeByUser;
    QString madeByName;

    JournalOutcome outcome = JournalOutcome::None;
    QDateTime outcomeTime;
    int httpStatus = 0; // 0 when there was no HTTP answer
    QString detail;

    JournalDecision decision = JournalDecision::None;
    QDateTime decisionTime;
    QString decidedBy;   // the operating-system user who decided
    QString sentAgainAs; // the operation that repeated it, for SentAgain

    // A team journal's entry whose outcome or decision this console holds in its outbox: the
    // team's store does not have it yet, so the other consoles still see no outcome.
    bool notInTeamStore = false;

    bool hasOutcome() const { return outcome != JournalOutcome::None; }
    // Nobody knows whether it reached the server: no outcome, or an unknown one.
    bool outcomeUnknown() const {
        return outcome == JournalOutcome::None || outcome == JournalOutcome::Unknown;
    }
    // The server refused it, or it never reached the server: the change certainly did not
    // happen (unlike Unknown or no outcome).
    // Also when a person decided it was not made (or sent it again, which says the same).
    bool certainlyNotMade() const {
        if (outcome == JournalOutcome::NotMade || outcome == JournalOutcome::NotSent)
            return true;
        return outcomeUnknown() &&
               (decision == JournalDecision::NotMade || decision == JournalDecision::SentAgain);
    }
    // The outcome is unknown and no person has decided it yet ("Decide later" is no decision):
    // listed at every start, counted in the journal window, and it blocks another credit to
    // the same customer.
    bool needsDecision() const {
        return outcomeUnknown() &&
               (decision == JournalDecision::None || decision == JournalDecision::Later);
    }
    // The change was made, as far as anyone knows: the server said so or a person decided it.
    bool madeAsFarAsKnown() const {
        return outcome == JournalOutcome::Succeeded ||
               (outcomeUnknown() && decision == JournalDecision::WentThrough);
    }
};

Q_DECLARE_METATYPE(JournalEntry)

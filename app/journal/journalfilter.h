// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/journal/journalentry.h"

#include <QDateTime>
#include <QString>

#include <optional>

// What the journal view shows; an empty field does not filter.
struct JournalFilter {
    QString profileId;                     // exact profile id
    QString customer;                      // case-insensitive part of the customer
    QString action;                        // exact action, e.g. "credit"
    QString madeBy;                        // case-insensitive part of who made it (name or user)
    QDateTime from;                        // inclusive
    QDateTime to;                          // exclusive, so that [day, next day) covers one day
    std::optional<JournalOutcome> outcome; // JournalOutcome::None: operations with no outcome
    bool needsDecision = false;            // only JournalEntry::needsDecision()

    bool matches(const JournalEntry &entry) const;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "app/journal/journalentry.h"

class Journal;
class JournalWindow;
class QWidget;

// At every start: the changes whose outcome nobody has decided, with what, how much and to
// whom, and the choice to review them now (the journal window, filtered to them) or later
// (they come back at the next start).
class UndecidedChangesPrompt final {
    Q_DECLARE_TR_FUNCTIONS(UndecidedChangesPrompt)

public:
    // Asks when the journal has changes needing a decision. Returns the journal window shown
    // for "Review now" (reusing `window` when given), or nullptr.
    static JournalWindow *ask(QWidget *parent, Journal *journal, JournalWindow *window = nullptr);
    // The message for `undecided` (not empty).
    static QString message(const QList<JournalEntry> &undecided);
    // One line per change (time, action, amount, customer, profile), at most twelve.
    static QString list(const QList<JournalEntry> &undecided);
    // Why the profile `profileId` must not be deleted yet (its changes still need a
    // decision: deleting it would hide them), or an empty string. A ProfileStore guard.
    static QString profileRemovalRefusal(const Journal *journal, const QString &profileId);
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/journal/journalentry.h"

#include <QList>
#include <QString>
#include <QStringList>

class Journal;

// Earlier credits to a customer whose outcome is unknown and undecided: while there is one,
// no new credit goes to that customer (the single credit dialog and bulk runs alike). A
// second credit on top of one that may have gone through is how balances get credited twice.
namespace UndecidedCredits {

// Oldest first. For a team's shared journal, the credits of every console of the program.
// `customerIds` are the values the customer may have been credited under (key, id): the journal
// keeps the one used in the path.
QList<JournalEntry> find(const Journal *journal, const QString &profileId,
                         const QStringList &customerIds);

// "A credit of 10.00 USD on 04/12/2026 14:02 needs a decision", for a row or a banner; with
// who sent it ("... by Anna on ...") when another person of the team did.
QString describe(const JournalEntry &entry);

} // namespace UndecidedCredits

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/journal/journalentry.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Journal;

// "Did this console just credit the same customer the same amount?" Answered from the
// journal of this profile (of the whole program, for a team's shared journal: another
// console's credit counts the same), so it still holds after a restart or a crash, and counts
// credits whose outcome is unknown (they may well have gone through) or that a person decided went
// through. Credits certainly not made are ignored (refused, never sent, or decided "not made"
// or "sent again"): those changed nothing.
class RecentCredits final {
public:
    static constexpr int WindowSeconds = 10 * 60;

    RecentCredits(const Journal *journal, QString profileId);

    // The profile id whose credits count: `profileId` for a local journal, empty (every
    // console of the program) for a team's shared one.
    static QString scopeFor(const Journal *journal, const QString &profileId);

    // The newest matching credit within the window before `now`. `customerIds` are the values
    // the customer may have been credited under (key, id): the journal keeps the one used in
    // the path.
    std::optional<JournalEntry> find(const QStringList &customerIds, double amount,
                                     const QString &units,
                                     const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    // The same on entries already read (a bulk run reads the journal once). An empty
    // `profileId` takes every profile's credits (see scopeFor()).
    static std::optional<JournalEntry> findIn(const QList<JournalEntry> &entries,
                                              const QString &profileId,
                                              const QStringList &customerIds, double amount,
                                              const QString &units, const QDateTime &now);
    // The journal's credits of this profile in the window before `now`, oldest first.
    QList<JournalEntry> recentEntries(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    // "3 minutes ago (succeeded)", for the warning.
    static QString describe(const JournalEntry &entry,
                            const QDateTime &now = QDateTime::currentDateTimeUtc());

    // True when `entry` was made by this console's person in this profile, false when another
    // person of the team (or another profile) made it.
    static bool isOwn(const JournalEntry &entry, const QString &profileId);
    // "Anna credited this customer 10.00 EUR at 14:02 (3 minutes ago; it went through).", for
    // a credit another person of the team made: their display name, else their user name.
    static QString describeByOther(const JournalEntry &entry,
                                   const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    const Journal *m_journal;
    QString m_profileId;
};

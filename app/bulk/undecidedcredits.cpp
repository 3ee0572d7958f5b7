// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/bulk/undecidedcredits.h"

#include "app/journal/journal.h"
#include "app/journal/journalmodel.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

QList<JournalEntry> UndecidedCredits::find(const Journal *journal, const QString &profileId,
                                           const QStringList &customerIds) {
    if (!journal)
        return {};
    JournalFilter filter;
    filter.action = u"credit"_s;
    filter.needsDecision = true;
    QList<JournalEntry> result;
    const QList<JournalEntry> entries = journal->entries(filter);
    for (const JournalEntry &entry : entries) {
        // A team's journal holds the program's rows only, each console under its own profile id:
        // every one of them blocks.
        if (!journal->isShared() && entry.operation.profileId != profileId)
            continue;
        for (const QString &id : customerIds) {
            if (!id.isEmpty() && entry.operation.customer == id) {
                result.append(entry);
                break;
            }
        }
    }
    return result;
}

QString UndecidedCredits::describe(const JournalEntry &entry) {
    // Another person of the team sent it (a shared journal): they are the one to ask.
    if (!entry.madeByUser.isEmpty() && entry.madeByUser != Journal::currentUser()) {
        return QCoreApplication::translate("UndecidedCredits",
                                           "a credit of %1 by %2 on %3 needs a decision")
            .arg(JournalModel::amountText(entry),
                 entry.madeByName.isEmpty() ? entry.madeByUser : entry.madeByName,
                 QLocale().toString(entry.time.toLocalTime(), QLocale::ShortFormat));
    }
    return QCoreApplication::translate("UndecidedCredits", "a credit of %1 on %2 needs a decision")
        .arg(JournalModel::amountText(entry),
             QLocale().toString(entry.time.toLocalTime(), QLocale::ShortFormat));
}

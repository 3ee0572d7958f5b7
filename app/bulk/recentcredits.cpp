// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/bulk/recentcredits.h"

#include "app/journal/journal.h"
#include "app/journal/journalmodel.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {

// Money has cents; anything closer than half a cent is the same amount.
bool sameAmount(double a, double b) {
    return std::abs(a - b) < 0.005;
}

} // namespace

RecentCredits::RecentCredits(const Journal *journal, QString profileId)
    : m_journal(journal)
    , m_profileId(scopeFor(journal, profileId)) {
}

QString RecentCredits::scopeFor(const Journal *journal, const QString &profileId) {
    // In a team's journal every console has a profile id of its own; the program's rows are
    // all the team's, and the journal keeps to them already.
    return journal && journal->isShared() ? QString() : profileId;
}

QList<JournalEntry> RecentCredits::recentEntries(const QDateTime &now) const {
    if (!m_journal)
        return {};
    // Asked of the journal's database (an index on profile, action and time), not read whole:
    // the bulk-credit form asks on every keystroke.
    JournalFilter filter;
    filter.profileId = m_profileId;
    filter.action = u"credit"_s;
    filter.from = now.addSecs(-WindowSeconds);
    return m_journal->entries(filter);
}

std::optional<JournalEntry> RecentCredits::find(const QStringList &customerIds, double amount,
                                                const QString &units, const QDateTime &now) const {
    return findIn(recentEntries(now), m_profileId, customerIds, amount, units, now);
}

std::optional<JournalEntry> RecentCredits::findIn(const QList<JournalEntry> &entries,
                                                  const QString &profileId,
                                                  const QStringList &customerIds, double amount,
                                                  const QString &units, const QDateTime &now) {
    const QDateTime from = now.addSecs(-WindowSeconds);
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        const JournalEntry &entry = *it;
        if (entry.operation.action != "credit"_L1 ||
            (!profileId.isEmpty() && entry.operation.profileId != profileId))
            continue;
        if (entry.time < from || entry.time > now.addSecs(60))
            continue;
        if (entry.certainlyNotMade())
            continue;
        bool sameCustomer = false;
        for (const QString &id : customerIds) {
            if (!id.isEmpty() && entry.operation.customer == id)
                sameCustomer = true;
        }
        if (!sameCustomer)
            continue;
        const QJsonObject payload = entry.operation.payload;
        if (!sameAmount(payload.value("amount"_L1).toDouble(-1), amount))
            continue;
        if (payload.value("amount_units"_L1).toString().compare(units, Qt::CaseInsensitive) != 0)
            continue;
        return entry;
    }
    return std::nullopt;
}

QString RecentCredits::describe(const JournalEntry &entry, const QDateTime &now) {
    const qint64 seconds = qMax<qint64>(0, entry.time.secsTo(now));
    const int minutes = int(seconds / 60);
    const QString when =
        minutes < 1
            ? QCoreApplication::translate("RecentCredits", "less than a minute ago")
            : QCoreApplication::translate("RecentCredits", "%n minutes ago", nullptr, minutes);
    QString outcome;
    switch (entry.outcome) {
    case JournalOutcome::Succeeded:
        outcome = QCoreApplication::translate("RecentCredits", "it went through");
        break;
    case JournalOutcome::Unknown:
    case JournalOutcome::None:
        outcome = entry.decision == JournalDecision::WentThrough
                      ? QCoreApplication::translate("RecentCredits", "%1 decided it went through")
                            .arg(entry.decidedBy)
                      : QCoreApplication::translate("RecentCredits", "its outcome is unknown");
        break;
    case JournalOutcome::NotMade:
        outcome = QCoreApplication::translate("RecentCredits", "it was refused");
        break;
    case JournalOutcome::NotSent:
        outcome = QCoreApplication::translate("RecentCredits", "it was not sent");
        break;
    }
    return QCoreApplication::translate("RecentCredits", "%1; %2").arg(when, outcome);
}

bool RecentCredits::isOwn(const JournalEntry &entry, const QString &profileId) {
    // Entries from before the journal recorded who made them are this computer's own.
    if (entry.madeByUser.isEmpty())
        return true;
    return entry.operation.profileId == profileId && entry.madeByUser == Journal::currentUser();
}

QString RecentCredits::describeByOther(const JournalEntry &entry, const QDateTime &now) {
    const QString who = entry.madeByName.isEmpty() ? entry.madeByUser : entry.madeByName;
    const QString at = QLocale().toString(entry.time.toLocalTime().time(), QLocale::ShortFormat);
    return QCoreApplication::translate("RecentCredits", "%1 credited this customer %2 at %3 (%4).",
                                       "who, amount, time of day, how long ago and outcome")
        .arg(who, JournalModel::amountText(entry), at, describe(entry, now));
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/journal/journalfilter.h"

bool JournalFilter::matches(const JournalEntry &entry) const {
    if (!profileId.isEmpty() && entry.operation.profileId != profileId)
        return false;
    if (!customer.isEmpty() && !entry.operation.customer.contains(customer, Qt::CaseInsensitive))
        return false;
    if (!madeBy.isEmpty() && !entry.madeByName.contains(madeBy, Qt::CaseInsensitive) &&
        !entry.madeByUser.contains(madeBy, Qt::CaseInsensitive))
        return false;
    if (!action.isEmpty() && entry.operation.action != action)
        return false;
    if (from.isValid() && entry.time < from)
        return false;
    if (to.isValid() && entry.time >= to)
        return false;
    if (outcome && entry.outcome != *outcome)
        return false;
    if (needsDecision && !entry.needsDecision())
        return false;
    return true;
}

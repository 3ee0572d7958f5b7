// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/programkind.h"

using namespace Qt::Literals::StringLiterals;

QString programKindId(ProgramKind kind) {
    switch (kind) {
    case ProgramKind::Affiliate:
        return u"affiliate"_s;
    case ProgramKind::ReferAFriend:
        return u"refer"_s;
    case ProgramKind::Unknown:
        break;
    }
    return u"unknown"_s;
}

ProgramKind programKindFromId(const QString &id) {
    const QString normalized = id.trimmed().toLower();
    if (normalized == "affiliate"_L1)
        return ProgramKind::Affiliate;
    // Settings written by hand or by the API's own wording ("refer_a_friend") mean the same.
    if (normalized == "refer"_L1 || normalized == "refer-a-friend"_L1 ||
        normalized == "refer_a_friend"_L1 || normalized == "referafriend"_L1) {
        return ProgramKind::ReferAFriend;
    }
    return ProgramKind::Unknown;
}

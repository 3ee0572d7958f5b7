// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/programkind.h"

#include <QCoreApplication>

// How the console names a program kind to people.
inline QString programKindText(ProgramKind kind) {
    switch (kind) {
    case ProgramKind::Affiliate:
        return QCoreApplication::translate("ProgramKind", "Affiliate");
    case ProgramKind::ReferAFriend:
        return QCoreApplication::translate("ProgramKind", "Refer-a-friend");
    case ProgramKind::Unknown:
        break;
    }
    return QCoreApplication::translate("ProgramKind", "Unknown kind");
}

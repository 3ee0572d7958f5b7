// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The two kinds of Partnero program served behind one /v1/customers URL.
enum class ProgramKind { Unknown, Affiliate, ReferAFriend };

// Stable, untranslated names used in settings and on the command line ("affiliate", "refer").
QString programKindId(ProgramKind kind);
ProgramKind programKindFromId(const QString &id);

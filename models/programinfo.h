// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/programkind.h"

#include <QString>

// What GET /v1/program/overview or GET /v1/test says about the key's program.
struct ProgramInfo {
    ProgramKind kind = ProgramKind::Unknown;
    QString name;
    QString typeTitle; // as the server words it
    QString currency;  // the program's currency code, when the overview tells it
};

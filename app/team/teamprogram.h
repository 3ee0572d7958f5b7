// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/programkind.h"

#include <QDateTime>
#include <QString>

// A Partnero program as a team's shared store knows it: every row of the shared journal and
// index carries its id, so that several programs can share one database.
struct TeamProgram {
    QString id;       // given by the store when the program is registered (a UUID)
    QString name;     // chosen by whoever registered it; unique in the store, ignoring case
    QString serverId; // the id the API gives the program, where it offers one; else empty
    ProgramKind kind = ProgramKind::Unknown;
    QString apiUrl;    // the API it was registered from, for people choosing from the list
    QString createdBy; // operating-system user
    QDateTime createdAt;

    bool isNull() const { return id.isEmpty(); }
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/store/postgrestarget.h"

#include <QString>

// Where a customer index lives: a profile's own SQLite file (or a CustomerIndex::memoryLocation),
// or a team's shared PostgreSQL database, where the rows of one program are kept apart from
// the others' by its id. Every connection to an index (the screens', a sync's writer, an
// export's) is opened from one of these, so a worker can open its own connection to the same
// index.
//
// The password of a shared store is held here in memory only, for the workers' connections:
// it is never written anywhere. Empty, libpq looks in PGPASSWORD and ~/.pgpass.
struct IndexLocation {
    QString filePath;
    PostgresTarget sharedStore;
    QString password;
    QString programId;

    IndexLocation() = default;
    // A file path is the common case, so it converts: callers that name a file stay as they are.
    IndexLocation(const QString &path) // NOLINT(google-explicit-constructor)
        : filePath(path) {}

    static IndexLocation shared(const PostgresTarget &target, const QString &password,
                                const QString &programId) {
        IndexLocation location;
        location.sharedStore = target;
        location.password = password;
        location.programId = programId;
        return location;
    }

    bool isShared() const { return !sharedStore.isEmpty(); }
};

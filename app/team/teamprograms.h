// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/team/teamprogram.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class SqlStore;
struct PostgresTarget;

// The programs registered in a team's shared store (table team_programs, its own schema steps
// in team_program_versions). A program is registered once, by the first console that sets the
// store up for it; every other console picks it from list(). Where the API tells the program's
// own id, that id finds it, so two consoles never file one program twice; otherwise the name
// must be unique. Registration runs under a lock, so two consoles registering at the same
// moment end with one program.
class TeamPrograms final {
    Q_DECLARE_TR_FUNCTIONS(TeamPrograms)

public:
    explicit TeamPrograms(SqlStore *store);

    static QString versionTable();

    // Creates or migrates the table. False with errorString() when the store cannot be used or
    // is newer than this console.
    bool prepare();
    // Sorted by name.
    QList<TeamProgram> list();
    std::optional<TeamProgram> byId(const QString &id);

    // Registers `wanted` (its name, serverId, kind, apiUrl; id, createdBy and createdAt are
    // given here) and returns it. When its serverId is registered already, returns that
    // program instead (*existed = true). A name already taken by another program is refused
    // with a sentence in errorString() that says to pick it from the list.
    std::optional<TeamProgram> registerProgram(const TeamProgram &wanted, bool *existed = nullptr);

    QString errorString() const { return m_error; }

    // For the command line (--store URL --program NAME): connects to `target` (a connection of
    // its own, closed again), and finds the program registered under `name` (ignoring case and
    // repeated spaces). Without a match the sentence lists the names there are.
    static std::optional<TeamProgram> findByName(const PostgresTarget &target,
                                                 const QString &password, const QString &name,
                                                 QString *error);
    // The program of `programs` (the store's list) named `name` as findByName() finds it, or
    // the sentence that says which names there are.
    static std::optional<TeamProgram> pickByName(const QList<TeamProgram> &programs,
                                                 const PostgresTarget &target, const QString &name,
                                                 QString *error);

private:
    std::optional<TeamProgram> selectOne(const QString &condition, const QString &value);
    bool fail(const QString &sentence);

    SqlStore *m_store;
    QString m_error;
};

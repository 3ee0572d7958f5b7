// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class SqlStore;

// One versioned step of a schema: the statements that bring a database from the previous
// version to `version`. Steps are never changed once released; a change is a new step.
struct Migration {
    int version = 0;
    QStringList statements;
};

// Brings a database to the newest schema this program knows, step by step. Each step runs in
// its own transaction and is recorded in a version table (schema_migrations(version, applied_at) by
// default), so a crash between steps leaves a database at a known version, and a step is never
// applied twice (also when two programs open a new database at the same time). A database whose
// schema is newer than this program knows is refused and left untouched: an older program could not
// keep to rules it does not know.
class Migrations final {
    Q_DECLARE_TR_FUNCTIONS(Migrations)

public:
    enum class Result {
        Ready,       // at the newest version (steps may have been applied)
        NewerSchema, // written by a newer program: not touched
        Failed,      // a statement failed: see SqlStore::errorString()
    };

    // The table a database's versions are recorded in, unless a part names its own.
    static QString defaultVersionTable();

    // `steps` in ascending order of version, starting at 1. Parts that share one database
    // (the team journal, the shared index) each record their own steps in a `versionTable`
    // of their own, so that each part's schema moves on by itself.
    explicit Migrations(QList<Migration> steps, QString versionTable = defaultVersionTable());

    int latestVersion() const;

    // The one sentence for a shared store (or one part of it) whose schema a newer console
    // set up: every part that refuses it says the same, so people learn one remedy.
    // `location` names the store ("partnero@db.example.com:5432/console").
    static QString newerStoreSentence(const QString &location);
    QString versionTable() const { return m_versionTable; }

    // The version recorded in the database, 0 for one without the version table. -1 and
    // the store's error when it cannot be read.
    static int versionOf(SqlStore &store, const QString &versionTable = defaultVersionTable());

    // Checks the version, then (unless it is newer) makes the file durable
    // (SqlStore::useWriteAheadLog) and applies the missing steps.
    Result apply(SqlStore &store);

    // After apply(): the version found before any step ran (0 for a new database), and how
    // many steps this call applied.
    int foundVersion() const { return m_foundVersion; }
    int appliedSteps() const { return m_appliedSteps; }

private:
    QList<Migration> m_steps;
    QString m_versionTable;
    int m_foundVersion = 0;
    int m_appliedSteps = 0;
};

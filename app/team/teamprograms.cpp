// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/team/teamprograms.h"

#include "app/store/migrations.h"
#include "app/store/postgrestarget.h"
#include "app/store/sqlstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {

// Registering a program takes this lock, so that two consoles registering the same program at
// the same moment take turns and the second finds the first's row ("Prtn" and "prog").
constexpr qint64 RegisterLockKey = 0x5072746e70726f67;

QList<Migration> schema() {
    return {
        {1,
         {u"CREATE TABLE team_programs ("
          "id TEXT PRIMARY KEY, "
          "name TEXT NOT NULL, "
          "name_key TEXT NOT NULL UNIQUE, "
          "server_id TEXT UNIQUE, "
          "kind TEXT NOT NULL, "
          "api_url TEXT NOT NULL, "
          "created_by TEXT NOT NULL, "
          "created_at TEXT NOT NULL)"_s}},
    };
}

// Names compare without case and surrounding or repeated spaces: "Shop EU" and "shop  eu" are
// one program to people.
QString nameKey(const QString &name) {
    return name.simplified().toCaseFolded();
}

QString operatingSystemUser() {
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    return user.isEmpty() ? u"unknown"_s : user;
}

TeamProgram readRow(const QSqlQuery &q) {
    TeamProgram program;
    program.id = q.value(0).toString();
    program.name = q.value(1).toString();
    program.serverId = q.value(2).toString();
    program.kind = programKindFromId(q.value(3).toString());
    program.apiUrl = q.value(4).toString();
    program.createdBy = q.value(5).toString();
    program.createdAt = SqlStore::timeFromText(q.value(6).toString());
    return program;
}

const QString Columns = u"id, name, server_id, kind, api_url, created_by, created_at"_s;

} // namespace

TeamPrograms::TeamPrograms(SqlStore *store)
    : m_store(store) {
}

QString TeamPrograms::versionTable() {
    return u"team_program_versions"_s;
}

bool TeamPrograms::fail(const QString &sentence) {
    m_error = sentence;
    return false;
}

bool TeamPrograms::prepare() {
    m_error.clear();
    Migrations migrations(schema(), versionTable());
    switch (migrations.apply(*m_store)) {
    case Migrations::Result::Ready:
        return true;
    case Migrations::Result::NewerSchema:
        return fail(Migrations::newerStoreSentence(m_store->location()));
    case Migrations::Result::Failed:
        break;
    }
    return fail(m_store->errorString());
}

QList<TeamProgram> TeamPrograms::list() {
    m_error.clear();
    QList<TeamProgram> programs;
    QSqlQuery q = m_store->query();
    if (!q.exec(u"SELECT %1 FROM team_programs ORDER BY name_key, id"_s.arg(Columns))) {
        m_store->fail(tr("reading the programs"), q.lastError());
        fail(m_store->errorString());
        return programs;
    }
    while (q.next())
        programs.append(readRow(q));
    return programs;
}

std::optional<TeamProgram> TeamPrograms::selectOne(const QString &condition, const QString &value) {
    QSqlQuery q = m_store->query();
    if (!m_store->prepare(q, u"SELECT %1 FROM team_programs WHERE %2 = ?"_s.arg(Columns, condition),
                          tr("reading the programs"))) {
        fail(m_store->errorString());
        return std::nullopt;
    }
    q.addBindValue(value);
    if (!m_store->exec(q, tr("reading the programs"))) {
        fail(m_store->errorString());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return readRow(q);
}

std::optional<TeamProgram> TeamPrograms::byId(const QString &id) {
    m_error.clear();
    return selectOne(u"id"_s, id);
}

std::optional<TeamProgram> TeamPrograms::registerProgram(const TeamProgram &wanted, bool *existed) {
    m_error.clear();
    if (existed)
        *existed = false;
    const QString name = wanted.name.simplified();
    if (name.isEmpty()) {
        fail(tr("Enter a name for the program, as the team will see it in the list."));
        return std::nullopt;
    }
    if (!m_store->beginWrite() || !m_store->lockForTransaction(RegisterLockKey)) {
        fail(m_store->errorString());
        m_store->rollback();
        return std::nullopt;
    }
    const auto abandon = [this](const QString &sentence) {
        m_store->rollback();
        fail(sentence);
        return std::nullopt;
    };
    const QString serverId = wanted.serverId.trimmed();
    if (!serverId.isEmpty()) {
        if (std::optional<TeamProgram> known = selectOne(u"server_id"_s, serverId)) {
            m_store->rollback();
            if (existed)
                *existed = true;
            return known;
        }
        if (!m_error.isEmpty())
            return abandon(m_error);
    }
    if (std::optional<TeamProgram> taken = selectOne(u"name_key"_s, nameKey(name))) {
        return abandon(tr("The shared store already has a program named \"%1\" (registered by "
                          "%2). Pick it from the list if it is this program, or choose "
                          "another name.")
                           .arg(taken->name, taken->createdBy));
    }
    if (!m_error.isEmpty())
        return abandon(m_error);

    TeamProgram program = wanted;
    program.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    program.name = name;
    program.serverId = serverId;
    program.createdBy = operatingSystemUser();
    program.createdAt = QDateTime::currentDateTimeUtc();
    QSqlQuery q = m_store->query();
    if (!m_store->prepare(q,
                          u"INSERT INTO team_programs (id, name, name_key, server_id, kind, "
                          "api_url, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                          tr("registering the program")))
        return abandon(m_store->errorString());
    q.addBindValue(program.id);
    q.addBindValue(program.name);
    q.addBindValue(nameKey(program.name));
    q.addBindValue(serverId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : serverId);
    // Qt SQL binds a null QString as NULL: an unknown kind or address is empty text.
    q.addBindValue(SqlStore::text(programKindId(program.kind)));
    q.addBindValue(SqlStore::text(program.apiUrl));
    q.addBindValue(program.createdBy);
    q.addBindValue(SqlStore::timeText(program.createdAt));
    if (!m_store->exec(q, tr("registering the program")))
        return abandon(m_store->errorString());
    if (!m_store->commit()) {
        fail(m_store->errorString());
        return std::nullopt;
    }
    return program;
}

std::optional<TeamProgram> TeamPrograms::findByName(const PostgresTarget &target,
                                                    const QString &password, const QString &name,
                                                    QString *error) {
    SqlStore store;
    TeamPrograms programs(&store);
    const auto refuse = [error](const QString &sentence) {
        if (error)
            *error = sentence;
        return std::nullopt;
    };
    if (!store.openPostgres(target, password, 10))
        return refuse(store.errorString());
    if (!programs.prepare())
        return refuse(programs.errorString());
    const QList<TeamProgram> all = programs.list();
    if (!programs.errorString().isEmpty())
        return refuse(programs.errorString());
    return pickByName(all, target, name, error);
}

std::optional<TeamProgram> TeamPrograms::pickByName(const QList<TeamProgram> &all,
                                                    const PostgresTarget &target,
                                                    const QString &name, QString *error) {
    const auto refuse = [error](const QString &sentence) {
        if (error)
            *error = sentence;
        return std::nullopt;
    };
    QStringList names;
    for (const TeamProgram &program : all) {
        if (nameKey(program.name) == nameKey(name))
            return program;
        names << u"\"%1\""_s.arg(program.name);
    }
    if (names.isEmpty())
        return refuse(tr("No program is registered in the shared store %1 yet: register it "
                         "from the profile's settings in the console first.")
                          .arg(target.displayName()));
    return refuse(tr("The shared store %1 has no program named \"%2\". It has: %3.")
                      .arg(target.displayName(), name.simplified(), names.join(u", "_s)));
}

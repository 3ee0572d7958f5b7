// SPDX-License-Identifier: GPL-3.0-or-later
// TeamPrograms (app/team): registering a program in a team's shared store, on a real
// PostgreSQL server the test starts itself.
#include "app/store/migrations.h"
#include "app/store/sqlstore.h"
#include "app/team/teamprograms.h"
#include "tests/common/postgresserver.h"

#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Qt::Literals::StringLiterals;

class TestTeamPrograms final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void registeredOnceAndListedForEveryone();
    void theServersIdFindsTheProgramAgain();
    void aNameIsTakenIgnoringCase();
    void twoConsolesRegisteringAtOnceEndWithOneProgram();
    void twoConsolesRegisteringAtOnceEndWithOneProgram_data();
    void aNewerStoreIsRefused();

private:
    TeamProgram program(const QString &name, const QString &serverId = {}) const;

    PostgresServer m_server;
    int m_databases = 0;
    PostgresTarget m_target;
};

void TestTeamPrograms::initTestCase() {
    if (!PostgresServer::isAvailable())
        QFAIL("PostgreSQL is not installed: packaging/install-deps.sh installs it");
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestTeamPrograms::init() {
    const QString name = u"team%1"_s.arg(++m_databases);
    QVERIFY2(m_server.createDatabase(name), qPrintable(m_server.errorString()));
    m_target = m_server.target(name);
}

TeamProgram TestTeamPrograms::program(const QString &name, const QString &serverId) const {
    TeamProgram wanted;
    wanted.name = name;
    wanted.serverId = serverId;
    wanted.kind = ProgramKind::ReferAFriend;
    wanted.apiUrl = u"https://api.partnero.com/v1"_s;
    return wanted;
}

void TestTeamPrograms::registeredOnceAndListedForEveryone() {
    SqlStore store;
    QVERIFY(store.openPostgres(m_target, {}));
    TeamPrograms programs(&store);
    QVERIFY2(programs.prepare(), qPrintable(programs.errorString()));
    QVERIFY(programs.list().isEmpty());
    const std::optional<TeamProgram> shop = programs.registerProgram(program(u"  Shop   EU "_s));
    QVERIFY2(shop, qPrintable(programs.errorString()));
    QVERIFY(!shop->id.isEmpty());
    QCOMPARE(shop->name, u"Shop EU"_s);
    QVERIFY(!shop->createdBy.isEmpty());
    QVERIFY(programs.registerProgram(program(u"Affiliates"_s)));

    // Another console of the team sees both, sorted by name, with what it needs to choose.
    SqlStore other;
    QVERIFY(other.openPostgres(m_target, {}));
    TeamPrograms theirs(&other);
    QVERIFY(theirs.prepare());
    const QList<TeamProgram> listed = theirs.list();
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed.at(0).name, u"Affiliates"_s);
    QCOMPARE(listed.at(1).id, shop->id);
    QCOMPARE(listed.at(1).kind, ProgramKind::ReferAFriend);
    QCOMPARE(listed.at(1).apiUrl, u"https://api.partnero.com/v1"_s);

    QCOMPARE(theirs.byId(shop->id)->name, u"Shop EU"_s);
    QVERIFY(!theirs.byId(u"nobody"_s));

    // Only a name: the kind and address are not known to whoever registers it.
    TeamProgram bare;
    bare.name = u"Bare"_s;
    QVERIFY2(programs.registerProgram(bare), qPrintable(programs.errorString()));
    QVERIFY(!programs.registerProgram(program(u"   "_s)));
    QVERIFY2(programs.errorString().contains(u"name"_s), qPrintable(programs.errorString()));
}

void TestTeamPrograms::theServersIdFindsTheProgramAgain() {
    SqlStore store;
    QVERIFY(store.openPostgres(m_target, {}));
    TeamPrograms programs(&store);
    QVERIFY(programs.prepare());
    bool existed = true;
    const auto first = programs.registerProgram(program(u"Shop"_s, u"P-1234"_s), &existed);
    QVERIFY(first);
    QVERIFY(!existed);
    // Another console names it differently: the server's id says it is the same program.
    const auto again = programs.registerProgram(program(u"Our shop"_s, u"P-1234"_s), &existed);
    QVERIFY2(again, qPrintable(programs.errorString()));
    QVERIFY(existed);
    QCOMPARE(again->id, first->id);
    QCOMPARE(again->name, u"Shop"_s);
    QCOMPARE(programs.list().size(), 1);
}

void TestTeamPrograms::aNameIsTakenIgnoringCase() {
    SqlStore store;
    QVERIFY(store.openPostgres(m_target, {}));
    TeamPrograms programs(&store);
    QVERIFY(programs.prepare());
    QVERIFY(programs.registerProgram(program(u"Shop EU"_s)));
    QVERIFY(!programs.registerProgram(program(u"shop eu"_s)));
    QVERIFY2(programs.errorString().contains(u"\"Shop EU\""_s) &&
                 programs.errorString().contains(u"Pick it from the list"_s),
             qPrintable(programs.errorString()));
    QCOMPARE(programs.list().size(), 1);
}

void TestTeamPrograms::twoConsolesRegisteringAtOnceEndWithOneProgram_data() {
    QTest::addColumn<QString>("serverId");
    QTest::newRow("the server tells its id") << u"P-77"_s;
    QTest::newRow("only a name") << QString();
}

void TestTeamPrograms::twoConsolesRegisteringAtOnceEndWithOneProgram() {
    QFETCH(QString, serverId);
    {
        SqlStore store;
        QVERIFY(store.openPostgres(m_target, {}));
        QVERIFY(TeamPrograms(&store).prepare());
    }
    // Twenty rounds of two consoles, each on a connection and thread of its own, registering
    // the same program at the same moment.
    for (int round = 0; round < 20; ++round) {
        const QString name = u"Program %1"_s.arg(round);
        std::optional<TeamProgram> results[2];
        QString errors[2];
        std::unique_ptr<QThread> threads[2];
        for (int i = 0; i < 2; ++i) {
            threads[i].reset(QThread::create([&, i] {
                SqlStore store;
                if (!store.openPostgres(m_target, {})) {
                    errors[i] = store.errorString();
                    return;
                }
                TeamPrograms programs(&store);
                results[i] = programs.registerProgram(program(
                    name, serverId.isEmpty() ? QString() : serverId + QString::number(round)));
                errors[i] = programs.errorString();
            }));
        }
        for (auto &thread : threads)
            thread->start();
        for (auto &thread : threads)
            QVERIFY(thread->wait(30000));
        if (serverId.isEmpty()) {
            // One registers it; the other is told the name is taken.
            QCOMPARE(int(results[0].has_value()) + int(results[1].has_value()), 1);
            QVERIFY2(errors[0].contains(u"Pick it from the list"_s) ||
                         errors[1].contains(u"Pick it from the list"_s),
                     qPrintable(errors[0] + errors[1]));
        } else {
            // Both end with the same program.
            QVERIFY2(results[0] && results[1], qPrintable(errors[0] + errors[1]));
            QCOMPARE(results[0]->id, results[1]->id);
        }
    }
    SqlStore store;
    QVERIFY(store.openPostgres(m_target, {}));
    QCOMPARE(TeamPrograms(&store).list().size(), 20);
}

void TestTeamPrograms::aNewerStoreIsRefused() {
    SqlStore store;
    QVERIFY(store.openPostgres(m_target, {}));
    TeamPrograms programs(&store);
    QVERIFY(programs.prepare());
    QVERIFY(
        store.exec(u"INSERT INTO team_program_versions (version, applied_at) VALUES (99, 'x')"_s,
                   u"a newer version"_s));
    QVERIFY(!programs.prepare());
    QVERIFY2(programs.errorString().contains(u"newer Partnero Console"_s),
             qPrintable(programs.errorString()));
}

QTEST_GUILESS_MAIN(TestTeamPrograms)
#include "tst_teamprograms.moc"

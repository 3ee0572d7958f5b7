// SPDX-License-Identifier: GPL-3.0-or-later
// SqlStore and Migrations (app/store) on a real PostgreSQL server that the test starts itself
// (tests/common/postgresserver.h), and PostgresTarget, the address of a shared store.
#include "app/store/migrations.h"
#include "app/store/postgrestarget.h"
#include "app/store/sqlstore.h"
#include "tests/common/postgresserver.h"

#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

QList<Migration> steps(int count) {
    QList<Migration> result;
    for (int version = 1; version <= count; ++version) {
        result.append({version,
                       {u"CREATE TABLE t%1 (id TEXT PRIMARY KEY, n INTEGER)"_s.arg(version),
                        u"CREATE INDEX t%1_n ON t%1 (n)"_s.arg(version)}});
    }
    return result;
}

int scalar(SqlStore &store, const QString &sql) {
    QSqlQuery query = store.query();
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

class TestPostgresStore final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void addressesReadAndWrittenLikeLibpq();
    void addressesRefusedWithASentence();
    void anotherComputerIsVerifiedByDefault();
    void migrationsFromAnEmptyDatabase();
    void migrationsContinueFromAnOlderVersion();
    void twoConsolesMigrateOneDatabaseAtOnce();
    void newerSchemaIsRefusedAndUntouched();
    void partsOfOneDatabaseKeepTheirOwnVersions();
    void passwordIsRequiredAndChecked();
    void unreachableServerIsASentence();
    void verifyFullRefusesPlainAndUntrustedServers();

private:
    PostgresServer m_server;
};

void TestPostgresStore::initTestCase() {
    if (!PostgresServer::isAvailable())
        QFAIL("PostgreSQL is not installed: packaging/install-deps.sh installs it");
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestPostgresStore::addressesReadAndWrittenLikeLibpq() {
    QString problem;
    const PostgresTarget target = PostgresTarget::fromUrl(
        u"postgresql://anna@db.example.com:5433/console?sslmode=verify-ca&sslrootcert=/etc/ca.pem"_s,
        &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(target.host, u"db.example.com"_s);
    QCOMPARE(target.port, quint16(5433));
    QCOMPARE(target.user, u"anna"_s);
    QCOMPARE(target.database, u"console"_s);
    QCOMPARE(target.tls, PostgresTarget::TlsMode::VerifyCa);
    QCOMPARE(target.caFile, u"/etc/ca.pem"_s);
    QCOMPARE(PostgresTarget::fromUrl(target.url()), target);
    QCOMPARE(target.displayName(), u"anna@db.example.com:5433/console"_s);

    const PostgresTarget plain = PostgresTarget::fromUrl(u"postgres://db/team"_s, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(plain.port, PostgresTarget::DefaultPort);
    QCOMPARE(plain.tls, PostgresTarget::TlsMode::Default);
    QCOMPARE(plain.url(), u"postgresql://db/team"_s);

    const PostgresTarget socket =
        PostgresTarget::fromUrl(u"postgresql:///team?host=/run/postgresql"_s, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(socket.host, u"/run/postgresql"_s);
    QVERIFY(socket.isThisComputer());
}

void TestPostgresStore::addressesRefusedWithASentence() {
    QString problem;
    QVERIFY(PostgresTarget::fromUrl(u"postgresql://anna:secret@db/console"_s, &problem).isEmpty());
    QVERIFY2(problem.contains(u"password"_s), qPrintable(problem));
    QVERIFY(!problem.contains(u"secret"_s));
    QVERIFY(PostgresTarget::fromUrl(u"mysql://db/console"_s, &problem).isEmpty());
    QVERIFY2(problem.contains(u"postgresql://"_s), qPrintable(problem));
    QVERIFY(PostgresTarget::fromUrl(u"postgresql://db/"_s, &problem).isEmpty());
    QVERIFY2(problem.contains(u"database"_s), qPrintable(problem));
    QVERIFY(PostgresTarget::fromUrl(u"postgresql://db/x?sslmode=sometimes"_s, &problem).isEmpty());
    QVERIFY2(problem.contains(u"sometimes"_s), qPrintable(problem));
}

void TestPostgresStore::anotherComputerIsVerifiedByDefault() {
    PostgresTarget target;
    target.host = u"db.example.com"_s;
    target.database = u"console"_s;
    QCOMPARE(target.effectiveTls(), PostgresTarget::TlsMode::VerifyFull);
    QVERIFY(target.connectOptions(5).contains(u"sslmode=verify-full"_s));
    QVERIFY(target.connectOptions(5).contains(u"sslrootcert="_s));
    target.host = u"127.0.0.2"_s; // loopback, but not how this computer names itself
    QCOMPARE(target.effectiveTls(), PostgresTarget::TlsMode::VerifyFull);
    for (const QString &local : {u"127.0.0.1"_s, u"localhost"_s, u"::1"_s, u"/run/postgresql"_s}) {
        target.host = local;
        QCOMPARE(target.effectiveTls(), PostgresTarget::TlsMode::Prefer);
    }
    target.tls = PostgresTarget::TlsMode::VerifyFull;
    QCOMPARE(target.effectiveTls(), PostgresTarget::TlsMode::VerifyFull);
}

void TestPostgresStore::migrationsFromAnEmptyDatabase() {
    QVERIFY2(m_server.createDatabase(u"fresh"_s), qPrintable(m_server.errorString()));
    SqlStore store;
    QVERIFY2(store.openPostgres(m_server.target(u"fresh"_s), {}), qPrintable(store.errorString()));
    QVERIFY(store.isPostgres());
    QVERIFY(!store.isSqlite());
    Migrations migrations(steps(3));
    QCOMPARE(migrations.apply(store), Migrations::Result::Ready);
    QCOMPARE(migrations.foundVersion(), 0);
    QCOMPARE(migrations.appliedSteps(), 3);
    QCOMPARE(Migrations::versionOf(store), 3);
    QCOMPARE(scalar(store, u"SELECT COUNT(*) FROM schema_migrations"_s), 3);
    QVERIFY(store.tables().contains(u"t3"_s));

    SqlStore again;
    QVERIFY(again.openPostgres(m_server.target(u"fresh"_s), {}));
    Migrations second(steps(3));
    QCOMPARE(second.apply(again), Migrations::Result::Ready);
    QCOMPARE(second.appliedSteps(), 0);
}

void TestPostgresStore::migrationsContinueFromAnOlderVersion() {
    QVERIFY(m_server.createDatabase(u"older"_s));
    SqlStore store;
    QVERIFY(store.openPostgres(m_server.target(u"older"_s), {}));
    QCOMPARE(Migrations(steps(2)).apply(store), Migrations::Result::Ready);
    QVERIFY(store.exec(u"INSERT INTO t1 (id, n) VALUES ('kept', 1)"_s, u"a row"_s));

    Migrations newer(steps(4));
    QCOMPARE(newer.apply(store), Migrations::Result::Ready);
    QCOMPARE(newer.foundVersion(), 2);
    QCOMPARE(newer.appliedSteps(), 2);
    QCOMPARE(scalar(store, u"SELECT COUNT(*) FROM t1 WHERE id = 'kept'"_s), 1);

    // A step that fails leaves the database at the version before it, nothing half-applied.
    QList<Migration> broken = steps(4);
    broken.append({5, {u"CREATE TABLE t5 (id TEXT)"_s, u"CREATE TABLE t5 (id TEXT)"_s}});
    QCOMPARE(Migrations(broken).apply(store), Migrations::Result::Failed);
    QVERIFY2(store.errorString().contains(u"version 5"_s), qPrintable(store.errorString()));
    QCOMPARE(Migrations::versionOf(store), 4);
    QVERIFY(!store.tables().contains(u"t5"_s));
}

void TestPostgresStore::twoConsolesMigrateOneDatabaseAtOnce() {
    QVERIFY(m_server.createDatabase(u"race"_s));
    // Each console on a thread and connection of its own, as two programs would be. A step
    // that sleeps keeps the first inside its transaction while the second arrives.
    QList<Migration> slow = steps(3);
    slow[0].statements.prepend(u"SELECT pg_sleep(0.3)"_s);
    const PostgresTarget target = m_server.target(u"race"_s);
    Migrations::Result results[2] = {Migrations::Result::Failed, Migrations::Result::Failed};
    int applied[2] = {-1, -1};
    QString errors[2];
    std::unique_ptr<QThread> threads[2];
    for (int i = 0; i < 2; ++i) {
        threads[i].reset(QThread::create([&, i] {
            SqlStore store;
            if (!store.openPostgres(target, {})) {
                errors[i] = store.errorString();
                return;
            }
            Migrations migrations(slow);
            results[i] = migrations.apply(store);
            applied[i] = migrations.appliedSteps();
            errors[i] = store.errorString();
        }));
        threads[i]->start();
    }
    for (auto &thread : threads)
        QVERIFY(thread->wait(60000));
    QCOMPARE(results[0], Migrations::Result::Ready);
    QCOMPARE(results[1], Migrations::Result::Ready);
    QVERIFY2(errors[0].isEmpty() && errors[1].isEmpty(),
             qPrintable(errors[0] + u" / "_s + errors[1]));
    QCOMPARE(applied[0] + applied[1], 3);
    SqlStore store;
    QVERIFY(store.openPostgres(target, {}));
    QCOMPARE(scalar(store, u"SELECT COUNT(*) FROM schema_migrations"_s), 3);
}

void TestPostgresStore::newerSchemaIsRefusedAndUntouched() {
    QVERIFY(m_server.createDatabase(u"newer"_s));
    SqlStore store;
    QVERIFY(store.openPostgres(m_server.target(u"newer"_s), {}));
    QCOMPARE(Migrations(steps(5)).apply(store), Migrations::Result::Ready);
    Migrations older(steps(3));
    QCOMPARE(older.apply(store), Migrations::Result::NewerSchema);
    QCOMPARE(older.foundVersion(), 5);
    QCOMPARE(Migrations::versionOf(store), 5);
}

void TestPostgresStore::partsOfOneDatabaseKeepTheirOwnVersions() {
    QVERIFY(m_server.createDatabase(u"parts"_s));
    SqlStore store;
    QVERIFY(store.openPostgres(m_server.target(u"parts"_s), {}));
    const Migration journalStep{1, {u"CREATE TABLE journal_part (id TEXT)"_s}};
    const Migration indexStep1{1, {u"CREATE TABLE index_part (id TEXT)"_s}};
    const Migration indexStep2{2, {u"ALTER TABLE index_part ADD COLUMN n INTEGER"_s}};
    QCOMPARE(Migrations({journalStep}, u"journal_versions"_s).apply(store),
             Migrations::Result::Ready);
    QCOMPARE(Migrations({indexStep1, indexStep2}, u"index_versions"_s).apply(store),
             Migrations::Result::Ready);
    QCOMPARE(Migrations::versionOf(store, u"journal_versions"_s), 1);
    QCOMPARE(Migrations::versionOf(store, u"index_versions"_s), 2);
    // A console that knows only the index's first step refuses the index, not the journal.
    QCOMPARE(Migrations({indexStep1}, u"index_versions"_s).apply(store),
             Migrations::Result::NewerSchema);
    QCOMPARE(Migrations({journalStep}, u"journal_versions"_s).apply(store),
             Migrations::Result::Ready);
    QCOMPARE(Migrations::versionOf(store), 0);
}

void TestPostgresStore::passwordIsRequiredAndChecked() {
    PostgresServer guarded;
    QVERIFY2(guarded.start({u"s3cret-pw"_s, false}), qPrintable(guarded.errorString()));
    SqlStore store;
    qunsetenv("PGPASSWORD");
    QVERIFY(!store.openPostgres(guarded.target(), u"wrong-pw"_s));
    QVERIFY2(store.errorString().contains(u"partnero@127.0.0.1:%1/postgres"_s.arg(guarded.port())),
             qPrintable(store.errorString()));
    QVERIFY(!store.errorString().contains(u"wrong-pw"_s));
    QVERIFY2(store.openPostgres(guarded.target(), u"s3cret-pw"_s), qPrintable(store.errorString()));
    QCOMPARE(scalar(store, u"SELECT 1"_s), 1);

    // The usual libpq ways work without a password given: PGPASSWORD here.
    SqlStore fromEnvironment;
    qputenv("PGPASSWORD", "s3cret-pw");
    const bool opened = fromEnvironment.openPostgres(guarded.target(), {});
    qunsetenv("PGPASSWORD");
    QVERIFY2(opened, qPrintable(fromEnvironment.errorString()));
}

void TestPostgresStore::unreachableServerIsASentence() {
    PostgresServer gone;
    QVERIFY(gone.start());
    PostgresTarget target = gone.target();
    QVERIFY(gone.stop());
    SqlStore store;
    QVERIFY(!store.openPostgres(target, {}, 3));
    QVERIFY2(store.errorString().startsWith(u"The database partnero@127.0.0.1:"_s),
             qPrintable(store.errorString()));
    QVERIFY2(store.errorString().contains(u"connecting to it failed"_s),
             qPrintable(store.errorString()));
    QVERIFY(!store.isOpen());
}

void TestPostgresStore::verifyFullRefusesPlainAndUntrustedServers() {
    // 127.0.0.2 is this computer's loopback too, but not a name the console treats as local:
    // it stands for a server elsewhere, where verify-full is the default.
    PostgresServer plain;
    QVERIFY(plain.start());
    PostgresTarget target = plain.target();
    target.host = u"127.0.0.2"_s;
    SqlStore store;
    QVERIFY(!store.openPostgres(target, {}, 3));
    QVERIFY2(store.errorString().contains(u"SSL"_s, Qt::CaseInsensitive),
             qPrintable(store.errorString()));

    PostgresServer secured;
    QVERIFY2(secured.start({{}, true}), qPrintable(secured.errorString()));
    target = secured.target();
    target.host = u"127.0.0.2"_s;
    QVERIFY(!store.openPostgres(target, {}, 3)); // signed by an authority nobody trusts
    QVERIFY2(store.errorString().contains(u"certificate"_s, Qt::CaseInsensitive),
             qPrintable(store.errorString()));
    target.caFile = secured.caFile();
    QVERIFY2(store.openPostgres(target, {}, 3), qPrintable(store.errorString()));
    QSqlQuery ssl = store.query();
    QVERIFY(ssl.exec(u"SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"_s));
    QVERIFY(ssl.next());
    QCOMPARE(ssl.value(0).toBool(), true);
}

QTEST_GUILESS_MAIN(TestPostgresStore)
#include "tst_postgresstore.moc"

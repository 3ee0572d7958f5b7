// SPDX-License-Identifier: GPL-3.0-or-later
// SqlStore and Migrations (app/store) on real SQLite files in a temporary folder.
#include "app/store/migrations.h"
#include "app/store/sqlstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

class TestStore final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void newFileIsOwnerOnly();
    void connectionSettings();
    void eachStoreHasItsOwnConnection();
    void migrationsAppliedOnceAndRecorded();
    void laterStepsApplyToAnOlderDatabase();
    void newerSchemaIsRefusedAndUntouched();
    void failedStepLeavesThePreviousVersion();
    void errorsAreSentencesWithTheFile();
    void writerWaitsForAnotherWriter();

private:
    static QList<Migration> steps(int count);
    static int count(SqlStore &store, const QString &sql);
    QString dbPath() const { return m_dir->filePath(u"store.sqlite"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

QList<Migration> TestStore::steps(int count) {
    QList<Migration> result;
    for (int version = 1; version <= count; ++version) {
        result.append({version,
                       {u"CREATE TABLE t%1 (id TEXT PRIMARY KEY, n INTEGER)"_s.arg(version),
                        u"CREATE INDEX t%1_n ON t%1 (n)"_s.arg(version)}});
    }
    return result;
}

int TestStore::count(SqlStore &store, const QString &sql) {
    QSqlQuery query = store.query();
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

void TestStore::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStore::newFileIsOwnerOnly() {
    const QString path = m_dir->filePath(u"a/b/store.sqlite"_s);
    SqlStore store;
    QVERIFY2(store.openSqlite(path), qPrintable(store.errorString()));
    QVERIFY(store.created());
    QCOMPARE(QFileInfo(path).permissions() & ~QFileDevice::Permissions(0x0f00),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QFileDevice::Permissions folder =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    QCOMPARE(QFileInfo(m_dir->filePath(u"a"_s)).permissions() & ~QFileDevice::Permissions(0x0f00),
             folder);
    QCOMPARE(QFileInfo(m_dir->filePath(u"a/b"_s)).permissions() & ~QFileDevice::Permissions(0x0f00),
             folder);
    store.close();
    // Opening it again creates nothing.
    SqlStore again;
    QVERIFY(again.openSqlite(path));
    QVERIFY(!again.created());
}

void TestStore::connectionSettings() {
    SqlStore store;
    QVERIFY(store.openSqlite(dbPath()));
    QCOMPARE(Migrations(steps(1)).apply(store), Migrations::Result::Ready);
    QCOMPARE(store.pragma(u"journal_mode"_s), u"wal"_s);
    QCOMPARE(store.pragma(u"synchronous"_s), u"2"_s); // FULL
    QCOMPARE(store.pragma(u"foreign_keys"_s), u"1"_s);
    QCOMPARE(store.pragma(u"busy_timeout"_s).toInt(), SqlStore::BusyTimeoutMs);
}

void TestStore::eachStoreHasItsOwnConnection() {
    const QStringList before = QSqlDatabase::connectionNames();
    {
        SqlStore first;
        SqlStore second;
        QVERIFY(first.openSqlite(dbPath()));
        QVERIFY(second.openSqlite(dbPath()));
        QCOMPARE(QSqlDatabase::connectionNames().size(), before.size() + 2);
        QVERIFY(first.exec(u"CREATE TABLE x (v TEXT)"_s, u"making x"_s));
        QVERIFY(first.exec(u"INSERT INTO x VALUES ('seen')"_s, u"writing x"_s));
        // The other connection sees the committed row.
        QCOMPARE(count(second, u"SELECT COUNT(*) FROM x"_s), 1);
    }
    QCOMPARE(QSqlDatabase::connectionNames(), before);
}

void TestStore::migrationsAppliedOnceAndRecorded() {
    SqlStore store;
    QVERIFY(store.openSqlite(dbPath()));
    QCOMPARE(Migrations::versionOf(store), 0);
    Migrations migrations(steps(3));
    QCOMPARE(migrations.latestVersion(), 3);
    QCOMPARE(migrations.apply(store), Migrations::Result::Ready);
    QCOMPARE(migrations.foundVersion(), 0);
    QCOMPARE(migrations.appliedSteps(), 3);
    QCOMPARE(Migrations::versionOf(store), 3);
    QSqlQuery query = store.query();
    QVERIFY(query.exec(u"SELECT version, applied_at FROM schema_migrations ORDER BY version"_s));
    QList<int> versions;
    while (query.next()) {
        versions << query.value(0).toInt();
        const QDateTime at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        QVERIFY(at.isValid());
        QCOMPARE(at.timeSpec(), Qt::UTC);
    }
    QCOMPARE(versions, (QList<int>{1, 2, 3}));
    query.finish();

    // Again, on another connection: nothing to do, nothing recorded twice.
    SqlStore other;
    QVERIFY(other.openSqlite(dbPath()));
    Migrations again(steps(3));
    QCOMPARE(again.apply(other), Migrations::Result::Ready);
    QCOMPARE(again.foundVersion(), 3);
    QCOMPARE(again.appliedSteps(), 0);
    QCOMPARE(count(other, u"SELECT COUNT(*) FROM schema_migrations"_s), 3);
}

void TestStore::laterStepsApplyToAnOlderDatabase() {
    {
        SqlStore store;
        QVERIFY(store.openSqlite(dbPath()));
        QCOMPARE(Migrations(steps(2)).apply(store), Migrations::Result::Ready);
        QVERIFY(store.exec(u"INSERT INTO t1 (id, n) VALUES ('kept', 1)"_s, u"writing"_s));
    }
    SqlStore store;
    QVERIFY(store.openSqlite(dbPath()));
    Migrations migrations(steps(4));
    QCOMPARE(migrations.apply(store), Migrations::Result::Ready);
    QCOMPARE(migrations.foundVersion(), 2);
    QCOMPARE(migrations.appliedSteps(), 2);
    QCOMPARE(count(store, u"SELECT COUNT(*) FROM t4"_s), 0);
    QCOMPARE(count(store, u"SELECT COUNT(*) FROM t1"_s), 1); // the data survives
}

void TestStore::newerSchemaIsRefusedAndUntouched() {
    {
        SqlStore store;
        QVERIFY(store.openSqlite(dbPath()));
        QCOMPARE(Migrations(steps(5)).apply(store), Migrations::Result::Ready);
    }
    QFile file(dbPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    {
        SqlStore store;
        QVERIFY(store.openSqlite(dbPath()));
        Migrations migrations(steps(3));
        QCOMPARE(migrations.apply(store), Migrations::Result::NewerSchema);
        QCOMPARE(migrations.foundVersion(), 5);
        QCOMPARE(migrations.appliedSteps(), 0);
    }
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void TestStore::failedStepLeavesThePreviousVersion() {
    SqlStore store;
    QVERIFY(store.openSqlite(dbPath()));
    QList<Migration> broken = steps(1);
    broken.append({2, {u"CREATE TABLE t2 (v TEXT)"_s, u"CREATE TABLE t2 (v TEXT)"_s}});
    Migrations migrations(broken);
    QCOMPARE(migrations.apply(store), Migrations::Result::Failed);
    QVERIFY2(store.errorString().contains(u"updating the schema to version 2 failed"_s),
             qPrintable(store.errorString()));
    QVERIFY2(store.errorString().contains(u"already exists"_s), qPrintable(store.errorString()));
    // Step 2 ran in a transaction of its own: none of it is left.
    QCOMPARE(Migrations::versionOf(store), 1);
    QVERIFY(!store.tables().contains(u"t2"_s));
}

void TestStore::errorsAreSentencesWithTheFile() {
    const QString path = dbPath();
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    }
    SqlStore store;
    // SQLite may notice at once or on first use.
    QVERIFY(!store.openSqlite(path) ||
            Migrations(steps(1)).apply(store) == Migrations::Result::Failed);
    const QString sentence = store.errorString();
    QVERIFY2(sentence.startsWith(
                 u"The database %1 could not be used: "_s.arg(QDir::toNativeSeparators(path))),
             qPrintable(sentence));
    QVERIFY2(sentence.contains(u"not a database"_s), qPrintable(sentence));
    QVERIFY2(sentence.endsWith(u'.'), qPrintable(sentence));
    QVERIFY(!store.errorReason().contains(path));

    // A folder that cannot be made names the folder.
    {
        QFile blocker(m_dir->filePath(u"file"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
    }
    SqlStore blocked;
    QVERIFY(!blocked.openSqlite(m_dir->filePath(u"file/sub/store.sqlite"_s)));
    QVERIFY2(
        blocked.errorReason().contains(QDir::toNativeSeparators(m_dir->filePath(u"file/sub"_s))),
        qPrintable(blocked.errorReason()));
}

void TestStore::writerWaitsForAnotherWriter() {
    SqlStore first;
    SqlStore second;
    QVERIFY(first.openSqlite(dbPath()));
    QCOMPARE(Migrations(steps(1)).apply(first), Migrations::Result::Ready);
    QVERIFY(second.openSqlite(dbPath()));
    // A write transaction held open by the first connection makes the second wait (the busy
    // timeout), not fail at once. Within one thread the wait cannot end, so it is measured:
    // a lock error only after the wait.
    QVERIFY(first.beginWrite());
    QVERIFY(first.exec(u"INSERT INTO t1 (id, n) VALUES ('a', 1)"_s, u"writing"_s));
    QElapsedTimer timer;
    timer.start();
    QSqlQuery query = second.query();
    QVERIFY(query.exec(u"PRAGMA busy_timeout = 300"_s));
    QVERIFY(!second.exec(u"INSERT INTO t1 (id, n) VALUES ('b', 2)"_s, u"writing"_s));
    QVERIFY(timer.elapsed() >= 250);
    QVERIFY2(second.errorReason().contains(u"locked"_s), qPrintable(second.errorReason()));
    QVERIFY(first.commit());
    // Once the first is done, the second writes, and sees the first's row.
    QVERIFY2(second.exec(u"INSERT INTO t1 (id, n) VALUES ('b', 2)"_s, u"writing"_s),
             qPrintable(second.errorString()));
    QCOMPARE(count(second, u"SELECT COUNT(*) FROM t1"_s), 2);
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"

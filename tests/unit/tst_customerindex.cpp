// SPDX-License-Identifier: GPL-3.0-or-later
// The customer index on real SQLite files: passes that survive interruption, a refresh that
// replaces the index only when it completes, the console's own changes, and finding people
// by any part of their name, email, key or id.
//
// Built twice: as tst_customerindex on SQLite files, and with PARTNERO_SHARED_INDEX_TEST as
// tst_sharedcustomerindex on a team's shared index in a real PostgreSQL server, where the same
// search, sort and filter cases must give the same answers, plus what only a shared index
// has (programs kept apart, counts with a cap, keyset blocks, the trigram index).

#include "app/index/customerindex.h"
#include "app/index/textfold.h"
#include "tests/common/madeupcustomers.h"
#ifdef PARTNERO_SHARED_INDEX_TEST
#include "tests/common/postgresserver.h"
#endif

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

CustomerRecord person(const QString &key, const QString &name, const QString &surname,
                      const QString &email = {}) {
    CustomerRecord item;
    item.customer.key = key;
    item.customer.name = name;
    item.customer.surname = surname;
    item.customer.email = email.isEmpty() ? key + u"@example.com"_s : email;
    item.customer.status = u"active"_s;
    item.json = QJsonDocument(QJsonObject{{u"key"_s, key}, {u"name"_s, name}})
                    .toJson(QJsonDocument::Compact);
    return item;
}

// In the order given.
QStringList orderOf(const QList<Customer> &customers) {
    QStringList keys;
    for (const Customer &c : customers)
        keys.append(c.key);
    return keys;
}

QStringList keysOf(const QList<Customer> &customers) {
    QStringList keys;
    for (const Customer &c : customers)
        keys.append(c.key);
    keys.sort();
    return keys;
}

// A program of people whose names test folding and scripts.
QList<CustomerRecord> people() {
    return {
        person(u"noah_walker"_s, u"Noah"_s, u"Walker"_s),
        person(u"noah_walker_2"_s, u"Noah"_s, u"Walker"_s, u"n.walker@mail.example"_s),
        person(u"nora_walsh"_s, u"Nora"_s, u"Walsh"_s),
        person(u"emma_mueller"_s, u"Emma"_s, u"Müller"_s),
        person(u"jorg_strasse"_s, u"Jörg"_s, u"Straße"_s),
        person(u"elodie"_s, u"Élodie"_s, u"Durand"_s),
        person(u"anna_gr"_s, u"Άννα"_s, u"Παπαδοπούλου"_s),
        person(u"natalia"_s, u"Наталья"_s, u"Ёлкина"_s),
        person(u"wang_fang"_s, u"芳"_s, u"王"_s),
        person(u"david_he"_s, u"דָּוִד"_s, u"כהן"_s),
        person(u"mohammed"_s, u"مُحَمَّد"_s, u"علي"_s),
    };
}

} // namespace

class TestCustomerIndex final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void findsByAnyPart_data();
    void findsByAnyPart();
    void interruptedPassContinues();
    void refreshReplacesWhenComplete();
    void changesReachBothPasses();
    void newerSchemaIsRefused();
    void sortsAndFiltersAcrossAll();
    void searchWithFiltersAnswersAlikeOnEveryConnection();
    void shortWordsFindTheFirstInNameOrder();
#ifdef PARTNERO_SHARED_INDEX_TEST
    void programsDoNotSeeEachOther();
    void countIsKeptThroughChanges();
    void jumpsGiveTheRowsOfAnOffset();
    void passOfOneConsoleIsReadByAll();
    void countsStopAtTheCap();
    void keysetBlocksFollowTheOrder_data();
    void keysetBlocksFollowTheOrder();
    void searchUsesTheTrigramIndex();
#else
    void fileIsOwnerOnly();
    void searchInMemoryAnswersAsTheDatabase_data();
    void searchInMemoryAnswersAsTheDatabase();
    void searchInMemoryFollowsChanges();
    void searchHandedOverKeepsChangesMadeMeanwhile();
    void memoryOnlyIndexTouchesNoDisk();
    void indexOfTheFirstSchemaOpensAndStaysSearchable();
#endif

private:
    bool indexAll(CustomerIndex &index, const QList<CustomerRecord> &customers, int pageSize);
    // Ready to search: a file's index has loaded its search into memory; a shared one
    // searches in the database.
    static bool searchReady(CustomerIndex &index) {
        return index.isShared() || index.isSearchInMemory(true);
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    IndexLocation m_location; // m_path, or the shared index in a database of this test
#ifdef PARTNERO_SHARED_INDEX_TEST
    PostgresServer m_server;
    int m_databases = 0;
#endif
};

void TestCustomerIndex::initTestCase() {
#ifdef PARTNERO_SHARED_INDEX_TEST
    if (!PostgresServer::isAvailable())
        QFAIL("PostgreSQL is not installed: packaging/install-deps.sh installs it");
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
#endif
}

void TestCustomerIndex::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(u"profiles/p1/customers.sqlite"_s);
    m_location = m_path;
#ifdef PARTNERO_SHARED_INDEX_TEST
    // A database per test, and in it the rows of program "prog-a".
    const QString database = u"index%1"_s.arg(++m_databases);
    QVERIFY2(m_server.createDatabase(database), qPrintable(m_server.errorString()));
    m_location = IndexLocation::shared(m_server.target(database), QString(), u"prog-a"_s);
#endif
}

bool TestCustomerIndex::indexAll(CustomerIndex &index, const QList<CustomerRecord> &customers,
                                 int pageSize) {
    const qint64 pass = index.beginPass(ProgramKind::Affiliate, pageSize);
    if (pass == 0)
        return false;
    const int pages = int((customers.size() + pageSize - 1) / pageSize);
    for (int page = 1; page <= pages; ++page) {
        if (!index.storePage(pass, page, customers.mid((page - 1) * pageSize, pageSize),
                             page == pages))
            return false;
    }
    return index.completePass(pass);
}

#ifndef PARTNERO_SHARED_INDEX_TEST
void TestCustomerIndex::fileIsOwnerOnly() {
    CustomerIndex index;
    QVERIFY2(index.open(m_location), qPrintable(index.errorString()));
    QVERIFY(indexAll(index, people(), 4));
    const QFileInfo file(m_path);
    QCOMPARE(file.permissions() &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFileDevice::Permissions());
    const QFileInfo folder(file.absolutePath());
    QCOMPARE(folder.permissions() &
                 (QFile::ExeGroup | QFile::ExeOther | QFile::ReadGroup | QFile::ReadOther),
             QFileDevice::Permissions());
}
#endif

void TestCustomerIndex::findsByAnyPart_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("surname part") << u"walk"_s << QStringList{u"noah_walker"_s, u"noah_walker_2"_s};
    QTest::newRow("two words narrow")
        << u"noah walk"_s << QStringList{u"noah_walker"_s, u"noah_walker_2"_s};
    QTest::newRow("two words, other order")
        << u"WALKER noah"_s << QStringList{u"noah_walker"_s, u"noah_walker_2"_s};
    QTest::newRow("one letter pair")
        << u"wa"_s
        << QStringList{u"noah_walker"_s, u"noah_walker_2"_s, u"nora_walsh"_s, u"wang_fang"_s};
    QTest::newRow("email part") << u"mail.example"_s << QStringList{u"noah_walker_2"_s};
    QTest::newRow("key part") << u"_2"_s << QStringList{u"noah_walker_2"_s};
    QTest::newRow("without umlaut") << u"muller"_s << QStringList{u"emma_mueller"_s};
    QTest::newRow("with umlaut") << u"Müller"_s << QStringList{u"emma_mueller"_s};
    QTest::newRow("ss for sharp s") << u"strasse"_s << QStringList{u"jorg_strasse"_s};
    QTest::newRow("sharp s for ss") << u"straße"_s << QStringList{u"jorg_strasse"_s};
    QTest::newRow("accent dropped") << u"elodie"_s << QStringList{u"elodie"_s};
    QTest::newRow("greek capitals") << u"ΑΝΝΑ"_s << QStringList{u"anna_gr"_s};
    QTest::newRow("cyrillic yo") << u"елкина"_s << QStringList{u"natalia"_s};
    QTest::newRow("cjk one character") << u"王"_s << QStringList{u"wang_fang"_s};
    QTest::newRow("hebrew without points") << u"דוד"_s << QStringList{u"david_he"_s};
    QTest::newRow("arabic without marks") << u"محمد"_s << QStringList{u"mohammed"_s};
    QTest::newRow("no match") << u"zebra"_s << QStringList{};
    QTest::newRow("quote in query") << u"wal\"ker"_s << QStringList{};
}

void TestCustomerIndex::findsByAnyPart() {
    QFETCH(QString, query);
    QFETCH(QStringList, keys);
    CustomerIndex index;
    QVERIFY2(index.open(m_location), qPrintable(index.errorString()));
    QVERIFY(indexAll(index, people(), 4));
    int total = -1;
    const QList<Customer> found = index.find(query, 20, &total);
    QCOMPARE(keysOf(found), keys);
    QCOMPARE(total, keys.size());
    // The limit caps the list, never the total.
    if (keys.size() > 1) {
        QCOMPARE(index.find(query, 1, &total).size(), 1);
        QCOMPARE(total, keys.size());
    }
}

void TestCustomerIndex::interruptedPassContinues() {
    const QList<CustomerRecord> all = people();
    {
        CustomerIndex index;
        QVERIFY(index.open(m_location));
        const qint64 pass = index.beginPass(ProgramKind::Affiliate, 4);
        QVERIFY(pass > 0);
        QVERIFY(index.storePage(pass, 1, all.mid(0, 4), false));
        QVERIFY(index.storePage(pass, 3, all.mid(8, 4), true));
        // Not complete: page 2 is missing. Nothing is searchable yet.
        QVERIFY(!index.completePass(pass));
        QCOMPARE(index.count(), 0);
        QVERIFY(!index.completePass());
    } // the console quits
    CustomerIndex index;
    QVERIFY(index.open(m_location));
    const auto running = index.runningPass();
    QVERIFY(running);
    QCOMPARE(running->missingPages(10), QList<int>{2});
    QCOMPARE(index.beginPass(ProgramKind::Affiliate, 4), running->number); // continued
    QVERIFY(index.storePage(running->number, 2, all.mid(4, 4), false));
    QVERIFY(index.completePass(running->number));
    QCOMPARE(index.count(), all.size()); // every customer exactly once
    QVERIFY(index.completePass()->isComplete());
}

void TestCustomerIndex::refreshReplacesWhenComplete() {
    CustomerIndex index;
    QVERIFY(index.open(m_location));
    QList<CustomerRecord> all = people();
    QVERIFY(indexAll(index, all, 4));
    // A refresh in progress, where the server no longer has Nora.
    all.removeIf([](const CustomerRecord &c) { return c.customer.key == u"nora_walsh"_s; });
    const qint64 pass = index.beginPass(ProgramKind::Affiliate, 4);
    QVERIFY(index.storePage(pass, 1, all.mid(0, 4), false));
    // Meanwhile the old index answers, Nora included.
    QCOMPARE(index.count(), all.size() + 1);
    QCOMPARE(index.find(u"nora"_s, 5).size(), 1);
    QVERIFY(index.storePage(pass, 2, all.mid(4, 4), false));
    QVERIFY(index.storePage(pass, 3, all.mid(8, 4), true));
    QVERIFY(index.completePass(pass));
    QCOMPARE(index.count(), all.size());
    QVERIFY(index.find(u"nora"_s, 5).isEmpty());
    QVERIFY(!index.runningPass());
}

void TestCustomerIndex::changesReachBothPasses() {
    CustomerIndex index;
    QVERIFY(index.open(m_location));
    QVERIFY(indexAll(index, people(), 4));
    const qint64 pass = index.beginPass(ProgramKind::Affiliate, 4);
    QVERIFY(index.storePage(pass, 1, people().mid(0, 4), false));

    CustomerRecord renamed = person(u"noah_walker"_s, u"Noah"_s, u"Walkerson"_s);
    QVERIFY(index.upsert(renamed));
    QVERIFY(index.upsert(person(u"new_one"_s, u"Zoë"_s, u"Quinn"_s)));
    QCOMPARE(keysOf(index.find(u"walkerson"_s, 5)), QStringList{u"noah_walker"_s});
    QCOMPARE(keysOf(index.find(u"zoe"_s, 5)), QStringList{u"new_one"_s});
    const auto stored = index.customer(u"noah_walker"_s);
    QVERIFY(stored);
    QCOMPARE(stored->customer.surname, u"Walkerson"_s);
    QCOMPARE(stored->json, renamed.json);

    QVERIFY(index.remove(u"nora_walsh"_s));
    QVERIFY(index.find(u"nora"_s, 5).isEmpty());
    // The refresh carries the change: after it completes, the renamed customer is still found
    // by the new name even though page 1 was fetched before the change.
    QVERIFY(index.storePage(pass, 2, people().mid(4, 4), false));
    QVERIFY(index.storePage(pass, 3, people().mid(8, 4), true));
    QVERIFY(index.completePass(pass));
    QCOMPARE(keysOf(index.find(u"walkerson"_s, 5)), QStringList{u"noah_walker"_s});
}

void TestCustomerIndex::newerSchemaIsRefused() {
    {
        CustomerIndex index;
        QVERIFY(index.open(m_location));
    }
#ifdef PARTNERO_SHARED_INDEX_TEST
    // The shared index's own version table: the other parts of the database keep theirs.
    QVERIFY2(m_server.psql(u"INSERT INTO team_index_versions (version, applied_at) "
                           "VALUES (1000, 'x')"_s,
                           m_location.sharedStore.database),
             qPrintable(m_server.errorString()));
#else
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(
            q.exec(u"INSERT INTO schema_migrations (version, applied_at) VALUES (%1, 'x')"_s.arg(
                CustomerIndex::schemaVersion() + 1)));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"newer"_s);
#endif
    CustomerIndex index;
    QVERIFY(!index.open(m_location));
    QVERIFY2(index.errorString().contains(u"newer version"_s), qPrintable(index.errorString()));
}

void TestCustomerIndex::sortsAndFiltersAcrossAll() {
    QList<CustomerRecord> all;
    const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < 60; ++i) {
        CustomerRecord r =
            person(u"c%1"_s.arg(i, 2, 10, QChar(u'0')), u"Name%1"_s.arg(59 - i), u"Walker"_s);
        r.customer.partner = i % 3 == 0 ? u"partner_acme"_s : u"partner_zen"_s;
        r.customer.status = i % 5 == 0 ? u"suspended"_s : u"active"_s;
        r.customer.tags = i % 4 == 0 ? QStringList{u"vip"_s, u"eu"_s} : QStringList{u"vipish"_s};
        r.customer.createdAt = start.addDays(i);
        all.append(r);
    }
    CustomerIndex index;
    QVERIFY(index.open(m_location));
    QVERIFY(indexAll(index, all, 25));

    IndexQuery query;
    query.sort = IndexQuery::Column::Key;
    query.order = Qt::DescendingOrder;
    query.limit = 3;
    int total = 0;
    QCOMPARE(keysOf(index.select(query, &total)), (QStringList{u"c57"_s, u"c58"_s, u"c59"_s}));
    QCOMPARE(total, 60);
    query.offset = 57; // the last page of that order
    QCOMPARE(keysOf(index.select(query, &total)), (QStringList{u"c00"_s, u"c01"_s, u"c02"_s}));

    // Filters combine: partner, status, a whole tag (not a part of one), a date range, text.
    IndexQuery filtered;
    filtered.partner = u"partner_acme"_s;
    filtered.status = u"active"_s;
    filtered.tag = u"vip"_s;
    filtered.createdFrom = start.addDays(10);
    filtered.createdTo = start.addDays(50);
    filtered.sort = IndexQuery::Column::Created;
    const QList<Customer> found = index.select(filtered, &total);
    // i in [10, 50], i % 3 == 0, i % 5 != 0, i % 4 == 0: 12, 24, 36, 48
    QCOMPARE(total, 4);
    QCOMPARE(found.first().key, u"c12"_s);
    QCOMPARE(found.last().key, u"c48"_s);
    filtered.search = u"name23"_s; // c36
    QCOMPARE(keysOf(index.select(filtered, &total)), QStringList{u"c36"_s});

    // Streaming the whole selection gives the records in the same order, objects included.
    QStringList streamed;
    filtered.search.clear();
    QVERIFY(index.forEachRecord(filtered, [&](const CustomerRecord &record) {
        streamed.append(record.customer.key);
        return !record.json.isEmpty();
    }));
    QCOMPARE(streamed, (QStringList{u"c12"_s, u"c24"_s, u"c36"_s, u"c48"_s}));
}

#ifndef PARTNERO_SHARED_INDEX_TEST
void TestCustomerIndex::searchInMemoryAnswersAsTheDatabase_data() {
    QTest::addColumn<QString>("query");
    for (const QString &query :
         {u"a"_s, u"wa"_s, u"walker"_s, u"noah walk"_s, u"_2"_s, u"example"_s, u"muller"_s,
          u"straße"_s, u"ΑΝΝΑ"_s, u"王"_s, u"芳 王"_s, u"דוד"_s, u"zebra"_s, u"e"_s, u"  "_s})
        QTest::newRow(qPrintable(query)) << query;
}

void TestCustomerIndex::searchInMemoryAnswersAsTheDatabase() {
    QFETCH(QString, query);
    CustomerIndex index;
    QVERIFY2(index.open(m_location), qPrintable(index.errorString()));
    QList<CustomerRecord> all = people();
    // Names that share their start, so that name order decides between them.
    all.append(person(u"noah_a"_s, u"Noah"_s, u"Abbott"_s));
    all.append(person(u"zed_walker"_s, u"Zed"_s, u"Walker"_s));
    QVERIFY(indexAll(index, all, 4));
    QVERIFY(index.isSearchInMemory(true));
    // The database's answer in name order, from a connection that holds no search in memory
    // (a writer's: it reads every row's column), against the one from memory.
    CustomerIndex reading;
    QVERIFY(reading.open(m_location, CustomerIndex::Use::Writing));
    IndexQuery selection;
    selection.search = query;
    int databaseTotal = -1;
    const QStringList expected = orderOf(reading.select(selection, &databaseTotal));
    int total = -1;
    QCOMPARE(orderOf(index.find(query, 100, &total)), expected);
    QCOMPARE(total, databaseTotal);
    QCOMPARE(index.count(), all.size());
    // The first two in name order, and still every match counted.
    QCOMPARE(orderOf(index.find(query, 2, &total)), expected.mid(0, 2));
    QCOMPARE(total, databaseTotal);
}

void TestCustomerIndex::searchInMemoryFollowsChanges() {
    CustomerIndex index;
    QVERIFY(index.open(m_location));
    QVERIFY(indexAll(index, people(), 4));
    QVERIFY(index.isSearchInMemory(true));
    int total = 0;
    QCOMPARE(orderOf(index.find(u"walk"_s, 10, &total)),
             (QStringList{u"noah_walker"_s, u"noah_walker_2"_s}));

    // A new customer takes its place in name order at once.
    QVERIFY(index.upsert(person(u"aaron"_s, u"Aaron"_s, u"Walkabout"_s)));
    QCOMPARE(orderOf(index.find(u"walk"_s, 10, &total)),
             (QStringList{u"aaron"_s, u"noah_walker"_s, u"noah_walker_2"_s}));
    QCOMPARE(total, 3);
    QCOMPARE(index.count(), people().size() + 1);
    // Renamed: found by the new name only, and moved in the order.
    QVERIFY(index.upsert(person(u"noah_walker"_s, u"Zoe"_s, u"Walker"_s)));
    QCOMPARE(orderOf(index.find(u"walk"_s, 10, &total)),
             (QStringList{u"aaron"_s, u"noah_walker_2"_s, u"noah_walker"_s}));
    QCOMPARE(orderOf(index.find(u"zoe walk"_s, 10, &total)), QStringList{u"noah_walker"_s});
    // Removed: gone from the matches and the total.
    QVERIFY(index.remove(u"noah_walker_2"_s));
    QCOMPARE(orderOf(index.find(u"walk"_s, 10, &total)),
             (QStringList{u"aaron"_s, u"noah_walker"_s}));
    QCOMPARE(total, 2);
    QCOMPARE(index.count(), people().size());
    QVERIFY(index.isSearchInMemory());
    // The search in memory is what a fresh load from the stored column gives.
    CustomerIndex reopened;
    QVERIFY(reopened.open(m_location));
    QVERIFY(reopened.isSearchInMemory(true));
    QCOMPARE(orderOf(reopened.find(u"walk"_s, 10, &total)),
             (QStringList{u"aaron"_s, u"noah_walker"_s}));
}

void TestCustomerIndex::searchHandedOverKeepsChangesMadeMeanwhile() {
    CustomerIndex screens;
    QVERIFY(screens.open(m_location));
    QVERIFY(indexAll(screens, people(), 4));
    QVERIFY(screens.isSearchInMemory(true));
    // A refresh completes on another connection (a sync's writer), without Nora, and loads
    // its search there...
    CustomerIndex writer;
    QVERIFY(writer.open(m_location, CustomerIndex::Use::Writing));
    QList<CustomerRecord> refreshed = people();
    refreshed.removeIf([](const CustomerRecord &c) { return c.customer.key == u"nora_walsh"_s; });
    screens.beginSearchHandover();
    QVERIFY(indexAll(writer, refreshed, 4));
    const auto search = writer.loadSearch();
    QVERIFY(search);
    // ...while the console changes a customer through the screens' connection.
    QVERIFY(screens.upsert(person(u"new_one"_s, u"Zoë"_s, u"Quinn"_s)));
    screens.adoptSearch(search);
    QVERIFY(screens.isSearchInMemory()); // adopted, nothing loaded on this thread
    int total = 0;
    QCOMPARE(orderOf(screens.find(u"zoe"_s, 5, &total)), QStringList{u"new_one"_s});
    QVERIFY(screens.find(u"nora"_s, 5).isEmpty());
    QCOMPARE(screens.count(), refreshed.size() + 1);
}

void TestCustomerIndex::memoryOnlyIndexTouchesNoDisk() {
    QTemporaryDir folder;
    const QString before = QDir::currentPath();
    QVERIFY(QDir::setCurrent(folder.path()));
    const QString location = CustomerIndex::memoryLocation(u"test-profile"_s);
    QVERIFY(CustomerIndex::isMemoryLocation(location));
    QVERIFY(!CustomerIndex::isMemoryLocation(m_path));
    {
        CustomerIndex index;
        QVERIFY2(index.open(location), qPrintable(index.errorString()));
        QVERIFY(indexAll(index, people(), 4));
        QCOMPARE(keysOf(index.find(u"walk"_s, 5)),
                 (QStringList{u"noah_walker"_s, u"noah_walker_2"_s}));
        QVERIFY(index.isSearchInMemory(true));
        // A second connection (as a sync's writer thread opens) shares the same database.
        CustomerIndex other;
        QVERIFY2(other.open(location, CustomerIndex::Use::Writing),
                 qPrintable(other.errorString()));
        QCOMPARE(other.count(), people().size());
        QVERIFY(index.upsert(person(u"new_one"_s, u"Zoë"_s, u"Quinn"_s)));
        QCOMPARE(keysOf(other.find(u"quinn"_s, 5)), QStringList{u"new_one"_s});
    }
    // Nothing was written where a file could have gone, and it is gone with its connections.
    QCOMPARE(QDir(folder.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList());
    {
        CustomerIndex again;
        QVERIFY(again.open(location));
        QCOMPARE(again.count(), 0);
    }
    QVERIFY(QDir::setCurrent(before));
}
#endif

// The screens' connection hands the rows its in-memory search found to SQLite; a writer's
// connection (an export's) reads every row's column: with filters, sorts, windows and changes
// both give the same rows in the same order, and the same total.
void TestCustomerIndex::searchWithFiltersAnswersAlikeOnEveryConnection() {
    QList<CustomerRecord> all;
    for (int i = 0; i < 40; ++i) {
        CustomerRecord r = person(u"c%1"_s.arg(i, 2, 10, QChar(u'0')), u"Name%1"_s.arg(39 - i),
                                  i % 2 ? u"Walker"_s : u"Müller"_s);
        r.customer.partner = i % 3 == 0 ? u"partner_acme"_s : u"partner_zen"_s;
        all.append(r);
    }
    CustomerIndex screens;
    QVERIFY(screens.open(m_location));
    QVERIFY(indexAll(screens, all, 10));
    QVERIFY(searchReady(screens));
    CustomerIndex writer;
    QVERIFY(writer.open(m_location, CustomerIndex::Use::Writing));

    const auto compare = [&](const IndexQuery &query) {
        int memoryTotal = -1;
        int readTotal = -2;
        const QStringList fromMemory = orderOf(screens.select(query, &memoryTotal));
        const QStringList fromRows = orderOf(writer.select(query, &readTotal));
        QCOMPARE(fromMemory, fromRows);
        QCOMPARE(memoryTotal, readTotal);
        QStringList streamed;
        QVERIFY(screens.forEachRecord(query, [&](const CustomerRecord &record) {
            streamed.append(record.customer.key);
            return true;
        }));
        QCOMPARE(streamed, fromRows);
    };
    IndexQuery query;
    query.search = u"walker"_s;
    query.partner = u"partner_acme"_s;
    query.sort = IndexQuery::Column::Key;
    query.order = Qt::DescendingOrder;
    compare(query);
    int total = 0;
    // i odd and a multiple of 3, newest key first.
    QCOMPARE(orderOf(screens.select(query, &total)).mid(0, 3),
             (QStringList{u"c39"_s, u"c33"_s, u"c27"_s}));
    QCOMPARE(total, 7);
    query.offset = 2;
    query.limit = 2;
    compare(query);
    query = IndexQuery();
    query.search = u"muller name1"_s; // two words: Name1, Name10..Name19 with Müller
    compare(query);
    QCOMPARE(orderOf(screens.select(query, &total)).size(), total);
    QCOMPARE(total, 6);
    query.search = u"nobody"_s;
    compare(query);
    QCOMPARE(screens.select(query, &total).size(), 0);
    QCOMPARE(total, 0);
    // A change made through the screens' connection is found at once on both.
    QVERIFY(screens.upsert(person(u"c99"_s, u"Nobody"_s, u"Walker"_s)));
    compare(query);
    QCOMPARE(orderOf(screens.select(query, &total)), QStringList{u"c99"_s});
    QVERIFY(screens.remove(u"c99"_s));
    compare(query);
    QCOMPARE(screens.select(query, &total).size(), 0);
}

// Words of one to three characters (which a shared index finds by walking its kept order of
// names, or through the trigram index when they are rare) give the first matches in name
// order and the count, as the rows say: up to the count's cap on a shared index, where the
// Find box shows "1,000+". The customers are stored once for every case.
void TestCustomerIndex::shortWordsFindTheFirstInNameOrder() {
    constexpr int Customers = 2500;
    QList<CustomerRecord> records = MadeUpCustomers::many(ProgramKind::Affiliate, Customers);
    CustomerIndex index;
    QVERIFY2(index.open(m_location), qPrintable(index.errorString()));
    QVERIFY(MadeUpCustomers::store(index, ProgramKind::Affiliate, records));
    QVERIFY(searchReady(index));
    enum class Matching { None, Some, MoreThanTheCap, All };
    const QList<std::pair<QString, Matching>> cases{
        {u"w"_s, Matching::Some},     {u"n"_s, Matching::MoreThanTheCap},
        {u"e"_s, Matching::All},      {u"q"_s, Matching::None},
        {u"wa"_s, Matching::Some},    {u"ex"_s, Matching::All},
        {u"zx"_s, Matching::None},    {u"wal"_s, Matching::Some},
        {u"exa"_s, Matching::All},    {u"xyz"_s, Matching::None},
        {u"no wa"_s, Matching::Some}, {u"wa zx"_s, Matching::None},
    };
    const int cap = CustomerIndex::ShortFindCountCap;
    // Every case against the customers as `records` has them; `kinds` says the case is what
    // it says (the first round only).
    const auto check = [&](QList<CustomerRecord> customers, bool kinds) {
        CustomerIndex::sortByName(customers);
        for (const auto &[query, matching] : cases) {
            const QStringList words = TextFold::words(query);
            QStringList expected;
            for (const CustomerRecord &record : std::as_const(customers)) {
                const QString text = CustomerIndex::searchTextOf(record.customer);
                if (std::all_of(words.begin(), words.end(),
                                [&](const QString &word) { return text.contains(word); }))
                    expected.append(record.customer.key);
            }
            QCOMPARE(CustomerIndex::findCountCap(query), cap);
            switch (kinds ? matching : Matching::Some) {
            case Matching::None:
                QVERIFY2(expected.isEmpty(), qPrintable(query));
                break;
            case Matching::All:
                QVERIFY2(expected.size() == customers.size(), qPrintable(query));
                break;
            case Matching::MoreThanTheCap:
                QVERIFY2(expected.size() > cap + 1 && expected.size() < customers.size(),
                         qPrintable(query));
                break;
            case Matching::Some:
                QVERIFY2(!kinds || (expected.size() > 8 && expected.size() <= cap),
                         qPrintable(query));
                break;
            }
            for (const int limit : {8, 60}) {
                int total = -1;
                const QStringList found = orderOf(index.find(query, limit, &total));
                QVERIFY2(found == expected.mid(0, limit),
                         qPrintable(u"%1: %2 against %3"_s.arg(query, found.join(u' '),
                                                               expected.mid(0, limit).join(u' '))));
                QVERIFY2(total == (index.isShared() ? std::min<int>(int(expected.size()), cap + 1)
                                                    : int(expected.size())),
                         qPrintable(u"%1: %2"_s.arg(query).arg(total)));
            }
        }
    };
    check(records, true);
    if (QTest::currentTestFailed())
        return;

    // Changes after the pass completed, which a shared index's blocks of the name order do
    // not know: a new customer first in name order with pieces nobody had ("q", "zx"), one in
    // the middle, one renamed out of the "wal" matches, one renamed to the front, one removed.
    const auto renamed = [&](int at, const QString &name, const QString &surname) {
        Customer changed = records.at(at).customer;
        changed.name = name;
        changed.surname = surname;
        QVERIFY(index.applyChange(changed.identifier(), changed));
        records[at].customer = changed;
    };
    CustomerRecord first = MadeUpCustomers::affiliate(Customers);
    first.customer.name = u"Aaqa"_s;
    first.customer.surname = u"Zxwal"_s;
    QVERIFY(index.upsert(first));
    records.append(first);
    CustomerRecord middle = MadeUpCustomers::affiliate(Customers + 1);
    middle.customer.name = u"Mqzx"_s;
    QVERIFY(index.upsert(middle));
    records.append(middle);
    const auto firstWith = [&](const QString &piece) {
        for (qsizetype i = 0; i < records.size(); ++i) {
            if (CustomerIndex::searchTextOf(records.at(i).customer).contains(piece))
                return int(i);
        }
        return -1;
    };
    const int walker = firstWith(u"wal"_s);
    QVERIFY(walker >= 0);
    renamed(walker, u"Ira"_s, u"Stone"_s);
    renamed(Customers / 2, u"Aaaz"_s, u"Walq"_s);
    const int nowa = firstWith(u"no"_s);
    QVERIFY(index.remove(records.at(nowa).customer.identifier()));
    records.removeAt(nowa);
    check(records, false);
#ifdef PARTNERO_SHARED_INDEX_TEST
    if (QTest::currentTestFailed())
        return;
    // The blocks were read (two rows, one per bitmap, for each 200 customers): without them
    // the walk through the whole order gives the same answers.
    const QString database = m_location.sharedStore.database;
    QString output;
    QVERIFY(m_server.psql(u"SELECT COUNT(*) FROM index_name_blocks"_s, database, &output));
    QCOMPARE(output.trimmed().toInt(), 2 * ((Customers + 199) / 200));
    QVERIFY(m_server.psql(u"DELETE FROM index_name_blocks"_s, database));
    check(records, false);
#endif
}

#ifndef PARTNERO_SHARED_INDEX_TEST
// An index written before the trigram table was dropped opens (the migration drops the table
// and its triggers), keeps its customers, stays searchable, and takes the next pages.
void TestCustomerIndex::indexOfTheFirstSchemaOpensAndStaysSearchable() {
    {
        CustomerIndex index;
        QVERIFY(index.open(m_location));
        QVERIFY(indexAll(index, people(), 4));
    }
    {
        // Back to the first schema: its trigram table, filled, and the triggers that kept it.
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"first"_s);
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &statement :
             {u"CREATE VIRTUAL TABLE customers_fts USING fts5(search, content='customers', "
              "content_rowid='row_id', tokenize='trigram')"_s,
              u"INSERT INTO customers_fts (customers_fts) VALUES ('rebuild')"_s,
              u"CREATE TRIGGER customers_ai AFTER INSERT ON customers BEGIN "
              "INSERT INTO customers_fts (rowid, search) VALUES (new.row_id, new.search); END"_s,
              u"CREATE TRIGGER customers_ad AFTER DELETE ON customers BEGIN "
              "INSERT INTO customers_fts (customers_fts, rowid, search) "
              "VALUES ('delete', old.row_id, old.search); END"_s,
              u"CREATE TRIGGER customers_au AFTER UPDATE ON customers BEGIN "
              "INSERT INTO customers_fts (customers_fts, rowid, search) "
              "VALUES ('delete', old.row_id, old.search); "
              "INSERT INTO customers_fts (rowid, search) VALUES (new.row_id, new.search); END"_s,
              u"DELETE FROM schema_migrations WHERE version > 1"_s})
            QVERIFY2(q.exec(statement), qPrintable(statement));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"first"_s);
    {
        CustomerIndex index;
        QVERIFY2(index.open(m_location), qPrintable(index.errorString()));
        QCOMPARE(index.count(), people().size());
        IndexQuery query;
        query.search = u"walk"_s;
        QCOMPARE(keysOf(index.select(query)), (QStringList{u"noah_walker"_s, u"noah_walker_2"_s}));
        QVERIFY(index.upsert(person(u"new_one"_s, u"Zoë"_s, u"Walker"_s)));
        QVERIFY(indexAll(index, people(), 4)); // a refresh: the new one is not listed
        QCOMPARE(keysOf(index.select(query)), (QStringList{u"noah_walker"_s, u"noah_walker_2"_s}));
    }
    auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
    db.setDatabaseName(m_path);
    QVERIFY(db.open());
    QSqlQuery q(db);
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM sqlite_schema WHERE name LIKE 'customers_fts%' OR "
                   "type = 'trigger'"_s) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(q.exec(u"SELECT MAX(version) FROM schema_migrations"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), CustomerIndex::schemaVersion());
    q = QSqlQuery();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"check"_s);
}
#endif

#ifdef PARTNERO_SHARED_INDEX_TEST
// Two programs in one database: each sees its own customers, counts and passes only, and a
// refresh of one drops nothing of the other.
void TestCustomerIndex::programsDoNotSeeEachOther() {
    CustomerIndex a;
    QVERIFY2(a.open(m_location), qPrintable(a.errorString()));
    IndexLocation otherProgram = m_location;
    otherProgram.programId = u"prog-b"_s;
    CustomerIndex b;
    QVERIFY2(b.open(otherProgram), qPrintable(b.errorString()));
    QVERIFY(indexAll(a, people(), 4));
    QList<CustomerRecord> others{person(u"noah_walker"_s, u"Noah"_s, u"Otherprogram"_s),
                                 person(u"b_only"_s, u"Bea"_s, u"Walker"_s)};
    QVERIFY(indexAll(b, others, 4));

    QCOMPARE(a.count(), people().size());
    QCOMPARE(b.count(), 2);
    int total = 0;
    QCOMPARE(keysOf(a.find(u"walker"_s, 20, &total)),
             (QStringList{u"noah_walker"_s, u"noah_walker_2"_s}));
    // Its own Noah (found by the email), not the other program's second Walker.
    QCOMPARE(keysOf(b.find(u"walker"_s, 20, &total)), (QStringList{u"b_only"_s, u"noah_walker"_s}));
    QCOMPARE(a.customer(u"noah_walker"_s)->customer.surname, u"Walker"_s);
    QCOMPARE(b.customer(u"noah_walker"_s)->customer.surname, u"Otherprogram"_s);
    QVERIFY(!a.customer(u"b_only"_s));
    // A change and a removal in one program leave the other's customer of the same key alone.
    QVERIFY(b.remove(u"noah_walker"_s));
    QVERIFY(a.customer(u"noah_walker"_s));
    QVERIFY(indexAll(a, people().mid(0, 3), 4));
    QCOMPARE(a.count(), 3);
    QCOMPARE(b.count(), 1);
    QCOMPARE(b.completePass()->number < a.completePass()->number, true);
    QVERIFY(b.completePass()->isComplete());
}

// The number of customers of a complete pass is kept in the pass's row by every change, in
// the transaction that makes it: count() reads it, and it is what counting the rows says, for
// each program on its own, through upserts of new and known customers, removals, a sync that
// runs meanwhile and its completion.
void TestCustomerIndex::countIsKeptThroughChanges() {
    CustomerIndex a;
    QVERIFY2(a.open(m_location), qPrintable(a.errorString()));
    IndexLocation otherProgram = m_location;
    otherProgram.programId = u"prog-b"_s;
    CustomerIndex b;
    QVERIFY2(b.open(otherProgram), qPrintable(b.errorString()));
    QVERIFY(indexAll(a, people(), 4));
    QVERIFY(indexAll(b, people().mid(0, 5), 4));
    const QString database = m_location.sharedStore.database;
    const auto ask = [&](const QString &sql) -> QString {
        QString output;
        if (!m_server.psql(sql, database, &output))
            return u"failed: "_s + m_server.errorString();
        return output.trimmed();
    };
    const auto check = [&](CustomerIndex &index, const QString &program, int expected) {
        const QString complete = u"(SELECT MAX(pass) FROM index_passes WHERE program_id = '%1' "
                                 "AND completed_at IS NOT NULL)"_s.arg(program);
        QCOMPARE(ask(u"SELECT COUNT(*) FROM customers WHERE program_id = '%1' AND pass = %2"_s.arg(
                     program, complete)),
                 QString::number(expected));
        // Kept, not counted: the pass's row holds the number.
        QCOMPARE(ask(u"SELECT customers FROM index_passes WHERE pass = %1"_s.arg(complete)),
                 QString::number(expected));
        QCOMPARE(index.count(), expected);
        IndexQuery all;
        int total = -1;
        index.select(all, &total);
        QCOMPARE(total, expected);
        all.countCap = 3;
        index.select(all, &total);
        QCOMPARE(total, std::min(expected, 4));
    };
    check(a, u"prog-a"_s, 11);
    check(b, u"prog-b"_s, 5);

    QVERIFY(a.upsert(person(u"new_one"_s, u"Zoë"_s, u"Quinn"_s)));
    QVERIFY(a.upsert(person(u"noah_walker"_s, u"Noah"_s, u"Walkerson"_s))); // known: replaced
    QVERIFY(a.upsert(person(u"noah_walker"_s, u"Noah"_s, u"Walkerton"_s)));
    QVERIFY(a.remove(u"nora_walsh"_s));
    QVERIFY(a.remove(u"nobody_known"_s)); // nothing to remove
    QVERIFY(b.upsert(person(u"b_only"_s, u"Bea"_s, u"Walker"_s)));
    QVERIFY(b.upsert(person(u"new_one"_s, u"Zoë"_s, u"Quinn"_s)));
    QVERIFY(b.remove(u"noah_walker"_s));
    check(a, u"prog-a"_s, 11);
    check(b, u"prog-b"_s, 6);

    // A sync of a runs meanwhile: changes reach its pass too, and completing it counts anew.
    const qint64 pass = a.beginPass(ProgramKind::Affiliate, 4);
    QVERIFY(a.storePage(pass, 1, people().mid(0, 4), false));
    QVERIFY(a.upsert(person(u"newer_one"_s, u"Ada"_s, u"Lovelace"_s)));
    QVERIFY(a.remove(u"noah_walker_2"_s));
    check(a, u"prog-a"_s, 11);
    QVERIFY(a.storePage(pass, 2, people().mid(4, 4), false));
    QVERIFY(a.storePage(pass, 3, people().mid(8, 4), true));
    QVERIFY(a.completePass(pass));
    // people() without noah_walker_2 (removed after its page was stored), with newer_one.
    check(a, u"prog-a"_s, 11);
    QVERIFY(a.remove(u"newer_one"_s));
    check(a, u"prog-a"_s, 10);
    check(b, u"prog-b"_s, 6);
}

// A jump into the middle of an unfiltered table (an offset, no key to continue after) starts
// from the nearest mark of the sort column and gives the rows the file's index gives by
// offset: in every column, both ways, before and after changes that move rows across marks
// (new customers, renamed ones, removed ones, a mark's own row removed).
void TestCustomerIndex::jumpsGiveTheRowsOfAnOffset() {
    QList<CustomerRecord> records = MadeUpCustomers::many(ProgramKind::Affiliate, 1234);
    CustomerIndex shared;
    QVERIFY2(shared.open(m_location), qPrintable(shared.errorString()));
    QVERIFY(MadeUpCustomers::store(shared, ProgramKind::Affiliate, records));
    CustomerIndex file;
    QVERIFY2(file.open(m_path), qPrintable(file.errorString()));
    QVERIFY(MadeUpCustomers::store(file, ProgramKind::Affiliate, records));
    const QString database = m_location.sharedStore.database;
    QString output;
    // A mark every 200 rows of each of the 8 sort columns.
    QVERIFY(m_server.psql(u"SELECT COUNT(*) FROM index_pass_marks"_s, database, &output));
    QCOMPARE(output.trimmed(), QString::number(8 * (1234 / 200)));
    const auto compare = [&] {
        const int count = file.count();
        QCOMPARE(shared.count(), count);
        for (int column = int(IndexQuery::Column::Name); column <= int(IndexQuery::Column::Updated);
             ++column) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                for (const int offset : {400, 401, 599, 600, 601, 777, 1000, 1001, 1198, 1199, 1200,
                                         count - 3, count - 1, count}) {
                    IndexQuery query;
                    query.sort = IndexQuery::Column(column);
                    query.order = order;
                    query.offset = offset;
                    query.limit = 7;
                    const QStringList expected = orderOf(file.select(query));
                    QVERIFY2(orderOf(shared.select(query)) == expected,
                             qPrintable(u"column %1, %2, offset %3"_s.arg(column)
                                            .arg(order == Qt::AscendingOrder ? u"ascending"_s
                                                                             : u"descending"_s)
                                            .arg(offset)));
                }
            }
        }
    };
    compare();
    if (QTest::currentTestFailed())
        return;

    // The row of the second mark in name order, removed.
    QVERIFY(m_server.psql(u"SELECT identifier FROM index_pass_marks WHERE sort_column = %1 "
                          "AND mark = 2"_s.arg(int(IndexQuery::Column::Name)),
                          database, &output));
    const QString markRow = output.trimmed();
    QVERIFY(!markRow.isEmpty());
    QList<CustomerRecord> changed;
    for (int i = 0; i < 30; ++i) {
        // New ones, first in name order, with the earliest dates and an email before all.
        CustomerRecord added = MadeUpCustomers::affiliate(5000 + i);
        added.customer.name = u"Aaron"_s;
        added.customer.email = u"a%1@example.com"_s.arg(i);
        added.customer.createdAt = MadeUpCustomers::createdOf(0).addDays(-1 - i);
        added.customer.updatedAt = added.customer.createdAt;
        changed.append(added);
    }
    for (const int n : {10, 11, 450, 451, 900}) {
        // Known ones moved: last in name order, new partner, status and dates.
        CustomerRecord moved = records.at(n);
        moved.customer.name = u"Zed"_s;
        moved.customer.partner = u"partner_0"_s;
        moved.customer.status = u"archived"_s;
        moved.customer.createdAt = MadeUpCustomers::createdOf(5000 + n);
        moved.customer.updatedAt = moved.customer.createdAt;
        changed.append(moved);
    }
    for (CustomerIndex *index : {&shared, &file}) {
        for (const CustomerRecord &record : std::as_const(changed))
            QVERIFY(index->upsert(record));
        for (const QString &identifier :
             {markRow, records.at(3).customer.identifier(), records.at(600).customer.identifier(),
              records.at(1100).customer.identifier()})
            QVERIFY(index->remove(identifier));
    }
    QCOMPARE(file.count(), 1234 + 30 - 4);
    compare();
}

// A pass written by one console (the command line's sync) is what every other console reads
// once it completes; until then they read the complete one.
void TestCustomerIndex::passOfOneConsoleIsReadByAll() {
    CustomerIndex screens;
    QVERIFY(screens.open(m_location));
    QVERIFY(indexAll(screens, people(), 4));
    CustomerIndex otherConsole;
    QVERIFY(otherConsole.open(m_location));
    CustomerIndex sync;
    QVERIFY(sync.open(m_location, CustomerIndex::Use::Writing));
    QList<CustomerRecord> refreshed = people();
    refreshed.removeIf([](const CustomerRecord &c) { return c.customer.key == u"nora_walsh"_s; });
    refreshed.append(person(u"new_one"_s, u"Zoë"_s, u"Quinn"_s));
    const qint64 pass = sync.beginPass(ProgramKind::Affiliate, 4);
    QVERIFY(pass > screens.completePass()->number);
    // Another console beginning at the same time continues the same pass.
    QCOMPARE(otherConsole.beginPass(ProgramKind::Affiliate, 4), pass);
    QVERIFY(sync.storePage(pass, 1, refreshed.mid(0, 4), false));
    QVERIFY(sync.storePage(pass, 2, refreshed.mid(4, 4), false));
    for (CustomerIndex *reader : {&screens, &otherConsole}) {
        QCOMPARE(reader->count(), people().size());
        QCOMPARE(keysOf(reader->find(u"nora"_s, 5)), QStringList{u"nora_walsh"_s});
        QVERIFY(reader->find(u"quinn"_s, 5).isEmpty());
    }
    QVERIFY(sync.storePage(pass, 3, refreshed.mid(8, 4), true));
    QVERIFY(sync.completePass(pass));
    for (CustomerIndex *reader : {&screens, &otherConsole}) {
        QCOMPARE(reader->completePass()->number, pass);
        QCOMPARE(reader->count(), refreshed.size());
        QVERIFY(reader->find(u"nora"_s, 5).isEmpty());
        QCOMPARE(keysOf(reader->find(u"zoe"_s, 5)), QStringList{u"new_one"_s});
    }
}

// Counting stops after the cap: the total then says "more than the cap", and the rows shown
// are the first ones in order all the same.
void TestCustomerIndex::countsStopAtTheCap() {
    QList<CustomerRecord> all;
    for (int i = 0; i < 30; ++i)
        all.append(person(u"c%1"_s.arg(i, 2, 10, QChar(u'0')), u"Name%1"_s.arg(i), u"Walker"_s));
    CustomerIndex index;
    QVERIFY(index.open(m_location));
    QVERIFY(indexAll(index, all, 10));
    IndexQuery query;
    query.search = u"walker"_s;
    query.sort = IndexQuery::Column::Key;
    query.limit = 3;
    query.countCap = 10;
    int total = 0;
    QCOMPARE(orderOf(index.select(query, &total)), (QStringList{u"c00"_s, u"c01"_s, u"c02"_s}));
    QCOMPARE(total, 11);
    query.countCap = 30;
    index.select(query, &total);
    QCOMPARE(total, 30);
    query.countCap = -1;
    index.select(query, &total);
    QCOMPARE(total, 30);
    // find() counts up to findCountCap(): 30 is below it.
    index.find(u"walker"_s, 5, &total);
    QCOMPARE(total, 30);
}

void TestCustomerIndex::keysetBlocksFollowTheOrder_data() {
    QTest::addColumn<int>("sort");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QString>("search");
    QTest::newRow("name") << int(IndexQuery::Column::Name) << false << QString();
    QTest::newRow("name, descending") << int(IndexQuery::Column::Name) << true << QString();
    QTest::newRow("partner, ties") << int(IndexQuery::Column::Partner) << false << QString();
    QTest::newRow("created, descending, searched")
        << int(IndexQuery::Column::Created) << true << u"walk"_s;
    QTest::newRow("email, empty ones") << int(IndexQuery::Column::Email) << false << QString();
}

// Reading a table block by block, each continuing after the last row of the one before,
// gives exactly the rows of one read in that order: none twice, none left out, also where
// many rows share the sort value or have none.
void TestCustomerIndex::keysetBlocksFollowTheOrder() {
    QFETCH(int, sort);
    QFETCH(bool, descending);
    QFETCH(QString, search);
    QList<CustomerRecord> all;
    const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < 57; ++i) {
        CustomerRecord r = person(u"c%1"_s.arg(i, 2, 10, QChar(u'0')), u"Name%1"_s.arg(i % 7),
                                  i % 2 ? u"Walker"_s : u"Walsh"_s);
        r.customer.partner = i % 3 == 0 ? u"partner_acme"_s : QString();
        r.customer.createdAt = start.addDays(i % 5);
        if (i % 4 == 0)
            r.customer.email.clear();
        all.append(r);
    }
    CustomerIndex index;
    QVERIFY(index.open(m_location));
    QVERIFY(indexAll(index, all, 20));
    IndexQuery query;
    query.sort = IndexQuery::Column(sort);
    query.order = descending ? Qt::DescendingOrder : Qt::AscendingOrder;
    query.search = search;
    const QStringList whole = orderOf(index.select(query));
    QVERIFY(whole.size() > 20);
    QStringList blocks;
    IndexQuery block = query;
    block.limit = 8;
    for (int reads = 0; reads < 20; ++reads) {
        const QList<Customer> read = index.select(block);
        for (const Customer &c : read)
            blocks.append(c.key);
        if (read.size() < block.limit)
            break;
        block.after = IndexQuery::After{CustomerIndex::sortKeyOf(read.last(), query.sort),
                                        read.last().identifier()};
    }
    QCOMPARE(blocks, whole);
    // A walk over every record reads in blocks too, in the same order.
    QStringList walked;
    QVERIFY(index.forEachRecord(query, [&](const CustomerRecord &record) {
        walked.append(record.customer.key);
        return true;
    }));
    QCOMPARE(walked, whole);
}

// A word's rows can be found through the trigram index on the folded column, and the first
// screen of a sort through the kept order of its column. (A table this small is read whole
// by the planner's choice, so reading every row is ruled out for the question, and so is
// the kept order of names, which carries the folded column for short words and which the
// planner would read whole for a table this small.)
void TestCustomerIndex::searchUsesTheTrigramIndex() {
    QList<CustomerRecord> all;
    for (int i = 0; i < 500; ++i)
        all.append(person(u"k%1"_s.arg(i, 4, 10, QChar(u'0')), u"Name%1"_s.arg(i), u"Walker"_s));
    CustomerIndex index;
    QVERIFY(index.open(m_location));
    QVERIFY(indexAll(index, all, 250));
    const QString database = m_location.sharedStore.database;
    QVERIFY(m_server.psql(u"ANALYZE customers"_s, database));
    QString plan;
    QVERIFY(m_server.psql(u"BEGIN; SET LOCAL enable_seqscan = off; "
                          "DROP INDEX customers_by_name_searched; "
                          "EXPLAIN SELECT COUNT(*) FROM customers c "
                          "WHERE c.search LIKE '%name123%'; ROLLBACK"_s,
                          database, &plan));
    QVERIFY2(plan.contains(u"customers_search"_s), qPrintable(plan));
    QVERIFY(m_server.psql(u"SET enable_seqscan = off; "
                          "EXPLAIN SELECT * FROM customers c WHERE c.program_id = 'prog-a' "
                          "AND c.pass = 1 ORDER BY c.email DESC, c.identifier DESC LIMIT 50"_s,
                          database, &plan));
    QVERIFY2(plan.contains(u"customers_by_email"_s), qPrintable(plan));
    int total = 0;
    QCOMPARE(orderOf(index.find(u"name123"_s, 5, &total)), QStringList{u"k0123"_s});
    QCOMPARE(total, 1);
}
#endif

QTEST_GUILESS_MAIN(TestCustomerIndex)
#include "tst_customerindex.moc"

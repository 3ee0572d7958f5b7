// SPDX-License-Identifier: GPL-3.0-or-later
// The customer index on real SQLite files: passes that survive interruption, a refresh that
// replaces the index only when it completes, the console's own changes, and finding people
// by any part of their name, email, key or id.

#include "app/index/customerindex.h"
#include "app/index/textfold.h"

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
    void init();
    void fileIsOwnerOnly();
    void findsByAnyPart_data();
    void findsByAnyPart();
    void interruptedPassContinues();
    void refreshReplacesWhenComplete();
    void changesReachBothPasses();
    void newerSchemaIsRefused();
    void sortsAndFiltersAcrossAll();
    void searchInMemoryAnswersAsTheDatabase_data();
    void searchInMemoryAnswersAsTheDatabase();
    void searchInMemoryFollowsChanges();
    void searchHandedOverKeepsChangesMadeMeanwhile();
    void memoryOnlyIndexTouchesNoDisk();
    void searchWithFiltersAnswersAlikeOnEveryConnection();
    void indexOfTheFirstSchemaOpensAndStaysSearchable();

private:
    bool indexAll(CustomerIndex &index, const QList<CustomerRecord> &customers, int pageSize);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestCustomerIndex::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(u"profiles/p1/customers.sqlite"_s);
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

void TestCustomerIndex::fileIsOwnerOnly() {
    CustomerIndex index;
    QVERIFY2(index.open(m_path), qPrintable(index.errorString()));
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
    QVERIFY2(index.open(m_path), qPrintable(index.errorString()));
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
        QVERIFY(index.open(m_path));
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
    QVERIFY(index.open(m_path));
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
    QVERIFY(index.open(m_path));
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
    QVERIFY(index.open(m_path));
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
        QVERIFY(index.open(m_path));
    }
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
    CustomerIndex index;
    QVERIFY(!index.open(m_path));
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
    QVERIFY(index.open(m_path));
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
    QVERIFY2(index.open(m_path), qPrintable(index.errorString()));
    QList<CustomerRecord> all = people();
    // Names that share their start, so that name order decides between them.
    all.append(person(u"noah_a"_s, u"Noah"_s, u"Abbott"_s));
    all.append(person(u"zed_walker"_s, u"Zed"_s, u"Walker"_s));
    QVERIFY(indexAll(index, all, 4));
    QVERIFY(index.isSearchInMemory(true));
    // The database's answer in name order, from a connection that holds no search in memory
    // (a writer's: it reads every row's column), against the one from memory.
    CustomerIndex reading;
    QVERIFY(reading.open(m_path, CustomerIndex::Use::Writing));
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
    QVERIFY(index.open(m_path));
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
    QVERIFY(reopened.open(m_path));
    QVERIFY(reopened.isSearchInMemory(true));
    QCOMPARE(orderOf(reopened.find(u"walk"_s, 10, &total)),
             (QStringList{u"aaron"_s, u"noah_walker"_s}));
}

void TestCustomerIndex::searchHandedOverKeepsChangesMadeMeanwhile() {
    CustomerIndex screens;
    QVERIFY(screens.open(m_path));
    QVERIFY(indexAll(screens, people(), 4));
    QVERIFY(screens.isSearchInMemory(true));
    // A refresh completes on another connection (a sync's writer), without Nora, and loads
    // its search there...
    CustomerIndex writer;
    QVERIFY(writer.open(m_path, CustomerIndex::Use::Writing));
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
    QVERIFY(screens.open(m_path));
    QVERIFY(indexAll(screens, all, 10));
    QVERIFY(screens.isSearchInMemory(true));
    CustomerIndex writer;
    QVERIFY(writer.open(m_path, CustomerIndex::Use::Writing));

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

// An index written before the trigram table was dropped opens (the migration drops the table
// and its triggers), keeps its customers, stays searchable, and takes the next pages.
void TestCustomerIndex::indexOfTheFirstSchemaOpensAndStaysSearchable() {
    {
        CustomerIndex index;
        QVERIFY(index.open(m_path));
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
        QVERIFY2(index.open(m_path), qPrintable(index.errorString()));
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

QTEST_GUILESS_MAIN(TestCustomerIndex)
#include "tst_customerindex.moc"

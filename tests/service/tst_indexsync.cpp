// SPDX-License-Identifier: GPL-3.0-or-later
// Indexing a whole program against the sandbox: every customer exactly once, never more than
// four requests at once, interruptions that lose nothing and fetch nothing twice, a rate
// limit that slows the sync down without losing pages, and a refresh that drops customers the
// server no longer has.

#include "app/api/apiclient.h"
#include "app/api/customerservice.h"
#include "app/index/customerindex.h"
#include "app/index/indexsync.h"

#include "tests/common/sandboxprocess.h"
#include "tests/service/servicetest.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

class TestIndexSync final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void indexesEveryCustomerOnce();
    void interruptedTwiceLosesNothing_data() { bothKinds(); }
    void interruptedTwiceLosesNothing();
    void rateLimitSlowsDown_data() { bothKinds(); }
    void rateLimitSlowsDown();
    void failureKeepsPagesAndContinues();
    void refreshDropsDeletedCustomers_data() { bothKinds(); }
    void refreshDropsDeletedCustomers();
    void referAFriendProgram();
    void indexFileIsOwnerOnly_data() { bothKinds(); }
    void indexFileIsOwnerOnly();
    void storingLeavesTheEventLoopFree();
    void memoryOnlyIndexTouchesNoDisk();
    void withoutAnIndexKeepsEveryCustomerOnceInPageOrder();
    void nextRequestLeavesBeforeAnAnswerIsRead();

private:
    static void bothKinds();
    // The service, client and kind of the row's program.
    CustomerService *service() const;
    ApiClient *client() const;
    ProgramKind kind() const;
    // Every identifier the server lists, read page by page without the sync.
    QSet<QString> serverIdentifiers(CustomerService *service);
    bool runToEnd(IndexSync &sync, int timeoutMs = 60000);
    void checkIndexMatches(CustomerIndex &index, const QSet<QString> &expected);

    SandboxProcess m_sandbox;
    ApiClient *m_client = nullptr;
    ApiClient *m_referralClient = nullptr;
    std::unique_ptr<CustomerService> m_customers;
    std::unique_ptr<CustomerService> m_referralCustomers;
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_maxInFlight = 0;
};

void TestIndexSync::initTestCase() {
    // 1,130 affiliate customers: five pages of 250, the last one short.
    QVERIFY2(m_sandbox.start({u"--customers"_s, u"1130"_s, u"--latency-ms"_s, u"40"_s}),
             qPrintable(m_sandbox.errorString()));
    for (ApiClient **client : {&m_client, &m_referralClient}) {
        *client = new ApiClient(this);
        QVERIFY(!(*client)->setBaseUrl(QUrl(m_sandbox.baseUrl())).isError());
        RetryPolicy fast;
        fast.baseDelayMs = 20;
        fast.maxDelayMs = 80;
        (*client)->setRetryPolicy(fast);
        connect(*client, &ApiClient::callsInFlightChanged, this,
                [this](int count) { m_maxInFlight = std::max(m_maxInFlight, count); });
    }
    m_client->setApiKey(m_sandbox.affiliateKey());
    m_referralClient->setApiKey(m_sandbox.referralKey());
    m_customers = std::make_unique<CustomerService>(m_client);
    m_referralCustomers = std::make_unique<CustomerService>(m_referralClient);
}

void TestIndexSync::bothKinds() {
    QTest::addColumn<bool>("referral");
    QTest::newRow("affiliate") << false;
    QTest::newRow("refer-a-friend") << true;
}

CustomerService *TestIndexSync::service() const {
    return QTest::currentDataTag() && QByteArray(QTest::currentDataTag()) == "refer-a-friend"
               ? m_referralCustomers.get()
               : m_customers.get();
}

ApiClient *TestIndexSync::client() const {
    return service() == m_referralCustomers.get() ? m_referralClient : m_client;
}

ProgramKind TestIndexSync::kind() const {
    return service() == m_referralCustomers.get() ? ProgramKind::ReferAFriend
                                                  : ProgramKind::Affiliate;
}

void TestIndexSync::init() {
    m_sandbox.clearFaults();
    m_sandbox.clearRequests();
    m_dir = std::make_unique<QTemporaryDir>();
    m_maxInFlight = 0;
}

QSet<QString> TestIndexSync::serverIdentifiers(CustomerService *service) {
    QSet<QString> ids;
    for (int page = 1; page < 100; ++page) {
        CustomerQuery query;
        query.limit = 250;
        query.page = page;
        const auto result =
            await<Page<Customer>>([&](auto done) { return service->list(query, this, done); });
        if (!result.ok())
            return {};
        for (const Customer &c : result.value().items)
            ids.insert(c.identifier());
        if (!result.value().info.hasNext)
            break;
    }
    return ids;
}

bool TestIndexSync::runToEnd(IndexSync &sync, int timeoutMs) {
    QSignalSpy finished(&sync, &IndexSync::finished);
    sync.start();
    return QTest::qWaitFor([&] { return !finished.isEmpty(); }, timeoutMs);
}

void TestIndexSync::checkIndexMatches(CustomerIndex &index, const QSet<QString> &expected) {
    QCOMPARE(index.count(), int(expected.size()));
    for (const QString &id : expected)
        QVERIFY2(index.customer(id), qPrintable(id));
}

void TestIndexSync::indexesEveryCustomerOnce() {
    const QSet<QString> expected = serverIdentifiers(m_customers.get());
    QCOMPARE(expected.size(), 1130);
    m_maxInFlight = 0;
    m_sandbox.clearRequests();

    CustomerIndex index;
    QVERIFY(index.open(m_dir->filePath(u"customers.sqlite"_s)));
    IndexSync sync(m_customers.get(), &index, ProgramKind::Affiliate);
    QVERIFY(runToEnd(sync));
    QCOMPARE(sync.state(), IndexSync::State::Finished);
    checkIndexMatches(index, expected);
    QCOMPARE(sync.lastPage(), 5);
    QVERIFY2(m_maxInFlight <= IndexSync::MaxInFlight, qPrintable(QString::number(m_maxInFlight)));
    QVERIFY(m_maxInFlight >= 2); // it did fetch in parallel
    // Pages past the end asked for ahead of time are few: at most the window (the next
    // request leaves when an answer is in, before it is read and says it was the last).
    const int requests = m_sandbox.countRequests(u"GET"_s, u"/v1/customers"_s);
    QVERIFY2(requests >= 5 && requests <= 5 + IndexSync::MaxInFlight,
             qPrintable(QString::number(requests)));
    // The stored object is the server's own, unknown fields included.
    const auto stored = index.customer(*expected.begin());
    QVERIFY(stored);
    QVERIFY(stored->json.startsWith('{'));
    QVERIFY(stored->json.contains("\"created_at\""));
    QVERIFY(sync.progressText().contains(u"1130"_s) || sync.progressText().contains(u"1,130"_s));
}

void TestIndexSync::interruptedTwiceLosesNothing() {
    const QString path = m_dir->filePath(u"customers.sqlite"_s);
    QSet<QString> pagesFetchedBefore;
    for (int run = 0; run < 2; ++run) {
        CustomerIndex index;
        QVERIFY(index.open(path));
        IndexSync sync(service(), &index, kind());
        const int storedBefore =
            index.runningPass() ? int(index.runningPass()->pagesDone.size()) : 0;
        // One page comes at once, the others take long enough to be interrupted.
        QVERIFY(m_sandbox.clearFaults());
        QVERIFY(m_sandbox.queueFault(u"GET"_s, u"/v1/customers"_s, u"latency=0"_s, 1));
        QVERIFY(m_sandbox.queueFault(u"GET"_s, u"/v1/customers"_s, u"latency=2000"_s, 20));
        sync.start();
        // Stop after one more page is stored: a cancel, then a "crash" (the objects just go).
        QTRY_VERIFY_WITH_TIMEOUT(sync.pagesStored() > storedBefore, 20000);
        if (run == 0)
            sync.cancel();
        QVERIFY(index.count() == 0); // nothing searchable until a pass completes
    }
    CustomerIndex index;
    QVERIFY(index.open(path));
    const auto running = index.runningPass();
    QVERIFY(running);
    const QSet<int> storedEarlier = running->pagesDone;
    QCOMPARE(storedEarlier.size(), 2);
    QVERIFY(m_sandbox.clearFaults());
    m_sandbox.clearRequests();
    IndexSync sync(service(), &index, kind());
    QVERIFY(runToEnd(sync));
    QCOMPARE(sync.state(), IndexSync::State::Finished);
    const QJsonArray requests = m_sandbox.requests();
    checkIndexMatches(index, serverIdentifiers(service()));
    // The third run asked only for the pages the first two had not stored.
    for (const QJsonValue &value : requests) {
        const QString query = value.toObject().value(u"query"_s).toString();
        for (const int page : storedEarlier) {
            if (query.contains(u"limit=250"_s))
                QVERIFY2(!query.split(u'&').contains(u"page=%1"_s.arg(page)), qPrintable(query));
        }
    }
}

void TestIndexSync::rateLimitSlowsDown() {
    CustomerIndex index;
    QVERIFY(index.open(m_dir->filePath(u"customers.sqlite"_s)));
    IndexSync sync(service(), &index, kind());
    QVERIFY(m_sandbox.queueFault(u"GET"_s, u"/v1/customers"_s, u"status=429;retry-after=1"_s, 2));
    QSignalSpy rateLimited(client(), &ApiClient::rateLimited);
    QElapsedTimer clock;
    clock.start();
    bool sawSlowerLimit = false;
    bool sawPauseText = false;
    connect(&sync, &IndexSync::progress, this, [&] {
        sawSlowerLimit = sawSlowerLimit || sync.inFlightLimit() < IndexSync::MaxInFlight;
        sawPauseText = sawPauseText || sync.progressText().contains(u"paused"_s);
    });
    QVERIFY(runToEnd(sync));
    QCOMPARE(sync.state(), IndexSync::State::Finished);
    QVERIFY(!rateLimited.isEmpty());
    QVERIFY(sawSlowerLimit);
    QVERIFY(sawPauseText);
    QVERIFY(clock.elapsed() >= 1000); // it waited as the server asked
    checkIndexMatches(index, serverIdentifiers(service()));
}

void TestIndexSync::failureKeepsPagesAndContinues() {
    const QString path = m_dir->filePath(u"customers.sqlite"_s);
    CustomerIndex index;
    QVERIFY(index.open(path));
    {
        // Two pages arrive; every other request fails, slowly, beyond the client's retries.
        QVERIFY(m_sandbox.queueFault(u"GET"_s, u"/v1/customers"_s, u"latency=0"_s, 2));
        QVERIFY(
            m_sandbox.queueFault(u"GET"_s, u"/v1/customers"_s, u"status=500;latency=1000"_s, 40));
        IndexSync sync(m_customers.get(), &index, ProgramKind::Affiliate);
        sync.start();
        QTRY_VERIFY_WITH_TIMEOUT(sync.state() == IndexSync::State::Failed, 20000);
        QCOMPARE(sync.error().kind, ApiError::Kind::Server);
        QVERIFY2(sync.progressText().contains(u"kept"_s), qPrintable(sync.progressText()));
    }
    QVERIFY(index.runningPass());
    QVERIFY2(!index.runningPass()->pagesDone.isEmpty(),
             QJsonDocument(m_sandbox.requests()).toJson(QJsonDocument::Compact).constData());
    m_sandbox.clearFaults();
    IndexSync again(m_customers.get(), &index, ProgramKind::Affiliate);
    QVERIFY(runToEnd(again));
    QCOMPARE(again.state(), IndexSync::State::Finished);
    checkIndexMatches(index, serverIdentifiers(m_customers.get()));
}

void TestIndexSync::refreshDropsDeletedCustomers() {
    CustomerIndex index;
    QVERIFY(index.open(m_dir->filePath(u"customers.sqlite"_s)));
    IndexSync first(service(), &index, kind());
    QVERIFY(runToEnd(first));
    QVERIFY2(first.state() == IndexSync::State::Finished, qPrintable(first.progressText()));
    const int before = index.count();
    IndexQuery firstOne;
    firstOne.limit = 1;
    const QList<Customer> some = index.select(firstOne);
    QCOMPARE(some.size(), 1);
    const QString gone = some.first().identifier();
    QVERIFY(index.customer(gone));
    QCOMPARE(index.find(gone, 5).size(), 1);
    // Deleted on the server by someone else.
    QVERIFY(await<void>([&](auto done) { return service()->remove(gone, this, done); }).ok());
    IndexSync refresh(service(), &index, kind());
    QVERIFY(runToEnd(refresh));
    QVERIFY2(refresh.state() == IndexSync::State::Finished, qPrintable(refresh.progressText()));
    QCOMPARE(index.count(), before - 1);
    QVERIFY(!index.customer(gone));
    QVERIFY(index.find(gone, 5).isEmpty());
    checkIndexMatches(index, serverIdentifiers(service()));
    QVERIFY(m_sandbox.reset());
}

void TestIndexSync::referAFriendProgram() {
    const QSet<QString> expected = serverIdentifiers(m_referralCustomers.get());
    QVERIFY(expected.size() > 10);
    CustomerIndex index;
    QVERIFY(index.open(m_dir->filePath(u"customers.sqlite"_s)));
    IndexSync sync(m_referralCustomers.get(), &index, ProgramKind::ReferAFriend);
    QVERIFY(runToEnd(sync));
    QCOMPARE(sync.state(), IndexSync::State::Finished);
    checkIndexMatches(index, expected);
    QVERIFY(!index.find(u"lovelace"_s, 5).isEmpty());
}

void TestIndexSync::indexFileIsOwnerOnly() {
    // A folder the index makes itself, as a profile's is on the first sync.
    const QString folder = m_dir->filePath(u"profiles/p1"_s);
    const QString path = folder + u"/customers.sqlite"_s;
    {
        CustomerIndex index;
        QVERIFY2(index.open(path), qPrintable(index.errorString()));
        IndexSync sync(service(), &index, kind());
        QVERIFY(runToEnd(sync));
        QCOMPARE(sync.state(), IndexSync::State::Finished);
        QVERIFY(index.count() > 0);
        // While open, SQLite's companions hold rows too: owner-only like the file.
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
            const QFileInfo file(path + suffix);
            if (!file.exists())
                continue;
            QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup |
                                           QFile::WriteOther),
                     QFileDevice::Permissions());
            QVERIFY(file.permissions() & QFile::ReadOwner);
        }
    }
    const QFileInfo file(path);
    QVERIFY(file.exists());
    QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup |
                                   QFile::WriteOther | QFile::ExeGroup | QFile::ExeOther),
             QFileDevice::Permissions());
    for (const QString &made : {folder, m_dir->filePath(u"profiles"_s)}) {
        const QFileInfo dir(made);
        QCOMPARE(dir.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup |
                                      QFile::WriteOther | QFile::ExeGroup | QFile::ExeOther),
                 QFileDevice::Permissions());
        QVERIFY(dir.permissions() & QFile::ExeOwner);
    }
}

void TestIndexSync::storingLeavesTheEventLoopFree() {
    const QString path = m_dir->filePath(u"customers.sqlite"_s);
    CustomerIndex index;
    QVERIFY(index.open(path));
    {
        IndexSync first(m_customers.get(), &index, ProgramKind::Affiliate);
        QVERIFY(runToEnd(first));
        QVERIFY2(first.state() == IndexSync::State::Finished, qPrintable(first.progressText()));
    }
    const int indexed = index.count();
    QVERIFY(indexed > 0);
    // Another program holds the file's write lock for a while, as a slow disk or a second
    // console would: storing pages has to wait for it.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"locker"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery lock(db);
        QVERIFY(lock.exec(u"BEGIN IMMEDIATE"_s));

        IndexSync refresh(m_customers.get(), &index, ProgramKind::Affiliate);
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&] { ++ticks; });
        timer.start(10);
        refresh.start();
        QElapsedTimer held;
        held.start();
        int found = -1;
        while (held.elapsed() < 1500) {
            QTest::qWait(50);
            // The screens keep reading the complete pass meanwhile.
            int total = 0;
            index.find(u"a"_s, 20, &total);
            found = std::max(found, total);
        }
        // The event loop kept running (a 10 ms timer ticked) while every page waited for
        // the lock; nothing was stored, and the old index answered.
        QVERIFY2(ticks >= 40, qPrintable(QString::number(ticks)));
        QCOMPARE(refresh.pagesStored(), 0);
        QVERIFY2(refresh.state() == IndexSync::State::Running, qPrintable(refresh.progressText()));
        QVERIFY(found > 0);
        QCOMPARE(index.count(), indexed);
        QVERIFY(lock.exec(u"COMMIT"_s));
        QTRY_VERIFY_WITH_TIMEOUT(refresh.state() != IndexSync::State::Running, 30000);
        QCOMPARE(refresh.state(), IndexSync::State::Finished);
        lock.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"locker"_s);
    checkIndexMatches(index, serverIdentifiers(m_customers.get()));
}

void TestIndexSync::memoryOnlyIndexTouchesNoDisk() {
    const QString before = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_dir->path()));
    {
        CustomerIndex index;
        QVERIFY2(index.open(CustomerIndex::memoryLocation(u"sync-test"_s)),
                 qPrintable(index.errorString()));
        IndexSync sync(m_customers.get(), &index, ProgramKind::Affiliate);
        QVERIFY(runToEnd(sync));
        QCOMPARE(sync.state(), IndexSync::State::Finished);
        checkIndexMatches(index, serverIdentifiers(m_customers.get()));
        QVERIFY(index.isSearchInMemory(true));
        QVERIFY(!index.find(u"alice"_s, 5).isEmpty());
    }
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList());
    QVERIFY(QDir::setCurrent(before));
}

// Without an index (an export through the API without a search word) the pages stay in
// memory: every customer once, in the server's page order, with the server's object; a rate
// limit on the way loses no page.
void TestIndexSync::withoutAnIndexKeepsEveryCustomerOnceInPageOrder() {
    QStringList expected;
    for (int page = 1; page < 10; ++page) {
        CustomerQuery query;
        query.limit = IndexSync::PageSize;
        query.page = page;
        const auto result =
            await<Page<Customer>>([&](auto done) { return m_customers->list(query, this, done); });
        QVERIFY(result.ok());
        for (const Customer &c : result.value().items)
            expected.append(c.identifier());
        if (!result.value().info.hasNext)
            break;
    }
    QCOMPARE(expected.size(), 1130);
    QVERIFY(m_sandbox.queueFault(u"GET"_s, u"/v1/customers"_s, u"status=429;retry-after=1"_s, 1));
    m_maxInFlight = 0;
    IndexSync sync(m_customers.get(), nullptr, ProgramKind::Affiliate);
    QVERIFY(runToEnd(sync));
    QCOMPARE(sync.state(), IndexSync::State::Finished);
    QVERIFY2(m_maxInFlight <= IndexSync::MaxInFlight, qPrintable(QString::number(m_maxInFlight)));
    QVERIFY(sync.progressText().contains(u"1130"_s) || sync.progressText().contains(u"1,130"_s));
    const QList<CustomerRecord> records = sync.takeRecords();
    QStringList identifiers;
    for (const CustomerRecord &record : records) {
        identifiers.append(record.customer.identifier());
        QVERIFY(record.json.contains("\"created_at\""));
    }
    QCOMPARE(identifiers, expected);
    QVERIFY(sync.takeRecords().isEmpty()); // handed over once
}

void TestIndexSync::nextRequestLeavesBeforeAnAnswerIsRead() {
    // A slot is free as soon as an answer is in: the next page is on its way while that
    // answer is parsed and mapped, so that reading a page does not add to each round trip.
    // Still never more than four requests wait for an answer at once.
    int started = 0;
    int previous = m_client->callsInFlight();
    const QMetaObject::Connection counting =
        connect(m_client, &ApiClient::callsInFlightChanged, this, [&](int count) {
            if (count > previous)
                ++started;
            previous = count;
        });
    IndexSync sync(m_customers.get(), nullptr, ProgramKind::Affiliate);
    int startedAtFirstPage = -1;
    connect(&sync, &IndexSync::progress, this, [&] {
        if (startedAtFirstPage < 0 && sync.pagesStored() == 1)
            startedAtFirstPage = started;
    });
    m_maxInFlight = 0;
    QVERIFY(runToEnd(sync));
    disconnect(counting);
    QCOMPARE(sync.state(), IndexSync::State::Finished);
    QCOMPARE(sync.customersStored(), 1130);
    // The first four left together; the fifth left when the first answer came in, before
    // that answer reached the sync (reading it first would leave it at four).
    QCOMPARE(startedAtFirstPage, IndexSync::MaxInFlight + 1);
    QVERIFY2(m_maxInFlight <= IndexSync::MaxInFlight, qPrintable(QString::number(m_maxInFlight)));
}

QTEST_GUILESS_MAIN(TestIndexSync)
#include "tst_indexsync.moc"

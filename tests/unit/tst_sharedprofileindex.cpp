// SPDX-License-Identifier: GPL-3.0-or-later
// The connected profile's index on a team's shared index in a real PostgreSQL server: whether
// it is ready, when it was indexed and how many customers it holds are answered from what its
// reader read, so they answer at once while the server is stopped (SIGSTOP); the console's
// changes are written on the reader's thread in the order they were made, and reach the count;
// a pass another console completed shows once the state is read again. Opening never connects
// on the caller's thread: it returns at once while the server does not answer, a server that
// cannot be reached is said (and the index recovers when it is back), the profile holds one
// connection only (its reader's), and a sync writes through its writer's own connection.

#include "app/api/apiclient.h"
#include "app/api/customerservice.h"
#include "app/index/customerindex.h"
#include "app/index/profileindex.h"
#include "app/index/sharedindexreader.h"
#include "tests/common/madeupcustomers.h"
#include "tests/common/postgresserver.h"
#include "tests/common/sandboxprocess.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int Customers = 300;
constexpr int SandboxCustomers = 600; // the sandbox's program: three pages of 250

Customer madeUp(const QString &key, const QString &name) {
    Customer customer;
    customer.key = key;
    customer.name = name;
    customer.email = key + u"@example.com"_s;
    customer.status = u"active"_s;
    return customer;
}
} // namespace

class TestSharedProfileIndex final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void stateIsReadOnTheReader();
    void changesAreWrittenInOrderWhileNothingWaits();
    void anotherConsolesPassShows();
    void forgettingNeverWaitsForTheServer();
    void openingNeverWaitsForTheServer();
    void holdsOnlyTheReadersConnection();
    void syncWritesThroughItsOwnConnection();
    // Last: it stops the server.
    void anUnreachableServerIsSaidAndRecovers();

private:
    ProfileIndex::Options options(const QString &program = u"prog-a"_s) const;
    // Connections to the team's database the server holds now (psql's own is elsewhere).
    int teamConnections();

    PostgresServer m_server;
    CustomerIndex m_shared; // another console's connection
    SandboxProcess m_sandbox;
    ApiClient *m_client = nullptr;
    std::unique_ptr<CustomerService> m_customers;
};

void TestSharedProfileIndex::initTestCase() {
    if (!PostgresServer::isAvailable())
        QFAIL("PostgreSQL is not installed: packaging/install-deps.sh installs it");
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY2(m_server.createDatabase(u"team"_s), qPrintable(m_server.errorString()));
    QVERIFY2(m_shared.open(options().shared), qPrintable(m_shared.errorString()));
    QVERIFY(MadeUpCustomers::store(m_shared, ProgramKind::Affiliate,
                                   MadeUpCustomers::many(ProgramKind::Affiliate, Customers)));
    QVERIFY2(m_sandbox.start({u"--customers"_s, QString::number(SandboxCustomers)}),
             qPrintable(m_sandbox.errorString()));
    m_client = new ApiClient(this);
    QVERIFY(!m_client->setBaseUrl(QUrl(m_sandbox.baseUrl())).isError());
    m_client->setApiKey(m_sandbox.affiliateKey());
    m_customers = std::make_unique<CustomerService>(m_client);
}

ProfileIndex::Options TestSharedProfileIndex::options(const QString &program) const {
    ProfileIndex::Options options;
    options.shared = IndexLocation::shared(m_server.target(u"team"_s), QString(), program);
    return options;
}

int TestSharedProfileIndex::teamConnections() {
    QString output;
    if (!m_server.psql(u"SELECT count(*) FROM pg_stat_activity WHERE datname = 'team'"_s,
                       u"postgres"_s, &output))
        return -1;
    return output.trimmed().toInt();
}

// Not ready until the reader has read the state; then the pass's time and count, and one
// changed() to say so.
void TestSharedProfileIndex::stateIsReadOnTheReader() {
    ProfileIndex index(u"anna"_s, nullptr, ProgramKind::Affiliate, options());
    QVERIFY2(index.open(), qPrintable(index.errorString()));
    QVERIFY(index.reader());
    QSignalSpy changed(&index, &ProfileIndex::changed);
    QVERIFY(!index.isReady());
    QCOMPARE(index.count(), 0);
    QTRY_VERIFY(index.isReady());
    QCOMPARE(index.count(), m_shared.count());
    QCOMPARE(index.indexedAt(), m_shared.completePass()->completedAt);
    QCOMPARE(changed.size(), 1);
}

// With the server stopped, a change and a removal return at once and the count answers from
// memory; once the server goes on they are written in order (the removal after the change:
// the customer is gone) and the count follows.
void TestSharedProfileIndex::changesAreWrittenInOrderWhileNothingWaits() {
    ProfileIndex index(u"anna"_s, nullptr, ProgramKind::Affiliate, options());
    QVERIFY(index.open());
    QTRY_VERIFY(index.isReady());
    const int before = index.count();
    QSignalSpy changed(&index, &ProfileIndex::changed);
    QVERIFY(m_server.pause());
    auto resume = qScopeGuard([this] { m_server.resume(); });
    index.applyChange(QString(), madeUp(u"kept-1"_s, u"Zed"_s));
    index.applyChange(QString(), madeUp(u"gone-1"_s, u"Yves"_s));
    index.applyRemoval(u"gone-1"_s);
    QVERIFY(index.isReady());
    QCOMPARE(index.count(), before);
    QCOMPARE(changed.size(), 0);
    resume.dismiss();
    QVERIFY(m_server.resume());
    QTRY_COMPARE(index.count(), before + 1);
    QTRY_VERIFY(changed.size() >= 3);
    QVERIFY(m_shared.customer(u"kept-1"_s).has_value());
    QVERIFY(!m_shared.customer(u"gone-1"_s).has_value());
    QCOMPARE(m_shared.customer(u"kept-1"_s)->customer.name, u"Zed"_s);

    // A changed key moves the customer, keeping what was stored of it.
    index.applyChange(u"kept-1"_s, madeUp(u"kept-2"_s, u"Zoe"_s));
    QTRY_VERIFY(m_shared.customer(u"kept-2"_s).has_value());
    QVERIFY(!m_shared.customer(u"kept-1"_s).has_value());
    index.applyRemoval(u"kept-2"_s);
    QTRY_COMPARE(index.count(), before);
}

// Another console (or a timer's sync) completes a pass: read again, the state differs and the
// screens are told.
void TestSharedProfileIndex::anotherConsolesPassShows() {
    ProfileIndex index(u"anna"_s, nullptr, ProgramKind::Affiliate, options());
    QVERIFY(index.open());
    QTRY_VERIFY(index.isReady());
    const QDateTime before = index.indexedAt();
    QSignalSpy changed(&index, &ProfileIndex::changed);
    QTest::qWait(5); // a pass completed later has a later time
    QVERIFY(MadeUpCustomers::store(m_shared, ProgramKind::Affiliate,
                                   MadeUpCustomers::many(ProgramKind::Affiliate, Customers + 7)));
    QCOMPARE(index.count(), Customers);
    index.refreshState();
    QTRY_COMPARE(index.count(), Customers + 7);
    QVERIFY(index.indexedAt() > before);
    QCOMPARE(changed.size(), 1);
}

// Forgetting (the profile is switched, the window closes) while a write waits for a stopped
// server: it returns, and the index is gone at once.
void TestSharedProfileIndex::forgettingNeverWaitsForTheServer() {
    ProfileIndex index(u"anna"_s, nullptr, ProgramKind::Affiliate, options());
    QVERIFY(index.open());
    QTRY_VERIFY(index.isReady());
    QVERIFY(m_server.pause());
    auto resume = qScopeGuard([this] { m_server.resume(); });
    index.applyChange(QString(), madeUp(u"late-1"_s, u"Xavier"_s));
    QVERIFY(index.forget());
    QVERIFY(!index.index());
    QVERIFY(!index.reader());
    QVERIFY(!index.isReady());
    QCOMPARE(index.count(), 0);
    resume.dismiss();
    QVERIFY(m_server.resume());
}

// Opened while the server does not answer (SIGSTOP): open() returns, and the event loop turns,
// before the server answers anything; once it goes on, the state arrives.
void TestSharedProfileIndex::openingNeverWaitsForTheServer() {
    ProfileIndex index(u"anna"_s, nullptr, ProgramKind::Affiliate, options());
    QSignalSpy changed(&index, &ProfileIndex::changed);
    QVERIFY(m_server.pause());
    auto resume = qScopeGuard([this] { m_server.resume(); });
    QVERIFY(index.open());
    QVERIFY(index.index());
    QVERIFY(index.index()->isShared());
    QCOMPARE(index.index()->location().programId, u"prog-a"_s);
    bool turned = false;
    QTimer::singleShot(0, this, [&turned] { turned = true; });
    QTRY_VERIFY(turned);
    QVERIFY(!index.isStateKnown());
    QVERIFY(!index.isReady());
    QCOMPARE(changed.size(), 0);
    resume.dismiss();
    QVERIFY(m_server.resume());
    QTRY_VERIFY(index.isReady());
    QCOMPARE(index.count(), m_shared.count());
    QCOMPARE(index.indexedAt(), m_shared.completePass()->completedAt);
    QVERIFY(index.errorString().isEmpty());
}

// A console's profile index holds one connection to the server: its reader's (the table's and
// the Find box's readers are the screens'). It held two before, one on the GUI thread.
void TestSharedProfileIndex::holdsOnlyTheReadersConnection() {
    // Only the test's own connection: readers of the tests before have closed theirs.
    QTRY_COMPARE(teamConnections(), 1);
    {
        ProfileIndex index(u"anna"_s, nullptr, ProgramKind::Affiliate, options());
        QVERIFY(index.open());
        QTRY_VERIFY(index.isReady());
        QCOMPARE(teamConnections(), 2);
    }
    QTRY_COMPARE(teamConnections(), 1);
}

// A sync of a shared index: pages are written on the writer's connection, the count said is
// the pass's, and the state read after it shows the same.
void TestSharedProfileIndex::syncWritesThroughItsOwnConnection() {
    ProfileIndex index(u"anna"_s, m_customers.get(), ProgramKind::Affiliate,
                       options(u"prog-sync"_s));
    QVERIFY(index.open());
    QSignalSpy finished(&index, &ProfileIndex::syncFinished);
    index.startSync();
    QVERIFY(index.isSyncing());
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    QCOMPARE(finished.first().first().value<IndexSync::State>(), IndexSync::State::Finished);
    QVERIFY(index.isReady());
    QCOMPARE(index.count(), SandboxCustomers);
    QCOMPARE(index.sync()->progressText(), u"Indexed %1 customers."_s.arg(SandboxCustomers));
    CustomerIndex written;
    QVERIFY(written.open(options(u"prog-sync"_s).shared));
    QCOMPARE(written.count(), SandboxCustomers);
}

// The server is stopped: the first read fails and says why, once, however often it is tried;
// a sync fails with the database's sentence. Started again, the next read (the 30 s refresh)
// brings the state without opening anything again.
void TestSharedProfileIndex::anUnreachableServerIsSaidAndRecovers() {
    QVERIFY(m_server.stop());
    auto start = qScopeGuard([this] { m_server.restart(); });
    ProfileIndex index(u"anna"_s, m_customers.get(), ProgramKind::Affiliate, options());
    QSignalSpy unavailable(&index, &ProfileIndex::unavailable);
    QSignalSpy changed(&index, &ProfileIndex::changed);
    QVERIFY(index.open());
    QTRY_COMPARE(unavailable.size(), 1);
    const QString sentence = unavailable.first().first().toString();
    QVERIFY(!sentence.isEmpty());
    QCOMPARE(index.errorString(), sentence);
    QVERIFY(!index.isStateKnown());
    QVERIFY(!index.isReady());

    QSignalSpy finished(&index, &ProfileIndex::syncFinished);
    index.startSync();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<IndexSync::State>(), IndexSync::State::Failed);
    QVERIFY2(index.sync()->error().sentence().contains(m_server.target(u"team"_s).displayName()),
             qPrintable(index.sync()->error().sentence()));
    // Tried again (the refresh, the sync's read): still said once.
    QCOMPARE(unavailable.size(), 1);
    QCOMPARE(changed.size(), 0);

    start.dismiss();
    QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
    QVERIFY(m_shared.open(options().shared));
    index.refreshState();
    QTRY_VERIFY(index.isReady());
    QVERIFY(index.errorString().isEmpty());
    QCOMPARE(index.count(), m_shared.count());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(unavailable.size(), 1);
}

QTEST_GUILESS_MAIN(TestSharedProfileIndex)
#include "tst_sharedprofileindex.moc"

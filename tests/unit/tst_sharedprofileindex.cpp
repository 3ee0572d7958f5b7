// SPDX-License-Identifier: GPL-3.0-or-later
// The connected profile's index on a team's shared index in a real PostgreSQL server: whether
// it is ready, when it was indexed and how many customers it holds are answered from what its
// reader read, so they answer at once while the server is stopped (SIGSTOP); the console's
// changes are written on the reader's thread in the order they were made, and reach the count;
// a pass another console completed shows once the state is read again.

#include "app/index/customerindex.h"
#include "app/index/profileindex.h"
#include "app/index/sharedindexreader.h"
#include "tests/common/madeupcustomers.h"
#include "tests/common/postgresserver.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int Customers = 300;

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

private:
    ProfileIndex::Options options() const;

    PostgresServer m_server;
    CustomerIndex m_shared; // another console's connection
};

void TestSharedProfileIndex::initTestCase() {
    if (!PostgresServer::isAvailable())
        QFAIL("PostgreSQL is not installed: packaging/install-deps.sh installs it");
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY2(m_server.createDatabase(u"team"_s), qPrintable(m_server.errorString()));
    QVERIFY2(m_shared.open(options().shared), qPrintable(m_shared.errorString()));
    QVERIFY(MadeUpCustomers::store(m_shared, ProgramKind::Affiliate,
                                   MadeUpCustomers::many(ProgramKind::Affiliate, Customers)));
}

ProfileIndex::Options TestSharedProfileIndex::options() const {
    ProfileIndex::Options options;
    options.shared = IndexLocation::shared(m_server.target(u"team"_s), QString(), u"prog-a"_s);
    return options;
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

QTEST_GUILESS_MAIN(TestSharedProfileIndex)
#include "tst_sharedprofileindex.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The connected profile's team store (app/team/teamstore.*) and the parts of a shared store
// (app/team, app/journal), on a real PostgreSQL server the test starts and restarts itself:
// no round trip before each use, a connection lost to a restart replaced by the next statement
// (a change filed once), which failures allow a change to run again, and one sentence for a
// store a newer console set up.
#include "app/journal/journal.h"
#include "app/store/migrations.h"
#include "app/store/sqlstore.h"
#include "app/team/creditapprovals.h"
#include "app/team/creditlease.h"
#include "app/team/teamprograms.h"
#include "app/team/teamstore.h"
#include "tests/common/postgresserver.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString Program = u"prog-a"_s;

ApprovalRequest wanted(const QString &customer) {
    ApprovalRequest request;
    request.customer = customer;
    request.amount = 250;
    request.units = u"EUR"_s;
    request.reason = u"Goodwill"_s;
    request.askedByUser = u"anna"_s;
    request.askedByName = u"Anna"_s;
    return request;
}

} // namespace

class TestTeamStore final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void noStatementBeforeEachUse();
    void aRestartedStoreIsReconnectedByTheNextStatement();
    void onlyAStatementThatSurelyNeverRanIsRunAgain();
    void everyPartSaysANewerStoreInOneSentence();

private:
    PostgresServer m_server;
    QTemporaryDir m_dir;
    int m_databases = 0;
    PostgresTarget m_target;
};

void TestTeamStore::initTestCase() {
    if (!PostgresServer::isAvailable())
        QFAIL("PostgreSQL is not installed: packaging/install-deps.sh installs it");
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestTeamStore::init() {
    QVERIFY2(m_server.isRunning() || m_server.restart(), qPrintable(m_server.errorString()));
    const QString name = u"teamstore%1"_s.arg(++m_databases);
    QVERIFY2(m_server.createDatabase(name), qPrintable(m_server.errorString()));
    m_target = m_server.target(name);
}

void TestTeamStore::noStatementBeforeEachUse() {
    // Every statement of the sessions opened from now on is in the server's log.
    QVERIFY(m_server.psql(u"ALTER DATABASE %1 SET log_statement = 'all'"_s.arg(m_target.database)));
    TeamStore team(m_target, {}, Program, u"Shop"_s);
    QVERIFY2(team.ensureConnected(), qPrintable(team.errorString()));
    QVERIFY(team.approvals()->setThreshold(u"EUR"_s, 100));
    const QString before = m_server.log();
    for (int use = 0; use < 5; ++use) {
        QVERIFY(team.ensureConnected());
        double threshold = 0;
        QVERIFY(team.approvals()->needsApproval(150, u"EUR"_s, &threshold));
        QCOMPARE(threshold, 100.0);
    }
    const QString during = m_server.log().mid(before.size());
    // Five uses, five reads of the thresholds (each a PREPARE and an EXECUTE), and nothing else.
    QCOMPARE(during.count(QRegularExpression(u"statement: PREPARE \\S+ AS SELECT units, amount "
                                             "FROM team_credit_thresholds"_s)),
             5);
    QVERIFY2(!during.contains(QRegularExpression(u"statement: SELECT 1\\s*$"_s,
                                                 QRegularExpression::MultilineOption)),
             qPrintable(during));
}

void TestTeamStore::aRestartedStoreIsReconnectedByTheNextStatement() {
    TeamStore anna(m_target, {}, Program, u"Shop"_s);
    QVERIFY2(anna.ensureConnected(), qPrintable(anna.errorString()));
    QVERIFY(anna.approvals()->setThreshold(u"EUR"_s, 100));

    // A read after a restart: reconnected and read again, without a word to the person.
    QVERIFY(m_server.stop());
    QVERIFY(m_server.restart());
    QVERIFY(anna.ensureConnected());
    QCOMPARE(anna.approvals()->thresholds().value(u"EUR"_s), 100.0);
    QVERIFY2(anna.approvals()->errorString().isEmpty(),
             qPrintable(anna.approvals()->errorString()));

    // A change after a restart: its PREPARE found the connection gone, so the INSERT never
    // left; it is filed on the new connection, once.
    QVERIFY(m_server.stop());
    QVERIFY(m_server.restart());
    const std::optional<ApprovalRequest> asked = anna.approvals()->ask(wanted(u"cust_1"_s));
    QVERIFY2(asked, qPrintable(anna.approvals()->errorString()));
    QCOMPARE(anna.approvals()->requests().size(), 1);

    // Another console decides after a restart of its own connection's server.
    TeamStore ben(m_target, {}, Program, u"Shop"_s);
    QVERIFY(ben.ensureConnected());
    QVERIFY(m_server.stop());
    QVERIFY(m_server.restart());
    QVERIFY2(ben.approvals()->approve(asked->id, u"ben"_s, u"Ben"_s),
             qPrintable(ben.approvals()->errorString()));
    QVERIFY(m_server.stop());
    QVERIFY(m_server.restart());
    QVERIFY2(ben.approvals()->markSent(asked->id, u"op-1"_s),
             qPrintable(ben.approvals()->errorString()));
    QCOMPARE(anna.approvals()->request(asked->id)->state, ApprovalRequest::State::Sent);

    // A store that stays away: the sentence says so, nothing hangs.
    QVERIFY(m_server.stop());
    QVERIFY(!anna.approvals()->ask(wanted(u"cust_2"_s)));
    QVERIFY(!anna.approvals()->errorString().isEmpty());
    QVERIFY(!anna.ensureConnected());
    QVERIFY(!anna.errorString().isEmpty());
    QVERIFY(m_server.restart());
    QVERIFY(anna.ensureConnected());
    QCOMPARE(anna.approvals()->requests().size(), 1);
}

void TestTeamStore::onlyAStatementThatSurelyNeverRanIsRunAgain() {
    const auto error = [](const QString &state, QSqlError::ErrorType type) {
        return QSqlError(u"driver"_s, u"database"_s, type, state);
    };
    // The server ended the session (a shutdown, a restart): the statement did not run.
    for (const QString &state : {u"57P01"_s, u"57P02"_s, u"57P03"_s}) {
        QVERIFY(TeamStore::connectionLost(error(state, QSqlError::StatementError)));
        QVERIFY(TeamStore::sessionEndedFirst(error(state, QSqlError::StatementError)));
    }
    // The connection broke without a word (libpq's own failure, no SQLSTATE; a connection
    // exception): lost, but whether the statement ran nobody knows.
    for (const QString &state : {QString(), u"08006"_s, u"08003"_s}) {
        QVERIFY(TeamStore::connectionLost(error(state, QSqlError::StatementError)));
        QVERIFY(!TeamStore::sessionEndedFirst(error(state, QSqlError::StatementError)));
    }
    // The statement itself failed: the connection is fine, nothing is run again.
    for (const QString &state : {u"23505"_s, u"42601"_s, u"40001"_s}) {
        QVERIFY(!TeamStore::connectionLost(error(state, QSqlError::StatementError)));
        QVERIFY(!TeamStore::sessionEndedFirst(error(state, QSqlError::StatementError)));
    }

    // What a real restart gives a statement on the old connection.
    SqlStore store;
    QVERIFY(store.openPostgres(m_target, {}));
    QVERIFY(m_server.stop());
    QVERIFY(m_server.restart());
    QSqlQuery q = store.query();
    QVERIFY(!q.exec(u"SELECT now()"_s));
    QVERIFY2(TeamStore::connectionLost(q.lastError()), qPrintable(q.lastError().text()));
}

void TestTeamStore::everyPartSaysANewerStoreInOneSentence() {
    {
        Journal journal(m_target, {}, Program, m_dir.filePath(u"outbox.sqlite"_s));
        QVERIFY2(journal.problems().isEmpty(), qPrintable(journal.problems().join(u' ')));
        SqlStore store;
        QVERIFY(store.openPostgres(m_target, {}));
        QVERIFY(TeamPrograms(&store).prepare());
        QVERIFY(CreditApprovals(&store, Program).prepare());
    }
    for (const QString &table : {u"team_journal_versions"_s, u"team_lease_versions"_s,
                                 u"team_approval_versions"_s, u"team_program_versions"_s}) {
        QVERIFY(
            m_server.psql(u"INSERT INTO %1 (version, applied_at) VALUES (99, 'later')"_s.arg(table),
                          m_target.database));
    }
    const QString sentence = Migrations::newerStoreSentence(m_target.displayName());
    QVERIFY(sentence.contains(m_target.displayName()));

    Journal journal(m_target, {}, Program, m_dir.filePath(u"outbox.sqlite"_s));
    QCOMPARE(journal.problems(), QStringList{sentence});
    SqlStore store;
    QVERIFY(store.openPostgres(m_target, {}));
    CreditLease lease(&store, Program);
    QVERIFY(!lease.prepare());
    QCOMPARE(lease.errorString(), sentence);
    CreditApprovals approvals(&store, Program);
    QVERIFY(!approvals.prepare());
    QCOMPARE(approvals.errorString(), sentence);
    TeamPrograms programs(&store);
    QVERIFY(!programs.prepare());
    QCOMPARE(programs.errorString(), sentence);
}

QTEST_GUILESS_MAIN(TestTeamStore)
#include "tst_teamstore.moc"

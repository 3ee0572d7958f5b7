// SPDX-License-Identifier: GPL-3.0-or-later
// A console killed after it sent a change and before the answer came leaves the journal with
// an operation that has no outcome; the next start finds it in Journal::needingDecision() (which
// ConsoleController shows). The sandbox holds the answer back (`hang`), so the kill lands
// exactly between the two journal lines, after the server has applied the change.
#include "tests/ui/changes/changestest.h"

#include <QProcess>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestJournalKill final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void killedBetweenTheTwoLinesLeavesPendingEntry();

private:
    ChangesFixture m_fx;
};

void TestJournalKill::initTestCase() {
    QVERIFY2(m_fx.start(ProgramKind::Affiliate), qPrintable(m_fx.sandbox.errorString()));
}

void TestJournalKill::killedBetweenTheTwoLinesLeavesPendingEntry() {
    const QList<Customer> customers = m_fx.page(5);
    QVERIFY(!customers.isEmpty());
    const QString key = customers.first().key;
    QCOMPARE(m_fx.fetch(key).value().status, u"active"_s);
    const QString path = u"/v1/customers/"_s + key + u"/suspend"_s;
    QVERIFY(m_fx.sandbox.queueFault(u"POST"_s, path, u"hang"_s));
    const QString journalPath = m_fx.dir.filePath(u"killed.jsonl"_s);

    QProcess helper;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PARTNERO_TEST_KEY"_s, m_fx.sandbox.affiliateKey());
    helper.setProcessEnvironment(env);
    helper.start(QStringLiteral(CHANGES_KILL_HELPER),
                 {m_fx.sandbox.baseUrl().toString(), journalPath, key});
    QVERIFY2(helper.waitForStarted(10000), qPrintable(helper.errorString()));
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += helper.readAllStandardOutput()).contains("sent\n"), 15000);
    // The server has the request (and has applied it); the answer never comes.
    QTRY_COMPARE_WITH_TIMEOUT(m_fx.sandbox.countRequests(u"POST"_s, path), 1, 15000);
    helper.kill();
    QVERIFY(helper.waitForFinished(10000));
    QCOMPARE(helper.exitStatus(), QProcess::CrashExit);
    output += helper.readAllStandardOutput();
    QVERIFY(!output.contains("answered"));

    // The next start: the journal shows the operation as needing a decision.
    Journal journal(journalPath);
    const QList<JournalEntry> pending = journal.needingDecision();
    QCOMPARE(pending.size(), 1);
    const JournalEntry &entry = pending.first();
    QCOMPARE(entry.operation.action, u"suspend"_s);
    QCOMPARE(entry.operation.customer, key);
    QCOMPARE(entry.operation.method, u"POST"_s);
    QCOMPARE(entry.operation.path, path);
    QCOMPARE(entry.operation.profileName, u"Kill test"_s);
    QCOMPARE(entry.outcome, JournalOutcome::None);
    QVERIFY(entry.time.isValid());
    // Which is why it is shown: the change did happen, and nobody was told.
    QCOMPARE(m_fx.fetch(key).value().status, u"suspended"_s);
    // Once a person has decided, it stops needing a decision but stays on record.
    QVERIFY(journal.decide(entry.opId, JournalDecision::WentThrough));
    QVERIFY(journal.needingDecision().isEmpty());
    QCOMPARE(journal.entries().size(), 1);
    QVERIFY(!m_fx.journalBytes().contains(m_fx.sandbox.affiliateKey().toUtf8()));
    QFile killed(journalPath);
    QVERIFY(killed.open(QIODevice::ReadOnly));
    QVERIFY(!killed.readAll().contains(m_fx.sandbox.affiliateKey().toUtf8()));
}

QTEST_MAIN(TestJournalKill)
#include "tst_journal_kill.moc"

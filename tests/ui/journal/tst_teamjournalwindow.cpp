// SPDX-License-Identifier: GPL-3.0-or-later
// The journal window over a team's shared journal on a real PostgreSQL server: another
// console's change shows up without any action, with who made it; the filter by person works
// on other consoles' rows; a decision made in one window clears the banner of the other; a
// store out of reach says so instead of an empty journal, and fills again once it is back.
#include "app/journal/journal.h"
#include "app/journal/journalmodel.h"
#include "tests/common/postgresserver.h"
#include "ui/journal/journalwindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QtTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

JournalOperation credit(const QString &customer, const QString &profileId) {
    JournalOperation op;
    op.profileId = profileId;
    op.profileName = u"Shop"_s;
    op.action = u"credit"_s;
    op.customer = customer;
    op.method = u"POST"_s;
    op.path = u"/v1/customers/"_s + customer + u"/balance/credit"_s;
    op.payload = {{u"amount"_s, 10}, {u"amount_units"_s, u"EUR"_s}, {u"is_currency"_s, true}};
    op.reason = u"goodwill"_s;
    return op;
}

// The label that says the store cannot be reached, if one is shown.
QLabel *problemLabel(const JournalWindow &window) {
    const QList<QLabel *> labels = window.findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->isVisible() && label->text().contains(u"cannot be reached"_s))
            return label;
    }
    return nullptr;
}

} // namespace

class TestTeamJournalWindow final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void anotherConsolesChangeAppearsWithoutAnyAction();
    void theFilterByPersonFindsOtherConsolesRows();
    void aDecisionInOneWindowClearsTheOthersBanner();
    // Last: it stops the server.
    void aStoreOutOfReachIsSaidAndTheWindowFillsAgain();

private:
    PostgresServer m_server;
    int m_databases = 0;
    std::unique_ptr<Journal> m_anna;
    std::unique_ptr<Journal> m_bob;
};

void TestTeamJournalWindow::initTestCase() {
    if (!PostgresServer::isAvailable())
        QFAIL("PostgreSQL is not installed: packaging/install-deps.sh installs it");
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestTeamJournalWindow::init() {
    const QString name = u"teamwindow%1"_s.arg(++m_databases);
    QVERIFY2(m_server.createDatabase(name), qPrintable(m_server.errorString()));
    m_anna = std::make_unique<Journal>(m_server.target(name), QString(), u"prog-a"_s);
    m_anna->setDisplayName(u"Anna"_s);
    m_bob = std::make_unique<Journal>(m_server.target(name), QString(), u"prog-a"_s);
    m_bob->setDisplayName(u"Bob"_s);
    QVERIFY(m_anna->problems().isEmpty());
    QVERIFY(m_bob->problems().isEmpty());
}

void TestTeamJournalWindow::cleanup() {
    m_bob.reset();
    m_anna.reset();
}

void TestTeamJournalWindow::anotherConsolesChangeAppearsWithoutAnyAction() {
    JournalWindow bobsWindow(m_bob.get());
    bobsWindow.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bobsWindow));
    QCOMPARE(bobsWindow.view()->model()->rowCount(), 0);

    const QString opId = m_anna->begin(credit(u"alice"_s, u"profile-a"_s));
    QVERIFY(!opId.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(bobsWindow.view()->model()->rowCount(), 1, 5000);
    const QAbstractItemModel *shown = bobsWindow.view()->model();
    // "Anna (anna)": the name she chose and her user.
    QCOMPARE(shown->index(0, JournalModel::ByColumn).data().toString(),
             u"Anna (%1)"_s.arg(Journal::currentUser()));
    QCOMPARE(shown->index(0, JournalModel::CustomerColumn).data().toString(), u"alice"_s);
    // Anna's credit has no outcome yet: Bob is told it needs a decision.
    QTRY_VERIFY_WITH_TIMEOUT(bobsWindow.decisionBanner()->isVisible(), 5000);

    QVERIFY(m_anna->finish(opId, JournalOutcome::Succeeded, 200, {}));
    QTRY_VERIFY_WITH_TIMEOUT(!bobsWindow.decisionBanner()->isVisible(), 5000);
    QCOMPARE(bobsWindow.visibleEntries().constFirst().outcome, JournalOutcome::Succeeded);
}

void TestTeamJournalWindow::theFilterByPersonFindsOtherConsolesRows() {
    QVERIFY(!m_anna->begin(credit(u"alice"_s, u"profile-a"_s)).isEmpty());
    QVERIFY(!m_bob->begin(credit(u"carol"_s, u"profile-b"_s)).isEmpty());
    JournalWindow bobsWindow(m_bob.get());
    bobsWindow.show();
    QCOMPARE(bobsWindow.view()->model()->rowCount(), 2);
    QTest::keyClicks(bobsWindow.madeByFilter(), u"ann"_s);
    QCOMPARE(bobsWindow.visibleEntries().size(), 1);
    QCOMPARE(bobsWindow.visibleEntries().constFirst().madeByName, u"Anna"_s);
    QCOMPARE(bobsWindow.visibleEntries().constFirst().operation.customer, u"alice"_s);
}

void TestTeamJournalWindow::aDecisionInOneWindowClearsTheOthersBanner() {
    const QString opId = m_anna->begin(credit(u"alice"_s, u"profile-a"_s));
    QVERIFY(m_anna->finish(opId, JournalOutcome::Unknown, 0, u"cut off"_s));
    JournalWindow annasWindow(m_anna.get());
    JournalWindow bobsWindow(m_bob.get());
    annasWindow.show();
    bobsWindow.show();
    QVERIFY(annasWindow.decisionBanner()->isVisible());
    QVERIFY(bobsWindow.decisionBanner()->isVisible());

    bobsWindow.view()->selectRow(0);
    QCOMPARE(bobsWindow.decideSelected(JournalDecision::NotMade), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!annasWindow.decisionBanner()->isVisible(), 5000);
    QCOMPARE(annasWindow.visibleEntries().constFirst().decision, JournalDecision::NotMade);
}

void TestTeamJournalWindow::aStoreOutOfReachIsSaidAndTheWindowFillsAgain() {
    QVERIFY(!m_anna->begin(credit(u"alice"_s, u"profile-a"_s)).isEmpty());
    JournalWindow bobsWindow(m_bob.get());
    bobsWindow.show();
    QCOMPARE(bobsWindow.view()->model()->rowCount(), 1);
    QVERIFY(!problemLabel(bobsWindow));

    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
    bobsWindow.refresh();
    QCOMPARE(bobsWindow.view()->model()->rowCount(), 0);
    QVERIFY(problemLabel(bobsWindow));
    QCOMPARE(problemLabel(bobsWindow)->textFormat(), Qt::PlainText);

    QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
    bobsWindow.refresh();
    QCOMPARE(bobsWindow.view()->model()->rowCount(), 1);
    QVERIFY(!problemLabel(bobsWindow));
}

QTEST_MAIN(TestTeamJournalWindow)
#include "tst_teamjournalwindow.moc"

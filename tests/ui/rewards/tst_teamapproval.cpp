// SPDX-License-Identifier: GPL-3.0-or-later
// Four eyes on large credits, end to end: two consoles (two Sessions, each with its own
// journal and its own connection to one team store on a real PostgreSQL server) and one
// sandbox. Anna's credit above the threshold is asked, not sent; Ben approves it from the
// approvals panel and his credit dialog sends it once; a rejected and an expired request are
// never sent; Anna cannot approve her own.

#include "app/credentials/credentialstore.h"
#include "app/profiles/commandline.h"
#include "app/profiles/profilestore.h"
#include "app/store/sqlstore.h"
#include "app/team/creditapprovals.h"
#include "app/team/teamprograms.h"
#include "app/team/teamstore.h"
#include "tests/common/postgresserver.h"
#include "tests/ui/rewards/rewardstest.h"
#include "ui/journal/approvalspanel.h"
#include "ui/rewards/bulkcreditdialog.h"
#include "ui/rewards/creditdialog.h"
#include "ui/shell/consolecontroller.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/messagebox.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace RewardsTest;

namespace {

const QString AdaId = u"ada_lovelace"_s;
const QString CreditPath = u"/v1/customers/ada_lovelace/balance/credit"_s;

Customer ada() {
    Customer customer;
    customer.id = AdaId;
    customer.email = u"ada@example.com"_s;
    customer.name = u"Ada"_s;
    customer.surname = u"Lovelace"_s;
    return customer;
}

// Who the next step is done by: the journal and four eyes read the operating-system user.
void actAs(const char *user) {
    qputenv("USER", user);
}

} // namespace

class TestTeamApproval final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void largeCreditWaitsAndAnotherPersonSendsItOnce();
    void rejectedAndExpiredAreNeverSent();
    void panelRefreshesOnItsTimerWithoutWaitingForTheServer();
    void smallCreditIsSentWithoutApproval();
    void storeUnreachableAsksNothingAndSendsNothing();
    void commandLineStoreAndProgramOpenTheTeamStore();
    void bulkRunWithRowsAboveTheThresholdSendsNothing();

private:
    struct Console {
        std::unique_ptr<Journal> journal;
        std::unique_ptr<Session> session;
    };
    Console console(const QString &name);
    std::unique_ptr<CreditDialog> openDialog(Session *session);
    void reviewCredit(CreditDialog *dialog, const QString &amount, const QString &reason);
    int creditPosts() { return m_sandbox.countRequests(u"POST"_s, CreditPath); }

    SandboxProcess m_sandbox;
    PostgresServer m_server;
    QTemporaryDir m_dir;
    int m_databases = 0;
    PostgresTarget m_target;
    QByteArray m_user;
};

void TestTeamApproval::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    m_user = qgetenv("USER");
    if (!PostgresServer::isAvailable())
        QFAIL("PostgreSQL is not installed: packaging/install-deps.sh installs it");
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY2(m_sandbox.start({u"--customers"_s, u"40"_s}), qPrintable(m_sandbox.errorString()));
}

void TestTeamApproval::init() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_sandbox.reset());
    const QString name = u"team%1"_s.arg(++m_databases);
    QVERIFY(m_server.createDatabase(name));
    m_target = m_server.target(name);
    SqlStore store;
    QVERIFY(store.openPostgres(m_target, {}));
    CreditApprovals approvals(&store, u"prog-shop"_s);
    QVERIFY(approvals.prepare());
    QVERIFY(approvals.setThreshold(u"USD"_s, 100));
}

void TestTeamApproval::cleanup() {
    qputenv("USER", m_user);
}

TestTeamApproval::Console TestTeamApproval::console(const QString &name) {
    Console console;
    // A journal of its own per test: the folder outlives each test.
    console.journal =
        std::make_unique<Journal>(m_dir.filePath(u"%1-%2.sqlite"_s.arg(name).arg(m_databases)));
    Profile profile = referralProfile(m_sandbox.baseUrl());
    profile.id = name;
    profile.sharedStore = m_target;
    profile.teamProgramId = u"prog-shop"_s;
    profile.teamProgramName = u"Shop"_s;
    console.session =
        std::make_unique<Session>(profile, m_sandbox.referralKey(), console.journal.get());
    console.session->setTeam(
        std::make_unique<TeamStore>(m_target, QString(), u"prog-shop"_s, u"Shop"_s));
    return console;
}

std::unique_ptr<CreditDialog> TestTeamApproval::openDialog(Session *session) {
    auto dialog = std::make_unique<CreditDialog>(session, ada());
    dialog->show();
    [&] {
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        QTRY_COMPARE(dialog->stage(), CreditDialog::Stage::Form);
    }();
    return dialog;
}

void TestTeamApproval::reviewCredit(CreditDialog *dialog, const QString &amount,
                                    const QString &reason) {
    auto *units = child<QComboBox>(dialog, "unitsCombo");
    units->setCurrentIndex(units->findData(u"USD"_s));
    auto *amountEdit = child<QLineEdit>(dialog, "amountEdit");
    amountEdit->clear();
    QTest::keyClicks(amountEdit, amount);
    auto *reasonEdit = child<QLineEdit>(dialog, "reasonEdit");
    reasonEdit->clear();
    QTest::keyClicks(reasonEdit, reason);
    QTest::mouseClick(child<QPushButton>(dialog, "reviewButton"), Qt::LeftButton);
    QCOMPARE(dialog->stage(), CreditDialog::Stage::Confirm);
}

void TestTeamApproval::largeCreditWaitsAndAnotherPersonSendsItOnce() {
    Console anna = console(u"anna-console"_s);
    Console ben = console(u"ben-console"_s);
    anna.journal->setDisplayName(u"Anna"_s);
    ben.journal->setDisplayName(u"Ben"_s);
    const double before = amountIn(*readBalance(anna.session.get(), AdaId), u"USD"_s);

    // Anna: 150 USD is above the team's 100: the confirmation asks instead of crediting.
    actAs("anna");
    auto asking = openDialog(anna.session.get());
    reviewCredit(asking.get(), u"150"_s, u"Refund of the March order"_s);
    QVERIFY(child<QLabel>(asking.get(), "approvalNote")->isVisible());
    QVERIFY(child<QLabel>(asking.get(), "approvalNote")->text().contains(u"100.00"_s));
    auto *ask = child<QPushButton>(asking.get(), "confirmButton");
    QCOMPARE(ask->text(), u"Ask for approval"_s);
    QTRY_VERIFY(ask->isEnabled());
    QTest::mouseClick(ask, Qt::LeftButton);
    QTRY_COMPARE(asking->stage(), CreditDialog::Stage::Done);
    QVERIFY(child<QLabel>(asking.get(), "doneText")->text().contains(u"Asked for approval"_s));
    QCOMPARE(creditPosts(), 0);
    QVERIFY(anna.journal->entries().isEmpty()); // nothing was sent, so nothing journaled

    // Anna's own panel: she cannot approve what she asked for.
    ApprovalsPanel annasPanel(anna.session->team(), true, u"Anna"_s);
    QCOMPARE(annasPanel.waitingCount(), 1);
    annasPanel.table()->selectRow(0);
    QVERIFY(!annasPanel.approveButton()->isEnabled());
    QVERIFY(annasPanel.statusLabel()->text().contains(u"another person"_s));

    // Ben's panel shows it, with who asked and why, and his approval opens the credit dialog.
    actAs("ben");
    ApprovalsPanel bensPanel(ben.session->team(), true, u"Ben"_s);
    QCOMPARE(bensPanel.waitingCount(), 1);
    QCOMPARE(bensPanel.table()->item(0, 1)->text(), u"Anna"_s);
    QCOMPARE(bensPanel.table()->item(0, 4)->text(), u"Refund of the March order"_s);
    bensPanel.table()->selectRow(0);
    QVERIFY(bensPanel.approveButton()->isEnabled());
    QSignalSpy approve(&bensPanel, &ApprovalsPanel::approveRequested);
    QTest::mouseClick(bensPanel.approveButton(), Qt::LeftButton);
    QCOMPARE(approve.size(), 1);
    const ApprovalRequest request = approve.first().first().value<ApprovalRequest>();

    auto approving = openDialog(ben.session.get());
    approving->setApproval(request);
    QTest::mouseClick(child<QPushButton>(approving.get(), "reviewButton"), Qt::LeftButton);
    QCOMPARE(approving->stage(), CreditDialog::Stage::Confirm);
    auto *send = child<QPushButton>(approving.get(), "confirmButton");
    QVERIFY2(send->text().startsWith(u"Approve and credit"_s), qPrintable(send->text()));
    QTRY_VERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_COMPARE(approving->stage(), CreditDialog::Stage::Done);

    // Exactly one credit on the server, journaled by Ben's console with both names.
    QCOMPARE(creditPosts(), 1);
    QCOMPARE(amountIn(*readBalance(ben.session.get(), AdaId), u"USD"_s), before + 150);
    const QList<JournalEntry> entries = ben.journal->entries();
    QCOMPARE(entries.size(), 1);
    QVERIFY2(entries.first().operation.reason.contains(u"asked by Anna"_s) &&
                 entries.first().operation.reason.contains(u"approved by Ben"_s),
             qPrintable(entries.first().operation.reason));
    QCOMPARE(entries.first().madeByUser, u"ben"_s);
    // The request says sent; nobody can approve or send it again.
    bensPanel.refresh();
    QCOMPARE(bensPanel.waitingCount(), 0);
    QCOMPARE(bensPanel.requests().first().state, ApprovalRequest::State::Sent);
    actAs("carla");
    QVERIFY(!ben.session->team()->approvals()->approve(request.id, u"carla"_s, {}));
    QCOMPARE(creditPosts(), 1);
}

void TestTeamApproval::rejectedAndExpiredAreNeverSent() {
    Console anna = console(u"anna-console"_s);
    Console ben = console(u"ben-console"_s);
    actAs("anna");
    for (const QString &reason : {u"First"_s, u"Second"_s}) {
        auto asking = openDialog(anna.session.get());
        reviewCredit(asking.get(), u"500"_s, reason);
        auto *ask = child<QPushButton>(asking.get(), "confirmButton");
        QTRY_VERIFY(ask->isEnabled());
        QTest::mouseClick(ask, Qt::LeftButton);
        QTRY_VERIFY2(asking->stage() == CreditDialog::Stage::Done,
                     qPrintable(child<QLabel>(asking.get(), "sendError")->text()));
    }
    actAs("ben");
    ApprovalsPanel panel(ben.session->team(), true, u"Ben"_s);
    QCOMPARE(panel.waitingCount(), 2);
    panel.table()->selectRow(0);
    const QString rejected = panel.requests().first().id;
    QVERIFY(panel.rejectSelected());
    QVERIFY(panel.statusLabel()->text().contains(u"will never be sent"_s));
    // The other one expires (as if nobody looked for a day).
    const QString expired = panel.requests().first().id == rejected ? panel.requests().last().id
                                                                    : panel.requests().first().id;
    QVERIFY(ben.session->team()->store()->exec(
        u"UPDATE team_credit_requests SET expires_at = now() - interval '1 second' "
        "WHERE id = '%1'"_s.arg(expired),
        u"expiring"_s));
    panel.refresh();
    QCOMPARE(panel.waitingCount(), 0);

    // A dialog that tries to approve either sends nothing and says why.
    for (const ApprovalRequest &request : panel.requests()) {
        auto approving = openDialog(ben.session.get());
        approving->setApproval(request);
        QTest::mouseClick(child<QPushButton>(approving.get(), "reviewButton"), Qt::LeftButton);
        auto *send = child<QPushButton>(approving.get(), "confirmButton");
        QTRY_VERIFY(send->isEnabled());
        QTest::mouseClick(send, Qt::LeftButton);
        QCOMPARE(approving->stage(), CreditDialog::Stage::Confirm);
        const QString sentence = child<QLabel>(approving.get(), "sendError")->text();
        QVERIFY2(sentence.startsWith(u"Nothing was sent"_s), qPrintable(sentence));
        QVERIFY2(sentence.contains(u"rejected"_s) || sentence.contains(u"expired"_s),
                 qPrintable(sentence));
    }
    QCOMPARE(creditPosts(), 0);
    QVERIFY(ben.journal->entries().isEmpty());
}

void TestTeamApproval::smallCreditIsSentWithoutApproval() {
    Console anna = console(u"anna-console"_s);
    actAs("anna");
    auto dialog = openDialog(anna.session.get());
    reviewCredit(dialog.get(), u"40"_s, u"Small goodwill"_s);
    QVERIFY(!child<QLabel>(dialog.get(), "approvalNote")->isVisible());
    auto *confirm = child<QPushButton>(dialog.get(), "confirmButton");
    QVERIFY(confirm->text().startsWith(u"Credit"_s));
    QTRY_VERIFY(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_COMPARE(dialog->stage(), CreditDialog::Stage::Done);
    QCOMPARE(creditPosts(), 1);
}

void TestTeamApproval::storeUnreachableAsksNothingAndSendsNothing() {
    PostgresServer gone;
    QVERIFY(gone.start());
    PostgresTarget target = gone.target();
    QVERIFY(gone.stop());
    auto journal = std::make_unique<Journal>(m_dir.filePath(u"lost.sqlite"_s));
    Profile profile = referralProfile(m_sandbox.baseUrl());
    profile.sharedStore = target;
    Session session(profile, m_sandbox.referralKey(), journal.get());
    session.setTeam(std::make_unique<TeamStore>(target, QString(), u"prog-shop"_s, u"Shop"_s));
    actAs("anna");
    auto dialog = openDialog(&session);
    reviewCredit(dialog.get(), u"5"_s, u"Tiny"_s);
    // Whether it needs approval cannot be checked: it is not sent unchecked.
    QVERIFY(child<QLabel>(dialog.get(), "approvalNote")->text().contains(u"cannot be checked"_s));
    auto *confirm = child<QPushButton>(dialog.get(), "confirmButton");
    QTRY_VERIFY(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);
    QCOMPARE(dialog->stage(), CreditDialog::Stage::Confirm);
    QVERIFY(child<QLabel>(dialog.get(), "sendError")->text().startsWith(u"Nothing was asked"_s));
    QCOMPARE(creditPosts(), 0);
}

void TestTeamApproval::commandLineStoreAndProgramOpenTheTeamStore() {
    SqlStore store;
    QVERIFY(store.openPostgres(m_target, {}));
    TeamPrograms programs(&store);
    QVERIFY(programs.prepare());
    TeamProgram wanted;
    wanted.name = u"Shop EU"_s;
    const auto shop = programs.registerProgram(wanted);
    QVERIFY(shop);

    // partnero-console --base-url URL --kind refer --store postgresql://... --program "shop eu"
    const QString url = u"postgresql://%1@127.0.0.1:%2/%3"_s.arg(
        PostgresServer::user(), QString::number(m_server.port()), m_target.database);
    const CommandLine::Result parsed = CommandLine::parse(
        {u"partnero-console"_s, u"--base-url"_s, m_sandbox.baseUrl().toString(), u"--kind"_s,
         u"refer"_s, u"--store"_s, url, u"--program"_s, u"shop eu"_s},
        [this] {
            QProcessEnvironment environment;
            environment.insert(CommandLine::apiKeyVariable(), m_sandbox.referralKey());
            return environment;
        }());
    QCOMPARE(parsed.action, CommandLine::Action::Run);
    QSettings settings(m_dir.filePath(u"console.ini"_s), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    CredentialStore credentials;
    Journal journal(m_dir.filePath(u"cli-journal.sqlite"_s));
    ConsoleController controller(&profiles, &credentials, &journal);
    QSignalSpy connected(&controller, &ConsoleController::sessionConnected);
    // The program is looked up while the window goes on: with the server not answering
    // (SIGSTOP), start() returns, the window says what it waits for, and events still run.
    QVERIFY2(m_server.pause(), qPrintable(m_server.errorString()));
    auto resume = qScopeGuard([this] { m_server.resume(); });
    controller.start(parsed.options);
    bool eventsRun = false;
    QTimer::singleShot(0, this, [&eventsRun] { eventsRun = true; });
    QTRY_VERIFY(eventsRun);
    QVERIFY(!controller.session());
    const QString waiting = controller.mainWindow()->statusBar()->currentMessage();
    QVERIFY2(waiting.contains(u"\u201cshop eu\u201d"_s), qPrintable(waiting));
    resume.dismiss();
    QVERIFY(m_server.resume());
    QVERIFY(connected.wait(20000));
    Session *session = controller.session();
    QVERIFY(session && session->team());
    QCOMPARE(session->team()->programId(), shop->id);
    QCOMPARE(session->team()->programName(), u"Shop EU"_s);
    QVERIFY(session->team()->ensureConnected());
    // Nothing of the store is written to the settings by a run from the command line.
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(!file.open(QIODevice::ReadOnly) || !file.readAll().contains("postgresql"));
}

void TestTeamApproval::bulkRunWithRowsAboveTheThresholdSendsNothing() {
    Console anna = console(u"anna-console"_s);
    actAs("anna");
    QFile csv(m_dir.filePath(u"bulk-%1.csv"_s.arg(m_databases)));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("ada_lovelace,20,USD,small\ngrace_hopper,250,USD,large\n");
    csv.close();
    BulkCreditDialog dialog(anna.session.get(), {});
    dialog.show();
    QVERIFY(dialog.loadCsv(csv.fileName()));
    QCOMPARE(dialog.sendableCount(), 2);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!dialog.startRun());
    QVERIFY2(MessageBox::lastText().contains(u"above the team's approval threshold"_s),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(dialog.stage(), BulkCreditDialog::Stage::Preparing);
    QCOMPARE(m_sandbox.countRequests(u"POST"_s, u"/v1/customers/"_s), 0);

    // Below the threshold, the run goes.
    QVERIFY(csv.open(QIODevice::WriteOnly | QIODevice::Truncate));
    csv.write("ada_lovelace,20,USD,small\n");
    csv.close();
    BulkCreditDialog small(anna.session.get(), {});
    small.show();
    QVERIFY(small.loadCsv(csv.fileName()));
    QVERIFY(small.startRun());
    QTRY_COMPARE_WITH_TIMEOUT(small.stage(), BulkCreditDialog::Stage::Finished, 20000);
    QCOMPARE(m_sandbox.countRequests(u"POST"_s, u"/v1/customers/"_s), 1);
}

// The panel's half-minute refresh reads on a thread and connection of its own: with the
// server not answering (SIGSTOP) the window goes on, and the request another console filed
// appears once the server answers again.
void TestTeamApproval::panelRefreshesOnItsTimerWithoutWaitingForTheServer() {
    Console anna = console(u"anna-console"_s);
    Console ben = console(u"ben-console"_s);
    actAs("ben");
    ApprovalsPanel panel(ben.session->team(), true, u"Ben"_s);
    QCOMPARE(panel.waitingCount(), 0);
    ApprovalRequest wanted;
    wanted.customer = AdaId;
    wanted.customerLabel = u"Ada Lovelace"_s;
    wanted.amount = 400;
    wanted.units = u"USD"_s;
    wanted.reason = u"Filed while Ben looks"_s;
    wanted.askedByUser = u"anna"_s;
    wanted.askedByName = u"Anna"_s;
    QVERIFY(anna.session->team()->ensureConnected());
    QVERIFY(anna.session->team()->approvals()->ask(wanted));

    QVERIFY2(m_server.pause(), qPrintable(m_server.errorString()));
    auto resume = qScopeGuard([this] { m_server.resume(); });
    panel.refreshInBackground();
    panel.refreshInBackground(); // one read on its way is enough
    bool eventsRun = false;
    QTimer::singleShot(0, this, [&eventsRun] { eventsRun = true; });
    QTRY_VERIFY(eventsRun);
    QCOMPARE(panel.waitingCount(), 0);
    resume.dismiss();
    QVERIFY(m_server.resume());
    QTRY_COMPARE_WITH_TIMEOUT(panel.waitingCount(), 1, 20000);
    QCOMPARE(panel.table()->item(0, 4)->text(), u"Filed while Ben looks"_s);
}

QTEST_MAIN(TestTeamApproval)
#include "tst_teamapproval.moc"

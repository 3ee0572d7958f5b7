// SPDX-License-Identifier: GPL-3.0-or-later
// The journal window over a real journal file: filters, CSV export of what is shown, pending
// operations highlighted and marked as checked, and live updates while changes are written.
#include "app/journal/journal.h"
#include "app/journal/journalmodel.h"
#include "app/profiles/profilestore.h"
#include "ui/journal/journalwindow.h"
#include "ui/journal/undecidedchangesprompt.h"
#include "ui/widgets/messagebox.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestJournalWindow final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsEverythingNewestFirst();
    void editShowsWhatChangedAndColumnsFit();
    void filters();
    void exportsWhatIsShown();
    void pendingHighlightedAndMarkedChecked();
    void followsTheJournalLive();
    void startUpListNamesWhatWhoAndHowMuch();
    void profileWithUndecidedChangesCannotBeDeleted();
    void showsWhoMadeEachChangeAndFiltersByThem();

private:
    QString write(const QString &action, const QString &customer, JournalOutcome outcome,
                  int status = 200);
    int rows() const { return m_window->proxy()->rowCount(); }

    QTemporaryDir *m_dir = nullptr;
    Journal *m_journal = nullptr;
    JournalWindow *m_window = nullptr;
};

QString TestJournalWindow::write(const QString &action, const QString &customer,
                                 JournalOutcome outcome, int status) {
    JournalOperation operation;
    operation.profileId = u"p1"_s;
    operation.profileName = u"Sandbox"_s;
    operation.action = action;
    operation.customer = customer;
    operation.method = action == u"update"_s ? u"PUT"_s : u"POST"_s;
    operation.path = u"/v1/customers/"_s + customer;
    operation.payload = {{u"update"_s, QJsonObject{{u"email"_s, u"a,\"b\"@example.com"_s}}}};
    const QString id = m_journal->begin(operation);
    if (outcome != JournalOutcome::None)
        m_journal->finish(id, outcome, status, QString());
    return id;
}

void TestJournalWindow::init() {
    m_dir = new QTemporaryDir;
    m_journal = new Journal(m_dir->filePath(u"journal.jsonl"_s));
    write(u"suspend"_s, u"alice"_s, JournalOutcome::Succeeded);
    write(u"update"_s, u"bob"_s, JournalOutcome::NotMade, 422);
    write(u"delete"_s, u"alice.two"_s, JournalOutcome::Unknown, 0);
    write(u"suspend"_s, u"carol"_s, JournalOutcome::None);
    m_window = new JournalWindow(m_journal);
}

void TestJournalWindow::cleanup() {
    delete m_window;
    delete m_journal;
    delete m_dir;
}

void TestJournalWindow::showsEverythingNewestFirst() {
    QCOMPARE(rows(), 4);
    QVERIFY(!m_window->isModal());
    const QModelIndex top = m_window->proxy()->index(0, JournalModel::CustomerColumn);
    QCOMPARE(top.data().toString(), u"carol"_s); // the last written
}

// What an edit changed is in the window, not only in the CSV; the time and the customer are
// never cut, and the spare width goes to the changes rather than to the Reason at the end.
void TestJournalWindow::editShowsWhatChangedAndColumnsFit() {
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTableView *view = m_window->view();
    const QSortFilterProxyModel *proxy = m_window->proxy();
    int bob = -1;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        if (proxy->index(row, JournalModel::CustomerColumn).data().toString() == u"bob"_s)
            bob = row;
    }
    QVERIFY(bob >= 0);
    QCOMPARE(proxy->index(bob, JournalModel::ChangesColumn).data().toString(),
             u"email: a,\"b\"@example.com"_s);

    const QFontMetrics metrics = view->fontMetrics();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        for (const int column :
             {int(JournalModel::TimeColumn), int(JournalModel::CustomerColumn)}) {
            const QString text = proxy->index(row, column).data().toString();
            QVERIFY2(metrics.horizontalAdvance(text) < view->columnWidth(column), qPrintable(text));
        }
    }
    QVERIFY(view->columnWidth(JournalModel::ChangesColumn) >
            view->columnWidth(JournalModel::ReasonColumn));
    // No heading is cut either.
    const QFontMetrics headerMetrics = view->horizontalHeader()->fontMetrics();
    for (int column = 0; column < JournalModel::ColumnCount; ++column) {
        const QString heading = proxy->headerData(column, Qt::Horizontal).toString();
        QVERIFY2(headerMetrics.horizontalAdvance(heading) < view->columnWidth(column),
                 qPrintable(heading));
    }
}

void TestJournalWindow::filters() {
    m_window->customerFilter()->setText(u"ALICE"_s); // part of the customer, any case
    QCOMPARE(rows(), 2);
    m_window->actionFilter()->setCurrentIndex(m_window->actionFilter()->findData(u"suspend"_s));
    QCOMPARE(rows(), 1);
    m_window->customerFilter()->clear();
    QCOMPARE(rows(), 2);
    QComboBox *outcome = m_window->outcomeFilter();
    outcome->setCurrentIndex(outcome->findData(int(JournalOutcome::None)));
    QCOMPARE(rows(), 1);
    QCOMPARE(m_window->visibleEntries().first().operation.customer, u"carol"_s);
    m_window->actionFilter()->setCurrentIndex(0); // all actions
    outcome->setCurrentIndex(outcome->findData(int(JournalOutcome::Unknown)));
    QCOMPARE(rows(), 1);
    QCOMPARE(m_window->visibleEntries().first().operation.action, u"delete"_s);
    outcome->setCurrentIndex(0);
    QCOMPARE(rows(), 4);

    const QDate today = QDate::currentDate();
    m_window->setDateRange(today, today); // both days inclusive
    QCOMPARE(rows(), 4);
    m_window->setDateRange(today.addDays(1), QDate());
    QCOMPARE(rows(), 0);
    m_window->setDateRange(QDate(), today.addDays(-1));
    QCOMPARE(rows(), 0);
    m_window->setDateRange(QDate(), QDate());
    QCOMPARE(rows(), 4);
    QVERIFY(m_window->fromEdit()->text() == u"Any"_s);
}

void TestJournalWindow::exportsWhatIsShown() {
    m_window->customerFilter()->setText(u"alice"_s);
    const QString path = m_dir->filePath(u"out.csv"_s);
    QString error;
    QVERIFY2(m_window->exportCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    const QList<QByteArray> lines = csv.trimmed().split('\n');
    QCOMPARE(lines.size(), 3); // the header and the two shown
    QVERIFY(lines.first().startsWith("Operation,Time (UTC),Profile"));
    QVERIFY(csv.contains(",alice,"));
    QVERIFY(csv.contains(",alice.two,"));
    QVERIFY(!csv.contains(",bob,"));
    QVERIFY(csv.contains("\"{\"\"update\"\":")); // the payload, its quotes doubled

    QVERIFY(!m_window->exportCsv(m_dir->filePath(u"no/such/folder/out.csv"_s), &error));
    QVERIFY(!error.isEmpty());
}

void TestJournalWindow::pendingHighlightedAndMarkedChecked() {
    QVERIFY(m_window->decisionBanner()->isVisibleTo(m_window));
    // The unknown delete and the suspend that never got an answer.
    QVERIFY(m_window->decisionBanner()->text().startsWith(u"2 changes need a decision"_s));
    QCOMPARE(m_journal->needingDecision().size(), 2);
    int pendingRow = -1;
    for (int row = 0; row < rows(); ++row) {
        const QModelIndex index = m_window->proxy()->index(row, 0);
        const bool pending = index.data(JournalModel::NeedsDecisionRole).toBool();
        // Highlighted rows are exactly the ones waiting for a decision.
        QCOMPARE(index.data(Qt::BackgroundRole).isValid(), pending);
        if (pending)
            pendingRow = row;
    }
    QVERIFY(pendingRow >= 0);
    QVERIFY(!m_window->wentThroughButton()->isEnabled());
    m_window->view()->selectRow(2); // bob's refused update: a known outcome
    QVERIFY(!m_window->wentThroughButton()->isEnabled());
    m_window->view()->selectRow(pendingRow);
    QVERIFY(m_window->wentThroughButton()->isEnabled());
    QVERIFY(m_window->notMadeButton()->isEnabled());

    // "Decide later" is journaled and keeps it waiting.
    QTest::mouseClick(m_window->decideLaterButton(), Qt::LeftButton);
    QCOMPARE(m_journal->needingDecision().size(), 2);
    QCOMPARE(m_journal->needingDecision().first().decision, JournalDecision::Later); // alice.two
    QVERIFY(m_window->decisionBanner()->isVisibleTo(m_window));

    // Only the waiting ones when asked; both decided at once.
    m_window->showNeedingDecision();
    QCOMPARE(rows(), 2);
    m_window->view()->selectAll();
    QTest::mouseClick(m_window->wentThroughButton(), Qt::LeftButton);
    QVERIFY(m_journal->needingDecision().isEmpty());
    QVERIFY(!m_window->decisionBanner()->isVisibleTo(m_window));
    m_window->outcomeFilter()->setCurrentIndex(0);
    QCOMPARE(rows(), 4); // still on record, with the decision shown
    bool shown = false;
    for (int row = 0; row < rows(); ++row) {
        shown = shown || m_window->proxy()
                             ->index(row, JournalModel::DecisionColumn)
                             .data()
                             .toString()
                             .startsWith(u"It went through"_s);
    }
    QVERIFY(shown);
    // A second Journal on the same file (the next start) agrees.
    Journal again(m_journal->filePath());
    QVERIFY(again.needingDecision().isEmpty());
    QCOMPARE(again.entries().size(), 4);
}

void TestJournalWindow::followsTheJournalLive() {
    QCOMPARE(rows(), 4);
    write(u"approve"_s, u"dave"_s, JournalOutcome::Succeeded);
    QTRY_COMPARE(rows(), 5);
    m_window->actionFilter()->setCurrentIndex(m_window->actionFilter()->findData(u"approve"_s));
    QCOMPARE(rows(), 1);
}

void TestJournalWindow::startUpListNamesWhatWhoAndHowMuch() {
    JournalOperation credit;
    credit.profileId = u"p1"_s;
    credit.profileName = u"Sandbox"_s;
    credit.action = u"credit"_s;
    credit.customer = u"ada_lovelace"_s;
    credit.method = u"POST"_s;
    credit.path = u"/v1/customers/ada_lovelace/balance/credit"_s;
    credit.payload = {{u"amount"_s, 12.5}, {u"amount_units"_s, u"EUR"_s}, {u"is_currency"_s, true}};
    const QString id = m_journal->begin(credit);
    m_journal->finish(id, JournalOutcome::Unknown, 503, QString());

    // "Later": nothing is decided, and the list comes back next time.
    MessageBox::setNextAnswer(QMessageBox::No);
    QCOMPARE(UndecidedChangesPrompt::ask(nullptr, m_journal), nullptr);
    const QString text = MessageBox::lastText();
    QVERIFY2(text.startsWith(u"3 changes need a decision"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Credit 12.50\u00A0EUR to ada_lovelace (Sandbox)"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Delete alice.two (Sandbox)"_s), qPrintable(text));
    QCOMPARE(m_journal->needingDecision().size(), 3);

    // "Review now": the journal window, showing only those three.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    JournalWindow *window = UndecidedChangesPrompt::ask(nullptr, m_journal);
    QVERIFY(window);
    QVERIFY(window->isVisible());
    QCOMPARE(window->proxy()->rowCount(), 3);
    QCOMPARE(window->model()->entries().size(), 3);
    delete window;

    // Nothing undecided: no question at all.
    for (const JournalEntry &entry : m_journal->needingDecision())
        QVERIFY(m_journal->decide(entry.opId, JournalDecision::NotMade));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QCOMPARE(UndecidedChangesPrompt::ask(nullptr, m_journal), nullptr);
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

void TestJournalWindow::profileWithUndecidedChangesCannotBeDeleted() {
    QSettings settings(m_dir->filePath(u"profiles.ini"_s), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    profiles.setRemovalGuard([this](const QString &profileId) {
        return UndecidedChangesPrompt::profileRemovalRefusal(m_journal, profileId);
    });
    Profile profile;
    profile.id = u"p1"_s; // the profile of every operation written in init()
    profile.name = u"Sandbox"_s;
    profile.baseUrl = QUrl(u"https://api.example.com/v1"_s);
    QVERIFY(!profiles.add(profile).isEmpty());

    QString why;
    QVERIFY(!profiles.remove(u"p1"_s, &why));
    QVERIFY2(why.startsWith(u"2 changes of this profile still need a decision"_s), qPrintable(why));
    QVERIFY(profiles.contains(u"p1"_s));

    for (const JournalEntry &entry : m_journal->needingDecision())
        QVERIFY(m_journal->decide(entry.opId, JournalDecision::WentThrough));
    QVERIFY(profiles.remove(u"p1"_s, &why));
    QVERIFY(!profiles.contains(u"p1"_s));
}

void TestJournalWindow::showsWhoMadeEachChangeAndFiltersByThem() {
    const QString user = Journal::currentUser();
    // The four of init() were made before a name was chosen: the user is the name.
    m_journal->setDisplayName(u"Anna Berg"_s);
    write(u"archive"_s, u"dora"_s, JournalOutcome::Succeeded);
    QTRY_COMPARE(rows(), 5); // the window follows the journal
    const QSortFilterProxyModel *proxy = m_window->proxy();
    QCOMPARE(proxy->headerData(JournalModel::ByColumn, Qt::Horizontal).toString(), u"By"_s);
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QString customer = proxy->index(row, JournalModel::CustomerColumn).data().toString();
        const QString by = proxy->index(row, JournalModel::ByColumn).data().toString();
        QCOMPARE(by, customer == u"dora"_s ? u"Anna Berg ("_s + user + u')' : user);
    }

    // Any part of the name or the user, any case.
    m_window->madeByFilter()->setText(u"anna"_s);
    QCOMPARE(rows(), 1);
    QCOMPARE(m_window->visibleEntries().first().operation.customer, u"dora"_s);
    QCOMPARE(m_window->filter().madeBy, u"anna"_s);
    m_window->madeByFilter()->setText(user.toUpper());
    QCOMPARE(rows(), 5);
    m_window->madeByFilter()->setText(u"nobody-at-all"_s);
    QCOMPARE(rows(), 0);
    m_window->madeByFilter()->clear();
    QCOMPARE(rows(), 5);

    // The export names them too.
    m_window->madeByFilter()->setText(u"berg"_s);
    const QString path = m_dir->filePath(u"by.csv"_s);
    QVERIFY(m_window->exportCsv(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u"\r\n"_s);
    QVERIFY(lines.at(0).endsWith(u"Made by (user),Made by (name)"_s));
    QVERIFY2(lines.at(1).endsWith(user + u",Anna Berg"_s), qPrintable(lines.at(1)));
}

QTEST_MAIN(TestJournalWindow)
#include "tst_journalwindow.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The customer index as a person meets it in the main window, against the sandbox: the Find
// box without an index and with one, indexing with progress and Cancel, the index's age,
// changes reaching the index, and forgetting the local data.
#include "app/index/customerindex.h"
#include "app/index/profileindex.h"
#include "app/journal/journal.h"
#include "app/profiles/profilestore.h"
#include "app/session/session.h"
#include "tests/common/sandboxprocess.h"
#include "ui/browse/customerdetaildialog.h"
#include "ui/browse/customerpage.h"
#include "ui/changes/customeractions.h"
#include "ui/index/allcustomerspage.h"
#include "ui/index/exportdialog.h"
#include "ui/index/findpopup.h"
#include "ui/index/indexcontroller.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/messagebox.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

// Settings and the index's data folder go to temporary folders, never $HOME.
void isolate() {
    static QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(u"config"_s).toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath(u"data"_s).toLocal8Bit());
    QCoreApplication::setOrganizationName(u"PartneroConsoleTests"_s);
    QCoreApplication::setApplicationName(u"index"_s);
}
Q_COREAPP_STARTUP_FUNCTION(isolate)

} // namespace

class TestIndexWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void withoutIndexTheBoxSaysHowToGetOne();
    void pagesBuiltOnFirstUseWorkAtOnce();
    void indexingShowsProgressAndCanBeCancelled();
    void findAsYouTypeOpensTheChosenCustomer();
    void showAllMatchesAsksForTheList();
    void aChangeReachesTheIndexAtOnce();
    void forgetLocalDataDeletesTheIndexButNotTheJournal();
    void removingTheProfileDeletesItsIndex();
    void memoryOnlyNeverWritesTheIndex();
    void exportFromTheIndexWritesTheView();
    void exportWithoutAnIndexGoesThroughTheApi();
    void cancelledExportLeavesNoFile();

private:
    // Connects a fresh window to the sandbox's affiliate program.
    void connectWindow();
    bool indexAll();
    QString indexFile() const { return CustomerIndex::defaultFilePath(m_profileId); }

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    QString m_profileId;
};

void TestIndexWindow::initTestCase() {
    // Three pages of 250: enough for a sync with a window of requests, quick to fetch.
    QVERIFY2(m_sandbox.start({u"--customers"_s, u"600"_s}), qPrintable(m_sandbox.errorString()));
}

void TestIndexWindow::init() {
    QVERIFY(m_sandbox.reset());
    m_settings =
        std::make_unique<QSettings>(m_dir.filePath(u"profiles.ini"_s), QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    m_journal = std::make_unique<Journal>(m_dir.filePath(u"journal.sqlite"_s));
    Profile profile;
    profile.name = u"Affiliate"_s;
    profile.baseUrl = m_sandbox.baseUrl();
    profile.kind = ProgramKind::Affiliate;
    m_profileId = m_profiles->add(profile);
    connectWindow();
}

void TestIndexWindow::cleanup() {
    m_window.reset();
    m_session.reset();
    ProfileIndex::removeStoredIndex(m_profileId);
    m_journal.reset();
    m_profiles.reset();
    m_settings.reset();
    QFile::remove(m_dir.filePath(u"profiles.ini"_s));
}

void TestIndexWindow::connectWindow() {
    m_window.reset();
    m_session = std::make_unique<Session>(*m_profiles->profile(m_profileId),
                                          m_sandbox.affiliateKey(), m_journal.get());
    m_window = std::make_unique<MainWindow>(m_profiles.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->setSession(m_session.get());
    m_session->connectToServer();
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isConnected(), 10000);
}

bool TestIndexWindow::indexAll() {
    IndexController *controller = m_window->indexController();
    controller->indexAction()->trigger();
    if (!controller->profileIndex())
        return false;
    QSignalSpy finished(controller->profileIndex(), &ProfileIndex::syncFinished);
    return finished.wait(30000) &&
           finished.first().first().value<IndexSync::State>() == IndexSync::State::Finished;
}

void TestIndexWindow::withoutIndexTheBoxSaysHowToGetOne() {
    QLineEdit *box = m_window->lookupEdit();
    box->setFocus();
    QTest::keyClicks(box, u"walker"_s);
    QVERIFY(!m_window->findPopup()->isVisible());
    QVERIFY2(m_window->lookupStatusLabel()->text().contains(u"Index all customers"_s),
             qPrintable(m_window->lookupStatusLabel()->text()));
    QTest::keyClick(box, Qt::Key_Return);
    // The API cannot find a name: the answer says how to search by one, not just "no match".
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->lookupStatusLabel()->text().contains(u"Index all customers to search by name"_s),
        10000);
    // Nothing is written for a person who never asked for an index.
    QCOMPARE(m_window->indexController()->statusLabel()->text(), u"No customer index"_s);
    QVERIFY(!QFile::exists(indexFile()));
}

void TestIndexWindow::pagesBuiltOnFirstUseWorkAtOnce() {
    // The window shows without the All customers page's insides or the Find box's list: they
    // are built when first reached, and must then work as if they had always been there.
    AllCustomersPage *page = m_window->allCustomersPage();
    QVERIFY(!page->findChild<QTableView *>());
    QVERIFY(!m_window->findChild<FindPopup *>());
    QVERIFY(indexAll());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    // Ctrl+3: the page is built as it comes forward, with every indexed customer, its count
    // and the change actions on its rows.
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_window->tabs()->currentWidget(), page);
    auto *table = page->findChild<QTableView *>(u"allCustomersTable"_s);
    QVERIFY(table);
    QVERIFY(table->isVisible());
    QCOMPARE(table->model()->rowCount(), 600);
    QCOMPARE(page->findChild<QLabel *>(u"allCustomersCount"_s)->text(), u"600 customers"_s);
    QVERIFY(table->actions().contains(m_window->customerActions()->suspendAction()));
    table->selectRow(0);
    QTRY_VERIFY(m_window->customerActions()->editAction()->isEnabled());
    // Built late, its fields keep the page's place in the Tab order: after the tabs.
    QWidget *tabBar = m_window->tabs()->tabBar();
    tabBar->setFocus(Qt::TabFocusReason);
    QTest::keyClick(tabBar, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), table);
    QTest::keyClick(table, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), page->findChild<QLineEdit *>(u"allSearch"_s));

    // Ctrl+F, then typing: the list of matches opens under the box.
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QLineEdit *box = m_window->lookupEdit();
    QVERIFY(box->hasFocus());
    QTest::keyClicks(box, u"a"_s);
    auto *popup = m_window->findChild<FindPopup *>();
    QVERIFY(popup);
    QVERIFY(popup->isVisible());
    QCOMPARE(popup->matches().size(), FindPopup::MaxShown);
    QTest::keyClick(box, Qt::Key_Return);
    QVERIFY(!popup->isVisible());
    QCOMPARE(m_window->detailDialogs().size(), 1);
}

void TestIndexWindow::indexingShowsProgressAndCanBeCancelled() {
    IndexController *controller = m_window->indexController();
    // The first pages answer slowly, so the person sees the sync running and can stop it.
    QVERIFY(m_sandbox.queueFault(u"GET"_s, u"/v1/customers"_s, u"latency=3000"_s, 8));
    controller->indexAction()->trigger();
    QVERIFY(controller->profileIndex()->isSyncing());
    QCOMPARE(controller->statusButton()->text(), u"Cancel"_s);
    QVERIFY2(controller->statusLabel()->text().startsWith(u"Indexing"_s),
             qPrintable(controller->statusLabel()->text()));
    QSignalSpy finished(controller->profileIndex(), &ProfileIndex::syncFinished);
    QTest::mouseClick(controller->statusButton(), Qt::LeftButton);
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    QCOMPARE(finished.first().first().value<IndexSync::State>(), IndexSync::State::Cancelled);
    QVERIFY2(m_window->requestStateLabel()->text().contains(u"cancelled"_s),
             qPrintable(m_window->requestStateLabel()->text()));
    QVERIFY(!controller->profileIndex()->isReady());

    // Indexing again completes: the age and the count show, and Refresh is offered.
    QVERIFY(m_sandbox.clearFaults());
    QVERIFY(indexAll());
    QCOMPARE(controller->profileIndex()->count(), 600);
    QVERIFY2(controller->statusLabel()->text().contains(u"Indexed just now"_s),
             qPrintable(controller->statusLabel()->text()));
    QVERIFY(controller->statusLabel()->text().contains(u"600 customers"_s));
    QCOMPARE(controller->statusButton()->text(), u"Refresh"_s);
    QVERIFY(QFile::exists(indexFile()));
    QCOMPARE(QFile::permissions(indexFile()) & 0x0077, QFileDevice::Permissions());
}

void TestIndexWindow::findAsYouTypeOpensTheChosenCustomer() {
    QVERIFY(indexAll());
    CustomerIndex *index = m_window->indexController()->profileIndex()->index();
    // A surname from the program, typed in lower case and cut short.
    IndexQuery query;
    query.limit = 1;
    query.sort = IndexQuery::Column::Email;
    const QList<Customer> some = index->select(query);
    QVERIFY(!some.isEmpty() && some.first().surname.size() >= 3);
    const QString part = some.first().surname.left(3).toLower();

    QLineEdit *box = m_window->lookupEdit();
    box->setFocus();
    QTest::keyClicks(box, part);
    FindPopup *popup = m_window->findPopup();
    QVERIFY(popup->isVisible());
    QVERIFY(!popup->matches().isEmpty());
    for (const Customer &match : popup->matches()) {
        const QString all = (match.name + match.surname + match.email + match.key).toLower();
        QVERIFY2(all.contains(part), qPrintable(all));
    }
    // The list ends with the count of all matches; the window's hint says it too.
    QListWidget *list = popup->list();
    QCOMPARE(list->count(), popup->matches().size() + 1);
    QVERIFY2(list->item(list->count() - 1)->text().contains(QString::number(popup->totalMatches())),
             qPrintable(list->item(list->count() - 1)->text()));
    QVERIFY(m_window->lookupStatusLabel()->text().contains(u"in the index"_s));

    // Down, then Enter: the second match opens, and the list closes.
    const int expected = popup->matches().size() > 1 ? 1 : 0;
    if (expected == 1)
        QTest::keyClick(box, Qt::Key_Down);
    const Customer chosen = popup->matches().at(expected);
    QTest::keyClick(box, Qt::Key_Return);
    QVERIFY(!popup->isVisible());
    QCOMPARE(m_window->detailDialogs().size(), 1);
    QCOMPARE(m_window->detailDialogs().first()->identifier(), chosen.identifier());
}

void TestIndexWindow::showAllMatchesAsksForTheList() {
    QVERIFY(indexAll());
    QLineEdit *box = m_window->lookupEdit();
    box->setFocus();
    QTest::keyClicks(box, u"a"_s);
    FindPopup *popup = m_window->findPopup();
    QVERIFY(popup->isVisible());
    QCOMPARE(popup->matches().size(), FindPopup::MaxShown);
    QVERIFY(popup->totalMatches() > FindPopup::MaxShown);
    QSignalSpy all(popup, &FindPopup::showAllRequested);
    QListWidget *list = popup->list();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->item(list->count() - 1)).center());
    QCOMPARE(all.count(), 1);
    QCOMPARE(all.first().first().toString(), u"a"_s);
    // The window shows them all in the table of every customer, named with the index's size.
    AllCustomersPage *page = m_window->allCustomersPage();
    QCOMPARE(m_window->tabs()->currentWidget(), page);
    QCOMPARE(page->query().search, u"a"_s);
    QCOMPARE(page->totalCount(), popup->totalMatches());
    QCOMPARE(m_window->tabs()->tabText(m_window->tabs()->indexOf(page)), u"All customers (600)"_s);
    // Its rows are worked on as the page table's are: selecting one enables Edit, and the
    // right-click menu carries the change actions.
    QVERIFY(!m_window->customerActions()->editAction()->isEnabled());
    page->view()->selectRow(0);
    QTRY_VERIFY(m_window->customerActions()->editAction()->isEnabled());
    QCOMPARE(page->view()->contextMenuPolicy(), Qt::ActionsContextMenu);
    QVERIFY(page->view()->actions().contains(m_window->customerActions()->suspendAction()));
}

void TestIndexWindow::aChangeReachesTheIndexAtOnce() {
    QVERIFY(indexAll());
    ProfileIndex *profileIndex = m_window->indexController()->profileIndex();
    IndexQuery first;
    first.limit = 50;
    const QList<Customer> some = profileIndex->index()->select(first);
    const auto notSuspended = std::find_if(
        some.begin(), some.end(), [](const Customer &c) { return c.status != u"suspended"_s; });
    QVERIFY(notSuspended != some.end());
    const Customer customer = *notSuspended;

    // Suspending through the window's actions (confirmed) changes the indexed status without
    // a new sync.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_window->customerActions()->suspend({customer});
    QTRY_COMPARE_WITH_TIMEOUT(
        profileIndex->index()->customer(customer.identifier())->customer.status, u"suspended"_s,
        10000);
    // ... and the stored object becomes the server's own (JSON exports write it).
    QTRY_VERIFY_WITH_TIMEOUT(profileIndex->index()
                                 ->customer(customer.identifier())
                                 ->json.contains("\"status\":\"suspended\""),
                             10000);
}

void TestIndexWindow::forgetLocalDataDeletesTheIndexButNotTheJournal() {
    QVERIFY(indexAll());
    QVERIFY(QFile::exists(indexFile()));
    const QString journalFile = m_dir.filePath(u"journal.sqlite"_s);
    QVERIFY(QFile::exists(journalFile));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_window->indexController()->forgetAction()->trigger();
    QVERIFY(!QFile::exists(indexFile()));
    QVERIFY(!QFile::exists(indexFile() + u"-wal"_s));
    QVERIFY(!m_window->indexController()->profileIndex());
    QCOMPARE(m_window->indexController()->statusLabel()->text(), u"No customer index"_s);
    QVERIFY(QFile::exists(journalFile));
    QVERIFY2(m_window->requestStateLabel()->text().contains(u"deleted"_s),
             qPrintable(m_window->requestStateLabel()->text()));

    // The Find box no longer offers matches from it.
    QLineEdit *box = m_window->lookupEdit();
    box->setFocus();
    QTest::keyClicks(box, u"a"_s);
    QVERIFY(!m_window->findPopup()->isVisible());
}

void TestIndexWindow::removingTheProfileDeletesItsIndex() {
    QVERIFY(indexAll());
    QVERIFY(QFile::exists(indexFile()));
    m_window.reset();
    m_session.reset();
    QString error;
    QVERIFY2(m_profiles->remove(m_profileId, &error), qPrintable(error));
    // The window is gone, so the store's signal has no controller to reach: the removal
    // itself must delete the data it held.
    QVERIFY(!QFile::exists(indexFile()));
}

void TestIndexWindow::memoryOnlyNeverWritesTheIndex() {
    QVERIFY(indexAll());
    QVERIFY(QFile::exists(indexFile()));
    // Turning the option on deletes what was stored, and nothing is written again.
    m_window->indexController()->memoryOnlyAction()->setChecked(true);
    QVERIFY(!QFile::exists(indexFile()));
    QVERIFY(indexAll());
    QCOMPARE(m_window->indexController()->profileIndex()->count(), 600);
    QVERIFY(!QFile::exists(indexFile()));
    QVERIFY(!QDir(QFileInfo(indexFile()).path()).exists() ||
            QDir(QFileInfo(indexFile()).path()).isEmpty());
    // The Find box searches it as it would a stored one.
    QLineEdit *box = m_window->lookupEdit();
    box->setFocus();
    QTest::keyClicks(box, u"a"_s);
    QVERIFY(m_window->findPopup()->isVisible());
    // The option belongs to the profile: the next connect keeps it in memory again.
    connectWindow();
    QVERIFY(m_window->indexController()->memoryOnlyAction()->isChecked());
    QVERIFY(indexAll());
    QVERIFY(!QFile::exists(indexFile()));
}

namespace {

// Waits for an export dialog's job to finish; its closing sentence.
QString awaitExport(ExportDialog *dialog) {
    if (!dialog)
        return u"no export started"_s;
    QPointer<ExportDialog> alive(dialog);
    QSignalSpy finished(dialog, &ExportDialog::exportFinished);
    if (!finished.wait(30000))
        return u"the export did not finish"_s;
    return finished.first().first().toString();
}

QList<QByteArray> fileLines(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = file.readAll().split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

void TestIndexWindow::exportFromTheIndexWritesTheView() {
    QVERIFY(indexAll());
    CustomerIndex *index = m_window->indexController()->profileIndex()->index();
    // The page view filtered by one partner: the export holds that partner's customers only,
    // all of them, not the page on screen.
    IndexQuery any;
    any.limit = 200;
    QString partner;
    for (const Customer &customer : index->select(any)) {
        if (!customer.partner.isEmpty()) {
            partner = customer.partner;
            break;
        }
    }
    QVERIFY(!partner.isEmpty());
    IndexQuery byPartner;
    byPartner.partner = partner;
    int expected = 0;
    index->select(byPartner, &expected);
    QVERIFY(expected > 0);
    m_window->customerPage()->setPartnerFilter(partner);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->customerPage()->isLoading(), 10000);

    const QString path = m_dir.filePath(u"partner.csv"_s);
    QVERIFY(m_sandbox.clearRequests());
    const QString sentence = awaitExport(m_window->exportCustomers(path));
    QVERIFY2(sentence.startsWith(u"Exported %1 customers"_s.arg(expected)), qPrintable(sentence));
    const QList<QByteArray> lines = fileLines(path);
    QCOMPARE(lines.size(), expected + 1); // the header first
    QVERIFY(lines.first().startsWith("\xEF\xBB\xBF"));
    // From the index: no page of customers was fetched for it.
    int pagesFetched = 0;
    for (const QJsonValue &request : m_sandbox.requests()) {
        // Pages of 250 are an export's (or a sync's); the page view asks for 25 and fetches
        // its next page ahead.
        const QJsonObject logged = request.toObject();
        if (logged.value(u"path"_s).toString() == u"/v1/customers"_s &&
            logged.value(u"query"_s).toString().contains(u"limit=250"_s))
            ++pagesFetched;
    }
    QCOMPARE(pagesFetched, 0);
    for (const QByteArray &line : lines.mid(1))
        QVERIFY2(line.contains(partner.toUtf8()), line.constData());
}

void TestIndexWindow::exportWithoutAnIndexGoesThroughTheApi() {
    const QString path = m_dir.filePath(u"all.jsonl"_s);
    const QString sentence = awaitExport(m_window->exportCustomers(path, true));
    QVERIFY2(sentence.startsWith(u"Exported 600 customers"_s), qPrintable(sentence));
    const QList<QByteArray> lines = fileLines(path);
    QCOMPARE(lines.size(), 600);
    QSet<QString> keys;
    for (const QByteArray &line : lines) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        QVERIFY2(!object.isEmpty(), line.constData());
        keys.insert(object.value(u"key"_s).toString());
    }
    QCOMPARE(keys.size(), 600); // each customer exactly once
    // Nothing of the profile's own was stored for it.
    QVERIFY(!QFile::exists(indexFile()));
}

void TestIndexWindow::cancelledExportLeavesNoFile() {
    const QString path = m_dir.filePath(u"cancelled.csv"_s);
    QVERIFY(m_sandbox.queueFault(u"GET"_s, u"/v1/customers"_s, u"latency=3000"_s, 8));
    ExportDialog *dialog = m_window->exportCustomers(path);
    QVERIFY(dialog);
    QSignalSpy finished(dialog, &ExportDialog::exportFinished);
    QTest::qWait(200);
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(buttons && buttons->button(QDialogButtonBox::Cancel));
    buttons->button(QDialogButtonBox::Cancel)->click();
    QVERIFY(finished.count() == 1 || finished.wait(10000));
    QCOMPARE(finished.first().first().toString(), u"Export cancelled. No file was written."_s);
    QVERIFY(!QFile::exists(path));

    // Switching the profile away cancels an export through the API the same way.
    QVERIFY(m_sandbox.clearFaults());
    QVERIFY(m_sandbox.queueFault(u"GET"_s, u"/v1/customers"_s, u"latency=3000"_s, 8));
    QPointer<ExportDialog> second = m_window->exportCustomers(path);
    QVERIFY(second);
    QTest::qWait(200);
    m_window->setSession(nullptr);
    QTRY_VERIFY(!second);
    QVERIFY(!QFile::exists(path));
    QVERIFY(m_sandbox.clearFaults());
}

QTEST_MAIN(TestIndexWindow)
#include "tst_indexwindow.moc"

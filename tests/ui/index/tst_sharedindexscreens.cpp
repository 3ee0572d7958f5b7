// SPDX-License-Identifier: GPL-3.0-or-later
// The Find box's matches and All customers over a team's shared index in a real PostgreSQL
// server, with real widgets offscreen: the window never waits for the server. With the server
// stopped (SIGSTOP), typing in the Find box and changing the page's search return at once; the
// page says "Loading…" and shows no rows; once the server goes on, the matches and the count
// arrive, and only for the text still typed ("wal" then "walker": only Walker's matches).
// With the server gone, both say the index could not be read (not "no matches"), and read
// again once it is back.

#include "app/index/customerindex.h"
#include "app/index/indexcustomermodel.h"
#include "app/index/sharedindexreader.h"
#include "tests/common/madeupcustomers.h"
#include "tests/common/postgresserver.h"
#include "ui/index/allcustomerspage.h"
#include "ui/index/findpopup.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QScopeGuard>
#include <QTableView>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int Customers = 1200;

// A window with a Find box at its top, where the main window has it.
QLineEdit *addFindBox(QWidget &window) {
    window.resize(700, 500);
    auto *edit = new QLineEdit(&window);
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(edit);
    layout->addStretch();
    return edit;
}
} // namespace

class TestSharedIndexScreens final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void findShowsOnlyTheTextStillTyped();
    void allCustomersSaysLoadingUntilTheCountArrives();
    // Last: it stops the server, so this test's own connection is gone after it.
    void aStoppedServerReadsAsASentenceNotAsNoMatches();

private:
    PostgresServer m_server;
    CustomerIndex m_shared;
};

void TestSharedIndexScreens::initTestCase() {
    if (!PostgresServer::isAvailable())
        QFAIL("PostgreSQL is not installed: packaging/install-deps.sh installs it");
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY2(m_server.createDatabase(u"team"_s), qPrintable(m_server.errorString()));
    QVERIFY2(
        m_shared.open(IndexLocation::shared(m_server.target(u"team"_s), QString(), u"prog-a"_s)),
        qPrintable(m_shared.errorString()));
    QVERIFY(MadeUpCustomers::store(m_shared, ProgramKind::Affiliate,
                                   MadeUpCustomers::many(ProgramKind::Affiliate, Customers)));
}

void TestSharedIndexScreens::findShowsOnlyTheTextStillTyped() {
    QWidget window;
    QLineEdit *edit = addFindBox(window);
    FindPopup popup(edit, &window);
    popup.setIndex(&m_shared);
    QVERIFY(popup.reader());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    edit->setFocus();

    // Connected and answering: a first text finds its matches, and is emptied again.
    QTest::keyClicks(edit, u"noah"_s);
    QTRY_VERIFY(popup.isVisible());
    QVERIFY(popup.matches().first().name.contains(u"Noah"_s));
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QVERIFY(!popup.isVisible());

    // Every list of matches the popup shows from here on.
    QList<QList<Customer>> shown;
    connect(&popup, &FindPopup::matchesChanged, this, [&] {
        if (!popup.matches().isEmpty())
            shown.append(popup.matches());
    });
    const int runBefore = popup.reader()->requestsRun();
    QVERIFY(m_server.pause());
    auto resume = qScopeGuard([this] { m_server.resume(); });
    QTest::keyClicks(edit, u"wal"_s);
    QVERIFY(popup.isSearching());
    QVERIFY(!popup.isVisible());
    QTest::keyClicks(edit, u"ker"_s);
    QCOMPARE(edit->text(), u"walker"_s);
    QVERIFY(popup.isSearching());
    QVERIFY(!popup.isVisible());
    resume.dismiss();
    QVERIFY(m_server.resume());

    QTRY_VERIFY(popup.isVisible());
    QVERIFY(!popup.isSearching());
    int total = 0;
    const QList<Customer> walkers = m_shared.find(u"walker"_s, FindPopup::MaxShown, &total);
    QCOMPARE(popup.totalMatches(), total);
    QCOMPARE(popup.matches().size(), walkers.size());
    for (int i = 0; i < walkers.size(); ++i)
        QCOMPARE(popup.matches().at(i).key, walkers.at(i).key);
    // "wal" also finds Kowalski: none of its matches was ever shown.
    QCOMPARE(shown.size(), 1);
    for (const Customer &customer : shown.first())
        QCOMPARE(customer.surname, u"Walker"_s);
    QCOMPARE(popup.list()->count(), walkers.size() + 1);
    QCOMPARE(popup.list()->item(walkers.size())->text(),
             QString(u"Show all %1 matches"_s).arg(total));
    // Of the six texts typed, only the one the server held and the newest ran.
    QVERIFY(popup.reader()->requestsRun() - runBefore <= 2);
}

void TestSharedIndexScreens::allCustomersSaysLoadingUntilTheCountArrives() {
    AllCustomersPage page;
    page.resize(900, 600);
    page.setIndex(&m_shared, ProgramKind::Affiliate);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *count = page.findChild<QLabel *>(u"allCustomersCount"_s);
    QVERIFY(count);
    QTRY_COMPARE(count->text(), QString(u"%1 customers"_s).arg(QLocale().toString(Customers)));
    QTableView *table = page.view();
    QCOMPARE(table->model()->rowCount(), Customers);

    QVERIFY(m_server.pause());
    auto resume = qScopeGuard([this] { m_server.resume(); });
    page.setSearchText(u"walker"_s);
    QCOMPARE(count->text(), u"Loading…"_s);
    QCOMPARE(table->model()->rowCount(), 0);
    QCOMPARE(page.totalCount(), 0);
    resume.dismiss();
    QVERIFY(m_server.resume());

    int walkers = 0;
    m_shared.find(u"walker"_s, 0, &walkers);
    QVERIFY(walkers > 0);
    QTRY_COMPARE(count->text(),
                 QString(u"%1 of %2 customers match"_s)
                     .arg(QLocale().toString(walkers), QLocale().toString(Customers)));
    QCOMPARE(table->model()->rowCount(), walkers);
    // The rows the view shows arrive after the count.
    const auto *model = qobject_cast<const IndexCustomerModel *>(table->model());
    QVERIFY(model);
    const int name = model->sectionOf(CustomerTableColumns::NameColumn);
    QTRY_VERIFY(model->index(0, name).data().toString().contains(u"Walker"_s));
    QVERIFY(model->index(walkers - 1, name).data().toString().contains(u"Walker"_s));
}

void TestSharedIndexScreens::aStoppedServerReadsAsASentenceNotAsNoMatches() {
    QWidget window;
    QLineEdit *edit = addFindBox(window);
    FindPopup popup(edit, &window);
    popup.setIndex(&m_shared);
    AllCustomersPage page;
    page.resize(900, 600);
    page.setIndex(&m_shared, ProgramKind::Affiliate);
    page.show();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *count = page.findChild<QLabel *>(u"allCustomersCount"_s);
    auto *empty = page.findChild<QLabel *>(u"allCustomersEmpty"_s);
    QVERIFY(count && empty);
    QTRY_COMPARE(count->text(), QString(u"%1 customers"_s).arg(QLocale().toString(Customers)));
    edit->setFocus();
    QTest::keyClicks(edit, u"noah"_s);
    QTRY_VERIFY(popup.isVisible());
    QVERIFY(popup.errorString().isEmpty());

    // Stopped for real: each reader finds its connection gone.
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
    auto start = qScopeGuard([this] { m_server.restart(); });
    // One keystroke, one read: the read itself says it failed (the next would also find the
    // connection gone before it starts).
    edit->clear();
    QTest::keyClick(edit, Qt::Key_W);
    QTRY_VERIFY(!popup.isSearching());
    QVERIFY(!popup.isVisible());
    QVERIFY2(!popup.errorString().isEmpty(), "a lost server is not \"no matches\"");
    QCOMPARE(popup.totalMatches(), 0);
    page.setSearchText(u"walker"_s);
    QTRY_VERIFY2(empty->text().startsWith(u"The index could not be read: "_s),
                 qPrintable(empty->text()));
    QVERIFY(empty->isVisible());

    // Back: the next text is read on a new connection, without opening anything again.
    start.dismiss();
    QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
    edit->clear();
    QTest::keyClicks(edit, u"noah"_s);
    QTRY_VERIFY(popup.isVisible());
    QVERIFY(popup.errorString().isEmpty());
    QVERIFY(popup.matches().first().name.contains(u"Noah"_s));
    page.setSearchText(u"noah"_s);
    QTRY_VERIFY(count->text().contains(u"match"_s));
    QVERIFY(page.view()->model()->rowCount() > 0);
}

QTEST_MAIN(TestSharedIndexScreens)
#include "tst_sharedindexscreens.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The browsing widgets without a server: the page bar's words and moves, the state banner's
// countdown, TSV copying as the person sees the table, the lookup's reading of what was
// typed, which links may open, and sorting within a page.
#include "app/session/customerlookup.h"
#include "models/customerproxymodel.h"
#include "models/customertablemodel.h"
#include "ui/browse/linkfield.h"
#include "ui/browse/pagebar.h"
#include "ui/browse/statebanner.h"
#include "ui/browse/tablecopy.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestBrowseWidgets : public QObject {
    Q_OBJECT

private slots:
    void pageBarWordsAndMoves();
    void pageBarOffersProfileSize();
    void bannerStates();
    void bannerRateLimitCountdown();
    void bannerAddsServerMessage();
    void tsvFollowsTheView();
    void tsvOfNothingIsEmpty();
    void tsvGuardsFormulas();
    void lookupClassifies_data();
    void lookupClassifies();
    void onlyWebLinksOpen_data();
    void onlyWebLinksOpen();
    void proxySortsPageByRawValues();
};

void TestBrowseWidgets::pageBarWordsAndMoves() {
    PageBar bar;
    QSignalSpy requested(&bar, &PageBar::pageRequested);
    QVERIFY(!bar.nextAction()->isEnabled());
    QVERIFY(bar.rowsText().isEmpty());

    PageInfo info;
    info.currentPage = 3;
    info.perPage = 50;
    info.from = 101;
    info.to = 150;
    info.hasPrev = true;
    info.hasNext = true;
    bar.setPageInfo(info);
    QCOMPARE(bar.rowsText(), u"Rows 101–150"_s);
    QCOMPARE(bar.pageText(), u"Page 3"_s);
    QVERIFY(bar.firstAction()->isEnabled());
    QVERIFY(bar.nextAction()->isEnabled());

    bar.nextAction()->trigger();
    bar.previousAction()->trigger();
    bar.firstAction()->trigger();
    QCOMPARE(requested.count(), 3);
    QCOMPARE(requested.at(0).first().toInt(), 4);
    QCOMPARE(requested.at(1).first().toInt(), 2);
    QCOMPARE(requested.at(2).first().toInt(), 1);

    info.hasNext = false;
    info.from = 0;
    info.to = 0;
    bar.setPageInfo(info);
    QCOMPARE(bar.rowsText(), u"No rows"_s);
    QVERIFY(!bar.nextAction()->isEnabled());
    QCOMPARE(bar.nextAction()->shortcut(), QKeySequence(Qt::ALT | Qt::Key_Right));
}

void TestBrowseWidgets::pageBarOffersProfileSize() {
    PageBar bar;
    QSignalSpy changed(&bar, &PageBar::pageSizeChanged);
    bar.setPageSize(100);
    QCOMPARE(bar.pageSize(), 100);
    // A profile may hold any size from 1 to 250: it is offered too, in order.
    bar.setPageSize(40);
    QCOMPARE(bar.pageSize(), 40);
    const QComboBox *combo = bar.pageSizeCombo();
    QCOMPARE(combo->count(), 6);
    QCOMPARE(combo->itemData(2).toInt(), 40);
    QCOMPARE(changed.count(), 0); // setting is not choosing
}

void TestBrowseWidgets::bannerStates() {
    QWidget window; // the banner hides itself inside its parent
    auto *bannerPtr = new StateBanner(&window);
    StateBanner &banner = *bannerPtr;
    window.show();
    QSignalSpy retry(&banner, &StateBanner::retryRequested);
    QSignalSpy newKey(&banner, &StateBanner::newKeyRequested);
    QVERIFY(!banner.isVisible());

    banner.showLoading(u"Loading page 2…"_s);
    QVERIFY(!banner.isVisible()); // not for a quick answer
    QTRY_VERIFY(banner.isVisible());
    QCOMPARE(banner.state(), StateBanner::State::Loading);
    QVERIFY(!banner.retryButton()->isVisible());

    ApiError server(ApiError::Kind::Server, 500);
    banner.showError(server);
    QCOMPARE(banner.state(), StateBanner::State::Error);
    QVERIFY(banner.retryButton()->isVisible());
    QVERIFY(!banner.newKeyButton()->isVisible());
    QTest::mouseClick(banner.retryButton(), Qt::LeftButton);
    QCOMPARE(retry.count(), 1);

    banner.showSignedOut(ApiError(ApiError::Kind::Unauthorized, 401));
    QVERIFY(banner.newKeyButton()->isVisible());
    QVERIFY(!banner.retryButton()->isVisible());
    QTest::mouseClick(banner.newKeyButton(), Qt::LeftButton);
    QCOMPARE(newKey.count(), 1);

    banner.clear();
    QVERIFY(!banner.isVisible());
    QVERIFY(banner.text().isEmpty());
}

void TestBrowseWidgets::bannerRateLimitCountdown() {
    StateBanner banner;
    banner.showRateLimited(2);
    QCOMPARE(banner.state(), StateBanner::State::RateLimited);
    QCOMPARE(banner.secondsLeft(), 2);
    // (Plural endings come from the translation; the number is what matters here.)
    QVERIFY2(banner.text().contains(u"try again in 2 second"_s), qPrintable(banner.text()));
    QVERIFY(!banner.retryButton()->isEnabled());
    // It counts down and then lets the person retry.
    QTRY_VERIFY_WITH_TIMEOUT(banner.retryButton()->isEnabled(), 5000);
    QCOMPARE(banner.secondsLeft(), 0);
    QVERIFY2(banner.text().contains(u"try again now"_s), qPrintable(banner.text()));

    // The automatic retry of the service layer counts down without offering a button.
    ApiError limited(ApiError::Kind::RateLimited, 429);
    banner.showRetrying(limited, 3);
    QCOMPARE(banner.state(), StateBanner::State::RateLimited);
    QVERIFY2(banner.text().contains(u"Trying again in 3 second"_s), qPrintable(banner.text()));
    QVERIFY(!banner.retryButton()->isVisibleTo(&banner));
}

void TestBrowseWidgets::bannerAddsServerMessage() {
    ApiError error(ApiError::Kind::Server, 500);
    error.serverMessage = u"Database is resting."_s;
    QVERIFY(StateBanner::errorText(error).contains(u"Database is resting."_s));
    QVERIFY(StateBanner::errorText(error).contains(u"500"_s));
    // Not twice when the sentence already quotes it.
    ApiError notFound(ApiError::Kind::NotFound, 404);
    notFound.serverMessage = u"Customer not found."_s;
    const QString text = StateBanner::errorText(notFound);
    QCOMPARE(text.count(u"Customer not found."_s),
             qMax(1, notFound.sentence().count(u"Customer not found."_s)));
}

void TestBrowseWidgets::tsvFollowsTheView() {
    QStandardItemModel model(4, 3);
    model.setHorizontalHeaderLabels({u"A"_s, u"B"_s, u"C"_s});
    for (int row = 0; row < 4; ++row) {
        for (int column = 0; column < 3; ++column)
            model.setItem(row, column,
                          new QStandardItem(u"%1%2"_s.arg(QChar(u'a' + column)).arg(row)));
    }
    model.item(1, 1)->setText(u"tab\there\nnewline"_s);
    QTableView view;
    view.setModel(&model);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Moved: C first; hidden: A.
    view.horizontalHeader()->moveSection(2, 0);
    view.horizontalHeader()->setSectionHidden(0, true);
    view.selectionModel()->select(model.index(3, 0),
                                  QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view.selectionModel()->select(model.index(1, 0),
                                  QItemSelectionModel::Select | QItemSelectionModel::Rows);

    QCOMPARE(TableCopy::selectedRowsAsTsv(&view), u"C\tB\nc1\ttab here newline\nc3\tb3\n"_s);
    QCOMPARE(TableCopy::copySelectedRows(&view), 2);
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime);
    QCOMPARE(mime->text(), u"C\tB\nc1\ttab here newline\nc3\tb3\n"_s);
    QVERIFY(mime->hasFormat(u"text/tab-separated-values"_s));
}

void TestBrowseWidgets::tsvOfNothingIsEmpty() {
    QStandardItemModel model(2, 2);
    QTableView view;
    view.setModel(&model);
    QVERIFY(TableCopy::selectedRowsAsTsv(&view).isEmpty());
    QCOMPARE(TableCopy::copySelectedRows(&view), 0);
}

// A spreadsheet evaluates pasted text as it evaluates a CSV: a customer named like a formula
// must arrive as text, in every form a spreadsheet reads as a formula.
void TestBrowseWidgets::tsvGuardsFormulas() {
    const QStringList names{u"=HYPERLINK(\"http://evil\")"_s,
                            u"\uFF1D1+1"_s,
                            u"\uFF0B1"_s,
                            u"\uFF0D1"_s,
                            u"\uFF20SUM(A1)"_s,
                            u"\t=1+1"_s,
                            u"\r=1+1"_s,
                            u"@SUM(A1)"_s,
                            u"-12.50"_s};
    QStandardItemModel model(int(names.size()), 1);
    model.setHorizontalHeaderLabels({u"Name"_s});
    for (int row = 0; row < names.size(); ++row)
        model.setItem(row, 0, new QStandardItem(names.at(row)));
    QTableView view;
    view.setModel(&model);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.selectAll();

    QCOMPARE(TableCopy::copySelectedRows(&view), int(names.size()));
    const QStringList lines = QGuiApplication::clipboard()->text().split(u'\n');
    QCOMPARE(lines.mid(1, names.size()),
             (QStringList{u"'=HYPERLINK(\"http://evil\")"_s, u"'\uFF1D1+1"_s, u"'\uFF0B1"_s,
                          u"'\uFF0D1"_s, u"'\uFF20SUM(A1)"_s, u"' =1+1"_s, u"' =1+1"_s,
                          u"'@SUM(A1)"_s, u"-12.50"_s}));
}

void TestBrowseWidgets::lookupClassifies_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<CustomerLookup::Kind>("kind");
    QTest::newRow("email") << u"alice.brown@example.com"_s << CustomerLookup::Kind::Email;
    QTest::newRow("padded email") << u"  ada@example.com "_s << CustomerLookup::Kind::Email;
    QTest::newRow("key") << u"alice_brown"_s << CustomerLookup::Kind::Identifier;
    QTest::newRow("key with colon") << u"acct:12+eu"_s << CustomerLookup::Kind::Identifier;
    QTest::newRow("id") << u"rc_000042"_s << CustomerLookup::Kind::Identifier;
    QTest::newRow("blank") << u"   "_s << CustomerLookup::Kind::Nothing;
}

void TestBrowseWidgets::lookupClassifies() {
    QFETCH(QString, text);
    QFETCH(CustomerLookup::Kind, kind);
    QCOMPARE(CustomerLookup::classify(text), kind);
}

void TestBrowseWidgets::onlyWebLinksOpen_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("opens");
    QTest::newRow("https") << u"https://yoursite.com?ref=ADA1815"_s << true;
    QTest::newRow("http") << u"http://example.com/r/1"_s << true;
    QTest::newRow("mailto") << u"mailto:?subject=Join"_s << true;
    QTest::newRow("file") << u"file:///etc/passwd"_s << false;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
    QTest::newRow("custom scheme") << u"someapp://run"_s << false;
    QTest::newRow("no host") << u"https://"_s << false;
    QTest::newRow("garbage") << u"not a url"_s << false;
}

void TestBrowseWidgets::onlyWebLinksOpen() {
    QFETCH(QString, url);
    QFETCH(bool, opens);
    QCOMPARE(LinkField::isOpenable(url), opens);
    LinkField field(url, u"referral link"_s);
    QCOMPARE(field.openButton()->isEnabled(), opens);
    field.copyButton()->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), url);
}

void TestBrowseWidgets::proxySortsPageByRawValues() {
    CustomerTableModel model;
    model.setProgramKind(ProgramKind::ReferAFriend);
    Page<Customer> page;
    const int counts[] = {3, 12, 0};
    for (int i = 0; i < 3; ++i) {
        Customer customer;
        customer.id = u"c%1"_s.arg(i);
        customer.referralsCount = counts[i];
        page.items.append(customer);
    }
    model.setPage(page);
    CustomerProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    const int section = model.sectionOf(CustomerTableModel::ReferralsColumn);
    proxy.sort(section, Qt::DescendingOrder);
    // Numerically (12 > 3 > 0), not as text ("3" > "12").
    QCOMPARE(proxy.index(0, 0).data().toString(), u"c1"_s);
    QCOMPARE(proxy.index(1, 0).data().toString(), u"c0"_s);
    QCOMPARE(proxy.index(2, 0).data().toString(), u"c2"_s);
    QVERIFY(proxy.headerData(section, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(u"this page only"_s));
}

QTEST_MAIN(TestBrowseWidgets)
#include "tst_browsewidgets.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The view of every indexed customer, offscreen, over real index files filled through
// CustomerIndex with made-up customers of both kinds: sorting by a header click across every
// customer, each filter and their combination narrowing the rows and the count, accents in
// the search, Clear filters, Enter, the empty states, and markup shown as typed.

#include "app/index/customerindex.h"
#include "tests/common/madeupcustomers.h"
#include "ui/index/allcustomerspage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int Affiliates = 3000;
constexpr int Referrals = 600;

template <typename T> T *child(QWidget *page, const QString &name) {
    T *found = page->findChild<T *>(name);
    if (!found)
        qFatal("no %s", qPrintable(name));
    return found;
}

} // namespace

class TestAllCustomersPage final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void noIndexSaysHowToGetOne();
    void emptyIndexSaysSo();
    void countsEveryCustomer();
    void headerClickSortsAcrossEveryCustomer();
    void columnWithoutAnOrderKeepsTheSort();
    void eachAffiliateFilterNarrows();
    void filtersCombine();
    void dateRangesNarrow();
    void searchFoldsAccents();
    void clearFiltersShowsEveryone();
    void enterOpensAndSelectionReadsRows();
    void referAFriendFilters();
    void reloadKeepsFiltersAndShowsChanges();
    void markupIsShownAsTyped();

private:
    int expected(const std::function<bool(const Customer &)> &keep) const;
    QString countText() const { return child<QLabel>(m_page, u"allCustomersCount"_s)->text(); }
    bool showsTable() const {
        return child<QStackedWidget>(m_page, u"allCustomersStack"_s)->currentWidget() == table();
    }
    QTableView *table() const { return child<QTableView>(m_page, u"allCustomersTable"_s); }
    QString emptyText() const { return child<QLabel>(m_page, u"allCustomersEmpty"_s)->text(); }
    void choose(const QString &comboName, const QVariant &data);

    QTemporaryDir m_dir;
    CustomerIndex m_affiliate;
    CustomerIndex m_refer;
    QList<CustomerRecord> m_records;
    AllCustomersPage *m_page = nullptr;
};

void TestAllCustomersPage::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_records = MadeUpCustomers::many(ProgramKind::Affiliate, Affiliates);
    m_records[40].customer.name = u"Zoë"_s;
    m_records[40].customer.surname = u"Quinlan"_s;
    m_records[41].customer.name = u"<b>Bold</b>"_s;
    m_records[41].customer.surname = u"<i>Quinlan</i>"_s;
    QVERIFY2(m_affiliate.open(m_dir.filePath(u"a/customers.sqlite"_s)),
             qPrintable(m_affiliate.errorString()));
    QVERIFY(MadeUpCustomers::store(m_affiliate, ProgramKind::Affiliate, m_records));
    QVERIFY2(m_refer.open(m_dir.filePath(u"r/customers.sqlite"_s)),
             qPrintable(m_refer.errorString()));
    QVERIFY(MadeUpCustomers::store(m_refer, ProgramKind::ReferAFriend,
                                   MadeUpCustomers::many(ProgramKind::ReferAFriend, Referrals)));
}

void TestAllCustomersPage::init() {
    m_page = new AllCustomersPage;
    m_page->resize(1100, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
}

void TestAllCustomersPage::cleanup() {
    delete m_page;
    m_page = nullptr;
}

int TestAllCustomersPage::expected(const std::function<bool(const Customer &)> &keep) const {
    return int(std::count_if(m_records.cbegin(), m_records.cend(),
                             [&](const CustomerRecord &r) { return keep(r.customer); }));
}

void TestAllCustomersPage::choose(const QString &comboName, const QVariant &data) {
    auto *combo = child<QComboBox>(m_page, comboName);
    const int row = combo->findData(data);
    QVERIFY2(row >= 0, qPrintable(data.toString()));
    // As a person picks it: the popup's choice is what `activated` reports.
    combo->setCurrentIndex(row);
    Q_EMIT combo->activated(row);
}

void TestAllCustomersPage::noIndexSaysHowToGetOne() {
    QVERIFY(!showsTable());
    QVERIFY(emptyText().contains(u"Index all customers (Shift+F5)"_s));
    QVERIFY(countText().isEmpty());
    QVERIFY(!child<QLineEdit>(m_page, u"allSearch"_s)->isEnabled());
    QCOMPARE(m_page->totalCount(), 0);

    // An index whose first pass is still running is no index yet either.
    CustomerIndex running;
    QVERIFY(running.open(m_dir.filePath(u"running/customers.sqlite"_s)));
    QVERIFY(running.beginPass(ProgramKind::Affiliate, 250) != 0);
    m_page->setIndex(&running, ProgramKind::Affiliate);
    QVERIFY(!showsTable());
    QVERIFY(emptyText().contains(u"No index yet"_s));
    m_page->setIndex(nullptr, ProgramKind::Affiliate);
}

void TestAllCustomersPage::emptyIndexSaysSo() {
    CustomerIndex empty;
    QVERIFY(empty.open(m_dir.filePath(u"empty/customers.sqlite"_s)));
    QVERIFY(MadeUpCustomers::store(empty, ProgramKind::Affiliate, {}));
    m_page->setIndex(&empty, ProgramKind::Affiliate);
    QVERIFY(!showsTable());
    QVERIFY2(emptyText().contains(u"holds no customers"_s), qPrintable(emptyText()));
    QVERIFY(child<QLineEdit>(m_page, u"allSearch"_s)->isEnabled());
    m_page->setIndex(nullptr, ProgramKind::Affiliate);
}

void TestAllCustomersPage::countsEveryCustomer() {
    QSignalSpy counts(m_page, &AllCustomersPage::countChanged);
    m_page->setIndex(&m_affiliate, ProgramKind::Affiliate);
    QVERIFY(showsTable());
    QCOMPARE(m_page->totalCount(), Affiliates);
    QCOMPARE(table()->model()->rowCount(), Affiliates);
    QCOMPARE(countText(), u"%1 customers"_s.arg(QLocale().toString(Affiliates)));
    QVERIFY(!counts.isEmpty());
    QCOMPARE(counts.last().at(0).toInt(), Affiliates);
    // The page table's columns for the kind.
    const QAbstractItemModel *model = table()->model();
    QCOMPARE(model->columnCount(), 8);
    QCOMPARE(model->headerData(3, Qt::Horizontal).toString(), u"Partner"_s);
    QVERIFY(!child<QPushButton>(m_page, u"clearFilters"_s)->isEnabled());
    // In the order of names, and the header says so.
    QCOMPARE(m_page->query().sort, IndexQuery::Column::Name);
    QCOMPARE(table()->horizontalHeader()->sortIndicatorSection(), 1);
    QCOMPARE(table()->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
}

void TestAllCustomersPage::headerClickSortsAcrossEveryCustomer() {
    m_page->setIndex(&m_affiliate, ProgramKind::Affiliate);
    QStringList emails;
    for (const CustomerRecord &r : std::as_const(m_records))
        emails.append(r.customer.email);
    std::sort(emails.begin(), emails.end());

    QHeaderView *header = table()->horizontalHeader();
    const QAbstractItemModel *model = table()->model();
    int section = -1;
    for (int s = 0; s < model->columnCount(); ++s) {
        if (model->headerData(s, Qt::Horizontal).toString() == u"Email"_s)
            section = s;
    }
    QVERIFY(section >= 0);
    const QPoint middle(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
                        header->height() / 2);
    // A first click sorts one way, a second the other: click until it is descending.
    for (int clicks = 0; clicks < 2 && !(m_page->query().sort == IndexQuery::Column::Email &&
                                         m_page->query().order == Qt::DescendingOrder);
         ++clicks)
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, middle);
    QCOMPARE(m_page->query().sort, IndexQuery::Column::Email);
    QCOMPARE(m_page->query().order, Qt::DescendingOrder);
    QCOMPARE(header->sortIndicatorSection(), section);
    QCOMPARE(model->index(0, section).data().toString(), emails.last());
    QCOMPARE(model->index(Affiliates - 1, section).data().toString(), emails.first());
    QCOMPARE(m_page->totalCount(), Affiliates);

    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, middle);
    QCOMPARE(m_page->query().order, Qt::AscendingOrder);
    QCOMPARE(model->index(0, section).data().toString(), emails.first());
}

void TestAllCustomersPage::columnWithoutAnOrderKeepsTheSort() {
    m_page->setIndex(&m_affiliate, ProgramKind::Affiliate);
    QHeaderView *header = table()->horizontalHeader();
    const QAbstractItemModel *model = table()->model();
    int tags = -1;
    for (int s = 0; s < model->columnCount(); ++s) {
        if (model->headerData(s, Qt::Horizontal).toString() == u"Tags"_s)
            tags = s;
    }
    QVERIFY(tags >= 0);
    const int before = header->sortIndicatorSection();
    const QString first = model->index(0, 0).data().toString();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(tags) + 5, header->height() / 2));
    QCOMPARE(m_page->query().sort, IndexQuery::Column::Name);
    QCOMPARE(header->sortIndicatorSection(), before);
    QCOMPARE(model->index(0, 0).data().toString(), first);
}

void TestAllCustomersPage::eachAffiliateFilterNarrows() {
    m_page->setIndex(&m_affiliate, ProgramKind::Affiliate);
    const auto counted = [](int matching) {
        return u"%1 of %2 customers match"_s.arg(QLocale().toString(matching),
                                                 QLocale().toString(Affiliates));
    };

    auto *partner = child<QLineEdit>(m_page, u"allPartner"_s);
    partner->setFocus();
    QTest::keyClicks(partner, u"partner_c"_s);
    const int byPartner = expected([](const Customer &c) { return c.partner == u"partner_c"_s; });
    QTRY_COMPARE(m_page->totalCount(), byPartner);
    QCOMPARE(countText(), counted(byPartner));
    QCOMPARE(m_page->query().partner, u"partner_c"_s);
    QVERIFY(child<QPushButton>(m_page, u"clearFilters"_s)->isEnabled());
    partner->selectAll();
    QTest::keyClick(partner, Qt::Key_Delete);
    QTRY_COMPARE(m_page->totalCount(), Affiliates);

    choose(u"allStatus"_s, u"suspended"_s);
    const int suspended = expected([](const Customer &c) { return c.status == u"suspended"_s; });
    QCOMPARE(m_page->totalCount(), suspended);
    QCOMPARE(countText(), counted(suspended));
    const QAbstractItemModel *model = table()->model();
    QCOMPARE(model->index(0, 4).data().toString(), u"Suspended"_s);
    choose(u"allStatus"_s, QString());
    QCOMPARE(m_page->totalCount(), Affiliates);

    QTest::keyClicks(child<QLineEdit>(m_page, u"allTag"_s), u"b2b"_s);
    const int b2b = expected([](const Customer &c) { return c.tags.contains(u"b2b"_s); });
    QTRY_COMPARE(m_page->totalCount(), b2b);
    QCOMPARE(countText(), counted(b2b));
}

void TestAllCustomersPage::filtersCombine() {
    m_page->setIndex(&m_affiliate, ProgramKind::Affiliate);
    QTest::keyClicks(child<QLineEdit>(m_page, u"allPartner"_s), u"partner_a"_s);
    QTest::keyClicks(child<QLineEdit>(m_page, u"allTag"_s), u"newsletter"_s);
    choose(u"allStatus"_s, u"active"_s);
    QTest::keyClicks(child<QLineEdit>(m_page, u"allSearch"_s), u"walker"_s);
    const int all = expected([](const Customer &c) {
        return c.partner == u"partner_a"_s && c.tags.contains(u"newsletter"_s) &&
               c.status == u"active"_s && c.surname == u"Walker"_s;
    });
    QVERIFY(all > 0 && all < 100);
    QTRY_COMPARE(m_page->totalCount(), all);
    const IndexQuery query = m_page->query();
    QCOMPARE(query.search, u"walker"_s);
    QCOMPARE(query.tag, u"newsletter"_s);
    QCOMPARE(query.status, u"active"_s);
    QCOMPARE(countText(), u"%1 of %2 customers match"_s.arg(QLocale().toString(all),
                                                            QLocale().toString(Affiliates)));
}

void TestAllCustomersPage::dateRangesNarrow() {
    m_page->setIndex(&m_affiliate, ProgramKind::Affiliate);
    // Local days, both ends included.
    const QDate from = MadeUpCustomers::createdOf(1000).toLocalTime().date();
    const QDate to = from.addDays(3);
    auto *created = child<QCheckBox>(m_page, u"allCreatedRange"_s);
    auto *createdFrom = child<QDateEdit>(m_page, u"allCreatedFrom"_s);
    QVERIFY(!createdFrom->isEnabled());
    created->click();
    QVERIFY(createdFrom->isEnabled());
    createdFrom->setDate(from);
    child<QDateEdit>(m_page, u"allCreatedTo"_s)->setDate(to);
    const auto inDays = [](const QDateTime &t, QDate first, QDate last) {
        const QDate day = t.toLocalTime().date();
        return day >= first && day <= last;
    };
    const int byCreated =
        expected([&](const Customer &c) { return inDays(c.createdAt, from, to); });
    QVERIFY(byCreated > 0 && byCreated < Affiliates);
    QTRY_COMPARE(m_page->totalCount(), byCreated);

    auto *updated = child<QCheckBox>(m_page, u"allUpdatedRange"_s);
    updated->click();
    child<QDateEdit>(m_page, u"allUpdatedFrom"_s)->setDate(to);
    child<QDateEdit>(m_page, u"allUpdatedTo"_s)->setDate(to.addDays(10));
    const int both = expected([&](const Customer &c) {
        return inDays(c.createdAt, from, to) && inDays(c.updatedAt, to, to.addDays(10));
    });
    QVERIFY(both > 0 && both < byCreated);
    QTRY_COMPARE(m_page->totalCount(), both);

    // Turning a range off drops it.
    created->click();
    const int byUpdated =
        expected([&](const Customer &c) { return inDays(c.updatedAt, to, to.addDays(10)); });
    QCOMPARE(m_page->totalCount(), byUpdated);
}

void TestAllCustomersPage::searchFoldsAccents() {
    m_page->setIndex(&m_affiliate, ProgramKind::Affiliate);
    m_page->setSearchText(u"zoe"_s);
    QCOMPARE(m_page->totalCount(), 1);
    QCOMPARE(child<QLineEdit>(m_page, u"allSearch"_s)->text(), u"zoe"_s);
    QCOMPARE(table()->model()->index(0, 1).data().toString(), u"Zoë Quinlan"_s);
    // Typed with its accent and in capitals: the same customer.
    auto *search = child<QLineEdit>(m_page, u"allSearch"_s);
    search->clear();
    QTest::keyClicks(search, u"ZOË QUIN"_s);
    QTRY_COMPARE(m_page->query().search, u"ZOË QUIN"_s);
    QCOMPARE(m_page->totalCount(), 1);

    m_page->setSearchText(u"nobody-like-this"_s);
    QCOMPARE(m_page->totalCount(), 0);
    QVERIFY(!showsTable());
    QCOMPARE(emptyText(), u"No customer matches “nobody-like-this” with these filters."_s);
    QCOMPARE(countText(), u"0 of %1 customers match"_s.arg(QLocale().toString(Affiliates)));

    m_page->setSearchText({});
    choose(u"allStatus"_s, u"pending"_s);
    QTest::keyClicks(child<QLineEdit>(m_page, u"allPartner"_s), u"no_such_partner"_s);
    QTRY_COMPARE(m_page->totalCount(), 0);
    QCOMPARE(emptyText(), u"No customer matches these filters."_s);
}

void TestAllCustomersPage::clearFiltersShowsEveryone() {
    m_page->setIndex(&m_affiliate, ProgramKind::Affiliate);
    m_page->setSearchText(u"walker"_s);
    choose(u"allStatus"_s, u"active"_s);
    child<QCheckBox>(m_page, u"allCreatedRange"_s)->click();
    QVERIFY(m_page->totalCount() < Affiliates);
    auto *clear = child<QPushButton>(m_page, u"clearFilters"_s);
    QVERIFY(clear->isEnabled());
    QSignalSpy counts(m_page, &AllCustomersPage::countChanged);
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(m_page->totalCount(), Affiliates);
    QCOMPARE(counts.size(), 1);
    QCOMPARE(counts.at(0).at(0).toInt(), Affiliates);
    QVERIFY(child<QLineEdit>(m_page, u"allSearch"_s)->text().isEmpty());
    QCOMPARE(child<QComboBox>(m_page, u"allStatus"_s)->currentIndex(), 0);
    QVERIFY(!child<QCheckBox>(m_page, u"allCreatedRange"_s)->isChecked());
    QVERIFY(!child<QDateEdit>(m_page, u"allCreatedFrom"_s)->isEnabled());
    QVERIFY(!clear->isEnabled());
    QCOMPARE(countText(), u"%1 customers"_s.arg(QLocale().toString(Affiliates)));
    QVERIFY(showsTable());
}

void TestAllCustomersPage::enterOpensAndSelectionReadsRows() {
    m_page->setIndex(&m_affiliate, ProgramKind::Affiliate);
    const int key = 0; // the affiliate table starts with the key
    QCOMPARE(table()->model()->headerData(key, Qt::Horizontal).toString(), u"Key"_s);
    table()->sortByColumn(key, Qt::DescendingOrder);
    QSignalSpy activated(m_page, &AllCustomersPage::customerActivated);
    QSignalSpy selection(m_page, &AllCustomersPage::selectionChanged);
    table()->setFocus();
    table()->setCurrentIndex(table()->model()->index(2, key));
    QVERIFY(selection.size() > 0);
    QCOMPARE(m_page->currentCustomer()->key, MadeUpCustomers::affiliateKey(Affiliates - 3));
    QTest::keyClick(table(), Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).value<Customer>().key,
             MadeUpCustomers::affiliateKey(Affiliates - 3));

    // Several rows, across blocks of the index: in the table's order.
    table()->selectionModel()->clearSelection();
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, {},
                      table()->visualRect(table()->model()->index(0, key)).center());
    table()->scrollToBottom();
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, Qt::ShiftModifier,
                      table()->visualRect(table()->model()->index(Affiliates - 1, key)).center());
    const QList<Customer> selected = m_page->selectedCustomers();
    QCOMPARE(selected.size(), Affiliates);
    QCOMPARE(selected.first().key, MadeUpCustomers::affiliateKey(Affiliates - 1));
    QCOMPARE(selected.last().key, u"c000000"_s);
}

void TestAllCustomersPage::referAFriendFilters() {
    m_page->setIndex(&m_refer, ProgramKind::ReferAFriend);
    QCOMPARE(m_page->totalCount(), Referrals);
    QVERIFY(!child<QLineEdit>(m_page, u"allPartner"_s)->isVisible());
    QVERIFY(child<QLineEdit>(m_page, u"allReferrer"_s)->isVisible());
    QCOMPARE(table()->model()->headerData(3, Qt::Horizontal).toString(), u"Referred by"_s);

    choose(u"allReferStatus"_s, int(IndexQuery::ReferStatus::Referred));
    QCOMPARE(m_page->totalCount(), 199); // 3, 6, ..., 597
    choose(u"allReferStatus"_s, int(IndexQuery::ReferStatus::NonReferred));
    QCOMPARE(m_page->totalCount(), Referrals - 199);
    choose(u"allStatus"_s, u"archived"_s);
    // Archived: n % 4 == 3; not referred: n == 0 or n % 3 != 0.
    int archivedNotReferred = 0;
    for (int n = 0; n < Referrals; ++n)
        archivedNotReferred += (n % 4 == 3 && (n == 0 || n % 3 != 0)) ? 1 : 0;
    QCOMPARE(m_page->totalCount(), archivedNotReferred);

    choose(u"allStatus"_s, QString());
    choose(u"allReferStatus"_s, int(IndexQuery::ReferStatus::Any));
    QTest::keyClicks(child<QLineEdit>(m_page, u"allReferrer"_s), MadeUpCustomers::referId(10));
    QTRY_COMPARE(m_page->totalCount(), 1);
    QCOMPARE(m_page->query().referrer, MadeUpCustomers::referId(10));
    QCOMPARE(table()->model()->index(0, 0).data().toString(), MadeUpCustomers::referId(30));
}

void TestAllCustomersPage::reloadKeepsFiltersAndShowsChanges() {
    m_page->setIndex(&m_affiliate, ProgramKind::Affiliate);
    m_page->setSearchText(u"quinlan"_s);
    QCOMPARE(m_page->totalCount(), 2);
    CustomerRecord added = MadeUpCustomers::affiliate(Affiliates + 5);
    added.customer.surname = u"Quinlan"_s;
    QVERIFY(m_affiliate.upsert(added));
    QSignalSpy counts(m_page, &AllCustomersPage::countChanged);
    m_page->reload();
    QCOMPARE(m_page->totalCount(), 3);
    QCOMPARE(counts.size(), 1);
    QCOMPARE(m_page->query().search, u"quinlan"_s);
    QCOMPARE(countText(), u"3 of %1 customers match"_s.arg(QLocale().toString(Affiliates + 1)));
    QVERIFY(m_affiliate.remove(added.customer.key));
    m_page->reload();
    QCOMPARE(m_page->totalCount(), 2);

    // Without filters, deep in the table: a reload leaves the person where they were.
    m_page->clearFilters();
    QScrollBar *bar = table()->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 1000);
    bar->setValue(bar->maximum() / 2);
    const int place = bar->value();
    table()->setCurrentIndex(table()->indexAt(QPoint(5, 5)));
    const QString current = m_page->currentCustomer()->key;
    m_page->reload();
    QCOMPARE(bar->value(), place);
    QCoreApplication::processEvents();
    QCOMPARE(bar->value(), place);
    QCOMPARE(m_page->currentCustomer()->key, current);
}

void TestAllCustomersPage::markupIsShownAsTyped() {
    m_page->setIndex(&m_affiliate, ProgramKind::Affiliate);
    m_page->setSearchText(u"c000041"_s);
    QCOMPARE(m_page->totalCount(), 1);
    const QModelIndex name = table()->model()->index(0, 1);
    QCOMPARE(name.data().toString(), u"<b>Bold</b> <i>Quinlan</i>"_s);
    // The tooltip escapes it, so Qt shows the tags instead of bold and italic text.
    QVERIFY(name.data(Qt::ToolTipRole).toString().contains(u"&lt;b&gt;"_s));

    // The sentence that quotes the search words shows them as typed.
    m_page->setSearchText(u"<b>nobody</b>"_s);
    auto *empty = child<QLabel>(m_page, u"allCustomersEmpty"_s);
    QCOMPARE(empty->textFormat(), Qt::PlainText);
    QVERIFY(empty->text().contains(u"“<b>nobody</b>”"_s));
    QCOMPARE(child<QLabel>(m_page, u"allCustomersCount"_s)->textFormat(), Qt::PlainText);
}

QTEST_MAIN(TestAllCustomersPage)
#include "tst_allcustomerspage.moc"

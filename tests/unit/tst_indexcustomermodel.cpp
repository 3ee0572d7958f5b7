// SPDX-License-Identifier: GPL-3.0-or-later
// The table of every customer in the index, over a real SQLite index file: the whole
// selection as rows but only a few blocks held, sorts over every customer, filters and the
// page table's wording, under QAbstractItemModelTester.

#include "app/index/customerindex.h"
#include "app/index/indexcustomermodel.h"
#include "models/customertablemodel.h"
#include "models/rowstate.h"
#include "tests/common/madeupcustomers.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int Customers = 3000;
}

class TestIndexCustomerModel final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void rowsAreTheWholeSelectionReadByBlock();
    void sortSpansEveryCustomer();
    void columnsWithoutAnOrderDoNotSort();
    void filtersNarrowTheRows();
    void wordsCellsLikeThePageTable();
    void referAFriendColumns();
    void noIndexShowsNothing();

private:
    QTemporaryDir m_dir;
    CustomerIndex m_affiliate;
    CustomerIndex m_refer;
    QList<CustomerRecord> m_affiliateRecords;
};

void TestIndexCustomerModel::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_affiliateRecords = MadeUpCustomers::many(ProgramKind::Affiliate, Customers);
    // A name that is markup: the cells and tooltips must show it as typed.
    m_affiliateRecords[17].customer.name = u"<b>Bold</b>"_s;
    QVERIFY2(m_affiliate.open(m_dir.filePath(u"a/customers.sqlite"_s)),
             qPrintable(m_affiliate.errorString()));
    QVERIFY(MadeUpCustomers::store(m_affiliate, ProgramKind::Affiliate, m_affiliateRecords));
    QVERIFY2(m_refer.open(m_dir.filePath(u"r/customers.sqlite"_s)),
             qPrintable(m_refer.errorString()));
    QVERIFY(MadeUpCustomers::store(m_refer, ProgramKind::ReferAFriend,
                                   MadeUpCustomers::many(ProgramKind::ReferAFriend, 600)));
}

void TestIndexCustomerModel::rowsAreTheWholeSelectionReadByBlock() {
    {
        IndexCustomerModel tested;
        QAbstractItemModelTester tester(&tested,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        tested.setIndex(&m_affiliate, ProgramKind::Affiliate);
        QCOMPARE(tested.rowCount(), Customers);
    }
    // Without a tester from here on: it reads rows of its own, and this counts reads.
    IndexCustomerModel model;
    model.setIndex(&m_affiliate, ProgramKind::Affiliate);
    QCOMPARE(model.rowCount(), Customers);
    QCOMPARE(model.blocksRead(), 0); // the count alone reads no row

    const int key = model.sectionOf(CustomerTableColumns::KeyColumn);
    model.sort(model.sectionOf(CustomerTableColumns::CreatedColumn), Qt::AscendingOrder);
    // The last row without the ones before it: one block.
    QCOMPARE(model.index(Customers - 1, key).data().toString(),
             MadeUpCustomers::affiliateKey(Customers - 1));
    QCOMPARE(model.blocksRead(), 1);

    model.reload();
    for (int row = 0; row < Customers; ++row) {
        QCOMPARE(model.index(row, key).data().toString(), MadeUpCustomers::affiliateKey(row));
    }
    // Every block read once going down; only the last few are kept, so the first is read again.
    const int blocks =
        (Customers + IndexCustomerModel::BlockSize - 1) / IndexCustomerModel::BlockSize;
    QCOMPARE(model.blocksRead(), blocks);
    QVERIFY(model.index(Customers - 1, key).data().isValid());
    QCOMPARE(model.blocksRead(), blocks);
    QVERIFY(model.index(0, key).data().isValid());
    QCOMPARE(model.blocksRead(), blocks + 1);
    QCOMPARE(model.customerAt(5)->key, u"c000005"_s);
    QVERIFY(!model.customerAt(Customers));
}

void TestIndexCustomerModel::sortSpansEveryCustomer() {
    IndexCustomerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIndex(&m_affiliate, ProgramKind::Affiliate);
    QStringList emails;
    for (const CustomerRecord &r : std::as_const(m_affiliateRecords))
        emails.append(r.customer.email);
    std::sort(emails.begin(), emails.end());

    const int email = model.sectionOf(CustomerTableColumns::EmailColumn);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.sort(email, Qt::DescendingOrder);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.query().sort, IndexQuery::Column::Email);
    QCOMPARE(model.query().order, Qt::DescendingOrder);
    QCOMPARE(model.index(0, email).data().toString(), emails.last());
    QCOMPARE(model.index(1, email).data().toString(), emails.at(emails.size() - 2));
    QCOMPARE(model.index(Customers - 1, email).data().toString(), emails.first());

    model.sort(email, Qt::AscendingOrder);
    QCOMPARE(model.index(0, email).data().toString(), emails.first());

    // The newest update first: the index's order, not the first rows' order.
    const int updated = model.sectionOf(CustomerTableColumns::UpdatedColumn);
    model.sort(updated, Qt::DescendingOrder);
    QDateTime newest;
    for (const CustomerRecord &r : std::as_const(m_affiliateRecords))
        newest = std::max(newest, r.customer.updatedAt);
    QCOMPARE(model.customerAt(0)->updatedAt, newest);
    QCOMPARE(model.index(0, updated).data(IndexCustomerModel::SortRole).toDateTime(), newest);
}

void TestIndexCustomerModel::columnsWithoutAnOrderDoNotSort() {
    IndexCustomerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIndex(&m_affiliate, ProgramKind::Affiliate);
    const int tags = model.sectionOf(CustomerTableColumns::TagsColumn);
    QVERIFY(tags >= 0);
    QVERIFY(!model.isSortable(tags));
    QVERIFY(model.isSortable(model.sectionOf(CustomerTableColumns::PartnerColumn)));
    const QString first = model.customerAt(0)->key;
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.sort(tags, Qt::DescendingOrder);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(model.query().sort, IndexQuery::Column::Name);
    QCOMPARE(model.customerAt(0)->key, first);
}

void TestIndexCustomerModel::filtersNarrowTheRows() {
    IndexCustomerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIndex(&m_affiliate, ProgramKind::Affiliate);
    const auto expected = [this](const std::function<bool(const Customer &)> &keep) {
        int n = 0;
        for (const CustomerRecord &r : std::as_const(m_affiliateRecords))
            n += keep(r.customer) ? 1 : 0;
        return n;
    };

    IndexQuery query;
    query.partner = u"partner_b"_s;
    query.tag = u"vip"_s;
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setQuery(query);
    QCOMPARE(resets.size(), 1);
    const int partnerAndTag = expected(
        [](const Customer &c) { return c.partner == u"partner_b"_s && c.tags.contains(u"vip"_s); });
    QVERIFY(partnerAndTag > 0 && partnerAndTag < Customers);
    QCOMPARE(model.rowCount(), partnerAndTag);
    for (int row = 0; row < model.rowCount(); ++row) {
        const Customer c = *model.customerAt(row);
        QCOMPARE(c.partner, u"partner_b"_s);
        QVERIFY(c.tags.contains(u"vip"_s));
    }

    // Accents fold: "zoe" finds "Zoë" among the others.
    m_affiliate.upsert({[] {
                            Customer c = MadeUpCustomers::affiliate(Customers).customer;
                            c.name = u"Zoë"_s;
                            c.surname = u"Ångström"_s;
                            return c;
                        }(),
                        QByteArray("{}")});
    query = {};
    query.search = u"zoe angst"_s;
    model.setQuery(query);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, model.sectionOf(CustomerTableColumns::NameColumn)).data().toString(),
             u"Zoë Ångström"_s);
    QVERIFY(m_affiliate.remove(MadeUpCustomers::affiliate(Customers).customer.key));
    model.reload();
    QCOMPARE(model.rowCount(), 0);
}

void TestIndexCustomerModel::wordsCellsLikeThePageTable() {
    IndexCustomerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIndex(&m_affiliate, ProgramKind::Affiliate);
    IndexQuery query;
    query.search = u"c000017"_s;
    model.setQuery(query);
    QCOMPARE(model.rowCount(), 1);

    CustomerTableModel page;
    page.setProgramKind(ProgramKind::Affiliate);
    page.setPage({{*model.customerAt(0)}, {}});
    QCOMPARE(model.columnCount(), page.columnCount());
    for (int section = 0; section < page.columnCount(); ++section) {
        QCOMPARE(model.headerData(section, Qt::Horizontal),
                 page.headerData(section, Qt::Horizontal));
        for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::EditRole),
                               int(IndexCustomerModel::SortRole), int(Qt::TextAlignmentRole),
                               int(IndexCustomerModel::IdentifierRole), RowStateRole}) {
            QCOMPARE(model.index(0, section).data(role), page.index(0, section).data(role));
        }
    }
    const int name = model.sectionOf(CustomerTableColumns::NameColumn);
    QCOMPARE(model.index(0, name).data().toString(),
             u"<b>Bold</b> %1"_s.arg(m_affiliateRecords[17].customer.surname));
    // The tooltip is escaped, so Qt shows the markup instead of rendering it.
    QVERIFY(model.index(0, name).data(Qt::ToolTipRole).toString().contains(u"&lt;b&gt;"_s));
    QCOMPARE(model.index(0, 0).data(IndexCustomerModel::CustomerRole).value<Customer>().key,
             u"c000017"_s);
    QCOMPARE(model.roleNames().value(IndexCustomerModel::CustomerRole), "customer"_ba);
}

void TestIndexCustomerModel::referAFriendColumns() {
    IndexCustomerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIndex(&m_refer, ProgramKind::ReferAFriend);
    QCOMPARE(model.columnCount(),
             int(CustomerTableColumns::columnsFor(ProgramKind::ReferAFriend).size()));
    QCOMPARE(model.sectionOf(CustomerTableColumns::PartnerColumn), -1);
    const int referrals = model.sectionOf(CustomerTableColumns::ReferralsColumn);
    QVERIFY(!model.isSortable(referrals));
    QCOMPARE(
        model.headerData(referrals, Qt::Horizontal, Qt::TextAlignmentRole).value<Qt::Alignment>(),
        Qt::AlignRight | Qt::AlignVCenter);

    IndexQuery query;
    query.referStatus = IndexQuery::ReferStatus::Referred;
    query.referrer = MadeUpCustomers::referId(10);
    model.setQuery(query);
    // Every third customer n was referred by n / 3: customer 10 referred customer 30 only.
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.customerAt(0)->id, MadeUpCustomers::referId(30));
    model.sort(model.sectionOf(CustomerTableColumns::IdColumn), Qt::DescendingOrder);
    QCOMPARE(model.customerAt(0)->id, MadeUpCustomers::referId(30));

    query = {};
    query.referStatus = IndexQuery::ReferStatus::NonReferred;
    model.setQuery(query);
    QCOMPARE(model.rowCount(), 600 - 199); // 3, 6, ..., 597 were referred
}

void TestIndexCustomerModel::noIndexShowsNothing() {
    IndexCustomerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setIndex(&m_affiliate, ProgramKind::Affiliate);
    QVERIFY(model.rowCount() > 0);
    model.setIndex(nullptr, ProgramKind::Affiliate);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.customerAt(0));

    // An index whose first pass has not completed has nothing to show yet.
    CustomerIndex fresh;
    QVERIFY(fresh.open(m_dir.filePath(u"fresh/customers.sqlite"_s)));
    QVERIFY(fresh.beginPass(ProgramKind::Affiliate, 250) != 0);
    model.setIndex(&fresh, ProgramKind::Affiliate);
    QCOMPARE(model.rowCount(), 0);
    model.setIndex(nullptr, ProgramKind::Unknown);
}

QTEST_GUILESS_MAIN(TestIndexCustomerModel)
#include "tst_indexcustomermodel.moc"

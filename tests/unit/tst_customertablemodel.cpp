// SPDX-License-Identifier: GPL-3.0-or-later
// CustomerTableModel: columns per program kind, what people see, what a proxy sorts by, and
// the exact signals of each change, under QAbstractItemModelTester for every test.
#include "models/customertablemodel.h"
#include "models/jsonmapping.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <ctime>

using namespace Qt::Literals::StringLiterals;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi) {
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

Customer affiliateCustomer(const QString &key, const QString &name, const QDateTime &created) {
    Customer c;
    c.key = key;
    c.name = name;
    c.surname = u"Brown"_s;
    c.email = key + u"@example.com"_s;
    c.partner = u"partner_123"_s;
    c.status = u"active"_s;
    c.tags = {u"premium"_s, u"vip"_s};
    c.createdAt = created;
    c.updatedAt = created.addDays(1);
    return c;
}

Customer referralCustomer(const QString &id, const QString &name, const QString &surname) {
    Customer c;
    c.id = id;
    c.name = name;
    c.surname = surname;
    c.email = id + u"@example.org"_s;
    c.status = u"active"_s;
    c.approved = true;
    c.referralsCount = 0;
    c.createdAt = utc(2025, 3, 1, 8, 0);
    return c;
}

Page<Customer> pageOf(const QList<Customer> &customers) {
    Page<Customer> page;
    page.items = customers;
    page.info.from = customers.isEmpty() ? 0 : 1;
    page.info.to = static_cast<int>(customers.size());
    return page;
}

QStringList headers(const QAbstractItemModel &model) {
    QStringList titles;
    for (int section = 0; section < model.columnCount(); ++section)
        titles.append(model.headerData(section, Qt::Horizontal).toString());
    return titles;
}

} // namespace

class TestCustomerTableModel final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void columnsPerKind();
    void kindChangeKeepsRows();
    void setPageResetsOnce();
    void affiliateDisplay();
    void referralDisplay();
    void rightToLeftNamesAsGiven();
    void sortRoleIsRaw();
    void proxySortsByRawValue();
    void customerAndIdentifierRoles();
    void toolTips();
    void numbersAlignRight();
    void rowOfIdentifier();
    void updateCustomerChangesOneRow();
    void replaceCustomerWithNewKey();
    void removeCustomer();
    void mappedSandboxPage();

private:
    CustomerTableModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestCustomerTableModel::initTestCase() {
    // Fixed zone and locale, so that the display strings below are what a person in Berlin
    // with a UTC clock would read.
    qputenv("TZ", "UTC");
    tzset();
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
}

void TestCustomerTableModel::init() {
    m_model = new CustomerTableModel(this);
    // Lives until cleanup(), checking every change the test makes.
    m_tester = new QAbstractItemModelTester(
        m_model, QAbstractItemModelTester::FailureReportingMode::Fatal, this);
}

void TestCustomerTableModel::cleanup() {
    delete m_tester;
    m_tester = nullptr;
    delete m_model;
    m_model = nullptr;
}

void TestCustomerTableModel::columnsPerKind() {
    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);

    m_model->setProgramKind(ProgramKind::Affiliate);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(m_model->columnCount(), 8);
    QCOMPARE(headers(*m_model), (QStringList{u"Key"_s, u"Name"_s, u"Email"_s, u"Partner"_s,
                                             u"Status"_s, u"Tags"_s, u"Created"_s, u"Updated"_s}));
    QCOMPARE(m_model->columnAt(3), CustomerTableModel::PartnerColumn);
    QCOMPARE(m_model->sectionOf(CustomerTableModel::TagsColumn), 5);
    QCOMPARE(m_model->sectionOf(CustomerTableModel::ReferralsColumn), -1);
    QCOMPARE(m_model->columnAt(8), CustomerTableModel::ColumnCount);

    // The same kind again changes nothing.
    m_model->setProgramKind(ProgramKind::Affiliate);
    QCOMPARE(resets.count(), 1);

    m_model->setProgramKind(ProgramKind::ReferAFriend);
    QCOMPARE(resets.count(), 2);
    QCOMPARE(m_model->columnCount(), 8);
    QCOMPARE(headers(*m_model),
             (QStringList{u"ID"_s, u"Name"_s, u"Email"_s, u"Referred by"_s, u"Referrals"_s,
                          u"Status"_s, u"Approved"_s, u"Created"_s}));
    QCOMPARE(m_model->sectionOf(CustomerTableModel::KeyColumn), -1);
    QCOMPARE(m_model->sectionOf(CustomerTableModel::ApprovedColumn), 6);
}

void TestCustomerTableModel::kindChangeKeepsRows() {
    m_model->setPage(pageOf({affiliateCustomer(u"a"_s, u"Ann"_s, utc(2025, 1, 1, 0, 0))}));
    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    m_model->setProgramKind(ProgramKind::ReferAFriend);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->index(0, m_model->sectionOf(CustomerTableModel::NameColumn)).data(),
             QVariant(u"Ann Brown"_s));
}

void TestCustomerTableModel::setPageResetsOnce() {
    m_model->setProgramKind(ProgramKind::Affiliate);
    QSignalSpy aboutToReset(m_model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changes(m_model, &QAbstractItemModel::dataChanged);

    Page<Customer> page = pageOf({affiliateCustomer(u"a"_s, u"Ann"_s, utc(2025, 1, 1, 0, 0)),
                                  affiliateCustomer(u"b"_s, u"Bob"_s, utc(2025, 1, 2, 0, 0))});
    page.info.currentPage = 3;
    page.info.hasNext = true;
    m_model->setPage(page);
    QCOMPARE(aboutToReset.count(), 1);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(inserts.count(), 0);
    QCOMPARE(changes.count(), 0);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->pageInfo().currentPage, 3);
    QCOMPARE(m_model->pageInfo().hasNext, true);

    // A second page replaces the first entirely, again in one reset.
    m_model->setPage(pageOf({affiliateCustomer(u"c"_s, u"Cem"_s, utc(2025, 1, 3, 0, 0))}));
    QCOMPARE(resets.count(), 2);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->customerAt(0).key, u"c"_s);

    m_model->clear();
    QCOMPARE(resets.count(), 3);
    QCOMPARE(m_model->rowCount(), 0);
}

void TestCustomerTableModel::affiliateDisplay() {
    m_model->setProgramKind(ProgramKind::Affiliate);
    Customer deleted = affiliateCustomer(u"gone"_s, QString(), utc(2024, 12, 31, 23, 5));
    deleted.surname.clear();
    deleted.status.clear();
    deleted.deleted = true;
    deleted.tags.clear();
    m_model->setPage(pageOf(
        {affiliateCustomer(u"customer_123"_s, u"Alice"_s, utc(2025, 5, 2, 16, 12)), deleted}));

    const auto display = [this](int row, CustomerTableModel::Column column) {
        return m_model->index(row, m_model->sectionOf(column)).data().toString();
    };
    QCOMPARE(display(0, CustomerTableModel::KeyColumn), u"customer_123"_s);
    QCOMPARE(display(0, CustomerTableModel::NameColumn), u"Alice Brown"_s);
    QCOMPARE(display(0, CustomerTableModel::EmailColumn), u"customer_123@example.com"_s);
    QCOMPARE(display(0, CustomerTableModel::PartnerColumn), u"partner_123"_s);
    QCOMPARE(display(0, CustomerTableModel::StatusColumn), u"Active"_s);
    QCOMPARE(display(0, CustomerTableModel::TagsColumn), u"premium, vip"_s);
    QCOMPARE(display(0, CustomerTableModel::CreatedColumn), u"02.05.25 16:12"_s);
    QCOMPARE(display(0, CustomerTableModel::UpdatedColumn), u"03.05.25 16:12"_s);

    QCOMPARE(display(1, CustomerTableModel::NameColumn), QString());
    QCOMPARE(display(1, CustomerTableModel::StatusColumn), u"Deleted"_s);
    QCOMPARE(display(1, CustomerTableModel::TagsColumn), QString());
    QCOMPARE(display(1, CustomerTableModel::CreatedColumn), u"31.12.24 23:05"_s);
}

void TestCustomerTableModel::referralDisplay() {
    m_model->setProgramKind(ProgramKind::ReferAFriend);
    Customer maria = referralCustomer(u"raf_0001"_s, u"Maria"_s, u"Schmidt"_s);
    maria.referralsCount = 1234;
    Customer omar = referralCustomer(u"raf_0002"_s, u"Omar"_s, QString());
    omar.approved = false;
    omar.status = u"archived"_s;
    omar.referringCustomer =
        CustomerRef{QString(), u"raf_0001"_s, QString(), u"Maria"_s, u"Schmidt"_s};
    Customer unknown = referralCustomer(u"raf_0003"_s, QString(), QString());
    unknown.approved.reset();
    unknown.referralsCount = -1;
    unknown.status = u"on-hold"_s;
    unknown.referringCustomer =
        CustomerRef{QString(), u"raf_0009"_s, QString(), QString(), QString()};
    m_model->setPage(pageOf({maria, omar, unknown}));

    const auto display = [this](int row, CustomerTableModel::Column column) {
        return m_model->index(row, m_model->sectionOf(column)).data().toString();
    };
    QCOMPARE(display(0, CustomerTableModel::IdColumn), u"raf_0001"_s);
    QCOMPARE(display(0, CustomerTableModel::ReferredByColumn), QString());
    QCOMPARE(display(0, CustomerTableModel::ReferralsColumn), u"1.234"_s); // German grouping
    QCOMPARE(display(0, CustomerTableModel::ApprovedColumn), u"Yes"_s);
    QCOMPARE(display(0, CustomerTableModel::CreatedColumn), u"01.03.25 08:00"_s);

    QCOMPARE(display(1, CustomerTableModel::NameColumn), u"Omar"_s);
    QCOMPARE(display(1, CustomerTableModel::ReferredByColumn), u"Maria Schmidt"_s);
    QCOMPARE(display(1, CustomerTableModel::ReferralsColumn), u"0"_s);
    QCOMPARE(display(1, CustomerTableModel::ApprovedColumn), u"No"_s);
    QCOMPARE(display(1, CustomerTableModel::StatusColumn), u"Archived"_s);

    // Not given stays blank rather than pretending to be "No" or "0"; unknown words pass.
    QCOMPARE(display(2, CustomerTableModel::ApprovedColumn), QString());
    QCOMPARE(display(2, CustomerTableModel::ReferralsColumn), QString());
    QCOMPARE(display(2, CustomerTableModel::StatusColumn), u"on-hold"_s);
    QCOMPARE(display(2, CustomerTableModel::ReferredByColumn), u"raf_0009"_s);
}

void TestCustomerTableModel::rightToLeftNamesAsGiven() {
    m_model->setProgramKind(ProgramKind::ReferAFriend);
    const QString name = u"عمر"_s;
    const QString surname = u"الفاروق"_s;
    Customer rtl = referralCustomer(u"raf_0002"_s, name, surname);
    m_model->setPage(pageOf({rtl}));
    const QModelIndex cell = m_model->index(0, m_model->sectionOf(CustomerTableModel::NameColumn));
    // Exactly the letters given, in logical order, with no direction marks added.
    QCOMPARE(cell.data().toString(), QString(name + u' ' + surname));
    QCOMPARE(cell.data(CustomerTableModel::SortRole).toString(), QString(name + u' ' + surname));
}

void TestCustomerTableModel::sortRoleIsRaw() {
    m_model->setProgramKind(ProgramKind::ReferAFriend);
    Customer c = referralCustomer(u"raf_0001"_s, u"Maria"_s, u"Schmidt"_s);
    c.referralsCount = 1234;
    m_model->setPage(pageOf({c}));
    const auto sort = [this](CustomerTableModel::Column column) {
        return m_model->index(0, m_model->sectionOf(column)).data(CustomerTableModel::SortRole);
    };
    QCOMPARE(sort(CustomerTableModel::ReferralsColumn), QVariant(1234));
    QCOMPARE(sort(CustomerTableModel::CreatedColumn), QVariant(utc(2025, 3, 1, 8, 0)));
    QCOMPARE(sort(CustomerTableModel::CreatedColumn).typeId(), QMetaType::QDateTime);
    QCOMPARE(sort(CustomerTableModel::ApprovedColumn), QVariant(1));
    QCOMPARE(sort(CustomerTableModel::StatusColumn), QVariant(u"active"_s));
    QCOMPARE(sort(CustomerTableModel::NameColumn), QVariant(u"Maria Schmidt"_s));
}

void TestCustomerTableModel::proxySortsByRawValue() {
    m_model->setProgramKind(ProgramKind::ReferAFriend);
    // Display strings "10.01.24" < "31.12.24" < "02.05.25" would sort wrongly as text, and
    // "9" > "10" as text too.
    Customer a = referralCustomer(u"a"_s, u"A"_s, QString());
    a.createdAt = utc(2025, 5, 2, 0, 0);
    a.referralsCount = 9;
    Customer b = referralCustomer(u"b"_s, u"B"_s, QString());
    b.createdAt = utc(2024, 1, 10, 0, 0);
    b.referralsCount = 10;
    Customer c = referralCustomer(u"c"_s, u"C"_s, QString());
    c.createdAt = utc(2024, 12, 31, 0, 0);
    c.referralsCount = 100;
    m_model->setPage(pageOf({a, b, c}));

    QSortFilterProxyModel proxy;
    proxy.setSourceModel(m_model);
    proxy.setSortRole(CustomerTableModel::SortRole);
    const auto order = [&proxy, this] {
        QString ids;
        const int idColumn = m_model->sectionOf(CustomerTableModel::IdColumn);
        for (int row = 0; row < proxy.rowCount(); ++row)
            ids += proxy.index(row, idColumn).data().toString();
        return ids;
    };
    proxy.sort(m_model->sectionOf(CustomerTableModel::CreatedColumn), Qt::AscendingOrder);
    QCOMPARE(order(), u"bca"_s);
    proxy.sort(m_model->sectionOf(CustomerTableModel::ReferralsColumn), Qt::DescendingOrder);
    QCOMPARE(order(), u"cba"_s);
}

void TestCustomerTableModel::customerAndIdentifierRoles() {
    m_model->setProgramKind(ProgramKind::Affiliate);
    m_model->setPage(
        pageOf({affiliateCustomer(u"customer_123"_s, u"Alice"_s, utc(2025, 5, 2, 16, 12))}));
    const QModelIndex cell = m_model->index(0, 2);
    const QVariant value = cell.data(CustomerTableModel::CustomerRole);
    QVERIFY(value.canConvert<Customer>());
    QCOMPARE(value.value<Customer>().email, u"customer_123@example.com"_s);
    QCOMPARE(value.value<Customer>().tags, (QStringList{u"premium"_s, u"vip"_s}));
    QCOMPARE(cell.data(CustomerTableModel::IdentifierRole), QVariant(u"customer_123"_s));
    QCOMPARE(m_model->roleNames().value(CustomerTableModel::SortRole), "sort"_ba);
    QCOMPARE(m_model->roleNames().value(CustomerTableModel::CustomerRole), "customer"_ba);
}

void TestCustomerTableModel::toolTips() {
    m_model->setProgramKind(ProgramKind::ReferAFriend);
    Customer omar = referralCustomer(u"raf_0002"_s, u"Omar"_s, u"Farooq"_s);
    omar.referringCustomer =
        CustomerRef{QString(), u"raf_0001"_s, QString(), u"Maria"_s, u"Schmidt"_s};
    omar.referralsCount = 2;
    m_model->setPage(pageOf({omar, referralCustomer(u"raf_0003"_s, QString(), QString())}));
    const auto tip = [this](int row, CustomerTableModel::Column column) {
        return m_model->index(row, m_model->sectionOf(column)).data(Qt::ToolTipRole).toString();
    };
    QCOMPARE(tip(0, CustomerTableModel::NameColumn), u"Omar Farooq\nraf_0002@example.org"_s);
    QCOMPARE(tip(0, CustomerTableModel::ReferredByColumn), u"Maria Schmidt (raf_0001)"_s);
    QCOMPARE(tip(0, CustomerTableModel::ReferralsColumn), u"Referred 2 customers"_s);
    QVERIFY(tip(0, CustomerTableModel::CreatedColumn).contains(u"2025"_s));
    QCOMPARE(tip(1, CustomerTableModel::NameColumn), u"raf_0003@example.org"_s);
    QCOMPARE(tip(1, CustomerTableModel::ReferredByColumn), u"Not referred by another customer"_s);
}

void TestCustomerTableModel::numbersAlignRight() {
    m_model->setProgramKind(ProgramKind::ReferAFriend);
    m_model->setPage(pageOf({referralCustomer(u"raf_0001"_s, u"M"_s, QString())}));
    const int referrals = m_model->sectionOf(CustomerTableModel::ReferralsColumn);
    const QVariant alignment = m_model->index(0, referrals).data(Qt::TextAlignmentRole);
    QCOMPARE(alignment.value<Qt::Alignment>(), Qt::AlignRight | Qt::AlignVCenter);
    QCOMPARE(m_model->headerData(referrals, Qt::Horizontal, Qt::TextAlignmentRole)
                 .value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);
    const int name = m_model->sectionOf(CustomerTableModel::NameColumn);
    QVERIFY(!m_model->index(0, name).data(Qt::TextAlignmentRole).isValid());
}

void TestCustomerTableModel::rowOfIdentifier() {
    m_model->setProgramKind(ProgramKind::ReferAFriend);
    Customer keyed = referralCustomer(u"raf_0002"_s, u"K"_s, QString());
    keyed.key = u"key_0002"_s; // a key, when given, is the identifier
    m_model->setPage(pageOf({referralCustomer(u"raf_0001"_s, u"M"_s, QString()), keyed,
                             referralCustomer(u"raf_0003"_s, u"L"_s, QString())}));
    QCOMPARE(m_model->rowOfIdentifier(u"raf_0001"_s), 0);
    QCOMPARE(m_model->rowOfIdentifier(u"key_0002"_s), 1);
    QCOMPARE(m_model->rowOfIdentifier(u"raf_0003"_s), 2);
    QCOMPARE(m_model->rowOfIdentifier(u"raf_9999"_s), -1);
    QCOMPARE(m_model->rowOfIdentifier(QString()), -1);

    m_model->setPage(pageOf({referralCustomer(u"raf_0003"_s, u"L"_s, QString())}));
    QCOMPARE(m_model->rowOfIdentifier(u"raf_0003"_s), 0);
    QCOMPARE(m_model->rowOfIdentifier(u"raf_0001"_s), -1);
}

void TestCustomerTableModel::updateCustomerChangesOneRow() {
    m_model->setProgramKind(ProgramKind::Affiliate);
    m_model->setPage(pageOf({affiliateCustomer(u"a"_s, u"Ann"_s, utc(2025, 1, 1, 0, 0)),
                             affiliateCustomer(u"b"_s, u"Bob"_s, utc(2025, 1, 2, 0, 0)),
                             affiliateCustomer(u"c"_s, u"Cem"_s, utc(2025, 1, 3, 0, 0))}));
    QSignalSpy changes(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(m_model, &QAbstractItemModel::layoutChanged);

    Customer edited = m_model->customerAt(1);
    edited.name = u"Robert"_s;
    edited.tags = {};
    edited.status = u"suspended"_s;
    QVERIFY(m_model->updateCustomer(edited));

    QCOMPARE(changes.count(), 1);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(layout.count(), 0);
    const QModelIndex topLeft = changes.first().at(0).toModelIndex();
    const QModelIndex bottomRight = changes.first().at(1).toModelIndex();
    QCOMPARE(topLeft, m_model->index(1, 0));
    QCOMPARE(bottomRight, m_model->index(1, m_model->columnCount() - 1));
    QCOMPARE(m_model->index(1, m_model->sectionOf(CustomerTableModel::NameColumn)).data(),
             QVariant(u"Robert Brown"_s));
    QCOMPARE(m_model->index(1, m_model->sectionOf(CustomerTableModel::StatusColumn)).data(),
             QVariant(u"Suspended"_s));
    QCOMPARE(m_model->index(1, m_model->sectionOf(CustomerTableModel::TagsColumn)).data(),
             QVariant(QString()));
    QCOMPARE(m_model->customerAt(0).name, u"Ann"_s);
    QCOMPARE(m_model->customerAt(2).name, u"Cem"_s);

    // A customer not on this page changes nothing.
    QVERIFY(!m_model->updateCustomer(affiliateCustomer(u"zz"_s, u"Zed"_s, QDateTime())));
    QCOMPARE(changes.count(), 1);
    QCOMPARE(m_model->rowCount(), 3);
}

void TestCustomerTableModel::replaceCustomerWithNewKey() {
    m_model->setProgramKind(ProgramKind::Affiliate);
    m_model->setPage(pageOf({affiliateCustomer(u"a"_s, u"Ann"_s, utc(2025, 1, 1, 0, 0)),
                             affiliateCustomer(u"b"_s, u"Bob"_s, utc(2025, 1, 2, 0, 0))}));
    QSignalSpy changes(m_model, &QAbstractItemModel::dataChanged);
    Customer renamed = m_model->customerAt(1);
    renamed.key = u"b_new"_s;
    QVERIFY(m_model->replaceCustomer(u"b"_s, renamed));
    QCOMPARE(changes.count(), 1);
    QCOMPARE(changes.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(m_model->rowOfIdentifier(u"b"_s), -1);
    QCOMPARE(m_model->rowOfIdentifier(u"b_new"_s), 1);
    QCOMPARE(m_model->index(1, m_model->sectionOf(CustomerTableModel::KeyColumn)).data(),
             QVariant(u"b_new"_s));
}

void TestCustomerTableModel::removeCustomer() {
    m_model->setProgramKind(ProgramKind::Affiliate);
    m_model->setPage(pageOf({affiliateCustomer(u"a"_s, u"Ann"_s, utc(2025, 1, 1, 0, 0)),
                             affiliateCustomer(u"b"_s, u"Bob"_s, utc(2025, 1, 2, 0, 0)),
                             affiliateCustomer(u"c"_s, u"Cem"_s, utc(2025, 1, 3, 0, 0))}));
    QSignalSpy aboutToRemove(m_model, &QAbstractItemModel::rowsAboutToBeRemoved);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);

    QVERIFY(m_model->removeCustomer(u"b"_s));
    QCOMPARE(aboutToRemove.count(), 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(removed.first().at(1).toInt(), 1);
    QCOMPARE(removed.first().at(2).toInt(), 1);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->rowOfIdentifier(u"a"_s), 0);
    QCOMPARE(m_model->rowOfIdentifier(u"b"_s), -1);
    QCOMPARE(m_model->rowOfIdentifier(u"c"_s), 1); // moved up with its row
    QCOMPARE(m_model->customerAt(1).key, u"c"_s);

    QVERIFY(!m_model->removeCustomer(u"b"_s));
    QCOMPARE(removed.count(), 1);

    QVERIFY(m_model->removeCustomer(u"a"_s));
    QVERIFY(m_model->removeCustomer(u"c"_s));
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(removed.count(), 3);
}

void TestCustomerTableModel::mappedSandboxPage() {
    QFile file(QStringLiteral(PARTNERO_FIXTURES_DIR "/api/sandbox-raf-customer-list.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    Page<Customer> page;
    QVERIFY(!JsonMapping::readCustomerPage(doc, page));
    m_model->setProgramKind(JsonMapping::kindFromCustomerShape(doc));
    QCOMPARE(m_model->programKind(), ProgramKind::ReferAFriend);
    m_model->setPage(page);
    QCOMPARE(m_model->rowCount(), 2);
    const int row = m_model->rowOfIdentifier(u"raf_0002"_s);
    QCOMPARE(row, 1);
    QCOMPARE(m_model->index(row, m_model->sectionOf(CustomerTableModel::ReferredByColumn)).data(),
             QVariant(u"Maria Schmidt"_s));
    QCOMPARE(m_model->index(row, m_model->sectionOf(CustomerTableModel::StatusColumn)).data(),
             QVariant(u"Archived"_s));
    QCOMPARE(m_model->index(0, m_model->sectionOf(CustomerTableModel::ReferralsColumn)).data(),
             QVariant(u"3"_s));
}

QTEST_GUILESS_MAIN(TestCustomerTableModel)
#include "tst_customertablemodel.moc"

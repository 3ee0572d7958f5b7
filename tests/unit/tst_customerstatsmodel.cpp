// SPDX-License-Identifier: GPL-3.0-or-later
// CustomerStatsModel: known statistics first with readable labels, the rest as the server
// sent them, money and counts in the locale's format.
#include "models/customerstatsmodel.h"
#include "models/jsonmapping.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestCustomerStatsModel final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void sandboxStats();
    void labels_data();
    void labels();
    void missingCountsLeaveNoRow();

private:
    QString display(const QString &key, int column) const {
        return m_model->index(m_model->rowOfKey(key), column).data().toString();
    }

    CustomerStatsModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestCustomerStatsModel::initTestCase() {
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
}

void TestCustomerStatsModel::init() {
    m_model = new CustomerStatsModel(this);
    m_tester = new QAbstractItemModelTester(
        m_model, QAbstractItemModelTester::FailureReportingMode::Fatal, this);
}

void TestCustomerStatsModel::cleanup() {
    delete m_tester;
    m_tester = nullptr;
    delete m_model;
    m_model = nullptr;
}

void TestCustomerStatsModel::sandboxStats() {
    QFile file(QStringLiteral(PARTNERO_FIXTURES_DIR "/api/sandbox-stats.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    CustomerStats stats;
    QVERIFY(!JsonMapping::readStats(QJsonDocument::fromJson(file.readAll()), stats));
    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    m_model->setStats(stats);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(m_model->rowCount(), 6); // clicks, referrals, signups, paid accounts, 2 revenues
    QCOMPARE(m_model->rowOfKey(u"clicks"_s), 0);
    QCOMPARE(m_model->rowOfKey(u"referrals_count"_s), 1);
    QCOMPARE(display(u"clicks"_s, 0), u"Clicks"_s);
    QCOMPARE(display(u"clicks"_s, 1), u"42"_s);
    QCOMPARE(display(u"referrals_count"_s, 0), u"Referrals"_s);
    QCOMPARE(display(u"paid_accounts"_s, 0), u"Paid accounts"_s);
    QCOMPARE(display(u"revenue.USD"_s, 0), u"Revenue (USD)"_s);
    QCOMPARE(display(u"revenue.USD"_s, 1), QString(u"120,50"_s + QChar(0x00A0) + u"USD"_s));
    const QModelIndex revenue = m_model->index(m_model->rowOfKey(u"revenue.EUR"_s), 1);
    QCOMPARE(revenue.data(CustomerStatsModel::SortRole), QVariant(15.0));
    QCOMPARE(revenue.data(CustomerStatsModel::KeyRole), QVariant(u"revenue.EUR"_s));
    QCOMPARE(revenue.data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);
    QCOMPARE(m_model->stats().shareLinks.size(), 5); // offered as links, not rows
    QCOMPARE(m_model->rowOfKey(u"social_share_links"_s), -1);
}

void TestCustomerStatsModel::labels_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("label");
    QTest::newRow("known") << u"signups"_s << u"Sign-ups"_s;
    QTest::newRow("unknown") << u"lifetime_value"_s << u"Lifetime value"_s;
    QTest::newRow("nested") << u"commissions.pending[0].amount"_s
                            << u"Commissions (pending[0] amount)"_s;
}

void TestCustomerStatsModel::labels() {
    QFETCH(QString, key);
    QFETCH(QString, label);
    QCOMPARE(CustomerStatsModel::labelFor(key), label);
}

void TestCustomerStatsModel::missingCountsLeaveNoRow() {
    CustomerStats stats;
    stats.other = {{u"tier"_s, u"gold"_s}, {u"sales_count"_s, u"1234"_s}};
    m_model->setStats(stats);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->rowOfKey(u"clicks"_s), -1);
    QCOMPARE(display(u"tier"_s, 1), u"gold"_s);
    QCOMPARE(display(u"sales_count"_s, 0), u"Sales"_s);
    QCOMPARE(display(u"sales_count"_s, 1), u"1.234"_s);
    QVERIFY(!m_model->index(0, 1).data(Qt::TextAlignmentRole).isValid());
}

QTEST_GUILESS_MAIN(TestCustomerStatsModel)
#include "tst_customerstatsmodel.moc"

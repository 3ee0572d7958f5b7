// SPDX-License-Identifier: GPL-3.0-or-later
// BalanceModel: one row per currency or unit, amounts as people read them, one reset per set.
#include "models/balancemodel.h"
#include "models/jsonmapping.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestBalanceModel final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void sandboxBalance();
    void replacesInOneReset();

private:
    BalanceModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestBalanceModel::initTestCase() {
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
}

void TestBalanceModel::init() {
    m_model = new BalanceModel(this);
    m_tester = new QAbstractItemModelTester(
        m_model, QAbstractItemModelTester::FailureReportingMode::Fatal, this);
}

void TestBalanceModel::cleanup() {
    delete m_tester;
    m_tester = nullptr;
    delete m_model;
    m_model = nullptr;
}

void TestBalanceModel::sandboxBalance() {
    QFile file(QStringLiteral(PARTNERO_FIXTURES_DIR "/api/sandbox-balance.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    Balance balance;
    QVERIFY(!JsonMapping::readBalance(QJsonDocument::fromJson(file.readAll()), balance));
    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    m_model->setBalance(balance);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->columnCount(), 2);
    QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(), u"Currency or unit"_s);
    QCOMPARE(m_model->headerData(1, Qt::Horizontal).toString(), u"Balance"_s);

    const QString nbsp(QChar(0x00A0));
    QCOMPARE(m_model->index(0, BalanceModel::UnitsColumn).data().toString(), u"USD"_s);
    QCOMPARE(m_model->index(0, BalanceModel::AmountColumn).data().toString(),
             QString(u"3,00"_s + nbsp + u"USD"_s));
    QCOMPARE(m_model->index(1, BalanceModel::AmountColumn).data().toString(),
             QString(u"12,50"_s + nbsp + u"EUR"_s));
    QCOMPARE(m_model->index(2, BalanceModel::AmountColumn).data().toString(),
             QString(u"120"_s + nbsp + u"points"_s));
    QCOMPARE(m_model->index(2, BalanceModel::UnitsColumn).data(Qt::ToolTipRole).toString(),
             u"Reward units, not money"_s);
    QCOMPARE(m_model->index(1, BalanceModel::AmountColumn).data(BalanceModel::SortRole),
             QVariant(12.5));
    QCOMPARE(m_model->index(2, 0).data(BalanceModel::EntryRole).value<BalanceEntry>().isCurrency,
             false);
    QCOMPARE(m_model->rowOfUnits(u"eur"_s), 1);
    QCOMPARE(m_model->rowOfUnits(u"GBP"_s), -1);
    QCOMPARE(m_model->balance().customer->displayName(), u"Maria Schmidt"_s);
}

void TestBalanceModel::replacesInOneReset() {
    Balance first;
    first.entries = {BalanceEntry{3, u"USD"_s, true}, BalanceEntry{1, u"EUR"_s, true}};
    m_model->setBalance(first);
    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(m_model, &QAbstractItemModel::rowsInserted);
    Balance credited;
    credited.entries = {BalanceEntry{13, u"USD"_s, true}};
    m_model->setBalance(credited);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(inserts.count(), 0);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->entryAt(0).amount, 13.0);
}

QTEST_GUILESS_MAIN(TestBalanceModel)
#include "tst_balancemodel.moc"

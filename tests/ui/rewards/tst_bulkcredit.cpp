// SPDX-License-Identifier: GPL-3.0-or-later
// Bulk credits against a private sandbox: the preview flags every bad row and holds back
// repeats; valid rows are sent one by one and the server's balances change by exactly the
// amounts; an unknown outcome stops and asks; cancel stops after the credit on its way; the
// results export as CSV.

#include "app/bulk/csvreader.h"
#include "tests/ui/rewards/rewardstest.h"
#include "ui/rewards/bulkcreditdialog.h"
#include "ui/widgets/messagebox.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace RewardsTest;
using Result = BulkCreditDialog::RowResult;

namespace {

Customer customer(const QString &id, const QString &name, const QString &surname) {
    Customer c;
    c.id = id;
    c.name = name;
    c.surname = surname;
    return c;
}

const QByteArray MixedCsv = "customer,amount,units,reason\n"       // line 1
                            "ada_lovelace,5,USD,Goodwill\n"        // 2 ready
                            "grace_hopper,2.5,usd,\n"              // 3 needs the shared reason
                            "ada_lovelace,abc,USD,x\n"             // 4 not a number
                            "grace_hopper,0,USD,x\n"               // 5 zero
                            "ada_lovelace,1.234,USD,x\n"           // 6 three decimals
                            "grace_hopper,1.5,points,x\n"          // 7 fractional points
                            ",3,USD,x\n"                           // 8 no customer
                            "ada@example.com,1.50,EUR,By e-mail\n" // 9 ready (found by e-mail)
                            "nobody@example.org,1,USD,x\n"         // 10 ready, fails: no customer
                            "ada_lovelace,5,USD,Again\n"_ba;       // 11 repeats line 2

int lineOf(const BulkCreditDialog &dialog, int line) {
    for (int i = 0; i < dialog.rows().size(); ++i) {
        if (dialog.rows().at(i).sourceLine == line)
            return i;
    }
    return -1;
}

} // namespace

class TestBulkCredit : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void previewFlagsBadRows();
    void binaryFileIsRefusedAndLatin1IsRead();
    void sendsValidRowsOneByOne();
    void selectedCustomersShareTheAmount();
    void unknownOutcomeAsksAndNeverResends();
    void cancelStopsAfterTheCreditOnItsWay();
    void refusedRowIsRetriedOnlyOnRequest();

private:
    QString writeCsv(const QByteArray &bytes);
    int creditPosts(const QString &id) {
        return m_sandbox.countRequests(u"POST"_s, u"/v1/customers/"_s + id + u"/balance/credit"_s);
    }

    SandboxProcess m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<Session> m_session;
};

void TestBulkCredit::initTestCase() {
    QVERIFY2(m_sandbox.start({u"--customers"_s, u"30"_s}), qPrintable(m_sandbox.errorString()));
}

void TestBulkCredit::init() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_sandbox.reset());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_journal = std::make_unique<Journal>(m_dir->filePath(u"journal.jsonl"_s));
    m_session = makeSession(m_sandbox, m_journal.get());
}

void TestBulkCredit::cleanup() {
    m_session.reset();
    m_journal.reset();
    m_dir.reset();
}

QString TestBulkCredit::writeCsv(const QByteArray &bytes) {
    const QString path = m_dir->filePath(u"credits.csv"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestBulkCredit::previewFlagsBadRows() {
    BulkCreditDialog dialog(m_session.get(), {});
    QVERIFY(dialog.loadCsv(writeCsv(MixedCsv)));
    QCOMPARE(dialog.rows().size(), 10);
    const auto row = [&dialog](int line) {
        return dialog.rows().at(lineOf(dialog, line));
    };
    QCOMPARE(row(2).result, Result::NotSent);
    QCOMPARE(row(2).amount, 5.0);
    QCOMPARE(row(3).result, Result::Invalid);
    QVERIFY(row(3).problem.contains(u"reason"_s));
    QCOMPARE(row(3).units, u"USD"_s); // a currency code is upper-cased
    QVERIFY(row(4).problem.contains(u"number"_s));
    QVERIFY(row(5).problem.contains(u"more than zero"_s));
    QVERIFY(row(6).problem.contains(u"two decimals"_s));
    QVERIFY(row(7).problem.contains(u"Whole numbers"_s));
    QVERIFY(!row(7).isCurrency);
    QVERIFY(row(8).problem.contains(u"customer"_s));
    QCOMPARE(row(9).result, Result::NotSent);
    QCOMPARE(row(9).amount, 1.5);
    QCOMPARE(row(10).result, Result::NotSent);
    QCOMPARE(row(11).result, Result::Held);
    QVERIFY(row(11).repeat.contains(u"line 2"_s));
    QCOMPARE(dialog.sendableCount(), 3);

    // The shared reason fills the rows without one; allowing repeats releases line 11.
    QTest::keyClicks(child<QLineEdit>(&dialog, "reasonEdit"), u"Spring campaign"_s);
    QCOMPARE(row(3).result, Result::NotSent);
    QCOMPARE(row(3).reason, u"Spring campaign"_s);
    QCOMPARE(row(2).reason, u"Goodwill"_s);
    QCOMPARE(dialog.sendableCount(), 4);
    child<QCheckBox>(&dialog, "allowRepeatsCheck")->setChecked(true);
    QCOMPARE(row(11).result, Result::NotSent);
    QCOMPARE(dialog.sendableCount(), 5);
    child<QCheckBox>(&dialog, "allowRepeatsCheck")->setChecked(false);

    const QString summary = child<QLabel>(&dialog, "summaryLabel")->text();
    QVERIFY2(summary.contains(u"4 ready"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"5 with problems"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"1 repeat held back"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"8.50\u00A0USD"_s), qPrintable(summary)); // 5 + 2.5 + 1
    QCOMPARE(child<QPushButton>(&dialog, "startButton")->text(), u"Credit 4 customers…"_s);
    dialog.show();
    saveWidgetShot(&dialog, u"bulk-credit-preview.png"_s);
    QCOMPARE(m_sandbox.countRequests(u"POST"_s, u"/v1/customers/"_s), 0);
}

// A file that is not text gives a sentence and no rows; a list saved by an older spreadsheet
// in Windows-1252 is read as such, and the dialog says which encoding it used.
void TestBulkCredit::binaryFileIsRefusedAndLatin1IsRead() {
    BulkCreditDialog dialog(m_session.get(), {});
    dialog.show();
    QByteArray noise(8192, Qt::Uninitialized);
    QRandomGenerator random(3);
    for (char &byte : noise)
        byte = char(random.bounded(256));
    QVERIFY(!dialog.loadCsv(writeCsv(noise)));
    const auto *problem = child<QLabel>(&dialog, "fileProblem");
    QVERIFY2(problem->text().contains(u"is not a text file"_s), qPrintable(problem->text()));
    QVERIFY(dialog.rows().isEmpty());
    QVERIFY(!child<QPushButton>(&dialog, "startButton")->isEnabled());

    QVERIFY(dialog.loadCsv(writeCsv("customer;amount;units;reason\r\n"
                                    "ada_lovelace;5;EUR;Pr\xE4mie f\xFCr M\xE4rz \x80\r\n"_ba)));
    QCOMPARE(dialog.rows().size(), 1);
    QCOMPARE(dialog.rows().first().reasonText, u"Prämie für März €"_s);
    QCOMPARE(child<QComboBox>(&dialog, "encodingCombo")->currentText(),
             u"Windows-1252 (Latin-1)"_s);
    QVERIFY(child<QLabel>(&dialog, "encodingNote")->text().contains(u"not valid UTF-8"_s));
}

void TestBulkCredit::sendsValidRowsOneByOne() {
    const auto adaBefore = readBalance(m_session.get(), u"ada_lovelace"_s);
    const auto graceBefore = readBalance(m_session.get(), u"grace_hopper"_s);
    QVERIFY(adaBefore && graceBefore);
    const QString csv = writeCsv(MixedCsv);
    BulkCreditDialog dialog(m_session.get(), {});
    // The rows' model stays consistent through loading, checking and the whole run.
    QAbstractItemModelTester tester(child<QTableView>(&dialog, "runTable")->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.show();
    QVERIFY(dialog.loadCsv(csv));
    QTest::keyClicks(child<QLineEdit>(&dialog, "reasonEdit"), u"Spring campaign"_s);
    QSignalSpy credited(&dialog, &BulkCreditDialog::credited);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(&dialog, "startButton"), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(u"Credit 4 customers now?"_s));
    QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), BulkCreditDialog::Stage::Finished, 20000);
    saveWidgetShot(&dialog, u"bulk-credit-done.png"_s);

    const auto row = [&dialog](int line) {
        return dialog.rows().at(lineOf(dialog, line));
    };
    QCOMPARE(row(2).result, Result::Credited);
    QCOMPARE(*row(2).before, amountIn(*adaBefore, u"USD"_s));
    QCOMPARE(*row(2).after, amountIn(*adaBefore, u"USD"_s) + 5);
    QCOMPARE(row(3).result, Result::Credited);
    QCOMPARE(row(9).result, Result::Credited);
    QCOMPARE(row(9).identifier, u"ada_lovelace"_s); // found by e-mail
    QCOMPARE(row(10).result, Result::Failed);
    QVERIFY(row(10).detail.contains(u"No customer"_s));
    QCOMPARE(row(11).result, Result::Held);
    QCOMPARE(credited.size(), 3);

    // The server: exactly these credits, once each.
    QCOMPARE(creditPosts(u"ada_lovelace"_s), 2);
    QCOMPARE(creditPosts(u"grace_hopper"_s), 1);
    const auto adaAfter = readBalance(m_session.get(), u"ada_lovelace"_s);
    const auto graceAfter = readBalance(m_session.get(), u"grace_hopper"_s);
    QCOMPARE(amountIn(*adaAfter, u"USD"_s), amountIn(*adaBefore, u"USD"_s) + 5);
    QCOMPARE(amountIn(*adaAfter, u"EUR"_s), amountIn(*adaBefore, u"EUR"_s) + 1.5);
    QCOMPARE(amountIn(*graceAfter, u"USD"_s), amountIn(*graceBefore, u"USD"_s) + 2.5);
    // Each with its own reason in the journal.
    QStringList reasons;
    for (const JournalEntry &entry : m_journal->entries())
        reasons << entry.operation.reason;
    QCOMPARE(reasons, (QStringList{u"Goodwill"_s, u"Spring campaign"_s, u"By e-mail"_s}));

    // The results, exported.
    const QString results = m_dir->filePath(u"results.csv"_s);
    QVERIFY(dialog.exportResults(results));
    CsvTable table;
    QVERIFY(CsvReader::readFile(results, &table, nullptr));
    QCOMPARE(table.records.size(), 11);
    QCOMPARE(table.records.at(1).mid(0, 6), (QStringList{u"2"_s, u"ada_lovelace"_s, u"5.00"_s,
                                                         u"USD"_s, u"Goodwill"_s, u"Credited"_s}));
    QCOMPARE(table.records.at(1).at(8), QLocale::c().toString(*row(2).after, 'f', 2));
    QCOMPARE(table.records.at(9).at(5), u"Failed"_s);

    // The same list again a minute later: the repeats are held back, the e-mail row too once
    // it is found to be the same customer.
    BulkCreditDialog again(m_session.get(), {});
    QVERIFY(again.loadCsv(csv));
    QTest::keyClicks(child<QLineEdit>(&again, "reasonEdit"), u"Spring campaign"_s);
    QCOMPARE(again.rows().at(lineOf(again, 2)).result, Result::Held);
    QCOMPARE(again.rows().at(lineOf(again, 3)).result, Result::Held);
    QVERIFY(again.rows().at(lineOf(again, 2)).repeat.contains(u"went through"_s));
    QVERIFY(again.startRun());
    QTRY_COMPARE_WITH_TIMEOUT(again.stage(), BulkCreditDialog::Stage::Finished, 20000);
    QCOMPARE(again.rows().at(lineOf(again, 9)).result, Result::Held);
    QCOMPARE(creditPosts(u"ada_lovelace"_s), 2);
}

void TestBulkCredit::selectedCustomersShareTheAmount() {
    const QList<Customer> selected{customer(u"ada_lovelace"_s, u"Ada"_s, u"Lovelace"_s),
                                   customer(u"grace_hopper"_s, u"Grace"_s, u"Hopper"_s)};
    const auto adaBefore = readBalance(m_session.get(), u"ada_lovelace"_s);
    BulkCreditDialog dialog(m_session.get(), selected);
    QCOMPARE(dialog.rows().size(), 2);
    QCOMPARE(dialog.sendableCount(), 0); // no amount, no reason yet
    auto *units = child<QComboBox>(&dialog, "unitsCombo");
    units->setCurrentIndex(units->findText(u"USD"_s));
    QVERIFY(units->currentIndex() >= 0);
    QTest::keyClicks(child<QLineEdit>(&dialog, "amountEdit"), u"1.25"_s);
    QTest::keyClicks(child<QLineEdit>(&dialog, "reasonEdit"), u"Promo"_s);
    QCOMPARE(dialog.sendableCount(), 2);
    QVERIFY(dialog.startRun());
    QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), BulkCreditDialog::Stage::Finished, 20000);
    QCOMPARE(dialog.rows().at(0).result, Result::Credited);
    QCOMPARE(dialog.rows().at(1).result, Result::Credited);
    const auto adaAfter = readBalance(m_session.get(), u"ada_lovelace"_s);
    QCOMPARE(amountIn(*adaAfter, u"USD"_s), amountIn(*adaBefore, u"USD"_s) + 1.25);
}

void TestBulkCredit::unknownOutcomeAsksAndNeverResends() {
    QVERIFY(m_sandbox.queueFault(u"POST"_s, u"/v1/customers/ada_lovelace/balance/credit"_s,
                                 u"drop"_s, 1));
    const auto adaBefore = readBalance(m_session.get(), u"ada_lovelace"_s);
    const QList<Customer> selected{customer(u"ada_lovelace"_s, u"Ada"_s, u"Lovelace"_s),
                                   customer(u"grace_hopper"_s, u"Grace"_s, u"Hopper"_s)};
    BulkCreditDialog dialog(m_session.get(), selected);
    auto *units = child<QComboBox>(&dialog, "unitsCombo");
    units->setCurrentIndex(units->findText(u"USD"_s));
    QTest::keyClicks(child<QLineEdit>(&dialog, "amountEdit"), u"3"_s);
    QTest::keyClicks(child<QLineEdit>(&dialog, "reasonEdit"), u"Drop"_s);
    QVERIFY(dialog.startRun());
    MessageBox::setNextAnswer(QMessageBox::Yes); // "it went through", after looking
    QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), BulkCreditDialog::Stage::Finished, 20000);
    const QString asked = MessageBox::lastText();
    QVERIFY2(asked.contains(u"may or may not"_s), qPrintable(asked));
    QVERIFY2(asked.contains(u"Balance now"_s), qPrintable(asked));
    QCOMPARE(dialog.rows().at(0).result, Result::Decided);
    QCOMPARE(*dialog.rows().at(0).after, amountIn(*adaBefore, u"USD"_s) + 3);
    QCOMPARE(dialog.rows().at(1).result, Result::Credited);
    // One request for Ada, never a second.
    QCOMPARE(creditPosts(u"ada_lovelace"_s), 1);
    const auto adaAfter = readBalance(m_session.get(), u"ada_lovelace"_s);
    QCOMPARE(amountIn(*adaAfter, u"USD"_s), amountIn(*adaBefore, u"USD"_s) + 3);
}

void TestBulkCredit::cancelStopsAfterTheCreditOnItsWay() {
    QVERIFY(m_sandbox.queueFault(u"POST"_s, u"/v1/customers/*"_s, u"latency=600"_s, 10));
    BulkCreditDialog dialog(m_session.get(), {});
    dialog.show();
    QVERIFY(dialog.loadCsv(writeCsv("ada_lovelace,1,USD,a\n"
                                    "grace_hopper,1,USD,b\n"
                                    "ada_lovelace,1,EUR,c\n"
                                    "grace_hopper,1,EUR,d\n"_ba)));
    QCOMPARE(dialog.sendableCount(), 4);
    QVERIFY(dialog.startRun());
    // Cancel while the first credit is on its way (it is journaled before it leaves).
    QTRY_COMPARE(m_journal->entries().size(), 1);
    QTest::mouseClick(child<QPushButton>(&dialog, "cancelButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), BulkCreditDialog::Stage::Finished, 20000);
    QCOMPARE(dialog.rows().at(0).result, Result::Credited); // finished, not aborted
    for (int i = 1; i < 4; ++i)
        QCOMPARE(dialog.rows().at(i).result, Result::Cancelled);
    QCOMPARE(m_sandbox.countRequests(u"POST"_s, u"/v1/customers/"_s), 1);
}

void TestBulkCredit::refusedRowIsRetriedOnlyOnRequest() {
    const QString adaPath = u"/v1/customers/ada_lovelace/balance/credit"_s;
    QVERIFY(m_sandbox.queueFault(u"POST"_s, adaPath, u"status=429;retry-after=1"_s, 1));
    const auto adaBefore = readBalance(m_session.get(), u"ada_lovelace"_s);
    const QList<Customer> selected{customer(u"ada_lovelace"_s, u"Ada"_s, u"Lovelace"_s),
                                   customer(u"grace_hopper"_s, u"Grace"_s, u"Hopper"_s)};
    BulkCreditDialog dialog(m_session.get(), selected);
    dialog.show();
    auto *units = child<QComboBox>(&dialog, "unitsCombo");
    units->setCurrentIndex(units->findText(u"USD"_s));
    QTest::keyClicks(child<QLineEdit>(&dialog, "amountEdit"), u"2"_s);
    QTest::keyClicks(child<QLineEdit>(&dialog, "reasonEdit"), u"Rate limit"_s);
    QVERIFY(dialog.startRun());
    // The queue waits as the server asked, then goes on with the next row.
    QTRY_VERIFY(child<QLabel>(&dialog, "runStatus")->text().contains(u"slow down"_s));
    QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), BulkCreditDialog::Stage::Finished, 20000);
    QCOMPARE(dialog.rows().at(0).result, Result::Failed);
    QVERIFY(dialog.rows().at(0).detail.contains(u"nothing was credited"_s));
    QCOMPARE(dialog.rows().at(1).result, Result::Credited);
    QCOMPARE(creditPosts(u"ada_lovelace"_s), 1); // refused, and not sent again on its own

    // The person sends the refused row again.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(&dialog, "retryFailedButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), BulkCreditDialog::Stage::Finished, 20000);
    QCOMPARE(dialog.rows().at(0).result, Result::Credited);
    QCOMPARE(dialog.rows().at(1).result, Result::Credited);
    QCOMPARE(creditPosts(u"ada_lovelace"_s), 2);
    QCOMPARE(creditPosts(u"grace_hopper"_s), 1);
    const auto adaAfter = readBalance(m_session.get(), u"ada_lovelace"_s);
    QCOMPARE(amountIn(*adaAfter, u"USD"_s), amountIn(*adaBefore, u"USD"_s) + 2);
}

QTEST_MAIN(TestBulkCredit)
#include "tst_bulkcredit.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The credit form against a private sandbox: the happy path (the server's balance really
// changes by exactly the amount), every validation, the double-submit lock, the warning about
// a recent identical credit (also after a restart), and the unknown outcome after a dropped
// connection or a server error (exactly one credit on the server; the person decides).

#include "app/profiles/preferences.h"
#include "tests/ui/rewards/rewardstest.h"
#include "ui/rewards/creditdialog.h"
#include "ui/widgets/messagebox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace RewardsTest;

namespace {
const QString AdaId = u"ada_lovelace"_s;
const QString CreditPath = u"/v1/customers/ada_lovelace/balance/credit"_s;

Customer ada() {
    Customer customer;
    customer.id = AdaId;
    customer.email = u"ada@example.com"_s;
    customer.name = u"Ada"_s;
    customer.surname = u"Lovelace"_s;
    return customer;
}
} // namespace

class TestCreditDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void happyPath();
    void unitsOfferCustomerCurrenciesFirst();
    void validation_data();
    void validation();
    void emptyReasonBlocksReview();
    void germanLocale();
    void doubleSubmitSendsOnce();
    void recentCreditWarning();
    void droppedConnectionAsksThePerson();
    void sendAgainOnlyAfterExplicitYes();
    void refusedCreditChangesNothing();
    void serverErrorIsUnknownNotRefused();
    void decisionsAreJournaledAndSurviveARestart();
    void decideLaterBlocksTheNextCreditUntilDecided();
    void stopWaitingLeavesAHungCredit();
    void creditLimitFromPreferences();
    void newUnitIsNamed();

private:
    // Opens a dialog for Ada and waits until the balance is read.
    std::unique_ptr<CreditDialog> openDialog();
    void fillForm(CreditDialog *dialog, const QString &amount, const QString &units,
                  const QString &reason);
    // Fills, reviews and waits until "Credit …" can be clicked.
    void reviewCredit(CreditDialog *dialog, const QString &amount, const QString &units,
                      const QString &reason);
    int creditPosts() { return m_sandbox.countRequests(u"POST"_s, CreditPath); }

    SandboxProcess m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<Session> m_session;
};

void TestCreditDialog::initTestCase() {
    QStandardPaths::setTestModeEnabled(true); // Preferences live in a throwaway QSettings
    QVERIFY2(m_sandbox.start({u"--customers"_s, u"40"_s}), qPrintable(m_sandbox.errorString()));
}

void TestCreditDialog::init() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_sandbox.reset());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_journal = std::make_unique<Journal>(m_dir->filePath(u"journal.jsonl"_s));
    m_session = makeSession(m_sandbox, m_journal.get());
}

void TestCreditDialog::cleanup() {
    QSettings().remove(u"preferences"_s);
    m_session.reset();
    m_journal.reset();
    m_dir.reset();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

std::unique_ptr<CreditDialog> TestCreditDialog::openDialog() {
    auto dialog = std::make_unique<CreditDialog>(m_session.get(), ada());
    dialog->show();
    [&] {
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    }();
    [&] {
        QTRY_COMPARE(dialog->stage(), CreditDialog::Stage::Form);
    }();
    return dialog;
}

void TestCreditDialog::fillForm(CreditDialog *dialog, const QString &amount, const QString &units,
                                const QString &reason) {
    auto *unitsCombo = child<QComboBox>(dialog, "unitsCombo");
    const int index = unitsCombo->findData(units);
    QVERIFY2(index >= 0, qPrintable(units));
    unitsCombo->setCurrentIndex(index);
    auto *amountEdit = child<QLineEdit>(dialog, "amountEdit");
    amountEdit->clear();
    QTest::keyClicks(amountEdit, amount);
    auto *reasonEdit = child<QLineEdit>(dialog, "reasonEdit");
    reasonEdit->clear();
    QTest::keyClicks(reasonEdit, reason);
}

void TestCreditDialog::reviewCredit(CreditDialog *dialog, const QString &amount,
                                    const QString &units, const QString &reason) {
    fillForm(dialog, amount, units, reason);
    auto *review = child<QPushButton>(dialog, "reviewButton");
    QVERIFY(review->isEnabled());
    QTest::mouseClick(review, Qt::LeftButton);
    QCOMPARE(dialog->stage(), CreditDialog::Stage::Confirm);
}

void TestCreditDialog::happyPath() {
    const auto before = readBalance(m_session.get(), AdaId);
    QVERIFY(before);
    const double usdBefore = amountIn(*before, u"USD"_s);
    auto dialog = openDialog();
    QVERIFY(dialog);
    QSignalSpy credited(dialog.get(), &CreditDialog::credited);
    fillForm(dialog.get(), u"12.345"_s, u"USD"_s, u"Goodwill: late payout"_s);
    saveWidgetShot(dialog.get(), u"credit-form-problem.png"_s);

    reviewCredit(dialog.get(), u"12.34"_s, u"USD"_s, u"Goodwill: late payout"_s);
    // The confirmation names the customer and shows the amount and both balances.
    QVERIFY(child<QLabel>(dialog.get(), "confirmCustomer")->text().contains(u"Ada Lovelace"_s));
    QVERIFY(child<QLabel>(dialog.get(), "confirmCustomer")->text().contains(AdaId));
    QCOMPARE(child<QLabel>(dialog.get(), "confirmAmount")->text(), u"+12.34\u00A0USD"_s);
    QCOMPARE(child<QLabel>(dialog.get(), "confirmBefore")->text(),
             QLocale().toString(usdBefore, 'f', 2) + u"\u00A0USD"_s);
    QCOMPARE(child<QLabel>(dialog.get(), "confirmAfter")->text(),
             QLocale().toString(usdBefore + 12.34, 'f', 2) + u"\u00A0USD"_s);
    QVERIFY(!child<QLabel>(dialog.get(), "recentWarning")->isVisible());

    auto *confirm = child<QPushButton>(dialog.get(), "confirmButton");
    QTRY_VERIFY(confirm->isEnabled());
    saveWidgetShot(dialog.get(), u"credit-confirm.png"_s);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_COMPARE(dialog->stage(), CreditDialog::Stage::Done);
    saveWidgetShot(dialog.get(), u"credit-done.png"_s);
    QCOMPARE(credited.size(), 1);
    const Balance reported = credited.first().at(1).value<Balance>();
    QCOMPARE(amountIn(reported, u"USD"_s), usdBefore + 12.34);

    // The server's balance changed by exactly the amount, once.
    const auto after = readBalance(m_session.get(), AdaId);
    QVERIFY(after);
    QCOMPARE(amountIn(*after, u"USD"_s), usdBefore + 12.34);
    QCOMPARE(creditPosts(), 1);

    // The reason is in the journal with the request (the API has no field for it).
    const QList<JournalEntry> entries = m_journal->entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().operation.action, u"credit"_s);
    QCOMPARE(entries.first().operation.reason, u"Goodwill: late payout"_s);
    QCOMPARE(entries.first().outcome, JournalOutcome::Succeeded);
    QCOMPARE(entries.first().operation.payload.value("amount"_L1).toDouble(), 12.34);
}

void TestCreditDialog::unitsOfferCustomerCurrenciesFirst() {
    const auto balance = readBalance(m_session.get(), AdaId);
    QVERIFY(balance);
    auto dialog = openDialog();
    dialog->setProgramCurrencies({u"eur"_s, u"GBP"_s});
    auto *units = child<QComboBox>(dialog.get(), "unitsCombo");
    QStringList offered;
    for (int i = 0; i < units->count(); ++i)
        offered << units->itemData(i).toString();
    QStringList own;
    for (const BalanceEntry &entry : balance->entries) {
        if (entry.isCurrency)
            own << entry.amountUnits;
    }
    QVERIFY(!own.isEmpty());
    QCOMPARE(offered.mid(0, own.size()), own);
    QVERIFY(offered.contains(u"EUR"_s));
    QVERIFY(offered.contains(u"GBP"_s));
    QCOMPARE(offered.last(), u"points"_s);
    QCOMPARE(offered.count(u"points"_s), 1);
}

void TestCreditDialog::validation_data() {
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("units");
    QTest::addColumn<QString>("problem");

    QTest::newRow("zero") << u"0"_s << u"USD"_s << u"more than zero"_s;
    QTest::newRow("zero with decimals") << u"0.00"_s << u"USD"_s << u"more than zero"_s;
    QTest::newRow("negative") << u"-5"_s << u"USD"_s << u"more than zero"_s;
    QTest::newRow("three decimals for USD") << u"10.505"_s << u"USD"_s << u"two decimals for USD"_s;
    QTest::newRow("fractional points") << u"1.5"_s << u"points"_s << u"Whole numbers"_s;
    QTest::newRow("comma in English") << u"10,50"_s << u"USD"_s << u"without thousands"_s;
}

void TestCreditDialog::validation() {
    QFETCH(QString, amount);
    QFETCH(QString, units);
    QFETCH(QString, problem);
    auto dialog = openDialog();
    fillForm(dialog.get(), amount, units, u"A reason"_s);
    auto *amountEdit = child<QLineEdit>(dialog.get(), "amountEdit");
    auto *problemLabel = child<QLabel>(dialog.get(), "amountProblem");
    auto *review = child<QPushButton>(dialog.get(), "reviewButton");
    // Nothing typed is dropped silently ("10,50" must not become "1050").
    QCOMPARE(amountEdit->text(), amount);
    QVERIFY2(problemLabel->isVisible(), qPrintable(amountEdit->text()));
    QVERIFY2(problemLabel->text().contains(problem), qPrintable(problemLabel->text()));
    QVERIFY(!review->isEnabled());
    // Enter does nothing either.
    QTest::keyClick(amountEdit, Qt::Key_Return);
    QCOMPARE(dialog->stage(), CreditDialog::Stage::Form);
    QCOMPARE(creditPosts(), 0);

    // Fixing the amount clears the problem and allows the review.
    amountEdit->clear();
    QTest::keyClicks(amountEdit, u"10"_s);
    QVERIFY(!problemLabel->isVisible());
    QVERIFY(review->isEnabled());
}

void TestCreditDialog::emptyReasonBlocksReview() {
    auto dialog = openDialog();
    fillForm(dialog.get(), u"5"_s, u"USD"_s, u"x"_s);
    auto *reasonEdit = child<QLineEdit>(dialog.get(), "reasonEdit");
    auto *review = child<QPushButton>(dialog.get(), "reviewButton");
    QVERIFY(review->isEnabled());
    QTest::keyClick(reasonEdit, Qt::Key_Backspace);
    QVERIFY(!review->isEnabled());
    auto *problem = child<QLabel>(dialog.get(), "reasonProblem");
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().contains(u"reason"_s));
    // Spaces are no reason.
    QTest::keyClicks(reasonEdit, u"   "_s);
    QVERIFY(!review->isEnabled());
}

void TestCreditDialog::germanLocale() {
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto before = readBalance(m_session.get(), AdaId);
    QVERIFY(before);
    auto dialog = openDialog();
    reviewCredit(dialog.get(), u"10,50"_s, u"USD"_s, u"Kulanz"_s);
    QCOMPARE(child<QLabel>(dialog.get(), "confirmAmount")->text(), u"+10,50\u00A0USD"_s);
    auto *confirm = child<QPushButton>(dialog.get(), "confirmButton");
    QTRY_VERIFY(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_COMPARE(dialog->stage(), CreditDialog::Stage::Done);
    // 10.5 reached the server, not 1050 and not 10.
    const auto after = readBalance(m_session.get(), AdaId);
    QVERIFY(after);
    QCOMPARE(amountIn(*after, u"USD"_s), amountIn(*before, u"USD"_s) + 10.5);
    QCOMPARE(m_journal->entries().first().operation.payload.value("amount"_L1).toDouble(), 10.5);

    // A dot is not the German decimal sign: refused, with the reason next to the field.
    auto second = openDialog();
    fillForm(second.get(), u"10.50"_s, u"USD"_s, u"Kulanz"_s);
    QVERIFY(!child<QPushButton>(second.get(), "reviewButton")->isEnabled());
}

void TestCreditDialog::doubleSubmitSendsOnce() {
    // The answer takes a while: long enough for a second click and an Enter to arrive.
    QVERIFY(m_sandbox.queueFault(u"POST"_s, CreditPath, u"latency=1200"_s, 5));
    auto dialog = openDialog();
    reviewCredit(dialog.get(), u"7"_s, u"USD"_s, u"Double click test"_s);
    auto *confirm = child<QPushButton>(dialog.get(), "confirmButton");
    QTRY_VERIFY(confirm->isEnabled());
    QSignalSpy credited(dialog.get(), &CreditDialog::credited);

    QTest::mouseClick(confirm, Qt::LeftButton);
    QCOMPARE(dialog->stage(), CreditDialog::Stage::Sending);
    QVERIFY(!confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTest::keyClick(dialog.get(), Qt::Key_Return);
    QTest::keyClick(dialog.get(), Qt::Key_Enter);
    // Escape and closing wait for the answer too.
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    dialog->close();
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->stage(), CreditDialog::Stage::Sending);

    QTRY_COMPARE_WITH_TIMEOUT(dialog->stage(), CreditDialog::Stage::Done, 10000);
    QCOMPARE(credited.size(), 1);
    QCOMPARE(creditPosts(), 1);
    QCOMPARE(m_journal->entries().size(), 1);
}

void TestCreditDialog::recentCreditWarning() {
    {
        auto first = openDialog();
        reviewCredit(first.get(), u"3.25"_s, u"USD"_s, u"First"_s);
        QVERIFY(!child<QLabel>(first.get(), "recentWarning")->isVisible());
        auto *confirm = child<QPushButton>(first.get(), "confirmButton");
        QTRY_VERIFY(confirm->isEnabled());
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_COMPARE(first->stage(), CreditDialog::Stage::Done);
    }

    // A restart: a new journal object on the same file, a new session.
    m_session.reset();
    m_journal = std::make_unique<Journal>(m_dir->filePath(u"journal.jsonl"_s));
    m_session = makeSession(m_sandbox, m_journal.get());

    auto second = openDialog();
    reviewCredit(second.get(), u"3.25"_s, u"USD"_s, u"Second"_s);
    auto *warning = child<QLabel>(second.get(), "recentWarning");
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(u"3.25"_s), qPrintable(warning->text()));
    QVERIFY2(warning->text().contains(u"went through"_s), qPrintable(warning->text()));
    saveWidgetShot(second.get(), u"credit-recent-warning.png"_s);
    // Confirming takes an explicit tick.
    auto *confirm = child<QPushButton>(second.get(), "confirmButton");
    auto *separate = child<QCheckBox>(second.get(), "separateCreditCheck");
    QVERIFY(!separate->isChecked());
    separate->setChecked(true);
    QTRY_VERIFY(confirm->isEnabled()); // after the arming delay
    separate->setChecked(false);
    QVERIFY(!confirm->isEnabled());
    QTest::keyClick(second.get(), Qt::Key_Return);
    QCOMPARE(second->stage(), CreditDialog::Stage::Confirm);

    // Another amount is not the same credit.
    QTest::mouseClick(child<QPushButton>(second.get(), "backButton"), Qt::LeftButton);
    QCOMPARE(second->stage(), CreditDialog::Stage::Form);
    reviewCredit(second.get(), u"3.30"_s, u"USD"_s, u"Second"_s);
    QVERIFY(!child<QLabel>(second.get(), "recentWarning")->isVisible());
    QCOMPARE(creditPosts(), 1);
}

void TestCreditDialog::droppedConnectionAsksThePerson() {
    const auto before = readBalance(m_session.get(), AdaId);
    QVERIFY(before);
    const double usdBefore = amountIn(*before, u"USD"_s);
    // The server credits, then the connection drops before the answer is complete.
    QVERIFY(m_sandbox.queueFault(u"POST"_s, CreditPath, u"drop"_s, 1));
    auto dialog = openDialog();
    QSignalSpy credited(dialog.get(), &CreditDialog::credited);
    reviewCredit(dialog.get(), u"20"_s, u"USD"_s, u"Drop test"_s);
    auto *confirm = child<QPushButton>(dialog.get(), "confirmButton");
    QTRY_VERIFY(confirm->isEnabled());
    const int balanceReadsBefore =
        m_sandbox.countRequests(u"GET"_s, u"/v1/customers/ada_lovelace/balance"_s);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->stage(), CreditDialog::Stage::Unknown, 15000);

    // Exactly one credit request reached the server; nothing was sent again on its own.
    QCOMPARE(creditPosts(), 1);
    // The balance was read again, and the person sees before / now / expected.
    QVERIFY(m_sandbox.countRequests(u"GET"_s, u"/v1/customers/ada_lovelace/balance"_s) >
            balanceReadsBefore);
    QVERIFY(child<QLabel>(dialog.get(), "bannerTitle")->text().contains(u"may or may not"_s));
    QVERIFY(
        child<QLabel>(dialog.get(), "unknownText")->text().contains(u"may have credited 20.00"_s));
    QCOMPARE(child<QLabel>(dialog.get(), "unknownBefore")->text(),
             QLocale().toString(usdBefore, 'f', 2) + u"\u00A0USD"_s);
    QCOMPARE(child<QLabel>(dialog.get(), "unknownNow")->text(),
             QLocale().toString(usdBefore + 20, 'f', 2) + u"\u00A0USD"_s);
    QVERIFY(child<QLabel>(dialog.get(), "unknownHint")->text().contains(u"would be after"_s));
    QCOMPARE(credited.size(), 0);
    saveWidgetShot(dialog.get(), u"credit-unknown.png"_s);

    // The journal knows the outcome is unknown.
    const QList<JournalEntry> entries = m_journal->entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().outcome, JournalOutcome::Unknown);

    // "Send again…" asks first; No sends nothing.
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "sendAgainButton"), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(u"credited twice"_s));
    QCOMPARE(dialog->stage(), CreditDialog::Stage::Unknown);
    // Every request is journaled before it leaves: still one entry means nothing was sent.
    QCOMPARE(m_journal->entries().size(), 1);

    // The person decides it went through.
    QTest::mouseClick(child<QPushButton>(dialog.get(), "wentThroughButton"), Qt::LeftButton);
    QCOMPARE(dialog->stage(), CreditDialog::Stage::Done);
    QCOMPARE(credited.size(), 1);
    QCOMPARE(amountIn(credited.first().at(1).value<Balance>(), u"USD"_s), usdBefore + 20);
    const auto after = readBalance(m_session.get(), AdaId);
    QVERIFY(after);
    QCOMPARE(amountIn(*after, u"USD"_s), usdBefore + 20);
    QCOMPARE(creditPosts(), 1);
}

void TestCreditDialog::sendAgainOnlyAfterExplicitYes() {
    // The connection drops; the person, having looked, decides to send again.
    QVERIFY(m_sandbox.queueFault(u"POST"_s, CreditPath, u"drop"_s, 1));
    const auto before = readBalance(m_session.get(), AdaId);
    QVERIFY(before);
    auto dialog = openDialog();
    reviewCredit(dialog.get(), u"1"_s, u"USD"_s, u"Resend test"_s);
    auto *confirm = child<QPushButton>(dialog.get(), "confirmButton");
    QTRY_VERIFY(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->stage(), CreditDialog::Stage::Unknown, 15000);
    QCOMPARE(creditPosts(), 1);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "sendAgainButton"), Qt::LeftButton);
    QTRY_COMPARE(dialog->stage(), CreditDialog::Stage::Done);
    QCOMPARE(creditPosts(), 2);
    const auto after = readBalance(m_session.get(), AdaId);
    QVERIFY(after);
    QCOMPARE(amountIn(*after, u"USD"_s), amountIn(*before, u"USD"_s) + 2);
    // The second request is in the journal as sent again, with the person's reason.
    const QList<JournalEntry> entries = m_journal->entries();
    QCOMPARE(entries.size(), 2);
    QVERIFY(entries.last().operation.reason.startsWith(u"Resend test"_s));
    QVERIFY(entries.last().operation.reason.contains(u"sent again"_s));
    // The first one is decided "sent again as" the second, by this user.
    QCOMPARE(entries.first().decision, JournalDecision::SentAgain);
    QCOMPARE(entries.first().sentAgainAs, entries.last().opId);
    QCOMPARE(entries.first().decidedBy, Journal::currentUser());
    QVERIFY(m_journal->needingDecision().isEmpty());
}

void TestCreditDialog::refusedCreditChangesNothing() {
    QVERIFY(m_sandbox.queueFault(u"POST"_s, CreditPath, u"status=429;retry-after=30"_s, 1));
    const auto before = readBalance(m_session.get(), AdaId);
    QVERIFY(before);
    auto dialog = openDialog();
    reviewCredit(dialog.get(), u"4"_s, u"USD"_s, u"Refused"_s);
    auto *confirm = child<QPushButton>(dialog.get(), "confirmButton");
    QTRY_VERIFY(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);
    // Back on the confirmation with the reason; a refusal is never sent again on its own.
    QTRY_COMPARE(dialog->stage(), CreditDialog::Stage::Confirm);
    QVERIFY(child<QLabel>(dialog.get(), "sendError")->isVisible());
    QVERIFY(child<QLabel>(dialog.get(), "sendError")->text().contains(u"not made"_s));
    QCOMPARE(m_journal->entries().size(), 1); // journaled before sending: nothing else left
    QCOMPARE(creditPosts(), 1);
    const auto after = readBalance(m_session.get(), AdaId);
    QVERIFY(after);
    QCOMPARE(amountIn(*after, u"USD"_s), amountIn(*before, u"USD"_s));
}

void TestCreditDialog::serverErrorIsUnknownNotRefused() {
    // A 500 may come after the credit was made: the dialog must not say "not made" and offer
    // the same credit again at one click.
    QVERIFY(m_sandbox.queueFault(u"POST"_s, CreditPath, u"status=500"_s, 1));
    const auto before = readBalance(m_session.get(), AdaId);
    QVERIFY(before);
    const double usdBefore = amountIn(*before, u"USD"_s);
    auto dialog = openDialog();
    QSignalSpy credited(dialog.get(), &CreditDialog::credited);
    reviewCredit(dialog.get(), u"6"_s, u"USD"_s, u"Server error"_s);
    auto *confirm = child<QPushButton>(dialog.get(), "confirmButton");
    QTRY_VERIFY(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->stage(), CreditDialog::Stage::Unknown, 15000);

    QVERIFY(child<QLabel>(dialog.get(), "bannerTitle")->text().contains(u"may or may not"_s));
    const QString unknownText = child<QLabel>(dialog.get(), "unknownText")->text();
    QVERIFY2(unknownText.contains(u"HTTP 500"_s), qPrintable(unknownText));
    QVERIFY2(unknownText.contains(u"may have credited 6.00"_s), qPrintable(unknownText));
    QVERIFY2(!unknownText.contains(u"Try again"_s), qPrintable(unknownText));
    QVERIFY(!child<QLabel>(dialog.get(), "sendError")->isVisible());
    QVERIFY(!confirm->isVisible());
    // The balance read again shows what happened (this sandbox fault does no work).
    QCOMPARE(child<QLabel>(dialog.get(), "unknownNow")->text(),
             QLocale().toString(usdBefore, 'f', 2) + u"\u00A0USD"_s);
    QVERIFY(child<QLabel>(dialog.get(), "unknownHint")->text().contains(u"same as before"_s));

    const QList<JournalEntry> entries = m_journal->entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().outcome, JournalOutcome::Unknown);
    QCOMPARE(entries.first().httpStatus, 500);

    // Sending again asks first; No sends nothing.
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "sendAgainButton"), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(u"credited twice"_s));
    QCOMPARE(dialog->stage(), CreditDialog::Stage::Unknown);
    QCOMPARE(creditPosts(), 1);
    QCOMPARE(m_journal->entries().size(), 1);
    QCOMPARE(credited.size(), 0);
}

namespace {
// Sends the reviewed credit and waits for the unknown page.
void confirmAndWaitForUnknown(CreditDialog *dialog) {
    auto *confirm = child<QPushButton>(dialog, "confirmButton");
    QTRY_VERIFY(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->stage(), CreditDialog::Stage::Unknown, 15000);
}
} // namespace

void TestCreditDialog::decisionsAreJournaledAndSurviveARestart() {
    // "It went through" after a dropped connection.
    QVERIFY(m_sandbox.queueFault(u"POST"_s, CreditPath, u"drop"_s, 1));
    {
        auto dialog = openDialog();
        reviewCredit(dialog.get(), u"7"_s, u"USD"_s, u"Went through"_s);
        confirmAndWaitForUnknown(dialog.get());
        QTest::mouseClick(child<QPushButton>(dialog.get(), "wentThroughButton"), Qt::LeftButton);
        QCOMPARE(dialog->stage(), CreditDialog::Stage::Done);
    }
    // "It was not made" after a 500 that did no work.
    QVERIFY(m_sandbox.queueFault(u"POST"_s, CreditPath, u"status=500"_s, 1));
    {
        auto dialog = openDialog();
        reviewCredit(dialog.get(), u"8"_s, u"USD"_s, u"Not made"_s);
        confirmAndWaitForUnknown(dialog.get());
        QTest::mouseClick(child<QPushButton>(dialog.get(), "notMadeButton"), Qt::LeftButton);
        QCOMPARE(dialog->stage(), CreditDialog::Stage::Done);
        QVERIFY(child<QLabel>(dialog.get(), "doneText")->text().contains(u"not made"_s));
    }
    QCOMPARE(creditPosts(), 2);

    // The next start reads both decisions, with who and when.
    const QList<JournalEntry> entries = Journal(m_journal->filePath()).entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).outcome, JournalOutcome::Unknown);
    QCOMPARE(entries.at(0).decision, JournalDecision::WentThrough);
    QVERIFY(entries.at(0).madeAsFarAsKnown());
    QCOMPARE(entries.at(1).outcome, JournalOutcome::Unknown);
    QCOMPARE(entries.at(1).httpStatus, 500);
    QCOMPARE(entries.at(1).decision, JournalDecision::NotMade);
    for (const JournalEntry &entry : entries) {
        QCOMPARE(entry.decidedBy, Journal::currentUser());
        QVERIFY(entry.decisionTime.isValid());
    }
    QVERIFY(Journal(m_journal->filePath()).needingDecision().isEmpty());
}

void TestCreditDialog::decideLaterBlocksTheNextCreditUntilDecided() {
    QVERIFY(m_sandbox.queueFault(u"POST"_s, CreditPath, u"status=502"_s, 1));
    {
        auto dialog = openDialog();
        reviewCredit(dialog.get(), u"9"_s, u"USD"_s, u"Later"_s);
        confirmAndWaitForUnknown(dialog.get());
        QTest::mouseClick(child<QPushButton>(dialog.get(), "decideLaterButton"), Qt::LeftButton);
        QVERIFY(!dialog->isVisible());
    }
    // Journaled as "later": it still needs a decision, after a restart too.
    m_session.reset();
    m_journal = std::make_unique<Journal>(m_journal->filePath());
    m_session = makeSession(m_sandbox, m_journal.get());
    const QList<JournalEntry> undecided = m_journal->needingDecision();
    QCOMPARE(undecided.size(), 1);
    QCOMPARE(undecided.first().decision, JournalDecision::Later);

    // A new credit to the same customer is blocked, with the decision one click away.
    auto dialog = openDialog();
    auto *block = child<QWidget>(dialog.get(), "blockBox");
    QVERIFY(block->isVisible());
    const QString blockText = child<QLabel>(dialog.get(), "blockText")->text();
    QVERIFY2(blockText.contains(u"9.00"_s), qPrintable(blockText));
    fillForm(dialog.get(), u"5"_s, u"USD"_s, u"Another one"_s);
    auto *review = child<QPushButton>(dialog.get(), "reviewButton");
    QVERIFY(!review->isEnabled());
    saveWidgetShot(dialog.get(), u"credit-blocked.png"_s);

    QTest::mouseClick(child<QPushButton>(dialog.get(), "blockNotMadeButton"), Qt::LeftButton);
    QVERIFY(!block->isVisible());
    QVERIFY(review->isEnabled());
    QVERIFY(m_journal->needingDecision().isEmpty());
    QCOMPARE(m_journal->entries().first().decision, JournalDecision::NotMade);
    QCOMPARE(creditPosts(), 1);
}

void TestCreditDialog::stopWaitingLeavesAHungCredit() {
    // The server takes the credit and never answers: the person can always leave.
    QVERIFY(m_sandbox.queueFault(u"POST"_s, CreditPath, u"hang"_s, 1));
    auto dialog = openDialog();
    reviewCredit(dialog.get(), u"2"_s, u"USD"_s, u"Hung"_s);
    auto *confirm = child<QPushButton>(dialog.get(), "confirmButton");
    QTRY_VERIFY(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);
    QCOMPARE(dialog->stage(), CreditDialog::Stage::Sending);
    QTRY_COMPARE(creditPosts(), 1);
    // Escape does not leave silently; "Stop waiting" does.
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QVERIFY(dialog->isVisible());
    auto *stop = child<QPushButton>(dialog.get(), "stopWaitingButton");
    QVERIFY(stop->isVisible());
    QVERIFY(stop->isEnabled());
    QTest::mouseClick(stop, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->stage(), CreditDialog::Stage::Unknown, 10000);
    QCOMPARE(creditPosts(), 1);
    const QList<JournalEntry> entries = m_journal->entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().outcome, JournalOutcome::Unknown);
    QVERIFY(entries.first().needsDecision());
    // Closing the window now is "decide later", journaled.
    dialog->reject();
    QVERIFY(!dialog->isVisible());
    QCOMPARE(m_journal->entries().first().decision, JournalDecision::Later);
}

void TestCreditDialog::creditLimitFromPreferences() {
    {
        QSettings settings;
        Preferences(&settings).setCreditLimit(u"usd"_s, 100);
    }
    auto dialog = openDialog();
    auto *review = child<QPushButton>(dialog.get(), "reviewButton");
    fillForm(dialog.get(), u"150"_s, u"USD"_s, u"Too much"_s);
    QVERIFY(!review->isEnabled());
    const QString problem = child<QLabel>(dialog.get(), "amountProblem")->text();
    QVERIFY2(problem.contains(u"at most 100.00"_s), qPrintable(problem));
    QVERIFY2(problem.contains(u"Preferences"_s), qPrintable(problem));
    fillForm(dialog.get(), u"100"_s, u"USD"_s, u"Just right"_s);
    QVERIFY(review->isEnabled());
    // Points have their own, much larger default.
    fillForm(dialog.get(), u"150"_s, u"points"_s, u"Points"_s);
    QVERIFY(review->isEnabled());
    fillForm(dialog.get(), u"1000001"_s, u"points"_s, u"Points"_s);
    QVERIFY(!review->isEnabled());
    QCOMPARE(creditPosts(), 0);
}

void TestCreditDialog::newUnitIsNamed() {
    // The seeded Ada holds US dollars only.
    const auto before = readBalance(m_session.get(), AdaId);
    QVERIFY(before);
    QVERIFY(amountIn(*before, u"USD"_s) > 0);
    QCOMPARE(amountIn(*before, u"points"_s), 0.0);
    auto dialog = openDialog();
    auto *note = child<QLabel>(dialog.get(), "newUnitNote");
    // Her own currency comes first and is no news.
    QCOMPARE(child<QComboBox>(dialog.get(), "unitsCombo")->currentData().toString(), u"USD"_s);
    QVERIFY(!note->isVisible());
    // Points would open a new balance: said, not done silently.
    fillForm(dialog.get(), u"10"_s, u"points"_s, u"Points"_s);
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(u"no points balance yet"_s), qPrintable(note->text()));
}

QTEST_MAIN(TestCreditDialog)
#include "tst_creditdialog.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The single invitation against a private sandbox: the e-mail is required and checked,
// personalization pairs reach the request, "Send" is locked until the answer, a second
// invitation to the same person is asked about, and an unknown outcome is never re-sent
// without a yes.

#include "tests/ui/rewards/rewardstest.h"
#include "ui/rewards/invitedialog.h"
#include "ui/widgets/messagebox.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace RewardsTest;

namespace {
const QString InvitePath = u"/v1/customers:invite"_s;
}

class TestInviteDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void emailIsRequiredAndChecked();
    void personalizationPairsAreSent();
    void pairProblemsBlockSending();
    void doubleSubmitSendsOnce();
    void invitingAgainIsAsked();
    void unknownOutcomeIsNotResentWithoutYes();

private:
    std::unique_ptr<InviteDialog> openDialog();
    void setPair(InviteDialog *dialog, int row, const QString &key, const QString &value);
    int invitePosts() { return m_sandbox.countRequests(u"POST"_s, InvitePath); }

    SandboxProcess m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<Session> m_session;
};

void TestInviteDialog::initTestCase() {
    QVERIFY2(m_sandbox.start({u"--customers"_s, u"20"_s}), qPrintable(m_sandbox.errorString()));
}

void TestInviteDialog::init() {
    QVERIFY(m_sandbox.reset());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_journal = std::make_unique<Journal>(m_dir->filePath(u"journal.jsonl"_s));
    m_session = makeSession(m_sandbox, m_journal.get());
}

void TestInviteDialog::cleanup() {
    m_session.reset();
    m_journal.reset();
    m_dir.reset();
}

std::unique_ptr<InviteDialog> TestInviteDialog::openDialog() {
    auto dialog = std::make_unique<InviteDialog>(m_session.get());
    dialog->show();
    [&] {
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    }();
    return dialog;
}

void TestInviteDialog::setPair(InviteDialog *dialog, int row, const QString &key,
                               const QString &value) {
    auto *table = child<QTableWidget>(dialog, "pairsTable");
    while (table->rowCount() <= row)
        QTest::mouseClick(child<QPushButton>(dialog, "addPairButton"), Qt::LeftButton);
    table->item(row, 0)->setText(key);
    table->item(row, 1)->setText(value);
}

void TestInviteDialog::emailIsRequiredAndChecked() {
    auto dialog = openDialog();
    auto *email = child<QLineEdit>(dialog.get(), "emailEdit");
    auto *send = child<QPushButton>(dialog.get(), "sendButton");
    auto *problem = child<QLabel>(dialog.get(), "emailProblem");
    QVERIFY(!send->isEnabled());
    QVERIFY(!problem->isVisible()); // nothing typed yet: no scolding

    QTest::keyClicks(email, u"jane"_s);
    QVERIFY(!send->isEnabled());
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().contains(u"not a valid"_s));
    QTest::keyClicks(email, u"@example"_s);
    QVERIFY(!send->isEnabled());
    QTest::keyClicks(email, u".com"_s);
    QVERIFY(send->isEnabled());
    QVERIFY(!problem->isVisible());

    email->selectAll();
    QTest::keyClick(email, Qt::Key_Delete);
    QVERIFY(!send->isEnabled());
    QVERIFY(problem->text().contains(u"required"_s));
    QTest::keyClick(email, Qt::Key_Return);
    QCOMPARE(invitePosts(), 0);
    QVERIFY(m_journal->entries().isEmpty());
}

void TestInviteDialog::personalizationPairsAreSent() {
    auto dialog = openDialog();
    QSignalSpy invited(dialog.get(), &InviteDialog::invited);
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "emailEdit"), u"jane.smith@example.com"_s);
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "nameEdit"), u"Jane"_s);
    setPair(dialog.get(), 0, u"coupon"_s, u"SPRING25"_s);
    setPair(dialog.get(), 1, u"plan"_s, u"Pro, yearly"_s);
    setPair(dialog.get(), 2, QString(), QString()); // an empty row is ignored
    auto *send = child<QPushButton>(dialog.get(), "sendButton");
    QVERIFY(send->isEnabled());
    saveWidgetShot(dialog.get(), u"invite-dialog.png"_s);
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_COMPARE(invited.size(), 1);
    QCOMPARE(invited.first().first().toString(), u"jane.smith@example.com"_s);
    QVERIFY(child<QLabel>(dialog.get(), "inviteResult")->text().contains(u"Invitation sent"_s));
    // Ready for the next person.
    QVERIFY(child<QLineEdit>(dialog.get(), "emailEdit")->text().isEmpty());

    // The server got one invitation for her...
    QCOMPARE(inviteCount(m_sandbox, u"jane.smith@example.com"_s), 1);
    QCOMPARE(invitePosts(), 1);
    // ...with exactly this body (the journal records what is sent, before it is sent; the
    // sandbox keeps no bodies).
    const QList<JournalEntry> entries = m_journal->entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().operation.action, u"invite"_s);
    QCOMPARE(entries.first().outcome, JournalOutcome::Succeeded);
    const QJsonObject expected{{u"email"_s, u"jane.smith@example.com"_s},
                               {u"name"_s, u"Jane"_s},
                               {u"personalization"_s, QJsonObject{{u"coupon"_s, u"SPRING25"_s},
                                                                  {u"plan"_s, u"Pro, yearly"_s}}}};
    QCOMPARE(entries.first().operation.payload, expected);
}

void TestInviteDialog::pairProblemsBlockSending() {
    auto dialog = openDialog();
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "emailEdit"), u"a@example.com"_s);
    auto *send = child<QPushButton>(dialog.get(), "sendButton");
    auto *problem = child<QLabel>(dialog.get(), "pairsProblem");
    setPair(dialog.get(), 0, QString(), u"value without a name"_s);
    QVERIFY(!send->isEnabled());
    QVERIFY(problem->text().contains(u"name"_s));
    setPair(dialog.get(), 0, u"coupon"_s, u"A"_s);
    setPair(dialog.get(), 1, u"coupon"_s, u"B"_s);
    QVERIFY(!send->isEnabled());
    QVERIFY(problem->text().contains(u"twice"_s));
    // Removing the second row fixes it.
    auto *table = child<QTableWidget>(dialog.get(), "pairsTable");
    table->selectRow(1);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "removePairButton"), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 1);
    QVERIFY(send->isEnabled());
}

void TestInviteDialog::doubleSubmitSendsOnce() {
    QVERIFY(m_sandbox.queueFault(u"POST"_s, InvitePath, u"latency=800"_s, 5));
    auto dialog = openDialog();
    QSignalSpy invited(dialog.get(), &InviteDialog::invited);
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "emailEdit"), u"once@example.com"_s);
    auto *send = child<QPushButton>(dialog.get(), "sendButton");
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY(dialog->isSending());
    QVERIFY(!send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    QTest::keyClick(dialog.get(), Qt::Key_Return);
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QVERIFY(dialog->isVisible()); // the answer must be seen
    QTRY_COMPARE(invited.size(), 1);
    QCOMPARE(invitePosts(), 1);
    QCOMPARE(inviteCount(m_sandbox, u"once@example.com"_s), 1);
}

void TestInviteDialog::invitingAgainIsAsked() {
    auto dialog = openDialog();
    QSignalSpy invited(dialog.get(), &InviteDialog::invited);
    auto *email = child<QLineEdit>(dialog.get(), "emailEdit");
    QTest::keyClicks(email, u"twice@example.com"_s);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "sendButton"), Qt::LeftButton);
    QTRY_COMPARE(invited.size(), 1);

    QTest::keyClicks(email, u"TWICE@example.com"_s);
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "sendButton"), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(u"This console invited"_s));
    QVERIFY(!dialog->isSending());
    QCOMPARE(m_journal->entries().size(), 1); // journaled before sending: nothing left
    QCOMPARE(invitePosts(), 1);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "sendButton"), Qt::LeftButton);
    QTRY_COMPARE(invited.size(), 2);
    QCOMPARE(inviteCount(m_sandbox, u"twice@example.com"_s), 2);
}

void TestInviteDialog::unknownOutcomeIsNotResentWithoutYes() {
    QVERIFY(m_sandbox.queueFault(u"POST"_s, InvitePath, u"drop"_s, 1));
    auto dialog = openDialog();
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "emailEdit"), u"maybe@example.com"_s);
    auto *send = child<QPushButton>(dialog.get(), "sendButton");
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_VERIFY(!dialog->isSending());
    auto *result = child<QLabel>(dialog.get(), "inviteResult");
    QVERIFY2(result->text().contains(u"may or may not"_s), qPrintable(result->text()));
    QCOMPARE(send->text(), u"Send again…"_s);
    QCOMPARE(invitePosts(), 1);
    QCOMPARE(m_journal->entries().first().outcome, JournalOutcome::Unknown);

    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(u"may or may not"_s));
    QCOMPARE(m_journal->entries().size(), 1);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_VERIFY(result->text().contains(u"Invitation sent"_s));
    QCOMPARE(invitePosts(), 2);
}

QTEST_MAIN(TestInviteDialog)
#include "tst_invitedialog.moc"

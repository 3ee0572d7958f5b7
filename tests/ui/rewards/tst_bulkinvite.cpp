// SPDX-License-Identifier: GPL-3.0-or-later
// Bulk invitations against a private sandbox: the preview flags bad rows; a run of 500 with
// injected 429s is killed part-way (SIGKILL, with a request on its way) and resumed in the
// dialog; every address ends up invited exactly once, counted by the sandbox. Also pause,
// resume and cancel.

#include "app/bulk/csvreader.h"
#include "tests/ui/rewards/rewardstest.h"
#include "ui/rewards/bulkinvitedialog.h"
#include "ui/widgets/messagebox.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace RewardsTest;

namespace {

const QString InvitePath = u"/v1/customers:invite"_s;

QString address(int i) {
    return u"person%1@example.org"_s.arg(i, 3, 10, QLatin1Char('0'));
}

// `count` valid, distinct addresses plus three invalid rows and two duplicates, written the
// way a German spreadsheet writes them: BOM, semicolons, CRLF, quotes around text with the
// delimiter or a line break in it.
QByteArray makeCsv(int count) {
    QByteArray csv = "\xEF\xBB\xBF"_ba + "E-Mail;Name;coupon\r\n";
    for (int i = 0; i < count; ++i) {
        QByteArray name = "Person " + QByteArray::number(i);
        if (i % 50 == 7)
            name = "\"Smith; Jr.\"";
        if (i % 50 == 9)
            name = "\"Two\r\nLines\"";
        csv += address(i).toUtf8() + ';' + name + ";SPRING" + QByteArray::number(i % 7) + "\r\n";
        if (i == 10)
            csv += "not-an-address;Bad One;X\r\n";
        if (i == 20)
            csv += ";No Address;X\r\n";
        if (i == 30)
            csv += "space in@example.org;Bad Two;X\r\n";
        if (i == 40)
            csv += address(3).toUpper().toUtf8() + ";Duplicate;X\r\n";
        if (i == 41)
            csv += address(5).toUtf8() + ";Duplicate;X\r\n";
    }
    return csv;
}

bool writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestBulkInvite : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void previewFlagsBadRows();
    void binaryFileIsRefused();
    void invalidUtf8SaysSoAndRereadsInTheChosenEncoding();
    void killedRunResumesWithoutInvitingTwice();
    void pauseResumeAndCancel();
    void reopenedListSkipsPeopleInvitedBefore();
    void decideBeforeResuming();
    void killedAfterTheServerAnswered();

private:
    QString statePath() const { return m_dir->filePath(u"run.jsonl"_s); }
    QString journalPath() const { return m_dir->filePath(u"journal.jsonl"_s); }
    int okInvitePosts();

    SandboxProcess m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<Session> m_session;
};

void TestBulkInvite::initTestCase() {
    QVERIFY2(m_sandbox.start({u"--customers"_s, u"20"_s}), qPrintable(m_sandbox.errorString()));
}

void TestBulkInvite::init() {
    QVERIFY(m_sandbox.reset());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_journal = std::make_unique<Journal>(journalPath());
    m_session = makeSession(m_sandbox, m_journal.get());
}

void TestBulkInvite::cleanup() {
    m_session.reset();
    m_journal.reset();
    m_dir.reset();
}

int TestBulkInvite::okInvitePosts() {
    int count = 0;
    const QJsonArray requests = m_sandbox.requests();
    for (const QJsonValue &value : requests) {
        const QJsonObject entry = value.toObject();
        if (entry.value("method"_L1).toString() == "POST"_L1 &&
            entry.value("path"_L1).toString() == InvitePath &&
            entry.value("status"_L1).toInt() == 200)
            ++count;
    }
    return count;
}

void TestBulkInvite::previewFlagsBadRows() {
    const QString csv = m_dir->filePath(u"people.csv"_s);
    QVERIFY(writeFile(csv, makeCsv(60)));
    BulkInviteDialog dialog(m_session.get(), nullptr, statePath());
    QVERIFY(!dialog.isResumeOffered());
    QAbstractItemModelTester tester(child<QTableView>(&dialog, "previewTable")->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(dialog.loadCsv(csv));

    // The header and the columns are recognised.
    QVERIFY(child<QCheckBox>(&dialog, "headerCheck")->isChecked());
    QCOMPARE(child<QComboBox>(&dialog, "emailColumnCombo")->currentText(), u"E-Mail"_s);
    QCOMPARE(child<QComboBox>(&dialog, "nameColumnCombo")->currentText(), u"Name"_s);

    const QList<BulkInviteRow> rows = dialog.previewRows();
    QCOMPARE(rows.size(), 65);
    QCOMPARE(dialog.previewSendableCount(), 60);
    QMap<QString, QString> skipped; // email -> why
    for (const BulkInviteRow &row : rows) {
        if (row.status == BulkRowStatus::Skipped)
            skipped.insert(row.email, row.detail);
    }
    QCOMPARE(skipped.size(), 5);
    QVERIFY(skipped.value(u"not-an-address"_s).contains(u"valid"_s));
    QVERIFY(skipped.value(QString()).contains(u"No email"_s));
    QVERIFY(skipped.value(u"space in@example.org"_s).contains(u"valid"_s));
    QVERIFY(skipped.value(address(3).toUpper()).contains(u"Duplicate of line"_s));
    QVERIFY(skipped.value(address(5)).contains(u"Duplicate of line"_s));

    // Quoted fields keep their delimiter and line break; personalization comes from the rest.
    const auto find = [&rows](const QString &email) {
        for (const BulkInviteRow &row : rows) {
            if (row.email == email)
                return row;
        }
        return BulkInviteRow();
    };
    QCOMPARE(find(address(7)).name, u"Smith; Jr."_s);
    QCOMPARE(find(address(9)).name, u"Two\nLines"_s);
    QCOMPARE(find(address(8)).personalization,
             (QList<QPair<QString, QString>>{{u"coupon"_s, u"SPRING1"_s}}));

    const QString summary = child<QLabel>(&dialog, "summaryLabel")->text();
    QVERIFY2(summary.contains(u"60 to invite"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"3 without a valid address"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"2 duplicates"_s), qPrintable(summary));
    QCOMPARE(child<QPushButton>(&dialog, "startButton")->text(), u"Send 60 invitations"_s);
    dialog.show();
    saveWidgetShot(&dialog, u"bulk-invite-preview.png"_s);

    // Nothing was sent by looking.
    QCOMPARE(m_sandbox.countRequests(u"POST"_s, InvitePath), 0);
}

// A file that is not a list at all (here random bytes, as a renamed archive would be) is
// refused with a sentence: no rows, nothing to send.
void TestBulkInvite::binaryFileIsRefused() {
    QByteArray noise(8192, Qt::Uninitialized);
    QRandomGenerator random(7);
    for (char &byte : noise)
        byte = char(random.bounded(256));
    const QString path = m_dir->filePath(u"people.csv"_s);
    QVERIFY(writeFile(path, noise));
    BulkInviteDialog dialog(m_session.get(), nullptr, statePath());
    dialog.show();
    QVERIFY(!dialog.loadCsv(path));
    const auto *problem = child<QLabel>(&dialog, "fileProblem");
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(u"is not a text file"_s), qPrintable(problem->text()));
    QVERIFY(dialog.previewRows().isEmpty());
    QCOMPARE(child<QTableView>(&dialog, "previewTable")->model()->rowCount(), 0);
    QVERIFY(!child<QPushButton>(&dialog, "startButton")->isEnabled());
    QVERIFY(!child<QComboBox>(&dialog, "encodingCombo")->isVisible());
}

// A UTF-8 list with one Latin-1 byte: read as Windows-1252 (which garbles the valid rows), and
// the dialog says so; choosing UTF-8 reads it again with every valid row intact.
void TestBulkInvite::invalidUtf8SaysSoAndRereadsInTheChosenEncoding() {
    const QByteArray csv = u"E-Mail;Name\r\njose@example.org;José Núñez\r\n"
                           u"zoe@example.org;Zoë Ünal\r\n"_s.toUtf8() +
                           "ines@example.org;In\xE9s\r\n"_ba;
    const QString path = m_dir->filePath(u"people.csv"_s);
    QVERIFY(writeFile(path, csv));
    BulkInviteDialog dialog(m_session.get(), nullptr, statePath());
    dialog.show();
    QVERIFY(dialog.loadCsv(path));
    auto *combo = child<QComboBox>(&dialog, "encodingCombo");
    const auto *note = child<QLabel>(&dialog, "encodingNote");
    QVERIFY(combo->isVisible());
    QCOMPARE(combo->currentText(), u"Windows-1252 (Latin-1)"_s);
    QCOMPARE(note->text(),
             u"Read as Windows-1252 (Latin-1) because the file is not valid UTF-8."_s);
    QCOMPARE(note->textFormat(), Qt::PlainText);
    QCOMPARE(dialog.previewRows().size(), 3);
    QCOMPARE(dialog.previewRows().at(0).name, u"JosÃ© NÃºÃ±ez"_s);
    QCOMPARE(dialog.previewRows().at(2).name, u"Inés"_s);

    // The person chooses UTF-8, as they would with the keyboard.
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Up);
    QCOMPARE(combo->currentText(), u"UTF-8"_s);
    QCOMPARE(dialog.previewRows().size(), 3);
    QCOMPARE(dialog.previewRows().at(0).name, u"José Núñez"_s);
    QCOMPARE(dialog.previewRows().at(1).name, u"Zoë Ünal"_s);
    QCOMPARE(dialog.previewRows().at(2).name, u"In\uFFFDs"_s);
    QVERIFY(note->text().contains(u"not valid UTF-8"_s));
    QCOMPARE(dialog.previewSendableCount(), 3);
}

void TestBulkInvite::killedRunResumesWithoutInvitingTwice() {
    constexpr int Total = 500;
    constexpr int KillAfter = 200;
    const QString csv = m_dir->filePath(u"people.csv"_s);
    QVERIFY(writeFile(csv, makeCsv(Total)));

    // The server refuses a few early requests: twice with Retry-After, once without.
    QVERIFY(m_sandbox.queueFault(u"POST"_s, InvitePath, u"status=429;retry-after=1"_s, 2));
    QVERIFY(m_sandbox.queueFault(u"POST"_s, InvitePath, u"status=429"_s, 1));

    // First run: headless, killed while the request after the 200th is on its way.
    QProcess helper;
    helper.setProcessChannelMode(QProcess::MergedChannels);
    helper.start(QStringLiteral(BULKINVITE_HELPER),
                 {u"--base-url"_s, m_sandbox.baseUrl().toString(), u"--key"_s,
                  m_sandbox.referralKey(), u"--profile-id"_s, m_session->profile().id,
                  u"--journal"_s, journalPath(), u"--state"_s, statePath(), u"--csv"_s, csv,
                  u"--kill-after"_s, QString::number(KillAfter), u"--kill-in-flight"_s});
    QVERIFY(helper.waitForStarted());
    const bool ended = helper.waitForFinished(90000);
    const QByteArray helperOutput = helper.readAll();
    QVERIFY2(ended, helperOutput.constData());
    QCOMPARE(helper.exitStatus(), QProcess::CrashExit);
    QVERIFY2(helperOutput.contains("in flight"), helperOutput.constData());

    // What the sandbox saw so far: the 200, maybe the one in flight, nobody twice.
    QJsonArray invites = m_sandbox.invites();
    QVERIFY2(invites.size() == KillAfter || invites.size() == KillAfter + 1,
             qPrintable(QString::number(invites.size()) + QString::fromUtf8(helperOutput)));
    for (const QJsonValue &value : std::as_const(invites))
        QCOMPARE(value.toObject().value("count"_L1).toInt(), 1);
    QCOMPARE(m_sandbox.countRequests(u"POST"_s, InvitePath) - okInvitePosts(), 3); // the 429s

    // The state on disk: 200 sent, one unknown (in flight), the rest still to send.
    {
        BulkRunState onDisk(statePath());
        QVERIFY(onDisk.load());
        QVERIFY(onDisk.isResumable());
        QCOMPARE(onDisk.count(BulkRowStatus::Sent), KillAfter);
        QCOMPARE(onDisk.count(BulkRowStatus::Unknown), 1);
        QCOMPARE(onDisk.count(BulkRowStatus::Pending), Total - KillAfter - 1);
        QCOMPARE(onDisk.count(BulkRowStatus::Skipped), 5);
    }
    QVERIFY(BulkInviteDialog::hasInterruptedRun(m_session.get(), statePath()));

    // Second run: the dialog offers to resume; one more 429 on the way.
    QVERIFY(m_sandbox.queueFault(u"POST"_s, InvitePath, u"status=429;retry-after=1"_s, 1));
    BulkInviteDialog dialog(m_session.get(), nullptr, statePath());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.isResumeOffered());
    auto *resumeText = child<QLabel>(&dialog, "resumeText");
    QVERIFY2(resumeText->text().contains(u"200 invited, 299 still to send"_s),
             qPrintable(resumeText->text()));
    QVERIFY(resumeText->text().contains(u"may or may not"_s));
    int unknownRow = -1;
    for (int i = 0; i < dialog.runState()->rows().size(); ++i) {
        if (dialog.runState()->rows().at(i).status == BulkRowStatus::Unknown)
            unknownRow = i;
    }
    QVERIFY(unknownRow >= 0);
    QVERIFY(dialog.runState()->rows().at(unknownRow).inFlight);
    const QString unknownEmail = dialog.runState()->rows().at(unknownRow).email;
    const int unknownCountBefore = inviteCount(m_sandbox, unknownEmail);
    qInfo("the request on its way at the kill %s the server",
          unknownCountBefore == 1 ? "reached" : "did not reach");

    bool sawWaiting = false;
    connect(dialog.runner(), &BulkInviteRunner::stateChanged, this, [&](BulkInviteRunner::State s) {
        sawWaiting = sawWaiting || s == BulkInviteRunner::State::Waiting;
    });
    bool shot = false;
    connect(dialog.runner(), &BulkInviteRunner::rowChanged, this, [&](int) {
        if (!shot && dialog.runState()->count(BulkRowStatus::Sent) == 320) {
            shot = true;
            saveWidgetShot(&dialog, u"bulk-invite-running.png"_s);
        }
    });
    QTest::mouseClick(child<QPushButton>(&dialog, "resumeButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.runner()->state(), BulkInviteRunner::State::Finished, 60000);
    QVERIFY(sawWaiting); // the 429 made the queue wait, then the same row went out again

    // The unknown row was not sent again on its own.
    QCOMPARE(dialog.runState()->rows().at(unknownRow).status, BulkRowStatus::Unknown);
    QCOMPARE(inviteCount(m_sandbox, unknownEmail), unknownCountBefore);
    QVERIFY(child<QLabel>(&dialog, "unknownText")->isVisible());
    QVERIFY(dialog.runState()->isResumable()); // still waiting for the person's decision
    saveWidgetShot(&dialog, u"bulk-invite-unknown.png"_s);

    // The person checks (here: with the sandbox) and decides.
    auto *view = child<QTableView>(&dialog, "resultsTable");
    view->selectRow(unknownRow);
    if (unknownCountBefore == 1) {
        QTest::mouseClick(child<QPushButton>(&dialog, "markSentButton"), Qt::LeftButton);
    } else {
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(child<QPushButton>(&dialog, "sendAgainButton"), Qt::LeftButton);
        QVERIFY(MessageBox::lastText().contains(unknownEmail));
    }
    QTRY_COMPARE(dialog.runState()->rows().at(unknownRow).status, BulkRowStatus::Sent);
    QTRY_COMPARE(dialog.runner()->state(), BulkInviteRunner::State::Finished);

    // Every address exactly once, counted by the sandbox; the bad rows never.
    invites = m_sandbox.invites();
    QSet<QString> invited;
    for (const QJsonValue &value : std::as_const(invites)) {
        const QJsonObject entry = value.toObject();
        QCOMPARE(entry.value("count"_L1).toInt(), 1);
        invited.insert(entry.value("email"_L1).toString().toLower());
    }
    QCOMPARE(invited.size(), Total);
    for (int i = 0; i < Total; ++i)
        QVERIFY2(invited.contains(address(i)), qPrintable(address(i)));
    QCOMPARE(okInvitePosts(), Total);
    QVERIFY(!dialog.runState()->isResumable());
    QVERIFY(!BulkInviteDialog::hasInterruptedRun(m_session.get(), statePath()));

    // The last word accounts for every row of the file, the skipped ones too.
    QCOMPARE(child<QLabel>(&dialog, "runStatus")->text(),
             u"Done: %1 invited, 0 failed, 5 skipped."_s.arg(Total));

    // The result per row, exported in the words the screen uses.
    const QString results = m_dir->filePath(u"results.csv"_s);
    QVERIFY(dialog.exportResults(results));
    CsvTable table;
    QVERIFY(CsvReader::readFile(results, &table, nullptr));
    QCOMPARE(table.records.size(), Total + 5 + 1);
    int sentRows = 0;
    int skippedRows = 0;
    for (const QStringList &record : std::as_const(table.records)) {
        sentRows += record.value(3) == "Invited"_L1 ? 1 : 0;
        skippedRows += record.value(3) == "Skipped"_L1 ? 1 : 0;
    }
    QCOMPARE(sentRows, Total);
    QCOMPARE(skippedRows, 5);
}

void TestBulkInvite::pauseResumeAndCancel() {
    const QString csv = m_dir->filePath(u"people.csv"_s);
    QVERIFY(writeFile(csv, makeCsv(30)));
    // Each answer takes a moment, so that pause and cancel meet a request on its way.
    QVERIFY(m_sandbox.queueFault(u"POST"_s, InvitePath, u"latency=150"_s, 100));
    BulkInviteDialog dialog(m_session.get(), nullptr, statePath());
    // The results follow the run row by row, through pause, resume and cancel.
    QAbstractItemModelTester tester(child<QTableView>(&dialog, "resultsTable")->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.show();
    QVERIFY(dialog.loadCsv(csv));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(&dialog, "startButton"), Qt::LeftButton);
    BulkInviteRunner *runner = dialog.runner();
    QVERIFY(runner);
    QTRY_VERIFY(dialog.runState()->count(BulkRowStatus::Sent) >= 3);

    QTest::mouseClick(child<QPushButton>(&dialog, "pauseButton"), Qt::LeftButton);
    QTRY_VERIFY(runner->state() == BulkInviteRunner::State::Paused && !runner->isBusy());
    // Paused: what the server has is what the run says was sent, nothing on its way.
    const int sentAtPause = dialog.runState()->count(BulkRowStatus::Sent);
    QCOMPARE(okInvitePosts(), sentAtPause);
    QCOMPARE(dialog.runState()->count(BulkRowStatus::Unknown), 0);
    QCOMPARE(child<QPushButton>(&dialog, "pauseButton")->text(), u"Resume"_s);

    QTest::mouseClick(child<QPushButton>(&dialog, "pauseButton"), Qt::LeftButton);
    QTRY_VERIFY(dialog.runState()->count(BulkRowStatus::Sent) >= sentAtPause + 3);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(&dialog, "cancelButton"), Qt::LeftButton);
    QTRY_COMPARE(runner->state(), BulkInviteRunner::State::Stopped);
    const int sent = dialog.runState()->count(BulkRowStatus::Sent);
    QVERIFY(sent < 30);
    QCOMPARE(okInvitePosts(), sent);
    QCOMPARE(dialog.runState()->count(BulkRowStatus::Pending), 0);
    // Two bad rows in a list of 30 (see makeCsv), and every row not sent.
    QCOMPARE(dialog.runState()->count(BulkRowStatus::Skipped), 2 + (30 - sent));
    // A cancelled run is over: not offered again.
    QVERIFY(!BulkInviteDialog::hasInterruptedRun(m_session.get(), statePath()));
}

void TestBulkInvite::reopenedListSkipsPeopleInvitedBefore() {
    // Someone loads the same list again instead of resuming: the journal remembers who was
    // invited from this console, and those rows are skipped unless the person asks otherwise.
    const QString csv = m_dir->filePath(u"people.csv"_s);
    QVERIFY(writeFile(csv, makeCsv(12)));
    {
        BulkInviteDialog first(m_session.get(), nullptr, statePath());
        QVERIFY(first.loadCsv(csv));
        QVERIFY(first.startRun());
        QTRY_COMPARE(first.runner()->state(), BulkInviteRunner::State::Finished);
        QCOMPARE(first.runState()->count(BulkRowStatus::Sent), 12);
    }
    BulkInviteDialog again(m_session.get(), nullptr, statePath());
    QVERIFY(!again.isResumeOffered());
    QVERIFY(again.loadCsv(csv));
    QCOMPARE(again.previewSendableCount(), 0);
    QVERIFY(!child<QPushButton>(&again, "startButton")->isEnabled());
    QVERIFY(child<QLabel>(&again, "summaryLabel")->text().contains(u"12 invited before"_s));
    child<QCheckBox>(&again, "includeInvitedCheck")->setChecked(true);
    QCOMPARE(again.previewSendableCount(), 12);
}

void TestBulkInvite::decideBeforeResuming() {
    // A run stopped with one row on its way and two still to send.
    QList<BulkInviteRow> rows;
    for (int i = 0; i < 3; ++i) {
        BulkInviteRow row;
        row.sourceLine = i + 2;
        row.email = address(i);
        rows << row;
    }
    {
        BulkRunState state(statePath());
        QVERIFY(state.create(m_session->profile().id, u"list.csv"_s, rows));
        QVERIFY(state.setStatus(0, BulkRowStatus::Unknown, QString(), true));
    }
    BulkInviteDialog dialog(m_session.get(), nullptr, statePath());
    dialog.show();
    QVERIFY(dialog.isResumeOffered());
    // The person knows the first one arrived and says so before resuming.
    child<QTableView>(&dialog, "resultsTable")->selectRow(0);
    auto *markSent = child<QPushButton>(&dialog, "markSentButton");
    QVERIFY(markSent->isEnabled());
    QTest::mouseClick(markSent, Qt::LeftButton);
    QCOMPARE(dialog.runState()->rows().at(0).status, BulkRowStatus::Sent);
    QCOMPARE(dialog.runner()->state(), BulkInviteRunner::State::Idle);
    auto *resume = child<QPushButton>(&dialog, "resumeButton");
    QVERIFY(resume->isEnabled());
    QTest::mouseClick(resume, Qt::LeftButton);
    QTRY_COMPARE(dialog.runner()->state(), BulkInviteRunner::State::Finished);
    QCOMPARE(inviteCount(m_sandbox, address(0)), 0); // never sent again
    QCOMPARE(inviteCount(m_sandbox, address(1)), 1);
    QCOMPARE(inviteCount(m_sandbox, address(2)), 1);
    QVERIFY(!dialog.runState()->isResumable());
}

void TestBulkInvite::killedAfterTheServerAnswered() {
    // The worst window: the server invited, the program died before writing it down.
    const QString csv = m_dir->filePath(u"people.csv"_s);
    QVERIFY(writeFile(csv, makeCsv(8)));
    QProcess helper;
    helper.setProcessChannelMode(QProcess::MergedChannels);
    helper.start(QStringLiteral(BULKINVITE_HELPER),
                 {u"--base-url"_s, m_sandbox.baseUrl().toString(), u"--key"_s,
                  m_sandbox.referralKey(), u"--profile-id"_s, m_session->profile().id,
                  u"--journal"_s, journalPath(), u"--state"_s, statePath(), u"--csv"_s, csv,
                  u"--kill-after"_s, u"3"_s, u"--kill-after-answer"_s});
    QVERIFY(helper.waitForStarted());
    const bool ended = helper.waitForFinished(30000);
    const QByteArray output = helper.readAll();
    QVERIFY2(ended, output.constData());
    QCOMPARE(helper.exitStatus(), QProcess::CrashExit);
    QVERIFY2(output.contains("not recorded"), output.constData());
    QCOMPARE(m_sandbox.invites().size(), 4); // three recorded, one not

    BulkInviteDialog dialog(m_session.get(), nullptr, statePath());
    dialog.show();
    QVERIFY(dialog.isResumeOffered());
    QCOMPARE(dialog.runState()->count(BulkRowStatus::Sent), 3);
    QCOMPARE(dialog.runState()->count(BulkRowStatus::Unknown), 1);
    QTest::mouseClick(child<QPushButton>(&dialog, "resumeButton"), Qt::LeftButton);
    QTRY_COMPARE(dialog.runner()->state(), BulkInviteRunner::State::Finished);
    // The unknown one was not sent again: still exactly once on the server.
    const QJsonArray invites = m_sandbox.invites();
    QCOMPARE(invites.size(), 8);
    for (const QJsonValue &value : invites)
        QCOMPARE(value.toObject().value("count"_L1).toInt(), 1);
    QCOMPARE(dialog.runState()->count(BulkRowStatus::Unknown), 1);
    // The person marks it invited: the run is complete.
    QTest::mouseClick(child<QPushButton>(&dialog, "selectUnknownButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(&dialog, "markSentButton"), Qt::LeftButton);
    QCOMPARE(dialog.runState()->count(BulkRowStatus::Sent), 8);
    QVERIFY(!dialog.runState()->isResumable());
}

QTEST_MAIN(TestBulkInvite)
#include "tst_bulkinvite.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The console says at start what is wrong with its journal (ConsoleController::start): a
// damaged journal file, once, before anything else; nothing when the journal is sound.
#include "app/credentials/credentialstore.h"
#include "app/journal/journal.h"
#include "app/profiles/commandline.h"
#include "app/profiles/profilestore.h"
#include "ui/shell/consolecontroller.h"
#include "ui/widgets/messagebox.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestJournalProblems final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void soundJournalSaysNothing(); // first: nothing has been said before it
    void damagedJournalIsSaidAtStart();

private:
    // Starts a console with no profile: after the journal's word it asks for a connection,
    // which is closed here.
    void start(Journal *journal);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestJournalProblems::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestJournalProblems::start(Journal *journal) {
    QSettings settings(m_dir->filePath(u"profiles.ini"_s), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    CredentialStore credentials;
    ConsoleController controller(&profiles, &credentials, journal);
    QTimer closer;
    closer.setInterval(50);
    connect(&closer, &QTimer::timeout, this, [] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
            dialog->reject();
    });
    closer.start();
    controller.start(CommandLineOptions{});
}

void TestJournalProblems::damagedJournalIsSaidAtStart() {
    const QString path = m_dir->filePath(u"journal.sqlite"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, '\x5a'));
    }
    Journal journal(path);
    QVERIFY(!journal.problems().isEmpty());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    start(&journal);
    const QString said = MessageBox::lastText();
    QVERIFY2(said.startsWith(
                 u"The journal %1 could not be opened"_s.arg(QDir::toNativeSeparators(path))),
             qPrintable(said));
    QVERIFY2(said.endsWith(u"Changes cannot be sent until it can."_s), qPrintable(said));
}

void TestJournalProblems::soundJournalSaysNothing() {
    Journal journal(m_dir->filePath(u"journal.sqlite"_s));
    QVERIFY(journal.problems().isEmpty());
    start(&journal);
    // No message box at all (one would also be closed, and its text kept).
    QVERIFY2(MessageBox::lastText().isEmpty(), qPrintable(MessageBox::lastText()));
}

QTEST_MAIN(TestJournalProblems)
#include "tst_journalproblems.moc"

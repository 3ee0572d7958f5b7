// SPDX-License-Identifier: GPL-3.0-or-later
// The Help menu: About names the version, the licence and the Qt and QtKeychain in use; the
// user guide is a heading of the README, opened over https; "Practice with the sandbox"
// starts the bundled sandbox and connects to the program chosen, with nothing real at stake.
#include "app/credentials/credentialstore.h"
#include "app/journal/journal.h"
#include "app/profiles/profilestore.h"
#include "app/session/session.h"
#include "ui/shell/consolecontroller.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestHelpMenu : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void aboutNamesVersionsAndLicence();
    void userGuideIsAHeadingOfTheReadme();
    void helpMenuOffersEverything();
    void practiceOpensTheSandboxOfTheKindChosen_data();
    void practiceOpensTheSandboxOfTheKindChosen();

private:
    QTemporaryDir m_dir;
};

void TestHelpMenu::initTestCase() {
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
}

void TestHelpMenu::aboutNamesVersionsAndLicence() {
    const QString text = MainWindow::aboutText();
    QVERIFY2(text.contains(u"Partnero Console " PARTNERO_VERSION ""_s), qPrintable(text));
    QVERIFY(text.contains(u"GPL-3.0-or-later"_s));
    // The Qt the console runs on, not only the one it was built with.
    QVERIFY(text.contains(u"Qt "_s + QString::fromLatin1(qVersion())));
    QVERIFY2(text.contains(QRegularExpression(u"QtKeychain \\d+\\.\\d+"_s)), qPrintable(text));
}

void TestHelpMenu::userGuideIsAHeadingOfTheReadme() {
    const QUrl url = MainWindow::userGuideUrl();
    QCOMPARE(url.scheme(), u"https"_s);
    QCOMPARE(url.fragment(), u"user-guide"_s);
    QFile readme(QStringLiteral(PARTNERO_SOURCE_DIR "/README.md"));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(readme.readAll()).contains(u"\n## User guide\n"_s));
}

void TestHelpMenu::helpMenuOffersEverything() {
    QSettings settings(m_dir.filePath(u"menu.ini"_s), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    MainWindow window(&profiles);
    QMenu *help = nullptr;
    for (QAction *action : window.menuBar()->actions()) {
        if (action->text().remove(u'&') == u"Help"_s)
            help = action->menu();
    }
    QVERIFY(help);
    QStringList entries;
    for (QAction *action : help->actions()) {
        if (!action->isSeparator())
            entries << action->text().remove(u'&');
    }
    for (const QString &expected :
         {u"Keyboard shortcuts"_s, u"User guide"_s, u"Practice with the sandbox"_s,
          u"Save diagnostics…"_s, u"About Partnero Console"_s}) {
        QVERIFY2(entries.contains(expected), qPrintable(entries.join(u", "_s)));
    }
}

void TestHelpMenu::practiceOpensTheSandboxOfTheKindChosen_data() {
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("kind");
    QTest::newRow("affiliate") << u"practiceAffiliateAction"_s << int(ProgramKind::Affiliate);
    QTest::newRow("refer-a-friend")
        << u"practiceReferralAction"_s << int(ProgramKind::ReferAFriend);
}

void TestHelpMenu::practiceOpensTheSandboxOfTheKindChosen() {
    QFETCH(QString, action);
    QFETCH(int, kind);
    QSettings settings(m_dir.filePath(action + u".ini"_s), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    CredentialStore credentials;
    Journal journal(m_dir.filePath(action + u".sqlite"_s));
    ConsoleController controller(&profiles, &credentials, &journal);
    controller.mainWindow()->show();

    auto *practice = controller.mainWindow()->findChild<QAction *>(action);
    QVERIFY(practice);
    practice->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(controller.session() && controller.session()->isConnected(), 20000);
    const Profile profile = controller.session()->profile();
    QCOMPARE(int(profile.kind), kind);
    QVERIFY2(profile.name.startsWith(u"Sandbox"_s), qPrintable(profile.name));
    QCOMPARE(profile.baseUrl.host(), u"127.0.0.1"_s);
    // A session profile: nothing of it is written to the person's settings.
    QVERIFY(!settings.allKeys().join(u' ').contains(profile.id));
}

QTEST_MAIN(TestHelpMenu)
#include "tst_helpmenu.moc"

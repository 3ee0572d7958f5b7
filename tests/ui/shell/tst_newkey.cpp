// SPDX-License-Identifier: GPL-3.0-or-later
// File > Enter a new key… says why it is asked, truthfully: a key the server refused is said
// to be refused; a server that could not be reached said nothing about the key, and a new key
// chosen while connected is simply a new key.
#include "app/credentials/credentialstore.h"
#include "app/journal/journal.h"
#include "app/profiles/profilestore.h"
#include "tests/common/sandboxprocess.h"
#include "ui/shell/consolecontroller.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestNewKey final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void unreachableServerIsNotARefusedKey();
    void refusedKeyIsSaid();
    void chosenWhileConnected();

private:
    // Opens `profile` with `key` and waits until connecting succeeded or failed.
    void open(const QUrl &url, const QString &key, bool expectConnected);
    // Every 20 ms, a modal dialog open then has its status line read into `message` and is
    // closed without a change.
    void readAndClose(QTimer *closer, QString *message);
    // What File > Enter a new key… says when it opens; it is closed without a change.
    QString newKeyDialogMessage();

    SandboxProcess m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<ConsoleController> m_controller;
};

void TestNewKey::initTestCase() {
    QVERIFY2(m_sandbox.start({u"--customers"_s, u"5"_s}), qPrintable(m_sandbox.errorString()));
}

void TestNewKey::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings =
        std::make_unique<QSettings>(m_dir->filePath(u"profiles.ini"_s), QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    m_credentials = std::make_unique<CredentialStore>();
    m_journal = std::make_unique<Journal>(m_dir->filePath(u"journal.sqlite"_s));
    m_controller =
        std::make_unique<ConsoleController>(m_profiles.get(), m_credentials.get(), m_journal.get());
}

void TestNewKey::cleanup() {
    m_controller.reset();
}

void TestNewKey::open(const QUrl &url, const QString &key, bool expectConnected) {
    Profile profile;
    profile.id = Profile::newId();
    profile.name = u"Acme"_s;
    profile.baseUrl = url;
    profile.kind = ProgramKind::Affiliate;
    m_controller->mainWindow()->show();
    m_controller->openProfile(profile, key);
    Session *session = m_controller->session();
    QVERIFY(session);
    if (expectConnected) {
        QTRY_VERIFY_WITH_TIMEOUT(session->isConnected(), 10000);
    } else {
        QSignalSpy failed(session, &Session::connectionFailed);
        QVERIFY(failed.wait(15000));
    }
}

void TestNewKey::readAndClose(QTimer *closer, QString *message) {
    closer->setInterval(20);
    connect(closer, &QTimer::timeout, this, [message] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        if (auto *label = dialog->findChild<QLabel *>(u"connectionStatus"_s))
            *message = label->text();
        dialog->reject();
    });
}

QString TestNewKey::newKeyDialogMessage() {
    QString message;
    QTimer closer;
    readAndClose(&closer, &message);
    closer.start();
    // The dialog runs its own event loop: the timer reads and closes it from inside.
    m_controller->mainWindow()->findChild<QAction *>(u"newKeyAction"_s)->trigger();
    return message;
}

void TestNewKey::unreachableServerIsNotARefusedKey() {
    // A port nobody listens on any more.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const quint16 port = server.serverPort();
    server.close();
    open(QUrl(u"http://127.0.0.1:%1/v1"_s.arg(port)), u"any-key"_s, false);
    const QString message = newKeyDialogMessage();
    QVERIFY2(message.startsWith(u"Acme could not be connected, so its key was not checked: "_s),
             qPrintable(message));
    QVERIFY2(!message.contains(u"did not accept"_s), qPrintable(message));
}

void TestNewKey::refusedKeyIsSaid() {
    Profile profile;
    // The refusal itself asks for a new key at once, without the menu.
    QString message;
    QTimer closer;
    readAndClose(&closer, &message);
    closer.start();
    profile.id = Profile::newId();
    profile.name = u"Acme"_s;
    profile.baseUrl = m_sandbox.baseUrl();
    profile.kind = ProgramKind::Affiliate;
    m_controller->mainWindow()->show();
    m_controller->openProfile(profile, u"not-a-key"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!message.isEmpty(), 15000);
    QCOMPARE(message, u"The server did not accept the key of Acme."_s);
    // And the menu, afterwards, says the same.
    closer.stop();
    QCOMPARE(newKeyDialogMessage(), u"The server did not accept the key of Acme."_s);
}

void TestNewKey::chosenWhileConnected() {
    open(m_sandbox.baseUrl(), m_sandbox.affiliateKey(), true);
    QCOMPARE(newKeyDialogMessage(),
             u"Enter the new API key of Acme. It replaces the one in the keychain once the "
             "server accepts it."_s);
}

QTEST_MAIN(TestNewKey)
#include "tst_newkey.moc"

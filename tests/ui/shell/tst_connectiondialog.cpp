// SPDX-License-Identifier: GPL-3.0-or-later
// The first-run connection dialog against a real sandbox: it tests the key before it accepts,
// shows what is wrong without losing the input, and detects the program kind.
#include "app/profiles/profilestore.h"
#include "tests/common/sandboxprocess.h"
#include "ui/shell/connectiondialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestConnectionDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void detectsAffiliateProgram();
    void detectsReferralProgram();
    void wrongKeyKeepsDialogOpen();
    void insecureAddressIsRefusedBeforeSending();
    void keyIsHiddenUntilShown();
    void sandboxButtonChoosesSandbox();

private:
    void fill(ConnectionDialog &dialog, const QString &name, const QString &url,
              const QString &key);

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
};

void TestConnectionDialog::initTestCase() {
    QVERIFY2(m_sandbox.start({u"--customers"_s, u"20"_s}), qPrintable(m_sandbox.errorString()));
    m_settings =
        std::make_unique<QSettings>(m_dir.filePath(u"profiles.ini"_s), QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
}

void TestConnectionDialog::fill(ConnectionDialog &dialog, const QString &name, const QString &url,
                                const QString &key) {
    dialog.nameEdit()->clear();
    QTest::keyClicks(dialog.nameEdit(), name);
    dialog.urlEdit()->setText(url);
    dialog.keyEdit()->clear();
    QTest::keyClicks(dialog.keyEdit(), key);
}

void TestConnectionDialog::detectsAffiliateProgram() {
    ConnectionDialog dialog(m_profiles.get());
    dialog.show();
    fill(dialog, u"Acme partners"_s, m_sandbox.baseUrl().toString(), m_sandbox.affiliateKey());
    QVERIFY(dialog.testButton()->isEnabled());
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    QVERIFY(accepted.wait(10000));
    QCOMPARE(dialog.profile().kind, ProgramKind::Affiliate);
    QCOMPARE(dialog.profile().name, u"Acme partners"_s);
    QCOMPARE(dialog.apiKey(), m_sandbox.affiliateKey());
    QVERIFY(dialog.statusLabel()->text().contains(u"Affiliate"_s));
}

void TestConnectionDialog::detectsReferralProgram() {
    ConnectionDialog dialog(m_profiles.get());
    dialog.show();
    fill(dialog, u"Friends"_s, m_sandbox.baseUrl().toString(), m_sandbox.referralKey());
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    QVERIFY(accepted.wait(10000));
    QCOMPARE(dialog.profile().kind, ProgramKind::ReferAFriend);
}

void TestConnectionDialog::wrongKeyKeepsDialogOpen() {
    ConnectionDialog dialog(m_profiles.get());
    dialog.show();
    const QString wrongKey = u"wrong-key-7f3a9c"_s;
    fill(dialog, u"Typo"_s, m_sandbox.baseUrl().toString(), wrongKey);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    // The answer arrives, the dialog stays, the input is intact and the sentence says why.
    QTRY_VERIFY_WITH_TIMEOUT(dialog.testButton()->isEnabled(), 10000);
    QCOMPARE(accepted.count(), 0);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.keyEdit()->text(), wrongKey);
    const QString status = dialog.statusLabel()->text();
    QVERIFY2(status.contains(u"key"_s, Qt::CaseInsensitive), qPrintable(status));
    QVERIFY2(!status.contains(wrongKey), "the key must never appear in a message");
}

void TestConnectionDialog::insecureAddressIsRefusedBeforeSending() {
    m_sandbox.clearRequests();
    ConnectionDialog dialog(m_profiles.get());
    dialog.show();
    fill(dialog, u"Plain"_s, u"http://api.partnero.com/v1"_s, u"some-key-123456"_s);
    QVERIFY(!dialog.testButton()->isEnabled());
    QVERIFY(dialog.statusLabel()->text().contains(u"https"_s));
    QCOMPARE(m_sandbox.countRequests(QString(), u"/v1"_s), 0);
}

void TestConnectionDialog::keyIsHiddenUntilShown() {
    ConnectionDialog dialog(m_profiles.get());
    QCOMPARE(dialog.keyEdit()->echoMode(), QLineEdit::Password);
    const auto actions = dialog.keyEdit()->actions();
    QVERIFY(!actions.isEmpty());
    actions.first()->trigger();
    QCOMPARE(dialog.keyEdit()->echoMode(), QLineEdit::Normal);
    actions.first()->trigger();
    QCOMPARE(dialog.keyEdit()->echoMode(), QLineEdit::Password);
}

void TestConnectionDialog::sandboxButtonChoosesSandbox() {
    ConnectionDialog dialog(m_profiles.get());
    dialog.show();
    QSignalSpy requested(&dialog, &ConnectionDialog::sandboxRequested);
    QTest::mouseClick(dialog.sandboxButton(), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QVERIFY(dialog.sandboxChosen());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"

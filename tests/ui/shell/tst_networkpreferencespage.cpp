// SPDX-License-Identifier: GPL-3.0-or-later
// The Network page of Preferences and the profile forms' extra CA field, driven through the
// real widgets: what is saved is shown, a wrong entry is refused with a sentence and saves
// nothing, and the proxy's password never reaches the settings file.
#include "app/profiles/networkpreferences.h"
#include "app/profiles/profilestore.h"
#include "ui/shell/cafilefield.h"
#include "ui/shell/connectiondialog.h"
#include "ui/shell/networkpreferencespage.h"
#include "ui/shell/preferencesdialog.h"
#include "ui/shell/profileeditordialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

class TestNetworkPreferencesPage : public QObject {
    Q_OBJECT

private slots:
    void init();
    void showsWhatIsSaved();
    void manualProxyWithoutHostIsRefused();
    void savesEverythingButThePassword();
    void profileEditorRefusesAnUnusableCaFile();
    void connectionDialogRefusesAnUnusableCaFile();

private:
    static void clickOk(PreferencesDialog &dialog);
    // On the indicator: a radio button spans the page but reacts on its indicator and text.
    static void choose(QRadioButton *button);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestNetworkPreferencesPage::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings =
        std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
}

void TestNetworkPreferencesPage::clickOk(PreferencesDialog &dialog) {
    auto *buttons = dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s);
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

void TestNetworkPreferencesPage::choose(QRadioButton *button) {
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
}

void TestNetworkPreferencesPage::showsWhatIsSaved() {
    PreferencesDialog fresh(m_settings.get());
    QVERIFY(fresh.networkPage()->systemButton()->isChecked());
    QVERIFY(!fresh.networkPage()->hostEdit()->isEnabled());

    ProxySettings proxy;
    proxy.mode = ProxySettings::Mode::Manual;
    proxy.type = ProxySettings::Type::Socks5;
    proxy.host = u"socks.example.com"_s;
    proxy.port = 1080;
    proxy.user = u"maria"_s;
    NetworkPreferences(m_settings.get()).setProxy(proxy);

    PreferencesDialog dialog(m_settings.get());
    NetworkPreferencesPage *page = dialog.networkPage();
    page->setSavedPassword(u"kept-in-the-keychain"_s);
    QVERIFY(page->manualButton()->isChecked());
    QCOMPARE(page->typeCombo()->currentText(), u"SOCKS5"_s);
    QCOMPARE(page->hostEdit()->text(), u"socks.example.com"_s);
    QCOMPARE(page->portSpin()->value(), 1080);
    QCOMPARE(page->userEdit()->text(), u"maria"_s);
    QCOMPARE(page->passwordEdit()->echoMode(), QLineEdit::Password);
    QVERIFY(page->hostEdit()->isEnabled());
    QVERIFY(!page->passwordChanged());
}

void TestNetworkPreferencesPage::manualProxyWithoutHostIsRefused() {
    PreferencesDialog dialog(m_settings.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    NetworkPreferencesPage *page = dialog.networkPage();
    choose(page->manualButton());
    QVERIFY(page->manualButton()->isChecked());
    clickOk(dialog);
    QVERIFY(dialog.isVisible()); // refused
    auto *problem = page->findChild<QLabel *>(u"proxyProblemLabel"_s);
    QVERIFY(problem);
    QVERIFY2(problem->text().contains(u"host name"_s), qPrintable(problem->text()));
    QVERIFY(page->hostEdit()->hasFocus());
    QCOMPARE(NetworkPreferences(m_settings.get()).proxy().mode, ProxySettings::Mode::System);
    QVERIFY(!m_settings->contains(u"preferences/readDeadlineSeconds"_s)); // nothing saved
}

void TestNetworkPreferencesPage::savesEverythingButThePassword() {
    PreferencesDialog dialog(m_settings.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    NetworkPreferencesPage *page = dialog.networkPage();
    choose(page->manualButton());
    QTest::keyClicks(page->hostEdit(), u"proxy.example.com"_s);
    page->portSpin()->setValue(8080);
    QTest::keyClicks(page->userEdit(), u"maria"_s);
    QTest::keyClicks(page->passwordEdit(), u"Typed-Secret-2291"_s);
    QVERIFY(page->passwordChanged());
    QCOMPARE(page->password(), u"Typed-Secret-2291"_s);
    clickOk(dialog);
    QVERIFY(!dialog.isVisible());

    const ProxySettings saved = NetworkPreferences(m_settings.get()).proxy();
    QCOMPARE(saved.mode, ProxySettings::Mode::Manual);
    QCOMPARE(saved.type, ProxySettings::Type::Http);
    QCOMPARE(saved.host, u"proxy.example.com"_s);
    QCOMPARE(saved.port, 8080);
    QCOMPARE(saved.user, u"maria"_s);
    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("Typed-Secret"));

    // Back to no proxy.
    PreferencesDialog again(m_settings.get());
    again.show();
    choose(again.networkPage()->noneButton());
    clickOk(again);
    QCOMPARE(NetworkPreferences(m_settings.get()).proxy().mode, ProxySettings::Mode::None);
}

void TestNetworkPreferencesPage::profileEditorRefusesAnUnusableCaFile() {
    ProfileStore profiles(m_settings.get());
    Profile profile;
    profile.name = u"Acme"_s;
    profile.id = profiles.add(profile);
    QVERIFY(!profile.id.isEmpty());

    QFile garbage(m_dir->filePath(u"company-ca.pem"_s));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write("not a certificate\n");
    garbage.close();

    ProfileEditorDialog editor(&profiles, profile);
    QTest::keyClicks(editor.caFileField()->edit(), garbage.fileName());
    QVERIFY2(editor.problemLabel()->text().contains(u"holds no certificate"_s),
             qPrintable(editor.problemLabel()->text()));
    QVERIFY(!editor.buttons()->button(QDialogButtonBox::Save)->isEnabled());

    editor.caFileField()->setPath(m_dir->filePath(u"missing.pem"_s));
    QVERIFY(editor.problemLabel()->text().contains(u"cannot be read"_s));

    editor.caFileField()->setPath(QStringLiteral(SERVICE_TEST_DATA_DIR "/selfsigned-cert.pem"));
    QVERIFY2(editor.problemLabel()->text().isEmpty(), qPrintable(editor.problemLabel()->text()));
    QVERIFY(editor.buttons()->button(QDialogButtonBox::Save)->isEnabled());
    QCOMPARE(editor.profile().caFile, QStringLiteral(SERVICE_TEST_DATA_DIR "/selfsigned-cert.pem"));
    QVERIFY(profiles.update(editor.profile()));
    QCOMPARE(profiles.profile(profile.id)->caFile,
             QStringLiteral(SERVICE_TEST_DATA_DIR "/selfsigned-cert.pem"));
}

void TestNetworkPreferencesPage::connectionDialogRefusesAnUnusableCaFile() {
    ProfileStore profiles(m_settings.get());
    ConnectionDialog dialog(&profiles);
    QTest::keyClicks(dialog.nameEdit(), u"Inspected"_s);
    QTest::keyClicks(dialog.keyEdit(), u"some-key"_s);
    QVERIFY(dialog.testButton()->isEnabled());
    dialog.caFileField()->setPath(m_dir->filePath(u"missing.pem"_s));
    QVERIFY(!dialog.testButton()->isEnabled());
    QVERIFY2(dialog.statusLabel()->text().contains(u"cannot be read"_s),
             qPrintable(dialog.statusLabel()->text()));
    dialog.caFileField()->setPath(QStringLiteral(SERVICE_TEST_DATA_DIR "/selfsigned-cert.pem"));
    QVERIFY(dialog.testButton()->isEnabled());
    QCOMPARE(dialog.profile().caFile, QStringLiteral(SERVICE_TEST_DATA_DIR "/selfsigned-cert.pem"));
}

QTEST_MAIN(TestNetworkPreferencesPage)
#include "tst_networkpreferencespage.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Each profile keeps its own rows per page, columns and sort: across a switch to another
// profile and back (the console's own switch, ConsoleController::openProfile), across a
// restart (a fresh ProfileStore on the same settings file), and for a profile that lives for
// this run only (the sandbox's, --base-url), which is never written to the settings file.
#include "app/credentials/credentialstore.h"
#include "app/profiles/commandline.h"
#include "app/profiles/profilestore.h"
#include "app/session/session.h"
#include "tests/common/sandboxprocess.h"
#include "ui/browse/customerpage.h"
#include "ui/browse/pagebar.h"
#include "ui/shell/consolecontroller.h"
#include "ui/shell/mainwindow.h"

#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestProfileSettings : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void switchAndRestartKeepEachProfilesSettings();
    void sessionProfileKeepsItsSettingsAcrossASwitch();

private:
    void startConsole();
    bool open(const Profile &profile);
    // As a person does it: the combo box under the table, the column header.
    bool choosePageSize(int size);
    void clickHeader(int logicalIndex);
    CustomerPage *page() const { return m_controller->mainWindow()->customerPage(); }
    QString keyFor(const Profile &profile) const;
    QString lastLimit();

    QTemporaryDir m_home;
    SandboxProcess m_sandbox;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<ConsoleController> m_controller;
};

void TestProfileSettings::initTestCase() {
    // Window geometry and the like go to a temporary folder, never $HOME.
    qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toLocal8Bit());
    qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toLocal8Bit());
    QCoreApplication::setOrganizationName(u"PartneroConsoleTests"_s);
    QCoreApplication::setApplicationName(u"profilesettings"_s);
    QVERIFY2(m_sandbox.start({u"--customers"_s, u"120"_s}), qPrintable(m_sandbox.errorString()));
}

void TestProfileSettings::init() {
    QFile::remove(m_home.filePath(u"profiles.ini"_s));
    startConsole();
}

void TestProfileSettings::cleanup() {
    m_controller.reset();
    m_credentials.reset();
    m_profiles.reset();
    m_settings.reset();
}

void TestProfileSettings::startConsole() {
    m_settings =
        std::make_unique<QSettings>(m_home.filePath(u"profiles.ini"_s), QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    // Keys are handed over directly here: nothing reads the keychain.
    m_credentials = std::make_unique<CredentialStore>();
    m_controller =
        std::make_unique<ConsoleController>(m_profiles.get(), m_credentials.get(), nullptr);
    m_controller->mainWindow()->show();
}

QString TestProfileSettings::keyFor(const Profile &profile) const {
    return profile.kind == ProgramKind::Affiliate ? m_sandbox.affiliateKey()
                                                  : m_sandbox.referralKey();
}

bool TestProfileSettings::open(const Profile &profile) {
    // Both the first page and the connection (which records the profile as last used): the
    // page may come first.
    QSignalSpy shown(page(), &CustomerPage::pageShown);
    QSignalSpy connected(m_controller.get(), &ConsoleController::sessionConnected);
    m_controller->openProfile(profile, keyFor(profile));
    return (!shown.isEmpty() || shown.wait(10000)) &&
           (!connected.isEmpty() || connected.wait(10000));
}

bool TestProfileSettings::choosePageSize(int size) {
    QComboBox *combo = page()->pageBar()->pageSizeCombo();
    QSignalSpy shown(page(), &CustomerPage::pageShown);
    combo->setFocus();
    const int target = combo->findData(size);
    if (target < 0)
        return false;
    while (combo->currentIndex() != target)
        QTest::keyClick(combo, combo->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
    return shown.wait(10000) && page()->pageSize() == size;
}

void TestProfileSettings::clickHeader(int logicalIndex) {
    QHeaderView *header = page()->view()->horizontalHeader();
    const QPoint middle(header->sectionViewportPosition(logicalIndex) +
                            header->sectionSize(logicalIndex) / 2,
                        header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, middle);
}

QString TestProfileSettings::lastLimit() {
    const QJsonArray requests = m_sandbox.requests();
    for (qsizetype i = requests.size() - 1; i >= 0; --i) {
        const QJsonObject request = requests.at(i).toObject();
        if (request.value(u"path"_s).toString() != u"/v1/customers"_s)
            continue;
        const QStringList parts = request.value(u"query"_s).toString().split(u'&');
        for (const QString &part : parts) {
            if (part.startsWith(u"limit="_s))
                return part.mid(6);
        }
    }
    return {};
}

void TestProfileSettings::switchAndRestartKeepEachProfilesSettings() {
    Profile affiliate;
    affiliate.name = u"Shop affiliates"_s;
    affiliate.baseUrl = m_sandbox.baseUrl();
    affiliate.kind = ProgramKind::Affiliate;
    affiliate.id = m_profiles->add(affiliate);
    Profile referral = affiliate;
    referral.id.clear();
    referral.name = u"Friends"_s;
    referral.kind = ProgramKind::ReferAFriend;
    referral.id = m_profiles->add(referral);
    QVERIFY(!affiliate.id.isEmpty() && !referral.id.isEmpty());

    // The affiliate profile: 50 rows, sorted by its second column, descending; a column hidden.
    QVERIFY(open(affiliate));
    QCOMPARE(page()->pageSize(), Profile::DefaultPageSize);
    QVERIFY(choosePageSize(50));
    QHeaderView *header = page()->view()->horizontalHeader();
    clickHeader(1);
    clickHeader(1);
    QCOMPARE(header->sortIndicatorSection(), 1);
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    const int hiddenBefore = header->hiddenSectionCount();
    header->setSectionHidden(2, true);

    // The referral profile has its own: the default, then 15 rows.
    QVERIFY(open(referral));
    QCOMPARE(page()->pageSize(), Profile::DefaultPageSize);
    QCOMPARE(header->sortIndicatorSection(), -1);
    QVERIFY(!header->isSectionHidden(2));
    QVERIFY(choosePageSize(15));

    // Back: the affiliate profile as it was left, and its page asked for with its own size.
    m_sandbox.clearRequests();
    QVERIFY(open(affiliate));
    QCOMPARE(page()->pageSize(), 50);
    QCOMPARE(page()->pageBar()->pageSizeCombo()->currentData().toInt(), 50);
    QCOMPARE(lastLimit(), u"50"_s);
    QCOMPARE(header->sortIndicatorSection(), 1);
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QVERIFY(header->isSectionHidden(2));
    QCOMPARE(header->hiddenSectionCount(), hiddenBefore + 1);

    // A restart: the window closes as on Quit, then everything is built again on the file.
    m_controller->mainWindow()->close();
    cleanup();
    startConsole();
    header = page()->view()->horizontalHeader();
    QVERIFY(open(*m_profiles->profile(affiliate.id)));
    QCOMPARE(page()->pageSize(), 50);
    QCOMPARE(header->sortIndicatorSection(), 1);
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QVERIFY(header->isSectionHidden(2));
    // The sort is applied, not only drawn.
    QCOMPARE(page()->proxyModel()->sortColumn(), 1);
    QCOMPARE(page()->proxyModel()->sortOrder(), Qt::DescendingOrder);
    QVERIFY(open(*m_profiles->profile(referral.id)));
    QCOMPARE(page()->pageSize(), 15);
    QCOMPARE(header->sortIndicatorSection(), -1);
}

void TestProfileSettings::sessionProfileKeepsItsSettingsAcrossASwitch() {
    Profile stored;
    stored.name = u"Stored"_s;
    stored.baseUrl = m_sandbox.baseUrl();
    stored.kind = ProgramKind::ReferAFriend;
    stored.id = m_profiles->add(stored);

    // Opened the way --base-url opens a program: a profile for this run only.
    CommandLineOptions options;
    options.baseUrl = m_sandbox.baseUrl();
    options.apiKey = m_sandbox.affiliateKey();
    options.kind = ProgramKind::Affiliate;
    QSignalSpy shown(page(), &CustomerPage::pageShown);
    m_controller->start(options);
    QVERIFY(shown.wait(10000));
    const Profile transient = m_controller->session()->profile();
    QVERIFY(m_profiles->isSessionProfile(transient.id));
    QVERIFY(choosePageSize(100));
    clickHeader(1);
    QHeaderView *header = page()->view()->horizontalHeader();
    QCOMPARE(header->sortIndicatorSection(), 1);

    QVERIFY(open(stored));
    QCOMPARE(page()->pageSize(), Profile::DefaultPageSize);
    QCOMPARE(header->sortIndicatorSection(), -1);

    // The switch back hands over the profile as it was made (as the switch list keeps it).
    QVERIFY(open(transient));
    QCOMPARE(page()->pageSize(), 100);
    QCOMPARE(header->sortIndicatorSection(), 1);
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);

    // Nothing of it reaches the settings file, and it is not the profile to open next time.
    m_controller->mainWindow()->close();
    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(transient.id.toUtf8()));
    QCOMPARE(m_profiles->lastUsedProfileId(), stored.id);
}

QTEST_MAIN(TestProfileSettings)
#include "tst_profilesettings.moc"

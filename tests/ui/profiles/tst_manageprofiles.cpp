// SPDX-License-Identifier: GPL-3.0-or-later
// File > Manage profiles… against a real Secret Service (with-keyring.sh gives this test a
// temporary home and its own gnome-keyring) and a private sandbox: its own window (not the
// switch list), rename in place and its refusals, edit of address, kind, role and key (the
// key to the keychain only), duplicate with and without the key, delete with its key and
// local data, refused for the connected profile and while its changes wait for a decision
// (listed), and a changed key or address of the connected profile connecting again.
#include "app/credentials/credentialstore.h"
#include "app/journal/journal.h"
#include "app/profiles/commandline.h"
#include "app/profiles/profilestore.h"
#include "app/session/session.h"
#include "tests/common/postgresserver.h"
#include "tests/common/sandboxprocess.h"
#include "tests/keychain/keychaintesthelpers.h"
#include "ui/shell/connectiondialog.h"
#include "ui/shell/consolecontroller.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/manageprofilesdialog.h"
#include "ui/shell/profileeditordialog.h"
#include "ui/shell/sharedstorebox.h"
#include "ui/widgets/messagebox.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <optional>

using namespace Qt::Literals::StringLiterals;

class TestManageProfiles : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void menuOpensItsOwnWindow();
    void renameInPlaceAndItsRefusals();
    void editSavesAddressKindRoleAndKeyToTheKeychain();
    void duplicateCopiesSettingsAndTheKeyOnlyWhenAsked();
    void deleteRemovesKeyAndLocalData();
    void deleteRefusedWhileChangesWaitForADecision();
    void deleteRefusedForTheConnectedProfile();
    void changedKeyOrAddressOfTheConnectedProfileReconnects();
    void sharedStoreSetUpWithItsPasswordInTheKeychain();
    void firstConnectionFilesUnderTheSharedStore();

private:
    Profile addProfile(const QString &name, ProgramKind kind, const QString &key);
    bool writeKey(const QString &id, const QString &key);
    // The key the keychain holds now (a store of its own: no session keys), or nullopt.
    std::optional<QString> keyOf(const QString &id);
    ManageProfilesDialog *openDialog();
    bool connectTo(const Profile &profile, const QString &key);

    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<ConsoleController> m_controller;
};

void TestManageProfiles::initTestCase() {
    QVERIFY2(KeychainTest::inSandbox(), "run through with-keyring.sh: it gives the test a "
                                        "temporary home and keyring");
    QCoreApplication::setOrganizationName(u"PartneroConsoleTests"_s);
    QCoreApplication::setApplicationName(u"manageprofiles"_s);
    QVERIFY2(m_sandbox.start({u"--customers"_s, u"20"_s}), qPrintable(m_sandbox.errorString()));
}

void TestManageProfiles::init() {
    QFile::remove(m_dir.filePath(u"profiles.ini"_s));
    m_settings =
        std::make_unique<QSettings>(m_dir.filePath(u"profiles.ini"_s), QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    m_credentials = std::make_unique<CredentialStore>();
    m_profiles->setCredentialStore(m_credentials.get());
    QFile::remove(m_dir.filePath(u"journal.sqlite"_s));
    m_journal = std::make_unique<Journal>(m_dir.filePath(u"journal.sqlite"_s));
    // As main() builds it: the controller also sets the store's removal guard.
    m_controller =
        std::make_unique<ConsoleController>(m_profiles.get(), m_credentials.get(), m_journal.get());
    m_controller->mainWindow()->show();
}

void TestManageProfiles::cleanup() {
    const auto dialogs = m_controller->mainWindow()->findChildren<QDialog *>();
    for (QDialog *dialog : dialogs)
        dialog->close();
    m_controller.reset();
    m_journal.reset();
    m_profiles.reset();
    m_credentials.reset();
    m_settings.reset();
}

bool TestManageProfiles::writeKey(const QString &id, const QString &key) {
    CredentialStore writer;
    QSignalSpy written(&writer, &CredentialStore::keyWritten);
    QSignalSpy failed(&writer, &CredentialStore::failed);
    writer.writeKey(id, key);
    return QTest::qWaitFor([&] { return !written.isEmpty() || !failed.isEmpty(); }, 15000) &&
           failed.isEmpty();
}

std::optional<QString> TestManageProfiles::keyOf(const QString &id) {
    CredentialStore reader;
    QSignalSpy read(&reader, &CredentialStore::keyRead);
    QSignalSpy missing(&reader, &CredentialStore::keyMissing);
    QSignalSpy failed(&reader, &CredentialStore::failed);
    reader.readKey(id);
    if (!QTest::qWaitFor([&] { return !read.isEmpty() || !missing.isEmpty() || !failed.isEmpty(); },
                         15000) ||
        read.isEmpty())
        return std::nullopt;
    return read.first().at(1).toString();
}

Profile TestManageProfiles::addProfile(const QString &name, ProgramKind kind, const QString &key) {
    Profile profile;
    profile.name = name;
    profile.baseUrl = m_sandbox.baseUrl();
    profile.kind = kind;
    profile.id = m_profiles->add(profile);
    if (!profile.id.isEmpty() && !key.isEmpty() && !writeKey(profile.id, key))
        return {};
    return profile;
}

ManageProfilesDialog *TestManageProfiles::openDialog() {
    MainWindow *window = m_controller->mainWindow();
    window->findChild<QAction *>(u"manageProfilesAction"_s)->trigger();
    return window->findChild<ManageProfilesDialog *>();
}

bool TestManageProfiles::connectTo(const Profile &profile, const QString &key) {
    QSignalSpy connected(m_controller.get(), &ConsoleController::sessionConnected);
    m_controller->openProfile(profile, key);
    return connected.wait(10000);
}

void TestManageProfiles::menuOpensItsOwnWindow() {
    const Profile a = addProfile(u"Alpha"_s, ProgramKind::Affiliate, {});
    const Profile b = addProfile(u"Beta"_s, ProgramKind::ReferAFriend, {});
    ManageProfilesDialog *dialog = openDialog();
    QVERIFY2(dialog, "Manage profiles… opens the management window");
    // Not the switch list: no item chooser of Switch profile….
    QVERIFY(m_controller->mainWindow()->findChildren<QInputDialog *>().isEmpty());
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->list()->count(), 2);
    QCOMPARE(dialog->list()->item(0)->text(), u"Alpha"_s);
    QCOMPARE(dialog->list()->item(1)->text(), u"Beta"_s);
    for (QPushButton *button :
         {dialog->editButton(), dialog->duplicateButton(), dialog->deleteButton()})
        QVERIFY(button->isVisible() && button->isEnabled());
    QVERIFY(dialog->list()->item(1)->toolTip().contains(u"Refer-a-friend"_s));
    QVERIFY(dialog->list()->item(1)->toolTip().contains(u"role: Full"_s));
    Q_UNUSED(a);
    Q_UNUSED(b);
}

void TestManageProfiles::renameInPlaceAndItsRefusals() {
    const Profile a = addProfile(u"Alpha"_s, ProgramKind::Affiliate, {});
    addProfile(u"Beta"_s, ProgramKind::ReferAFriend, {});
    ManageProfilesDialog *dialog = openDialog();
    QTRY_VERIFY(dialog->isVisible());
    dialog->selectProfile(a.id);

    // F2 edits the name where it stands; Enter saves it.
    QListWidget *list = dialog->list();
    list->setFocus();
    QTest::keyClick(list, Qt::Key_F2);
    auto *editor = list->viewport()->findChild<QLineEdit *>();
    QVERIFY2(editor, "F2 opens the name for editing");
    editor->selectAll();
    QTest::keyClicks(editor, u"Alpha shop"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(m_profiles->profile(a.id)->name, u"Alpha shop"_s);
    QCOMPARE(dialog->selectedId(), a.id);
    QVERIFY(dialog->messageLabel()->text().contains(u"Alpha shop"_s));

    // Another profile's name: refused, said, and the saved name shown again.
    dialog->renameSelected(u"  beta "_s);
    QCOMPARE(m_profiles->profile(a.id)->name, u"Alpha shop"_s);
    QCOMPARE(list->currentItem()->text(), u"Alpha shop"_s);
    QCOMPARE(dialog->messageLabel()->text(), u"There is already a profile named “Beta”."_s);

    // No name at all: refused too.
    dialog->renameSelected(u"   "_s);
    QCOMPARE(m_profiles->profile(a.id)->name, u"Alpha shop"_s);
    QCOMPARE(dialog->messageLabel()->text(), u"Enter a name for the profile."_s);

    // The key stays where it was: under the profile's id, which a rename keeps.
    QVERIFY(m_profiles->profileByName(u"Alpha shop"_s)->id == a.id);
}

void TestManageProfiles::editSavesAddressKindRoleAndKeyToTheKeychain() {
    const QString oldKey = KeychainTest::distinctiveKey();
    const QString newKey = KeychainTest::distinctiveKey();
    const Profile a = addProfile(u"Alpha"_s, ProgramKind::Affiliate, oldKey);
    QVERIFY(!a.isNull());
    ManageProfilesDialog *dialog = openDialog();
    QTRY_VERIFY(dialog->isVisible());
    dialog->selectProfile(a.id);
    QSignalSpy reconnect(dialog, &ManageProfilesDialog::connectedProfileChanged);

    ProfileEditorDialog *editor = dialog->editSelected();
    QVERIFY(editor);
    QTRY_VERIFY(editor->isVisible());
    // A bad address is refused before anything is saved.
    editor->urlEdit()->setText(u"ftp://example.com"_s);
    QVERIFY(!editor->buttons()->button(QDialogButtonBox::Save)->isEnabled());
    QVERIFY(!editor->problemLabel()->text().isEmpty());
    editor->urlEdit()->setText(u"https://staging.example.com/v1"_s);
    editor->kindBox()->setCurrentIndex(
        editor->kindBox()->findData(QVariant::fromValue(ProgramKind::ReferAFriend)));
    editor->roleBox()->setCurrentIndex(editor->roleBox()->findText(u"Marketer"_s));
    QTest::keyClicks(editor->keyEdit(), newKey);
    QVERIFY(editor->buttons()->button(QDialogButtonBox::Save)->isEnabled());
    QTest::mouseClick(editor->buttons()->button(QDialogButtonBox::Save), Qt::LeftButton);

    const Profile saved = *m_profiles->profile(a.id);
    QCOMPARE(saved.baseUrl, QUrl(u"https://staging.example.com/v1"_s));
    QCOMPARE(saved.kind, ProgramKind::ReferAFriend);
    QCOMPARE(saved.role, ProfileRole::Marketer);
    // The key in the keychain, and nowhere in the settings file.
    QTRY_COMPARE_WITH_TIMEOUT(keyOf(a.id).value_or(QString()), newKey, 15000);
    m_settings->sync();
    QVERIFY(KeychainTest::filesContaining(m_dir.path(), newKey).isEmpty());
    // Not the connected profile: nothing to connect again.
    QCOMPARE(reconnect.count(), 0);

    // After a restart the role and the rest are read back from the file.
    ProfileStore fresh(m_settings.get());
    QCOMPARE(fresh.profile(a.id)->role, ProfileRole::Marketer);
}

void TestManageProfiles::sharedStoreSetUpWithItsPasswordInTheKeychain() {
    if (!PostgresServer::isAvailable())
        QFAIL("PostgreSQL is not installed: packaging/install-deps.sh installs it");
    const QString storePassword = KeychainTest::distinctiveKey();
    PostgresServer server;
    QVERIFY2(server.start({storePassword, false}), qPrintable(server.errorString()));
    QVERIFY(server.createDatabase(u"team"_s));
    const Profile a =
        addProfile(u"Alpha"_s, ProgramKind::Affiliate, KeychainTest::distinctiveKey());
    // A second profile stands for another console of the team.
    const Profile b = addProfile(u"Beta"_s, ProgramKind::Affiliate, KeychainTest::distinctiveKey());
    ManageProfilesDialog *dialog = openDialog();
    QTRY_VERIFY(dialog->isVisible());
    dialog->selectProfile(a.id);
    ProfileEditorDialog *editor = dialog->editSelected();
    QVERIFY(editor);
    QTRY_VERIFY(editor->isVisible());
    SharedStoreBox *box = editor->sharedStoreBox();
    QVERIFY(!box->isChecked());
    QVERIFY(editor->buttons()->button(QDialogButtonBox::Save)->isEnabled());

    box->setChecked(true);
    QTest::keyClicks(box->hostEdit(), u"127.0.0.1"_s);
    box->portBox()->setValue(server.port());
    QTest::keyClicks(box->databaseEdit(), u"team"_s);
    QTest::keyClicks(box->userEdit(), PostgresServer::user());
    // A wrong password: a sentence that names the store, never the password.
    QTest::keyClicks(box->passwordEdit(), u"not-the-password"_s);
    QTest::mouseClick(box->listButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(box->statusLabel()->text().contains(u"could not be used"_s), 15000);
    QVERIFY(box->statusLabel()->text().contains(u"127.0.0.1:%1/team"_s.arg(server.port())));
    QVERIFY(!box->statusLabel()->text().contains(u"not-the-password"_s));
    // No program chosen yet: nothing can be saved, and the sentence says what to do.
    QVERIFY(!editor->buttons()->button(QDialogButtonBox::Save)->isEnabled());
    QVERIFY(editor->problemLabel()->text().contains(u"Register"_s));

    box->passwordEdit()->clear();
    QTest::keyClicks(box->passwordEdit(), storePassword);
    QTest::mouseClick(box->listButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(box->statusLabel()->text().contains(u"No program is registered"_s),
                             15000);
    box->registerAs(u"Shop EU"_s);
    QTRY_VERIFY_WITH_TIMEOUT(box->statusLabel()->text().contains(u"Registered “Shop EU”"_s), 15000);
    QCOMPARE(box->programBox()->currentText(), u"Shop EU"_s);
    QVERIFY(editor->buttons()->button(QDialogButtonBox::Save)->isEnabled());
    QTest::mouseClick(editor->buttons()->button(QDialogButtonBox::Save), Qt::LeftButton);

    const Profile saved = *ProfileStore(m_settings.get()).profile(a.id);
    QVERIFY(saved.hasSharedStore());
    QCOMPARE(saved.sharedStore.port, server.port());
    QCOMPARE(saved.sharedStore.database, u"team"_s);
    QCOMPARE(saved.teamProgramName, u"Shop EU"_s);
    QVERIFY(!saved.teamProgramId.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(keyOf(Profile::sharedStoreAccount(a.id)).value_or(QString()),
                              storePassword, 15000);
    m_settings->sync();
    QVERIFY(KeychainTest::filesContaining(m_dir.path(), storePassword).isEmpty());

    // The other console picks the program from the list.
    dialog->selectProfile(b.id);
    ProfileEditorDialog *second = dialog->editSelected();
    QVERIFY(second);
    SharedStoreBox *other = second->sharedStoreBox();
    QVERIFY(!other->isChecked());
    other->setChecked(true);
    QTest::keyClicks(other->hostEdit(), u"127.0.0.1"_s);
    other->portBox()->setValue(server.port());
    QTest::keyClicks(other->databaseEdit(), u"team"_s);
    QTest::keyClicks(other->userEdit(), PostgresServer::user());
    QTest::keyClicks(other->passwordEdit(), storePassword);
    QTest::mouseClick(other->listButton(), Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(other->statusLabel()->text().contains(u"registered: choose"_s),
                              qPrintable(other->statusLabel()->text()), 15000);
    QCOMPARE(other->programBox()->count(), 1);
    other->programBox()->setCurrentIndex(0);
    QCOMPARE(other->programId(), saved.teamProgramId);
    // Registering the same name again is refused: one program is never filed twice.
    other->registerAs(u"shop eu"_s);
    QTRY_VERIFY_WITH_TIMEOUT(other->statusLabel()->text().contains(u"Pick it from the list"_s),
                             15000);
    second->reject();
}

void TestManageProfiles::firstConnectionFilesUnderTheSharedStore() {
    if (!PostgresServer::isAvailable())
        QFAIL("PostgreSQL is not installed: packaging/install-deps.sh installs it");
    const QString storePassword = KeychainTest::distinctiveKey();
    PostgresServer server;
    QVERIFY2(server.start({storePassword, false}), qPrintable(server.errorString()));
    QVERIFY(server.createDatabase(u"team"_s));
    QVERIFY(m_profiles->profiles().isEmpty());

    // No profile yet: start() asks for the connection in a dialog with its own event loop, so
    // the dialog is filled from inside it.
    bool filled = false;
    QString storeStatus;
    QTimer::singleShot(0, this, [&] {
        ConnectionDialog *dialog = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                dialog = qobject_cast<ConnectionDialog *>(QApplication::activeModalWidget());
                return dialog != nullptr;
            },
            10000);
        if (!dialog)
            return;
        SharedStoreBox *box = dialog->sharedStoreBox();
        // Folded until wanted: most first runs have no team store.
        if (box->isChecked() || box->hostEdit()->isVisible()) {
            dialog->reject();
            return;
        }
        QTest::keyClicks(dialog->nameEdit(), u"Shop EU"_s);
        dialog->urlEdit()->setText(m_sandbox.baseUrl().toString());
        QTest::keyClicks(dialog->keyEdit(), m_sandbox.affiliateKey());
        box->setChecked(true);
        QTest::keyClicks(box->hostEdit(), u"127.0.0.1"_s);
        box->portBox()->setValue(server.port());
        QTest::keyClicks(box->databaseEdit(), u"team"_s);
        QTest::keyClicks(box->userEdit(), PostgresServer::user());
        QTest::keyClicks(box->passwordEdit(), storePassword);
        // Without a program in the store the key is not even tested.
        if (dialog->testButton()->isEnabled()) {
            dialog->reject();
            return;
        }
        box->registerAs(u"Shop EU"_s);
        (void)QTest::qWaitFor([&] { return box->statusLabel()->text().contains(u"Registered"_s); },
                              15000);
        storeStatus = box->statusLabel()->text();
        filled = dialog->testButton()->isEnabled();
        QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
    });
    m_controller->start(CommandLineOptions());
    QVERIFY2(filled, qPrintable(storeStatus));

    const auto saved = ProfileStore(m_settings.get()).profileByName(u"Shop EU"_s);
    QVERIFY(saved);
    QVERIFY(saved->hasSharedStore());
    QCOMPARE(saved->sharedStore.port, server.port());
    QCOMPARE(saved->teamProgramName, u"Shop EU"_s);
    // The session opens on the team's journal at once: its first change is the team's.
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->session(), 15000);
    QVERIFY(m_controller->session()->journal());
    QVERIFY(m_controller->session()->journal()->isShared());
    QCOMPARE(m_controller->session()->journal()->programId(), saved->teamProgramId);
    QTRY_COMPARE_WITH_TIMEOUT(keyOf(Profile::sharedStoreAccount(saved->id)).value_or(QString()),
                              storePassword, 15000);
    m_settings->sync();
    QVERIFY(KeychainTest::filesContaining(m_dir.path(), storePassword).isEmpty());
}

void TestManageProfiles::duplicateCopiesSettingsAndTheKeyOnlyWhenAsked() {
    const QString key = KeychainTest::distinctiveKey();
    Profile a = addProfile(u"Alpha"_s, ProgramKind::ReferAFriend, key);
    a.pageSize = 50;
    a.role = ProfileRole::Manager;
    QVERIFY(m_profiles->update(a));
    QVERIFY(m_profiles->setValue(a.id, u"columns/refer"_s, QByteArray("layout")));
    ManageProfilesDialog *dialog = openDialog();
    QTRY_VERIFY(dialog->isVisible());
    dialog->selectProfile(a.id);

    // Without the key (the first answer).
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(dialog->duplicateButton(), Qt::LeftButton);
    const auto copy = m_profiles->profileByName(u"Alpha (copy)"_s);
    QVERIFY(copy);
    QVERIFY(copy->id != a.id);
    QCOMPARE(dialog->selectedId(), copy->id);
    QCOMPARE(copy->baseUrl, a.baseUrl);
    QCOMPARE(copy->kind, ProgramKind::ReferAFriend);
    QCOMPARE(copy->role, ProfileRole::Manager);
    QCOMPARE(copy->pageSize, 50);
    QVERIFY(!copy->lastUsed.isValid());
    QCOMPARE(m_profiles->value(copy->id, u"columns/refer"_s).toByteArray(), QByteArray("layout"));
    QTest::qWait(300);
    QVERIFY(!keyOf(copy->id).has_value());

    // With the key (the second answer): the same key under the copy's id.
    dialog->selectProfile(a.id);
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(dialog->duplicateButton(), Qt::LeftButton);
    const auto second = m_profiles->profileByName(u"Alpha (copy 2)"_s);
    QVERIFY(second);
    QTRY_COMPARE_WITH_TIMEOUT(keyOf(second->id).value_or(QString()), key, 15000);
    QCOMPARE(keyOf(a.id).value_or(QString()), key);

    // Cancel: no copy.
    dialog->selectProfile(a.id);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(dialog->duplicateButton(), Qt::LeftButton);
    QCOMPARE(m_profiles->profiles().size(), 3);
}

void TestManageProfiles::deleteRemovesKeyAndLocalData() {
    const QString key = KeychainTest::distinctiveKey();
    const Profile a = addProfile(u"Alpha"_s, ProgramKind::Affiliate, key);
    const Profile b = addProfile(u"Beta"_s, ProgramKind::Affiliate, KeychainTest::distinctiveKey());
    QVERIFY(!a.isNull() && !b.isNull());
    const QString folder = ProfileStore::dataFolder(a.id);
    QVERIFY(QDir().mkpath(folder));
    QFile index(QDir(folder).filePath(u"index.sqlite"_s));
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.write("customers");
    index.close();
    QCOMPARE(keyOf(a.id).value_or(QString()), key);

    ManageProfilesDialog *dialog = openDialog();
    QTRY_VERIFY(dialog->isVisible());
    dialog->selectProfile(a.id);
    // "Keep": nothing happens.
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
    QVERIFY(m_profiles->contains(a.id));
    QVERIFY(MessageBox::lastText().contains(u"removed from the keychain"_s));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
    QVERIFY(!m_profiles->contains(a.id));
    QCOMPARE(dialog->list()->count(), 1);
    QCOMPARE(dialog->list()->item(0)->text(), u"Beta"_s);
    QVERIFY(!QDir(folder).exists());
    QTRY_VERIFY_WITH_TIMEOUT(!keyOf(a.id).has_value(), 15000);
    // The other profile's key is untouched.
    QVERIFY(keyOf(b.id).has_value());
}

void TestManageProfiles::deleteRefusedWhileChangesWaitForADecision() {
    const Profile a =
        addProfile(u"Alpha"_s, ProgramKind::ReferAFriend, KeychainTest::distinctiveKey());
    JournalOperation operation;
    operation.profileId = a.id;
    operation.profileName = a.name;
    operation.action = u"credit"_s;
    operation.customer = u"cust_waiting_7"_s;
    operation.method = u"POST"_s;
    operation.path = u"/v1/customers/cust_waiting_7/balance/credit"_s;
    operation.payload = {{u"amount"_s, 10}, {u"currency"_s, u"EUR"_s}};
    const QString opId = m_journal->begin(operation);
    QVERIFY(!opId.isEmpty());
    QVERIFY(m_journal->finish(opId, JournalOutcome::Unknown, 0, u"Timed out"_s));

    ManageProfilesDialog *dialog = openDialog();
    QTRY_VERIFY(dialog->isVisible());
    dialog->selectProfile(a.id);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
    QVERIFY(m_profiles->contains(a.id));
    const QString said = dialog->messageLabel()->text();
    QVERIFY2(said.contains(u"1 changes of this profile still need a decision"_s) ||
                 said.contains(u"need a decision"_s),
             qPrintable(said));
    // The list of those changes: the customer and the profile of each.
    QVERIFY2(said.contains(u"cust_waiting_7"_s), qPrintable(said));
    QVERIFY(said.contains(u"(Alpha)"_s));
    QVERIFY(keyOf(a.id).has_value());

    // Decided: the profile can go.
    QVERIFY(m_journal->decide(opId, JournalDecision::NotMade));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
    QVERIFY(!m_profiles->contains(a.id));
}

void TestManageProfiles::deleteRefusedForTheConnectedProfile() {
    const Profile a = addProfile(u"Alpha"_s, ProgramKind::Affiliate, m_sandbox.affiliateKey());
    QVERIFY(connectTo(a, m_sandbox.affiliateKey()));
    ManageProfilesDialog *dialog = openDialog();
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->selectedId(), a.id);
    QVERIFY(dialog->list()->currentItem()->toolTip().contains(u"connected now"_s));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
    QVERIFY(m_profiles->contains(a.id));
    QCOMPARE(dialog->messageLabel()->text(),
             u"“Alpha” is connected now. Switch to another profile before you delete it."_s);
    QVERIFY(keyOf(a.id).has_value());

    // Renaming the connected profile shows in the window's title at once.
    dialog->renameSelected(u"Alpha live"_s);
    QCOMPARE(m_controller->mainWindow()->windowTitle(), u"Alpha live – Partnero Console"_s);
}

void TestManageProfiles::changedKeyOrAddressOfTheConnectedProfileReconnects() {
    // The keychain holds a stale key; the session was opened with the right one in hand.
    const Profile a = addProfile(u"Alpha"_s, ProgramKind::Affiliate, u"stale-key"_s);
    QVERIFY(connectTo(a, m_sandbox.affiliateKey()));
    // Pointers that notice deletion: a new session may take the old one's address.
    QPointer<Session> first = m_controller->session();
    ManageProfilesDialog *dialog = openDialog();
    QTRY_VERIFY(dialog->isVisible());

    // A new key: saved in the keychain, and the window connects again with it.
    QSignalSpy connected(m_controller.get(), &ConsoleController::sessionConnected);
    ProfileEditorDialog *editor = dialog->editSelected();
    QTRY_VERIFY(editor->isVisible());
    QTest::keyClicks(editor->keyEdit(), m_sandbox.affiliateKey());
    QTest::mouseClick(editor->buttons()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY(connected.wait(10000));
    QVERIFY(!first);
    QCOMPARE(m_controller->mainWindow()->session(), m_controller->session());
    QTRY_COMPARE_WITH_TIMEOUT(keyOf(a.id).value_or(QString()), m_sandbox.affiliateKey(), 15000);

    // A new address: the saved key is read again and the session follows the address.
    QPointer<Session> second = m_controller->session();
    const QUrl sameServer(m_sandbox.baseUrl().toString().replace(u"127.0.0.1"_s, u"localhost"_s));
    editor = dialog->editSelected();
    QTRY_VERIFY(editor->isVisible());
    editor->urlEdit()->setText(sameServer.toString());
    QTest::mouseClick(editor->buttons()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY(connected.wait(10000));
    QVERIFY(!second);
    QCOMPARE(m_controller->session()->profile().baseUrl.host(), u"localhost"_s);

    // A role alone changes nothing of the connection: same session.
    QPointer<Session> third = m_controller->session();
    editor = dialog->editSelected();
    QTRY_VERIFY(editor->isVisible());
    editor->roleBox()->setCurrentIndex(editor->roleBox()->findText(u"Support"_s));
    QTest::mouseClick(editor->buttons()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTest::qWait(300);
    QVERIFY(third);
    QCOMPARE(m_controller->session(), third.data());
    QCOMPARE(m_controller->mainWindow()->role(), ProfileRole::Support);
}

QTEST_MAIN(TestManageProfiles)
#include "tst_manageprofiles.moc"

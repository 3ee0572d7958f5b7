// SPDX-License-Identifier: GPL-3.0-or-later
// CredentialStore where no Secret Service runs: with-keyring.sh --no-keyring gives a session
// bus that nobody provides org.freedesktop.secrets on; the "nobus" variant gives no bus at all.
#include "app/credentials/credentialstore.h"
#include "app/credentials/keychaintranslator.h"
#include "tests/keychain/keychaintesthelpers.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

class TestKeychainWithoutService final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void availabilityNamesWhatToStart();
    void readFailsOnceWithTheSentence();
    void writeAndDeleteFailWithTheSentence();
    void sessionOnlyMode();
    void libsecretSentenceNamesThePackage();
    void keychainTranslatorLoads();

private:
    static CredentialStore::Availability expected();
    static QString newProfileId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
};

CredentialStore::Availability TestKeychainWithoutService::expected() {
    return qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")
               ? CredentialStore::Availability::NoSessionBus
               : CredentialStore::Availability::NoSecretService;
}

void TestKeychainWithoutService::initTestCase() {
    if (!KeychainTest::inSandbox())
        QFAIL("run through tests/keychain/with-keyring.sh --no-keyring");
}

void TestKeychainWithoutService::availabilityNamesWhatToStart() {
    CredentialStore store;
    QSignalSpy checked(&store, &CredentialStore::availabilityChecked);
    store.checkAvailability();
    QVERIFY(checked.wait());
    QCOMPARE(checked.count(), 1);
    QCOMPARE(checked.at(0).at(0).value<CredentialStore::Availability>(), expected());
    const QString sentence = checked.at(0).at(1).toString();
    QVERIFY2(sentence.contains(u"gnome-keyring"_s), qPrintable(sentence));
    QVERIFY2(sentence.contains(u"KeePassXC"_s), qPrintable(sentence));
    QVERIFY2(sentence.contains(u"session only"_s), qPrintable(sentence));
    QCOMPARE(store.availability(), expected());
}

void TestKeychainWithoutService::readFailsOnceWithTheSentence() {
    const QString id = newProfileId();
    CredentialStore store;
    store.setRetryDelay(std::chrono::milliseconds(200));
    QSignalSpy failed(&store, &CredentialStore::failed);
    QSignalSpy missing(&store, &CredentialStore::keyMissing);
    QSignalSpy read(&store, &CredentialStore::keyRead);
    store.readKey(id);
    QVERIFY(failed.wait(15000));
    // A retry that falls through would report the first failure too: wait past another retry.
    QTest::qWait(1000);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), id);
    QCOMPARE(failed.at(0).at(1).value<CredentialStore::Operation>(),
             CredentialStore::Operation::Read);
    QCOMPARE(failed.at(0).at(2).toString(), CredentialStore::sentenceFor(expected()));
    // An unreachable keychain is not "no key saved": the person must not be asked to
    // type a key that would then replace the saved one.
    QCOMPARE(missing.count(), 0);
    QCOMPARE(read.count(), 0);
    QCOMPARE(store.availability(), expected());
}

void TestKeychainWithoutService::writeAndDeleteFailWithTheSentence() {
    const QString id = newProfileId();
    const QString key = KeychainTest::distinctiveKey();
    CredentialStore store;
    store.setRetryDelay(std::chrono::milliseconds(50));
    QSignalSpy failed(&store, &CredentialStore::failed);
    QSignalSpy written(&store, &CredentialStore::keyWritten);
    QSignalSpy deleted(&store, &CredentialStore::keyDeleted);

    store.writeKey(id, key);
    QVERIFY(failed.wait(15000));
    QCOMPARE(failed.at(0).at(1).value<CredentialStore::Operation>(),
             CredentialStore::Operation::Write);
    const QString sentence = failed.at(0).at(2).toString();
    QCOMPARE(sentence, CredentialStore::sentenceFor(expected()));
    QVERIFY(!sentence.contains(key));

    store.deleteKey(id);
    QVERIFY(failed.wait(15000));
    QCOMPARE(failed.count(), 2);
    QCOMPARE(failed.at(1).at(1).value<CredentialStore::Operation>(),
             CredentialStore::Operation::Delete);
    QCOMPARE(written.count(), 0);
    QCOMPARE(deleted.count(), 0);
    QVERIFY(KeychainTest::filesContaining(KeychainTest::sandboxHome(), key).isEmpty());
}

void TestKeychainWithoutService::sessionOnlyMode() {
    const QString id = newProfileId();
    const QString key = KeychainTest::distinctiveKey();
    CredentialStore store;
    QSignalSpy read(&store, &CredentialStore::keyRead);
    QSignalSpy failed(&store, &CredentialStore::failed);
    store.setSessionKey(id, key);
    QVERIFY(store.hasSessionKey(id));
    store.readKey(id);
    QVERIFY(read.wait());
    QCOMPARE(read.count(), 1);
    QCOMPARE(read.at(0).at(0).toString(), id);
    QCOMPARE(read.at(0).at(1).toString(), key);
    QCOMPARE(failed.count(), 0);

    // Memory only: another store (the next run) does not have it, and no file does.
    CredentialStore nextRun;
    nextRun.setRetryDelay(std::chrono::milliseconds(50));
    QSignalSpy nextFailed(&nextRun, &CredentialStore::failed);
    nextRun.readKey(id);
    QVERIFY(nextFailed.wait(15000));
    QVERIFY(KeychainTest::filesContaining(KeychainTest::sandboxHome(), key).isEmpty());

    // Removing the profile forgets the session key even though the keychain cannot answer.
    store.setRetryDelay(std::chrono::milliseconds(50));
    store.deleteKey(id);
    QVERIFY(!store.hasSessionKey(id));
    QVERIFY(failed.wait(15000));
}

void TestKeychainWithoutService::libsecretSentenceNamesThePackage() {
    const QString sentence =
        CredentialStore::sentenceFor(CredentialStore::Availability::LibsecretMissing);
    QVERIFY2(sentence.contains(u"libsecret-1-0"_s), qPrintable(sentence));
    QVERIFY(CredentialStore::sentenceFor(CredentialStore::Availability::Available).isEmpty());
}

void TestKeychainWithoutService::keychainTranslatorLoads() {
    if (!QDir(keychainTranslationsPath()).exists())
        QSKIP("QtKeychain's translations are not installed");
    const QString english = u"No keychain service available"_s;
    const char *context = "QKeychain::ReadPasswordJobPrivate";
    QCOMPARE(QCoreApplication::translate(context, "No keychain service available"), english);
    QVERIFY(!installKeychainTranslator(*QCoreApplication::instance(), QLocale(QLocale::Finnish)));
    QVERIFY(installKeychainTranslator(*QCoreApplication::instance(), QLocale(QLocale::German)));
    QVERIFY(QCoreApplication::translate(context, "No keychain service available") != english);
}

QTEST_GUILESS_MAIN(TestKeychainWithoutService)
#include "tst_keychain_nokeyring.moc"

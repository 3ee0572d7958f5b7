// SPDX-License-Identifier: GPL-3.0-or-later
// CredentialStore against a real Secret Service (gnome-keyring), started by with-keyring.sh.
#include "app/credentials/credentialstore.h"
#include "app/journal/journal.h"
#include "app/profiles/profilestore.h"
#include "tests/keychain/keychaintesthelpers.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

class TestKeychain final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void keychainIsReported();
    void writeReadDeleteRoundTrip();
    void missingKeyMeansAskThePerson();
    void overwriteKeepsOneEntry();
    void secretToolSeesTheEntry();
    void keyIsInNoFileInPlainText();
    void sessionKeyNeverReachesTheKeychain();
    void writeReplacesSessionKey();
    void removingTheProfileDeletesItsKey();

private:
    static QString newProfileId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
    static QString secretToolLookup(const QString &profileId);
};

void TestKeychain::initTestCase() {
    if (!KeychainTest::inSandbox())
        QFAIL("run through tests/keychain/with-keyring.sh: this test writes to the keychain");
}

void TestKeychain::keychainIsReported() {
    CredentialStore store;
    QSignalSpy checked(&store, &CredentialStore::availabilityChecked);
    store.checkAvailability();
    QVERIFY(checked.wait());
    QCOMPARE(checked.count(), 1);
    QCOMPARE(checked.at(0).at(0).value<CredentialStore::Availability>(),
             CredentialStore::Availability::Available);
    QVERIFY(checked.at(0).at(1).toString().isEmpty());
    QCOMPARE(store.availability(), CredentialStore::Availability::Available);
}

void TestKeychain::writeReadDeleteRoundTrip() {
    const QString id = newProfileId();
    const QString key = KeychainTest::distinctiveKey();

    {
        CredentialStore writer;
        QSignalSpy written(&writer, &CredentialStore::keyWritten);
        QSignalSpy failed(&writer, &CredentialStore::failed);
        writer.writeKey(id, key);
        QVERIFY(written.wait());
        QCOMPARE(written.count(), 1);
        QCOMPARE(written.at(0).at(0).toString(), id);
        QCOMPARE(failed.count(), 0);
    }

    // A new store has nothing in memory: the key can only come from the keychain.
    CredentialStore reader;
    QSignalSpy read(&reader, &CredentialStore::keyRead);
    QSignalSpy missing(&reader, &CredentialStore::keyMissing);
    QSignalSpy failed(&reader, &CredentialStore::failed);
    reader.readKey(id);
    QVERIFY(read.wait());
    QCOMPARE(read.count(), 1);
    QCOMPARE(read.at(0).at(0).toString(), id);
    QCOMPARE(read.at(0).at(1).toString(), key);
    QCOMPARE(missing.count(), 0);
    QCOMPARE(failed.count(), 0);

    QSignalSpy deleted(&reader, &CredentialStore::keyDeleted);
    reader.deleteKey(id);
    QVERIFY(deleted.wait());
    QCOMPARE(deleted.count(), 1);
    QCOMPARE(deleted.at(0).at(0).toString(), id);

    CredentialStore afterDelete;
    QSignalSpy missingAfter(&afterDelete, &CredentialStore::keyMissing);
    QSignalSpy readAfter(&afterDelete, &CredentialStore::keyRead);
    QSignalSpy failedAfter(&afterDelete, &CredentialStore::failed);
    afterDelete.readKey(id);
    QVERIFY(missingAfter.wait());
    QCOMPARE(missingAfter.count(), 1);
    QCOMPARE(missingAfter.at(0).at(0).toString(), id);
    QCOMPARE(readAfter.count(), 0);
    QCOMPARE(failedAfter.count(), 0);
    QVERIFY(secretToolLookup(id).isEmpty());
}

void TestKeychain::missingKeyMeansAskThePerson() {
    CredentialStore store;
    QSignalSpy missing(&store, &CredentialStore::keyMissing);
    QSignalSpy failed(&store, &CredentialStore::failed);
    store.readKey(newProfileId());
    QVERIFY(missing.wait());
    QCOMPARE(failed.count(), 0);

    // Deleting what is not there is what the caller wanted, not an error.
    QSignalSpy deleted(&store, &CredentialStore::keyDeleted);
    store.deleteKey(newProfileId());
    QVERIFY(deleted.wait());
    QCOMPARE(failed.count(), 0);
}

void TestKeychain::overwriteKeepsOneEntry() {
    const QString id = newProfileId();
    const QString first = KeychainTest::distinctiveKey();
    const QString second = KeychainTest::distinctiveKey();
    CredentialStore store;
    QSignalSpy written(&store, &CredentialStore::keyWritten);
    store.writeKey(id, first);
    store.writeKey(id, second);
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 2, 10000);

    CredentialStore reader;
    QSignalSpy read(&reader, &CredentialStore::keyRead);
    reader.readKey(id);
    QVERIFY(read.wait());
    QCOMPARE(read.at(0).at(1).toString(), second);

    QSignalSpy deleted(&reader, &CredentialStore::keyDeleted);
    reader.deleteKey(id);
    QVERIFY(deleted.wait());
    // Had the second write added an entry instead of replacing, the first would remain.
    QVERIFY(secretToolLookup(id).isEmpty());
}

QString TestKeychain::secretToolLookup(const QString &profileId) {
    // QtKeychain's libsecret schema stores the service as "server" and the key as "user".
    QProcess tool;
    tool.start(u"secret-tool"_s,
               {u"lookup"_s, u"server"_s, CredentialStore::serviceName(), u"user"_s, profileId});
    if (!tool.waitForFinished(10000))
        return u"<secret-tool did not finish>"_s;
    return QString::fromUtf8(tool.readAllStandardOutput());
}

void TestKeychain::secretToolSeesTheEntry() {
    if (QStandardPaths::findExecutable(u"secret-tool"_s).isEmpty())
        QSKIP("secret-tool (libsecret-tools) is not installed");
    const QString id = newProfileId();
    const QString key = KeychainTest::distinctiveKey();
    CredentialStore store;
    QSignalSpy written(&store, &CredentialStore::keyWritten);
    store.writeKey(id, key);
    QVERIFY(written.wait());
    QCOMPARE(secretToolLookup(id), key);

    QSignalSpy deleted(&store, &CredentialStore::keyDeleted);
    store.deleteKey(id);
    QVERIFY(deleted.wait());
}

void TestKeychain::keyIsInNoFileInPlainText() {
    // The whole core as the console uses it: a profile in QSettings (under XDG_CONFIG_HOME),
    // its key in the keychain, a change in the journal (under XDG_DATA_HOME).
    const QString key = KeychainTest::distinctiveKey();
    ProfileStore profiles(u"Partnero"_s, u"Partnero Console"_s);
    Profile profile;
    profile.name = u"Leak check"_s;
    QString error;
    const QString id = profiles.add(profile, &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    QVERIFY(profiles.setLastUsed(id));

    CredentialStore store;
    QSignalSpy written(&store, &CredentialStore::keyWritten);
    store.writeKey(id, key);
    QVERIFY(written.wait());

    Journal journal(qEnvironmentVariable("XDG_DATA_HOME") + u"/partnero/journal.jsonl"_s);
    journal.addSecret(key);
    JournalOperation change;
    change.profileId = id;
    change.action = u"update"_s;
    change.payload = {{u"note"_s, QString(u"pasted by mistake: "_s + key)}};
    const QString opId = journal.begin(change, &error);
    QVERIFY2(!opId.isEmpty(), qPrintable(error));
    QVERIFY(journal.finish(opId, JournalOutcome::NotMade, 401, key));

    // The keyring's own file must exist, or the scan below proves nothing.
    const QString keyring = qEnvironmentVariable("XDG_DATA_HOME") + u"/keyrings/login.keyring"_s;
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(keyring).size() > 0, 10000);
    QVERIFY(QFileInfo::exists(journal.filePath()));
    QVERIFY(QFileInfo::exists(qEnvironmentVariable("XDG_CONFIG_HOME") +
                              u"/Partnero/Partnero Console.conf"_s));

    const QStringList hits = KeychainTest::filesContaining(KeychainTest::sandboxHome(), key);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u", "_s)));
    // XDG_RUNTIME_DIR is outside HOME; gnome-keyring keeps its control socket there.
    const QStringList runtimeHits =
        KeychainTest::filesContaining(qEnvironmentVariable("XDG_RUNTIME_DIR"), key);
    QVERIFY2(runtimeHits.isEmpty(), qPrintable(runtimeHits.join(u", "_s)));

    QSignalSpy deleted(&store, &CredentialStore::keyDeleted);
    store.deleteKey(id);
    QVERIFY(deleted.wait());
}

void TestKeychain::sessionKeyNeverReachesTheKeychain() {
    const QString id = newProfileId();
    const QString key = KeychainTest::distinctiveKey();
    CredentialStore store;
    store.setSessionKey(id, key);
    QVERIFY(store.hasSessionKey(id));
    QSignalSpy read(&store, &CredentialStore::keyRead);
    store.readKey(id);
    QVERIFY(read.wait());
    QCOMPARE(read.at(0).at(1).toString(), key);

    CredentialStore other;
    QSignalSpy missing(&other, &CredentialStore::keyMissing);
    other.readKey(id);
    QVERIFY(missing.wait());
    QVERIFY(KeychainTest::filesContaining(KeychainTest::sandboxHome(), key).isEmpty());
}

void TestKeychain::writeReplacesSessionKey() {
    const QString id = newProfileId();
    const QString sessionKey = KeychainTest::distinctiveKey();
    const QString savedKey = KeychainTest::distinctiveKey();
    CredentialStore store;
    store.setSessionKey(id, sessionKey);
    QSignalSpy written(&store, &CredentialStore::keyWritten);
    store.writeKey(id, savedKey);
    QVERIFY(written.wait());
    QVERIFY(!store.hasSessionKey(id));

    QSignalSpy read(&store, &CredentialStore::keyRead);
    store.readKey(id);
    QVERIFY(read.wait());
    QCOMPARE(read.at(0).at(1).toString(), savedKey);

    QSignalSpy deleted(&store, &CredentialStore::keyDeleted);
    store.deleteKey(id);
    QVERIFY(deleted.wait());
}

void TestKeychain::removingTheProfileDeletesItsKey() {
    const QString key = KeychainTest::distinctiveKey();
    ProfileStore profiles(u"Partnero"_s, u"Partnero Console"_s);
    CredentialStore store;
    profiles.setCredentialStore(&store);
    Profile profile;
    profile.name = u"To be removed"_s;
    const QString id = profiles.add(profile);
    QVERIFY(!id.isEmpty());
    QSignalSpy written(&store, &CredentialStore::keyWritten);
    store.writeKey(id, key);
    QVERIFY(written.wait());

    QSignalSpy deleted(&store, &CredentialStore::keyDeleted);
    QVERIFY(profiles.remove(id));
    QVERIFY(deleted.wait());
    QCOMPARE(deleted.at(0).at(0).toString(), id);

    CredentialStore nextRun;
    QSignalSpy missing(&nextRun, &CredentialStore::keyMissing);
    nextRun.readKey(id);
    QVERIFY(missing.wait());
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"

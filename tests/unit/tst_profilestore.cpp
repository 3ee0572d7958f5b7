// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/credentials/credentialstore.h"
#include "app/profiles/profilestore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestProfileStore final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void newProfileDefaults();
    void addListAndReadBackFromAnotherStore();
    void validationSentences_data();
    void validationSentences();
    void nameIsUniqueIgnoringCase();
    void renameKeepsOwnNameAndRefusesAnother();
    void updateNormalizesBaseUrl();
    void removeForgetsEverythingAndTheSessionKey();
    void lastUsed();
    void perProfileValues();
    void handEditedFileIsTolerated();
    void keyNeverInTheSettingsFile();
    void roleReadBackAndFullForOldProfiles();
    void sharedStoreReadBackWithoutAPassword();
    void duplicateCopiesSettingsNotLastUse();
    void sessionProfilesStayInMemory();

private:
    Profile makeProfile(const QString &name, const QString &url = {}) const;
    QString iniPath() const { return m_dir->filePath(u"profiles.ini"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

Profile TestProfileStore::makeProfile(const QString &name, const QString &url) const {
    Profile profile;
    profile.name = name;
    if (!url.isEmpty())
        profile.baseUrl = QUrl(url);
    return profile;
}

void TestProfileStore::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(iniPath(), QSettings::IniFormat);
}

void TestProfileStore::cleanup() {
    m_settings.reset();
    m_dir.reset();
}

void TestProfileStore::newProfileDefaults() {
    const Profile profile;
    QCOMPARE(profile.baseUrl, QUrl(u"https://api.partnero.com/v1"_s));
    QCOMPARE(profile.pageSize, 25);
    QCOMPARE(profile.kind, ProgramKind::Unknown);
    QVERIFY(profile.isNull());
    QVERIFY(!profile.lastUsed.isValid());
}

void TestProfileStore::addListAndReadBackFromAnotherStore() {
    QString mainId;
    QString stagingId;
    {
        ProfileStore store(m_settings.get());
        QSignalSpy added(&store, &ProfileStore::profileAdded);
        Profile staging = makeProfile(u"staging"_s, u"https://staging.example.com/v1"_s);
        staging.kind = ProgramKind::ReferAFriend;
        staging.pageSize = 100;
        QString error;
        stagingId = store.add(staging, &error);
        QVERIFY2(!stagingId.isEmpty(), qPrintable(error));
        Profile main = makeProfile(u"Main"_s);
        main.kind = ProgramKind::Affiliate;
        mainId = store.add(main, &error);
        QVERIFY2(!mainId.isEmpty(), qPrintable(error));
        QVERIFY(mainId != stagingId);
        QVERIFY(!QUuid::fromString(mainId).isNull());
        QCOMPARE(added.count(), 2);
        QCOMPARE(added.at(0).at(0).toString(), stagingId);
    }
    m_settings.reset();

    QSettings reopened(iniPath(), QSettings::IniFormat);
    ProfileStore store(&reopened);
    const QList<Profile> profiles = store.profiles();
    QCOMPARE(profiles.size(), 2);
    // Sorted by name, ignoring case.
    QCOMPARE(profiles.at(0).name, u"Main"_s);
    QCOMPARE(profiles.at(0).id, mainId);
    QCOMPARE(profiles.at(0).kind, ProgramKind::Affiliate);
    QCOMPARE(profiles.at(0).baseUrl, QUrl(u"https://api.partnero.com/v1"_s));
    QCOMPARE(profiles.at(0).pageSize, 25);
    QCOMPARE(profiles.at(1).name, u"staging"_s);
    QCOMPARE(profiles.at(1).kind, ProgramKind::ReferAFriend);
    QCOMPARE(profiles.at(1).baseUrl, QUrl(u"https://staging.example.com/v1"_s));
    QCOMPARE(profiles.at(1).pageSize, 100);
    QCOMPARE(store.profile(stagingId)->name, u"staging"_s);
    QCOMPARE(store.profileByName(u"  MAIN "_s)->id, mainId);
    QVERIFY(!store.profile(u"no-such-id"_s));
}

void TestProfileStore::validationSentences_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<QString>("sentencePart"); // empty: valid

    QTest::newRow("valid") << u"Shop"_s << u"https://api.partnero.com/v1"_s << 25 << QString();
    QTest::newRow("empty name") << u""_s << u"https://a.example"_s << 25 << u"name"_s;
    QTest::newRow("blank name") << u"   "_s << u"https://a.example"_s << 25 << u"name"_s;
    QTest::newRow("no url") << u"Shop"_s << QString() << 25 << u"address"_s;
    QTest::newRow("not a url") << u"Shop"_s << u"::::"_s << 25 << u"not a valid"_s;
    QTest::newRow("plain http elsewhere")
        << u"Shop"_s << u"http://api.partnero.com/v1"_s << 25 << u"https://"_s;
    QTest::newRow("ftp") << u"Shop"_s << u"ftp://api.partnero.com/v1"_s << 25 << u"https://"_s;
    QTest::newRow("http localhost")
        << u"Shop"_s << u"http://localhost:8080/v1"_s << 25 << QString();
    QTest::newRow("http 127.0.0.1")
        << u"Shop"_s << u"http://127.0.0.1:5000/v1"_s << 25 << QString();
    QTest::newRow("http 127.1.2.3") << u"Shop"_s << u"http://127.1.2.3/v1"_s << 25 << QString();
    QTest::newRow("http ::1") << u"Shop"_s << u"http://[::1]:5000/v1"_s << 25 << QString();
    QTest::newRow("http 128.0.0.1") << u"Shop"_s << u"http://128.0.0.1/v1"_s << 25 << u"https://"_s;
    QTest::newRow("http localhost lookalike")
        << u"Shop"_s << u"http://localhost.evil.example/v1"_s << 25 << u"https://"_s;
    QTest::newRow("password in url")
        << u"Shop"_s << u"https://me:secret@api.partnero.com/v1"_s << 25 << u"password"_s;
    QTest::newRow("query") << u"Shop"_s << u"https://api.partnero.com/v1?x=1"_s << 25 << u"?"_s;
    QTest::newRow("page size 0") << u"Shop"_s << u"https://a.example"_s << 0 << u"page size"_s;
    QTest::newRow("page size 251") << u"Shop"_s << u"https://a.example"_s << 251 << u"page size"_s;
    QTest::newRow("page size 250") << u"Shop"_s << u"https://a.example"_s << 250 << QString();
}

void TestProfileStore::validationSentences() {
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(int, pageSize);
    QFETCH(QString, sentencePart);

    ProfileStore store(m_settings.get());
    Profile profile = makeProfile(name);
    profile.baseUrl = QUrl(url);
    profile.pageSize = pageSize;
    QString error;
    const QString id = store.add(profile, &error);
    if (sentencePart.isEmpty()) {
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        QVERIFY(error.isEmpty());
    } else {
        QVERIFY(id.isEmpty());
        QVERIFY2(error.contains(sentencePart, Qt::CaseInsensitive), qPrintable(error));
        QVERIFY(store.profiles().isEmpty());
    }
}

void TestProfileStore::nameIsUniqueIgnoringCase() {
    ProfileStore store(m_settings.get());
    QVERIFY(!store.add(makeProfile(u"Main Shop"_s)).isEmpty());
    QString error;
    QVERIFY(store.add(makeProfile(u"main  shop"_s), &error).isEmpty());
    QCOMPARE(error, u"There is already a profile named “Main Shop”."_s);
    QCOMPARE(store.profiles().size(), 1);
}

void TestProfileStore::renameKeepsOwnNameAndRefusesAnother() {
    ProfileStore store(m_settings.get());
    const QString a = store.add(makeProfile(u"Alpha"_s));
    const QString b = store.add(makeProfile(u"Beta"_s));
    QSignalSpy changed(&store, &ProfileStore::profileChanged);

    QString error;
    QVERIFY2(store.rename(a, u"ALPHA"_s, &error), qPrintable(error));
    QCOMPARE(store.profile(a)->name, u"ALPHA"_s);
    QVERIFY(!store.rename(b, u"alpha"_s, &error));
    QCOMPARE(error, u"There is already a profile named “ALPHA”."_s);
    QCOMPARE(store.profile(b)->name, u"Beta"_s);
    QVERIFY(!store.rename(b, u" "_s, &error));
    QCOMPARE(error, u"Enter a name for the profile."_s);
    QVERIFY(!store.rename(u"gone"_s, u"Gamma"_s, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(store.rename(b, u"  Gamma  "_s));
    QCOMPARE(store.profile(b)->name, u"Gamma"_s);
    QCOMPARE(changed.count(), 2);
}

void TestProfileStore::updateNormalizesBaseUrl() {
    ProfileStore store(m_settings.get());
    const QString id = store.add(makeProfile(u"Local"_s, u"http://127.0.0.1:8080/v1/"_s));
    Profile profile = *store.profile(id);
    QCOMPARE(profile.baseUrl, QUrl(u"http://127.0.0.1:8080/v1"_s));
    profile.kind = ProgramKind::ReferAFriend;
    profile.baseUrl = QUrl(u"https://eu.example.com/api/v1//"_s);
    profile.pageSize = 50;
    QString error;
    QVERIFY2(store.update(profile, &error), qPrintable(error));
    const Profile saved = *store.profile(id);
    QCOMPARE(saved.kind, ProgramKind::ReferAFriend);
    QCOMPARE(saved.baseUrl, QUrl(u"https://eu.example.com/api/v1"_s));
    QCOMPARE(saved.pageSize, 50);

    profile.baseUrl = QUrl(u"http://eu.example.com/v1"_s);
    QVERIFY(!store.update(profile, &error));
    QCOMPARE(store.profile(id)->baseUrl, QUrl(u"https://eu.example.com/api/v1"_s));
}

void TestProfileStore::removeForgetsEverythingAndTheSessionKey() {
    ProfileStore store(m_settings.get());
    CredentialStore credentials;
    store.setCredentialStore(&credentials);
    const QString keep = store.add(makeProfile(u"Keep"_s));
    const QString gone = store.add(makeProfile(u"Gone"_s));
    credentials.setSessionKey(gone, u"session-only-key-123"_s);
    credentials.setSessionKey(keep, u"session-only-key-456"_s);
    QVERIFY(store.setValue(gone, u"columns"_s, QByteArray("state")));
    QVERIFY(store.setLastUsed(gone));
    QSignalSpy removed(&store, &ProfileStore::profileRemoved);

    QVERIFY(store.remove(gone));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(0).toString(), gone);
    QVERIFY(!store.profile(gone));
    QVERIFY(!store.lastUsedProfile());
    QVERIFY(!credentials.hasSessionKey(gone));
    QVERIFY(credentials.hasSessionKey(keep));
    QCOMPARE(store.profiles().size(), 1);
    QVERIFY(!store.remove(gone));

    m_settings->sync();
    QFile ini(iniPath());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains(gone.toUtf8()));
}

void TestProfileStore::lastUsed() {
    QString b;
    {
        ProfileStore store(m_settings.get());
        QVERIFY(!store.lastUsedProfile());
        const QString a = store.add(makeProfile(u"A"_s));
        b = store.add(makeProfile(u"B"_s));
        const QDateTime when(QDate(2024, 6, 1), QTime(9, 30), Qt::UTC);
        QVERIFY(store.setLastUsed(a, when.addDays(-1)));
        QVERIFY(store.setLastUsed(b, when));
        QVERIFY(!store.setLastUsed(u"no-such-id"_s));
        QCOMPARE(store.lastUsedProfileId(), b);
    }
    m_settings.reset();
    QSettings reopened(iniPath(), QSettings::IniFormat);
    ProfileStore store(&reopened);
    const auto last = store.lastUsedProfile();
    QVERIFY(last);
    QCOMPARE(last->id, b);
    QCOMPARE(last->lastUsed, QDateTime(QDate(2024, 6, 1), QTime(9, 30), Qt::UTC));
}

void TestProfileStore::perProfileValues() {
    ProfileStore store(m_settings.get());
    const QString a = store.add(makeProfile(u"A"_s));
    const QString b = store.add(makeProfile(u"B"_s));
    QVERIFY(store.setValue(a, u"customers/header"_s, QByteArray("\x01\x02state", 7)));
    QVERIFY(store.setValue(a, u"pageSize"_s, 100));
    QVERIFY(!store.setValue(u"no-such-id"_s, u"x"_s, 1));
    QCOMPARE(store.value(a, u"customers/header"_s).toByteArray(), QByteArray("\x01\x02state", 7));
    QCOMPARE(store.value(b, u"customers/header"_s, u"none"_s).toString(), u"none"_s);
    // UI values live apart from the profile's own fields.
    QCOMPARE(store.profile(a)->pageSize, 25);
    store.removeValue(a, u"pageSize"_s);
    QVERIFY(!store.value(a, u"pageSize"_s).isValid());

    m_settings->sync();
    QSettings reopened(iniPath(), QSettings::IniFormat);
    ProfileStore other(&reopened);
    QCOMPARE(other.value(a, u"customers/header"_s).toByteArray(), QByteArray("\x01\x02state", 7));
}

void TestProfileStore::handEditedFileIsTolerated() {
    m_settings->setValue(u"profiles/abc/name"_s, u"Hand made"_s);
    m_settings->setValue(u"profiles/abc/kind"_s, u"something"_s);
    m_settings->setValue(u"profiles/abc/pageSize"_s, u"lots"_s);
    m_settings->setValue(u"profiles/noname/baseUrl"_s, u"https://x.example"_s);
    m_settings->setValue(u"lastUsedProfile"_s, u"noname"_s);
    ProfileStore store(m_settings.get());
    const QList<Profile> profiles = store.profiles();
    QCOMPARE(profiles.size(), 1);
    QCOMPARE(profiles.at(0).id, u"abc"_s);
    QCOMPARE(profiles.at(0).kind, ProgramKind::Unknown);
    QCOMPARE(profiles.at(0).pageSize, 25);
    QCOMPARE(profiles.at(0).baseUrl, QUrl(u"https://api.partnero.com/v1"_s));
    QVERIFY(!store.lastUsedProfile());
}

void TestProfileStore::keyNeverInTheSettingsFile() {
    const QString key = u"ptnr_unit_7f3a9c1e5b2d8046"_s;
    {
        ProfileStore store(m_settings.get());
        CredentialStore credentials;
        store.setCredentialStore(&credentials);
        const QString id = store.add(makeProfile(u"Main"_s));
        credentials.setSessionKey(id, key);
        QVERIFY(store.setLastUsed(id));
        QVERIFY(store.setValue(id, u"columns"_s, u"a,b,c"_s));
        QVERIFY(store.rename(id, u"Main 2"_s));
    }
    m_settings->sync();
    QFile ini(iniPath());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray content = ini.readAll();
    QVERIFY(content.contains("Main 2"));
    QVERIFY(!content.contains(key.toUtf8()));
}

void TestProfileStore::roleReadBackAndFullForOldProfiles() {
    ProfileStore store(m_settings.get());
    Profile profile = makeProfile(u"Support desk"_s);
    QCOMPARE(profile.role, ProfileRole::Full);
    profile.role = ProfileRole::Support;
    profile.id = store.add(profile);
    QCOMPARE(ProfileStore(m_settings.get()).profile(profile.id)->role, ProfileRole::Support);
    // A profile saved before roles existed, or a hand-edited role: Full, as before.
    m_settings->remove(u"profiles/%1/role"_s.arg(profile.id));
    QCOMPARE(store.profile(profile.id)->role, ProfileRole::Full);
    m_settings->setValue(u"profiles/%1/role"_s.arg(profile.id), u"admin"_s);
    QCOMPARE(store.profile(profile.id)->role, ProfileRole::Full);
    m_settings->setValue(u"profiles/%1/role"_s.arg(profile.id), u"Marketer"_s);
    QCOMPARE(store.profile(profile.id)->role, ProfileRole::Marketer);
}

void TestProfileStore::sharedStoreReadBackWithoutAPassword() {
    ProfileStore store(m_settings.get());
    Profile profile = makeProfile(u"Team"_s);
    QVERIFY(!profile.hasSharedStore());
    profile.sharedStore =
        PostgresTarget::fromUrl(u"postgresql://anna@db.example.com:5433/console"_s);
    profile.sharedStore.caFile = u"/etc/company-ca.pem"_s;
    profile.teamProgramId = u"b7c0a7e2"_s;
    profile.teamProgramName = u"Shop EU"_s;
    profile.id = store.add(profile);
    const Profile read = *ProfileStore(m_settings.get()).profile(profile.id);
    QVERIFY(read.hasSharedStore());
    QCOMPARE(read.sharedStore, profile.sharedStore);
    QCOMPARE(read.sharedStore.effectiveTls(), PostgresTarget::TlsMode::VerifyFull);
    QCOMPARE(read.teamProgramId, u"b7c0a7e2"_s);
    QCOMPARE(read.teamProgramName, u"Shop EU"_s);
    QCOMPARE(Profile::sharedStoreAccount(profile.id), profile.id + u"/shared-store"_s);

    // Back to local files: nothing of the store is left in the settings.
    Profile local = read;
    local.sharedStore = {};
    QVERIFY(store.update(local));
    m_settings->sync();
    QFile file(iniPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(!text.contains("db.example.com"));
    QVERIFY(!text.contains("teamProgram"));
    QVERIFY(!ProfileStore(m_settings.get()).profile(profile.id)->hasSharedStore());
}

void TestProfileStore::duplicateCopiesSettingsNotLastUse() {
    ProfileStore store(m_settings.get());
    Profile profile = makeProfile(u"Shop"_s, u"https://staging.example.com/v1"_s);
    profile.kind = ProgramKind::ReferAFriend;
    profile.role = ProfileRole::Manager;
    profile.pageSize = 100;
    profile.id = store.add(profile);
    QVERIFY(store.setLastUsed(profile.id));
    QVERIFY(store.setValue(profile.id, u"columns/refer"_s, QByteArray("state")));

    QCOMPARE(store.copyName(u"Shop"_s), u"Shop (copy)"_s);
    QString error;
    const QString copyId = store.duplicate(profile.id, store.copyName(u"Shop"_s), &error);
    QVERIFY2(!copyId.isEmpty(), qPrintable(error));
    const Profile copy = *ProfileStore(m_settings.get()).profile(copyId);
    QCOMPARE(copy.name, u"Shop (copy)"_s);
    QCOMPARE(copy.baseUrl, profile.baseUrl);
    QCOMPARE(copy.kind, ProgramKind::ReferAFriend);
    QCOMPARE(copy.role, ProfileRole::Manager);
    QCOMPARE(copy.pageSize, 100);
    QVERIFY(!copy.lastUsed.isValid());
    QCOMPARE(store.value(copyId, u"columns/refer"_s).toByteArray(), QByteArray("state"));
    QCOMPARE(store.lastUsedProfileId(), profile.id);
    QCOMPARE(store.copyName(u"Shop"_s), u"Shop (copy 2)"_s);
    // A name already taken is refused, as for a new profile.
    QVERIFY(store.duplicate(profile.id, u"shop"_s, &error).isEmpty());
    QCOMPARE(error, u"There is already a profile named “Shop”."_s);
}

void TestProfileStore::sessionProfilesStayInMemory() {
    ProfileStore store(m_settings.get());
    Profile session = makeProfile(u"Sandbox – Affiliate"_s, u"http://127.0.0.1:4010/v1"_s);
    session.id = Profile::newId();
    store.addSessionProfile(session);
    QVERIFY(store.contains(session.id));
    QVERIFY(store.isSessionProfile(session.id));
    QVERIFY(store.profiles().isEmpty());
    session.pageSize = 50;
    QVERIFY(store.update(session));
    QCOMPARE(store.profile(session.id)->pageSize, 50);
    QVERIFY(store.setValue(session.id, u"columns/affiliate"_s, QByteArray("state")));
    QCOMPARE(store.value(session.id, u"columns/affiliate"_s).toByteArray(), QByteArray("state"));
    // Never the one to open at the next start, never in the file.
    QVERIFY(!store.setLastUsed(session.id));
    m_settings->sync();
    QFile file(iniPath());
    QVERIFY(!file.open(QIODevice::ReadOnly) || !file.readAll().contains(session.id.toUtf8()));
    QVERIFY(!ProfileStore(m_settings.get()).contains(session.id));
    QVERIFY(store.remove(session.id));
    QVERIFY(!store.contains(session.id));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"

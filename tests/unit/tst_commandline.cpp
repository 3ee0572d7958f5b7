// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/profiles/commandline.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestCommandLine final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void nothingGiven();
    void profile();
    void sandbox();
    void baseUrlTakesTheKeyFromTheEnvironment();
    void baseUrlWithoutKeyIsRefused();
    void baseUrlMustBeHttpsUnlessLoopback_data();
    void baseUrlMustBeHttpsUnlessLoopback();
    void keyOnTheCommandLineIsRefused_data();
    void keyOnTheCommandLineIsRefused();
    void kind_data();
    void kind();
    void conflicts_data();
    void conflicts();
    void helpAndVersion();
    void sharedStoreAndItsProgram();

private:
    static CommandLine::Result parse(const QStringList &arguments, const QString &key = {});
};

CommandLine::Result TestCommandLine::parse(const QStringList &arguments, const QString &key) {
    QProcessEnvironment environment;
    if (!key.isNull())
        environment.insert(u"PARTNERO_API_KEY"_s, key);
    return CommandLine::parse(QStringList{u"partnero-console"_s} + arguments, environment);
}

void TestCommandLine::initTestCase() {
    QCoreApplication::setApplicationName(u"partnero-console"_s);
    QCoreApplication::setApplicationVersion(u"1.2.3"_s);
}

void TestCommandLine::nothingGiven() {
    const auto result = parse({}, u"ignored-without-base-url"_s);
    QCOMPARE(result.action, CommandLine::Action::Run);
    QVERIFY(result.error.isEmpty());
    QVERIFY(result.options.profileName.isEmpty());
    QVERIFY(!result.options.sandbox);
    QVERIFY(result.options.baseUrl.isEmpty());
    // The key is only taken for --base-url; a stray variable must not override a profile.
    QVERIFY(result.options.apiKey.isEmpty());
    QVERIFY(!result.options.kind);
}

void TestCommandLine::profile() {
    auto result = parse({u"--profile"_s, u"Main shop"_s});
    QCOMPARE(result.action, CommandLine::Action::Run);
    QCOMPARE(result.options.profileName, u"Main shop"_s);

    result = parse({u"--profile=Staging"_s, u"--kind"_s, u"refer"_s});
    QCOMPARE(result.options.profileName, u"Staging"_s);
    QCOMPARE(result.options.kind, ProgramKind::ReferAFriend);

    result = parse({u"--profile"_s, u"  "_s});
    QCOMPARE(result.action, CommandLine::Action::Fail);
    QVERIFY2(result.error.contains(u"--profile"_s), qPrintable(result.error));

    result = parse({u"--profile"_s});
    QCOMPARE(result.action, CommandLine::Action::Fail);
    QVERIFY(!result.error.isEmpty());
}

void TestCommandLine::sandbox() {
    const auto result = parse({u"--sandbox"_s, u"--kind"_s, u"affiliate"_s});
    QCOMPARE(result.action, CommandLine::Action::Run);
    QVERIFY(result.options.sandbox);
    QCOMPARE(result.options.kind, ProgramKind::Affiliate);
}

void TestCommandLine::baseUrlTakesTheKeyFromTheEnvironment() {
    const auto result =
        parse({u"--base-url"_s, u"https://api.partnero.com/v1"_s}, u" env-key-123 "_s);
    QCOMPARE(result.action, CommandLine::Action::Run);
    QCOMPARE(result.options.baseUrl, QUrl(u"https://api.partnero.com/v1"_s));
    QCOMPARE(result.options.apiKey, u"env-key-123"_s);
}

void TestCommandLine::sharedStoreAndItsProgram() {
    auto result =
        parse({u"--base-url"_s, u"https://api.partnero.com/v1"_s, u"--store"_s,
               u"postgresql://anna@db.example.com/console"_s, u"--program"_s, u"Shop  EU"_s},
              u"key-123"_s);
    QCOMPARE(result.action, CommandLine::Action::Run);
    QCOMPARE(result.options.store.host, u"db.example.com"_s);
    QCOMPARE(result.options.store.user, u"anna"_s);
    QCOMPARE(result.options.store.effectiveTls(), PostgresTarget::TlsMode::VerifyFull);
    QCOMPARE(result.options.program, u"Shop EU"_s);

    // A saved profile already names its program.
    result = parse({u"--profile"_s, u"Team"_s, u"--store"_s, u"postgresql://db/console"_s});
    QCOMPARE(result.action, CommandLine::Action::Run);

    // Refused, each with a sentence: no program for a profile made on the spot, a password in
    // the address, --store alone, --program alone.
    const QList<QStringList> refused = {
        {u"--base-url"_s, u"https://api.partnero.com/v1"_s, u"--store"_s,
         u"postgresql://db/console"_s},
        {u"--profile"_s, u"Team"_s, u"--store"_s, u"postgresql://anna:pw@db/console"_s},
        {u"--store"_s, u"postgresql://db/console"_s},
        {u"--profile"_s, u"Team"_s, u"--program"_s, u"Shop"_s},
    };
    for (const QStringList &arguments : refused) {
        result = parse(arguments, u"key-123"_s);
        QCOMPARE(result.action, CommandLine::Action::Fail);
        QVERIFY(!result.error.isEmpty());
        QVERIFY(!result.error.contains(u"pw@"_s));
    }
}

void TestCommandLine::baseUrlWithoutKeyIsRefused() {
    for (const QString &key : {QString(), u""_s, u"   "_s}) {
        const auto result = parse({u"--base-url"_s, u"https://api.partnero.com/v1"_s}, key);
        QCOMPARE(result.action, CommandLine::Action::Fail);
        QVERIFY2(result.error.contains(u"PARTNERO_API_KEY"_s), qPrintable(result.error));
        QVERIFY(result.options.apiKey.isEmpty());
    }
}

void TestCommandLine::baseUrlMustBeHttpsUnlessLoopback_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https") << u"https://api.example.com/v1"_s << true;
    QTest::newRow("http remote") << u"http://api.example.com/v1"_s << false;
    QTest::newRow("no scheme remote") << u"api.example.com/v1"_s << false;
    QTest::newRow("http loopback") << u"http://127.0.0.1:8123/v1"_s << true;
    QTest::newRow("http localhost") << u"http://localhost:8123/v1"_s << true;
    QTest::newRow("garbage") << u"https://"_s << false;
}

void TestCommandLine::baseUrlMustBeHttpsUnlessLoopback() {
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    const auto result = parse({u"--base-url"_s, url}, u"env-key-123"_s);
    QCOMPARE(result.action == CommandLine::Action::Run, accepted);
    if (accepted) {
        QCOMPARE(result.options.baseUrl, QUrl(url));
    } else {
        QVERIFY2(result.error.startsWith(u"--base-url"_s), qPrintable(result.error));
        QVERIFY(!result.error.contains(u"env-key-123"_s));
    }
}

void TestCommandLine::keyOnTheCommandLineIsRefused_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("--api-key=") << QStringList{u"--api-key=sk_cmdline_secret"_s};
    QTest::newRow("--key value") << QStringList{u"--key"_s, u"sk_cmdline_secret"_s};
    QTest::newRow("--token=") << QStringList{u"--token=sk_cmdline_secret"_s};
}

void TestCommandLine::keyOnTheCommandLineIsRefused() {
    QFETCH(QStringList, arguments);
    const auto result = parse(arguments);
    QCOMPARE(result.action, CommandLine::Action::Fail);
    QVERIFY2(result.error.contains(u"PARTNERO_API_KEY"_s), qPrintable(result.error));
    QVERIFY(!result.error.contains(u"sk_cmdline_secret"_s));
    QVERIFY(result.options.apiKey.isEmpty());
}

void TestCommandLine::kind_data() {
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("expected"); // -1: refused
    QTest::newRow("affiliate") << u"affiliate"_s << int(ProgramKind::Affiliate);
    QTest::newRow("refer") << u"refer"_s << int(ProgramKind::ReferAFriend);
    QTest::newRow("upper case") << u"AFFILIATE"_s << int(ProgramKind::Affiliate);
    QTest::newRow("unknown word") << u"loyalty"_s << -1;
    QTest::newRow("empty") << u""_s << -1;
}

void TestCommandLine::kind() {
    QFETCH(QString, value);
    QFETCH(int, expected);
    const auto result = parse({u"--kind"_s, value});
    if (expected < 0) {
        QCOMPARE(result.action, CommandLine::Action::Fail);
        QVERIFY2(result.error.contains(u"affiliate"_s) && result.error.contains(u"refer"_s),
                 qPrintable(result.error));
    } else {
        QCOMPARE(result.action, CommandLine::Action::Run);
        QCOMPARE(int(*result.options.kind), expected);
    }
}

void TestCommandLine::conflicts_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("sandbox and profile") << QStringList{u"--sandbox"_s, u"--profile"_s, u"Main"_s};
    QTest::newRow("sandbox and base url")
        << QStringList{u"--sandbox"_s, u"--base-url"_s, u"https://a.example"_s};
    QTest::newRow("profile and base url")
        << QStringList{u"--profile"_s, u"Main"_s, u"--base-url"_s, u"https://a.example"_s};
    QTest::newRow("positional") << QStringList{u"Main"_s};
    QTest::newRow("unknown option") << QStringList{u"--verbose"_s};
}

void TestCommandLine::conflicts() {
    QFETCH(QStringList, arguments);
    const auto result = parse(arguments, u"env-key-123"_s);
    QCOMPARE(result.action, CommandLine::Action::Fail);
    QVERIFY(!result.error.isEmpty());
    QVERIFY(!result.error.contains(u"env-key-123"_s));
}

void TestCommandLine::helpAndVersion() {
    auto result = parse({u"--help"_s});
    QCOMPARE(result.action, CommandLine::Action::ShowHelp);
    for (const auto &option :
         {u"--profile"_s, u"--sandbox"_s, u"--base-url"_s, u"--kind"_s, u"PARTNERO_API_KEY"_s})
        QVERIFY2(result.text.contains(option), qPrintable(result.text));

    result = parse({u"--version"_s});
    QCOMPARE(result.action, CommandLine::Action::ShowVersion);
    QVERIFY2(result.text.contains(u"1.2.3"_s), qPrintable(result.text));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// partnero-console export and sync, run as a cron job or an SSH session would run them: the
// real executable, no display, no session bus, the key from the environment or a file,
// against the sandbox.

#include "app/api/apiclient.h"
#include "app/api/customerservice.h"
#include "app/index/customerindex.h"
#include "app/profiles/networkpreferences.h"
#include "app/profiles/profilestore.h"

#include "app/store/sqlstore.h"
#include "app/team/teamprograms.h"
#include "tests/common/postgresserver.h"
#include "tests/common/proxyprocess.h"
#include "tests/common/sandboxprocess.h"
#include "tests/service/servicetest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestCli final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void helpAndVersionWithoutDisplay();
    void exportCsvFromTheApi();
    void exportJsonLinesWithKeyFile();
    void filtersApply();
    void usageErrors();
    void wrongKeyLeavesNoFile();
    void exportGoesThroughTheProxyOfPreferences();
    void syncThenExportFromTheIndex();
    void syncIntoTheSharedIndex();
    void interruptedExportLeavesNoFile();

private:
    // The environment of a timer: no display, no bus, a home of its own.
    QProcessEnvironment environment(const QString &key = {}) const;
    QProcess *start(const QStringList &arguments, const QProcessEnvironment &env);
    Run run(const QStringList &arguments, const QString &key);
    Run run(const QStringList &arguments, const QProcessEnvironment &env);
    QStringList urlArguments() const;
    int serverCount(const QString &key, const CustomerQuery &filter = {});

    SandboxProcess m_sandbox;
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestCli::initTestCase() {
    QVERIFY2(m_sandbox.start({u"--customers"_s, u"620"_s}), qPrintable(m_sandbox.errorString()));
    // A name a spreadsheet would run as a formula.
    ApiClient client;
    QVERIFY(!client.setBaseUrl(QUrl(m_sandbox.baseUrl())).isError());
    client.setApiKey(m_sandbox.affiliateKey());
    CustomerService customers(&client);
    AffiliateCustomerDraft draft;
    draft.key = u"formula_fan"_s;
    draft.name = u"=HYPERLINK(\"http://x\")"_s;
    draft.email = u"formula@example.com"_s;
    draft.partnerKey = u"partner_acme"_s;
    QVERIFY(await<Customer>([&](auto done) { return customers.create(draft, this, done); }).ok());
}

void TestCli::init() {
    m_home = std::make_unique<QTemporaryDir>();
    m_sandbox.clearFaults();
    m_sandbox.clearRequests();
}

QProcessEnvironment TestCli::environment(const QString &key) const {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s,
                                u"DBUS_SESSION_BUS_ADDRESS"_s, u"PARTNERO_API_KEY"_s})
        env.remove(name);
    env.insert(u"HOME"_s, m_home->path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_home->filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_home->filePath(u"data"_s));
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    if (!key.isEmpty())
        env.insert(u"PARTNERO_API_KEY"_s, key);
    return env;
}

QProcess *TestCli::start(const QStringList &arguments, const QProcessEnvironment &env) {
    auto *process = new QProcess(this);
    process->setProcessEnvironment(env);
    process->setWorkingDirectory(m_home->path());
    process->start(QStringLiteral(PARTNERO_CONSOLE_EXE), arguments);
    return process;
}

Run TestCli::run(const QStringList &arguments, const QProcessEnvironment &env) {
    QProcess *process = start(arguments, env);
    Run result;
    if (process->waitForFinished(60000) && process->exitStatus() == QProcess::NormalExit)
        result.exitCode = process->exitCode();
    result.out = process->readAllStandardOutput();
    result.err = process->readAllStandardError();
    process->deleteLater();
    return result;
}

Run TestCli::run(const QStringList &arguments, const QString &key) {
    return run(arguments, environment(key));
}

QStringList TestCli::urlArguments() const {
    return {u"--base-url"_s, m_sandbox.baseUrl().toString()};
}

int TestCli::serverCount(const QString &key, const CustomerQuery &filter) {
    ApiClient client;
    client.setBaseUrl(QUrl(m_sandbox.baseUrl()));
    client.setApiKey(key);
    CustomerService customers(&client);
    int count = 0;
    for (int page = 1; page < 100; ++page) {
        CustomerQuery query = filter;
        query.limit = 250;
        query.page = page;
        const auto result =
            await<Page<Customer>>([&](auto done) { return customers.list(query, this, done); });
        if (!result.ok())
            return -1;
        count += int(result.value().items.size());
        if (!result.value().info.hasNext)
            break;
    }
    return count;
}

void TestCli::helpAndVersionWithoutDisplay() {
    const Run version = run({u"--version"_s}, QString());
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("Partnero Console "));
    const Run help = run({u"--help"_s}, QString());
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("--profile"));
    const Run exportHelp = run({u"export"_s, u"--help"_s}, QString());
    QCOMPARE(exportHelp.exitCode, 0);
    QVERIFY2(exportHelp.out.contains("--output"), exportHelp.out.constData());
}

void TestCli::exportCsvFromTheApi() {
    const QString path = m_home->filePath(u"customers.csv"_s);
    const Run result = run(urlArguments() + QStringList{u"export"_s, u"--output"_s, path},
                           m_sandbox.affiliateKey());
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // spreadsheets read it as UTF-8
    const QList<QByteArray> lines = bytes.mid(3).split('\n');
    QCOMPARE(lines.first().trimmed(),
             QByteArray("key,email,name,surname,status,partner,tags,deleted,created_at,"
                        "updated_at,deleted_at"));
    const int rows = int(lines.size()) - 2; // the header, and the empty piece after the last CRLF
    QCOMPARE(rows, serverCount(m_sandbox.affiliateKey()));
    QVERIFY(bytes.contains("\r\n"));
    QVERIFY(QString::fromUtf8(bytes).contains(u"Ángel"_s));
    // The formula is text: quoted, with the guard in front.
    QVERIFY2(bytes.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), bytes.left(400).constData());
    // A sentence on stderr says what was done; the key appears nowhere.
    QVERIFY(result.err.contains("Exported"));
    QVERIFY(!result.err.contains(m_sandbox.affiliateKey().toUtf8()));
}

void TestCli::exportJsonLinesWithKeyFile() {
    const QString keyFile = m_home->filePath(u"key"_s);
    {
        QFile file(keyFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(m_sandbox.referralKey().toUtf8() + "\n");
    }
    const Run result =
        run(urlArguments() + QStringList{u"export"_s, u"--format"_s, u"jsonl"_s, u"--output"_s,
                                         u"-"_s, u"--api-key-file"_s, keyFile},
            QString());
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QList<QByteArray> lines = result.out.trimmed().split('\n');
    QCOMPARE(int(lines.size()), serverCount(m_sandbox.referralKey()));
    bool sawAda = false;
    for (const QByteArray &line : lines) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        QVERIFY2(error.error == QJsonParseError::NoError && doc.isObject(), line.constData());
        // The server's object as it was: fields the console does not show are there.
        if (doc.object().value(u"id"_s).toString() == u"ada_lovelace"_s) {
            sawAda = true;
            QVERIFY(doc.object().contains(u"referral_links"_s));
            QVERIFY(doc.object().contains(u"metadata"_s));
        }
    }
    QVERIFY(sawAda);
}

void TestCli::filtersApply() {
    CustomerQuery acme;
    acme.partnerKey = u"partner_acme"_s;
    const Run partner = run(urlArguments() + QStringList{u"export"_s, u"--output"_s, u"-"_s,
                                                         u"--partner-key"_s, u"partner_acme"_s},
                            m_sandbox.affiliateKey());
    QCOMPARE(partner.exitCode, 0);
    const QList<QByteArray> rows = partner.out.mid(3).trimmed().split('\n').mid(1);
    QCOMPARE(int(rows.size()), serverCount(m_sandbox.affiliateKey(), acme));
    for (const QByteArray &row : rows)
        QVERIFY2(row.contains(",partner_acme,"), row.constData());

    CustomerQuery referred;
    referred.referStatus = CustomerQuery::ReferStatus::Referred;
    const Run refer =
        run(urlArguments() + QStringList{u"export"_s, u"--output"_s, u"-"_s, u"--format"_s,
                                         u"jsonl"_s, u"--refer-status"_s, u"referred"_s},
            m_sandbox.referralKey());
    QCOMPARE(refer.exitCode, 0);
    QCOMPARE(int(refer.out.trimmed().split('\n').size()),
             serverCount(m_sandbox.referralKey(), referred));

    const Run search =
        run(urlArguments() + QStringList{u"export"_s, u"--output"_s, u"-"_s, u"--format"_s,
                                         u"jsonl"_s, u"--search"_s, u"LOVELACE"_s},
            m_sandbox.referralKey());
    QCOMPARE(search.exitCode, 0);
    QCOMPARE(search.out.trimmed().split('\n').size(), 1);
    QVERIFY(search.out.contains("\"ada_lovelace\""));
}

void TestCli::usageErrors() {
    const QString key = m_sandbox.affiliateKey();
    QCOMPARE(run({u"export"_s, u"--output"_s, u"x.csv"_s}, key).exitCode, 2);  // where from?
    QCOMPARE(run(urlArguments() + QStringList{u"export"_s}, key).exitCode, 2); // where to?
    QCOMPARE(run(urlArguments() +
                     QStringList{u"export"_s, u"--output"_s, u"-"_s, u"--format"_s, u"xml"_s},
                 key)
                 .exitCode,
             2);
    QCOMPARE(run(urlArguments() + QStringList{u"sync"_s}, key).exitCode, 2); // sync needs a profile
    const Run noProfile = run({u"sync"_s, u"--profile"_s, u"Nobody"_s}, key);
    QCOMPARE(noProfile.exitCode, 2);
    QVERIFY(noProfile.err.contains("Nobody"));
    QVERIFY(!QFileInfo::exists(m_home->filePath(u"x.csv"_s)));
}

void TestCli::wrongKeyLeavesNoFile() {
    const QString path = m_home->filePath(u"never.csv"_s);
    const Run result = run(
        urlArguments() + QStringList{u"export"_s, u"--kind"_s, u"affiliate"_s, u"--output"_s, path},
        u"not-the-key"_s);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("key was not accepted"), result.err.constData());
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(QDir(m_home->path()).entryList(QDir::Files), QStringList());
}

void TestCli::exportGoesThroughTheProxyOfPreferences() {
    ProxyProcess proxy;
    QVERIFY2(proxy.start(ProxyProcess::Kind::Http, u"cron"_s, u"Cron-Proxy-Pw-901"_s),
             qPrintable(proxy.errorString()));
    {
        // Preferences > Network as the window saves it, in this run's home.
        QSettings settings(m_home->filePath(u"config/Partnero/Partnero Console.conf"_s),
                           QSettings::NativeFormat);
        ProxySettings manual;
        manual.mode = ProxySettings::Mode::Manual;
        manual.host = u"127.0.0.1"_s;
        manual.port = proxy.port();
        manual.user = u"cron"_s;
        NetworkPreferences(&settings).setProxy(manual);
    }
    const QString path = m_home->filePath(u"through-the-proxy.csv"_s);
    const QStringList arguments =
        urlArguments() + QStringList{u"export"_s, u"--kind"_s, u"affiliate"_s, u"--output"_s, path};

    // The password from the environment, as a script gives it.
    QProcessEnvironment env = environment(m_sandbox.affiliateKey());
    env.insert(u"PARTNERO_PROXY_PASSWORD"_s, u"Cron-Proxy-Pw-901"_s);
    const Run through = run(arguments, env);
    QVERIFY2(through.exitCode == 0, through.err.constData());
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(proxy.log().contains(
        u"GET http://127.0.0.1:%1/v1/customers"_s.arg(m_sandbox.baseUrl().port())));
    QFile::remove(path);

    // A wrong one, and none at all (no keychain here): the proxy refuses, the sentence names
    // the setting, and no file is left.
    env.insert(u"PARTNERO_PROXY_PASSWORD"_s, u"wrong"_s);
    const Run wrong = run(arguments, env);
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains("Preferences > Network"), wrong.err.constData());
    QVERIFY(!QFileInfo::exists(path));
    const Run without = run(arguments, environment(m_sandbox.affiliateKey()));
    QCOMPARE(without.exitCode, 1);
    QVERIFY2(without.err.contains("Preferences > Network"), without.err.constData());
    QVERIFY(!wrong.err.contains("Cron-Proxy-Pw"));
}

void TestCli::syncThenExportFromTheIndex() {
    // A profile as the console stores it, in this run's home.
    Profile profile;
    profile.name = u"Shop"_s;
    profile.baseUrl = m_sandbox.baseUrl();
    profile.kind = ProgramKind::Affiliate;
    QString id;
    {
        QSettings settings(m_home->filePath(u"config/Partnero/Partnero Console.conf"_s),
                           QSettings::NativeFormat);
        ProfileStore profiles(&settings);
        id = profiles.add(profile);
        QVERIFY(!id.isEmpty());
    }
    const Run sync = run({u"sync"_s, u"--profile"_s, u"shop"_s}, m_sandbox.affiliateKey());
    QVERIFY2(sync.exitCode == 0, sync.err.constData());
    QVERIFY2(sync.err.contains("Indexed"), sync.err.constData());
    const QString indexPath =
        m_home->filePath(u"data/Partnero/Partnero Console/profiles/%1/customers.sqlite"_s.arg(id));
    const QFileInfo index(indexPath);
    QVERIFY2(index.exists(), qPrintable(indexPath));
    QCOMPARE(index.permissions() & (QFile::ReadGroup | QFile::ReadOther),
             QFileDevice::Permissions());

    // The export reads the index: not one list request reaches the server.
    const int onServer = serverCount(m_sandbox.affiliateKey());
    m_sandbox.clearRequests();
    const Run exported = run(
        {u"export"_s, u"--profile"_s, u"Shop"_s, u"--output"_s, u"-"_s, u"--format"_s, u"jsonl"_s},
        m_sandbox.affiliateKey());
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QCOMPARE(m_sandbox.countRequests(u"GET"_s, u"/v1/customers"_s), 0);
    QCOMPARE(int(exported.out.trimmed().split('\n').size()), onServer);

    // Without the index (the address instead of the profile) the pages are kept in memory,
    // not stored: the same customers give the same file, byte for byte, in both formats.
    for (const QString &format : {u"csv"_s, u"jsonl"_s}) {
        const Run fromIndex = run(
            {u"export"_s, u"--profile"_s, u"Shop"_s, u"--output"_s, u"-"_s, u"--format"_s, format},
            m_sandbox.affiliateKey());
        QVERIFY2(fromIndex.exitCode == 0, fromIndex.err.constData());
        m_sandbox.clearRequests();
        const Run fromApi =
            run(urlArguments() + QStringList{u"export"_s, u"--kind"_s, u"affiliate"_s,
                                             u"--output"_s, u"-"_s, u"--format"_s, format},
                m_sandbox.affiliateKey());
        QVERIFY2(fromApi.exitCode == 0, fromApi.err.constData());
        QVERIFY(m_sandbox.countRequests(u"GET"_s, u"/v1/customers"_s) >= 3); // 620 in pages of 250
        QVERIFY(fromApi.out.size() > 1000);
        QCOMPARE(fromApi.out, fromIndex.out);
    }
}

// A systemd timer's run: sync --profile with the key from a file, no keychain, the store's
// password from PGPASSWORD, into the team's shared index in a real PostgreSQL server. Every
// customer lands there under the profile's program, nothing in a local file, and the key
// nowhere in the database.
void TestCli::syncIntoTheSharedIndex() {
    if (!PostgresServer::isAvailable())
        QFAIL("PostgreSQL is not installed: packaging/install-deps.sh installs it");
    PostgresServer server;
    const QString password = u"store-secret-7"_s;
    QVERIFY2(server.start({password, false}), qPrintable(server.errorString()));
    QVERIFY2(server.createDatabase(u"team"_s), qPrintable(server.errorString()));
    Profile profile;
    profile.name = u"Shop"_s;
    profile.baseUrl = m_sandbox.baseUrl();
    profile.kind = ProgramKind::Affiliate;
    profile.sharedStore = server.target(u"team"_s);
    profile.teamProgramId = u"prog-a"_s;
    profile.teamProgramName = u"Shop"_s;
    QString id;
    {
        QSettings settings(m_home->filePath(u"config/Partnero/Partnero Console.conf"_s),
                           QSettings::NativeFormat);
        ProfileStore profiles(&settings);
        id = profiles.add(profile);
        QVERIFY(!id.isEmpty());
    }
    const QString keyFile = m_home->filePath(u"shop.key"_s);
    {
        QFile file(keyFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(m_sandbox.affiliateKey().toUtf8() + '\n');
    }
    QProcessEnvironment env = environment();
    // Without the password the store refuses, with a sentence that names it.
    const Run refused =
        run({u"sync"_s, u"--profile"_s, u"Shop"_s, u"--api-key-file"_s, keyFile}, env);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("team"), refused.err.constData());
    env.insert(u"PGPASSWORD"_s, password);
    const Run sync = run({u"sync"_s, u"--profile"_s, u"Shop"_s, u"--api-key-file"_s, keyFile}, env);
    QVERIFY2(sync.exitCode == 0, sync.err.constData());
    QVERIFY2(sync.err.contains("Indexed"), sync.err.constData());
    QVERIFY(!QFileInfo::exists(m_home->filePath(
        u"data/Partnero/Partnero Console/profiles/%1/customers.sqlite"_s.arg(id))));

    // Another console of the program reads what the timer wrote.
    CustomerIndex shared;
    QVERIFY2(shared.open(IndexLocation::shared(server.target(u"team"_s), password, u"prog-a"_s)),
             qPrintable(shared.errorString()));
    QCOMPARE(shared.count(), serverCount(m_sandbox.affiliateKey()));
    QVERIFY(shared.customer(u"formula_fan"_s));
    int total = 0;
    QCOMPARE(shared.find(u"formula@example"_s, 5, &total).size(), 1);
    CustomerIndex otherProgram;
    QVERIFY(
        otherProgram.open(IndexLocation::shared(server.target(u"team"_s), password, u"prog-b"_s)));
    QCOMPARE(otherProgram.count(), 0);

    // --store and --program on the command line: a profile without a store writes the
    // program registered in the store under that name (here: registered by another console).
    {
        SqlStore store;
        QVERIFY(store.openPostgres(server.target(u"team"_s), password));
        TeamPrograms programs(&store);
        QVERIFY(programs.prepare());
        TeamProgram wanted;
        wanted.name = u"Shop EU"_s;
        const auto registered = programs.registerProgram(wanted);
        QVERIFY(registered);
        Profile local = profile;
        local.name = u"Local"_s;
        local.sharedStore = {};
        local.teamProgramId.clear();
        QSettings settings(m_home->filePath(u"config/Partnero/Partnero Console.conf"_s),
                           QSettings::NativeFormat);
        ProfileStore profiles(&settings);
        QVERIFY(!profiles.add(local).isEmpty());
        const QString url = u"postgresql://%1@127.0.0.1:%2/team"_s.arg(
            PostgresServer::user(), QString::number(server.port()));
        const Run unknown = run({u"sync"_s, u"--profile"_s, u"Local"_s, u"--api-key-file"_s,
                                 keyFile, u"--store"_s, url, u"--program"_s, u"Nope"_s},
                                env);
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("\"Shop EU\""), unknown.err.constData());
        const Run named = run({u"sync"_s, u"--profile"_s, u"Local"_s, u"--api-key-file"_s, keyFile,
                               u"--store"_s, url, u"--program"_s, u"shop eu"_s},
                              env);
        QVERIFY2(named.exitCode == 0, named.err.constData());
        CustomerIndex written;
        QVERIFY(written.open(
            IndexLocation::shared(server.target(u"team"_s), password, registered->id)));
        QCOMPARE(written.count(), serverCount(m_sandbox.affiliateKey()));
    }

    // The key is in no table.
    QString rows;
    QVERIFY(server.psql(
        u"SELECT count(*) FROM (SELECT t::text AS x FROM customers t UNION ALL "
        "SELECT o::text FROM customer_objects o UNION ALL "
        "SELECT p::text FROM index_passes p) a WHERE x LIKE '%%1%'"_s.arg(m_sandbox.affiliateKey()),
        u"team"_s, &rows));
    QCOMPARE(rows.trimmed(), u"0"_s);
}

void TestCli::interruptedExportLeavesNoFile() {
    QVERIFY(m_sandbox.queueFault(u"GET"_s, u"/v1/customers"_s, u"latency=3000"_s, 10));
    const QString path = m_home->filePath(u"stopped.csv"_s);
    QProcess *process = start(
        urlArguments() + QStringList{u"export"_s, u"--kind"_s, u"affiliate"_s, u"--output"_s, path},
        environment(m_sandbox.affiliateKey()));
    QVERIFY(process->waitForStarted());
    QVERIFY(process->processId() > 0);
    QTest::qWait(700);
    QCOMPARE(process->state(), QProcess::Running); // still waiting for the slow server
    ::kill(pid_t(process->processId()), SIGINT);   // Ctrl+C
    QVERIFY(process->waitForFinished(20000));
    QCOMPARE(process->exitCode(), 1);
    QVERIFY(process->readAllStandardError().contains("Interrupted"));
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(QDir(m_home->path()).entryList(QDir::Files), QStringList()); // no leftovers
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

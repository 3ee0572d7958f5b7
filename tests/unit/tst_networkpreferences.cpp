// SPDX-License-Identifier: GPL-3.0-or-later
// The network settings without a network: what NetworkPreferences keeps (never the password),
// what a hand-edited file falls back to, the system's proxy read from the environment but
// never for this computer, the sentences that name the setting that could help, and the
// request log's scrubbed, bounded ring.
#include "app/api/apierror.h"
#include "app/api/apipath.h"
#include "app/api/requestlog.h"
#include "app/api/systemproxyfactory.h"
#include "app/profiles/networkpreferences.h"

#include <QFile>
#include <QNetworkReply>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestNetworkPreferences : public QObject {
    Q_OBJECT

private slots:
    void defaultIsTheSystemProxy();
    void manualProxyRoundTripsWithoutItsPassword();
    void brokenManualProxyReadsAsSystem();
    void validationSentences();
    void systemProxyComesFromTheEnvironmentButNotForThisComputer();
    void proxySentencesNameTheSetting();
    void tlsSentenceNamesTheCaSetting();
    void scrubbedPathsAndSentencesHoldNoCustomerData();
    void requestLogIsBounded();

private:
    QTemporaryDir m_dir;
};

void TestNetworkPreferences::defaultIsTheSystemProxy() {
    QSettings settings(m_dir.filePath(u"empty.ini"_s), QSettings::IniFormat);
    const ProxySettings proxy = NetworkPreferences(&settings).proxy();
    QCOMPARE(proxy.mode, ProxySettings::Mode::System);
    QCOMPARE(NetworkPreferences::describe(proxy), u"system"_s);
}

void TestNetworkPreferences::manualProxyRoundTripsWithoutItsPassword() {
    const QString path = m_dir.filePath(u"manual.ini"_s);
    {
        QSettings settings(path, QSettings::IniFormat);
        ProxySettings proxy;
        proxy.mode = ProxySettings::Mode::Manual;
        proxy.type = ProxySettings::Type::Socks5;
        proxy.host = u" proxy.example.com "_s;
        proxy.port = 1080;
        proxy.user = u"maria"_s;
        proxy.password = u"Never-In-A-File-4471"_s;
        NetworkPreferences(&settings).setProxy(proxy);
    }
    QSettings settings(path, QSettings::IniFormat);
    const ProxySettings read = NetworkPreferences(&settings).proxy();
    QCOMPARE(read.mode, ProxySettings::Mode::Manual);
    QCOMPARE(read.type, ProxySettings::Type::Socks5);
    QCOMPARE(read.host, u"proxy.example.com"_s);
    QCOMPARE(read.port, 1080);
    QCOMPARE(read.user, u"maria"_s);
    QVERIFY(read.password.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("Never-In-A-File"));

    // The password for this run comes from memory (the keychain read at start).
    NetworkPreferences::rememberPassword(u"from-the-keychain"_s);
    QCOMPARE(NetworkPreferences(&settings).proxyInUse().password, u"from-the-keychain"_s);
    NetworkPreferences::rememberPassword({});
    QCOMPARE(NetworkPreferences::describe(read),
             u"SOCKS5 proxy.example.com:1080 (with a user name)"_s);
}

void TestNetworkPreferences::brokenManualProxyReadsAsSystem() {
    QSettings settings(m_dir.filePath(u"broken.ini"_s), QSettings::IniFormat);
    settings.setValue(u"network/proxyMode"_s, u"manual"_s);
    settings.setValue(u"network/proxyHost"_s, u"proxy.example.com"_s);
    settings.setValue(u"network/proxyPort"_s, 70000);
    QCOMPARE(NetworkPreferences(&settings).proxy().mode, ProxySettings::Mode::System);
    settings.setValue(u"network/proxyMode"_s, u"none"_s);
    QCOMPARE(NetworkPreferences(&settings).proxy().mode, ProxySettings::Mode::None);
}

void TestNetworkPreferences::validationSentences() {
    ProxySettings proxy;
    proxy.mode = ProxySettings::Mode::Manual;
    proxy.port = 3128;
    QVERIFY(NetworkPreferences::validate(proxy).contains(u"host name"_s));
    proxy.host = u"proxy.example.com"_s;
    QVERIFY(NetworkPreferences::validate(proxy).isEmpty());
    proxy.port = 0;
    QVERIFY(NetworkPreferences::validate(proxy).contains(u"port"_s));
    proxy.port = 3128;
    proxy.password = u"secret"_s;
    QVERIFY(NetworkPreferences::validate(proxy).contains(u"user name"_s));
    proxy.mode = ProxySettings::Mode::System;
    QVERIFY(NetworkPreferences::validate(proxy).isEmpty());
}

void TestNetworkPreferences::systemProxyComesFromTheEnvironmentButNotForThisComputer() {
    const QByteArray old = qgetenv("https_proxy");
    qputenv("https_proxy", "http://corporate-proxy.example:8080");
    SystemProxyFactory factory;
    const QList<QNetworkProxy> remote =
        factory.queryProxy(QNetworkProxyQuery(QUrl(u"https://api.partnero.com/v1"_s)));
    QVERIFY(!remote.isEmpty());
    QCOMPARE(remote.first().type(), QNetworkProxy::HttpProxy);
    QCOMPARE(remote.first().hostName(), u"corporate-proxy.example"_s);
    QCOMPARE(remote.first().port(), quint16(8080));
    QVERIFY(SystemProxyFactory::usesProxyFor(QUrl(u"https://api.partnero.com/v1"_s)));
    for (const QString &local :
         {u"https://127.0.0.1:8443/v1"_s, u"https://localhost/v1"_s, u"https://[::1]:9000/v1"_s}) {
        const QList<QNetworkProxy> proxies = factory.queryProxy(QNetworkProxyQuery(QUrl(local)));
        QCOMPARE(proxies.first().type(), QNetworkProxy::NoProxy);
        QVERIFY(!SystemProxyFactory::usesProxyFor(QUrl(local)));
    }
    if (old.isNull())
        qunsetenv("https_proxy");
    else
        qputenv("https_proxy", old);
}

void TestNetworkPreferences::proxySentencesNameTheSetting() {
    ApiError refused(ApiError::Kind::Network);
    refused.networkError = QNetworkReply::ProxyConnectionRefusedError;
    refused.route = ApiError::Route::ManualProxy;
    QVERIFY(refused.isProxyFailure());
    QVERIFY(refused.sentence().contains(u"proxy setting in File > Preferences > Network"_s));

    ApiError password(ApiError::Kind::Network);
    password.networkError = QNetworkReply::ProxyAuthenticationRequiredError;
    password.route = ApiError::Route::ManualProxy;
    QVERIFY(password.sentence().contains(u"user name or password"_s));

    ApiError system(ApiError::Kind::Network);
    system.networkError = QNetworkReply::ProxyTimeoutError;
    system.route = ApiError::Route::SystemProxy;
    QVERIFY(system.sentence().contains(u"system's proxy"_s));

    // Not the proxy's fault, but the system's proxy was in the way.
    ApiError through(ApiError::Kind::Network);
    through.networkError = QNetworkReply::ConnectionRefusedError;
    through.route = ApiError::Route::SystemProxy;
    QVERIFY(!through.isProxyFailure());
    QVERIFY(through.sentence().contains(u"through the system's proxy"_s));

    // Through a manual HTTP proxy, Qt reports the proxy's closed port as the host's.
    ApiError closedPort(ApiError::Kind::Network);
    closedPort.networkError = QNetworkReply::ConnectionRefusedError;
    closedPort.route = ApiError::Route::ManualProxy;
    QVERIFY(closedPort.isProxyFailure());
    QVERIFY(closedPort.sentence().contains(u"proxy setting"_s));

    ApiError direct(ApiError::Kind::Network);
    direct.networkError = QNetworkReply::ConnectionRefusedError;
    QVERIFY(!direct.sentence().contains(u"proxy"_s));
}

void TestNetworkPreferences::tlsSentenceNamesTheCaSetting() {
    ApiError tls(ApiError::Kind::Tls);
    tls.detail = u"The certificate is self-signed, and untrusted"_s;
    QVERIFY(tls.sentence().contains(u"certificate authority (CA)"_s));
    QVERIFY(tls.sentence().contains(tls.detail));
}

void TestNetworkPreferences::scrubbedPathsAndSentencesHoldNoCustomerData() {
    ApiPath path;
    path.lit(u"customers"_s).value(u"maria.lopez@example.com"_s).lit(u"balance/credit"_s);
    QCOMPARE(path.scrubbed(), u"/customers/{value}/balance/credit"_s);

    ApiError validation(ApiError::Kind::Validation, 422);
    validation.serverMessage = u"Maria Lopez is already taken"_s;
    validation.fieldErrors.insert(u"email"_s, {u"maria.lopez@example.com is taken"_s});
    QVERIFY(validation.sentence().contains(u"maria.lopez"_s));
    QVERIFY(!validation.scrubbedSentence().contains(u"maria"_s, Qt::CaseInsensitive));
    QVERIFY(validation.scrubbedSentence().contains(u"422"_s));
}

void TestNetworkPreferences::requestLogIsBounded() {
    RequestLog::clear();
    for (int i = 0; i < RequestLog::Capacity + 25; ++i) {
        RequestLog::Entry entry;
        entry.method = "GET";
        entry.path = u"/customers"_s;
        entry.httpStatus = 200;
        entry.elapsedMs = i;
        RequestLog::record(entry);
    }
    const QList<RequestLog::Entry> entries = RequestLog::entries();
    QCOMPARE(entries.size(), RequestLog::Capacity);
    // Oldest first: the 25 oldest went.
    QCOMPARE(entries.first().elapsedMs, 25);
    QCOMPARE(entries.last().elapsedMs, RequestLog::Capacity + 24);
    RequestLog::clear();
    QVERIFY(RequestLog::entries().isEmpty());
}

QTEST_GUILESS_MAIN(TestNetworkPreferences)
#include "tst_networkpreferences.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The console's requests through real proxies on loopback: tinyproxy (HTTP with BasicAuth)
// and microsocks (SOCKS5 with a user and password), to a private sandbox. The proxies' own
// logs prove the requests went through them; a wrong password or a proxy that is not there
// gives the sentence that names the proxy setting, and a change is never sent twice.
#include "app/api/customerservice.h"
#include "tests/common/proxyprocess.h"
#include "tests/common/sandboxprocess.h"
#include "tests/service/servicetest.h"

#include <QNetworkReply>
#include <QTcpServer>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString ProxyUser = u"proxy-user"_s;
const QString ProxyPassword = u"pr0xy-Secret-81723"_s;

} // namespace

class TestApiProxy : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void httpProxyCarriesRequests();
    void socks5ProxyCarriesRequests();
    void wrongHttpProxyPasswordNamesTheSetting();
    void wrongSocksPasswordNamesTheSetting();
    void absentProxyNamesTheSetting();
    void noProxyGoesDirect();

private:
    std::unique_ptr<ApiClient> makeClient(const ProxySettings &proxy);
    static ProxySettings manual(ProxySettings::Type type, quint16 port, const QString &password);

    SandboxProcess m_sandbox;
    ProxyProcess m_http;
    ProxyProcess m_socks;
    RecordingObserver m_journal;
};

void TestApiProxy::initTestCase() {
    QVERIFY2(m_sandbox.start({u"--customers"_s, u"20"_s}), qPrintable(m_sandbox.errorString()));
    QVERIFY2(m_http.start(ProxyProcess::Kind::Http, ProxyUser, ProxyPassword),
             qPrintable(m_http.errorString()));
    QVERIFY2(m_socks.start(ProxyProcess::Kind::Socks5, ProxyUser, ProxyPassword),
             qPrintable(m_socks.errorString()));
}

ProxySettings TestApiProxy::manual(ProxySettings::Type type, quint16 port,
                                   const QString &password) {
    ProxySettings proxy;
    proxy.mode = ProxySettings::Mode::Manual;
    proxy.type = type;
    proxy.host = u"127.0.0.1"_s;
    proxy.port = port;
    proxy.user = ProxyUser;
    proxy.password = password;
    return proxy;
}

std::unique_ptr<ApiClient> TestApiProxy::makeClient(const ProxySettings &proxy) {
    auto client = std::make_unique<ApiClient>();
    client->setBaseUrl(m_sandbox.baseUrl());
    client->setApiKey(m_sandbox.affiliateKey());
    client->setTransferTimeout(10000);
    RetryPolicy fast;
    fast.baseDelayMs = 10;
    client->setRetryPolicy(fast);
    client->setMutationObserver(&m_journal);
    client->setProxy(proxy);
    return client;
}

void TestApiProxy::httpProxyCarriesRequests() {
    m_sandbox.clearRequests();
    auto client = makeClient(manual(ProxySettings::Type::Http, m_http.port(), ProxyPassword));
    CustomerService customers(client.get());
    const auto read =
        await<Customer>([&](auto done) { return customers.get(u"alice_brown"_s, this, done); });
    QVERIFY2(read.ok(), describe(read).constData());
    QCOMPARE(read.value().key, u"alice_brown"_s);
    const QString log = m_http.log();
    const QString expected =
        u"GET http://127.0.0.1:%1/v1/customers/alice_brown"_s.arg(m_sandbox.baseUrl().port());
    QVERIFY2(log.contains(expected), qPrintable(log.right(2000)));
    QCOMPARE(m_sandbox.countRequests(u"GET"_s, u"/v1/customers/alice_brown"_s), 1);
}

void TestApiProxy::socks5ProxyCarriesRequests() {
    const QString connected = u"connected to 127.0.0.1:%1"_s.arg(m_sandbox.baseUrl().port());
    const int before = m_socks.log().count(connected);
    auto client = makeClient(manual(ProxySettings::Type::Socks5, m_socks.port(), ProxyPassword));
    CustomerService customers(client.get());
    const auto read =
        await<Customer>([&](auto done) { return customers.get(u"alice_brown"_s, this, done); });
    QVERIFY2(read.ok(), describe(read).constData());
    QVERIFY(QTest::qWaitFor([&] { return m_socks.log().count(connected) > before; }, 5000));
}

void TestApiProxy::wrongHttpProxyPasswordNamesTheSetting() {
    m_sandbox.clearRequests();
    m_journal.clear();
    auto client = makeClient(manual(ProxySettings::Type::Http, m_http.port(), u"wrong"_s));
    CustomerService customers(client.get());
    QSignalSpy retrying(client.get(), &ApiClient::retrying);

    const auto read =
        await<Customer>([&](auto done) { return customers.get(u"alice_brown"_s, this, done); });
    QCOMPARE(kindOf(read), u"network"_s);
    QVERIFY(read.error().isProxyFailure());
    // The proxy's refusal is not the key's: the sentence names the proxy setting.
    QVERIFY2(read.error().sentence().contains(u"Preferences > Network"_s),
             qPrintable(read.error().sentence()));
    QVERIFY(!read.error().sentence().contains(u"API key"_s));

    AffiliateCustomerDraft draft;
    draft.key = u"through_a_wrong_password"_s;
    draft.partnerKey = u"partner_acme"_s;
    const auto write =
        await<Customer>([&](auto done) { return customers.create(draft, this, done); });
    QCOMPARE(kindOf(write), u"network"_s);
    QVERIFY(write.error().sentence().contains(u"Preferences > Network"_s));
    // The proxy passed nothing on: not sent, the same word in the journal, and never again.
    QCOMPARE(outcomeName(write.outcome()), u"not_sent"_s);
    QCOMPARE(m_journal.sent.size(), 1);
    const auto outcome = m_journal.outcomeOf(m_journal.sent.first().operationId);
    QVERIFY(outcome);
    QCOMPARE(outcomeName(outcome->result), u"not_sent"_s);
    QTest::qWait(300);
    QCOMPARE(retrying.size(), 0);
    QCOMPARE(m_sandbox.countRequests(QString(), u"/v1/customers"_s), 0);
}

void TestApiProxy::wrongSocksPasswordNamesTheSetting() {
    m_sandbox.clearRequests();
    m_journal.clear();
    auto client = makeClient(manual(ProxySettings::Type::Socks5, m_socks.port(), u"wrong"_s));
    CustomerService customers(client.get());
    AffiliateCustomerDraft draft;
    draft.key = u"through_a_wrong_socks_password"_s;
    draft.partnerKey = u"partner_acme"_s;
    const auto write =
        await<Customer>([&](auto done) { return customers.create(draft, this, done); });
    QCOMPARE(kindOf(write), u"network"_s);
    QCOMPARE(write.error().networkError, int(QNetworkReply::ProxyAuthenticationRequiredError));
    QVERIFY2(write.error().sentence().contains(u"Preferences > Network"_s),
             qPrintable(write.error().sentence()));
    QCOMPARE(outcomeName(write.outcome()), u"not_sent"_s);
    QCOMPARE(m_journal.sent.size(), 1);
    QCOMPARE(m_sandbox.countRequests(QString(), u"/v1/customers"_s), 0);
}

void TestApiProxy::absentProxyNamesTheSetting() {
    QTcpServer probe; // a port that was free a moment ago: no proxy listens there
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    m_journal.clear();
    auto client = makeClient(manual(ProxySettings::Type::Http, port, ProxyPassword));
    CustomerService customers(client.get());
    const auto read =
        await<Customer>([&](auto done) { return customers.get(u"alice_brown"_s, this, done); });
    QCOMPARE(kindOf(read), u"network"_s);
    QVERIFY(read.error().isProxyFailure());
    QVERIFY2(read.error().sentence().contains(u"proxy setting in File > Preferences > Network"_s),
             qPrintable(read.error().sentence()));
    AffiliateCustomerDraft draft;
    draft.key = u"through_no_proxy"_s;
    draft.partnerKey = u"partner_acme"_s;
    const auto write =
        await<Customer>([&](auto done) { return customers.create(draft, this, done); });
    QCOMPARE(outcomeName(write.outcome()), u"not_sent"_s);
}

void TestApiProxy::noProxyGoesDirect() {
    // With http_proxy pointing at the HTTP proxy, "No proxy" still goes straight to the
    // server, and so does the system's setting for an address on this computer.
    const QByteArray old = qgetenv("http_proxy");
    qputenv(
        "http_proxy",
        u"http://%1:%2@127.0.0.1:%3"_s.arg(ProxyUser, ProxyPassword).arg(m_http.port()).toUtf8());
    const int before = m_http.log().count(u"Request ("_s);
    for (ProxySettings::Mode mode : {ProxySettings::Mode::None, ProxySettings::Mode::System}) {
        ProxySettings proxy;
        proxy.mode = mode;
        auto client = makeClient(proxy);
        QCOMPARE(client->routeFor(m_sandbox.baseUrl()), ApiError::Route::Direct);
        CustomerService customers(client.get());
        const auto read =
            await<Customer>([&](auto done) { return customers.get(u"alice_brown"_s, this, done); });
        QVERIFY2(read.ok(), describe(read).constData());
    }
    QCOMPARE(m_http.log().count(u"Request ("_s), before);
    if (old.isNull())
        qunsetenv("http_proxy");
    else
        qputenv("http_proxy", old);
}

QTEST_GUILESS_MAIN(TestApiProxy)
#include "tst_apiproxy.moc"

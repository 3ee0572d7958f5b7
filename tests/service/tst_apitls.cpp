// SPDX-License-Identifier: GPL-3.0-or-later
// Transport failures that need no sandbox: a server whose certificate is not trusted, and a
// port where nobody listens. TLS errors must never be ignored, and a change that never left
// the machine is "not sent", not an unknown. A profile's extra certificate authority makes
// that server trusted for that profile's client only.
#include "app/api/cafile.h"
#include "app/api/customerservice.h"
#include "app/session/session.h"
#include "tests/service/servicetest.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestApiTls : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void untrustedCertificateIsRefused();
    void changeOverRefusedTlsIsNotSent();
    void refusedConnection();
    void extraCaMakesTheServerTrusted();
    void profileCaFileReachesItsClientOnly();
    void unusableCaFileIsRefused();

private:
    std::unique_ptr<ApiClient> makeClient(const QUrl &baseUrl);

    QSslServer m_server;
    int m_handshakes = 0;
    QByteArray m_received; // plaintext the server got after a handshake: must stay empty
    bool m_answer = false; // answer each request with a 404 in JSON (once the CA is trusted)
    RecordingObserver m_journal;
};

void TestApiTls::initTestCase() {
    if (!QSslSocket::supportsSsl())
        QSKIP("No TLS backend");
    QFile certFile(QStringLiteral(SERVICE_TEST_DATA_DIR "/selfsigned-cert.pem"));
    QFile keyFile(QStringLiteral(SERVICE_TEST_DATA_DIR "/selfsigned-key.pem"));
    QVERIFY(certFile.open(QIODevice::ReadOnly));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
    config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
    m_server.setSslConfiguration(config);
    connect(&m_server, &QSslServer::startedEncryptionHandshake, this,
            [this](QSslSocket *) { ++m_handshakes; });
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                m_received += socket->readAll();
                if (m_answer && m_received.contains("\r\n\r\n")) {
                    const QByteArray body = R"({"message":"No such customer."})";
                    socket->write("HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\n"
                                  "Connection: close\r\nContent-Length: " +
                                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    socket->disconnectFromHost();
                }
            });
        }
    });
    QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
}

std::unique_ptr<ApiClient> TestApiTls::makeClient(const QUrl &baseUrl) {
    auto client = std::make_unique<ApiClient>();
    client->setBaseUrl(baseUrl);
    client->setApiKey(u"tls-test-key-0001"_s);
    client->setTransferTimeout(5000);
    RetryPolicy fast;
    fast.baseDelayMs = 10;
    client->setRetryPolicy(fast);
    client->setMutationObserver(&m_journal);
    return client;
}

void TestApiTls::untrustedCertificateIsRefused() {
    auto client = makeClient(QUrl(u"https://127.0.0.1:%1/v1"_s.arg(m_server.serverPort())));
    CustomerService customers(client.get());
    const auto result =
        await<Customer>([&](auto done) { return customers.get(u"alice_brown"_s, this, done); });
    QCOMPARE(kindOf(result), u"tls"_s);
    QVERIFY(!result.error().detail.isEmpty()); // Qt's reason, e.g. a self-signed certificate
    QVERIFY(result.error().sentence().contains(result.error().detail));
    // Says which setting could help when a company inspects TLS.
    QVERIFY2(result.error().sentence().contains(u"certificate authority (CA) to this profile"_s),
             qPrintable(result.error().sentence()));
    QCOMPARE(m_handshakes, 1);                              // not retried
    QVERIFY2(m_received.isEmpty(), m_received.constData()); // no request was ever sent
}

void TestApiTls::changeOverRefusedTlsIsNotSent() {
    m_journal.clear();
    m_received.clear();
    auto client = makeClient(QUrl(u"https://localhost:%1/v1"_s.arg(m_server.serverPort())));
    CustomerService customers(client.get());
    AffiliateCustomerDraft draft;
    draft.key = u"never_sent"_s;
    draft.partnerKey = u"partner_acme"_s;
    const auto result =
        await<Customer>([&](auto done) { return customers.create(draft, this, done); });
    QCOMPARE(kindOf(result), u"tls"_s);
    QVERIFY(m_received.isEmpty());
    QCOMPARE(outcomeName(result.outcome()), u"not_sent"_s);
    QCOMPARE(m_journal.sent.size(), 1);
    const auto outcome = m_journal.outcomeOf(m_journal.sent.first().operationId);
    QVERIFY(outcome);
    QCOMPARE(outcomeName(outcome->result), u"not_sent"_s);
}

void TestApiTls::refusedConnection() {
    // A port that was free a moment ago: nobody listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();

    m_journal.clear();
    auto client = makeClient(QUrl(u"http://127.0.0.1:%1/v1"_s.arg(port)));
    CustomerService customers(client.get());
    QSignalSpy retrying(client.get(), &ApiClient::retrying);
    const auto read =
        await<Customer>([&](auto done) { return customers.get(u"alice_brown"_s, this, done); });
    QCOMPARE(kindOf(read), u"network"_s);
    QVERIFY(!read.error().sentence().isEmpty());
    QCOMPARE(retrying.size(), 0); // nothing to wait for: the address is wrong or down

    AffiliateCustomerDraft draft;
    draft.key = u"never_sent"_s;
    draft.partnerKey = u"partner_acme"_s;
    const auto write =
        await<Customer>([&](auto done) { return customers.create(draft, this, done); });
    QCOMPARE(kindOf(write), u"network"_s);
    // Nothing listens, so nothing reached anything: the same word on the result and in the
    // journal.
    QCOMPARE(outcomeName(write.outcome()), u"not_sent"_s);
    const auto outcome = m_journal.outcomeOf(m_journal.sent.last().operationId);
    QVERIFY(outcome);
    QCOMPARE(outcomeName(outcome->result), u"not_sent"_s);
}

void TestApiTls::extraCaMakesTheServerTrusted() {
    // The server's self-signed certificate is its own certificate authority.
    const CaFile::Result ca =
        CaFile::read(QStringLiteral(SERVICE_TEST_DATA_DIR "/selfsigned-cert.pem"));
    QVERIFY2(ca.problem.isEmpty(), qPrintable(ca.problem));
    QCOMPARE(ca.certificates.size(), 1);
    m_received.clear();
    m_answer = true;
    auto client = makeClient(QUrl(u"https://127.0.0.1:%1/v1"_s.arg(m_server.serverPort())));
    client->setExtraCaCertificates(ca.certificates);
    QVERIFY(client->hasExtraCaCertificates());
    CustomerService customers(client.get());
    const auto result =
        await<Customer>([&](auto done) { return customers.get(u"alice_brown"_s, this, done); });
    m_answer = false;
    // The handshake succeeded and the request arrived: the server's own 404, not a TLS error.
    QCOMPARE(kindOf(result), u"not_found"_s);
    QVERIFY2(m_received.startsWith("GET /v1/customers/alice_brown "), m_received.constData());
}

void TestApiTls::profileCaFileReachesItsClientOnly() {
    Profile trusting;
    trusting.id = Profile::newId();
    trusting.name = u"Inspected"_s;
    trusting.baseUrl = QUrl(u"https://127.0.0.1:%1/v1"_s.arg(m_server.serverPort()));
    trusting.kind = ProgramKind::Affiliate;
    trusting.caFile = QStringLiteral(SERVICE_TEST_DATA_DIR "/selfsigned-cert.pem");
    Profile plain = trusting;
    plain.id = Profile::newId();
    plain.caFile.clear();

    m_answer = true;
    Session withCa(trusting, u"tls-test-key-0002"_s, nullptr);
    QVERIFY(!withCa.configurationError().isError());
    const auto trusted = await<Customer>(
        [&](auto done) { return withCa.customers()->get(u"alice_brown"_s, this, done); });
    QCOMPARE(kindOf(trusted), u"not_found"_s);

    // Another profile, in the same process at the same time, still refuses the server: the
    // CA went to one client's requests, never to the application's defaults.
    Session without(plain, u"tls-test-key-0003"_s, nullptr);
    const auto refused = await<Customer>(
        [&](auto done) { return without.customers()->get(u"alice_brown"_s, this, done); });
    m_answer = false;
    QCOMPARE(kindOf(refused), u"tls"_s);
    QVERIFY(!QSslConfiguration::defaultConfiguration().caCertificates().contains(
        CaFile::read(trusting.caFile).certificates.first()));
}

void TestApiTls::unusableCaFileIsRefused() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile garbage(dir.filePath(u"not-a-cert.pem"_s));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write("this is not a certificate\n");
    garbage.close();

    const CaFile::Result none = CaFile::read(garbage.fileName());
    QVERIFY(none.certificates.isEmpty());
    QVERIFY2(none.problem.contains(u"holds no certificate"_s), qPrintable(none.problem));
    const CaFile::Result missing = CaFile::read(dir.filePath(u"gone.pem"_s));
    QVERIFY2(missing.problem.contains(u"cannot be read"_s), qPrintable(missing.problem));

    // A profile whose file went bad since it was chosen sends nothing and says why.
    Profile profile;
    profile.id = Profile::newId();
    profile.name = u"Broken CA"_s;
    profile.baseUrl = QUrl(u"https://127.0.0.1:%1/v1"_s.arg(m_server.serverPort()));
    profile.caFile = garbage.fileName();
    const int handshakes = m_handshakes;
    Session session(profile, u"tls-test-key-0004"_s, nullptr);
    QVERIFY(session.configurationError().isError());
    const auto result = await<Customer>(
        [&](auto done) { return session.customers()->get(u"alice_brown"_s, this, done); });
    QCOMPARE(kindOf(result), u"not_sent"_s);
    QVERIFY2(result.error().sentence().contains(u"holds no certificate"_s),
             qPrintable(result.error().sentence()));
    QCOMPARE(m_handshakes, handshakes);
}

QTEST_GUILESS_MAIN(TestApiTls)
#include "tst_apitls.moc"

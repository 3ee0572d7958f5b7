// SPDX-License-Identifier: GPL-3.0-or-later
// Transport failures that need no sandbox: a server whose certificate is not trusted, and a
// port where nobody listens. TLS errors must never be ignored, and a change that never left
// the machine is "not sent", not an unknown.
#include "app/api/customerservice.h"
#include "tests/service/servicetest.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestApiTls : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void untrustedCertificateIsRefused();
    void changeOverRefusedTlsIsNotSent();
    void refusedConnection();

private:
    std::unique_ptr<ApiClient> makeClient(const QUrl &baseUrl);

    QSslServer m_server;
    int m_handshakes = 0;
    QByteArray m_received; // plaintext the server got after a handshake: must stay empty
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
            connect(socket, &QTcpSocket::readyRead, this,
                    [this, socket] { m_received += socket->readAll(); });
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

QTEST_GUILESS_MAIN(TestApiTls)
#include "tst_apitls.moc"

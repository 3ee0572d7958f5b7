// SPDX-License-Identifier: GPL-3.0-or-later
// The two readings of what the API reference leaves open (--variant doc and alt, see
// docs/sandbox.md), and the documented values both of them keep: each question is asked of
// both sandboxes, so that each reading is seen to differ where it should and only there.
#include "tests/common/sandboxprocess.h"
#include "tests/sandbox/sandboxclient.h"

#include <QProcess>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestSandboxVariants : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpListsTheVariant();
    void unknownVariantIsRefused();
    void archivedReferralReadsDeleted_data();
    void archivedReferralReadsDeleted();
    void searchByKey();
    void searchWithoutMatch();
    void referralsUnpaginated();
    void validationErrors();
    void partnerOfAffiliateCustomer();
    void creditAnswer();

private:
    SandboxProcess m_doc;
    SandboxProcess m_alt;
    std::unique_ptr<SandboxClient> m_docClient;
    std::unique_ptr<SandboxClient> m_altClient;
};

void TestSandboxVariants::initTestCase() {
    m_doc.setVariant(SandboxProcess::Variant::Documented);
    m_alt.setVariant(SandboxProcess::Variant::Alternative);
    QVERIFY2(m_doc.start({u"--customers"_s, u"120"_s}), qPrintable(m_doc.errorString()));
    QVERIFY2(m_alt.start({u"--customers"_s, u"120"_s}), qPrintable(m_alt.errorString()));
    m_docClient = std::make_unique<SandboxClient>(m_doc);
    m_altClient = std::make_unique<SandboxClient>(m_alt);
}

void TestSandboxVariants::helpListsTheVariant() {
    QProcess process;
    process.start(QStringLiteral(PARTNERO_SANDBOX_EXE), {u"--help"_s});
    QVERIFY(process.waitForFinished(20000));
    const QString help = QString::fromLocal8Bit(process.readAllStandardOutput());
    QVERIFY2(help.contains("--variant <NAME>"_L1), qPrintable(help));
    QVERIFY2(help.contains("alt"_L1), qPrintable(help));
}

void TestSandboxVariants::unknownVariantIsRefused() {
    QProcess process;
    process.start(QStringLiteral(PARTNERO_SANDBOX_EXE),
                  {u"--port"_s, u"0"_s, u"--customers"_s, u"0"_s, u"--variant"_s, u"weird"_s});
    QVERIFY(process.waitForFinished(20000));
    QVERIFY(process.exitCode() != 0);
    QVERIFY(QString::fromLocal8Bit(process.readAllStandardError()).contains("--variant"_L1));
}

void TestSandboxVariants::archivedReferralReadsDeleted_data() {
    QTest::addColumn<bool>("alt");
    QTest::newRow("doc") << false;
    QTest::newRow("alt") << true;
}

void TestSandboxVariants::archivedReferralReadsDeleted() {
    // The refer-a-friend page documents the status values "active" and "deleted": an archived
    // customer must read as one of them, in every variant and every shape it appears in.
    QFETCH(bool, alt);
    SandboxClient &client = alt ? *m_altClient : *m_docClient;
    const QString key = alt ? m_alt.referralKey() : m_doc.referralKey();
    QCOMPARE(client.send("POST"_ba, u"/customers/grace_hopper/archive"_s, key).status, 200);
    QCOMPARE(client.get(u"/customers/grace_hopper"_s, key).data().value(u"status"_s).toString(),
             u"deleted"_s);
    const QJsonArray list = client.collectAll(u"/customers?limit=250"_s, key);
    QStringList statuses;
    for (const QJsonValue &item : list) {
        const QString status = item.toObject().value(u"status"_s).toString();
        if (!statuses.contains(status))
            statuses.append(status);
    }
    statuses.sort();
    QCOMPARE(statuses, QStringList({u"active"_s, u"deleted"_s}));
    QCOMPARE(client.send("POST"_ba, u"/customers/grace_hopper/revoke-archive"_s, key).status, 200);
    QCOMPARE(client.get(u"/customers/grace_hopper"_s, key).data().value(u"status"_s).toString(),
             u"active"_s);
}

void TestSandboxVariants::searchByKey() {
    const HttpResult doc =
        m_docClient->get(u"/customers:search?id=ada_lovelace"_s, m_doc.referralKey());
    QCOMPARE(doc.status, 200);
    QCOMPARE(doc.dataArray().size(), 1);
    QVERIFY(doc.object().contains(u"meta"_s));

    const HttpResult alt =
        m_altClient->get(u"/customers:search?id=ada_lovelace"_s, m_alt.referralKey());
    QCOMPARE(alt.status, 200);
    QVERIFY(alt.object().value(u"data"_s).isObject());
    QCOMPARE(alt.data().value(u"id"_s).toString(), u"ada_lovelace"_s);
    QVERIFY(!alt.object().contains(u"meta"_s));

    const HttpResult affiliate =
        m_altClient->get(u"/customers:search?key=alice_brown"_s, m_alt.affiliateKey());
    QCOMPARE(affiliate.data().value(u"key"_s).toString(), u"alice_brown"_s);
}

void TestSandboxVariants::searchWithoutMatch() {
    const HttpResult doc = m_docClient->get(u"/customers:search?id=nobody"_s, m_doc.referralKey());
    QCOMPARE(doc.status, 200);
    QVERIFY(doc.object().value(u"data"_s).isArray());
    QCOMPARE(doc.dataArray().size(), 0);
    const HttpResult alt = m_altClient->get(u"/customers:search?id=nobody"_s, m_alt.referralKey());
    QCOMPARE(alt.status, 200);
    QVERIFY(alt.object().contains(u"data"_s));
    QVERIFY(alt.object().value(u"data"_s).isNull());
}

void TestSandboxVariants::referralsUnpaginated() {
    const QString path = u"/customers/ada_lovelace/referrals?limit=1&page=1"_s;
    const HttpResult doc = m_docClient->get(path, m_doc.referralKey());
    QCOMPARE(doc.dataArray().size(), 1);
    QVERIFY(!doc.object().value(u"links"_s).toObject().value(u"next"_s).isNull());

    const HttpResult alt = m_altClient->get(path, m_alt.referralKey());
    QCOMPARE(alt.status, 200);
    QCOMPARE(alt.dataArray().size(), 2); // both of Ada's referrals, limit or not
    QVERIFY(!alt.object().contains(u"meta"_s));
    QVERIFY(!alt.object().contains(u"links"_s));
}

void TestSandboxVariants::validationErrors() {
    const QJsonObject body{
        {u"amount"_s, -5}, {u"amount_units"_s, u"USD"_s}, {u"is_currency"_s, true}};
    const QString path = u"/customers/ada_lovelace/balance/credit"_s;
    const HttpResult doc = m_docClient->sendJson("POST"_ba, path, m_doc.referralKey(), body);
    QCOMPARE(doc.status, 422);
    QVERIFY(doc.object().value(u"errors"_s).toObject().value(u"amount"_s).isArray());

    const HttpResult alt = m_altClient->sendJson("POST"_ba, path, m_alt.referralKey(), body);
    QCOMPARE(alt.status, 422);
    const QJsonValue amount = alt.object().value(u"errors"_s).toObject().value(u"amount"_s);
    QVERIFY(amount.isString());
    QCOMPARE(amount.toString(), u"The amount must be greater than 0."_s);
    QVERIFY(!alt.object().value(u"message"_s).toString().isEmpty());
}

void TestSandboxVariants::partnerOfAffiliateCustomer() {
    const HttpResult doc = m_docClient->get(u"/customers/alice_brown"_s, m_doc.affiliateKey());
    QCOMPARE(doc.data().value(u"partner"_s).toString(), u"partner_acme"_s);
    const HttpResult alt = m_altClient->get(u"/customers/alice_brown"_s, m_alt.affiliateKey());
    QCOMPARE(alt.data().value(u"partner"_s).toString(), u"prt_00001"_s);
    // The list item and the transactions name the partner alike.
    const HttpResult page = m_altClient->get(u"/customers?limit=250"_s, m_alt.affiliateKey());
    bool listed = false;
    for (const QJsonValue &item : page.dataArray()) {
        const QJsonObject customer = item.toObject();
        if (customer.value(u"key"_s).toString() == "alice_brown"_L1)
            listed = customer.value(u"partner"_s).toString() == "prt_00001"_L1;
    }
    QVERIFY(listed);
    const HttpResult transactions =
        m_altClient->get(u"/customers/alice_brown/transactions"_s, m_alt.affiliateKey());
    for (const QJsonValue &item : transactions.dataArray())
        QCOMPARE(item.toObject().value(u"partner"_s).toString(), u"prt_00001"_s);
    // Filtering by the key still works; the id is not a key.
    QVERIFY(!m_altClient->get(u"/customers?partner.key=partner_acme"_s, m_alt.affiliateKey())
                 .dataArray()
                 .isEmpty());
    QVERIFY(m_altClient->get(u"/customers?partner.key=prt_00001"_s, m_alt.affiliateKey())
                .dataArray()
                .isEmpty());
}

void TestSandboxVariants::creditAnswer() {
    const QJsonObject body{
        {u"amount"_s, 2.5}, {u"amount_units"_s, u"EUR"_s}, {u"is_currency"_s, true}};
    const QString path = u"/customers/ada_lovelace/balance/credit"_s;
    const HttpResult doc = m_docClient->sendJson("POST"_ba, path, m_doc.referralKey(), body);
    QCOMPARE(doc.status, 200);
    QVERIFY(doc.data().value(u"balance"_s).isObject());

    const auto eurosOf = [](SandboxClient &client, const QString &key) {
        const QJsonArray currency = client.get(u"/customers/ada_lovelace/balance"_s, key)
                                        .data()
                                        .value(u"balance"_s)
                                        .toObject()
                                        .value(u"currency"_s)
                                        .toArray();
        for (const QJsonValue &entry : currency) {
            if (entry.toObject().value(u"amount_units"_s).toString() == "EUR"_L1)
                return entry.toObject().value(u"amount"_s).toDouble();
        }
        return 0.0;
    };
    const double before = eurosOf(*m_altClient, m_alt.referralKey());
    const HttpResult alt = m_altClient->sendJson("POST"_ba, path, m_alt.referralKey(), body);
    QCOMPARE(alt.status, 200);
    QCOMPARE(alt.object(), QJsonObject({{u"status"_s, 1}}));
    QCOMPARE(eurosOf(*m_altClient, m_alt.referralKey()), before + 2.5);
}

QTEST_GUILESS_MAIN(TestSandboxVariants)
#include "tst_sandbox_variants.moc"

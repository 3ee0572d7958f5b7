// SPDX-License-Identifier: GPL-3.0-or-later
// Seeded data and state: determinism by seed, names in several scripts, an empty program,
// --data save and reload, a corrupt state file, and the command-line options.
#include "tests/common/sandboxprocess.h"
#include "tests/sandbox/sandboxclient.h"

#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestSandboxData : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameSeedGivesSameData();
    void otherSeedGivesOtherData();
    void namesInSeveralScripts();
    void emptyPrograms();
    void dataFileIsSavedAndReloaded();
    void corruptDataFileStopsTheStart();
    void customKeysAndPort();
    void bindAnyAnnouncesLoopback();
    void badOptionsStopTheStart_data();
    void badOptionsStopTheStart();
    void portInUseStopsTheStart();
};

namespace {
struct Snapshot {
    QJsonArray affiliate;
    QJsonArray referral;
    QJsonArray transactions;
};

Snapshot snapshot(const QStringList &args) {
    SandboxProcess sandbox;
    if (!sandbox.start(args))
        return {};
    SandboxClient client(sandbox);
    Snapshot result;
    result.affiliate = client.collectAll(u"/customers?limit=250"_s, sandbox.affiliateKey());
    result.referral = client.collectAll(u"/customers?limit=250"_s, sandbox.referralKey());
    result.transactions =
        client.collectAll(u"/customers/cus_000005/transactions"_s, sandbox.affiliateKey());
    return result;
}
} // namespace

void TestSandboxData::sameSeedGivesSameData() {
    const QStringList args{u"--customers"_s, u"150"_s, u"--seed"_s, u"7"_s};
    const Snapshot first = snapshot(args);
    const Snapshot second = snapshot(args);
    QCOMPARE(first.affiliate.size(), 150);
    QCOMPARE(first.referral.size(), 150);
    QCOMPARE(second.affiliate, first.affiliate);
    QCOMPARE(second.referral, first.referral);
    QCOMPARE(second.transactions, first.transactions);
}

void TestSandboxData::otherSeedGivesOtherData() {
    const Snapshot one = snapshot({u"--customers"_s, u"50"_s, u"--seed"_s, u"1"_s});
    const Snapshot two = snapshot({u"--customers"_s, u"50"_s, u"--seed"_s, u"2"_s});
    QCOMPARE(one.affiliate.size(), 50);
    QCOMPARE(two.affiliate.size(), 50);
    QVERIFY(one.affiliate != two.affiliate);
    QVERIFY(one.referral != two.referral);
    // The well-known customers are there whatever the seed.
    QCOMPARE(two.affiliate.first().toObject().value(u"key"_s).toString(), u"alice_brown"_s);
    QCOMPARE(two.referral.first().toObject().value(u"id"_s).toString(), u"ada_lovelace"_s);
}

void TestSandboxData::namesInSeveralScripts() {
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start({u"--customers"_s, u"600"_s}), qPrintable(sandbox.errorString()));
    SandboxClient client(sandbox);
    QJsonArray all = client.collectAll(u"/customers?limit=250"_s, sandbox.affiliateKey());
    const QJsonArray referral = client.collectAll(u"/customers?limit=250"_s, sandbox.referralKey());
    for (const QJsonValue &value : referral)
        all.append(value);
    QSet<int> scripts;
    bool accentedLatin = false;
    bool missingName = false;
    bool missingEmail = false;
    QSet<QString> emails;
    for (const QJsonValue &value : all) {
        const QJsonObject customer = value.toObject();
        const QString text =
            customer.value(u"name"_s).toString() + u' ' + customer.value(u"surname"_s).toString();
        for (const QChar c : text) {
            if (c.isLetter())
                scripts.insert(int(c.script()));
            accentedLatin =
                accentedLatin || (c.script() == QChar::Script_Latin && c.unicode() > 0x7f);
        }
        missingName = missingName || customer.value(u"name"_s).isNull() ||
                      customer.value(u"surname"_s).isNull();
        const QJsonValue email = customer.value(u"email"_s);
        missingEmail = missingEmail || email.isNull();
        if (email.isString())
            emails.insert(email.toString());
    }
    QVERIFY(accentedLatin);
    for (const QChar::Script script :
         {QChar::Script_Latin, QChar::Script_Cyrillic, QChar::Script_Greek, QChar::Script_Han,
          QChar::Script_Arabic, QChar::Script_Hebrew})
        QVERIFY2(scripts.contains(int(script)), qPrintable(QString::number(int(script))));
    QVERIFY(missingName);
    QVERIFY(missingEmail);
    QVERIFY(emails.size() > 1000); // addresses are unique per program
}

void TestSandboxData::emptyPrograms() {
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start({u"--customers"_s, u"0"_s}), qPrintable(sandbox.errorString()));
    SandboxClient client(sandbox);
    for (const QString &key : {sandbox.affiliateKey(), sandbox.referralKey()}) {
        const HttpResult page = client.get(u"/customers"_s, key);
        QCOMPARE(page.status, 200);
        QCOMPARE(page.dataArray().size(), 0);
        QVERIFY(page.object().value(u"meta"_s).toObject().value(u"from"_s).isNull());
        QVERIFY(page.object().value(u"meta"_s).toObject().value(u"to"_s).isNull());
        QVERIFY(page.object().value(u"links"_s).toObject().value(u"next"_s).isNull());
    }
    QCOMPARE(client.get(u"/customers/alice_brown"_s, sandbox.affiliateKey()).status, 404);
    // Partners still exist, so customers can be created.
    const HttpResult created =
        client.sendJson("POST"_ba, u"/customers"_s, sandbox.affiliateKey(),
                        QJsonObject{{u"key"_s, u"first"_s},
                                    {u"partner"_s, QJsonObject{{u"key"_s, u"partner_acme"_s}}}});
    QCOMPARE(created.status, 201);
}

void TestSandboxData::dataFileIsSavedAndReloaded() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"state.json"_s);
    const auto fileContains = [&path](const QByteArray &needle) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) && file.readAll().contains(needle);
    };
    double adaUsd = 0;
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start({u"--customers"_s, u"30"_s, u"--data"_s, path}),
                 qPrintable(sandbox.errorString()));
        QVERIFY(QFile::exists(path)); // written at start
        SandboxClient client(sandbox);
        const QString aff = sandbox.affiliateKey();
        const QString ref = sandbox.referralKey();
        QCOMPARE(client
                     .sendJson("POST"_ba, u"/customers"_s, aff,
                               QJsonObject{{u"key"_s, u"persisted_customer"_s},
                                           {u"name"_s, u"Ωmega"_s},
                                           {u"tags"_s, QJsonArray{u"saved"_s}},
                                           {u"partner"_s, QJsonObject{{u"id"_s, u"prt_00002"_s}}}})
                     .status,
                 201);
        QCOMPARE(client
                     .sendJson("PUT"_ba, u"/customers/alice_brown"_s, aff,
                               QJsonObject{{u"update"_s, QJsonObject{{u"tags"_s, QJsonArray()}}}})
                     .status,
                 200);
        QCOMPARE(client.send("DELETE"_ba, u"/customers/cus_000003"_s, aff).status, 200);
        QCOMPARE(client.send("POST"_ba, u"/customers/cus_000004/suspend"_s, aff).status, 200);
        const HttpResult credited = client.sendJson(
            "POST"_ba, u"/customers/ada_lovelace/balance/credit"_s, ref,
            QJsonObject{
                {u"amount"_s, 10}, {u"amount_units"_s, u"USD"_s}, {u"is_currency"_s, true}});
        QCOMPARE(credited.status, 200);
        const QJsonArray currency =
            credited.data().value(u"balance"_s).toObject().value(u"currency"_s).toArray();
        for (const QJsonValue &entry : currency) {
            if (entry.toObject().value(u"amount_units"_s).toString() == "USD"_L1)
                adaUsd = entry.toObject().value(u"amount"_s).toDouble();
        }
        QVERIFY(adaUsd > 10);
        QCOMPARE(client.send("POST"_ba, u"/customers/rc_000015/archive"_s, ref).status, 200);
        QCOMPARE(client
                     .sendJson("POST"_ba, u"/customers"_s, ref,
                               QJsonObject{{u"id"_s, u"saved_friend"_s},
                                           {u"referring_customer"_s,
                                            QJsonObject{{u"id"_s, u"grace_hopper"_s}}}})
                     .status,
                 200);
        QCOMPARE(client
                     .sendJson("POST"_ba, u"/customers:invite"_s, ref,
                               QJsonObject{{u"email"_s, u"saved.invite@example.com"_s}})
                     .status,
                 200);
        // Saved shortly after each change, while the sandbox keeps running.
        QTRY_VERIFY_WITH_TIMEOUT(fileContains("saved.invite@example.com"), 5000);
        QVERIFY(fileContains("persisted_customer"));
    } // SIGTERM: the sandbox saves and ends

    SandboxProcess reloaded;
    // Seed and size do not matter when the file exists.
    QVERIFY2(reloaded.start({u"--customers"_s, u"5"_s, u"--seed"_s, u"99"_s, u"--data"_s, path}),
             qPrintable(reloaded.errorString()));
    SandboxClient client(reloaded);
    const QString aff = reloaded.affiliateKey();
    const QString ref = reloaded.referralKey();
    const QJsonObject persisted = client.get(u"/customers/persisted_customer"_s, aff).data();
    QCOMPARE(persisted.value(u"name"_s).toString(), u"Ωmega"_s);
    QCOMPARE(persisted.value(u"tags"_s).toArray().size(), 1);
    QCOMPARE(client.get(u"/customers/alice_brown"_s, aff).data().value(u"tags"_s).toArray().size(),
             0);
    QCOMPARE(client.get(u"/customers/cus_000003"_s, aff).status, 404);
    QCOMPARE(client.get(u"/customers/cus_000004"_s, aff).data().value(u"status"_s).toString(),
             u"suspended"_s);
    QCOMPARE(client.collectAll(u"/customers?limit=250"_s, aff).size(), 30);
    QCOMPARE(client.get(u"/customers/rc_000015"_s, ref).data().value(u"status"_s).toString(),
             u"deleted"_s);
    const QJsonObject friendOfGrace = client.get(u"/customers/saved_friend"_s, ref).data();
    QCOMPARE(friendOfGrace.value(u"referring_customer"_s).toObject().value(u"id"_s).toString(),
             u"grace_hopper"_s);
    const QJsonArray currency = client.get(u"/customers/ada_lovelace/balance"_s, ref)
                                    .data()
                                    .value(u"balance"_s)
                                    .toObject()
                                    .value(u"currency"_s)
                                    .toArray();
    double usd = 0;
    for (const QJsonValue &entry : currency) {
        if (entry.toObject().value(u"amount_units"_s).toString() == "USD"_L1)
            usd = entry.toObject().value(u"amount"_s).toDouble();
    }
    QCOMPARE(usd, adaUsd);
    QCOMPARE(client.get(u"/customers/ada_lovelace/transactions"_s, ref).dataArray().size(), 3);
    QCOMPARE(reloaded.invites().size(), 1);
    // A reset seeds again with this run's options and saves that.
    QVERIFY(reloaded.reset());
    QCOMPARE(client.collectAll(u"/customers?limit=250"_s, aff).size(), 5);
    QTRY_VERIFY_WITH_TIMEOUT(!fileContains("persisted_customer"), 5000);
}

void TestSandboxData::corruptDataFileStopsTheStart() {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"broken.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"partnero-sandbox-state\", \"version\": 1, \"partners\": [");
    file.close();
    SandboxProcess sandbox;
    QVERIFY(!sandbox.start({u"--data"_s, path}));
    QVERIFY2(sandbox.errorString().contains(u"broken.json"_s), qPrintable(sandbox.errorString()));
    // The file a person may still want is left as it was.
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().endsWith("\"partners\": ["));
}

void TestSandboxData::customKeysAndPort() {
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start({u"--port"_s, QString::number(port), u"--affiliate-key"_s, u"aff-123"_s,
                            u"--referral-key"_s, u"ref-456"_s, u"--customers"_s, u"3"_s}),
             qPrintable(sandbox.errorString()));
    QCOMPARE(sandbox.baseUrl().port(), int(port));
    QCOMPARE(sandbox.affiliateKey(), u"aff-123"_s);
    QCOMPARE(sandbox.referralKey(), u"ref-456"_s);
    SandboxClient client(sandbox);
    QCOMPARE(client.get(u"/customers/alice_brown"_s, u"aff-123"_s).status, 200);
    QCOMPARE(client.get(u"/customers/ada_lovelace"_s, u"ref-456"_s).status, 200);
    QCOMPARE(client.get(u"/customers"_s, u"sandbox-affiliate-key"_s).status, 401);
}

void TestSandboxData::bindAnyAnnouncesLoopback() {
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start({u"--bind"_s, u"0.0.0.0"_s, u"--customers"_s, u"2"_s}),
             qPrintable(sandbox.errorString()));
    QCOMPARE(sandbox.baseUrl().host(), u"127.0.0.1"_s);
    SandboxClient client(sandbox);
    QCOMPARE(client.get(u"/test"_s, sandbox.affiliateKey()).status, 200);
}

void TestSandboxData::badOptionsStopTheStart_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("customers not a number")
        << QStringList{u"--customers"_s, u"many"_s} << u"--customers"_s;
    QTest::newRow("negative latency")
        << QStringList{u"--latency-ms"_s, u"-5"_s} << u"--latency-ms"_s;
    QTest::newRow("bad bind address")
        << QStringList{u"--bind"_s, u"not-an-address"_s} << u"--bind"_s;
    QTest::newRow("same keys") << QStringList{u"--affiliate-key"_s, u"k"_s, u"--referral-key"_s,
                                              u"k"_s}
                               << u"different"_s;
    QTest::newRow("key with a space") << QStringList{u"--affiliate-key"_s, u"a b"_s} << u"spaces"_s;
    QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s} << u"frobnicate"_s;
}

void TestSandboxData::badOptionsStopTheStart() {
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    SandboxProcess sandbox;
    QVERIFY(!sandbox.start(args));
    QVERIFY2(sandbox.errorString().contains(mentions), qPrintable(sandbox.errorString()));
}

void TestSandboxData::portInUseStopsTheStart() {
    QTcpServer holder;
    QVERIFY(holder.listen(QHostAddress::LocalHost, 0));
    SandboxProcess sandbox;
    QVERIFY(!sandbox.start({u"--port"_s, QString::number(holder.serverPort())}));
    QVERIFY2(sandbox.errorString().contains(u"Cannot listen"_s), qPrintable(sandbox.errorString()));
}

QTEST_GUILESS_MAIN(TestSandboxData)
#include "tst_sandbox_data.moc"

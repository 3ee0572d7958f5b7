// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's own building blocks without a process: its JSON writer, timestamps, fault
// specs, validation messages and the state file round trip.
#include "app/sandbox/core/faultspec.h"
#include "app/sandbox/core/jsonutil.h"
#include "app/sandbox/core/jsonwriter.h"
#include "app/sandbox/core/sandboxstate.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace sandbox;

class TestSandboxCore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void writerEscapesEveryString_data();
    void writerEscapesEveryString();
    void writerNestsContainers();
    void timestamps_data();
    void timestamps();
    void faultSpecs_data();
    void faultSpecs();
    void validationMessageCountsTheOthers();
    void stateSurvivesARoundTrip();
    void stateRejectsForeignFiles();
    void stateReadsNumbersBeyondRangeAsZero();
};

void TestSandboxCore::writerEscapesEveryString_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("quotes") << u"say \"hi\""_s;
    QTest::newRow("backslash") << u"C:\\path\\"_s;
    QTest::newRow("control characters") << u"a\nb\tc\rd\u0001e\u001f"_s;
    QTest::newRow("accents and scripts") << u"Zoë Łukasz Иван Γιώργος 王伟 محمد דוד"_s;
    QTest::newRow("emoji") << u"🌸 \U0001F600"_s;
    QTest::newRow("empty") << QString(u""_s);
}

void TestSandboxCore::writerEscapesEveryString() {
    QFETCH(QString, text);
    JsonWriter writer;
    writer.beginObject();
    writer.key("value");
    writer.string(text);
    writer.endObject();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(writer.data(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(document.object().value(u"value"_s).toString(), text);
}

void TestSandboxCore::writerNestsContainers() {
    JsonWriter writer;
    writer.beginObject();
    writer.key("list");
    writer.beginArray();
    writer.number(qint64(1));
    writer.number(2.5);
    writer.boolean(false);
    writer.null();
    writer.nullableString(QString());
    writer.nullableString(u"x"_s);
    writer.beginObject();
    writer.endObject();
    writer.endArray();
    writer.key("raw");
    writer.raw("{\"a\":[1]}"_ba);
    writer.key("time");
    writer.asciiString(timestampBytes(0));
    writer.endObject();
    QCOMPARE(writer.data(), "{\"list\":[1,2.5,false,null,null,\"x\",{}],\"raw\":{\"a\":[1]},"
                            "\"time\":\"1970-01-01T00:00:00.000000Z\"}"_ba);
}

void TestSandboxCore::timestamps_data() {
    QTest::addColumn<qint64>("seconds");
    QTest::newRow("epoch") << qint64(0);
    QTest::newRow("leap day 2000") << qint64(951827696);
    QTest::newRow("docs example") << qint64(1746202359);
    QTest::newRow("end of 2099") << qint64(4102444799);
    QTest::newRow("before 1970") << qint64(-86400 * 365 - 1);
}

void TestSandboxCore::timestamps() {
    QFETCH(qint64, seconds);
    const QString expected =
        QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(u"yyyy-MM-ddTHH:mm:ss"_s) +
        u".000000Z"_s;
    QCOMPARE(formatTimestamp(seconds), expected);
}

void TestSandboxCore::faultSpecs_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("latency");
    QTest::newRow("latency") << u"latency=250"_s << true << 0 << 250;
    QTest::newRow("429 with retry") << u" status=429 ; retry-after=3 "_s << true << 429 << 0;
    QTest::newRow("drop with latency") << u"drop;latency=5"_s << true << 0 << 5;
    QTest::newRow("refusal status") << u"status=422"_s << true << 422 << 0;
    QTest::newRow("unsupported status") << u"status=418"_s << false << 0 << 0;
    QTest::newRow("empty with content type") << u"empty;content-type=text/html"_s << true << 0 << 0;
    QTest::newRow("content type without value") << u"content-type="_s << false << 0 << 0;
    QTest::newRow("retry without status") << u"retry-after=3"_s << false << 0 << 0;
    QTest::newRow("retry with 500") << u"status=500;retry-after=3"_s << false << 0 << 0;
    QTest::newRow("negative latency") << u"latency=-1"_s << false << 0 << 0;
    QTest::newRow("unknown item") << u"explode"_s << false << 0 << 0;
    QTest::newRow("value on a flag") << u"hang=1"_s << false << 0 << 0;
}

void TestSandboxCore::faultSpecs() {
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(int, status);
    QFETCH(int, latency);
    FaultSpec spec;
    QString error;
    QCOMPARE(FaultSpec::parse(text, &spec, &error), valid);
    if (!valid) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QCOMPARE(spec.status, status);
    QCOMPARE(spec.latencyMs, latency);
    QCOMPARE(spec.text, text.trimmed());
}

void TestSandboxCore::validationMessageCountsTheOthers() {
    Validation validation;
    validation.add(u"key"_s, u"The key field is required."_s);
    validation.add(u"email"_s, u"The email must be a valid email address."_s);
    validation.add(u"key"_s, u"Second key message."_s);
    const ApiResponse response = validation.response();
    QCOMPARE(response.status, 422);
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    QCOMPARE(body.value(u"message"_s).toString(),
             u"The key field is required. (and 2 more errors)"_s);
    QCOMPARE(body.value(u"errors"_s).toObject().value(u"key"_s).toArray().size(), 2);
    QCOMPARE(body.value(u"errors"_s).toObject().value(u"email"_s).toArray().size(), 1);
}

void TestSandboxCore::stateSurvivesARoundTrip() {
    SandboxState original(300, 5);
    // Changes of every kind the file must keep: nulls, deletions, a broken referral.
    original.affiliate().at(3).name = QString();
    original.affiliate().at(4).surname = u""_s;
    original.affiliate().remove(5);
    original.referral().remove(1); // Ada's first referral: its referrals lose their referrer
    original.referral().at(0).balance[u"points"_s] = 42;
    original.invites().record(u"a@example.com"_s);
    original.invites().record(u"A@example.com"_s);
    const QByteArray saved = original.serialize();

    SandboxState loaded(0, 0);
    QString error;
    QVERIFY2(loaded.deserialize(saved, &error), qPrintable(error));
    QCOMPARE(loaded.serialize(), saved);
    QCOMPARE(loaded.affiliate().count(), original.affiliate().count());
    QCOMPARE(loaded.referral().count(), original.referral().count());
    QCOMPARE(loaded.referral().referred().size(), original.referral().referred().size());
    QVERIFY(loaded.affiliate().at(loaded.affiliate().findByKey(u"cus_000003"_s)).name.isNull());
    QVERIFY(!loaded.affiliate().at(loaded.affiliate().findByKey(u"cus_000004"_s)).surname.isNull());
    QCOMPARE(
        loaded.referral().at(loaded.referral().find(u"ada_lovelace"_s)).balance.value(u"points"_s),
        42.0);
    QCOMPARE(loaded.invites().toJson().size(), 1);
    QCOMPARE(loaded.invites().toJson().first().toObject().value(u"count"_s).toInt(), 2);
}

void TestSandboxCore::stateRejectsForeignFiles() {
    SandboxState state(10, 1);
    const QByteArray before = state.serialize();
    QString error;
    QVERIFY(!state.deserialize("{\"customers\": []}"_ba, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!state.deserialize("not json"_ba, &error));
    QCOMPARE(state.serialize(), before); // unchanged
}

// Found by fuzz_sandboxrequest: a --data file whose times and counters no qint64 holds was
// converted with undefined behaviour (a garbage time, INT64_MIN on x86-64).
void TestSandboxCore::stateReadsNumbersBeyondRangeAsZero() {
    const QByteArray file = R"({"format":"partnero-sandbox-state","version":1,"partners":[],
        "affiliate_customers":[{"key":"a1","partner":-1,"created_at":1.75556e43,
            "updated_at":-1e300,"transactions":[{"key":"t1","created_at":1e20}]}],
        "affiliate_transaction_counter":1e308,
        "referral_customers":[{"id":"r1","key":"r1","created_at":1.75556e43,"updated_at":5}],
        "referral_transaction_counter":-1e19,"referral_key_counter":1e300})"_ba;
    SandboxState state(0, 1);
    QString error;
    QVERIFY2(state.deserialize(file, &error), qPrintable(error));
    const AffiliateCustomer &affiliate = state.affiliate().at(0);
    QCOMPARE(affiliate.createdAt, 0);
    QCOMPARE(affiliate.updatedAt, 0);
    QCOMPARE(affiliate.transactions.first().createdAt, 0);
    QCOMPARE(state.referral().at(0).createdAt, 0);
    QCOMPARE(state.referral().at(0).updatedAt, 5);
    QCOMPARE(state.referral().keyCounter(), 0);
}

QTEST_GUILESS_MAIN(TestSandboxCore)
#include "tst_sandbox_core.moc"

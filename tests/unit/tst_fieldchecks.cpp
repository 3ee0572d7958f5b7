// SPDX-License-Identifier: GPL-3.0-or-later
// FieldChecks: the one e-mail check and the one currency-code check that the CSV import, the
// bulk runs, the forms and the statistics all apply.
#include "models/fieldchecks.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestFieldChecks final : public QObject {
    Q_OBJECT

private slots:
    void email_data();
    void email();
    void currencyCode_data();
    void currencyCode();
};

void TestFieldChecks::email_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("plain") << u"alice@example.com"_s << true;
    QTest::newRow("plus addressing") << u"alice+invites@example.com"_s << true;
    QTest::newRow("dots and subdomains") << u"a.b+tag@sub.example.co.uk"_s << true;
    QTest::newRow("Unicode local part") << u"josé.müller@example.de"_s << true;
    QTest::newRow("Cyrillic local part") << u"пример@example.com"_s << true;
    QTest::newRow("international domain") << u"kunde@bücher.de"_s << true;
    QTest::newRow("digits and hyphens") << u"x-1@mail-2.example.io"_s << true;
    QTest::newRow("upper case") << u"Alice@Example.COM"_s << true;

    QTest::newRow("empty") << QString() << false;
    QTest::newRow("no at") << u"alice.example.com"_s << false;
    QTest::newRow("nothing before the at") << u"@example.com"_s << false;
    QTest::newRow("two ats") << u"a@b@example.com"_s << false;
    QTest::newRow("no dot in the domain") << u"alice@example"_s << false;
    QTest::newRow("domain starts with a dot") << u"a@.example.com"_s << false;
    QTest::newRow("domain ends with a dot") << u"a@example.com."_s << false;
    QTest::newRow("space inside") << u"ali ce@example.com"_s << false;
    QTest::newRow("tab inside") << u"alice@exam\tple.com"_s << false;
    // Callers trim what a person typed; the check itself takes the text as it is.
    QTest::newRow("surrounding blanks") << u" alice@example.com "_s << false;
    QTest::newRow("two addresses") << u"a@b.de,c@d.de"_s << false;
    QTest::newRow("semicolon list") << u"a@b.de;c@d.de"_s << false;
    QTest::newRow("display name") << u"Alice <alice@example.com>"_s << false;
    QTest::newRow("quoted local part") << u"\"alice\"@example.com"_s << false;

    const QString domain = u"@example.com"_s;
    const QString longest = QString(254 - domain.size(), u'a') + domain;
    QTest::newRow("254 characters") << longest << true;
    QTest::newRow("255 characters") << u"a"_s + longest << false;
}

void TestFieldChecks::email() {
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    QCOMPARE(FieldChecks::isEmail(text), accepted);
}

void TestFieldChecks::currencyCode_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("exact");
    QTest::addColumn<bool>("anyCase");

    QTest::newRow("USD") << u"USD"_s << true << true;
    QTest::newRow("EUR") << u"EUR"_s << true << true;
    // A person's "usd" in a units column is money; a server key's "all" or "new" is a word.
    QTest::newRow("lower case") << u"usd"_s << false << true;
    QTest::newRow("mixed case") << u"Eur"_s << false << true;
    QTest::newRow("a word in a key") << u"all"_s << false << true;
    QTest::newRow("points, upper") << u"PTS"_s << false << false;
    QTest::newRow("points, lower") << u"pts"_s << false << false;
    QTest::newRow("two letters") << u"US"_s << false << false;
    QTest::newRow("four letters") << u"USDT"_s << false << false;
    QTest::newRow("digits") << u"US1"_s << false << false;
    QTest::newRow("blank around") << u" USD"_s << false << false;
    QTest::newRow("non-Latin letters") << u"ÄÖÜ"_s << false << false;
    QTest::newRow("empty") << QString() << false << false;
}

void TestFieldChecks::currencyCode() {
    QFETCH(QString, text);
    QFETCH(bool, exact);
    QFETCH(bool, anyCase);
    QCOMPARE(FieldChecks::isCurrencyCode(text), exact);
    QCOMPARE(FieldChecks::isCurrencyCode(text, FieldChecks::LetterCase::Any), anyCase);
}

QTEST_APPLESS_MAIN(TestFieldChecks)
#include "tst_fieldchecks.moc"

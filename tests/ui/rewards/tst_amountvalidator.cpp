// SPDX-License-Identifier: GPL-3.0-or-later
// Amounts as people type them in their own locale (ui/widgets/amountvalidator): the credit
// form and the bulk credit read every amount through it.

#include "ui/widgets/amountvalidator.h"

#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestAmountValidator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void amountParsing_data();
    void amountParsing();
    void amountValidatorKeepsWhatWasTyped();
};

void TestAmountValidator::amountParsing_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<int>("problem");
    QTest::addColumn<double>("value");
    using P = AmountValidator::Problem;
    QTest::newRow("en 10.50") << u"10.50"_s << u"en_US"_s << 2 << int(P::None) << 10.5;
    QTest::newRow("de 10,50") << u"10,50"_s << u"de_DE"_s << 2 << int(P::None) << 10.5;
    QTest::newRow("de 10.50 refused") << u"10.50"_s << u"de_DE"_s << 2 << int(P::NotANumber) << 0.0;
    QTest::newRow("en 10,50 refused") << u"10,50"_s << u"en_US"_s << 2 << int(P::NotANumber) << 0.0;
    QTest::newRow("en 1,000 refused") << u"1,000"_s << u"en_US"_s << 2 << int(P::NotANumber) << 0.0;
    QTest::newRow("zero") << u"0"_s << u"en_US"_s << 2 << int(P::NotPositive) << 0.0;
    QTest::newRow("negative") << u"-3"_s << u"en_US"_s << 2 << int(P::NotPositive) << -3.0;
    QTest::newRow("three decimals")
        << u"1.005"_s << u"en_US"_s << 2 << int(P::TooManyDecimals) << 1.005;
    QTest::newRow("whole points") << u"120"_s << u"en_US"_s << 0 << int(P::None) << 120.0;
    QTest::newRow("fractional points")
        << u"1.5"_s << u"en_US"_s << 0 << int(P::TooManyDecimals) << 1.5;
    QTest::newRow("trailing point") << u"10."_s << u"en_US"_s << 2 << int(P::None) << 10.0;
    QTest::newRow("spaces") << u" 7 "_s << u"en_US"_s << 2 << int(P::None) << 7.0;
    QTest::newRow("empty") << u""_s << u"en_US"_s << 2 << int(P::Empty) << 0.0;
    QTest::newRow("exponent") << u"1e3"_s << u"en_US"_s << 2 << int(P::NotANumber) << 0.0;
}

void TestAmountValidator::amountParsing() {
    QFETCH(QString, text);
    QFETCH(QString, locale);
    QFETCH(int, decimals);
    QFETCH(int, problem);
    QFETCH(double, value);
    const AmountValidator::Parsed parsed = AmountValidator::parse(text, QLocale(locale), decimals);
    QCOMPARE(int(parsed.problem), problem);
    if (parsed.problem == AmountValidator::Problem::None ||
        parsed.problem == AmountValidator::Problem::TooManyDecimals ||
        parsed.problem == AmountValidator::Problem::NotPositive)
        QCOMPARE(parsed.value, value);
}

void TestAmountValidator::amountValidatorKeepsWhatWasTyped() {
    AmountValidator validator;
    validator.setLocale(QLocale(u"en_US"_s));
    int pos = 0;
    QString text = u"10,50"_s;
    // Intermediate, not Invalid: the comma stays visible with a reason beside the field
    // instead of silently turning the amount into 1050.
    QCOMPARE(validator.validate(text, pos), QValidator::Intermediate);
    text = u"10.5"_s;
    QCOMPARE(validator.validate(text, pos), QValidator::Acceptable);
    text = u"10a"_s;
    QCOMPARE(validator.validate(text, pos), QValidator::Invalid);
    // The CSV reader's flexible form: C locale first, then the person's.
    QCOMPARE(AmountValidator::parseFlexible(u"10,50"_s, QLocale(u"de_DE"_s), 2).value, 10.5);
    QCOMPARE(AmountValidator::parseFlexible(u"10.50"_s, QLocale(u"de_DE"_s), 2).value, 10.5);
}

QTEST_MAIN(TestAmountValidator)
#include "tst_amountvalidator.moc"

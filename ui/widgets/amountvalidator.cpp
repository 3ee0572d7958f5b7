// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/amountvalidator.h"

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {

// What a locale may show as a minus or plus sign (some use U+2212).
bool isSign(QChar c, const QLocale &locale) {
    return c == u'-' || c == u'+' || locale.negativeSign().contains(c) ||
           locale.positiveSign().contains(c);
}

} // namespace

AmountValidator::AmountValidator(QObject *parent)
    : QValidator(parent) {
}

void AmountValidator::setMaxDecimals(int decimals) {
    if (m_maxDecimals == decimals)
        return;
    m_maxDecimals = decimals;
    Q_EMIT changed();
}

QValidator::State AmountValidator::validate(QString &input, int &pos) const {
    Q_UNUSED(pos)
    for (const QChar c : std::as_const(input)) {
        // Only letters are refused outright. A comma or dot that is not this locale's decimal
        // sign must stay visible with a reason next to the field: silently dropping it would
        // turn "10,50" into "1050".
        if (c.isLetter())
            return Invalid;
    }
    return parse(input, locale(), m_maxDecimals).ok() ? Acceptable : Intermediate;
}

AmountValidator::Parsed AmountValidator::parse(const QString &text, const QLocale &locale,
                                               int maxDecimals) {
    Parsed result;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return result;
    const QString point = locale.decimalPoint();
    qsizetype pointAt = -1;
    int digits = 0;
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c.isDigit()) {
            ++digits;
            continue;
        }
        if (point.contains(c) && pointAt < 0) {
            pointAt = i;
            continue;
        }
        if (i == 0 && isSign(c, locale))
            continue;
        result.problem = Problem::NotANumber;
        return result;
    }
    if (digits == 0) {
        result.problem = Problem::NotANumber;
        return result;
    }
    QLocale strict = locale;
    strict.setNumberOptions(QLocale::RejectGroupSeparator);
    bool ok = false;
    QString number = trimmed;
    if (pointAt == number.size() - 1)
        number.chop(1); // "10," is 10 with nothing after the point
    const double value = strict.toDouble(number, &ok);
    if (!ok || !std::isfinite(value)) {
        result.problem = Problem::NotANumber;
        return result;
    }
    result.value = value;
    if (!(value > 0)) {
        result.problem = Problem::NotPositive;
        return result;
    }
    const qsizetype decimals = pointAt < 0 ? 0 : trimmed.size() - pointAt - 1;
    if (decimals > maxDecimals) {
        result.problem = Problem::TooManyDecimals;
        return result;
    }
    result.problem = Problem::None;
    return result;
}

AmountValidator::Parsed AmountValidator::parseFlexible(const QString &text, const QLocale &locale,
                                                       int maxDecimals) {
    const Parsed c = parse(text, QLocale::c(), maxDecimals);
    if (c.problem != Problem::NotANumber || locale.decimalPoint() == QLocale::c().decimalPoint())
        return c;
    return parse(text, locale, maxDecimals);
}

QString AmountValidator::problemText(Problem problem, int maxDecimals, const QString &units) {
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return tr("Enter an amount.");
    case Problem::NotANumber:
        return tr("Enter a number, such as %1, without thousands separators.")
            .arg(QLocale().toString(maxDecimals > 0 ? 10.5 : 10.0, 'f', maxDecimals > 0 ? 2 : 0));
    case Problem::NotPositive:
        return tr("The amount must be more than zero.");
    case Problem::TooManyDecimals:
        if (maxDecimals == 0)
            return tr("Whole numbers only for %1.").arg(units);
        if (maxDecimals == 2)
            return tr("At most two decimals for %1.").arg(units);
        return tr("At most %1 decimals for %2.").arg(maxDecimals).arg(units);
    }
    return {};
}

int AmountValidator::maxDecimalsFor(bool isCurrency, bool unitHasFractions) {
    return isCurrency || unitHasFractions ? 2 : 0;
}

QString AmountValidator::toText(double value, const QLocale &locale, int maxDecimals) {
    QLocale plain = locale;
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    return plain.toString(value, 'f', maxDecimals);
}

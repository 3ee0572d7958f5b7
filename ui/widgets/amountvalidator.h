// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QValidator>

// Amounts of money or points as people type them, in their own locale ("10,50" in German,
// "10.50" in English). Group separators are refused rather than guessed: in English "10,50"
// would otherwise read as 1050, a costly misunderstanding on a credit.
//
// As a QValidator it only rejects letters; everything else that is not yet right (empty, "0",
// "10,", too many decimals, a minus, a group separator) is Intermediate, and the form shows
// problemText() next to the field.
class AmountValidator final : public QValidator {
    Q_OBJECT

public:
    enum class Problem { None, Empty, NotANumber, NotPositive, TooManyDecimals };

    struct Parsed {
        double value = 0;
        Problem problem = Problem::Empty;
        bool ok() const { return problem == Problem::None; }
    };

    explicit AmountValidator(QObject *parent = nullptr);

    // 2 for money; 0 for units that only come whole.
    void setMaxDecimals(int decimals);
    int maxDecimals() const { return m_maxDecimals; }

    State validate(QString &input, int &pos) const override;

    // `text` in `locale`, more than zero, at most `maxDecimals` decimals.
    static Parsed parse(const QString &text, const QLocale &locale, int maxDecimals);
    // For files: the C locale ("10.50") first, then the person's locale ("10,50").
    static Parsed parseFlexible(const QString &text, const QLocale &locale, int maxDecimals);
    // One translated sentence, e.g. "At most two decimals for USD."
    static QString problemText(Problem problem, int maxDecimals, const QString &units);
    // 2 for a currency; for other units 2 when the balance already holds fractions of it,
    // else 0 (points come whole unless the program says otherwise by giving fractions).
    static int maxDecimalsFor(bool isCurrency, bool unitHasFractions = false);
    // The amount in `locale` with exactly the decimals it needs (for the amount field).
    static QString toText(double value, const QLocale &locale, int maxDecimals);

private:
    int m_maxDecimals = 2;
};

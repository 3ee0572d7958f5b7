// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QSettings;

// The language of the interface, and with it the locale of numbers, money and dates.
// System follows the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
enum class LanguageChoice { System, English, German };

// The colours of the interface. System keeps what the desktop gives; Light and Dark force a
// palette of their own whatever the desktop uses.
enum class ThemeChoice { System, Light, Dark };

// The person's settings that hold for every profile, in QSettings under "preferences/".
// Values out of range read as their defaults, so a hand-edited file cannot make the console
// wait forever or accept any credit.
class Preferences final {
public:
    static constexpr int DefaultReadDeadlineSeconds = 30;
    static constexpr int DefaultChangeDeadlineSeconds = 60;
    static constexpr int MinDeadlineSeconds = 5;
    static constexpr int MaxDeadlineSeconds = 600;
    static constexpr double DefaultCurrencyCreditLimit = 10'000;
    static constexpr double DefaultPointsCreditLimit = 1'000'000;

    // Works on `settings`, which must outlive this object (tests pass an ini file).
    explicit Preferences(QSettings *settings);

    // The overall time a request may take once it is on the wire.
    int readDeadlineSeconds() const;
    void setReadDeadlineSeconds(int seconds);
    int changeDeadlineSeconds() const;
    void setChangeDeadlineSeconds(int seconds);

    // The largest single credit in `units` (a currency code such as "USD", or a non-currency
    // unit such as "points"). Each unit has its own; a currency without one has
    // DefaultCurrencyCreditLimit, anything else DefaultPointsCreditLimit.
    double creditLimit(const QString &units, bool isCurrency) const;
    void setCreditLimit(const QString &units, double limit);
    // Back to the default for `units`.
    void clearCreditLimit(const QString &units);
    // The units that have a limit of their own, upper-case, sorted.
    QStringList creditLimitUnits() const;

    // System unless the person chose otherwise.
    LanguageChoice language() const;
    void setLanguage(LanguageChoice language);
    ThemeChoice theme() const;
    void setTheme(ThemeChoice theme);

    // The name the journal shows as who made a change; empty (the default): the
    // operating-system user. Trimmed, at most MaxDisplayNameLength characters.
    static constexpr int MaxDisplayNameLength = 80;
    QString displayName() const;
    void setDisplayName(const QString &name);

    // The words kept in the file ("system", "english", "german"; "system", "light", "dark").
    static QString languageId(LanguageChoice language);
    static QString themeId(ThemeChoice theme);

private:
    QSettings *m_settings;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/profiles/preferences.h"

#include <QSettings>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString ReadDeadlineKey = u"preferences/readDeadlineSeconds"_s;
const QString ChangeDeadlineKey = u"preferences/changeDeadlineSeconds"_s;
const QString CreditLimitGroup = u"preferences/creditLimits"_s;
const QString LanguageKey = u"preferences/language"_s;
const QString ThemeKey = u"preferences/theme"_s;
const QString DisplayNameKey = u"preferences/displayName"_s;

int deadline(const QSettings *settings, const QString &key, int fallback) {
    bool ok = false;
    const int seconds = settings->value(key).toInt(&ok);
    if (!ok || seconds < Preferences::MinDeadlineSeconds ||
        seconds > Preferences::MaxDeadlineSeconds)
        return fallback;
    return seconds;
}

// Units are case-insensitive codes ("usd" and "USD" are one currency).
QString unitKey(const QString &units) {
    return units.trimmed().toUpper();
}

} // namespace

Preferences::Preferences(QSettings *settings)
    : m_settings(settings) {
}

int Preferences::readDeadlineSeconds() const {
    return deadline(m_settings, ReadDeadlineKey, DefaultReadDeadlineSeconds);
}

void Preferences::setReadDeadlineSeconds(int seconds) {
    m_settings->setValue(ReadDeadlineKey,
                         std::clamp(seconds, MinDeadlineSeconds, MaxDeadlineSeconds));
    m_settings->sync();
}

int Preferences::changeDeadlineSeconds() const {
    return deadline(m_settings, ChangeDeadlineKey, DefaultChangeDeadlineSeconds);
}

void Preferences::setChangeDeadlineSeconds(int seconds) {
    m_settings->setValue(ChangeDeadlineKey,
                         std::clamp(seconds, MinDeadlineSeconds, MaxDeadlineSeconds));
    m_settings->sync();
}

double Preferences::creditLimit(const QString &units, bool isCurrency) const {
    const double fallback = isCurrency ? DefaultCurrencyCreditLimit : DefaultPointsCreditLimit;
    bool ok = false;
    const double limit = m_settings->value(CreditLimitGroup + u'/' + unitKey(units)).toDouble(&ok);
    if (!ok || !std::isfinite(limit) || limit <= 0)
        return fallback;
    return limit;
}

void Preferences::setCreditLimit(const QString &units, double limit) {
    if (unitKey(units).isEmpty() || !std::isfinite(limit) || limit <= 0)
        return;
    m_settings->setValue(CreditLimitGroup + u'/' + unitKey(units), limit);
    m_settings->sync();
}

void Preferences::clearCreditLimit(const QString &units) {
    m_settings->remove(CreditLimitGroup + u'/' + unitKey(units));
    m_settings->sync();
}

QStringList Preferences::creditLimitUnits() const {
    m_settings->beginGroup(CreditLimitGroup);
    QStringList units = m_settings->childKeys();
    m_settings->endGroup();
    std::sort(units.begin(), units.end());
    return units;
}

QString Preferences::languageId(LanguageChoice language) {
    switch (language) {
    case LanguageChoice::English:
        return u"english"_s;
    case LanguageChoice::German:
        return u"german"_s;
    case LanguageChoice::System:
        break;
    }
    return u"system"_s;
}

QString Preferences::themeId(ThemeChoice theme) {
    switch (theme) {
    case ThemeChoice::Light:
        return u"light"_s;
    case ThemeChoice::Dark:
        return u"dark"_s;
    case ThemeChoice::System:
        break;
    }
    return u"system"_s;
}

LanguageChoice Preferences::language() const {
    const QString id = m_settings->value(LanguageKey).toString();
    for (const LanguageChoice language : {LanguageChoice::English, LanguageChoice::German}) {
        if (id == languageId(language))
            return language;
    }
    return LanguageChoice::System; // also for a word a newer version wrote
}

void Preferences::setLanguage(LanguageChoice language) {
    m_settings->setValue(LanguageKey, languageId(language));
    m_settings->sync();
}

ThemeChoice Preferences::theme() const {
    const QString id = m_settings->value(ThemeKey).toString();
    for (const ThemeChoice theme : {ThemeChoice::Light, ThemeChoice::Dark}) {
        if (id == themeId(theme))
            return theme;
    }
    return ThemeChoice::System;
}

void Preferences::setTheme(ThemeChoice theme) {
    m_settings->setValue(ThemeKey, themeId(theme));
    m_settings->sync();
}

QString Preferences::displayName() const {
    return m_settings->value(DisplayNameKey).toString().simplified().left(MaxDisplayNameLength);
}

void Preferences::setDisplayName(const QString &name) {
    const QString kept = name.simplified().left(MaxDisplayNameLength);
    if (kept.isEmpty())
        m_settings->remove(DisplayNameKey);
    else
        m_settings->setValue(DisplayNameKey, kept);
    m_settings->sync();
}

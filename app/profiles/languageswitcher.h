// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/profiles/preferences.h"

#include <QLocale>

class QCoreApplication;

// The console's language and locale, switched at run time: removes the translators it
// installed before and installs those of the new language (the console's own, Qt's and
// QtKeychain's), and makes the language's locale the default for numbers, money and dates.
// Installing a translator sends QEvent::LanguageChange, which QApplication posts to every
// window: each retranslates in its changeEvent(). main() applies the saved choice at start,
// the Preferences dialog a new one when it is accepted.
class LanguageSwitcher final {
public:
    // The locale a choice stands for. System: `system` itself. English and German: `system`
    // when it already speaks that language (so en_GB keeps its dates, de_AT its Jänner),
    // else en_US or de_DE.
    static QLocale localeFor(LanguageChoice choice, const QLocale &system = QLocale::system());

    // Switches `app` to `locale` (its language decides the translations).
    static void apply(QCoreApplication &app, const QLocale &locale);
    static void apply(QCoreApplication &app, LanguageChoice choice) {
        apply(app, localeFor(choice));
    }
};

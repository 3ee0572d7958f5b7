// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/profiles/languageswitcher.h"

#include "app/credentials/keychaintranslator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace {

// The translators this class installed carry this name, so that the next switch finds them
// among the application's children and nothing else is removed.
const QString TranslatorName = u"partnero-language"_s;

void install(QTranslator *translator) {
    translator->setObjectName(TranslatorName);
    if (!QCoreApplication::installTranslator(translator))
        delete translator;
}

} // namespace

QLocale LanguageSwitcher::localeFor(LanguageChoice choice, const QLocale &system) {
    switch (choice) {
    case LanguageChoice::System:
        return system;
    case LanguageChoice::English:
        return system.language() == QLocale::English
                   ? system
                   : QLocale(QLocale::English, QLocale::UnitedStates);
    case LanguageChoice::German:
        return system.language() == QLocale::German ? system
                                                    : QLocale(QLocale::German, QLocale::Germany);
    }
    return system;
}

void LanguageSwitcher::apply(QCoreApplication &app, const QLocale &locale) {
    const QList<QTranslator *> old =
        app.findChildren<QTranslator *>(TranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : old) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    // Before the translators: a window that retranslates formats its numbers in the new
    // locale already.
    QLocale::setDefault(locale);

    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        install(qt);
    else
        delete qt;
    // English underneath: the sources say "%n customers", and the English file gives the
    // singular. Without it a C or unknown locale would read "1 customers".
    auto *english = new QTranslator(&app);
    if (english->load(u":/i18n/partnero_console_en.qm"_s))
        install(english);
    else
        delete english;
    auto *own = new QTranslator(&app);
    if (locale.language() != QLocale::English &&
        own->load(locale, u"partnero_console"_s, u"_"_s, u":/i18n"_s))
        install(own); // installed last, so asked first
    else
        delete own;
    if (QTranslator *keychain = installKeychainTranslator(app, locale))
        keychain->setObjectName(TranslatorName);
}

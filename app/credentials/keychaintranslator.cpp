// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/credentials/keychaintranslator.h"

#include <QCoreApplication>
#include <QDir>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

QString keychainTranslationsPath() {
    return u"/usr/share/qt6keychain/translations"_s;
}

QTranslator *installKeychainTranslator(QCoreApplication &app, const QLocale &locale) {
    const QString directory = keychainTranslationsPath();
    if (!QDir(directory).exists())
        return nullptr;
    auto *translator = new QTranslator(&app);
    if (!translator->load(locale, u"qtkeychain"_s, u"_"_s, directory) ||
        !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return nullptr;
    }
    return translator;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;
class QTranslator;

// Where Debian's libqt6keychain1 installs its own translations (qtkeychain_de.qm, ...).
QString keychainTranslationsPath();

// Installs QtKeychain's own translator for `locale` beside the application's, so that the
// backend messages inside our sentences are translated too. Returns the translator (a child
// of `app`, so that a language switch can remove it), or null, having installed nothing,
// when there is no translation for that locale (English needs none).
QTranslator *installKeychainTranslator(QCoreApplication &app, const QLocale &locale = QLocale());

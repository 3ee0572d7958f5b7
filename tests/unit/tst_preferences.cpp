// SPDX-License-Identifier: GPL-3.0-or-later
// The language, the theme and the display name in QSettings: defaults, round trips through
// the file, and values a hand-edited file may hold.
#include "app/profiles/preferences.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

class TestPreferences final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void defaultsAreSystemAndNoName();
    void choicesSurviveARestart();
    void unknownWordsReadAsSystem();
    void displayNameIsTidied();

private:
    std::unique_ptr<QSettings> settings() const {
        return std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    }
    QTemporaryDir m_dir;
};

void TestPreferences::init() {
    QFile::remove(m_dir.filePath(u"settings.ini"_s));
}

void TestPreferences::defaultsAreSystemAndNoName() {
    const auto file = settings();
    const Preferences preferences(file.get());
    QCOMPARE(preferences.language(), LanguageChoice::System);
    QCOMPARE(preferences.theme(), ThemeChoice::System);
    QVERIFY(preferences.displayName().isEmpty());
}

void TestPreferences::choicesSurviveARestart() {
    {
        const auto file = settings();
        Preferences preferences(file.get());
        preferences.setLanguage(LanguageChoice::German);
        preferences.setTheme(ThemeChoice::Dark);
        preferences.setDisplayName(u"Anna Berg"_s);
    }
    const auto file = settings();
    const Preferences preferences(file.get());
    QCOMPARE(preferences.language(), LanguageChoice::German);
    QCOMPARE(preferences.theme(), ThemeChoice::Dark);
    QCOMPARE(preferences.displayName(), u"Anna Berg"_s);
    // Words in the file, not numbers: a later version may add choices.
    QCOMPARE(file->value(u"preferences/language"_s).toString(), u"german"_s);
    QCOMPARE(file->value(u"preferences/theme"_s).toString(), u"dark"_s);
}

void TestPreferences::unknownWordsReadAsSystem() {
    const auto file = settings();
    file->setValue(u"preferences/language"_s, u"klingon"_s);
    file->setValue(u"preferences/theme"_s, 3);
    const Preferences preferences(file.get());
    QCOMPARE(preferences.language(), LanguageChoice::System);
    QCOMPARE(preferences.theme(), ThemeChoice::System);
}

void TestPreferences::displayNameIsTidied() {
    const auto file = settings();
    Preferences preferences(file.get());
    preferences.setDisplayName(u"  Anna \t Berg \n"_s);
    QCOMPARE(preferences.displayName(), u"Anna Berg"_s);
    preferences.setDisplayName(QString(200, u'x'));
    QCOMPARE(preferences.displayName().size(), Preferences::MaxDisplayNameLength);
    // Emptied: the key goes, and the user name is used again.
    preferences.setDisplayName(u"   "_s);
    QVERIFY(preferences.displayName().isEmpty());
    QVERIFY(!file->contains(u"preferences/displayName"_s));
}

QTEST_GUILESS_MAIN(TestPreferences)
#include "tst_preferences.moc"

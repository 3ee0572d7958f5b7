// SPDX-License-Identifier: GPL-3.0-or-later
// The language switch without windows: "System" follows the environment the console started
// in (LANGUAGE, LC_ALL), English and German force theirs, each switch replaces the translators
// of the one before, and numbers follow the language. Only texts the German translation
// already has are checked.
#include "app/profiles/languageswitcher.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

class TestLanguageSwitcher final : public QObject {
    Q_OBJECT

private slots:
    void systemFollowsTheEnvironmentAtStart();
    void eachChoiceHasItsLocale_data();
    void eachChoiceHasItsLocale();
    void aSwitchReplacesTheTranslators();

private:
    static QString file() { return QCoreApplication::translate("MainWindow", "&File"); }
};

void TestLanguageSwitcher::systemFollowsTheEnvironmentAtStart() {
    // main() below started the program with LANGUAGE=de and LC_ALL=de_DE.UTF-8.
    QCOMPARE(QLocale::system().language(), QLocale::German);
    LanguageSwitcher::apply(*QCoreApplication::instance(), LanguageChoice::System);
    QCOMPARE(file(), u"&Datei"_s);
    QCOMPARE(QLocale().language(), QLocale::German);
    QCOMPARE(QLocale().toString(1234.5, 'f', 1), u"1.234,5"_s);

    // English chosen on a German system: the English texts and numbers.
    LanguageSwitcher::apply(*QCoreApplication::instance(), LanguageChoice::English);
    QCOMPARE(file(), u"&File"_s);
    QCOMPARE(QLocale().language(), QLocale::English);
    QCOMPARE(QLocale().toString(1234.5, 'f', 1), u"1,234.5"_s);
    // The English file gives the singular the sources leave to it.
    QCOMPARE(QCoreApplication::translate("IndexController", "%1 · %Ln customers", nullptr, 1)
                 .arg(u"now"_s),
             u"now · 1 customer"_s);

    // And System again: German, as the environment says.
    LanguageSwitcher::apply(*QCoreApplication::instance(), LanguageChoice::System);
    QCOMPARE(file(), u"&Datei"_s);
}

void TestLanguageSwitcher::eachChoiceHasItsLocale_data() {
    QTest::addColumn<int>("choice");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("expected");
    const int system = int(LanguageChoice::System);
    const int english = int(LanguageChoice::English);
    const int german = int(LanguageChoice::German);
    QTest::newRow("system keeps the system's") << system << u"fr_FR"_s << u"fr_FR"_s;
    QTest::newRow("English on a German system") << english << u"de_DE"_s << u"en_US"_s;
    // A system that already speaks the language keeps its own dates and money.
    QTest::newRow("English on a British system") << english << u"en_GB"_s << u"en_GB"_s;
    QTest::newRow("German on an English system") << german << u"en_US"_s << u"de_DE"_s;
    QTest::newRow("German on an Austrian system") << german << u"de_AT"_s << u"de_AT"_s;
    QTest::newRow("English on a C locale") << english << u"C"_s << u"en_US"_s;
}

void TestLanguageSwitcher::eachChoiceHasItsLocale() {
    QFETCH(int, choice);
    QFETCH(QString, system);
    QFETCH(QString, expected);
    QCOMPARE(LanguageSwitcher::localeFor(LanguageChoice(choice), QLocale(system)).name(),
             QLocale(expected).name());
}

void TestLanguageSwitcher::aSwitchReplacesTheTranslators() {
    const auto installed = [] {
        return QCoreApplication::instance()
            ->findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly)
            .size();
    };
    LanguageSwitcher::apply(*QCoreApplication::instance(), LanguageChoice::German);
    const qsizetype german = installed();
    QVERIFY(german >= 2); // the console's own and the English underneath, at least
    for (int i = 0; i < 5; ++i) {
        LanguageSwitcher::apply(*QCoreApplication::instance(), LanguageChoice::English);
        LanguageSwitcher::apply(*QCoreApplication::instance(), LanguageChoice::German);
    }
    QCOMPARE(installed(), german);
    QCOMPARE(file(), u"&Datei"_s);
    LanguageSwitcher::apply(*QCoreApplication::instance(), LanguageChoice::English);
    QVERIFY(installed() < german); // no German file left behind
    QCOMPARE(file(), u"&File"_s);
}

int main(int argc, char *argv[]) {
    // As a German desktop session starts the console; read once, when the locale is first
    // asked for.
    qputenv("LANGUAGE", "de");
    qputenv("LC_ALL", "de_DE.UTF-8");
    QCoreApplication app(argc, argv);
    TestLanguageSwitcher test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_languageswitcher.moc"

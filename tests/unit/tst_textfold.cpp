// SPDX-License-Identifier: GPL-3.0-or-later
// Folding decides what a person finds: "e" must find "é", "ss" must find "ß", capitals
// and small letters are one, in every script people's names come in.

#include "app/index/textfold.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestTextFold final : public QObject {
    Q_OBJECT

private slots:
    void folds_data();
    void folds();
    void wordsOfAQuery();
    void fieldsDoNotRunTogether();
};

void TestTextFold::folds_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("accents") << u"Élodie Müller-Lüdenscheidt"_s << u"elodie muller-ludenscheidt"_s;
    QTest::newRow("sharp s") << u"Straße"_s << u"strasse"_s;
    QTest::newRow("capital sharp s") << u"STRAẞE"_s << u"strasse"_s;
    QTest::newRow("capitals") << u"NOAH WALKER"_s << u"noah walker"_s;
    QTest::newRow("dotted capital I") << u"İstanbul"_s << u"istanbul"_s;
    QTest::newRow("greek tonos") << u"Άννα"_s << u"αννα"_s;
    QTest::newRow("greek capitals") << u"ΑΝΝΑ"_s << u"αννα"_s;
    QTest::newRow("greek final sigma") << u"Σοφίας"_s << u"σοφιασ"_s;
    QTest::newRow("greek final sigma, capitals") << u"ΣΟΦΊΑΣ"_s << u"σοφιασ"_s;
    QTest::newRow("cyrillic") << u"Ёлкина Наталья"_s << u"елкина наталья"_s;
    QTest::newRow("hebrew points") << u"שָׁלוֹם"_s << u"שלום"_s;
    QTest::newRow("arabic vowel marks") << u"مُحَمَّد"_s << u"محمد"_s;
    QTest::newRow("cjk unchanged") << u"王芳"_s << u"王芳"_s;
    QTest::newRow("full-width latin") << u"ＷＡＬＫＥＲ"_s << u"walker"_s;
    QTest::newRow("ligature") << u"ﬁnn"_s << u"finn"_s;
    QTest::newRow("email") << u"Noah.Walker+VIP@Example.COM"_s << u"noah.walker+vip@example.com"_s;
    QTest::newRow("outside the BMP kept") << u"𠮷野"_s << u"𠮷野"_s;
    QTest::newRow("tab and newline become spaces") << u"a\tb\nc"_s << u"a b c"_s;
}

void TestTextFold::folds() {
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(TextFold::fold(text), folded);
    // Folding twice changes nothing: what is stored and what is typed meet.
    QCOMPARE(TextFold::fold(TextFold::fold(text)), folded);
}

void TestTextFold::wordsOfAQuery() {
    QCOMPARE(TextFold::words(u"  Noah   WALK "_s), (QStringList{u"noah"_s, u"walk"_s}));
    QCOMPARE(TextFold::words(u"Müller"_s), (QStringList{u"muller"_s}));
    QVERIFY(TextFold::words(u"   "_s).isEmpty());
}

void TestTextFold::fieldsDoNotRunTogether() {
    const QString text = TextFold::searchText({u"Noah"_s, u"Walker"_s, u"nw@example.com"_s});
    QVERIFY(text.contains(u"noah"_s));
    QVERIFY(text.contains(u"nw@example.com"_s));
    // "hwalker" would only match across the end of one field and the start of the next.
    QVERIFY(!text.contains(u"noahwalker"_s));
    QVERIFY(!text.contains(u"noah walker"_s));
    // A typed separator is folded away, so no query can reach across it either.
    QCOMPARE(TextFold::words(u"h\u001Fw"_s), (QStringList{u"h"_s, u"w"_s}));
}

QTEST_GUILESS_MAIN(TestTextFold)
#include "tst_textfold.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Small dialog parts people meet everywhere: file choosers open in a folder that exists, and
// confirmations name what their buttons do.
#include "ui/widgets/dialogparts.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/mnemonics.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestDialogParts final : public QObject {
    Q_OBJECT

private slots:
    void choosersOpenInAFolderThatExists();
    void confirmationsNameTheirButtons();
    void fieldsAreNamedAfterTheirLabel();
    void menuEntriesGetFreeLetters();
};

void TestDialogParts::choosersOpenInAFolderThatExists() {
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QByteArray oldHome = qgetenv("HOME");
    const QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
    qputenv("HOME", QFile::encodeName(home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(u".config"_s)));
    // A home without Documents (common on Linux): the chooser opens at home.
    const QString withoutDocuments = DialogParts::documentsFolder();
    QVERIFY(QDir(home.path()).mkpath(u"Documents"_s));
    const QString withDocuments = DialogParts::documentsFolder();
    qputenv("HOME", oldHome);
    qputenv("XDG_CONFIG_HOME", oldConfig);
    QCOMPARE(QDir(withoutDocuments).canonicalPath(), QDir(home.path()).canonicalPath());
    QCOMPARE(QDir(withDocuments).canonicalPath(),
             QDir(home.filePath(u"Documents"_s)).canonicalPath());
}

void TestDialogParts::confirmationsNameTheirButtons() {
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QCOMPARE(MessageBox::confirm(nullptr, u"Archive"_s, u"Archive Ada?"_s, u"Archive"_s),
             QMessageBox::Yes);
    QStringList buttons = MessageBox::lastButtons();
    buttons.sort();
    QCOMPARE(buttons, QStringList({u"Archive"_s, u"Cancel"_s}));

    MessageBox::setNextAnswer(QMessageBox::Abort);
    QCOMPARE(MessageBox::chooseOfThree(nullptr, u"Unknown"_s, u"Did it?"_s, u"It went through"_s,
                                       u"Leave it as unknown"_s, u"Stop the run"_s),
             QMessageBox::Abort);
    buttons = MessageBox::lastButtons();
    buttons.sort();
    QCOMPARE(buttons,
             QStringList({u"It went through"_s, u"Leave it as unknown"_s, u"Stop the run"_s}));
}

// A field that is no sibling of its label is named after the label's words.
void TestDialogParts::fieldsAreNamedAfterTheirLabel() {
    QCOMPARE(DialogParts::accessibleText(QStringLiteral("&Amount:")), QStringLiteral("Amount"));
    QCOMPARE(DialogParts::accessibleText(QStringLiteral("Date of &birth:")),
             QStringLiteral("Date of birth"));
    QCOMPARE(DialogParts::accessibleText(QStringLiteral("Terms && &conditions: ")),
             QStringLiteral("Terms & conditions"));
}

// Column titles in a menu: each gets a letter no other entry uses; an entry that already has
// one keeps it, and a literal '&' stays a character.
void TestDialogParts::menuEntriesGetFreeLetters() {
    QMenu menu;
    menu.addAction(QStringLiteral("&Reset columns"));
    QAction *referral = menu.addAction(QStringLiteral("Referral link"));
    QAction *email = menu.addAction(QStringLiteral("Email"));
    QAction *emails = menu.addAction(QStringLiteral("Email"));
    QAction *terms = menu.addAction(QStringLiteral("&& T"));
    menu.addSeparator();
    Mnemonics::assign(&menu);
    QCOMPARE(referral->text(), QStringLiteral("R&eferral link")); // R is Reset's
    QCOMPARE(email->text(), QStringLiteral("E&mail"));            // E is taken by then
    QCOMPARE(emails->text(), QStringLiteral("Em&ail"));
    QCOMPARE(terms->text(), QStringLiteral("&& &T"));
    QCOMPARE(menu.actions().at(0)->text(), QStringLiteral("&Reset columns"));
}

QTEST_MAIN(TestDialogParts)
#include "tst_dialogparts.moc"

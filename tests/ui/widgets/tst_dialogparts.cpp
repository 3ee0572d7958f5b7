// SPDX-License-Identifier: GPL-3.0-or-later
// Small dialog parts people meet everywhere: file choosers open in a folder that exists, and
// confirmations name what their buttons do.
#include "ui/widgets/dialogparts.h"
#include "ui/widgets/messagebox.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestDialogParts final : public QObject {
    Q_OBJECT

private slots:
    void choosersOpenInAFolderThatExists();
    void confirmationsNameTheirButtons();
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

QTEST_MAIN(TestDialogParts)
#include "tst_dialogparts.moc"

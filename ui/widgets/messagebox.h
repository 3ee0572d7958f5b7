// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMessageBox>
#include <QPair>
#include <QStringList>

// Every message box of the console goes through here, so that GUI tests can answer the next
// one in advance instead of blocking on a modal dialog.
class MessageBox final {
    Q_DECLARE_TR_FUNCTIONS(MessageBox)

public:
    static QMessageBox::StandardButton
    question(QWidget *parent, const QString &title, const QString &text,
             QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
             QMessageBox::StandardButton defaultButton = QMessageBox::No);
    static QMessageBox::StandardButton
    warning(QWidget *parent, const QString &title, const QString &text,
            QMessageBox::StandardButtons buttons = QMessageBox::Ok,
            QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static QMessageBox::StandardButton information(QWidget *parent, const QString &title,
                                                   const QString &text);
    static QMessageBox::StandardButton critical(QWidget *parent, const QString &title,
                                                const QString &text);

    // A warning whose two buttons name what they do ("Review now", "Later"): Yes for the
    // first, No for the second (also on Escape).
    static QMessageBox::StandardButton choose(QWidget *parent, const QString &title,
                                              const QString &text, const QString &yesText,
                                              const QString &noText);

    // A question with two named answers and Cancel: Yes for the first, No for the second,
    // Cancel (also on Escape) for neither.
    static QMessageBox::StandardButton chooseOrCancel(QWidget *parent, const QString &title,
                                                      const QString &text, const QString &yesText,
                                                      const QString &noText);

    // A confirmation whose buttons name the action and the way out ("Archive", "Cancel"),
    // never Yes and No: Yes for the action, No (also on Escape) for the way out, which is the
    // default unless `actionIsDefault`. An empty `cancelText` reads "Cancel".
    static QMessageBox::StandardButton confirm(QWidget *parent, const QString &title,
                                               const QString &text, const QString &actionText,
                                               const QString &cancelText = {},
                                               bool actionIsDefault = false);
    // Three named answers: Yes, No and Abort; No is the default and Escape.
    static QMessageBox::StandardButton chooseOfThree(QWidget *parent, const QString &title,
                                                     const QString &text, const QString &yesText,
                                                     const QString &noText,
                                                     const QString &abortText);

    // Tests: the next box is not shown and returns this answer instead.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // Tests: the text of the last box shown or answered, and its buttons' texts (without
    // mnemonics), in no particular order.
    static QString lastText();
    static QStringList lastButtons();

private:
    using Names = QList<QPair<QMessageBox::StandardButton, QString>>;
    static QMessageBox::StandardButton
    show(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
         QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
         const Names &names = {}, QMessageBox::StandardButton escapeButton = QMessageBox::NoButton);
};

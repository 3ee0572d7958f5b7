// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/messagebox.h"

#include <QPushButton>

namespace {
QMessageBox::StandardButton s_nextAnswer = QMessageBox::NoButton;
QString s_lastText;
QStringList s_lastButtons;
} // namespace

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title,
                                                 const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton) {
    return show(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::warning(QWidget *parent, const QString &title,
                                                const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton) {
    return show(parent, QMessageBox::Warning, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::information(QWidget *parent, const QString &title,
                                                    const QString &text) {
    return show(parent, QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBox::critical(QWidget *parent, const QString &title,
                                                 const QString &text) {
    return show(parent, QMessageBox::Critical, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBox::choose(QWidget *parent, const QString &title,
                                               const QString &text, const QString &yesText,
                                               const QString &noText) {
    return show(parent, QMessageBox::Warning, title, text, QMessageBox::Yes | QMessageBox::No,
                QMessageBox::Yes, {{QMessageBox::Yes, yesText}, {QMessageBox::No, noText}},
                QMessageBox::No);
}

QMessageBox::StandardButton MessageBox::chooseOrCancel(QWidget *parent, const QString &title,
                                                       const QString &text, const QString &yesText,
                                                       const QString &noText) {
    return show(parent, QMessageBox::Question, title, text,
                QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Cancel,
                {{QMessageBox::Yes, yesText}, {QMessageBox::No, noText}}, QMessageBox::Cancel);
}

QMessageBox::StandardButton MessageBox::confirm(QWidget *parent, const QString &title,
                                                const QString &text, const QString &actionText,
                                                const QString &cancelText, bool actionIsDefault) {
    return show(parent, QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No,
                actionIsDefault ? QMessageBox::Yes : QMessageBox::No,
                {{QMessageBox::Yes, actionText},
                 {QMessageBox::No, cancelText.isEmpty() ? tr("Cancel") : cancelText}},
                QMessageBox::No);
}

QMessageBox::StandardButton MessageBox::chooseOfThree(QWidget *parent, const QString &title,
                                                      const QString &text, const QString &yesText,
                                                      const QString &noText,
                                                      const QString &abortText) {
    return show(
        parent, QMessageBox::Question, title, text,
        QMessageBox::Yes | QMessageBox::No | QMessageBox::Abort, QMessageBox::No,
        {{QMessageBox::Yes, yesText}, {QMessageBox::No, noText}, {QMessageBox::Abort, abortText}},
        QMessageBox::No);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer) {
    s_nextAnswer = answer;
}

QString MessageBox::lastText() {
    return s_lastText;
}

QStringList MessageBox::lastButtons() {
    return s_lastButtons;
}

QMessageBox::StandardButton
MessageBox::show(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                 QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                 const Names &names, QMessageBox::StandardButton escapeButton) {
    s_lastText = text;
    QMessageBox box(icon, title, text, buttons, parent);
    // Names, amounts and server sentences are data, never markup.
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(defaultButton);
    for (const auto &[button, name] : names) {
        if (!name.isEmpty() && box.button(button))
            box.button(button)->setText(name);
    }
    if (escapeButton != QMessageBox::NoButton)
        box.setEscapeButton(escapeButton);
    s_lastButtons.clear();
    const auto shown = box.buttons();
    for (const QAbstractButton *button : shown)
        s_lastButtons.append(button->text().remove(QLatin1Char('&')));
    if (s_nextAnswer != QMessageBox::NoButton) {
        const auto answer = s_nextAnswer;
        s_nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

#include "ui/widgets/messagebox.h"

#include <QPushButton>

namespace {
QMessageBox::StandardButton s_nextAnswer = QMessageBox::NoButton;
QString s_lastText;
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
                QMessageBox::Yes, yesText, noText);
}

QMessageBox::StandardButton MessageBox::chooseOrCancel(QWidget *parent, const QString &title,
                                                       const QString &text, const QString &yesText,
                                                       const QString &noText) {
    return show(parent, QMessageBox::Question, title, text,
                QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Cancel,
                yesText, noText, QMessageBox::Cancel);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer) {
    s_nextAnswer = answer;
}

QString MessageBox::lastText() {
    return s_lastText;
}

QMessageBox::StandardButton MessageBox::show(QWidget *parent, QMessageBox::Icon icon,
                                             const QString &title, const QString &text,
                                             QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton,
                                             const QString &yesText, const QString &noText,
                                             QMessageBox::StandardButton escapeButton) {
    s_lastText = text;
    if (s_nextAnswer != QMessageBox::NoButton) {
        const auto answer = s_nextAnswer;
        s_nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    // Names, amounts and server sentences are data, never markup.
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(defaultButton);
    if (!yesText.isEmpty())
        box.button(QMessageBox::Yes)->setText(yesText);
    if (!noText.isEmpty()) {
        box.button(QMessageBox::No)->setText(noText);
        box.setEscapeButton(escapeButton);
    }
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

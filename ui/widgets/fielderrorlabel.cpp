#include "ui/widgets/fielderrorlabel.h"

#include <QPalette>

FieldErrorLabel::FieldErrorLabel(QWidget *parent)
    : QLabel(parent) {
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setVisible(false);
}

void FieldErrorLabel::setMessage(const QString &text, Severity severity) {
    if (text.isEmpty()) {
        clearMessage();
        return;
    }
    m_severity = severity;
    QPalette pal = palette();
    switch (severity) {
    case Severity::Hint:
        pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
        break;
    case Severity::Warning:
        pal.setColor(QPalette::WindowText, QColor(0x9a, 0x5b, 0x00));
        break;
    case Severity::Error:
        pal.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
        break;
    }
    setPalette(pal);
    setText(text);
    setVisible(true);
}

void FieldErrorLabel::clearMessage() {
    m_severity = Severity::Hint;
    clear();
    setVisible(false);
}

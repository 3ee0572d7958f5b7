// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/fielderrorlabel.h"

#include "ui/widgets/statecolorpalette.h"

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
    const StateColorPalette states(pal);
    switch (severity) {
    case Severity::Hint:
        pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
        break;
    case Severity::Warning:
        pal.setColor(QPalette::WindowText, states.text(StateColorPalette::State::Warning));
        break;
    case Severity::Error:
        pal.setColor(QPalette::WindowText, states.text(StateColorPalette::State::Error));
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

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/fielderrorlabel.h"

#include "ui/widgets/statecolorpalette.h"

#include <QEvent>
#include <QGuiApplication>
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
    applyColour();
    setText(text);
    setVisible(true);
}

void FieldErrorLabel::applyColour() {
    // The surroundings' palette, not the label's own: its text colour is the one set here,
    // and a theme switched at run time must not be judged by it.
    const QPalette surroundings =
        parentWidget() ? parentWidget()->palette() : QGuiApplication::palette();
    QPalette pal = surroundings;
    const StateColorPalette states(surroundings);
    switch (m_severity) {
    case Severity::Hint:
        pal.setColor(QPalette::WindowText, surroundings.color(QPalette::PlaceholderText));
        break;
    case Severity::Warning:
        pal.setColor(QPalette::WindowText, states.text(StateColorPalette::State::Warning));
        break;
    case Severity::Error:
        pal.setColor(QPalette::WindowText, states.text(StateColorPalette::State::Error));
        break;
    }
    m_colouring = true;
    setPalette(pal);
    m_colouring = false;
}

void FieldErrorLabel::changeEvent(QEvent *event) {
    QLabel::changeEvent(event);
    // A theme switched while the line is shown: its colour follows.
    if (event->type() == QEvent::PaletteChange && !m_colouring && !text().isEmpty())
        applyColour();
}

void FieldErrorLabel::clearMessage() {
    m_severity = Severity::Hint;
    clear();
    setVisible(false);
}

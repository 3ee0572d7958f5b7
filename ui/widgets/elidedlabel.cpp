// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/elidedlabel.h"

#include "models/displayformat.h"

#include <QEvent>
#include <QResizeEvent>

namespace {
// Wide enough for any ordinary name or address; longer text is elided rather than asking for
// more room.
constexpr int PreferredCharacters = 60;
// A tooltip is not a reader for a book.
constexpr int ToolTipCharacters = 1000;
} // namespace

ElidedLabel::ElidedLabel(const QString &text, QWidget *parent)
    : QLabel(parent) {
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setFullText(text);
}

void ElidedLabel::setFullText(const QString &text) {
    m_full = text;
    const QString tip =
        text.size() > ToolTipCharacters ? text.left(ToolTipCharacters) + QChar(0x2026) : text;
    setToolTip(DisplayFormat::plainToolTip(tip));
    setAccessibleName(text.left(ToolTipCharacters));
    updateShown();
    updateGeometry();
}

QSize ElidedLabel::sizeHint() const {
    const QFontMetrics metrics = fontMetrics();
    const int full = metrics.horizontalAdvance(m_full) + 2 * margin() + 2;
    const int cap = metrics.averageCharWidth() * PreferredCharacters;
    return {qMin(full, cap), metrics.height() + 2 * (margin() + frameWidth())};
}

QSize ElidedLabel::minimumSizeHint() const {
    const QFontMetrics metrics = fontMetrics();
    const int shortest = metrics.horizontalAdvance(m_full.left(3) + QChar(0x2026));
    return {qMin(shortest, sizeHint().width()), sizeHint().height()};
}

void ElidedLabel::resizeEvent(QResizeEvent *event) {
    QLabel::resizeEvent(event);
    updateShown();
}

void ElidedLabel::changeEvent(QEvent *event) {
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateShown();
}

void ElidedLabel::updateShown() {
    // Line breaks would make a one-line label taller than it asked to be.
    QString line = m_full;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    const int available = qMax(0, contentsRect().width() - 2 * margin());
    const QString shown = fontMetrics().elidedText(line, Qt::ElideRight, available);
    if (shown != text())
        QLabel::setText(shown);
}

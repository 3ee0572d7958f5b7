// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/statecolorpalette.h"

namespace {

struct Colours {
    QRgb text;
    QRgb background;
    QRgb border;
};

// Light: dark text colours and pale tints (contrast of the text at least 4.5:1 on white).
// Dark: light text colours and deep tints (the same on a near-black window).
Colours colours(StateColorPalette::State state, bool dark) {
    using State = StateColorPalette::State;
    switch (state) {
    case State::Error:
        return dark ? Colours{0xff7b72, 0x4d2226, 0x8c3a3a} : Colours{0xc01c28, 0xfdecea, 0xe79a92};
    case State::Warning:
        return dark ? Colours{0xe3b341, 0x483a12, 0x8a6d1e} : Colours{0x9a5b00, 0xfff5d6, 0xe6bf4f};
    case State::Success:
        return dark ? Colours{0x56d364, 0x1d3b26, 0x2f6b3f} : Colours{0x136b2f, 0xe9f6ec, 0x8fcf9f};
    case State::Pending:
        return dark ? Colours{0xf0b64a, 0x5a4310, 0x9a7a26} : Colours{0x8a5a00, 0xffe6a8, 0xd9a93a};
    case State::Info:
        return dark ? Colours{0x79c0ff, 0x1c3250, 0x2f5a8a} : Colours{0x0b5cad, 0xeaf2fb, 0x9cc3ec};
    }
    return colours(State::Info, dark);
}

} // namespace

StateColorPalette::StateColorPalette(const QPalette &palette)
    : m_dark(palette.color(QPalette::Window).lightness() <
             palette.color(QPalette::WindowText).lightness()) {
}

QColor StateColorPalette::text(State state) const {
    return QColor::fromRgb(colours(state, m_dark).text);
}

QColor StateColorPalette::background(State state) const {
    return QColor::fromRgb(colours(state, m_dark).background);
}

QColor StateColorPalette::border(State state) const {
    return QColor::fromRgb(colours(state, m_dark).border);
}

QColor StateColorPalette::textOnBackground() const {
    return m_dark ? QColor(0xf0, 0xf0, 0xf0) : QColor(0x1f, 0x1f, 0x1f);
}

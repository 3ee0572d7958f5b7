// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

// The colours of a state (an error, a warning, a success, something on its way), chosen once
// for the whole console and for the lightness of the palette they are painted on, so that a
// dark theme reads as well as a light one. Every screen asks here instead of writing its own
// red: the same state looks the same everywhere.
class StateColorPalette final {
public:
    enum class State {
        Error,   // wrong or failed: needs the person
        Warning, // allowed, but mind the consequences
        Success, // done
        Pending, // on its way, or its outcome is not known yet
        Info,    // for information only
    };

    // `palette`: the palette of the widget the colours are painted on (its window and text
    // decide whether it is dark).
    explicit StateColorPalette(const QPalette &palette);

    bool isDark() const { return m_dark; }
    // Text in the state's colour, on the window or a view's base.
    QColor text(State state) const;
    // A tint for a row, a banner or a note, and the line around it.
    QColor background(State state) const;
    QColor border(State state) const;
    // Text on background(): the tints are light in a light theme and dark in a dark one.
    QColor textOnBackground() const;

private:
    bool m_dark = false;
};

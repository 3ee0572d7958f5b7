// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/profiles/preferences.h"

#include <QPalette>

// The colours of the whole console: the desktop's (System), or a palette of its own on the
// Fusion style (Light, Dark), so that Light stays light on a dark desktop and the other way
// round. Applied at once: every widget gets QEvent::PaletteChange and repaints.
class Theme final {
public:
    // A light palette with Fusion's colours.
    static QPalette lightPalette();
    // A real dark palette: every role, disabled colours, tooltips, links and selection, each
    // readable on what it is painted on.
    static QPalette darkPalette();

    // Applies `choice` to the application (a QApplication must exist). The style and palette
    // the application had before the first call are what System goes back to.
    static void apply(ThemeChoice choice);
    // The choice last applied (System before any).
    static ThemeChoice current();
};

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

// What the desktop gave before the console chose anything: System goes back to it.
struct SystemLook {
    bool saved = false;
    QString styleName;
    QPalette palette;
};

SystemLook &systemLook() {
    static SystemLook look;
    return look;
}

ThemeChoice &currentChoice() {
    static ThemeChoice choice = ThemeChoice::System;
    return choice;
}

void setStyle(const QString &name) {
    if (QApplication::style() &&
        QApplication::style()->name().compare(name, Qt::CaseInsensitive) == 0)
        return;
    if (QStyle *style = QStyleFactory::create(name))
        QApplication::setStyle(style);
}

} // namespace

QPalette Theme::lightPalette() {
    // Fusion's own palette is light whatever the desktop says.
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
    QPalette light = fusion ? fusion->standardPalette() : QPalette(QColor(0xef, 0xef, 0xef));
    // Links in the blue of the state colours' Info (7:1 on white), visited ones in purple.
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        light.setColor(group, QPalette::Link, QColor(0x0b, 0x5c, 0xad));
        light.setColor(group, QPalette::LinkVisited, QColor(0x6f, 0x42, 0xc1));
        // Fusion's own blue gives white text 3.7:1; this one 5.5:1.
        light.setColor(group, QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
        light.setColor(group, QPalette::HighlightedText, Qt::white);
    }
    return light;
}

QPalette Theme::darkPalette() {
    const QColor window(0x2d, 0x2d, 0x2d);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor alternate(0x26, 0x26, 0x26);
    const QColor button(0x3a, 0x3a, 0x3a);
    const QColor text(0xee, 0xee, 0xee);
    const QColor disabledText(0x8a, 0x8a, 0x8a); // still about 4:1 on the base
    const QColor highlight(0x2f, 0x65, 0xca);    // white on it: 5.9:1

    QPalette dark;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        dark.setColor(group, QPalette::Window, window);
        dark.setColor(group, QPalette::WindowText, text);
        dark.setColor(group, QPalette::Base, base);
        dark.setColor(group, QPalette::AlternateBase, alternate);
        dark.setColor(group, QPalette::ToolTipBase, QColor(0x40, 0x40, 0x40));
        dark.setColor(group, QPalette::ToolTipText, text);
        dark.setColor(group, QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        dark.setColor(group, QPalette::Text, text);
        dark.setColor(group, QPalette::Button, button);
        dark.setColor(group, QPalette::ButtonText, text);
        dark.setColor(group, QPalette::BrightText, QColor(0xff, 0x7b, 0x72));
        dark.setColor(group, QPalette::Light, QColor(0x50, 0x50, 0x50));
        dark.setColor(group, QPalette::Midlight, QColor(0x45, 0x45, 0x45));
        dark.setColor(group, QPalette::Mid, QColor(0x30, 0x30, 0x30));
        dark.setColor(group, QPalette::Dark, QColor(0x1a, 0x1a, 0x1a));
        dark.setColor(group, QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
        dark.setColor(group, QPalette::Highlight, highlight);
        dark.setColor(group, QPalette::HighlightedText, Qt::white);
        // The state colours' Info blue for links, a lilac for visited ones: both over 7:1.
        dark.setColor(group, QPalette::Link, QColor(0x79, 0xc0, 0xff));
        dark.setColor(group, QPalette::LinkVisited, QColor(0xc2, 0x9c, 0xff));
    }
    // A window that has lost the focus keeps its selection visible, only calmer.
    dark.setColor(QPalette::Inactive, QPalette::Highlight, QColor(0x3a, 0x4f, 0x73));

    // Disabled: the same surfaces, text greyed but readable.
    dark.setColor(QPalette::Disabled, QPalette::Window, window);
    dark.setColor(QPalette::Disabled, QPalette::Base, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Disabled, QPalette::AlternateBase, alternate);
    dark.setColor(QPalette::Disabled, QPalette::Button, QColor(0x33, 0x33, 0x33));
    dark.setColor(QPalette::Disabled, QPalette::ToolTipBase, QColor(0x40, 0x40, 0x40));
    dark.setColor(QPalette::Disabled, QPalette::ToolTipText, disabledText);
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::PlaceholderText,
          QPalette::HighlightedText}) {
        dark.setColor(QPalette::Disabled, role, disabledText);
    }
    dark.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::Disabled, QPalette::Link, QColor(0x5a, 0x7f, 0xa6));
    dark.setColor(QPalette::Disabled, QPalette::LinkVisited, QColor(0x7f, 0x6f, 0x9f));
    dark.setColor(QPalette::Disabled, QPalette::Light, QColor(0x40, 0x40, 0x40));
    dark.setColor(QPalette::Disabled, QPalette::Mid, QColor(0x30, 0x30, 0x30));
    dark.setColor(QPalette::Disabled, QPalette::Dark, QColor(0x1a, 0x1a, 0x1a));
    dark.setColor(QPalette::Disabled, QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
    return dark;
}

void Theme::apply(ThemeChoice choice) {
    // Nothing to do, and System at start must leave the desktop's palette unset, so that it
    // keeps following the desktop.
    if (choice == currentChoice())
        return;
    SystemLook &look = systemLook();
    if (!look.saved) {
        look.saved = true;
        look.styleName = QApplication::style() ? QApplication::style()->name() : QString();
        look.palette = QApplication::palette();
    }
    currentChoice() = choice;
    switch (choice) {
    case ThemeChoice::System:
        if (!look.styleName.isEmpty())
            setStyle(look.styleName);
        QApplication::setPalette(look.palette);
        return;
    case ThemeChoice::Light:
        // Fusion draws with the palette alone; a desktop style may keep its own dark colours.
        setStyle(u"Fusion"_s);
        QApplication::setPalette(lightPalette());
        return;
    case ThemeChoice::Dark:
        setStyle(u"Fusion"_s);
        QApplication::setPalette(darkPalette());
        return;
    }
}

ThemeChoice Theme::current() {
    return currentChoice();
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QAction;
class QMainWindow;
class QMenu;
class QWidget;

// What a person who works from the keyboard, or with a screen reader, meets in one window:
// walk() presses Tab (real key events) from the first focus widget until focus comes back
// round, and lists every focus stop without an accessible name, every visible, enabled input
// the walk never reached, and a widget that keeps Tab to itself. A tab widget's pages are
// walked one by one, so that the inputs of every tab are checked, not only the first.
//
// The menu checks read actions: each needs a shortcut or a mnemonic, no two mnemonics of one
// menu may be the same letter, and an action of a toolbar must be in a menu too (a tool
// button takes no focus).
namespace KeyboardReach {

// Sentences naming the window, the widget (class, objectName, the label nearest to it) and
// what is wrong; empty when all is well.
QStringList walk(QWidget *window, const QString &windowName);

// The menu bar's menus, recursively.
QStringList checkMenuBar(QMainWindow *window, const QString &windowName);
// One menu's actions (submenus too); `menuName` names it in the sentences.
QStringList checkMenu(const QList<QAction *> &actions, const QString &menuName);
// Every action of the window's toolbars that is in none of its menu bar's menus.
QStringList checkToolBarsInMenus(QMainWindow *window, const QString &windowName);

// The context menu `widget` shows for a keyboard request (the Menu key), as
// (text, shortcut) pairs flattened into checkMenu's findings. The menu is closed again.
QStringList checkContextMenu(QWidget *widget, const QString &menuName);

// How a widget is named in a finding: class, objectName and the nearest label's text.
QString describe(QWidget *widget);

} // namespace KeyboardReach

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QMenu;

// Mnemonics for menu entries whose words are not written for a menu (column titles): each
// entry without one gets the first letter of its text that no other entry of the menu uses,
// so every entry can be chosen with its letter when the menu is open.
namespace Mnemonics {

// Gives the menu's entries without a mnemonic one (where a free letter is left). A literal
// '&' in a text must already be written "&&".
void assign(QMenu *menu);
// `text` (plain, any '&' in it shown as it is) with a mnemonic on the first character not in
// `taken` (lower case), which gets it; the text with its '&' doubled when none is free.
QString withMnemonic(const QString &text, QString *taken);

} // namespace Mnemonics

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

class QWidget;

// Opens links by the one rule of models/linkrule (http, https, mailto), and says why when
// it does not.
namespace SafeLink {

// Opens the link in the person's browser or mail program when the rule allows it; otherwise
// says why in a message box over `parent` and opens nothing. True when it was handed on.
bool open(const QString &url, QWidget *parent);

// The sentence shown for a refused link.
QString refusedText(const QString &url);

} // namespace SafeLink

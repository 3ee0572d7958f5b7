// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

// The one rule for every link the console opens: http and https with a host, and mailto.
// A server (or a CSV) could send any scheme, and opening a link must never start a program or
// read a local file (file:, smb:, a custom handler). ui/widgets/safelink opens what it allows.
namespace LinkRule {

bool isOpenable(const QUrl &url);
bool isOpenable(const QString &url); // parsed strictly: a URL Qt has to repair is not opened

} // namespace LinkRule

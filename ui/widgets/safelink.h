#pragma once

#include <QString>
#include <QUrl>

class QWidget;

// The one rule for every link the console opens: http and https with a host, and mailto.
// A server (or a CSV) could send any scheme, and opening a link must never start a program or
// read a local file (file:, smb:, a custom handler).
namespace SafeLink {

bool isOpenable(const QUrl &url);
bool isOpenable(const QString &url); // parsed strictly: a URL Qt has to repair is not opened

// Opens the link in the person's browser or mail program when the rule allows it; otherwise
// says why in a message box over `parent` and opens nothing. True when it was handed on.
bool open(const QString &url, QWidget *parent);

// The sentence shown for a refused link.
QString refusedText(const QString &url);

} // namespace SafeLink

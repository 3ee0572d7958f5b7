// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/safelink.h"

#include "models/linkrule.h"
#include "ui/widgets/messagebox.h"

#include <QCoreApplication>
#include <QDesktopServices>

using namespace Qt::Literals::StringLiterals;

namespace SafeLink {

QString refusedText(const QString &url) {
    // The address is data: shown as plain text by MessageBox, cut so that a huge one cannot
    // fill the screen.
    const QString shown = url.size() > 200 ? url.left(200) + QChar(0x2026) : url;
    return QCoreApplication::translate(
               "SafeLink", "This link was not opened: only web (http, https) and e-mail "
                           "(mailto) links open from the console.\n\n%1")
        .arg(shown);
}

bool open(const QString &url, QWidget *parent) {
    if (!LinkRule::isOpenable(url)) {
        MessageBox::warning(parent, QCoreApplication::translate("SafeLink", "Link not opened"),
                            refusedText(url));
        return false;
    }
    return QDesktopServices::openUrl(QUrl(url.trimmed(), QUrl::StrictMode));
}

} // namespace SafeLink

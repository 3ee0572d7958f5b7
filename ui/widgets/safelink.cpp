#include "ui/widgets/safelink.h"

#include "ui/widgets/messagebox.h"

#include <QCoreApplication>
#include <QDesktopServices>

using namespace Qt::Literals::StringLiterals;

namespace SafeLink {

bool isOpenable(const QUrl &url) {
    if (!url.isValid())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == "mailto"_L1) // share-by-email links
        return !url.path().isEmpty() || url.hasQuery();
    return (scheme == "https"_L1 || scheme == "http"_L1) && !url.host().isEmpty();
}

bool isOpenable(const QString &url) {
    return isOpenable(QUrl(url.trimmed(), QUrl::StrictMode));
}

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
    if (!isOpenable(url)) {
        MessageBox::warning(parent, QCoreApplication::translate("SafeLink", "Link not opened"),
                            refusedText(url));
        return false;
    }
    return QDesktopServices::openUrl(QUrl(url.trimmed(), QUrl::StrictMode));
}

} // namespace SafeLink

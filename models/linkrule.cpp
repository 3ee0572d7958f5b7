// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/linkrule.h"

using namespace Qt::Literals::StringLiterals;

namespace LinkRule {

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

} // namespace LinkRule

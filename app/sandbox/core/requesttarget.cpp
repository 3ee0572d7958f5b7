// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/core/requesttarget.h"

#include <QUrlQuery>

namespace sandbox {

void readRequestTarget(const QUrl &url, ApiRequest *request) {
    request->encodedPath = url.path(QUrl::FullyEncoded);
    request->path = QUrl::fromPercentEncoding(request->encodedPath.toUtf8());
    request->query = QUrlQuery(url);
    QStringList segments = request->encodedPath.split(u'/');
    if (!segments.isEmpty() && segments.first().isEmpty())
        segments.removeFirst();
    if (!segments.isEmpty() && segments.last().isEmpty())
        segments.removeLast();
    for (QString &segment : segments)
        segment = QUrl::fromPercentEncoding(segment.toUtf8());
    request->segments = segments;
}

} // namespace sandbox

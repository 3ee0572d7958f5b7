// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/core/faultspec.h"

#include <QList>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace sandbox {

bool FaultSpec::parse(const QString &text, FaultSpec *spec, QString *error) {
    FaultSpec result;
    result.text = text.trimmed();
    const QStringList items = result.text.split(u';', Qt::SkipEmptyParts);
    for (const QString &rawItem : items) {
        const QString item = rawItem.trimmed();
        if (item.isEmpty())
            continue;
        const qsizetype equals = item.indexOf(u'=');
        const QString name = (equals < 0 ? item : item.left(equals)).trimmed().toLower();
        const QString value = equals < 0 ? QString() : item.mid(equals + 1).trimmed();
        bool ok = true;
        if (name == "latency"_L1) {
            result.latencyMs = value.toInt(&ok);
            ok = ok && result.latencyMs >= 0 && result.latencyMs <= 600000;
        } else if (name == "status"_L1) {
            result.status = value.toInt(&ok);
            static const QList<int> allowed = {401, 403, 404, 422, 429, 500, 502, 503, 504};
            ok = ok && allowed.contains(result.status);
        } else if (name == "retry-after"_L1) {
            result.retryAfter = value.toInt(&ok);
            ok = ok && result.retryAfter >= 0;
        } else if (name == "drop"_L1 && equals < 0) {
            result.drop = true;
        } else if (name == "malformed"_L1 && equals < 0) {
            result.malformed = true;
        } else if (name == "html"_L1 && equals < 0) {
            result.html = true;
        } else if (name == "empty"_L1 && equals < 0) {
            result.empty = true;
        } else if (name == "content-type"_L1) {
            result.contentType = value.toLatin1();
            ok = !result.contentType.isEmpty() && !result.contentType.contains('\n') &&
                 !result.contentType.contains('\r');
        } else if (name == "hang"_L1 && equals < 0) {
            result.hang = true;
        } else if (name == "drip"_L1) {
            result.dripBytesPerSecond = equals < 0 ? DefaultDripBytesPerSecond : value.toInt(&ok);
            ok = ok && result.dripBytesPerSecond >= 1 && result.dripBytesPerSecond <= 100'000'000;
        } else if (name == "oversize"_L1) {
            result.oversizeMb = value.toInt(&ok);
            ok = ok && result.oversizeMb >= 1 && result.oversizeMb <= MaxOversizeMb;
        } else {
            ok = false;
        }
        if (!ok) {
            if (error)
                *error = u"Unknown fault item \"%1\"."_s.arg(item);
            return false;
        }
    }
    if (result.retryAfter >= 0 && result.status != 429 && result.status != 503) {
        if (error)
            *error = u"retry-after needs status=429 or status=503."_s;
        return false;
    }
    if (spec)
        *spec = result;
    return true;
}

} // namespace sandbox

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/core/apivariant.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace sandbox {

bool apiVariantFromName(const QString &name, ApiVariant *variant) {
    if (name == "doc"_L1) {
        *variant = ApiVariant::Documented;
        return true;
    }
    if (name == "alt"_L1) {
        *variant = ApiVariant::Alternative;
        return true;
    }
    return false;
}

QString apiVariantName(ApiVariant variant) {
    return variant == ApiVariant::Alternative ? u"alt"_s : u"doc"_s;
}

void joinValidationMessages(ApiResponse &response) {
    if (response.status != 422)
        return;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body);
    if (!doc.isObject())
        return;
    QJsonObject root = doc.object();
    const QJsonObject errors = root.value(u"errors"_s).toObject();
    QJsonObject joined;
    for (auto it = errors.constBegin(); it != errors.constEnd(); ++it) {
        if (!it.value().isArray()) {
            joined.insert(it.key(), it.value());
            continue;
        }
        QStringList messages;
        for (const QJsonValue &message : it.value().toArray())
            messages.append(message.toString());
        joined.insert(it.key(), messages.join(u' '));
    }
    root.insert(u"errors"_s, joined);
    response.body = QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace sandbox

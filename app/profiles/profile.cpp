// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/profiles/profile.h"

#include <QUuid>

QString Profile::newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString Profile::sharedStoreAccount(const QString &profileId) {
    return profileId + QStringLiteral("/shared-store");
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/customer.h"

using namespace Qt::Literals::StringLiterals;

namespace {

QString joinName(const QString &name, const QString &surname) {
    const QString first = name.trimmed();
    const QString last = surname.trimmed();
    if (first.isEmpty())
        return last;
    if (last.isEmpty())
        return first;
    return first % u' ' % last;
}

} // namespace

QString CustomerRef::identifier() const {
    return id.isEmpty() ? key : id;
}

QString CustomerRef::displayName() const {
    const QString full = joinName(name, surname);
    if (!full.isEmpty())
        return full;
    if (!email.isEmpty())
        return email;
    return identifier();
}

QString Customer::identifier() const {
    return key.isEmpty() ? id : key;
}

QString Customer::fullName() const {
    return joinName(name, surname);
}

QString Customer::displayName() const {
    const QString full = fullName();
    if (!full.isEmpty())
        return full;
    if (!email.isEmpty())
        return email;
    return identifier();
}

QString Customer::dateOfBirth() const {
    const QJsonValue value = metadata.value("date_of_birth"_L1);
    return value.isString() ? value.toString() : QString();
}

bool Customer::isActiveReferral() const {
    return status.trimmed().compare("active"_L1, Qt::CaseInsensitive) == 0;
}

bool Customer::isRestorable() const {
    return isRestorableStatus(status);
}

bool Customer::isRestorableStatus(const QString &status) {
    const QString trimmed = status.trimmed();
    return !trimmed.isEmpty() && trimmed.compare("active"_L1, Qt::CaseInsensitive) != 0;
}

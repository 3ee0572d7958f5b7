// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/displayformat.h"

#include <QCoreApplication>
#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;

namespace DisplayFormat {

QString dateTime(const QDateTime &utc, QLocale::FormatType format) {
    if (!utc.isValid())
        return {};
    return QLocale().toString(utc.toLocalTime(), format);
}

QString amount(double value, const QString &units, bool isCurrency) {
    const QLocale locale;
    const QString number = isCurrency ? locale.toString(value, 'f', 2)
                                      : locale.toString(value, 'f', QLocale::FloatingPointShortest);
    if (units.isEmpty())
        return number;
    // A no-break space keeps the unit on the number's line in narrow columns.
    return number % QChar(0x00A0) % (isCurrency ? units.toUpper() : units);
}

QString customerStatus(const QString &status) {
    const QString lower = status.toLower();
    if (lower == "active"_L1)
        return QCoreApplication::translate("DisplayFormat", "Active");
    if (lower == "suspended"_L1)
        return QCoreApplication::translate("DisplayFormat", "Suspended");
    if (lower == "archived"_L1)
        return QCoreApplication::translate("DisplayFormat", "Archived");
    if (lower == "deleted"_L1)
        return QCoreApplication::translate("DisplayFormat", "Deleted");
    if (lower == "pending"_L1)
        return QCoreApplication::translate("DisplayFormat", "Pending");
    return status;
}

QString plainToolTip(const QString &text) {
    if (!Qt::mightBeRichText(text))
        return text;
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

} // namespace DisplayFormat

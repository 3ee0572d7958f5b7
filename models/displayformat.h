// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

// How the models word values for people; the UI can use the same for labels beside tables.
// Every function reads the default QLocale at the time of the call.
namespace DisplayFormat {

// Local time in the locale's format; empty for an invalid time.
QString dateTime(const QDateTime &utc, QLocale::FormatType format = QLocale::ShortFormat);

// "99.99 USD" (two decimals for money), "120 points" (as few decimals as needed otherwise).
// The code follows the number so that amounts in several currencies line up.
QString amount(double value, const QString &units, bool isCurrency);

// "active" -> "Active", translated; a status the console does not know is shown as given.
QString customerStatus(const QString &status);

// Text for a tooltip that shows exactly as given. Qt renders a tooltip as rich text when
// Qt::mightBeRichText() says so, which would style a customer named "<b>x</b>" or load an
// <img>: such text is escaped; other text is returned unchanged.
QString plainToolTip(const QString &text);

} // namespace DisplayFormat

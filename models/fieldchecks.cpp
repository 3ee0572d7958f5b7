// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/fieldchecks.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace FieldChecks {

bool isEmail(const QString &text) {
    static const QRegularExpression shape(
        u"^[^\\s@,;<>\"]+@[^\\s@,;<>\".][^\\s@,;<>\"]*\\.[^\\s@,;<>\".]+$"_s);
    return text.size() <= MaxEmailLength && shape.match(text).hasMatch();
}

bool isCurrencyCode(const QString &text, LetterCase letterCase) {
    if (text.size() != 3)
        return false;
    for (const QChar c : text) {
        const bool upper = c >= u'A' && c <= u'Z';
        const bool lower = c >= u'a' && c <= u'z';
        if (!upper && !(lower && letterCase == LetterCase::Any))
            return false;
    }
    return text.compare("PTS"_L1, Qt::CaseInsensitive) != 0;
}

} // namespace FieldChecks

// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/csvfield.h"

using namespace Qt::Literals::StringLiterals;

namespace CsvField {

namespace {

bool startsFormula(QChar first) {
    switch (first.unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
    case 0xFF1D: // ＝
    case 0xFF0B: // ＋
    case 0xFF0D: // －
    case 0xFF20: // ＠
        return true;
    default:
        return false;
    }
}

} // namespace

QString guarded(const QString &text) {
    if (text.isEmpty() || !startsFormula(text.at(0)))
        return text;
    // A signed amount ("-12.50") stays a number; nothing else that starts a formula does.
    if (text.at(0) == u'-' || text.at(0) == u'+') {
        bool isNumber = false;
        text.toDouble(&isNumber);
        if (isNumber)
            return text;
    }
    return u'\'' + text;
}

QString quoted(const QString &text, QChar delimiter, bool formulaGuard) {
    QString value = formulaGuard ? guarded(text) : text;
    const bool needsQuotes = value.contains(delimiter) || value.contains(u'"') ||
                             value.contains(u'\n') || value.contains(u'\r') ||
                             value.startsWith(u' ') || value.endsWith(u' ');
    if (!needsQuotes)
        return value;
    value.replace(u"\""_s, u"\"\""_s);
    return u'"' + value + u'"';
}

} // namespace CsvField

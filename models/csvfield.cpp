#include "models/csvfield.h"

using namespace Qt::Literals::StringLiterals;

namespace CsvField {

QString quoted(const QString &text, QChar delimiter, bool formulaGuard) {
    QString value = text;
    if (formulaGuard && !value.isEmpty()) {
        const QChar first = value.at(0);
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t') {
            bool isNumber = false;
            value.toDouble(&isNumber);
            if (!isNumber)
                value.prepend(u'\'');
        }
    }
    const bool needsQuotes = value.contains(delimiter) || value.contains(u'"') ||
                             value.contains(u'\n') || value.contains(u'\r') ||
                             value.startsWith(u' ') || value.endsWith(u' ');
    if (!needsQuotes)
        return value;
    value.replace(u"\""_s, u"\"\""_s);
    return u'"' + value + u'"';
}

} // namespace CsvField

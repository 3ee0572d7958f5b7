// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/index/textfold.h"

#include <QChar>

using namespace Qt::Literals::StringLiterals;

namespace TextFold {

namespace {

bool isMark(char32_t c) {
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return false;
    }
}

// Separates fields in the search column: a control character, which fold() turns any typed
// control character into a space before it could match.
constexpr char16_t FieldSeparator = u'\u001F';

} // namespace

QString fold(QStringView text) {
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString kept;
    kept.reserve(decomposed.size());
    for (const char32_t c : decomposed.toUcs4()) {
        if (isMark(c))
            continue;
        if (QChar::category(c) == QChar::Other_Control || QChar::isSpace(c)) {
            kept.append(u' ');
            continue;
        }
        if (QChar::requiresSurrogates(c)) {
            kept.append(QChar(QChar::highSurrogate(c)));
            kept.append(QChar(QChar::lowSurrogate(c)));
        } else {
            kept.append(QChar(char16_t(c)));
        }
    }
    QString folded = kept.toCaseFolded();
    // Full case folding of the sharp s, which QString's simple folding leaves alone.
    folded.replace(u'\u00DF', u"ss"_s);
    folded.replace(u'\u1E9E', u"ss"_s);
    return folded;
}

QStringList words(QStringView query) {
    return fold(query).split(u' ', Qt::SkipEmptyParts);
}

QString searchText(const QStringList &fields) {
    QStringList folded;
    folded.reserve(fields.size());
    for (const QString &field : fields) {
        if (!field.isEmpty())
            folded.append(fold(field));
    }
    return folded.join(QChar(FieldSeparator));
}

} // namespace TextFold

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/api/apipath.h"

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

ApiPath ApiPath::literal(const QString &text) {
    ApiPath path;
    path.lit(text);
    return path;
}

ApiPath &ApiPath::lit(const QString &text) {
    const QStringList segments = text.split(u'/', Qt::SkipEmptyParts);
    for (const QString &segment : segments)
        m_parts.append(Part{segment, false});
    return *this;
}

ApiPath &ApiPath::value(const QString &text) {
    m_parts.append(Part{text, true});
    return *this;
}

QByteArray percentEncode(const QString &text) {
    // With no exclusions, QUrl::toPercentEncoding leaves only ALPHA, DIGIT and "-._~".
    return QUrl::toPercentEncoding(text);
}

QByteArray ApiPath::encoded() const {
    QByteArray result;
    for (const Part &part : m_parts) {
        result += '/';
        // Literal parts are ASCII we wrote ourselves; ':' in "customers:search" must stay a
        // colon, which is why they are not run through the encoder.
        result += part.isValue ? percentEncode(part.text) : part.text.toLatin1();
    }
    return result;
}

QString ApiPath::display() const {
    QString result;
    for (const Part &part : m_parts)
        result += u'/' + part.text;
    return result;
}

QString ApiPath::scrubbed() const {
    QString result;
    for (const Part &part : m_parts)
        result += u'/' + (part.isValue ? u"{value}"_s : part.text);
    return result;
}

QByteArray encodeQuery(const ApiQuery &query) {
    QByteArray result;
    for (const auto &item : query) {
        if (!result.isEmpty())
            result += '&';
        result += percentEncode(item.first) + '=' + percentEncode(item.second);
    }
    return result;
}

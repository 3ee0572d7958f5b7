#include "app/bulk/csvwriter.h"

#include <QDir>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

CsvWriter::CsvWriter(QChar delimiter)
    : m_delimiter(delimiter) {
}

QString CsvWriter::field(const QString &text, QChar delimiter, bool formulaGuard) {
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

void CsvWriter::addRow(const QStringList &fields) {
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_text.append(m_delimiter);
        m_text.append(field(fields.at(i), m_delimiter, m_formulaGuard));
    }
    m_text.append(u"\r\n"_s);
    ++m_rows;
}

QByteArray CsvWriter::data() const {
    return "\xEF\xBB\xBF"_ba + m_text.toUtf8();
}

bool CsvWriter::writeToFile(const QString &path, QString *errorMessage) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (errorMessage)
            *errorMessage = tr("Could not write %1: %2")
                                .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    const QByteArray bytes = data();
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        if (errorMessage)
            *errorMessage = tr("Could not write %1: %2")
                                .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

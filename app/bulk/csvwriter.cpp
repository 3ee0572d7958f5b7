// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/bulk/csvwriter.h"

#include "models/csvfield.h"

#include <QDir>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

CsvWriter::CsvWriter(QChar delimiter)
    : m_delimiter(delimiter) {
}

QString CsvWriter::field(const QString &text, QChar delimiter, bool formulaGuard) {
    return CsvField::quoted(text, delimiter, formulaGuard);
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

#include "app/bulk/csvreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 MaxFileBytes = 64 * 1024 * 1024; // far beyond any list of customers or invites

} // namespace

QString CsvReader::decode(const QByteArray &bytes) {
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(data);
    if (!utf8.hasError())
        return text;
    // Latin-1 maps every byte, so nothing is lost; the few Windows-1252 extras in 0x80-0x9F
    // (euro sign, curly quotes) would need a codec Qt 6 does not always have.
    return QString::fromLatin1(data);
}

QChar CsvReader::detectDelimiter(QStringView text) {
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    bool inQuotes = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'"') {
            inQuotes = !inQuotes; // a doubled quote toggles twice: no harm
        } else if (!inQuotes) {
            if (c == u'\n' || c == u'\r') {
                if (comma + semicolon + tab > 0)
                    break;
                continue; // leading blank lines
            }
            if (c == u',')
                ++comma;
            else if (c == u';')
                ++semicolon;
            else if (c == u'\t')
                ++tab;
        }
    }
    if (semicolon > comma && semicolon >= tab)
        return u';';
    if (tab > comma && tab > semicolon)
        return u'\t';
    return u',';
}

CsvTable CsvReader::parse(const QByteArray &bytes, QChar delimiter) {
    return parseText(decode(bytes), delimiter);
}

CsvTable CsvReader::parseText(QStringView text, QChar delimiter) {
    CsvTable table;
    if (text.startsWith(QChar(0xFEFF)))
        text = text.mid(1);
    table.delimiter = delimiter.isNull() ? detectDelimiter(text) : delimiter;
    const QChar sep = table.delimiter;

    QStringList record;
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    int line = 1;
    int recordLine = 1;
    int quoteLine = 0;

    const auto endField = [&] {
        record.append(field);
        field.clear();
        fieldWasQuoted = false;
    };
    const auto endRecord = [&] {
        endField();
        const bool blank = record.size() == 1 && record.first().isEmpty();
        if (!blank) {
            table.records.append(record);
            table.lineNumbers.append(recordLine);
        }
        record.clear();
    };

    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < size && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else if (c == u'\r') {
                // A line break inside quotes belongs to the field; CRLF becomes one \n.
                if (i + 1 < size && text.at(i + 1) == u'\n')
                    ++i;
                field.append(u'\n');
                ++line;
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == u'"' && field.isEmpty() && !fieldWasQuoted) {
            inQuotes = true;
            fieldWasQuoted = true;
            quoteLine = line;
        } else if (c == sep) {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else {
            // Text after a closing quote (`"a"b`) is kept rather than lost: lenient like the
            // spreadsheets that write such files.
            field.append(c);
        }
    }
    if (inQuotes) {
        table.error = tr("The quoted field that starts on line %1 is never closed.").arg(quoteLine);
    }
    if (!field.isEmpty() || fieldWasQuoted || !record.isEmpty())
        endRecord();
    return table;
}

bool CsvReader::readFile(const QString &path, CsvTable *table, QString *errorMessage) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (errorMessage) {
            *errorMessage =
                tr("Could not open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        }
        return false;
    }
    if (file.size() > MaxFileBytes) {
        if (errorMessage)
            *errorMessage =
                tr("%1 is too large for a list (over 64 MB).").arg(QDir::toNativeSeparators(path));
        return false;
    }
    *table = parse(file.readAll());
    return true;
}

QString CsvReader::headerKey(const QString &name) {
    QString key = name.trimmed().toLower();
    key.remove(u' ');
    key.remove(u'-');
    key.remove(u'_');
    return key;
}

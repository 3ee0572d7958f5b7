// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/bulk/csvreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 MaxFileBytes = 64 * 1024 * 1024; // far beyond any list of customers or invites

// Windows-1252 in 0x80-0x9F (the rest is Latin-1); 0 where the code page defines nothing.
constexpr char16_t Windows1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

QString fromWindows1252(const QByteArray &bytes) {
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char byte : bytes) {
        const auto b = static_cast<unsigned char>(byte);
        // An undefined byte keeps its C1 control code, which the text check counts as binary.
        *out++ = (b >= 0x80 && b < 0xA0 && Windows1252High[b - 0x80] != 0)
                     ? QChar(Windows1252High[b - 0x80])
                     : QChar(char16_t(b));
    }
    return text;
}

// Characters no spreadsheet writes into a CSV: C0 and C1 controls other than tab, line ends
// and form feed. Bytes undefined in Windows-1252 are read as C1 controls, so a file that is
// neither UTF-8 nor Windows-1252 counts here. Replacement characters do not: they come from
// an encoding the person chose, and they see them.
bool isBinaryChar(char16_t c) {
    if (c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f')
        return false;
    return c < 0x20 || (c >= 0x7F && c < 0xA0);
}

// Text when there is no NUL character and at most one character in a hundred is a control
// character (a stray one in a hand-edited file is not a reason to refuse it).
bool looksLikeText(const QString &text) {
    qsizetype binary = 0;
    for (const QChar c : text) {
        if (c.unicode() == 0)
            return false;
        if (isBinaryChar(c.unicode()))
            ++binary;
    }
    return binary * 100 <= text.size();
}

} // namespace

CsvReader::Decoded CsvReader::decode(const QByteArray &bytes, CsvEncoding encoding) {
    const bool utf8Bom = bytes.startsWith("\xEF\xBB\xBF");
    const bool utf16LeBom = bytes.startsWith("\xFF\xFE");
    const bool utf16BeBom = bytes.startsWith("\xFE\xFF");
    Decoded result;
    if (encoding == CsvEncoding::Auto) {
        if (utf16LeBom || utf16BeBom) {
            encoding = CsvEncoding::Utf16;
        } else {
            QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            result.text = utf8(QByteArrayView(bytes).sliced(utf8Bom ? 3 : 0));
            if (!utf8.hasError()) {
                result.encoding = CsvEncoding::Utf8;
                result.isText = looksLikeText(result.text);
                return result;
            }
            encoding = CsvEncoding::Windows1252;
            result.note =
                tr("Read as %1 because the file is not valid UTF-8.").arg(encodingName(encoding));
        }
    }
    result.encoding = encoding;
    switch (encoding) {
    case CsvEncoding::Windows1252:
        // A UTF-8 byte order mark is never part of the first column's name.
        result.text = fromWindows1252(utf8Bom ? bytes.sliced(3) : bytes);
        break;
    case CsvEncoding::Utf16:
    case CsvEncoding::Utf8:
    case CsvEncoding::Auto: {
        QStringDecoder decoder(encoding == CsvEncoding::Utf8 ? QStringDecoder::Utf8
                               : utf16BeBom                  ? QStringDecoder::Utf16BE
                                                             : QStringDecoder::Utf16LE,
                               QStringDecoder::Flag::Stateless);
        const qsizetype bom =
            encoding == CsvEncoding::Utf8 ? (utf8Bom ? 3 : 0) : (utf16LeBom || utf16BeBom ? 2 : 0);
        result.text = decoder(QByteArrayView(bytes).sliced(bom));
        if (decoder.hasError()) {
            result.note = tr("The file is not valid %1: what could not be read is shown as %2.")
                              .arg(encodingName(encoding), QString(QChar(0xFFFD)));
        }
        break;
    }
    }
    result.isText = looksLikeText(result.text);
    return result;
}

QString CsvReader::encodingName(CsvEncoding encoding) {
    switch (encoding) {
    case CsvEncoding::Windows1252:
        return u"Windows-1252 (Latin-1)"_s;
    case CsvEncoding::Utf16:
        return u"UTF-16"_s;
    case CsvEncoding::Utf8:
    case CsvEncoding::Auto:
        break;
    }
    return u"UTF-8"_s;
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

CsvTable CsvReader::parse(const QByteArray &bytes, QChar delimiter, CsvEncoding encoding) {
    const Decoded decoded = decode(bytes, encoding);
    if (!decoded.isText) {
        CsvTable table;
        table.encoding = decoded.encoding;
        table.notText = true;
        table.error = tr("The file is not text (it holds binary data), so no rows were read. "
                         "Choose a CSV file: text with one row per line.");
        return table;
    }
    CsvTable table = parseText(decoded.text, delimiter);
    table.encoding = decoded.encoding;
    table.encodingNote = decoded.note;
    return table;
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

bool CsvReader::readFile(const QString &path, CsvTable *table, QString *errorMessage,
                         CsvEncoding encoding) {
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
    CsvTable read = parse(file.readAll(), QChar(), encoding);
    if (read.notText) {
        if (errorMessage) {
            *errorMessage = tr("%1 is not a text file (it holds binary data), so it was not read. "
                               "Choose a CSV file: text with one row per line.")
                                .arg(QDir::toNativeSeparators(path));
        }
        return false;
    }
    *table = read;
    return true;
}

QString CsvReader::headerKey(const QString &name) {
    QString key = name.trimmed().toLower();
    key.remove(u' ');
    key.remove(u'-');
    key.remove(u'_');
    return key;
}

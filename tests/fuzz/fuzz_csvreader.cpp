// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the CSV reader behind the bulk dialogs (app/bulk/csvreader.h), from the
// bytes of a file: the encoding detection, the refusal of what is not text, the delimiter
// detection and the parser.

#include "app/bulk/csvreader.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const CsvTable table = CsvReader::parse(bytes);
    // Every record has a line number, and the numbers never go back.
    if (table.records.size() != table.lineNumbers.size())
        __builtin_trap();
    for (qsizetype i = 1; i < table.lineNumbers.size(); ++i) {
        if (table.lineNumbers.at(i) < table.lineNumbers.at(i - 1))
            __builtin_trap();
    }
    for (const QStringList &record : table.records) {
        for (const QString &field : record)
            (void)CsvReader::headerKey(field);
    }
    // A file that is not text gives no rows, only the sentence.
    if (table.notText && !table.records.isEmpty())
        __builtin_trap();
    // Every encoding the person can choose, and a delimiter that is not the detected one.
    (void)CsvReader::parse(bytes, u';', CsvEncoding::Utf8);
    (void)CsvReader::parse(bytes, u'\t', CsvEncoding::Windows1252);
    (void)CsvReader::parse(bytes, QChar(), CsvEncoding::Utf16);
    return 0;
}

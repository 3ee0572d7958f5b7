#pragma once

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// A table read from CSV: records in file order, with the line each one starts on so that a
// problem can be reported as "line 12" even when a quoted field spans several lines.
struct CsvTable {
    QList<QStringList> records;
    QList<int> lineNumbers; // 1-based, one per record
    QChar delimiter = u',';
    QString error; // a translated sentence when the text is not well-formed (what was read is kept)

    bool isEmpty() const { return records.isEmpty(); }
};

// RFC 4180 CSV as spreadsheets write it: fields in double quotes may hold the delimiter, line
// breaks and doubled quotes; CRLF, LF or CR line ends; a UTF-8 byte order mark is skipped.
// The delimiter is `,` or `;` (a German spreadsheet writes `;`) or a tab, found from the first
// record when not given. Blank lines are skipped. No widgets, no network.
class CsvReader final {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // Decodes UTF-8 (with or without BOM); text that is not valid UTF-8 is read as
    // Windows-1252/Latin-1, which is what older spreadsheets export.
    static QString decode(const QByteArray &bytes);
    // The delimiter of the first record, counted outside quotes: the most frequent of `,`, `;`
    // and tab; `,` when none occurs.
    static QChar detectDelimiter(QStringView text);

    // `delimiter` null: detected.
    static CsvTable parse(const QByteArray &bytes, QChar delimiter = QChar());
    static CsvTable parseText(QStringView text, QChar delimiter = QChar());
    // False with a translated sentence when the file cannot be read. A malformed file is
    // still read (see CsvTable::error).
    static bool readFile(const QString &path, CsvTable *table, QString *errorMessage);

    // A header as the column mappings compare it: "E-Mail", "e_mail" and "email" alike
    // (trimmed, lower case, without blanks, dashes and underscores).
    static QString headerKey(const QString &name);
};

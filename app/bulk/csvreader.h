// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// How the bytes of a CSV file are turned into text. Auto: UTF-16 when the file starts with its
// byte order mark, else UTF-8 when the file is valid UTF-8, else Windows-1252.
enum class CsvEncoding { Auto, Utf8, Windows1252, Utf16 };

// A table read from CSV: records in file order, with the line each one starts on so that a
// problem can be reported as "line 12" even when a quoted field spans several lines.
struct CsvTable {
    QList<QStringList> records;
    QList<int> lineNumbers; // 1-based, one per record
    QChar delimiter = u',';
    QString error; // a translated sentence when the text is not well-formed (what was read is kept)
    CsvEncoding encoding = CsvEncoding::Utf8; // the one the text was read with (never Auto)
    // Translated, for people: how the file was read when it was not plain UTF-8, e.g. "Read as
    // Windows-1252 because the file is not valid UTF-8." Empty for a valid UTF-8 file.
    QString encodingNote;
    // The bytes are not text (NUL bytes, control characters, undecodable bytes): no records,
    // `error` says so.
    bool notText = false;

    bool isEmpty() const { return records.isEmpty(); }
};

// RFC 4180 CSV as spreadsheets write it: fields in double quotes may hold the delimiter, line
// breaks and doubled quotes; CRLF, LF or CR line ends; a byte order mark is skipped.
// The delimiter is `,` or `;` (a German spreadsheet writes `;`) or a tab, found from the first
// record when not given. Blank lines are skipped. No widgets, no network.
class CsvReader final {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    struct Decoded {
        QString text;
        CsvEncoding encoding = CsvEncoding::Utf8; // never Auto
        QString note;                             // see CsvTable::encodingNote
        bool isText = true;                       // false: binary data, `text` is not to be shown
    };
    // Strict UTF-8 (with or without BOM) and UTF-16 with BOM; with Auto, a file that is not
    // valid UTF-8 is read as Windows-1252 (what older spreadsheets export) and the note says
    // so, because a silent guess garbles every row. A chosen encoding decodes what it can and
    // says when bytes were replaced.
    static Decoded decode(const QByteArray &bytes, CsvEncoding encoding = CsvEncoding::Auto);
    // "UTF-8", "Windows-1252 (Latin-1)", "UTF-16": names of standards, not translated.
    static QString encodingName(CsvEncoding encoding);
    // The delimiter of the first record, counted outside quotes: the most frequent of `,`, `;`
    // and tab; `,` when none occurs.
    static QChar detectDelimiter(QStringView text);

    // `delimiter` null: detected.
    static CsvTable parse(const QByteArray &bytes, QChar delimiter = QChar(),
                          CsvEncoding encoding = CsvEncoding::Auto);
    static CsvTable parseText(QStringView text, QChar delimiter = QChar());
    // False with a translated sentence when the file cannot be read or is not text. A
    // malformed file is still read (see CsvTable::error).
    static bool readFile(const QString &path, CsvTable *table, QString *errorMessage,
                         CsvEncoding encoding = CsvEncoding::Auto);

    // A header as the column mappings compare it: "E-Mail", "e_mail" and "email" alike
    // (trimmed, lower case, without blanks, dashes and underscores).
    static QString headerKey(const QString &name);
};

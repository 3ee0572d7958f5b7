// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/index/customerindex.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;

// Writes the customers an IndexQuery selects, from the index, to a file or a pipe.
//
// CSV is for spreadsheets: UTF-8 with a byte order mark, RFC 4180 quoting, CRLF line ends, and
// a header of the API's field names. First the fields the API documents for the program's
// kind (always, so a script finds its columns even when no customer has a value), then every
// other field the server returned in any exported customer, so that nothing is lost. Nested
// objects become dotted columns (`metadata.date_of_birth`, `custom_fields.<name>`), a list is
// one cell joined by ", ", null is an empty cell, numbers and booleans are written as the
// server wrote them, and every cell passes the formula guard (a name like "=HYPERLINK(...)"
// stays text).
//
// JSON lines is for programs: each customer's object exactly as the API returned it, one per
// line.
class CustomerExport final {
    Q_DECLARE_TR_FUNCTIONS(CustomerExport)

public:
    enum class Format { Csv, JsonLines };

    // The CSV columns the API documents for customers of `kind`, in the order they are written.
    static QStringList apiFields(ProgramKind kind);

    // Writes everything `query` selects; `written` gets the number of customers. False with
    // a sentence in *error when the index could not be read or the device not written.
    //
    // `progress`, when given, is called every few hundred customers with the number read from
    // the index so far; when it returns false the export stops and returns false, with
    // *cancelled set and a sentence in *error. A CSV export writes nothing before it has read
    // every customer (its columns are known only then); JSON lines are written as they are
    // read, so write to a QSaveFile and cancel it to leave no file.
    static bool write(QIODevice *device, const CustomerIndex &index, const IndexQuery &query,
                      Format format, ProgramKind kind, int *written, QString *error,
                      const std::function<bool(int written)> &progress = {},
                      bool *cancelled = nullptr);
    // The same from records in memory, in their order: an export through the API that needs
    // no index (no search word) writes the pages it fetched.
    static bool write(QIODevice *device, const QList<CustomerRecord> &records, Format format,
                      ProgramKind kind, int *written, QString *error,
                      const std::function<bool(int written)> &progress = {},
                      bool *cancelled = nullptr);

private:
    // Hands every record to `visit` until it returns false; false when they could not be read.
    using Records =
        std::function<bool(const std::function<bool(const CustomerRecord &record)> &visit)>;
    static bool writeRecords(QIODevice *device, const Records &records, Format format,
                             ProgramKind kind, int *written, QString *error,
                             const std::function<bool(int written)> &progress, bool *cancelled);
};

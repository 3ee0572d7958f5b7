#pragma once

#include "app/index/customerindex.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;

// Writes the customers an IndexQuery selects, from the index, to a file or a pipe.
//
// CSV is for spreadsheets: UTF-8 with a byte order mark, CRLF line ends, a header, one column
// per field the console knows for the program's kind, and the formula guard on every field
// (a name like "=HYPERLINK(...)" stays text). JSON lines is for programs: each customer's
// object exactly as the API returned it, one per line, so nothing the console does not know
// is lost.
class CustomerExport final {
    Q_DECLARE_TR_FUNCTIONS(CustomerExport)

public:
    enum class Format { Csv, JsonLines };

    static QStringList csvHeader(ProgramKind kind);
    static QStringList csvFields(const Customer &customer, ProgramKind kind);

    // Writes everything `query` selects; `written` gets the number of customers. False with
    // a sentence in *error when the index could not be read or the device not written.
    static bool write(QIODevice *device, const CustomerIndex &index, const IndexQuery &query,
                      Format format, ProgramKind kind, int *written, QString *error,
                      const std::function<bool(int written)> &progress = {});
};

#pragma once

#include <QChar>
#include <QString>

// One field of RFC 4180 CSV, for every file the console writes (bulk results, the journal's
// export): quoted only when it must be.
//
// Formula guard: a field that starts with =, +, -, @ or a tab and is not a plain number gets
// a leading apostrophe, so that a customer named "=HYPERLINK(...)" stays text instead of
// becoming a live formula in a spreadsheet (CSV injection).
namespace CsvField {

QString quoted(const QString &text, QChar delimiter = u',', bool formulaGuard = true);

} // namespace CsvField

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QString>

// One field of RFC 4180 CSV, for every file the console writes (bulk results, the journal's
// export): quoted only when it must be.
//
// Formula guard: a field that starts with =, +, -, @ (or their full-width forms ＝ ＋ － ＠,
// which spreadsheets in East Asian locales read as the same), a tab or a carriage return and
// is not a plain number gets a leading apostrophe, so that a customer named "=HYPERLINK(...)"
// stays text instead of becoming a live formula in a spreadsheet (CSV injection).
namespace CsvField {

QString quoted(const QString &text, QChar delimiter = u',', bool formulaGuard = true);

// The formula guard alone, for text that is pasted rather than saved (the clipboard copy of
// table rows, which spreadsheets read like a CSV).
QString guarded(const QString &text);

} // namespace CsvField

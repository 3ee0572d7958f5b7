// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QTableView;

// Selected rows as tab-separated text, for pasting into a spreadsheet or a ticket.
namespace TableCopy {

// A header row, then one line per selected row, in the order and with the columns the person
// sees (moved columns moved, hidden ones left out, rows as sorted). Tabs and line breaks in a
// value become spaces so that every row stays one line. A spreadsheet reads the pasted text as
// it reads a CSV, so every value has the CSV formula guard (CsvField::guarded). Empty when no
// row is selected.
QString selectedRowsAsTsv(const QTableView *view);

// Puts selectedRowsAsTsv() on the clipboard; returns the number of rows copied.
int copySelectedRows(const QTableView *view);

} // namespace TableCopy

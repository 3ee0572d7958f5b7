// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <vector>

// The folded search column of the complete pass, held in memory for find as you type.
//
// Why not SQL alone: every query needs its total, and without a trigram index (one was kept
// once, and made storing a page six times as slow) SQLite reads every row's column through the
// driver: 50 to 200 ms for 100,000 customers, where a person types a character every 100 ms.
// Scanning one compact buffer is a few milliseconds for any query, and its rows are kept in
// name order, so the first matches found are the first in the list. The screens' filters use
// it too: CustomerIndex hands the rows it finds to SQLite. The column stored in the database
// stays the source of truth: this is loaded from it, and CustomerIndex keeps it current on
// every change.
//
// The rows' texts are UTF-8 (a substring of UTF-8 is a substring of its characters), each
// followed by a line feed, which no folded text contains.
class FoldedSearch final {
public:
    qint64 pass() const { return m_pass; }
    void setPass(qint64 pass) { m_pass = pass; }
    int size() const { return int(m_rowIds.size()); }
    void reserve(int rows, qsizetype bytes);

    // Adds a row after the last one (loading, in name order).
    void append(qint64 rowId, QByteArrayView folded);
    // Inserts a row before the row at `position` (size(): at the end).
    void insert(int position, qint64 rowId, QByteArrayView folded);
    // Removes the row; false when it is not here.
    bool remove(qint64 rowId);
    // The position of the row, -1 when it is not here.
    int positionOf(qint64 rowId) const;

    // The rows whose text contains every one of `words` (folded, UTF-8): the first `limit`
    // in order into `first`, and the number of all of them.
    int find(const QList<QByteArray> &words, int limit, QList<qint64> *first) const;

    // Bytes held, for figures.
    qint64 memoryBytes() const;

private:
    qint64 m_pass = 0;
    QByteArray m_text;             // every row's text and its line feed, in order
    std::vector<quint32> m_starts; // where each row starts, and one past the last row's end
    std::vector<qint64> m_rowIds;
};

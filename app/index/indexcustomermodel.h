// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/index/customerindex.h"
#include "models/customertablemodel.h"
#include "models/programkind.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

// Every customer an IndexQuery selects from a CustomerIndex, in the page table's columns
// (CustomerTableModel's wording, roles and tooltips). rowCount() is the whole selection, but
// rows are read from the index a block at a time when the view asks for them, and only a few
// blocks are kept: scrolling through 100,000 customers never holds them all. Sorting changes
// the query's order, so it spans every customer, not the rows on screen; columns the index
// keeps no order for (tags, referrals, ...) do not sort.
//
// On a team's shared index (a million customers in PostgreSQL) two things differ: the count
// stops at a cap (rowCount() is then the cap + 1, isCountCapped() says so, and fetchMore()
// counts further when the view reaches the end), and a block after one already read continues
// after that block's last row (keyset) instead of counting past every row before it. And the
// shared index is read on a SharedIndexReader's thread, never the caller's: setQuery(),
// sort() and reload() return at once. After setIndex() and setQuery() the model has no rows
// and isLoading() until the count arrives (rows are then inserted); sort() keeps the count
// (the same rows in another order) and reload() keeps it too until the new one arrives (rows
// are then inserted or removed at the end), so the view keeps its place while the index is
// read again. A row whose block is not read yet answers nothing (an empty DisplayRole); its
// block is asked for once, and dataChanged() says when its rows are there. Answers to a query
// that was replaced meanwhile are ignored. The local index keeps its synchronous reads: its
// in-memory search answers in microseconds.
class SharedIndexReader;

class IndexCustomerModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        SortRole = CustomerTableModel::SortRole,
        CustomerRole = CustomerTableModel::CustomerRole,
        IdentifierRole = CustomerTableModel::IdentifierRole,
    };
    Q_ENUM(Role)

    using Column = CustomerTableColumns::Column;

    static constexpr int BlockSize = 200;
    static constexpr int MaxBlocks = 8;

    explicit IndexCustomerModel(QObject *parent = nullptr);

    // The index to read (not owned; null shows nothing) and the program kind that decides
    // the columns. A reset.
    void setIndex(const CustomerIndex *index, ProgramKind kind);
    const CustomerIndex *customerIndex() const { return m_index; }
    ProgramKind programKind() const { return m_kind; }

    // The filters, search and order to show (offset and limit are ignored). A reset.
    void setQuery(const IndexQuery &query);
    IndexQuery query() const { return m_query; }
    // Reads the count and the rows again: the index changed. A reset.
    void reload();

    // The column at a section (ColumnCount when out of range); the section of a column, or -1.
    Column columnAt(int section) const;
    int sectionOf(Column column) const { return static_cast<int>(m_columns.indexOf(column)); }
    // The index's order for a column, when it keeps one.
    static std::optional<IndexQuery::Column> indexColumnOf(Column column);
    static Column tableColumnOf(IndexQuery::Column column);
    bool isSortable(int section) const { return indexColumnOf(columnAt(section)).has_value(); }

    // The customer of a row, reading its block when it is not at hand.
    std::optional<Customer> customerAt(int row) const;
    // How many blocks were read from the index since the last reset (tests, benchmarks).
    int blocksRead() const { return m_blocksRead; }
    // Of those, how many continued after the block before (a shared index).
    int blocksReadAfterKey() const { return m_blocksReadAfterKey; }

    // A shared index: the count stopped at the cap, the rows go on.
    bool isCountCapped() const { return m_countCapped; }
    // A shared index: the count of the current query is being read (rowCount() is 0 until
    // it arrives, after setIndex() or setQuery()).
    bool isLoading() const { return m_loading; }
    // The last sentence of a read that failed (empty after a read that worked).
    QString errorString() const { return m_error; }
    // The reader of a shared index (null on a local one), for what else a screen reads there.
    SharedIndexReader *reader() const { return m_reader; }
    // Where counting a shared index first stops (CustomerIndex::CountCap; tests set less).
    void setCountCap(int cap) { m_firstCountCap = cap; }
    bool canFetchMore(const QModelIndex &parent) const override;
    // Counts ten times as far, and adds the rows found (soon after, from the event loop).
    void fetchMore(const QModelIndex &parent) override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // A language switch reaches the model through the widget that owns it (QWidget passes
    // QEvent::LanguageChange to its children): the views ask for the headers again.
    bool event(QEvent *event) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    // isLoading() changed; when it turns false the count is known (rowCount()).
    void loadingChanged(bool loading);
    // A read of the shared index failed: the sentence (errorString()).
    void readFailed(const QString &sentence);

private:
    void readCount();
    // A shared index: asks for the count of the query, keeping (`keepRows`) or not the rows
    // there are until it arrives.
    void requestCount(bool keepRows);
    // The query that reads `block`, on either path.
    IndexQuery blockQuery(int block) const;
    void requestBlock(int block) const;
    void onCounted(quint64 ticket, int total);
    void onSelected(quint64 ticket, const QList<Customer> &rows);
    void onFailed(quint64 ticket, const QString &error);
    void setLoading(bool loading);
    // Says loadingChanged() when isLoading() changed since it last did.
    void announceLoading();
    void setUpReader();
    // An index to read: a shared one through the reader (never connected here), a file's
    // through its open connection.
    bool canRead() const;
    void storeBlock(int block, QList<Customer> rows) const;
    void clearBlocks();
    void countFurther();
    const Customer *cached(int row) const;

    const CustomerIndex *m_index = nullptr;
    ProgramKind m_kind = ProgramKind::Unknown;
    QList<Column> m_columns;
    IndexQuery m_query;
    int m_count = 0;
    int m_firstCountCap = CustomerIndex::CountCap;
    int m_countCap = -1; // the cap of the last count; -1: counted all
    bool m_countCapped = false;
    bool m_countingFurther = false;
    // A shared index: where each block read ended, for the next one to continue after.
    mutable QHash<int, IndexQuery::After> m_blockEnds;
    mutable int m_blocksReadAfterKey = 0;
    // Blocks by number, and their numbers from the most recently used.
    mutable QHash<int, QList<Customer>> m_blocks;
    mutable QList<int> m_recent;
    mutable int m_blocksRead = 0;

    // A shared index: the reader (owned), the tickets still wanted, and blocks asked for.
    SharedIndexReader *m_reader = nullptr;
    quint64 m_countTicket = 0;
    quint64 m_furtherTicket = 0;
    mutable QHash<quint64, int> m_blockTickets;   // ticket -> block
    mutable QHash<int, quint64> m_blocksAskedFor; // block -> ticket
    // Blocks to ask for once the block before arrives, so they continue after its last row.
    mutable QSet<int> m_waitingForPrevious;
    int m_pendingCountCap = -1; // the cap of the count on its way
    bool m_loading = false;
    bool m_announcedLoading = false;
    QString m_error;
};

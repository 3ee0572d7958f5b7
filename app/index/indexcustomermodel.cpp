// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/index/indexcustomermodel.h"

#include "app/index/sharedindexreader.h"

#include <QEvent>

#include <climits>

#include "models/displayformat.h"
#include "models/pagedtablemodel.h"
#include "models/rowstate.h"

using namespace Qt::Literals::StringLiterals;

IndexCustomerModel::IndexCustomerModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_columns(CustomerTableColumns::columnsFor(ProgramKind::Unknown)) {
}

void IndexCustomerModel::setIndex(const CustomerIndex *index, ProgramKind kind) {
    beginResetModel();
    m_index = index;
    m_kind = kind;
    m_columns = CustomerTableColumns::columnsFor(kind);
    setUpReader();
    readCount();
    endResetModel();
    announceLoading();
}

void IndexCustomerModel::setUpReader() {
    // A shared index is never connected on this thread (ProfileIndex): only its location.
    const bool shared = m_index && m_index->isShared();
    if (m_reader && (!shared || !m_reader->readsFrom(m_index->location()))) {
        // Its thread ends by itself; nothing it still answers arrives here.
        delete m_reader;
        m_reader = nullptr;
    }
    if (!shared || m_reader)
        return;
    m_reader = new SharedIndexReader(m_index->location(), this);
    connect(m_reader, &SharedIndexReader::counted, this, &IndexCustomerModel::onCounted);
    connect(m_reader, &SharedIndexReader::selected, this, &IndexCustomerModel::onSelected);
    connect(m_reader, &SharedIndexReader::failed, this, &IndexCustomerModel::onFailed);
}

bool IndexCustomerModel::canRead() const {
    return m_reader || (m_index && m_index->isOpen());
}

void IndexCustomerModel::setQuery(const IndexQuery &query) {
    beginResetModel();
    m_query = query;
    m_query.offset = 0;
    m_query.limit = -1;
    readCount();
    endResetModel();
    announceLoading();
}

void IndexCustomerModel::reload() {
    if (m_reader) {
        // The same selection read again: the rows stay (the view keeps its place) and are
        // asked for again; the count moves the end when it arrives.
        clearBlocks();
        if (m_count > 0)
            emit dataChanged(index(0, 0), index(m_count - 1, columnCount() - 1));
        requestCount(true);
        announceLoading();
        return;
    }
    beginResetModel();
    readCount();
    endResetModel();
    announceLoading();
}

void IndexCustomerModel::clearBlocks() {
    m_blocks.clear();
    m_recent.clear();
    m_blockEnds.clear();
    m_blocksRead = 0;
    m_blocksReadAfterKey = 0;
    m_blockTickets.clear();
    m_blocksAskedFor.clear();
    m_waitingForPrevious.clear();
    if (m_reader)
        m_reader->drop(SharedIndexReader::Lane::Blocks);
}

void IndexCustomerModel::setLoading(bool loading) {
    m_loading = loading;
}

void IndexCustomerModel::announceLoading() {
    // Outside a reset: whoever listens may read the model.
    if (m_loading == m_announcedLoading)
        return;
    m_announcedLoading = m_loading;
    emit loadingChanged(m_loading);
}

void IndexCustomerModel::requestCount(bool keepRows) {
    if (!keepRows)
        setLoading(true);
    // A count still waiting (or counting further) is for a query that is no more.
    m_reader->drop(SharedIndexReader::Lane::Count);
    m_furtherTicket = 0;
    m_countingFurther = false;
    IndexQuery counting = m_query;
    counting.offset = 0;
    counting.limit = 0;
    counting.countCap = m_firstCountCap;
    m_pendingCountCap = counting.countCap;
    m_countTicket = m_reader->count(counting);
}

void IndexCustomerModel::onCounted(quint64 ticket, int total) {
    if (ticket == m_countTicket && ticket != 0) {
        m_countTicket = 0;
        m_error.clear();
        m_countCap = m_pendingCountCap;
        m_countCapped = m_countCap >= 0 && total > m_countCap;
        if (total > m_count) {
            beginInsertRows(QModelIndex(), m_count, total - 1);
            m_count = total;
            endInsertRows();
        } else if (total < m_count) {
            beginRemoveRows(QModelIndex(), total, m_count - 1);
            m_count = total;
            endRemoveRows();
        }
        setLoading(false);
        announceLoading();
        return;
    }
    if (ticket != m_furtherTicket || ticket == 0)
        return;
    m_furtherTicket = 0;
    m_countingFurther = false;
    m_countCap = m_pendingCountCap;
    m_countCapped = m_countCap >= 0 && total > m_countCap;
    if (total <= m_count)
        return;
    beginInsertRows(QModelIndex(), m_count, total - 1);
    m_count = total;
    endInsertRows();
}

void IndexCustomerModel::onSelected(quint64 ticket, const QList<Customer> &rows) {
    const auto it = m_blockTickets.constFind(ticket);
    if (it == m_blockTickets.constEnd())
        return; // a block of a query or order that was replaced
    const int block = *it;
    m_blockTickets.erase(it);
    m_blocksAskedFor.remove(block);
    if (rows.size() == BlockSize) {
        m_blockEnds.insert(block,
                           IndexQuery::After{CustomerIndex::sortKeyOf(rows.last(), m_query.sort),
                                             rows.last().identifier()});
    }
    storeBlock(block, rows);
    const int first = block * BlockSize;
    const int last = qMin(first + BlockSize, m_count) - 1;
    if (first <= last)
        emit dataChanged(index(first, 0), index(last, columnCount() - 1));
    if (m_waitingForPrevious.remove(block + 1))
        requestBlock(block + 1);
}

void IndexCustomerModel::onFailed(quint64 ticket, const QString &error) {
    if (ticket == m_countTicket && ticket != 0) {
        m_countTicket = 0;
        setLoading(false);
    } else if (ticket == m_furtherTicket && ticket != 0) {
        m_furtherTicket = 0;
        m_countingFurther = false;
    } else if (const auto it = m_blockTickets.constFind(ticket); it != m_blockTickets.constEnd()) {
        // Its rows stay empty until the next reload, rather than being asked for at every
        // repaint.
        const int block = *it;
        m_blockTickets.erase(it);
        m_blocksAskedFor.remove(block);
        m_waitingForPrevious.remove(block + 1);
        storeBlock(block, {});
    } else {
        return;
    }
    m_error = error;
    emit readFailed(error);
    announceLoading();
}

void IndexCustomerModel::storeBlock(int block, QList<Customer> rows) const {
    // Room first: removing from a QHash may move what an iterator points to.
    while (m_recent.size() >= MaxBlocks)
        m_blocks.remove(m_recent.takeLast());
    m_blocks.insert(block, std::move(rows));
    ++m_blocksRead;
    m_recent.prepend(block);
}

IndexQuery IndexCustomerModel::blockQuery(int block) const {
    IndexQuery window = m_query;
    window.offset = block * BlockSize;
    window.limit = BlockSize;
    window.knownMatches = m_countCapped ? -1 : m_count;
    // After the block before's last row when it is known: a keyset read, not an OFFSET walk.
    const auto before = m_blockEnds.constFind(block - 1);
    if (before != m_blockEnds.constEnd()) {
        window.offset = 0;
        window.after = *before;
        ++m_blocksReadAfterKey;
    }
    return window;
}

void IndexCustomerModel::requestBlock(int block) const {
    if (m_blocksAskedFor.contains(block) || m_waitingForPrevious.contains(block))
        return;
    // The block before is on its way: this one continues after its last row once it is here.
    if (block > 0 && !m_blockEnds.contains(block - 1) && m_blocksAskedFor.contains(block - 1)) {
        m_waitingForPrevious.insert(block);
        return;
    }
    const quint64 ticket = m_reader->select(blockQuery(block));
    m_blockTickets.insert(ticket, block);
    m_blocksAskedFor.insert(block, ticket);
}

void IndexCustomerModel::readCount() {
    clearBlocks();
    m_count = 0;
    m_countCap = -1;
    m_countCapped = false;
    if (!canRead()) {
        m_countTicket = 0;
        m_furtherTicket = 0;
        setLoading(false);
        return;
    }
    if (m_reader) {
        requestCount(false);
        return;
    }
    // No row, only the number of all the query selects; rows come block by block. (Reading
    // the first block instead, and counting only when it is full, is slower where it matters:
    // a short word that matches few customers makes the ordered read walk every row, while
    // the count scans them once.)
    IndexQuery counting = m_query;
    counting.offset = 0;
    counting.limit = 0;
    // A shared index counts a million rows in a few hundred milliseconds: up to the cap, the
    // rest when the view gets there.
    if (m_index->isShared())
        counting.countCap = m_firstCountCap;
    m_index->select(counting, &m_count);
    m_countCap = counting.countCap;
    m_countCapped = m_countCap >= 0 && m_count > m_countCap;
}

bool IndexCustomerModel::canFetchMore(const QModelIndex &parent) const {
    // (A shared index's count still on its way decides first whether there is more.)
    return !parent.isValid() && m_countCapped && m_countTicket == 0;
}

void IndexCustomerModel::fetchMore(const QModelIndex &parent) {
    if (parent.isValid() || !canFetchMore(parent) || m_countingFurther)
        return;
    // Counted once control is back in the event loop: a view (or a model tester) asks from
    // inside its own handling of a reset or a layout, where rows may not be inserted.
    m_countingFurther = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_countingFurther = false;
            countFurther();
        },
        Qt::QueuedConnection);
}

void IndexCustomerModel::countFurther() {
    if (!m_countCapped || !canRead())
        return;
    IndexQuery counting = m_query;
    counting.offset = 0;
    counting.limit = 0;
    counting.countCap = m_countCap > INT_MAX / 10 ? -1 : m_countCap * 10;
    if (m_reader) {
        // Still counting until the answer: asked again meanwhile, it is counted once.
        m_countingFurther = true;
        m_pendingCountCap = counting.countCap;
        m_furtherTicket = m_reader->count(counting);
        return;
    }
    int total = 0;
    m_index->select(counting, &total);
    m_countCap = counting.countCap;
    m_countCapped = m_countCap >= 0 && total > m_countCap;
    // (Fewer than before: the index changed under the count; the next reload says so.)
    if (total <= m_count)
        return;
    beginInsertRows(QModelIndex(), m_count, total - 1);
    m_count = total;
    endInsertRows();
}

const Customer *IndexCustomerModel::cached(int row) const {
    if (!m_index || row < 0 || row >= m_count)
        return nullptr;
    const int block = row / BlockSize;
    auto it = m_blocks.find(block);
    if (it == m_blocks.end() && m_reader) {
        requestBlock(block);
        return nullptr;
    }
    if (it == m_blocks.end()) {
        // Room first: removing from a QHash may move what an iterator points to.
        while (m_recent.size() >= MaxBlocks)
            m_blocks.remove(m_recent.takeLast());
        QList<Customer> rows = m_index->select(blockQuery(block));
        if (m_index->isShared() && rows.size() == BlockSize) {
            m_blockEnds.insert(
                block, IndexQuery::After{CustomerIndex::sortKeyOf(rows.last(), m_query.sort),
                                         rows.last().identifier()});
        }
        it = m_blocks.insert(block, std::move(rows));
        ++m_blocksRead;
        m_recent.prepend(block);
    } else if (m_recent.first() != block) {
        m_recent.removeOne(block);
        m_recent.prepend(block);
    }
    const int inBlock = row - block * BlockSize;
    // The index changed under the count: the row is gone until the next reload.
    if (inBlock >= it->size())
        return nullptr;
    return &it->at(inBlock);
}

std::optional<Customer> IndexCustomerModel::customerAt(int row) const {
    if (const Customer *customer = cached(row))
        return *customer;
    return std::nullopt;
}

IndexCustomerModel::Column IndexCustomerModel::columnAt(int section) const {
    if (section < 0 || section >= m_columns.size())
        return CustomerTableColumns::ColumnCount;
    return m_columns.at(section);
}

std::optional<IndexQuery::Column> IndexCustomerModel::indexColumnOf(Column column) {
    switch (column) {
    case CustomerTableColumns::KeyColumn:
        return IndexQuery::Column::Key;
    case CustomerTableColumns::IdColumn:
        return IndexQuery::Column::Id;
    case CustomerTableColumns::NameColumn:
        return IndexQuery::Column::Name;
    case CustomerTableColumns::EmailColumn:
        return IndexQuery::Column::Email;
    case CustomerTableColumns::PartnerColumn:
        return IndexQuery::Column::Partner;
    case CustomerTableColumns::StatusColumn:
        return IndexQuery::Column::Status;
    case CustomerTableColumns::CreatedColumn:
        return IndexQuery::Column::Created;
    case CustomerTableColumns::UpdatedColumn:
        return IndexQuery::Column::Updated;
    case CustomerTableColumns::TagsColumn:
    case CustomerTableColumns::ReferredByColumn:
    case CustomerTableColumns::ReferralsColumn:
    case CustomerTableColumns::ApprovedColumn:
    case CustomerTableColumns::ColumnCount:
        break;
    }
    return std::nullopt;
}

IndexCustomerModel::Column IndexCustomerModel::tableColumnOf(IndexQuery::Column column) {
    switch (column) {
    case IndexQuery::Column::Name:
        return CustomerTableColumns::NameColumn;
    case IndexQuery::Column::Email:
        return CustomerTableColumns::EmailColumn;
    case IndexQuery::Column::Key:
        return CustomerTableColumns::KeyColumn;
    case IndexQuery::Column::Id:
        return CustomerTableColumns::IdColumn;
    case IndexQuery::Column::Status:
        return CustomerTableColumns::StatusColumn;
    case IndexQuery::Column::Partner:
        return CustomerTableColumns::PartnerColumn;
    case IndexQuery::Column::Created:
        return CustomerTableColumns::CreatedColumn;
    case IndexQuery::Column::Updated:
        return CustomerTableColumns::UpdatedColumn;
    }
    return CustomerTableColumns::NameColumn;
}

int IndexCustomerModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_count;
}

int IndexCustomerModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant IndexCustomerModel::data(const QModelIndex &index, int role) const {
    Q_ASSERT(checkIndex(index, CheckIndexOption::ParentIsInvalid));
    if (!index.isValid())
        return {};
    const Column column = m_columns.at(index.column());
    if (role == Qt::TextAlignmentRole) {
        if (CustomerTableModel::isNumber(column))
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    }
    // Roles that need no row: answered without reading a block.
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case SortRole:
    case Qt::ToolTipRole:
    case CustomerRole:
    case IdentifierRole:
    case RowStateRole:
        break;
    default:
        return {};
    }
    const Customer *customer = cached(index.row());
    if (!customer)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return CustomerTableModel::cellDisplay(*customer, column);
    case Qt::EditRole:
    case SortRole:
        return CustomerTableModel::cellSortValue(*customer, column);
    case Qt::ToolTipRole: {
        // Text from the server stays text in a tooltip, as in the page table.
        const QVariant tip = CustomerTableModel::cellToolTip(*customer, column);
        return tip.typeId() == QMetaType::QString
                   ? QVariant(DisplayFormat::plainToolTip(tip.toString()))
                   : tip;
    }
    case CustomerRole:
        return QVariant::fromValue(*customer);
    case IdentifierRole:
        return customer->identifier();
    case RowStateRole:
        return CustomerTableModel::rowStateOf(*customer);
    default:
        break;
    }
    return {};
}

QVariant IndexCustomerModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    const Column column = columnAt(section);
    if (column == CustomerTableColumns::ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole && CustomerTableModel::isNumber(column))
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    return CustomerTableModel::columnHeader(column);
}

Qt::ItemFlags IndexCustomerModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

void IndexCustomerModel::sort(int column, Qt::SortOrder order) {
    const auto sortColumn = indexColumnOf(columnAt(column));
    if (!sortColumn)
        return;
    if (*sortColumn == m_query.sort && order == m_query.order)
        return;
    // The same rows in another order: the count stands, only the blocks are read again.
    // A reset rather than a layout change, since after a sort over the whole index row n
    // holds another customer and nothing on screen maps to where it went.
    beginResetModel();
    m_query.sort = *sortColumn;
    m_query.order = order;
    clearBlocks();
    endResetModel();
    announceLoading();
}

QHash<int, QByteArray> IndexCustomerModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sort"_ba);
    names.insert(CustomerRole, "customer"_ba);
    names.insert(IdentifierRole, "identifier"_ba);
    return names;
}

bool IndexCustomerModel::event(QEvent *event) {
    if (event->type() == QEvent::LanguageChange && columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    return QAbstractTableModel::event(event);
}

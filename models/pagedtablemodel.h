// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/displayformat.h"
#include "models/pageinfo.h"
#include "models/programkind.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QEvent>
#include <QHash>
#include <QList>
#include <QVariant>

// The roles every paged table answers; a model's own Role enum starts with these two.
namespace PagedTableRoles {
// Raw values for QSortFilterProxyModel::setSortRole; EditRole gives the same.
inline constexpr int SortRole = Qt::UserRole + 1;
// The whole item (QVariant::value<Item>()).
inline constexpr int ItemRole = Qt::UserRole + 2;
} // namespace PagedTableRoles

// One page of items from a paginated endpoint, in columns that the program kind chooses. What
// a page table does the same for every kind of item lives here: the page and its PageInfo,
// replacing it in one model reset, the columns of a kind, counts, the roles' dispatch, the
// header's common part and the flags. A model says what its columns show.
//
// `Columns` is a plain struct with the model's `enum Column` (ending in ColumnCount) and
// `static QList<Column> columnsFor(ProgramKind)`; the model inherits both through this class,
// so `Model::NameColumn` and `Model::columnsFor()` read as before. (The enum cannot live in
// the model itself: a class's own members are not known yet where it names its base.)
template <typename Item, typename Columns>
class PagedTableModel : public QAbstractTableModel, public Columns {
public:
    using Column = typename Columns::Column;

    ProgramKind programKind() const { return m_kind; }
    // Changes the columns (a model reset); the rows stay.
    void setProgramKind(ProgramKind kind) {
        if (kind == m_kind)
            return;
        beginResetModel();
        m_kind = kind;
        m_columns = Columns::columnsFor(kind);
        endResetModel();
    }

    // The column at a section, or ColumnCount when out of range; the section of a column, or
    // -1 when this kind does not show it.
    Column columnAt(int section) const {
        if (section < 0 || section >= m_columns.size())
            return Columns::ColumnCount;
        return m_columns.at(section);
    }
    int sectionOf(Column column) const { return static_cast<int>(m_columns.indexOf(column)); }

    // Replaces every row with the page's items in one model reset.
    void setPage(const Page<Item> &page) {
        beginResetModel();
        m_items = page.items;
        m_pageInfo = page.info;
        pageReplaced();
        endResetModel();
    }
    void clear() { setPage(Page<Item>()); }
    const PageInfo &pageInfo() const { return m_pageInfo; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override {
        return parent.isValid() ? 0 : static_cast<int>(m_items.size());
    }
    int columnCount(const QModelIndex &parent = QModelIndex()) const override {
        return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override {
        Q_ASSERT(checkIndex(index, CheckIndexOption::ParentIsInvalid));
        if (!index.isValid())
            return {};
        const Item &item = m_items.at(index.row());
        const Column column = m_columns.at(index.column());
        switch (role) {
        case Qt::DisplayRole:
            return displayData(item, column);
        case Qt::EditRole:
        case PagedTableRoles::SortRole:
            return sortData(item, column);
        case Qt::ToolTipRole: {
            // Server text in a tooltip stays text (see DisplayFormat::plainToolTip).
            const QVariant tip = toolTipData(item, column);
            return tip.typeId() == QMetaType::QString
                       ? QVariant(DisplayFormat::plainToolTip(tip.toString()))
                       : tip;
        }
        case Qt::TextAlignmentRole:
            return alignment(column);
        case PagedTableRoles::ItemRole:
            return QVariant::fromValue(item);
        default:
            return otherData(item, role);
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override {
        if (orientation != Qt::Horizontal)
            return QAbstractTableModel::headerData(section, orientation, role);
        const Column column = columnAt(section);
        if (column == Columns::ColumnCount)
            return {};
        if (role == Qt::TextAlignmentRole)
            return alignment(column);
        if (role != Qt::DisplayRole)
            return {};
        return headerText(column);
    }

    Qt::ItemFlags flags(const QModelIndex &index) const override {
        if (!index.isValid())
            return Qt::NoItemFlags;
        return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    }

    // A language switch reaches the model through the widget that owns it (QWidget passes
    // QEvent::LanguageChange to its children): the views ask for the headers again.
    bool event(QEvent *event) override {
        if (event->type() == QEvent::LanguageChange && columnCount() > 0)
            emit this->headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        return QAbstractTableModel::event(event);
    }

    QHash<int, QByteArray> roleNames() const override {
        QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
        names.insert(PagedTableRoles::SortRole, QByteArrayLiteral("sort"));
        names.insert(PagedTableRoles::ItemRole, itemRoleName());
        return names;
    }

protected:
    explicit PagedTableModel(QObject *parent)
        : QAbstractTableModel(parent)
        , m_columns(Columns::columnsFor(ProgramKind::Unknown)) {}

    virtual QVariant displayData(const Item &item, Column column) const = 0;
    virtual QVariant sortData(const Item &item, Column column) const = 0;
    virtual QVariant toolTipData(const Item &item, Column column) const = 0;
    virtual QString headerText(Column column) const = 0;
    // Numbers are right-aligned, in the cells and in the header above them.
    virtual bool isNumberColumn(Column column) const = 0;
    // The name of ItemRole in roleNames(), e.g. "customer".
    virtual QByteArray itemRoleName() const = 0;
    // A model's own roles beyond the shared ones.
    virtual QVariant otherData(const Item &item, int role) const {
        Q_UNUSED(item)
        Q_UNUSED(role)
        return {};
    }
    // Called inside the reset of setPage(), after the items were replaced.
    virtual void pageReplaced() {}

    // What a cell's tooltip shows when there is nothing more to say: its text, if any.
    QVariant displayAsToolTip(const Item &item, Column column) const {
        const QVariant display = displayData(item, column);
        return display.toString().isEmpty() ? QVariant() : display;
    }

    QList<Item> m_items;

private:
    QVariant alignment(Column column) const {
        if (isNumberColumn(column))
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    }

    ProgramKind m_kind = ProgramKind::Unknown;
    QList<Column> m_columns;
    PageInfo m_pageInfo;
};

#pragma once

#include "models/customer.h"
#include "models/pageinfo.h"
#include "models/programkind.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

// One page of customers. The program kind decides the columns; rows are replaced a page at a
// time (one model reset) and single rows are updated in place after an edit.
class CustomerTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    // Every column any kind shows; columnsFor() gives each kind's order.
    enum Column {
        KeyColumn,
        IdColumn,
        NameColumn,
        EmailColumn,
        PartnerColumn,
        StatusColumn,
        TagsColumn,
        ReferredByColumn,
        ReferralsColumn,
        ApprovedColumn,
        CreatedColumn,
        UpdatedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        // Raw values for QSortFilterProxyModel::setSortRole: QString, int (Referrals; Approved
        // as -1 not given, 0, 1), QDateTime. EditRole gives the same.
        SortRole = Qt::UserRole + 1,
        // The whole Customer (QVariant::value<Customer>()).
        CustomerRole,
        // Customer::identifier(), the value for paths and rowOfIdentifier().
        IdentifierRole,
    };
    Q_ENUM(Role)

    explicit CustomerTableModel(QObject *parent = nullptr);

    // The columns, in order, for a kind. Unknown shows what both kinds share.
    static QList<Column> columnsFor(ProgramKind kind);

    ProgramKind programKind() const { return m_kind; }
    // Changes the columns (a model reset); the rows stay.
    void setProgramKind(ProgramKind kind);

    // The column at a section, or ColumnCount when out of range; the section of a column, or
    // -1 when this kind does not show it.
    Column columnAt(int section) const;
    int sectionOf(Column column) const;

    // Replaces every row with the page's customers in one model reset.
    void setPage(const Page<Customer> &page);
    void clear();
    const PageInfo &pageInfo() const { return m_pageInfo; }
    const QList<Customer> &customers() const { return m_customers; }

    // `row` must be valid (0 <= row < rowCount()).
    const Customer &customerAt(int row) const;
    // The row of Customer::identifier(), or -1; constant time.
    int rowOfIdentifier(const QString &identifier) const;

    // Replaces the row holding customer.identifier() and emits one dataChanged for the row.
    // Returns false when no row holds it.
    bool updateCustomer(const Customer &customer);
    // The same for an edit that changed the key: finds the row by its old identifier.
    bool replaceCustomer(const QString &identifier, const Customer &customer);
    // Removes the row (beginRemoveRows/endRemoveRows); false when no row holds it.
    bool removeCustomer(const QString &identifier);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant displayData(const Customer &customer, Column column) const;
    QVariant sortData(const Customer &customer, Column column) const;
    QVariant toolTipData(const Customer &customer, Column column) const;
    void rebuildIndex(int fromRow);

    ProgramKind m_kind = ProgramKind::Unknown;
    QList<Column> m_columns;
    QList<Customer> m_customers;
    PageInfo m_pageInfo;
    QHash<QString, int> m_rowOfIdentifier;
};

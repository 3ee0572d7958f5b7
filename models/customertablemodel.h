// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/customer.h"
#include "models/pagedtablemodel.h"
#include "models/programkind.h"

#include <QHash>
#include <QList>
#include <QObject>

// CustomerTableModel's columns (see PagedTableModel for why they stand apart).
struct CustomerTableColumns {
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

    // The columns, in order, for a kind. Unknown shows what both kinds share.
    static QList<Column> columnsFor(ProgramKind kind);
};

// moc writes the base class into a template argument, where a comma would split it.
using CustomerPagedTableModel = PagedTableModel<Customer, CustomerTableColumns>;

// One page of customers. The program kind decides the columns; rows are replaced a page at a
// time (one model reset) and single rows are updated in place after an edit. A customer that
// could not be read (Customer::problem) is shown with what could be read, RowState::Error in
// RowStateRole, and the problem as the tooltip of each of its cells.
class CustomerTableModel final : public CustomerPagedTableModel {
    Q_OBJECT

public:
    enum Role {
        // Raw values for QSortFilterProxyModel::setSortRole: QString, int (Referrals; Approved
        // as -1 not given, 0, 1), QDateTime. EditRole gives the same.
        SortRole = PagedTableRoles::SortRole,
        // The whole Customer (QVariant::value<Customer>()).
        CustomerRole = PagedTableRoles::ItemRole,
        // Customer::identifier(), the value for paths and rowOfIdentifier().
        IdentifierRole,
    };
    Q_ENUM(Role)

    explicit CustomerTableModel(QObject *parent = nullptr);

    const QList<Customer> &customers() const { return m_items; }

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

    QHash<int, QByteArray> roleNames() const override;

    // What a customer's cell shows, its raw sort value, its tooltip (before
    // DisplayFormat::plainToolTip) and a column's header: every table of customers (this page,
    // the index's table of all of them) words them the same way.
    static QVariant cellDisplay(const Customer &customer, Column column);
    static QVariant cellSortValue(const Customer &customer, Column column);
    static QVariant cellToolTip(const Customer &customer, Column column);
    static QString columnHeader(Column column);
    static bool isNumber(Column column) { return column == ReferralsColumn; }
    // RowStateRole of a customer's row.
    static int rowStateOf(const Customer &customer);

private:
    QVariant displayData(const Customer &customer, Column column) const override;
    QVariant sortData(const Customer &customer, Column column) const override;
    QVariant toolTipData(const Customer &customer, Column column) const override;
    QString headerText(Column column) const override;
    bool isNumberColumn(Column column) const override { return isNumber(column); }
    QByteArray itemRoleName() const override { return QByteArrayLiteral("customer"); }
    QVariant otherData(const Customer &customer, int role) const override;
    void pageReplaced() override;
    void rebuildIndex(int fromRow);

    QHash<QString, int> m_rowOfIdentifier;
};

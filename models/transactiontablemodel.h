// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/pagedtablemodel.h"
#include "models/programkind.h"
#include "models/transaction.h"

#include <QList>
#include <QObject>

// TransactionTableModel's columns (see PagedTableModel for why they stand apart).
struct TransactionTableColumns {
    enum Column {
        KeyColumn,
        ActionColumn,
        AmountColumn,
        CustomerColumn,
        ReferredCustomerColumn,
        RewardColumn,
        CreatedColumn,
        ColumnCount
    };

    static QList<Column> columnsFor(ProgramKind kind);
};

// moc writes the base class into a template argument, where a comma would split it.
using TransactionPagedTableModel = PagedTableModel<Transaction, TransactionTableColumns>;

// One page of a customer's transactions. The program kind decides who the "customer" column
// names: the buyer is `customer` in affiliate programs and `referred_customer` in
// refer-a-friend programs (where `customer` is the referrer, the page's own customer).
class TransactionTableModel final : public TransactionPagedTableModel {
    Q_OBJECT

public:
    enum Role {
        // Raw values for a proxy: QString, double (amounts), QDateTime.
        SortRole = PagedTableRoles::SortRole,
        // The whole Transaction (QVariant::value<Transaction>()).
        TransactionRole = PagedTableRoles::ItemRole,
    };
    Q_ENUM(Role)

    explicit TransactionTableModel(QObject *parent = nullptr);

    const QList<Transaction> &transactions() const { return m_items; }
    // `row` must be valid.
    const Transaction &transactionAt(int row) const;

    // Reward column: the sum of a transaction's rewards, per unit ("30.00 USD", or
    // "3.00 USD, 10 points" when they differ); empty when there are none.
    static QString rewardText(const Transaction &transaction);
    static double rewardTotal(const Transaction &transaction);

private:
    QVariant displayData(const Transaction &transaction, Column column) const override;
    QVariant sortData(const Transaction &transaction, Column column) const override;
    QVariant toolTipData(const Transaction &transaction, Column column) const override;
    QString headerText(Column column) const override;
    bool isNumberColumn(Column column) const override;
    QByteArray itemRoleName() const override { return QByteArrayLiteral("transaction"); }
};

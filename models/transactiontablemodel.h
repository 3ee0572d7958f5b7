#pragma once

#include "models/pageinfo.h"
#include "models/programkind.h"
#include "models/transaction.h"

#include <QAbstractTableModel>
#include <QList>

// One page of a customer's transactions. The program kind decides who the "customer" column
// names: the buyer is `customer` in affiliate programs and `referred_customer` in
// refer-a-friend programs (where `customer` is the referrer, the page's own customer).
class TransactionTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
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
    Q_ENUM(Column)

    enum Role {
        // Raw values for a proxy: QString, double (amounts), QDateTime.
        SortRole = Qt::UserRole + 1,
        // The whole Transaction (QVariant::value<Transaction>()).
        TransactionRole,
    };
    Q_ENUM(Role)

    explicit TransactionTableModel(QObject *parent = nullptr);

    static QList<Column> columnsFor(ProgramKind kind);

    ProgramKind programKind() const { return m_kind; }
    void setProgramKind(ProgramKind kind);
    Column columnAt(int section) const;
    int sectionOf(Column column) const;

    void setPage(const Page<Transaction> &page);
    void clear();
    const PageInfo &pageInfo() const { return m_pageInfo; }
    const QList<Transaction> &transactions() const { return m_transactions; }
    // `row` must be valid.
    const Transaction &transactionAt(int row) const;

    // Reward column: the sum of a transaction's rewards, per unit ("30.00 USD", or
    // "3.00 USD, 10 points" when they differ); empty when there are none.
    static QString rewardText(const Transaction &transaction);
    static double rewardTotal(const Transaction &transaction);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant displayData(const Transaction &transaction, Column column) const;
    QVariant sortData(const Transaction &transaction, Column column) const;
    QVariant toolTipData(const Transaction &transaction, Column column) const;

    ProgramKind m_kind = ProgramKind::Unknown;
    QList<Column> m_columns;
    QList<Transaction> m_transactions;
    PageInfo m_pageInfo;
};

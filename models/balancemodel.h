// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/balance.h"

#include <QAbstractTableModel>

// A customer's reward balance: one row per currency or unit.
class BalanceModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { UnitsColumn, AmountColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // QString units, double amount
        EntryRole,                   // the BalanceEntry
    };
    Q_ENUM(Role)

    explicit BalanceModel(QObject *parent = nullptr);

    // Replaces every row in one model reset.
    void setBalance(const Balance &balance);
    const Balance &balance() const { return m_balance; }
    // `row` must be valid.
    const BalanceEntry &entryAt(int row) const;
    // The row of a unit ("usd" finds "USD"), or -1.
    int rowOfUnits(const QString &units) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // A language switch reaches the model through the widget that owns it (QWidget passes
    // QEvent::LanguageChange to its children): the views ask for the headers again.
    bool event(QEvent *event) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    Balance m_balance;
};

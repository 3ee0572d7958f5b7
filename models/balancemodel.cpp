// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/balancemodel.h"

#include <QEvent>

#include "models/displayformat.h"

BalanceModel::BalanceModel(QObject *parent)
    : QAbstractTableModel(parent) {
}

void BalanceModel::setBalance(const Balance &balance) {
    beginResetModel();
    m_balance = balance;
    endResetModel();
}

const BalanceEntry &BalanceModel::entryAt(int row) const {
    Q_ASSERT(row >= 0 && row < m_balance.entries.size());
    return m_balance.entries.at(row);
}

int BalanceModel::rowOfUnits(const QString &units) const {
    for (int row = 0; row < m_balance.entries.size(); ++row) {
        if (m_balance.entries.at(row).amountUnits.compare(units, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

int BalanceModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_balance.entries.size());
}

int BalanceModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BalanceModel::data(const QModelIndex &index, int role) const {
    Q_ASSERT(checkIndex(index, CheckIndexOption::ParentIsInvalid));
    if (!index.isValid())
        return {};
    const BalanceEntry &entry = m_balance.entries.at(index.row());
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (column == UnitsColumn)
            return entry.isCurrency ? entry.amountUnits.toUpper() : entry.amountUnits;
        return DisplayFormat::amount(entry.amount, entry.amountUnits, entry.isCurrency);
    case Qt::ToolTipRole:
        if (column == UnitsColumn)
            return entry.isCurrency ? tr("Currency") : tr("Reward units, not money");
        return {};
    case Qt::EditRole:
    case SortRole:
        if (column == UnitsColumn)
            return entry.amountUnits;
        return entry.amount;
    case Qt::TextAlignmentRole:
        if (column == AmountColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case EntryRole:
        return QVariant::fromValue(entry);
    default:
        return {};
    }
}

QVariant BalanceModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && section == AmountColumn)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UnitsColumn:
        return tr("Currency or unit");
    case AmountColumn:
        return tr("Balance");
    default:
        return {};
    }
}

Qt::ItemFlags BalanceModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

bool BalanceModel::event(QEvent *event) {
    if (event->type() == QEvent::LanguageChange && columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    return QAbstractTableModel::event(event);
}

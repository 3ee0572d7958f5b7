// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/transactiontablemodel.h"

#include "models/displayformat.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

struct UnitTotal {
    QString units;
    bool isCurrency = true;
    double total = 0;
};

// Sums per unit, in the order the units first appear; units compare case-insensitively
// because the API itself mixes "usd" and "USD".
QList<UnitTotal> rewardTotals(const Transaction &transaction) {
    QList<UnitTotal> totals;
    for (const Reward &reward : transaction.rewards) {
        auto found = std::find_if(totals.begin(), totals.end(), [&](const UnitTotal &t) {
            return t.isCurrency == reward.isCurrency &&
                   t.units.compare(reward.amountUnits, Qt::CaseInsensitive) == 0;
        });
        if (found == totals.end())
            totals.append({reward.amountUnits, reward.isCurrency, reward.amount});
        else
            found->total += reward.amount;
    }
    return totals;
}

} // namespace

TransactionTableModel::TransactionTableModel(QObject *parent)
    : PagedTableModel(parent) {
}

QList<TransactionTableColumns::Column> TransactionTableColumns::columnsFor(ProgramKind kind) {
    switch (kind) {
    case ProgramKind::ReferAFriend:
        return {KeyColumn,    ActionColumn, AmountColumn, ReferredCustomerColumn,
                RewardColumn, CreatedColumn};
    case ProgramKind::Affiliate:
    case ProgramKind::Unknown:
        break;
    }
    return {KeyColumn, ActionColumn, AmountColumn, CustomerColumn, RewardColumn, CreatedColumn};
}

bool TransactionTableModel::isNumberColumn(Column column) const {
    return column == AmountColumn || column == RewardColumn;
}

const Transaction &TransactionTableModel::transactionAt(int row) const {
    Q_ASSERT(row >= 0 && row < m_items.size());
    return m_items.at(row);
}

QString TransactionTableModel::rewardText(const Transaction &transaction) {
    QStringList parts;
    for (const UnitTotal &total : rewardTotals(transaction))
        parts.append(DisplayFormat::amount(total.total, total.units, total.isCurrency));
    return parts.join(u", "_s);
}

double TransactionTableModel::rewardTotal(const Transaction &transaction) {
    double total = 0;
    for (const Reward &reward : transaction.rewards)
        total += reward.amount;
    return total;
}

QVariant TransactionTableModel::displayData(const Transaction &transaction, Column column) const {
    switch (column) {
    case KeyColumn:
        return transaction.key;
    case ActionColumn:
        return transaction.action;
    case AmountColumn:
        return DisplayFormat::amount(transaction.amount, transaction.amountUnits,
                                     transaction.isCurrency);
    case CustomerColumn:
        return transaction.customer;
    case ReferredCustomerColumn:
        return transaction.referredCustomer;
    case RewardColumn:
        return rewardText(transaction);
    case CreatedColumn:
        return DisplayFormat::dateTime(transaction.createdAt);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TransactionTableModel::sortData(const Transaction &transaction, Column column) const {
    switch (column) {
    case AmountColumn:
        return transaction.amount;
    case RewardColumn:
        return rewardTotal(transaction);
    case CreatedColumn:
        return transaction.createdAt;
    case KeyColumn:
    case ActionColumn:
    case CustomerColumn:
    case ReferredCustomerColumn:
        return displayData(transaction, column);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TransactionTableModel::toolTipData(const Transaction &transaction, Column column) const {
    switch (column) {
    case RewardColumn: {
        if (transaction.rewards.isEmpty())
            return tr("No reward for this transaction");
        QStringList lines;
        for (const Reward &reward : transaction.rewards) {
            const QString amount =
                DisplayFormat::amount(reward.amount, reward.amountUnits, reward.isCurrency);
            lines.append(reward.status.isEmpty() ? amount
                                                 : QString(amount % u" (" % reward.status % u')'));
        }
        return lines.join(u'\n');
    }
    case AmountColumn:
        if (transaction.credit)
            return tr("Credit");
        break;
    case CreatedColumn:
        if (transaction.deletedAt.isValid()) {
            return tr("%1, refunded %2")
                .arg(DisplayFormat::dateTime(transaction.createdAt, QLocale::LongFormat),
                     DisplayFormat::dateTime(transaction.deletedAt, QLocale::LongFormat));
        }
        return DisplayFormat::dateTime(transaction.createdAt, QLocale::LongFormat);
    default:
        break;
    }
    return displayAsToolTip(transaction, column);
}

QString TransactionTableModel::headerText(Column column) const {
    switch (column) {
    case KeyColumn:
        return tr("Key");
    case ActionColumn:
        return tr("Action");
    case AmountColumn:
        return tr("Amount");
    case CustomerColumn:
        return tr("Customer");
    case ReferredCustomerColumn:
        return tr("Referred customer");
    case RewardColumn:
        return tr("Reward");
    case CreatedColumn:
        return tr("Created");
    case ColumnCount:
        break;
    }
    return {};
}

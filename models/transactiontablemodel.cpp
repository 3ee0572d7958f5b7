#include "models/transactiontablemodel.h"

#include "models/displayformat.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr auto numberAlignment = Qt::AlignRight | Qt::AlignVCenter;

bool isNumberColumn(TransactionTableModel::Column column) {
    return column == TransactionTableModel::AmountColumn ||
           column == TransactionTableModel::RewardColumn;
}

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
    : QAbstractTableModel(parent)
    , m_columns(columnsFor(ProgramKind::Unknown)) {
}

QList<TransactionTableModel::Column> TransactionTableModel::columnsFor(ProgramKind kind) {
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

void TransactionTableModel::setProgramKind(ProgramKind kind) {
    if (kind == m_kind)
        return;
    beginResetModel();
    m_kind = kind;
    m_columns = columnsFor(kind);
    endResetModel();
}

TransactionTableModel::Column TransactionTableModel::columnAt(int section) const {
    if (section < 0 || section >= m_columns.size())
        return ColumnCount;
    return m_columns.at(section);
}

int TransactionTableModel::sectionOf(Column column) const {
    return static_cast<int>(m_columns.indexOf(column));
}

void TransactionTableModel::setPage(const Page<Transaction> &page) {
    beginResetModel();
    m_transactions = page.items;
    m_pageInfo = page.info;
    endResetModel();
}

void TransactionTableModel::clear() {
    setPage(Page<Transaction>());
}

const Transaction &TransactionTableModel::transactionAt(int row) const {
    Q_ASSERT(row >= 0 && row < m_transactions.size());
    return m_transactions.at(row);
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

int TransactionTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_transactions.size());
}

int TransactionTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant TransactionTableModel::data(const QModelIndex &index, int role) const {
    Q_ASSERT(checkIndex(index, CheckIndexOption::ParentIsInvalid));
    if (!index.isValid())
        return {};
    const Transaction &transaction = m_transactions.at(index.row());
    const Column column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(transaction, column);
    case Qt::EditRole:
    case SortRole:
        return sortData(transaction, column);
    case Qt::ToolTipRole:
        return toolTipData(transaction, column);
    case Qt::TextAlignmentRole:
        if (isNumberColumn(column))
            return QVariant::fromValue(Qt::Alignment(numberAlignment));
        return {};
    case TransactionRole:
        return QVariant::fromValue(transaction);
    default:
        return {};
    }
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
    const QVariant display = displayData(transaction, column);
    return display.toString().isEmpty() ? QVariant() : display;
}

QVariant TransactionTableModel::headerData(int section, Qt::Orientation orientation,
                                           int role) const {
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    const Column column = columnAt(section);
    if (column == ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole && isNumberColumn(column))
        return QVariant::fromValue(Qt::Alignment(numberAlignment));
    if (role != Qt::DisplayRole)
        return {};
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

Qt::ItemFlags TransactionTableModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> TransactionTableModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sort"_ba);
    names.insert(TransactionRole, "transaction"_ba);
    return names;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/bulk/bulkcreditmodel.h"

#include <QEvent>

#include "app/bulk/bulkcreditrunner.h"
#include "models/displayformat.h"

using namespace Qt::Literals::StringLiterals;

using RowResult = BulkCreditResult;

BulkCreditModel::BulkCreditModel(BulkCreditRunner *runner, QObject *parent)
    : QAbstractTableModel(parent)
    , m_runner(runner) {
    Q_ASSERT(runner);
    connect(runner, &BulkCreditRunner::rowsAboutToBeReplaced, this,
            &BulkCreditModel::beginResetModel);
    connect(runner, &BulkCreditRunner::rowsReplaced, this, &BulkCreditModel::endResetModel);
    connect(runner, &BulkCreditRunner::rowsChecked, this,
            [this] { rowsChanged(0, rowCount() - 1); });
    connect(runner, &BulkCreditRunner::rowChanged, this,
            [this](int row) { rowsChanged(row, row); });
}

void BulkCreditModel::rowsChanged(int first, int last) {
    first = qMax(first, 0);
    last = qMin(last, rowCount() - 1);
    if (first <= last)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void BulkCreditModel::setRunning(bool running) {
    if (m_running == running)
        return;
    m_running = running;
    Q_EMIT headerDataChanged(Qt::Horizontal, Check, Check);
    // "Ready" reads "To send" once the run started.
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Check), index(rowCount() - 1, Check));
}

int BulkCreditModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() || !m_runner ? 0 : int(m_runner->rows().size());
}

int BulkCreditModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BulkCreditModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Line:
        return tr("Line");
    case Customer_:
        return tr("Customer");
    case Amount:
        return tr("Amount");
    case Reason:
        return tr("Reason");
    case Check:
        return m_running ? tr("Result") : tr("Check");
    case Before:
        return tr("Before");
    case After:
        return tr("After");
    default:
        return {};
    }
}

QVariant BulkCreditModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BulkCreditRow &row = m_runner->rows().at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Line:
            return row.sourceLine > 0 ? QVariant(row.sourceLine) : QVariant();
        case Customer_:
            return row.customer ? row.customer->displayName() : row.customerText;
        case Amount:
            // A row with a problem shows what was given, not a rounded reading of it.
            if (!row.problem.isEmpty())
                return row.amountText.isEmpty() ? QString() : row.amountText + u' ' + row.unitsText;
            return DisplayFormat::amount(row.amount, row.units, row.isCurrency);
        case Reason:
            return row.reason;
        case Check:
            return checkText(row);
        case Before:
            return row.before ? DisplayFormat::amount(*row.before, row.units, row.isCurrency)
                              : QVariant();
        case After:
            return row.after ? DisplayFormat::amount(*row.after, row.units, row.isCurrency)
                             : QVariant();
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Amount || index.column() == Before ||
                                          index.column() == After || index.column() == Line))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == RowStateRole)
        return int(state(row));
    return {};
}

QString BulkCreditModel::checkText(const BulkCreditRow &row) const {
    switch (row.result) {
    case RowResult::Invalid:
        return row.problem;
    case RowResult::Held:
        return tr("Held back: %1").arg(row.blocked.isEmpty() ? row.repeat : row.blocked);
    case RowResult::NotSent:
        if (!row.repeat.isEmpty())
            return tr("Ready (repeat allowed): %1").arg(row.repeat);
        return m_running ? tr("To send") : tr("Ready");
    default:
        break;
    }
    const QString text = BulkCreditRunner::resultText(row.result);
    return row.detail.isEmpty() ? text : text + u": "_s + row.detail;
}

RowState BulkCreditModel::state(const BulkCreditRow &row) {
    switch (row.result) {
    case RowResult::Invalid:
    case RowResult::Failed:
        return RowState::Error;
    case RowResult::Held:
    case RowResult::Unknown:
        return RowState::Warning;
    case RowResult::Credited:
    case RowResult::Decided:
        return RowState::Success;
    default:
        return RowState::None;
    }
}

bool BulkCreditModel::event(QEvent *event) {
    if (event->type() == QEvent::LanguageChange && columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    return QAbstractTableModel::event(event);
}

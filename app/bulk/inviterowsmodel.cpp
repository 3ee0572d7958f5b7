// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/bulk/inviterowsmodel.h"

#include <QEvent>

using namespace Qt::Literals::StringLiterals;

InviteRowsModel::InviteRowsModel(bool preview, QObject *parent)
    : QAbstractTableModel(parent)
    , m_preview(preview) {
}

void InviteRowsModel::setSource(std::function<const QList<BulkInviteRow> *()> source) {
    beginResetModel();
    m_source = std::move(source);
    endResetModel();
}

void InviteRowsModel::replaceRows(const std::function<void()> &change) {
    beginResetModel();
    change();
    endResetModel();
}

void InviteRowsModel::setSendingRow(std::function<int()> sendingRow) {
    m_sendingRow = std::move(sendingRow);
}

void InviteRowsModel::rowUpdated(int row) {
    if (row >= 0 && row < rowCount())
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int InviteRowsModel::rowCount(const QModelIndex &parent) const {
    if (parent.isValid() || !m_source || !m_source())
        return 0;
    return int(m_source()->size());
}

int InviteRowsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InviteRowsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Line:
        return tr("Line");
    case Email:
        return tr("Email");
    case Name:
        return tr("Name");
    case Personalization:
        return tr("Personalization");
    case Status:
        return m_preview ? tr("Check") : tr("Result");
    default:
        return {};
    }
}

QVariant InviteRowsModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BulkInviteRow &row = m_source()->at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Line:
            return row.sourceLine;
        case Email:
            return row.email;
        case Name:
            return row.name;
        case Personalization: {
            QStringList pairs;
            for (const auto &[key, value] : row.personalization)
                pairs << key + u" = "_s + value;
            return pairs.join(u"; "_s);
        }
        case Status:
            return statusText(row, isSending(index.row()));
        default:
            return {};
        }
    }
    if (role == RowStateRole)
        return int(isSending(index.row()) ? RowState::None : state(row));
    if (role == Qt::TextAlignmentRole && index.column() == Line)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

bool InviteRowsModel::isSending(int row) const {
    return !m_preview && m_sendingRow && m_sendingRow() == row;
}

QString InviteRowsModel::statusText(const BulkInviteRow &row, bool sending) const {
    if (sending)
        return tr("Sending…");
    if (m_preview) {
        if (row.status == BulkRowStatus::Skipped)
            return tr("Skipped: %1").arg(row.detail);
        return tr("Ready");
    }
    QString text = BulkRunState::statusText(row.status);
    if (row.status == BulkRowStatus::Unknown && row.inFlight)
        return tr("Unknown: the console stopped while it was being sent");
    if (row.status == BulkRowStatus::Unknown && row.detail.isEmpty())
        return tr("Sending…");
    if (!row.detail.isEmpty())
        text += u": "_s + row.detail;
    return text;
}

RowState InviteRowsModel::state(const BulkInviteRow &row) const {
    switch (row.status) {
    case BulkRowStatus::Skipped:
    case BulkRowStatus::Failed:
        return RowState::Error;
    case BulkRowStatus::Unknown:
        return row.detail.isEmpty() && !row.inFlight ? RowState::None : RowState::Warning;
    case BulkRowStatus::Sent:
        return m_preview ? RowState::None : RowState::Success;
    case BulkRowStatus::Pending:
        return RowState::None;
    }
    return RowState::None;
}

bool InviteRowsModel::event(QEvent *event) {
    if (event->type() == QEvent::LanguageChange && columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    return QAbstractTableModel::event(event);
}

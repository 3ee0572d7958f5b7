// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/customerstatsmodel.h"

#include <QEvent>

#include "models/displayformat.h"
#include "models/fieldchecks.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace {

std::optional<double> number(const QString &text) {
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

} // namespace

CustomerStatsModel::CustomerStatsModel(QObject *parent)
    : QAbstractTableModel(parent) {
}

void CustomerStatsModel::setStats(const CustomerStats &stats) {
    beginResetModel();
    m_stats = stats;
    m_rows.clear();
    if (stats.clicks)
        m_rows.append({u"clicks"_s, QString::number(*stats.clicks)});
    if (stats.referrals)
        m_rows.append({u"referrals_count"_s, QString::number(*stats.referrals)});
    for (const auto &[key, value] : stats.other)
        m_rows.append({key, value});
    endResetModel();
}

int CustomerStatsModel::rowOfKey(const QString &key) const {
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).key == key)
            return row;
    }
    return -1;
}

QString CustomerStatsModel::labelFor(const QString &key) {
    const qsizetype dot = key.indexOf(u'.');
    const QString head = dot < 0 ? key : key.left(dot);
    const QString rest = dot < 0 ? QString() : key.mid(dot + 1);

    QString label;
    if (head == "clicks"_L1)
        label = tr("Clicks");
    else if (head == "referrals_count"_L1 || head == "referrals"_L1)
        label = tr("Referrals");
    else if (head == "signups"_L1)
        label = tr("Sign-ups");
    else if (head == "paid_accounts"_L1)
        label = tr("Paid accounts");
    else if (head == "sales_count"_L1)
        label = tr("Sales");
    else if (head == "revenue"_L1)
        label = tr("Revenue");
    else {
        label = head;
        label.replace(u'_', u' ');
        if (!label.isEmpty())
            label[0] = label.at(0).toUpper();
    }
    if (rest.isEmpty())
        return label;
    QString detail = rest;
    detail.replace(u'.', u' ');
    //: A statistic and the part of it a row shows, e.g. "Revenue (USD)".
    return tr("%1 (%2)").arg(label, detail);
}

int CustomerStatsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CustomerStatsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerStatsModel::data(const QModelIndex &index, int role) const {
    Q_ASSERT(checkIndex(index, CheckIndexOption::ParentIsInvalid));
    if (!index.isValid())
        return {};
    const Row &row = m_rows.at(index.row());
    const bool valueColumn = index.column() == ValueColumn;
    switch (role) {
    case Qt::DisplayRole: {
        if (!valueColumn)
            return labelFor(row.key);
        const std::optional<double> value = number(row.value);
        if (!value)
            return row.value;
        // "revenue.USD" -> "120,50 USD" in German; plain counts get the locale's grouping.
        const QString last = row.key.section(u'.', -1);
        if (FieldChecks::isCurrencyCode(last))
            return DisplayFormat::amount(*value, last, true);
        return QLocale().toString(*value, 'f', QLocale::FloatingPointShortest);
    }
    case Qt::ToolTipRole:
        return DisplayFormat::plainToolTip(row.key);
    case Qt::EditRole:
    case SortRole: {
        if (!valueColumn)
            return labelFor(row.key);
        const std::optional<double> value = number(row.value);
        return value ? QVariant(*value) : QVariant(row.value);
    }
    case Qt::TextAlignmentRole:
        if (valueColumn && number(row.value))
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case KeyRole:
        return row.key;
    default:
        return {};
    }
}

QVariant CustomerStatsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Statistic");
    case ValueColumn:
        return tr("Value");
    default:
        return {};
    }
}

Qt::ItemFlags CustomerStatsModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

bool CustomerStatsModel::event(QEvent *event) {
    if (event->type() == QEvent::LanguageChange && columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    return QAbstractTableModel::event(event);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/customerproxymodel.h"

#include "models/customertablemodel.h"

CustomerProxyModel::CustomerProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(CustomerTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

QVariant CustomerProxyModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        const QString title = QSortFilterProxyModel::headerData(section, orientation).toString();
        return tr("%1\nClick to sort the rows of this page only: the server gives no order "
                  "across pages. Right-click to choose columns.")
            .arg(title);
    }
    return QSortFilterProxyModel::headerData(section, orientation, role);
}

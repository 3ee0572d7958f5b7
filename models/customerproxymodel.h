// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

// Sorts the rows of the page shown, by the model's raw SortRole, and says so: the API has no
// sort order, so sorting here never reaches the rows of other pages.
class CustomerProxyModel final : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit CustomerProxyModel(QObject *parent = nullptr);

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

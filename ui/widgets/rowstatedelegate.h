// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

// Paints a row in the colours of the state its model gives through RowStateRole (a problem,
// a warning, done), taken from StateColorPalette so a dark theme reads as well as a light one.
// Its tooltips show the row's text as text: a CSV or server value is never rendered as markup.
class RowStateDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

#pragma once

#include <QStyledItemDelegate>

// Paints a row in the colours of the state its model gives through RowStateRole (a problem,
// a warning, done), taken from StateColorPalette so a dark theme reads as well as a light one.
class RowStateDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

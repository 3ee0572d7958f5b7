#include "ui/widgets/rowstatedelegate.h"

#include "models/rowstate.h"
#include "ui/widgets/statecolorpalette.h"

void RowStateDelegate::initStyleOption(QStyleOptionViewItem *option,
                                       const QModelIndex &index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    StateColorPalette::State state;
    switch (RowState(index.data(RowStateRole).toInt())) {
    case RowState::Error:
        state = StateColorPalette::State::Error;
        break;
    case RowState::Warning:
        state = StateColorPalette::State::Warning;
        break;
    case RowState::Success:
        state = StateColorPalette::State::Success;
        break;
    case RowState::None:
    default:
        return;
    }
    const StateColorPalette colors(option->palette);
    option->backgroundBrush = colors.background(state);
    option->palette.setColor(QPalette::Text, colors.textOnBackground());
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/rowstatedelegate.h"

#include "models/displayformat.h"
#include "models/rowstate.h"
#include "ui/widgets/statecolorpalette.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

bool RowStateDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                 const QStyleOptionViewItem &option, const QModelIndex &index) {
    if (event && view && index.isValid() && event->type() == QEvent::ToolTip) {
        const QVariant tip = index.data(Qt::ToolTipRole);
        if (tip.typeId() == QMetaType::QString) {
            const QString text = tip.toString();
            if (text.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(event->globalPos(), DisplayFormat::plainToolTip(text), view,
                                   view->visualRect(index));
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

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

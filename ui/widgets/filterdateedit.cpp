// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/filterdateedit.h"

FilterDateEdit::FilterDateEdit(QWidget *parent)
    : QDateEdit(parent) {
}

bool FilterDateEdit::focusNextPrevChild(bool next) {
    // Past QDateTimeEdit's section stepping, straight to the next widget.
    return QAbstractSpinBox::focusNextPrevChild(next);
}

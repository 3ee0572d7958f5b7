// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateEdit>

// A date edit for a filter, where the lowest date may stand for "any" (special value text).
// Tab leaves it at once: a QDateEdit otherwise moves Tab through its day, month and year, and
// while it shows the special text it keeps Tab for good, a trap for anyone on the keyboard.
// The arrow keys still move between the sections.
class FilterDateEdit final : public QDateEdit {
    Q_OBJECT

public:
    explicit FilterDateEdit(QWidget *parent = nullptr);

protected:
    bool focusNextPrevChild(bool next) override;
};

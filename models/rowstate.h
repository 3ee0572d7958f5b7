// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

// The state a row of a list is in (a problem, a warning, done), given by a model through
// RowStateRole so that the view colours it from the theme's palette: models know no colours.
enum class RowState { None, Error, Warning, Success };

inline constexpr int RowStateRole = Qt::UserRole + 0x100;

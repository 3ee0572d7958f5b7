// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// "partnero.api": method, path (no query), status and timing. Never headers, bodies or the
// key. Debug output is off unless enabled with QT_LOGGING_RULES="partnero.api.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcApi)

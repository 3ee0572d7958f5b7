// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

// GET /customers/{id}/stats: the shape is not documented, so known keys are picked out and
// everything else is kept as label/value rows for display.
struct CustomerStats {
    std::optional<qint64> clicks;
    std::optional<qint64> referrals;
    QList<QPair<QString, QString>> shareLinks; // network name -> URL
    QList<QPair<QString, QString>> other; // unknown keys, flattened ("revenue.USD" -> "120.50")
};

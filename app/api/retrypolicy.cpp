// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/api/retrypolicy.h"

#include <QRandomGenerator>

#include <algorithm>

int RetryPolicy::backoffMs(int retry) const {
    const int exponent = std::clamp(retry - 1, 0, 20);
    const qint64 full =
        std::min<qint64>(qint64(std::max(baseDelayMs, 0)) << exponent, std::max(maxDelayMs, 0));
    if (!jitter || full <= 1)
        return int(full);
    // "Equal jitter": at least half the delay, so retries never bunch up at zero.
    const qint64 half = full / 2;
    return int(half + QRandomGenerator::global()->bounded(half + 1));
}

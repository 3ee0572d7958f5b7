// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// When and how long a GET waits before it is sent again. Requests that change data are
// never retried, whatever this says.
struct RetryPolicy {
    int maxRetries = 3;      // retries after the first attempt
    int baseDelayMs = 500;   // first backoff; doubles with each retry
    int maxDelayMs = 8000;   // backoff ceiling
    int maxRetryAfterS = 60; // a longer Retry-After is not waited for: the call fails instead
    bool jitter = true;      // spreads retries of many clients apart

    // The backoff before retry number `retry` (1-based) when the server named no time.
    int backoffMs(int retry) const;
};

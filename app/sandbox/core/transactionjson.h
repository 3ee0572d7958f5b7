// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sandbox/core/jsonwriter.h"

namespace sandbox {

// The members every transaction record opens with, under the names the Partnero API gives them:
// the answers of both programs and the --data file write them alike. `Transaction` has `key`,
// `action` and `amount`.
template <typename Transaction> void writeTransactionOpening(JsonWriter &w, const Transaction &t) {
    w.key("key");
    w.string(t.key);
    w.key("action");
    w.string(t.action);
    w.key("amount");
    w.number(t.amount);
}

} // namespace sandbox

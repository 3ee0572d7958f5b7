// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sandbox/core/apimessage.h"

#include <QString>

namespace sandbox {

// Where the API reference is silent, more than one reading of it is plausible. The sandbox
// answers the one docs/sandbox.md names (Documented, the default) or, with --variant alt, the
// other (Alternative), so that a client can be tried against both. Where the reference speaks,
// both variants follow it.
enum class ApiVariant {
    Documented,
    // customers:search answers one object (or null), /referrals one unpaginated list, a 422
    // names each field's problem as one string, an affiliate customer's `partner` is the
    // partner's opaque id, and a credit answers {"status": 1} without the balance.
    Alternative,
};

// "doc" or "alt"; false (and *variant untouched) for any other name.
bool apiVariantFromName(const QString &name, ApiVariant *variant);
QString apiVariantName(ApiVariant variant);

// The Alternative reading of a validation answer: {"errors": {"field": ["a", "b"]}} becomes
// {"errors": {"field": "a b"}}. Anything else passes unchanged.
void joinValidationMessages(ApiResponse &response);

} // namespace sandbox

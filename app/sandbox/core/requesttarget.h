// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sandbox/core/apimessage.h"

#include <QUrl>

namespace sandbox {

// Fills the path, the decoded segments and the query of `request` from the request target, as
// every handler reads them. Kept apart from the server so that it can be fuzzed without a
// socket (tests/fuzz).
void readRequestTarget(const QUrl &url, ApiRequest *request);

} // namespace sandbox

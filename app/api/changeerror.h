// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/apierror.h"

#include <QCoreApplication>

// How a failed change is told to people. Differs from ApiError::sentence() where the outcome
// the error carries is unknown: nobody knows whether the change was made, and the person must
// check before trying again (the console never retries a change by itself).
class ChangeError final {
    Q_DECLARE_TR_FUNCTIONS(ChangeError)

public:
    static QString sentence(const ApiError &error);
};

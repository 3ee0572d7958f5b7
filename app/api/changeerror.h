#pragma once

#include "app/api/apierror.h"

#include <QCoreApplication>

// How a failed change is told to people. Differs from ApiError::sentence() where a change is
// concerned: after a dropped connection or a timeout nobody knows whether it was made, and the
// person must check before trying again (the console never retries a change by itself).
class ChangeError final {
    Q_DECLARE_TR_FUNCTIONS(ChangeError)

public:
    // The request may have reached the server: its outcome is unknown.
    static bool outcomeUnknown(const ApiError &error);
    static QString sentence(const ApiError &error);
};

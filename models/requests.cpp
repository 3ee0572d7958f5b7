// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/requests.h"

bool CustomerUpdate::isEmpty() const {
    return !key && !email && !name && !surname && !tags && !dateOfBirth;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/customer.h"

#include <QByteArray>

// A customer with the object exactly as the server sent it (compact JSON): what the customer
// index keeps and what a JSON-lines export writes, so that fields the console does not know
// are never lost on the way.
struct CustomerRecord {
    Customer customer;
    QByteArray json;
};

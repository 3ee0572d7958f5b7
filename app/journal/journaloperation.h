// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

// One change about to be sent to the API, as the journal records it before sending.
struct JournalOperation {
    // The operation's id when the caller has one (the API call's operation id), so that a
    // screen can name the operation it sent; the journal makes one when empty.
    QString opId;
    QString profileId;
    QString profileName;
    QString action;   // "credit", "update", "delete", "suspend", "invite", ...
    QString customer; // the customer's id or key as used in the path
    QString method;   // "POST", "PUT", "DELETE"
    QString path;     // e.g. "/v1/customers/abc/balance/credit"
    QJsonObject payload;
    QString reason; // typed by the person, for a credit
};

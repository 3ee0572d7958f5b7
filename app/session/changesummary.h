// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/customer.h"
#include "models/requests.h"

#include <QCoreApplication>
#include <QStringList>

// What an edit is about to change, in words, for the confirmation before it is sent:
// "Email: a@x.com → b@x.com", "Tags: +vip −new".
class ChangeSummary final {
    Q_DECLARE_TR_FUNCTIONS(ChangeSummary)

public:
    // One line per changed field, in the form's order.
    static QStringList lines(const Customer &before, const CustomerUpdate &update);
    // "+vip −new" (added first, then removed), or "all removed" for an empty list.
    static QString tagsDelta(const QStringList &before, const QStringList &after);
    // The question asked before saving: the lines, and the key warning when the key changes.
    static QString confirmationText(const Customer &before, const CustomerUpdate &update);

private:
    static QString shown(const QString &value);
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/bulk/bulkrunstate.h"
#include "app/bulk/csvreader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class Journal;

// Which CSV column holds what, for a bulk invitation (indexes into a record; -1: none).
struct InviteColumns {
    int email = -1;
    int name = -1;
    QList<int> personalization; // sent as personalization{<column name>: value}
};

// Turns a CSV table into the rows of a bulk invitation run (no widgets: the dialog and the
// headless runner of the tests share it). Every data record becomes a row, so that the
// results cover the whole file: rows that must not be sent are Skipped with the reason
// (no or an invalid address, a duplicate of an earlier line, invited from this console before).
class InviteCsv final {
    Q_DECLARE_TR_FUNCTIONS(InviteCsv)

public:
    // True when the first record looks like column names: no address in it, and either a
    // column called like "email" or a second record that has an address.
    static bool looksLikeHeader(const CsvTable &table);
    // The column names: the header's fields, or "Column 1", "Column 2", ...
    static QStringList columnNames(const CsvTable &table, bool hasHeader);
    // Email: a column named e-mail/email/mail/address, else the first one holding addresses.
    // Name: a column named name/first name/vorname. Every other non-empty column:
    // personalization.
    static InviteColumns guessColumns(const CsvTable &table, bool hasHeader);

    // The key an address is compared by: trimmed, lower case.
    static QString emailKey(const QString &email);

    // Addresses this console invited in `profileId`, with when (the newest), from the journal.
    // Invitations the server refused are left out; those with an unknown outcome count, since
    // they may well have arrived.
    static QHash<QString, QDateTime> invitedBefore(const Journal *journal,
                                                   const QString &profileId);

    struct Summary {
        int ready = 0;
        int invalid = 0; // no address, or not a valid one
        int duplicates = 0;
        int invitedBefore = 0;
    };

    // One row per data record. `invitedBefore` (emailKey -> time): rows skipped as invited
    // before, unless `includeInvitedBefore`.
    static QList<BulkInviteRow> buildRows(const CsvTable &table, bool hasHeader,
                                          const InviteColumns &columns,
                                          const QHash<QString, QDateTime> &invitedBefore = {},
                                          bool includeInvitedBefore = false,
                                          Summary *summary = nullptr);
};

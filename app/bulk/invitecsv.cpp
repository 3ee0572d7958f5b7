// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/bulk/invitecsv.h"

#include "app/journal/journal.h"
#include "models/fieldchecks.h"

#include <QLocale>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace {

bool isEmailName(const QString &name) {
    const QString n = CsvReader::headerKey(name);
    return n == "email"_L1 || n == "mail"_L1 || n == "emailaddress"_L1 || n == "address"_L1 ||
           n == "e-mail"_L1;
}

bool isNameName(const QString &name) {
    const QString n = CsvReader::headerKey(name);
    return n == "name"_L1 || n == "firstname"_L1 || n == "fullname"_L1 || n == "vorname"_L1 ||
           n == "givenname"_L1;
}

QString field(const QStringList &record, int index) {
    return index >= 0 && index < record.size() ? record.at(index).trimmed() : QString();
}

} // namespace

QString InviteCsv::emailKey(const QString &email) {
    return email.trimmed().toLower();
}

bool InviteCsv::looksLikeHeader(const CsvTable &table) {
    if (table.records.isEmpty())
        return false;
    const QStringList &first = table.records.first();
    bool namedEmail = false;
    for (const QString &value : first) {
        if (FieldChecks::isEmail(value.trimmed()))
            return false;
        namedEmail = namedEmail || isEmailName(value);
    }
    if (namedEmail)
        return true;
    if (table.records.size() < 2)
        return false;
    for (const QString &value : table.records.at(1)) {
        if (FieldChecks::isEmail(value.trimmed()))
            return true;
    }
    return false;
}

QStringList InviteCsv::columnNames(const CsvTable &table, bool hasHeader) {
    int columns = 0;
    for (const QStringList &record : table.records)
        columns = qMax(columns, int(record.size()));
    QStringList names;
    for (int i = 0; i < columns; ++i) {
        QString name =
            hasHeader && !table.records.isEmpty() ? field(table.records.first(), i) : QString();
        if (name.isEmpty())
            name = tr("Column %1").arg(i + 1);
        names << name;
    }
    return names;
}

InviteColumns InviteCsv::guessColumns(const CsvTable &table, bool hasHeader) {
    InviteColumns columns;
    const QStringList names = columnNames(table, hasHeader);
    if (hasHeader) {
        for (int i = 0; i < names.size(); ++i) {
            if (columns.email < 0 && isEmailName(names.at(i)))
                columns.email = i;
            else if (columns.name < 0 && isNameName(names.at(i)))
                columns.name = i;
        }
    }
    if (columns.email < 0) {
        // The first column that holds an address in the first data records.
        const int start = hasHeader ? 1 : 0;
        for (int r = start; r < qMin<int>(table.records.size(), start + 20) && columns.email < 0;
             ++r) {
            const QStringList &record = table.records.at(r);
            for (int i = 0; i < record.size(); ++i) {
                if (FieldChecks::isEmail(record.at(i).trimmed())) {
                    columns.email = i;
                    break;
                }
            }
        }
    }
    if (hasHeader) {
        for (int i = 0; i < names.size(); ++i) {
            if (i != columns.email && i != columns.name &&
                !field(table.records.first(), i).isEmpty())
                columns.personalization << i;
        }
    }
    return columns;
}

QHash<QString, QDateTime> InviteCsv::invitedBefore(const Journal *journal,
                                                   const QString &profileId) {
    QHash<QString, QDateTime> result;
    if (!journal)
        return result;
    JournalFilter filter;
    filter.action = u"invite"_s;
    const QList<JournalEntry> entries = journal->entries(filter);
    for (const JournalEntry &entry : entries) {
        if (entry.operation.profileId != profileId || entry.certainlyNotMade())
            continue;
        const QString key = emailKey(entry.operation.payload.value("email"_L1).toString());
        if (!key.isEmpty())
            result.insert(key, entry.time); // oldest first: the newest wins
    }
    return result;
}

QList<BulkInviteRow> InviteCsv::buildRows(const CsvTable &table, bool hasHeader,
                                          const InviteColumns &columns,
                                          const QHash<QString, QDateTime> &invitedBefore,
                                          bool includeInvitedBefore, Summary *summary) {
    QList<BulkInviteRow> rows;
    Summary counts;
    const QStringList names = columnNames(table, hasHeader);
    QHash<QString, int> firstLine; // emailKey -> CSV line of its first occurrence
    for (int r = hasHeader ? 1 : 0; r < table.records.size(); ++r) {
        const QStringList &record = table.records.at(r);
        BulkInviteRow row;
        row.sourceLine = table.lineNumbers.value(r, r + 1);
        row.email = field(record, columns.email);
        row.name = field(record, columns.name);
        for (int column : columns.personalization) {
            const QString value = field(record, column);
            if (!value.isEmpty() && column >= 0 && column < names.size())
                row.personalization.append({names.at(column), value});
        }
        const QString key = emailKey(row.email);
        if (row.email.isEmpty()) {
            row.status = BulkRowStatus::Skipped;
            row.detail = tr("No email address.");
            ++counts.invalid;
        } else if (!FieldChecks::isEmail(row.email)) {
            row.status = BulkRowStatus::Skipped;
            row.detail = tr("Not a valid email address.");
            ++counts.invalid;
        } else if (firstLine.contains(key)) {
            row.status = BulkRowStatus::Skipped;
            row.detail = tr("Duplicate of line %1.").arg(firstLine.value(key));
            ++counts.duplicates;
        } else if (invitedBefore.contains(key) && !includeInvitedBefore) {
            row.status = BulkRowStatus::Skipped;
            row.detail = tr("Invited from this console on %1.")
                             .arg(QLocale().toString(invitedBefore.value(key).toLocalTime(),
                                                     QLocale::ShortFormat));
            ++counts.invitedBefore;
        } else {
            ++counts.ready;
        }
        if (!key.isEmpty() && !firstLine.contains(key))
            firstLine.insert(key, row.sourceLine);
        rows.append(row);
    }
    if (summary)
        *summary = counts;
    return rows;
}

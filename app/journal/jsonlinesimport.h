// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/journal/journalentry.h"

#include <QList>
#include <QString>

// Reads a journal written by versions that kept it as JSON lines (journal.jsonl): a "begin"
// line per operation, then "outcome" and "decision" lines about it ("acknowledged" lines from
// older versions read as JournalDecision::Checked). The journal imports such a file once into
// its database.
class JsonLinesImport final {
public:
    // One decision as it was recorded; an operation keeps every one, the last counts.
    struct Decision {
        JournalDecision decision = JournalDecision::None;
        QDateTime time;
        QString decidedBy;
        QString sentAgainAs;
    };
    // One operation: its begin line with the last outcome, and its decisions oldest first.
    struct Operation {
        JournalEntry entry;
        QList<Decision> decisions;
    };

    // Reads the whole file. False (and a reason) only when it cannot be opened; lines that
    // cannot be read are counted in unreadableLines(), never dropped without a word.
    bool read(const QString &filePath, QString *reason = nullptr);

    // In the order of their begin lines.
    const QList<Operation> &operations() const { return m_operations; }
    // Torn or damaged lines, unknown kinds of line, and lines about an operation whose begin
    // line is missing.
    int unreadableLines() const { return m_unreadable; }

    // True when the file starts like a SQLite database, not like JSON lines: a database that
    // happens to be named journal.jsonl is never imported (nor renamed).
    static bool isSqliteFile(const QString &filePath);

private:
    QList<Operation> m_operations;
    int m_unreadable = 0;
};

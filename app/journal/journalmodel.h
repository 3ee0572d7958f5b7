// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/journal/journalentry.h"

#include <QAbstractTableModel>
#include <QList>

// The journal as a table: one row per operation (its begin line merged with its outcome).
// Qt Core only: the view decides how a row that needs a decision looks (NeedsDecisionRole).
class JournalModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        ProfileColumn,
        ByColumn, // who made the change (madeByName, or the user when no name was recorded)
        ActionColumn,
        CustomerColumn,
        AmountColumn,
        OutcomeColumn,
        DecisionColumn,
        HttpStatusColumn,
        ChangesColumn, // what was sent, field by field ("email: b@x.com; tags: vip")
        DetailColumn,
        ReasonColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        // Raw values for a sort proxy: QDateTime, QString, int.
        SortRole = Qt::UserRole + 1,
        // The whole JournalEntry (QVariant::value<JournalEntry>()).
        EntryRole,
        // bool: the outcome is unknown and nobody has decided (JournalEntry::needsDecision()).
        NeedsDecisionRole,
        // QString: the operation id.
        OpIdRole,
    };
    Q_ENUM(Role)

    explicit JournalModel(QObject *parent = nullptr);

    // A language switch reaches the model through the widget that owns it (QWidget passes
    // QEvent::LanguageChange to its children): the views ask for the headers again.
    bool event(QEvent *event) override;

    // Replaces every row in one model reset.
    void setEntries(const QList<JournalEntry> &entries);
    void clear();
    const QList<JournalEntry> &entries() const { return m_entries; }
    // `row` must be valid.
    const JournalEntry &entryAt(int row) const;
    int needingDecisionCount() const;

    // How people read an action id ("revoke_archive" -> "Restore") and an outcome.
    static QString actionText(const QString &action);
    static QString outcomeText(const JournalEntry &entry);
    // A credit's amount and units ("10.00 USD", "150 points"); empty for other actions.
    static QString amountText(const JournalEntry &entry);
    // The fields a change sent, in words: "email: b@x.com; tags: vip, new". A credit's amount
    // and unit are left to the Amount column. `separator` joins the fields.
    static QString changesText(const JournalEntry &entry,
                               const QString &separator = QStringLiteral("; "));
    // Who made the change: the name they chose, "Anna Berg (anna)" when it differs from the
    // user; empty for operations journaled before this was recorded.
    static QString madeByText(const JournalEntry &entry);
    // "It went through (anna, 4 Dec 2026 14:02)"; empty when nobody decided.
    static QString decisionText(const JournalEntry &entry);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QVariant displayData(const JournalEntry &entry, int column) const;
    QVariant sortData(const JournalEntry &entry, int column) const;
    QVariant toolTipData(const JournalEntry &entry, int column) const;

    QList<JournalEntry> m_entries;
};

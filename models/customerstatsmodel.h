// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/customerstats.h"

#include <QAbstractTableModel>
#include <QList>

// A customer's stats as label/value rows: clicks and referrals first, then whatever else the
// server sent, in its order. Share links are not rows (the UI offers them as links): see
// stats().shareLinks.
class CustomerStatsModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NameColumn, ValueColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // the label; the value as a number when it is one
        KeyRole,                     // the server's key, e.g. "revenue.USD"
    };
    Q_ENUM(Role)

    explicit CustomerStatsModel(QObject *parent = nullptr);

    void setStats(const CustomerStats &stats);
    const CustomerStats &stats() const { return m_stats; }
    // The row of a server key ("clicks", "revenue.USD"), or -1.
    int rowOfKey(const QString &key) const;

    // "paid_accounts" -> "Paid accounts", "revenue.USD" -> "Revenue (USD)"; known keys translated.
    static QString labelFor(const QString &key);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // A language switch reaches the model through the widget that owns it (QWidget passes
    // QEvent::LanguageChange to its children): the views ask for the headers again.
    bool event(QEvent *event) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Row {
        QString key;
        QString value; // as the server gave it
    };

    CustomerStats m_stats;
    QList<Row> m_rows;
};

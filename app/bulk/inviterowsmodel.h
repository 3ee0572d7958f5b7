// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/bulk/bulkrunstate.h"
#include "models/rowstate.h"

#include <QAbstractTableModel>

#include <functional>

// The rows of a bulk invitation or of its preview, one line each, tinted by status. Reads the
// rows through a function so that it can follow the preview list or the run state without
// copying: a new list goes through setSource() or replaceRows() (a reset), a row that changes
// in place through rowUpdated() (dataChanged).
class InviteRowsModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Line, Email, Name, Personalization, Status, ColumnCount };

    // `preview`: the rows before the run ("Check" column, "Ready"); else the run's results.
    explicit InviteRowsModel(bool preview, QObject *parent = nullptr);

    void setSource(std::function<const QList<BulkInviteRow> *()> source);
    // Runs `change`, which replaces the list the source returns, inside a model reset.
    void replaceRows(const std::function<void()> &change);
    // The row the runner is sending right now (-1: none): shown as "Sending…", not as a row
    // left unknown by an interrupted run, although both are in flight in the run state.
    void setSendingRow(std::function<int()> sendingRow);
    void rowUpdated(int row);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    // A language switch reaches the model through the widget that owns it (QWidget passes
    // QEvent::LanguageChange to its children): the views ask for the headers again.
    bool event(QEvent *event) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    bool isSending(int row) const;
    QString statusText(const BulkInviteRow &row, bool sending) const;
    RowState state(const BulkInviteRow &row) const;

    bool m_preview;
    std::function<const QList<BulkInviteRow> *()> m_source;
    std::function<int()> m_sendingRow;
};

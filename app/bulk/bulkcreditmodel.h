// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/rowstate.h"

#include <QAbstractTableModel>
#include <QPointer>

class BulkCreditRunner;
struct BulkCreditRow;

// The rows of a bulk credit as a table: checked before the run, with their result and the
// balance before and after during it. Follows its runner: a new list resets the model, a
// check or a row's progress changes the contents in place (dataChanged).
class BulkCreditModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Line, Customer_, Amount, Reason, Check, Before, After, ColumnCount };

    // `runner` is not owned.
    explicit BulkCreditModel(BulkCreditRunner *runner, QObject *parent = nullptr);

    // The check column says "Result" during the run, "Check" before.
    void setRunning(bool running);
    bool isRunning() const { return m_running; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    // A language switch reaches the model through the widget that owns it (QWidget passes
    // QEvent::LanguageChange to its children): the views ask for the headers again.
    bool event(QEvent *event) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void rowsChanged(int first, int last);
    QString checkText(const BulkCreditRow &row) const;
    static RowState state(const BulkCreditRow &row);

    QPointer<BulkCreditRunner> m_runner;
    bool m_running = false;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/apicall.h"
#include "app/api/apiresult.h"
#include "models/customer.h"

#include <QDialog>
#include <QList>
#include <QPointer>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

// One change applied to several customers: one request at a time (never in parallel, so a
// refusal or a rate limit stops nothing else from being sent twice), with progress, a result
// per row (done, or the error sentence) and Cancel, which stops before the next request; the
// request in flight is never aborted because it may already have been applied. Nothing is
// retried.
class BulkActionDialog final : public QDialog {
    Q_OBJECT

public:
    using Operation =
        std::function<ApiCall *(const Customer &, QObject *context, ApiCallback<void> done)>;
    enum class RowState { Waiting, Running, Succeeded, Failed, NotSent };

    // `title` names the action ("Suspend customers"); `operation` starts one request.
    BulkActionDialog(const QString &title, const QList<Customer> &customers, Operation operation,
                     QWidget *parent = nullptr);

    // Sends the first request; the rest follow one by one.
    void start();
    // Stops before the next request (the one in flight finishes and is shown).
    void cancel();

    bool isRunning() const { return m_started && !m_done; }
    bool isDone() const { return m_done; }
    bool isCancelled() const { return m_cancelled; }
    int count() const { return int(m_customers.size()); }
    const Customer &customerAt(int row) const { return m_customers.at(row); }
    RowState rowState(int row) const { return m_states.at(row); }
    QString resultText(int row) const;
    QList<Customer> succeeded() const;
    int failedCount() const;

    QTableWidget *table() const { return m_table; }
    QProgressBar *progressBar() const { return m_progress; }
    // Cancel while running, Close once done.
    QPushButton *closeButton() const { return m_close; }

    void reject() override;

Q_SIGNALS:
    void customerSucceeded(const Customer &customer);
    void customerFailed(const Customer &customer, const ApiError &error);
    // Every row has its result (or was not sent after a cancel).
    void allDone(int succeeded, int failed);

private:
    void next();
    void setRow(int row, RowState state, const QString &text);
    void finish();

    QList<Customer> m_customers;
    Operation m_operation;
    QList<RowState> m_states;
    QLabel *m_summary;
    QTableWidget *m_table;
    QProgressBar *m_progress;
    QPushButton *m_close;
    QPointer<ApiCall> m_call;
    int m_current = -1;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_done = false;
};

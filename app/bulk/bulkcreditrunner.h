// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/apierror.h"
#include "app/bulk/csvreader.h"
#include "models/balance.h"
#include "models/customer.h"

#include <QDeadlineTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

class QTimer;
class Session;

// What became of one row of a bulk credit.
enum class BulkCreditResult {
    NotSent,   // not (yet) sent
    Invalid,   // a problem in the row: never sent
    Held,      // repeats a credit: held back
    Credited,  // the server said so
    Decided,   // the outcome was unknown and the person decided it went through
    Failed,    // refused, or the customer / balance could not be found: nothing happened
    Unknown,   // may or may not have gone through; the person left it open
    Cancelled, // the run was cancelled before this row
};

// One credit of a bulk run: as given (CSV line or selected customer), as checked, and its
// outcome with the balance before and after.
struct BulkCreditRow {
    int sourceLine = 0;               // CSV line, or 0 for a selected customer
    QString customerText;             // as given: key, id or e-mail
    std::optional<Customer> customer; // when it came from the selection
    QString amountText;               // as given; empty: the shared amount
    QString unitsText;                // as given; empty: the shared units
    QString reasonText;               // as given; empty: the shared reason
    // Checked values.
    double amount = 0;
    QString units;
    bool isCurrency = true;
    QString reason;
    QString problem; // why it cannot be sent (Invalid)
    QString repeat;  // why it is held back (Held) unless repeats are allowed
    // An earlier credit to this customer needs a decision: held back even when repeats are
    // allowed, until a person decides it (in the journal window).
    QString blocked;
    // Outcome.
    BulkCreditResult result = BulkCreditResult::NotSent;
    QString detail;
    QString identifier; // the path value the credit went to
    QString opId;       // the journal's operation of the credit sent
    std::optional<double> before;
    std::optional<double> after;
};

// Credits several refer-a-friend customers one after the other (no widgets: the dialog and
// the tests share it):
//
//   check(): every row is checked before anything is sent (an amount more than zero with the
//   decimals its units allow, a reason, a customer); rows that repeat a credit (the same
//   customer and amount twice in the list, or credited by this console in the last 10
//   minutes) are held back unless repeats are allowed; rows whose customer has an earlier
//   credit waiting for a decision are always held back
//   -> start(): one customer after the other, under the rules of the single credit: the
//   balance is read before, every request goes through the journal with its reason, nothing
//   is ever sent twice on its own. After an unknown outcome (timeout, dropped connection) the
//   run stops, reads the balance again and asks (unknownOutcome(), answered by decide());
//   after a 429 the row is marked failed (nothing was credited) and the queue waits as the
//   server asks before the next row; retryFailed() sends refused rows again on the person's
//   word. cancel() stops after the credit on its way.
//
// A bulk credit keeps no state on disk of its own: the journal holds every credit before it
// leaves, and the repeat check reads it, so an interrupted run is not resumed but its credits
// are held back when the same list is loaded again.
class BulkCreditRunner final : public QObject {
    Q_OBJECT

public:
    using Row = BulkCreditRow;
    using RowResult = BulkCreditResult;

    enum class Stage { Preparing, Running, Asking, Finished };
    Q_ENUM(Stage)

    // The person's answer about a credit whose outcome is unknown.
    enum class Decision {
        WentThrough,         // credited, on the person's word
        LeaveUnknown,        // not sent again; the run goes on
        LeaveUnknownAndStop, // not sent again; the rest is cancelled
    };

    // What the person typed for every row that gives no amount, units or reason of its own.
    struct Shared {
        QString amountText;
        QString units;
        QString reason;
        bool allowRepeats = false;
    };

    // An amount read from text: `value` even when there is a problem (0 when not a number).
    struct Amount {
        double value = 0;
        QString problem; // empty: fine
    };
    // Reads `text` for `units`: from a file (`fromFile`: the C locale first, then the
    // person's) or as typed in the person's locale. Reading amounts as people write them
    // belongs to the form, so the dialog gives it; without one, only the C locale is read.
    using AmountReader = std::function<Amount(const QString &text, bool fromFile, bool isCurrency,
                                              const QString &units)>;

    // `session` is not owned.
    explicit BulkCreditRunner(Session *session, QObject *parent = nullptr);
    ~BulkCreditRunner() override;

    void setAmountReader(AmountReader reader) { m_readAmount = std::move(reader); }

    // The rows of a CSV file: columns by name when the first line names them (English or
    // German), else customer, amount, units, reason in that order.
    static QList<Row> rowsFromCsv(const CsvTable &table);
    static QList<Row> rowsFromCustomers(const QList<Customer> &customers);
    // Replaces the rows (only while preparing); check() them afterwards.
    bool setRows(const QList<Row> &rows);
    // Checks every row against the shared values and the journal (only while preparing).
    void check(const Shared &shared);

    const QList<Row> &rows() const { return m_rows; }
    int sendableCount() const;
    Stage stage() const { return m_stage; }
    // A request of the run is on its way.
    bool isBusy() const { return m_busy; }
    bool isCancelRequested() const { return m_cancelRequested; }
    // The server asked to slow down: waiting before the next row.
    bool isWaiting() const;
    int waitRemainingMs() const;
    int currentRow() const { return m_current; }

    // Sends the checked rows. False when nothing can be sent or the run is not preparing.
    bool start();
    // Stops after the credit on its way (never aborts it: its outcome would be unknown).
    void cancel();
    // The answer to unknownOutcome(): the row's balance after is the one read again. The
    // decision is journaled with who and when (LeaveUnknown as "decide later").
    void decide(int row, Decision decision);
    // After a finished run: failed rows (nothing was credited) back to be sent, and the run
    // goes on with them. Returns how many.
    int retryFailed();
    int count(RowResult result) const;

    // Writes the result per row (line, customer, amount, units, reason, result, detail,
    // balance before and after).
    bool exportResults(const QString &path, QString *errorMessage = nullptr) const;

    static QString resultText(RowResult result);

Q_SIGNALS:
    // setRows(): the list is about to be replaced, and has been.
    void rowsAboutToBeReplaced();
    void rowsReplaced();
    // check(): the contents of every row may have changed (the list is the same).
    void rowsChecked();
    void rowChanged(int row);
    // A row's turn came: its customer is being looked up or its balance read.
    void rowStarted(int row);
    void stageChanged(BulkCreditRunner::Stage stage);
    // The server asked to slow down: the next row waits `waitMs`.
    void waiting(int waitMs);
    // A row was credited (or decided as such) with the balance the server reported.
    void credited(const Customer &customer, const Balance &newBalance);
    // A credit may or may not have gone through: the run waits for decide(). `now` is the
    // balance read again afterwards, or empty with `readError`.
    void unknownOutcome(int row, const ApiError &error, const std::optional<Balance> &now,
                        const ApiError &readError);
    void finished();

private:
    void setStage(Stage stage);
    void nextRow();
    void resolveCustomer(int row);
    void readBefore(int row);
    void sendCredit(int row);
    void onCredit(int row, const Balance *balance, const ApiError &error);
    void finishRow(int row, RowResult result, const QString &detail);
    void finishRun();
    Amount readAmount(const QString &text, bool fromFile, bool isCurrency,
                      const QString &units) const;
    Customer customerOf(const Row &row) const;

    QPointer<Session> m_session;
    AmountReader m_readAmount;
    QList<Row> m_rows;
    bool m_allowRepeats = false;
    Stage m_stage = Stage::Preparing;
    int m_current = -1;
    bool m_busy = false;
    bool m_cancelRequested = false;
    int m_backoffMs = 0;
    QDeadlineTimer m_waitUntil;
    QTimer *m_waitTimer = nullptr;
    std::optional<Balance> m_askedNow; // read again after an unknown outcome
};

#pragma once

#include "app/api/apierror.h"
#include "app/bulk/csvreader.h"
#include "app/journal/journalentry.h"
#include "models/balance.h"
#include "models/customer.h"

#include <QDeadlineTimer>
#include <QDialog>
#include <QPointer>

#include <optional>

class AmountValidator;
class BulkCreditModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;
class Session;

// Credits several refer-a-friend customers, from the customers selected in the main window or
// from a CSV file (customer key/id or e-mail, amount, units, reason):
//
//   prepare: every row is checked before anything is sent (amount in the person's locale or
//   with a dot, more than zero, two decimals for money, whole points; a reason; a customer);
//   rows that repeat a credit (the same customer and amount twice in the list, or credited by
//   this console in the last 10 minutes) are held back unless the person allows them
//   -> run: one customer after the other, under the rules of the single credit: the balance is
//   read before, every request goes through the journal with its reason, nothing is ever sent
//   twice on its own. After an unknown outcome (timeout, dropped connection) the run stops,
//   reads the balance again and asks the person; after a 429 the row is marked failed (nothing
//   was credited) and the queue waits as the server asks before the next row; "Retry failed
//   rows…" sends refused rows again on the person's word. Cancel stops after the credit on its
//   way. A result per row, exportable as CSV.
class BulkCreditDialog final : public QDialog {
    Q_OBJECT

public:
    enum class RowResult {
        NotSent,   // not (yet) sent
        Invalid,   // a problem in the row: never sent
        Held,      // repeats a credit: held back
        Credited,  // the server said so
        Decided,   // the outcome was unknown and the person decided it went through
        Failed,    // refused, or the customer / balance could not be found: nothing happened
        Unknown,   // may or may not have gone through; the person left it open
        Cancelled, // the run was cancelled before this row
    };
    Q_ENUM(RowResult)

    struct Row {
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
        // Outcome.
        RowResult result = RowResult::NotSent;
        QString detail;
        QString identifier; // the path value the credit went to
        std::optional<double> before;
        std::optional<double> after;
    };

    enum class Stage { Preparing, Running, Asking, Finished };
    Q_ENUM(Stage)

    BulkCreditDialog(Session *session, const QList<Customer> &selected, QWidget *parent = nullptr);
    ~BulkCreditDialog() override;

    // Currencies offered for the shared units (e.g. the program overview's currency).
    void setProgramCurrencies(const QStringList &codes);
    bool loadCsv(const QString &path);

    const QList<Row> &rows() const { return m_rows; }
    int sendableCount() const;
    Stage stage() const { return m_stage; }
    // After "Credit N customers…" was confirmed.
    bool startRun();
    bool exportResults(const QString &path, QString *errorMessage = nullptr) const;

    static QString resultText(RowResult result);

Q_SIGNALS:
    // A row was credited (or decided as such) with the balance the server reported.
    void credited(const Customer &customer, const Balance &newBalance);
    void runFinished();

public Q_SLOTS:
    void reject() override; // while a credit is on its way: waits; otherwise asks to stop

private:
    QWidget *buildPreparePage();
    QWidget *buildRunPage();
    void showPage(int index);
    void fillUnits();
    void validateRows();
    void updatePrepare();
    void startClicked();
    void nextRow();
    void resolveCustomer(int row);
    void readBefore(int row);
    void sendCredit(int row);
    void onCredit(int row, const Balance *balance, const ApiError &error);
    void askAboutUnknown(int row, const ApiError &error, const std::optional<Balance> &now,
                         const ApiError &readError);
    void finishRow(int row, RowResult result, const QString &detail);
    void finishRun();
    void updateRun();
    void chooseFile();
    void exportClicked();
    void retryFailedClicked();

    QPointer<Session> m_session;
    QList<Row> m_rows;
    QString m_sourcePath;
    QStringList m_programCurrencies;
    Stage m_stage = Stage::Preparing;
    int m_current = -1;
    bool m_busy = false; // a request of the run is on its way
    bool m_cancelRequested = false;
    bool m_closeWhenIdle = false;
    int m_backoffMs = 0;
    QDeadlineTimer m_waitUntil;
    QTimer *m_waitTimer = nullptr;

    QList<QWidget *> m_pages;
    QLabel *m_sourceLabel = nullptr;
    QLabel *m_fileProblem = nullptr;
    QLineEdit *m_amount = nullptr;
    AmountValidator *m_validator = nullptr;
    QComboBox *m_units = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_sharedHint = nullptr;
    QCheckBox *m_allowRepeats = nullptr;
    QTableView *m_prepareView = nullptr;
    BulkCreditModel *m_model = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_start = nullptr;

    QProgressBar *m_progress = nullptr;
    QLabel *m_runStatus = nullptr;
    QTableView *m_runView = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_retryFailed = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_close = nullptr;
};

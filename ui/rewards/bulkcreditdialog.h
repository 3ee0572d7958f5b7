// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/bulk/bulkcreditrunner.h"
#include "app/bulk/csvreader.h"
#include "models/balance.h"
#include "models/customer.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class CsvEncodingRow;
class AmountValidator;
class BulkCreditModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
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
//
// The checks and the run are BulkCreditRunner's (app/bulk); this dialog gathers what the
// person types, shows the rows (BulkCreditModel) and asks the questions.
class BulkCreditDialog final : public QDialog {
    Q_OBJECT

public:
    using RowResult = BulkCreditResult;
    using Row = BulkCreditRow;
    using Stage = BulkCreditRunner::Stage;

    BulkCreditDialog(Session *session, const QList<Customer> &selected, QWidget *parent = nullptr);
    ~BulkCreditDialog() override;

    // Currencies offered for the shared units (e.g. the program overview's currency).
    void setProgramCurrencies(const QStringList &codes);
    bool loadCsv(const QString &path, CsvEncoding encoding = CsvEncoding::Auto);

    const QList<Row> &rows() const;
    int sendableCount() const;
    Stage stage() const;
    BulkCreditRunner *runner() const { return m_runner; }
    // After "Credit N customers…" was confirmed.
    bool startRun();
    // With a team store: why the run cannot start (rows above the approval threshold, or the
    // store out of reach); empty when it can.
    QString fourEyesRefusal() const;
    bool exportResults(const QString &path, QString *errorMessage = nullptr) const;

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
    void askAboutUnknown(int row, const ApiError &error, const std::optional<Balance> &now,
                         const ApiError &readError);
    void onFinished();
    void updateRun();
    void chooseFile();
    void exportClicked();
    void retryFailedClicked();

    QPointer<Session> m_session;
    BulkCreditRunner *m_runner = nullptr;
    QString m_sourcePath;
    QStringList m_programCurrencies;
    bool m_closeWhenIdle = false;

    QList<QWidget *> m_pages;
    QLabel *m_sourceLabel = nullptr;
    QLabel *m_fileProblem = nullptr;
    CsvEncodingRow *m_encodingRow = nullptr;
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

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/apierror.h"
#include "app/journal/journalentry.h"
#include "models/balance.h"
#include "models/customer.h"
#include "models/requests.h"

#include <QDialog>
#include <QPointer>
#include <QStringList>

#include <optional>

class AmountValidator;
class ApiCall;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;
class Session;
struct ApprovalRequest;

// Credits a refer-a-friend customer's reward balance, one careful step at a time:
//
//   form (amount in the person's locale, units, a required reason)
//   -> confirmation (customer, amount, balance before and after; a warning when this console
//      credited the same amount to the same customer in the last 10 minutes)
//   -> sending (every button locked until the answer; "Stop waiting" leaves at any time, and
//      the outcome is then unknown)
//   -> done, or refused (nothing happened; back to the confirmation),
//      or UNKNOWN (a 5xx, timeout, dropped connection, stop waiting): the balance is read
//      again and the person decides between "It went through", "It was not made", "Send
//      again…" (confirmed once more) and "Decide later". Nothing is ever sent again on its
//      own, and every decision is journaled with who and when.
//
// While an earlier credit to the same customer waits for a decision (its outcome unknown),
// the form is blocked, with that decision one click away: a second credit on top of one that
// may have gone through is how balances get credited twice.
//
// Amounts above the limit per unit set in Preferences are refused before anything is sent.
// The reason goes to the journal with the request (the API has no field for it).
// Widgets carry object names (amountEdit, unitsCombo, reasonEdit, reviewButton,
// confirmButton, ...) for tests and the screenshot tool.
class CreditDialog final : public QDialog {
    Q_OBJECT

public:
    enum class Stage {
        Loading,    // reading the balance
        LoadFailed, // the balance could not be read: nothing can be credited yet
        Form,
        Confirm,
        Sending,
        Rereading, // the outcome is unknown: reading the balance again
        Unknown,   // waiting for the person's decision
        Done,
    };
    Q_ENUM(Stage)

    CreditDialog(Session *session, const Customer &customer, QWidget *parent = nullptr);
    ~CreditDialog() override;

    // Currencies the program rewards in, offered after the customer's own (e.g. the program
    // overview's currency). Call before the balance arrives or any time on the form.
    void setProgramCurrencies(const QStringList &codes);
    // Fills the form (e.g. "credit again" from the journal). Locale-formatted amount.
    void setDraft(double amount, const QString &units, const QString &reason);
    // Four eyes: this dialog approves and sends `request`, which another person asked for.
    // The form is filled and locked; the confirmation's button approves and sends at once (if
    // somebody else decided first, nothing is sent and the dialog says who).
    void setApproval(const ApprovalRequest &request);

    Stage stage() const { return m_stage; }
    Customer customer() const { return m_customer; }
    // The balance read when the dialog opened (or before the last "Send again").
    Balance balanceBefore() const { return m_before; }

    // "3.00 USD · 120 points", or "Nothing yet".
    static QString balanceText(const Balance &balance);
    // The amount held in `units` (0 when the balance has none).
    static double amountIn(const Balance &balance, const QString &units);
    // `balance` with `amount` added to `units` (a new entry when it had none).
    static Balance withCredit(const Balance &balance, const CreditRequest &credit);

Q_SIGNALS:
    // The credit went through (the server said so, or the person decided it did after an
    // unknown outcome). `newBalance` is the balance the server reported or was read again.
    void credited(const Customer &customer, const Balance &newBalance);

public Q_SLOTS:
    // Refused while a credit or the reconciling read is on its way: its answer must be seen.
    void reject() override;

private:
    struct UnitChoice {
        QString units;
        bool isCurrency = true;
        int maxDecimals = 2;
    };

    QWidget *buildFormPage();
    QWidget *buildConfirmPage();
    QWidget *buildUnknownPage();
    QWidget *buildDonePage();

    void setStage(Stage stage);
    void fitToContents();
    void readBalance();
    void onBalanceRead(const Balance &balance);
    void fillUnits();
    std::optional<UnitChoice> currentUnit() const;
    void updateForm();
    void review();
    void showConfirm();
    void armConfirm();
    void updateConfirmEnabled();
    void confirm();
    void send();
    // Four eyes (a profile with a team store): whether this credit must wait for another
    // person, said on the confirmation; asking files the request instead of sending.
    void showTeamApproval();
    void askForApproval();
    bool approveBeforeSending();
    void recordApprovedSent();
    void applyApprovalDraft();
    void onCreditAnswered(const Balance *balance, const ApiError &error);
    void rereadBalance();
    void showUnknown();
    void wentThrough();
    void notMade();
    void decideLater();
    void stopWaiting();
    void sendAgain();
    // Journals the person's decision on `opId` (the credit sent last when empty); false (and
    // a sentence shown) when the journal could not be written.
    bool journalDecision(JournalDecision decision, const QString &sentAgainAs = {},
                         const QString &opId = {});
    // Earlier credits of this profile to this customer that still need a decision.
    QList<JournalEntry> undecidedCredits() const;
    void updateBlock();
    void decideBlocking(JournalDecision decision);
    void finishDone(const Balance &balance, bool decidedByPerson);
    // The largest single credit in the form's unit (Preferences).
    double creditLimit(const UnitChoice &unit) const;
    QString amountText() const;
    QStringList customerIds() const;

    QPointer<Session> m_session;
    Customer m_customer;
    Stage m_stage = Stage::Loading;
    Balance m_before;
    std::optional<Balance> m_now; // read again after an unknown outcome
    ApiError m_nowError;
    ApiError m_sendError;
    QStringList m_programCurrencies;
    QList<UnitChoice> m_units;
    CreditRequest m_pending;
    QString m_pendingReason;
    bool m_resend = false;
    QString m_sentOpId;     // the journal's id of the credit sent last
    QString m_previousOpId; // the unknown credit that "Send again" repeats
    QString m_blockingOpId; // the undecided earlier credit shown on the form
    QPointer<ApiCall> m_rereadCall;
    bool m_amountTouched = false;
    bool m_reasonTouched = false;
    bool m_armed = false;
    bool m_hasRecent = false;
    QPointer<ApiCall> m_call;
    bool m_mustAsk = false;    // above the team's threshold: confirm asks for approval
    QString m_approvalId;      // the request this dialog approves and sends
    QString m_approvalAskedBy; // who asked for it
    bool m_approved = false;   // this dialog approved it (a retry after "not sent" skips that)
    struct ApprovalDraft {
        double amount = 0;
        QString units;
        QString reason;
    };
    std::optional<ApprovalDraft> m_approvalDraft;

    QList<QWidget *> m_pages; // form, confirm, unknown, done
    int m_currentPage = 0;
    int m_fittedPage = -1;
    QLabel *m_balanceLine = nullptr;
    QLabel *m_loadError = nullptr;
    QPushButton *m_retryLoad = nullptr;
    QLineEdit *m_amount = nullptr;
    AmountValidator *m_validator = nullptr;
    QComboBox *m_unitsCombo = nullptr;
    QLabel *m_amountProblem = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_reasonProblem = nullptr;
    QLabel *m_newUnitNote = nullptr;
    QWidget *m_blockBox = nullptr;
    QLabel *m_blockText = nullptr;
    QPushButton *m_blockWentThrough = nullptr;
    QPushButton *m_blockNotMade = nullptr;
    QPushButton *m_review = nullptr;

    QLabel *m_confirmCustomer = nullptr;
    QLabel *m_confirmAmount = nullptr;
    QLabel *m_confirmBefore = nullptr;
    QLabel *m_confirmAfter = nullptr;
    QLabel *m_confirmReason = nullptr;
    QWidget *m_recentBox = nullptr;
    QLabel *m_recentText = nullptr;
    QCheckBox *m_separate = nullptr;
    QWidget *m_approvalBox = nullptr;
    QLabel *m_approvalText = nullptr;
    QWidget *m_sendErrorBox = nullptr;
    QLabel *m_sendErrorLabel = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_busyText = nullptr;
    QPushButton *m_stopWaiting = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_confirmCancel = nullptr;
    QPushButton *m_confirm = nullptr;
    QTimer *m_armTimer = nullptr;

    QLabel *m_unknownText = nullptr;
    QLabel *m_unknownBefore = nullptr;
    QLabel *m_unknownNow = nullptr;
    QLabel *m_unknownExpected = nullptr;
    QLabel *m_unknownHint = nullptr;
    QPushButton *m_reread = nullptr;
    QPushButton *m_wentThrough = nullptr;
    QPushButton *m_notMade = nullptr;
    QPushButton *m_sendAgain = nullptr;
    QPushButton *m_decideLater = nullptr;

    QLabel *m_doneText = nullptr;
    QLabel *m_doneBalance = nullptr;
    QPushButton *m_close = nullptr;
};

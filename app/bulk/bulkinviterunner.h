// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/apierror.h"
#include "app/bulk/bulkrunstate.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QString>

class ApiCall;
class QTimer;
class ReferralService;

// Sends the pending rows of a BulkRunState one by one (no widgets: the dialog and the
// headless helper of the tests share it).
//
// - A row is marked unknown + in flight on disk BEFORE its request leaves and gets its answer
//   after: a crash never leaves a row that looks unsent but was sent.
// - Nothing is ever re-sent on its own, except after a 429 (see onAnswer()): an unknown row
//   (timeout, dropped connection) stays unknown until a person decides (markSent/sendAgain).
// - 429: the queue waits for Retry-After (or a growing backoff) and then slows down: a pause
//   between requests that grows with each 429 and shrinks again while the server says yes.
// - pause() and cancel() never abort a request in flight (that would make its outcome
//   unknown); they take effect when its answer is in.
class BulkInviteRunner final : public QObject {
    Q_OBJECT

public:
    enum class State {
        Idle,     // not started
        Running,  // sending, or about to
        Waiting,  // the server asked to slow down (429): waiting before sending the same row
        Paused,   // by the person
        Finished, // nothing left to send (unknown rows may still wait for a decision)
        Stopped,  // cancelled by the person, or the state could not be written
    };
    Q_ENUM(State)

    // Neither is owned; both must outlive the runner.
    BulkInviteRunner(ReferralService *service, BulkRunState *state, QObject *parent = nullptr);
    ~BulkInviteRunner() override;

    // When a 429 names no Retry-After: first wait, doubling up to the ceiling.
    void setBackoff(int firstMs, int maxMs);
    // A longer Retry-After is cut to this (the person can still pause or cancel).
    void setMaxWait(int ms) { m_maxWaitMs = ms; }
    // The pause between requests after a 429: starts at `stepMs`, doubles with each 429 up to
    // `maxMs`, halves after every `relaxAfter` answers without one.
    void setPacing(int stepMs, int maxMs, int relaxAfter = 10);

    // Sends the pending rows in order. Also continues a loaded (interrupted) run.
    void start();
    void pause();
    void resume();
    // Stops after the answer in flight; rows not sent yet are skipped ("cancelled").
    void cancel();

    // A person's decisions about a row whose outcome is unknown. False when the row is not
    // unknown, the runner is sending, or the state could not be written.
    bool markSent(int row);
    // Back to pending, to be sent by start(): the person checked that it did not arrive.
    bool sendAgain(int row);
    // Failed rows (the server said no: nothing happened) back to pending. Returns how many.
    int retryFailed();

    State state() const { return m_state; }
    bool isBusy() const { return m_inFlight; }
    int currentRow() const { return m_current; }
    // Milliseconds left of a 429 wait (0 when not waiting).
    int waitRemainingMs() const;
    int pacingMs() const { return m_spacingMs; }
    int rateLimitCount() const { return m_rateLimits; }
    QString errorString() const { return m_error; }
    BulkRunState *runState() const { return m_runState; }

Q_SIGNALS:
    void stateChanged(BulkInviteRunner::State state);
    // A row's status changed (on disk already).
    void rowChanged(int row);
    // The request for `row` has been handed to the network (the row is on disk as in flight).
    void sending(int row);
    // The server said 429; the queue waits `waitMs` before sending `row` again.
    void rateLimited(int row, int waitMs);
    // Nothing left to send; the run is closed on disk unless unknown rows await a decision.
    void finished();
    // The state file could not be written: the run stopped before sending anything more.
    void failed(const QString &sentence);

private:
    void setState(State state);
    void scheduleNext(int delayMs);
    void sendNext();
    void onAnswer(int row, const ApiError &error);
    int nextPending() const;
    void finishRun();
    void stopCancelled();
    // A cancel or pause asked for while a request was on its way takes effect once its answer
    // is written: true when one did, and the run goes no further.
    bool stopIfAsked();
    void stopBroken(const QString &sentence);
    bool write(int row, BulkRowStatus status, const QString &detail, bool inFlight = false);

    ReferralService *m_service;
    BulkRunState *m_runState;
    QTimer *m_timer;
    QPointer<ApiCall> m_call;
    bool m_inFlight = false; // a request has left and its answer is not in yet
    State m_state = State::Idle;
    int m_current = -1;
    bool m_pauseRequested = false;
    bool m_cancelRequested = false;
    QDeadlineTimer m_waitUntil; // the end of a 429 wait; expired when not waiting
    int m_firstBackoffMs = 1000;
    int m_maxBackoffMs = 60000;
    int m_backoffMs = 0;
    int m_maxWaitMs = 300000;
    int m_spacingStepMs = 100;
    int m_spacingMaxMs = 2000;
    int m_relaxAfter = 10;
    int m_spacingMs = 0;
    int m_answersSinceLimit = 0;
    int m_rateLimits = 0;
    QString m_error;
};

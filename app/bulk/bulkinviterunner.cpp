// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/bulk/bulkinviterunner.h"

#include "app/api/apiclient.h"
#include "app/api/changeoutcome.h"
#include "app/api/referralservice.h"

#include <QTimer>

BulkInviteRunner::BulkInviteRunner(ReferralService *service, BulkRunState *state, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_runState(state)
    , m_timer(new QTimer(this))
    , m_waitUntil(QDeadlineTimer(0)) {
    Q_ASSERT(service && state);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &BulkInviteRunner::sendNext);
}

BulkInviteRunner::~BulkInviteRunner() {
    // A request still in flight is left to finish: its answer is dropped (the context is
    // gone) and its row stays "unknown, in flight" on disk, which is the truth.
}

void BulkInviteRunner::setBackoff(int firstMs, int maxMs) {
    m_firstBackoffMs = qMax(1, firstMs);
    m_maxBackoffMs = qMax(m_firstBackoffMs, maxMs);
}

void BulkInviteRunner::setPacing(int stepMs, int maxMs, int relaxAfter) {
    m_spacingStepMs = qMax(0, stepMs);
    m_spacingMaxMs = qMax(m_spacingStepMs, maxMs);
    m_relaxAfter = qMax(1, relaxAfter);
}

void BulkInviteRunner::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

int BulkInviteRunner::waitRemainingMs() const {
    if (m_state != State::Waiting && m_state != State::Paused)
        return 0;
    return int(qMax<qint64>(0, m_waitUntil.remainingTime()));
}

void BulkInviteRunner::start() {
    if (m_state == State::Running || m_state == State::Waiting || m_inFlight)
        return; // a second start of a running queue is refused
    m_pauseRequested = false;
    m_cancelRequested = false;
    m_error.clear();
    setState(State::Running);
    scheduleNext(0);
}

void BulkInviteRunner::pause() {
    if (m_state != State::Running && m_state != State::Waiting)
        return;
    m_timer->stop();
    if (m_inFlight) {
        m_pauseRequested = true; // after the answer: never abort a request in flight
        return;
    }
    setState(State::Paused);
}

void BulkInviteRunner::resume() {
    if (m_state != State::Paused) {
        m_pauseRequested = false;
        return;
    }
    m_pauseRequested = false;
    const qint64 left = m_waitUntil.remainingTime();
    if (left > 0) {
        setState(State::Waiting);
        m_timer->start(int(left));
        return;
    }
    setState(State::Running);
    scheduleNext(0);
}

void BulkInviteRunner::cancel() {
    if (m_state == State::Finished || m_state == State::Stopped)
        return;
    m_timer->stop();
    if (m_inFlight) {
        m_cancelRequested = true;
        return;
    }
    stopCancelled();
}

bool BulkInviteRunner::write(int row, BulkRowStatus status, const QString &detail, bool inFlight) {
    QString sentence;
    if (!m_runState->setStatus(row, status, detail, inFlight, &sentence)) {
        stopBroken(sentence);
        return false;
    }
    Q_EMIT rowChanged(row);
    return true;
}

bool BulkInviteRunner::markSent(int row) {
    if (m_inFlight || row < 0 || row >= m_runState->rows().size() ||
        m_runState->rows().at(row).status != BulkRowStatus::Unknown)
        return false;
    QString sentence;
    if (!m_runState->setStatus(row, BulkRowStatus::Sent, tr("Marked as invited by you."), false,
                               &sentence)) {
        m_error = sentence;
        return false;
    }
    Q_EMIT rowChanged(row);
    if (m_state == State::Finished)
        finishRun(); // closes the run on disk when nothing awaits a decision any more
    return true;
}

bool BulkInviteRunner::sendAgain(int row) {
    if (m_inFlight || row < 0 || row >= m_runState->rows().size() ||
        m_runState->rows().at(row).status != BulkRowStatus::Unknown)
        return false;
    QString sentence;
    if (!m_runState->setStatus(row, BulkRowStatus::Pending, tr("To be sent again (your decision)."),
                               false, &sentence)) {
        m_error = sentence;
        return false;
    }
    Q_EMIT rowChanged(row);
    return true;
}

int BulkInviteRunner::retryFailed() {
    if (m_inFlight)
        return 0;
    int count = 0;
    const int total = int(m_runState->rows().size());
    for (int row = 0; row < total; ++row) {
        if (m_runState->rows().at(row).status != BulkRowStatus::Failed)
            continue;
        QString sentence;
        if (!m_runState->setStatus(row, BulkRowStatus::Pending, QString(), false, &sentence)) {
            m_error = sentence;
            break;
        }
        Q_EMIT rowChanged(row);
        ++count;
    }
    return count;
}

int BulkInviteRunner::nextPending() const {
    const QList<BulkInviteRow> &rows = m_runState->rows();
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).status == BulkRowStatus::Pending)
            return i;
    }
    return -1;
}

void BulkInviteRunner::scheduleNext(int delayMs) {
    // Always through the event loop: the answer handler never recurses into the next send.
    m_timer->start(qMax(0, delayMs));
}

void BulkInviteRunner::sendNext() {
    if (m_inFlight)
        return;
    if (m_state == State::Waiting)
        setState(State::Running);
    if (m_state != State::Running)
        return;
    const int row = nextPending();
    if (row < 0) {
        finishRun();
        return;
    }
    m_current = row;
    // On disk before the request leaves: if the program dies from here on, the row reads as
    // "unknown, in flight" and is shown to a person instead of being sent again.
    if (!write(row, BulkRowStatus::Unknown, QString(), true))
        return;
    m_inFlight = true;
    ApiCall *call = m_service->invite(m_runState->rows().at(row).request(), this,
                                      [this, row](const ApiResult<void> &result) {
                                          m_inFlight = false;
                                          m_call = nullptr;
                                          onAnswer(row, result.error());
                                      });
    if (m_inFlight) {
        m_call = call;
        Q_EMIT sending(row);
    }
}

void BulkInviteRunner::onAnswer(int row, const ApiError &error) {
    int delayMs = m_spacingMs;
    if (!error.isError()) {
        if (!write(row, BulkRowStatus::Sent, QString()))
            return;
        m_backoffMs = 0;
        if (m_spacingMs > 0 && ++m_answersSinceLimit >= m_relaxAfter) {
            m_answersSinceLimit = 0;
            m_spacingMs = m_spacingMs / 2 < m_spacingStepMs ? 0 : m_spacingMs / 2;
        }
        delayMs = m_spacingMs;
    } else if (error.kind == ApiError::Kind::RateLimited) {
        // A 429 is a refusal: the server did not act on the request, so sending the SAME row
        // again after the wait cannot invite anyone twice. This is the only case where a row
        // goes out again without a person deciding.
        if (!write(row, BulkRowStatus::Pending, tr("The server asked to slow down.")))
            return;
        ++m_rateLimits;
        m_answersSinceLimit = 0;
        m_backoffMs = m_backoffMs == 0 ? m_firstBackoffMs : qMin(m_backoffMs * 2, m_maxBackoffMs);
        const int waitMs = error.retryAfter >= 0 ? qMin(error.retryAfter * 1000, m_maxWaitMs)
                                                 : qMin(m_backoffMs, m_maxWaitMs);
        m_spacingMs = m_spacingMs == 0 ? m_spacingStepMs : qMin(m_spacingMs * 2, m_spacingMaxMs);
        m_waitUntil = QDeadlineTimer(waitMs);
        Q_EMIT rateLimited(row, waitMs);
        if (!stopIfAsked()) {
            setState(State::Waiting);
            m_timer->start(waitMs);
        }
        return;
    } else if (error.outcome == ChangeOutcome::Unknown) {
        if (!write(row, BulkRowStatus::Unknown, error.sentence()))
            return;
    } else {
        if (!write(row, BulkRowStatus::Failed, error.sentence()))
            return;
    }

    if (!stopIfAsked())
        scheduleNext(delayMs);
}

bool BulkInviteRunner::stopIfAsked() {
    if (m_cancelRequested) {
        stopCancelled();
        return true;
    }
    if (m_pauseRequested) {
        m_pauseRequested = false;
        setState(State::Paused);
        return true;
    }
    return false;
}

void BulkInviteRunner::finishRun() {
    m_current = -1;
    if (m_runState->count(BulkRowStatus::Unknown) == 0 &&
        m_runState->count(BulkRowStatus::Pending) == 0 && !m_runState->isClosed()) {
        QString sentence;
        if (!m_runState->close(&sentence))
            m_error = sentence; // nothing more is sent either way; the run is offered again
    }
    const bool wasFinished = m_state == State::Finished;
    setState(State::Finished);
    if (!wasFinished)
        Q_EMIT finished();
}

void BulkInviteRunner::stopCancelled() {
    m_cancelRequested = false;
    m_pauseRequested = false;
    m_timer->stop();
    m_waitUntil = QDeadlineTimer(0);
    const int total = int(m_runState->rows().size());
    for (int row = 0; row < total; ++row) {
        if (m_runState->rows().at(row).status != BulkRowStatus::Pending)
            continue;
        QString sentence;
        if (!m_runState->setStatus(row, BulkRowStatus::Skipped, tr("Cancelled before sending."),
                                   false, &sentence)) {
            m_error = sentence;
            break;
        }
        Q_EMIT rowChanged(row);
    }
    if (m_runState->count(BulkRowStatus::Unknown) == 0 && !m_runState->isClosed()) {
        QString sentence;
        if (!m_runState->close(&sentence))
            m_error = sentence;
    }
    m_current = -1;
    setState(State::Stopped);
    Q_EMIT finished();
}

void BulkInviteRunner::stopBroken(const QString &sentence) {
    m_error = sentence;
    m_timer->stop();
    m_current = -1;
    setState(State::Stopped);
    Q_EMIT failed(sentence);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

#include <functional>

class ApiCall;
class ApiError;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

// What a person sees above a table whenever its rows are not simply "there": loading (the
// rows underneath stay visible meanwhile), empty, an error with Retry, rate limited with a
// live countdown, or signed out with a way to enter a new key. Hidden when all is well.
class StateBanner final : public QFrame {
    Q_OBJECT

public:
    enum class State { None, Loading, Empty, Error, RateLimited, SignedOut };
    Q_ENUM(State)

    explicit StateBanner(QWidget *parent = nullptr);

    State state() const { return m_state; }
    // The sentence shown (empty when hidden).
    QString text() const;
    // Seconds left on the countdown (rate limited or waiting to retry); 0 when none runs.
    int secondsLeft() const { return m_secondsLeft; }

    // How long a load may take before the banner says so: fast answers never make the
    // table jump down and back up.
    static constexpr int LoadingDelayMs = 300;

    void clear();
    // Loading. When nothing else is shown the banner appears only after LoadingDelayMs;
    // over another state (an error being retried) it replaces it at once.
    void showLoading(const QString &sentence);
    void showEmpty(const QString &sentence);
    // An error the person can retry: the error's sentence, plus the server's own message when
    // the sentence does not already carry it.
    void showError(const ApiError &error);
    // A request is waiting before the service layer sends it again (429 or 502-504): the
    // countdown runs down to the automatic retry.
    void showRetrying(const ApiError &reason, int seconds);
    // The server refused with 429 and the request gave up: Retry is offered once the
    // countdown has run out (at once when the server named no time).
    void showRateLimited(int seconds);
    // 401: the key is wrong or revoked; "Enter a new key" asks for another.
    void showSignedOut(const ApiError &error);

    // A read that failed, shown by its kind: signed out, rate limited, an error with Retry;
    // a cancelled read shows nothing.
    void showFailure(const ApiError &error);
    // Counts down while `call` waits before the service layer sends it again.
    void followRetries(ApiCall *call);

    // Whether the signed-out state offers "Enter a new key" (a dialog may leave that to the
    // main window); default true.
    void setNewKeyOffered(bool offered);

    QPushButton *retryButton() const { return m_retry; }
    QPushButton *newKeyButton() const { return m_newKey; }

    // The sentence for an error, with the server's message when the sentence lacks it.
    static QString errorText(const ApiError &error);

Q_SIGNALS:
    void retryRequested();
    void newKeyRequested();
    void stateChanged(StateBanner::State state);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void setState(State state, const QString &sentence);
    void startCountdown(int seconds, std::function<QString(int)> text,
                        std::function<void()> done = {});
    void tick();
    void stopCountdown();

    State m_state = State::None;
    QLabel *m_icon;
    QLabel *m_text;
    QProgressBar *m_busy;
    QPushButton *m_retry;
    QPushButton *m_newKey;
    QTimer *m_countdown;
    QTimer *m_loadingDelay;
    QString m_pendingLoading;
    int m_secondsLeft = 0;
    std::function<QString(int)> m_countdownText;
    std::function<void()> m_countdownDone;
    bool m_newKeyOffered = true;
    // The QStyle::StandardPixmap the icon shows (NoIcon: none loaded yet).
    static constexpr int NoIcon = -1;
    int m_shownIcon = NoIcon;
};

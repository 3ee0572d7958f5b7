// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/browse/statebanner.h"

#include <QEvent>

#include "app/api/apicall.h"
#include "app/api/apierror.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTimer>

StateBanner::StateBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_retry(new QPushButton(this))
    , m_newKey(new QPushButton(this))
    , m_countdown(new QTimer(this))
    , m_loadingDelay(new QTimer(this)) {
    setObjectName(QStringLiteral("stateBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);

    m_text->setObjectName(QStringLiteral("stateText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    // A busy bar rather than a spinner: it needs no animation assets and reads as "working".
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(120);

    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_newKey->setObjectName(QStringLiteral("newKeyButton"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_busy);
    layout->addWidget(m_retry);
    layout->addWidget(m_newKey);

    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &StateBanner::tick);
    m_loadingDelay->setSingleShot(true);
    m_loadingDelay->setInterval(LoadingDelayMs);
    connect(m_loadingDelay, &QTimer::timeout, this,
            [this] { setState(State::Loading, m_pendingLoading); });
    connect(m_retry, &QPushButton::clicked, this, &StateBanner::retryRequested);
    connect(m_newKey, &QPushButton::clicked, this, &StateBanner::newKeyRequested);

    setState(State::None, {});
    retranslate();
}

void StateBanner::retranslate() {
    setAccessibleName(tr("Request state"));
    m_busy->setAccessibleName(tr("Loading"));
    m_retry->setText(tr("&Retry"));
    m_retry->setAccessibleName(tr("Retry the request"));
    m_newKey->setText(tr("Enter a &new key…"));
    m_newKey->setAccessibleName(tr("Enter a new API key"));
}

void StateBanner::changeEvent(QEvent *event) {
    QFrame::changeEvent(event);
    // The sentence shown came from the page with its state; the next state brings a new one.
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    // Another style (the theme) draws its own icons.
    if (event->type() == QEvent::StyleChange && m_shownIcon != NoIcon) {
        const auto shown = QStyle::StandardPixmap(m_shownIcon);
        m_shownIcon = NoIcon;
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        m_icon->setPixmap(style()->standardIcon(shown, nullptr, this).pixmap(size, size));
        m_shownIcon = shown;
    }
}

QString StateBanner::text() const {
    return m_state == State::None ? QString() : m_text->text();
}

void StateBanner::clear() {
    setState(State::None, {});
}

void StateBanner::showLoading(const QString &sentence) {
    if (m_state == State::None || m_loadingDelay->isActive()) {
        m_pendingLoading = sentence;
        m_loadingDelay->start();
        return;
    }
    setState(State::Loading, sentence);
}

void StateBanner::showEmpty(const QString &sentence) {
    setState(State::Empty, sentence);
}

void StateBanner::showError(const ApiError &error) {
    setState(State::Error, errorText(error));
}

void StateBanner::showRetrying(const ApiError &reason, int seconds) {
    const bool rateLimited = reason.kind == ApiError::Kind::RateLimited;
    const QString why = rateLimited ? tr("The server is limiting requests.") : errorText(reason);
    setState(rateLimited ? State::RateLimited : State::Loading, why);
    // The request tries again by itself; a Retry now would only skip the server's wait.
    m_retry->setVisible(false);
    startCountdown(seconds, [why](int left) {
        return left > 0 ? tr("%1 Trying again in %n seconds…", nullptr, left).arg(why)
                        : tr("%1 Trying again…").arg(why);
    });
}

void StateBanner::showRateLimited(int seconds) {
    const QString why = tr("The server is limiting requests.");
    setState(State::RateLimited, why);
    m_retry->setEnabled(false);
    startCountdown(
        seconds,
        [why](int left) {
            return left > 0 ? tr("%1 You can try again in %n seconds.", nullptr, left).arg(why)
                            : tr("%1 You can try again now.").arg(why);
        },
        [this] { m_retry->setEnabled(true); });
}

void StateBanner::showFailure(const ApiError &error) {
    switch (error.kind) {
    case ApiError::Kind::Cancelled:
        return;
    case ApiError::Kind::Unauthorized:
        showSignedOut(error);
        return;
    case ApiError::Kind::RateLimited:
        showRateLimited(qMax(0, error.retryAfter));
        return;
    default:
        showError(error);
    }
}

void StateBanner::followRetries(ApiCall *call) {
    if (!call)
        return;
    connect(call, &ApiCall::retrying, this, [this](int, int delayMs, const ApiError &reason) {
        showRetrying(reason, (delayMs + 999) / 1000);
    });
}

void StateBanner::showSignedOut(const ApiError &error) {
    setState(State::SignedOut, errorText(error));
}

void StateBanner::setNewKeyOffered(bool offered) {
    m_newKeyOffered = offered;
    m_newKey->setVisible(offered && m_state == State::SignedOut);
}

QString StateBanner::errorText(const ApiError &error) {
    const QString sentence = error.sentence();
    const QString message = error.serverMessage.trimmed();
    if (message.isEmpty() || sentence.contains(message))
        return sentence;
    return tr("%1 The server said: “%2”").arg(sentence, message);
}

void StateBanner::setState(State state, const QString &sentence) {
    m_loadingDelay->stop();
    stopCountdown();
    const bool changed = state != m_state;
    m_state = state;
    m_text->setText(sentence);
    m_text->setAccessibleName(sentence);

    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    if (state == State::Error || state == State::SignedOut)
        icon = QStyle::SP_MessageBoxCritical;
    else if (state == State::RateLimited)
        icon = QStyle::SP_MessageBoxWarning;
    // Loading a standard icon decodes each of its sizes: only when a shown state needs
    // another one.
    if (state != State::None && state != State::Loading && int(icon) != m_shownIcon) {
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
        m_shownIcon = icon;
    }
    m_icon->setVisible(state != State::Loading);

    m_busy->setVisible(state == State::Loading);
    m_retry->setVisible(state == State::Error || state == State::RateLimited);
    m_retry->setEnabled(true);
    m_newKey->setVisible(state == State::SignedOut && m_newKeyOffered);
    setVisible(state != State::None);
    if (changed)
        Q_EMIT stateChanged(state);
}

void StateBanner::startCountdown(int seconds, std::function<QString(int)> text,
                                 std::function<void()> done) {
    m_countdownText = std::move(text);
    m_countdownDone = std::move(done);
    m_secondsLeft = qMax(0, seconds);
    m_text->setText(m_countdownText(m_secondsLeft));
    if (m_secondsLeft > 0) {
        m_countdown->start();
    } else if (m_countdownDone) {
        m_countdownDone();
    }
}

void StateBanner::tick() {
    m_secondsLeft = qMax(0, m_secondsLeft - 1);
    if (m_countdownText)
        m_text->setText(m_countdownText(m_secondsLeft));
    if (m_secondsLeft == 0) {
        m_countdown->stop();
        if (m_countdownDone)
            m_countdownDone();
    }
}

void StateBanner::stopCountdown() {
    m_countdown->stop();
    m_secondsLeft = 0;
    m_countdownText = nullptr;
    m_countdownDone = nullptr;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/referral/balancewidget.h"

#include <QEvent>

#include "app/api/apiclient.h" // the services hold a QPointer<ApiClient>, which needs it complete
#include "app/api/latestrequest.h"
#include "app/api/referralservice.h"
#include "app/session/session.h"
#include "ui/widgets/fielderrorlabel.h"

#include <QFrame>
#include <QGridLayout>
#include <QHash>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShowEvent>
#include <QStyle>
#include <QTime>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

struct CurrencyInfo {
    QString symbol;
    QString name;
};

// Qt knows each locale's own currency only. The symbol and name of another currency come
// from the locales that use it: one of the person's language when there is one (its name
// reads right), else the symbol most of them use ("$" rather than "US$").
CurrencyInfo lookUpCurrency(const QString &isoCode) {
    static QHash<QString, CurrencyInfo> cache; // by code and the person's language
    const QString code = isoCode.trimmed().toUpper();
    const QLocale mine;
    const QString cacheKey = code % u'/' % QString::number(int(mine.language()));
    const auto cached = cache.constFind(cacheKey);
    if (cached != cache.constEnd())
        return *cached;

    CurrencyInfo info;
    QHash<QString, int> symbolVotes;
    QString englishName;
    bool sameLanguage = false;
    const QList<QLocale> all =
        QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
    for (const QLocale &locale : all) {
        if (locale.currencySymbol(QLocale::CurrencyIsoCode) != code)
            continue;
        const QString symbol = locale.currencySymbol(QLocale::CurrencySymbol);
        if (!symbol.isEmpty())
            ++symbolVotes[symbol];
        if (!sameLanguage && locale.language() == mine.language()) {
            sameLanguage = true;
            info.symbol = symbol;
            info.name = locale.currencySymbol(QLocale::CurrencyDisplayName);
        }
        if (englishName.isEmpty() && locale.language() == QLocale::English)
            englishName = locale.currencySymbol(QLocale::CurrencyDisplayName);
    }
    if (!sameLanguage) {
        int best = 0;
        for (auto it = symbolVotes.constBegin(); it != symbolVotes.constEnd(); ++it) {
            // Ties go to the shorter symbol, then the smaller, so the choice is stable.
            if (it.value() > best ||
                (it.value() == best &&
                 (it.key().size() < info.symbol.size() ||
                  (it.key().size() == info.symbol.size() && it.key() < info.symbol)))) {
                best = it.value();
                info.symbol = it.key();
            }
        }
        info.name = englishName;
    }
    if (info.symbol.isEmpty())
        info.symbol = code;
    cache.insert(cacheKey, info);
    return info;
}

} // namespace

BalanceWidget::BalanceWidget(Session *session, const QString &identifier, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_identifier(identifier)
    , m_request(new LatestRequest(this)) {
    auto *title = new QLabel(this);
    m_title = title;
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_updated = new QLabel(this);
    m_updated->setObjectName(u"balanceUpdated"_s);
    m_updated->setTextFormat(Qt::PlainText);
    m_updated->setForegroundRole(QPalette::PlaceholderText);

    m_refresh = new QToolButton(this);
    m_refresh->setObjectName(u"balanceRefresh"_s);
    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_refresh->setAutoRaise(true);

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_updated);
    header->addWidget(m_refresh);

    m_cards = new QWidget(this);
    m_cardGrid = new QGridLayout(m_cards);
    m_cardGrid->setContentsMargins(0, 0, 0, 0);

    m_state = new FieldErrorLabel(this);
    m_state->setObjectName(u"balanceState"_s);
    m_retry = new QPushButton(this);
    m_retry->setObjectName(u"balanceRetry"_s);
    m_retry->hide();
    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_state, 1);
    stateRow->addWidget(m_retry, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_cards);
    layout->addLayout(stateRow);
    layout->addStretch(1);

    connect(m_refresh, &QToolButton::clicked, this, &BalanceWidget::reload);
    connect(m_retry, &QPushButton::clicked, this, &BalanceWidget::reload);
    retranslate();
    setState(QString(), false);
}

BalanceWidget::~BalanceWidget() = default;

bool BalanceWidget::isLoading() const {
    return m_request->isRunning();
}

QStringList BalanceWidget::shownAmounts() const {
    QStringList out;
    for (const QLabel *label : m_amountLabels)
        out.append(label->text());
    return out;
}

QString BalanceWidget::stateText() const {
    return m_state->isHidden() ? QString() : m_state->text();
}

void BalanceWidget::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    // Opened, or brought back (a tab, a dialog shown again): the balance may have changed.
    // A window coming back from the task bar (spontaneous) does not count.
    if (!event->spontaneous())
        reload();
}

void BalanceWidget::reload() {
    if (!m_session) {
        setState(ApiError::notSent(tr("There is no connection to a program.")).sentence(), true);
        return;
    }
    setState(m_loaded ? tr("Updating…") : tr("Loading balance…"), false);
    m_request->start(m_session->referrals()->balance(
        m_identifier, this, [this](const ApiResult<Balance> &result) {
            if (!result) {
                setState(tr("Could not read the balance: %1").arg(result.error().sentence()), true);
                Q_EMIT loadFailed(result.error());
                return;
            }
            m_balance = result.value();
            m_loaded = true;
            rebuildCards();
            m_updated->setText(
                tr("Updated %1")
                    .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
            setState(m_balance.entries.isEmpty() ? tr("No rewards yet.") : QString(), false);
            Q_EMIT balanceLoaded(m_balance);
        }));
}

void BalanceWidget::retranslate() {
    m_title->setText(tr("Reward balance"));
    m_refresh->setToolTip(tr("Read the balance again"));
    m_refresh->setAccessibleName(m_refresh->toolTip());
    m_retry->setText(tr("Retry"));
}

void BalanceWidget::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The amounts and their captions in the new language and locale.
        rebuildCards();
    }
}

void BalanceWidget::rebuildCards() {
    qDeleteAll(m_cards->findChildren<QFrame *>(QString(), Qt::FindDirectChildrenOnly));
    m_amountLabels.clear();
    const int perRow = 3;
    int index = 0;
    for (const BalanceEntry &entry : std::as_const(m_balance.entries)) {
        auto *card = new QFrame(m_cards);
        card->setFrameShape(QFrame::StyledPanel);
        card->setBackgroundRole(QPalette::Base);
        card->setAutoFillBackground(true);

        auto *amount =
            new QLabel(formatAmount(entry.amount, entry.amountUnits, entry.isCurrency), card);
        amount->setObjectName(u"balanceAmount"_s);
        amount->setTextFormat(Qt::PlainText); // the units come from the server
        QFont big = amount->font();
        big.setPointSizeF(big.pointSizeF() * 1.6);
        big.setBold(true);
        amount->setFont(big);
        amount->setTextInteractionFlags(Qt::TextSelectableByMouse);

        QString caption;
        if (entry.isCurrency) {
            const QString code = entry.amountUnits.toUpper();
            const QString name = currencyName(code);
            caption = name.isEmpty() ? code : tr("%1 · %2").arg(code, name);
        } else {
            caption = entry.amountUnits.compare("points"_L1, Qt::CaseInsensitive) == 0
                          ? tr("Reward points")
                          : tr("Reward units");
        }
        auto *captionLabel = new QLabel(caption, card);
        captionLabel->setTextFormat(Qt::PlainText);
        captionLabel->setForegroundRole(QPalette::PlaceholderText);

        auto *cardLayout = new QVBoxLayout(card);
        cardLayout->setContentsMargins(12, 8, 12, 8);
        cardLayout->setSpacing(2);
        cardLayout->addWidget(amount);
        cardLayout->addWidget(captionLabel);

        m_cardGrid->addWidget(card, index / perRow, index % perRow);
        m_amountLabels.append(amount);
        ++index;
    }
    m_cards->setVisible(index > 0);
}

void BalanceWidget::setState(const QString &text, bool isError) {
    m_state->setMessage(text, isError ? FieldErrorLabel::Severity::Error
                                      : FieldErrorLabel::Severity::Hint);
    m_retry->setVisible(isError);
}

QString BalanceWidget::formatAmount(double amount, const QString &units, bool isCurrency) {
    const QLocale locale;
    if (isCurrency && !units.trimmed().isEmpty()) {
        // The C locale (LANG=C, common on servers and in containers) has no currency format
        // and writes "10.00$"; its numbers are English ones, so English places the symbol.
        const QLocale money = locale.language() == QLocale::C ? QLocale(QLocale::English) : locale;
        return money.toCurrencyString(amount, currencySymbol(units), 2);
    }
    const QString number = locale.toString(amount, 'f', QLocale::FloatingPointShortest);
    if (units.isEmpty())
        return number;
    // A no-break space keeps "120 points" on one line.
    return number % QChar(0x00A0) % units;
}

QString BalanceWidget::currencySymbol(const QString &isoCode) {
    return lookUpCurrency(isoCode).symbol;
}

QString BalanceWidget::currencyName(const QString &isoCode) {
    return lookUpCurrency(isoCode).name;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/referral/statswidget.h"

#include <QEvent>

#include "app/api/apiclient.h" // the services hold a QPointer<ApiClient>, which needs it complete
#include "app/api/latestrequest.h"
#include "app/api/referralservice.h"
#include "app/session/session.h"
#include "models/displayformat.h"
#include "models/fieldchecks.h"
#include "ui/referral/balancewidget.h"
#include "ui/widgets/fielderrorlabel.h"
#include "ui/widgets/safelink.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QShowEvent>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

// Horizontal bars, one per count, painted with QPainter (no Qt Charts): label, bar, value.
// The scale is linear and starts at zero, so a bar's length never misleads.
class StatsChart final : public QWidget {
public:
    explicit StatsChart(QWidget *parent)
        : QWidget(parent) {
        setObjectName(u"statsChart"_s);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }

    void setBars(QList<QPair<QString, double>> bars) {
        m_bars = std::move(bars);
        QStringList lines;
        for (const auto &bar : std::as_const(m_bars))
            lines.append(StatsWidget::tr("%1: %2").arg(bar.first, valueText(bar.second)));
        setToolTip(DisplayFormat::plainToolTip(lines.join(u'\n')));
        setAccessibleDescription(lines.join(u"; "_s));
        updateGeometry();
        update();
    }
    const QList<QPair<QString, double>> &bars() const { return m_bars; }

    QSize sizeHint() const override { return {360, height(m_bars.size())}; }
    QSize minimumSizeHint() const override { return {200, height(m_bars.size())}; }

protected:
    void paintEvent(QPaintEvent *) override {
        if (m_bars.isEmpty())
            return;
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QFontMetrics metrics = fontMetrics();
        const int row = rowHeight();
        const int barHeight = qMax(6, metrics.height() - 4);
        int labelWidth = 0;
        int valueWidth = 0;
        double maximum = 0;
        for (const auto &bar : std::as_const(m_bars)) {
            labelWidth = qMax(labelWidth, metrics.horizontalAdvance(bar.first));
            valueWidth = qMax(valueWidth, metrics.horizontalAdvance(valueText(bar.second)));
            maximum = qMax(maximum, bar.second);
        }
        labelWidth = qMin(labelWidth + Gap, width() / 3);
        valueWidth += Gap;
        const int trackLeft = Margin + labelWidth;
        const int trackWidth = qMax(10, width() - trackLeft - valueWidth - Margin);
        const QColor text = palette().color(QPalette::WindowText);
        QColor track = palette().color(QPalette::Mid);
        track.setAlpha(70);
        const QColor fill = palette().color(QPalette::Highlight);

        for (int i = 0; i < m_bars.size(); ++i) {
            const auto &bar = m_bars.at(i);
            const int top = Margin + i * row;
            const QRect labelRect(Margin, top, labelWidth - Gap, row);
            painter.setPen(text);
            painter.drawText(labelRect, Qt::AlignVCenter | Qt::AlignLeft,
                             metrics.elidedText(bar.first, Qt::ElideRight, labelRect.width()));

            const QRectF trackRect(trackLeft, top + (row - barHeight) / 2.0, trackWidth, barHeight);
            const qreal radius = barHeight / 2.0;
            painter.setPen(Qt::NoPen);
            painter.setBrush(track);
            painter.drawRoundedRect(trackRect, radius, radius);
            if (bar.second > 0 && maximum > 0) {
                // A small count still shows as a sliver, never as nothing.
                const qreal length = qMax<qreal>(barHeight, trackWidth * bar.second / maximum);
                painter.setBrush(fill);
                painter.drawRoundedRect(QRectF(trackRect.topLeft(), QSizeF(length, barHeight)),
                                        radius, radius);
            }
            painter.setPen(text);
            painter.drawText(QRect(trackLeft + trackWidth, top, valueWidth, row),
                             Qt::AlignVCenter | Qt::AlignRight, valueText(bar.second));
        }
    }

private:
    static constexpr int Margin = 4;
    static constexpr int Gap = 12;

    static QString valueText(double value) {
        const QLocale locale;
        if (std::floor(value) == value && std::abs(value) < 1e15)
            return locale.toString(qlonglong(value));
        return locale.toString(value, 'f', QLocale::FloatingPointShortest);
    }
    int rowHeight() const { return fontMetrics().height() + 10; }
    int height(qsizetype bars) const { return bars > 0 ? int(bars) * rowHeight() + 2 * Margin : 0; }

    QList<QPair<QString, double>> m_bars;
};

namespace {

// "paid_accounts" -> "Paid accounts", "tiers[0]" -> "Tiers 1".
QString humanize(const QString &name) {
    static const QHash<QString, const char *> known{
        {u"clicks"_s, QT_TRANSLATE_NOOP("StatsWidget", "Clicks")},
        {u"referrals"_s, QT_TRANSLATE_NOOP("StatsWidget", "Referrals")},
        {u"referrals_count"_s, QT_TRANSLATE_NOOP("StatsWidget", "Referrals")},
        {u"signups"_s, QT_TRANSLATE_NOOP("StatsWidget", "Sign-ups")},
        {u"paid_accounts"_s, QT_TRANSLATE_NOOP("StatsWidget", "Paid accounts")},
        {u"revenue"_s, QT_TRANSLATE_NOOP("StatsWidget", "Revenue")},
        {u"sales_count"_s, QT_TRANSLATE_NOOP("StatsWidget", "Sales")},
        {u"rewards"_s, QT_TRANSLATE_NOOP("StatsWidget", "Rewards")},
        {u"commissions"_s, QT_TRANSLATE_NOOP("StatsWidget", "Commissions")},
    };
    QString base = name;
    QString suffix;
    const qsizetype bracket = name.indexOf(u'[');
    if (bracket > 0 && name.endsWith(u']')) {
        bool ok = false;
        const int item = name.mid(bracket + 1, name.size() - bracket - 2).toInt(&ok);
        if (ok) {
            base = name.left(bracket);
            suffix = u' ' + QString::number(item + 1);
        }
    }
    if (const auto it = known.constFind(base.toLower()); it != known.constEnd())
        return QCoreApplication::translate("StatsWidget", *it) + suffix;
    if (FieldChecks::isCurrencyCode(base))
        return base + suffix;
    QString words = base;
    words.replace(u'_', u' ').replace(u'-', u' ');
    words = words.simplified();
    if (!words.isEmpty())
        words[0] = words.at(0).toUpper();
    return words + suffix;
}

QString formatValue(const QString &key, const QString &value) {
    if (value.isEmpty())
        return StatsWidget::tr("—");
    const QStringList parts = key.split(u'.');
    bool isNumber = false;
    const double number = value.toDouble(&isNumber); // JSON text: the C locale, as wanted
    if (isNumber && parts.size() >= 2 && FieldChecks::isCurrencyCode(parts.constLast()))
        return BalanceWidget::formatAmount(number, parts.constLast(), true);
    if (isNumber) {
        const QLocale locale;
        if (std::floor(number) == number && std::abs(number) < 1e15)
            return locale.toString(qlonglong(number));
        return locale.toString(number, 'f', QLocale::FloatingPointShortest);
    }
    if (value == "true"_L1)
        return StatsWidget::tr("Yes");
    if (value == "false"_L1)
        return StatsWidget::tr("No");
    return value;
}

QLabel *tileNumber(const QString &objectName, QWidget *parent) {
    auto *label = new QLabel(StatsWidget::tr("—"), parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    QFont big = label->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    label->setFont(big);
    return label;
}

QWidget *tile(QLabel *number, QLabel **caption, QWidget *parent) {
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 24, 0);
    layout->setSpacing(0);
    auto *captionLabel = new QLabel(box);
    *caption = captionLabel;
    captionLabel->setForegroundRole(QPalette::PlaceholderText);
    number->setParent(box);
    layout->addWidget(number);
    layout->addWidget(captionLabel);
    return box;
}

QLabel *sectionTitle(QWidget *parent) {
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

StatsWidget::StatsWidget(Session *session, const QString &identifier, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_identifier(identifier)
    , m_request(new LatestRequest(this)) {
    m_clicks = tileNumber(u"statsClicks"_s, this);
    m_referrals = tileNumber(u"statsReferrals"_s, this);
    m_refresh = new QToolButton(this);
    m_refresh->setObjectName(u"statsRefresh"_s);
    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_refresh->setAutoRaise(true);

    auto *tiles = new QHBoxLayout;
    tiles->addWidget(tile(m_clicks, &m_clicksCaption, this));
    tiles->addWidget(tile(m_referrals, &m_referralsCaption, this));
    tiles->addStretch(1);
    tiles->addWidget(m_refresh, 0, Qt::AlignTop);

    m_chart = new StatsChart(this);

    m_rowsTitle = sectionTitle(this);
    m_rowsBox = new QWidget(this);
    m_rowsBox->setObjectName(u"statsRows"_s);
    m_rowsForm = new QFormLayout(m_rowsBox);
    m_rowsForm->setContentsMargins(0, 0, 0, 0);
    m_rowsForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_linksTitle = sectionTitle(this);
    m_linksBox = new QWidget(this);
    m_linksBox->setObjectName(u"statsShareLinks"_s);
    m_linksGrid = new QGridLayout(m_linksBox);
    m_linksGrid->setContentsMargins(0, 0, 0, 0);
    m_linksGrid->setColumnStretch(1, 1);

    m_state = new FieldErrorLabel(this);
    m_state->setObjectName(u"statsState"_s);
    m_retry = new QPushButton(this);
    m_retry->setObjectName(u"statsRetry"_s);
    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_state, 1);
    stateRow->addWidget(m_retry, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(tiles);
    layout->addWidget(m_chart);
    layout->addSpacing(6);
    layout->addWidget(m_rowsTitle);
    layout->addWidget(m_rowsBox);
    layout->addSpacing(6);
    layout->addWidget(m_linksTitle);
    layout->addWidget(m_linksBox);
    layout->addLayout(stateRow);
    layout->addStretch(1);

    connect(m_refresh, &QToolButton::clicked, this, &StatsWidget::reload);
    connect(m_retry, &QPushButton::clicked, this, &StatsWidget::reload);
    retranslate(); // and the numbers
    setState(QString(), false);
}

void StatsWidget::retranslate() {
    m_refresh->setToolTip(tr("Read the statistics again"));
    m_refresh->setAccessibleName(m_refresh->toolTip());
    m_clicksCaption->setText(tr("Clicks"));
    m_referralsCaption->setText(tr("Referrals"));
    m_rowsTitle->setText(tr("Details"));
    m_linksTitle->setText(tr("Share links"));
    m_retry->setText(tr("Retry"));
    // The numbers, the chart and the rows in the new language and locale.
    rebuild();
}

void StatsWidget::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

StatsWidget::~StatsWidget() = default;

bool StatsWidget::isLoading() const {
    return m_request->isRunning();
}

QList<QPair<QString, double>> StatsWidget::chartValues() const {
    return m_chart->bars();
}

QString StatsWidget::stateText() const {
    return m_state->isHidden() ? QString() : m_state->text();
}

void StatsWidget::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (!event->spontaneous())
        reload();
}

void StatsWidget::reload() {
    if (!m_session) {
        setState(tr("There is no connection to a program."), true);
        return;
    }
    setState(m_loaded ? tr("Updating…") : tr("Loading statistics…"), false);
    m_request->start(m_session->referrals()->stats(
        m_identifier, this, [this](const ApiResult<CustomerStats> &result) {
            if (!result) {
                setState(tr("Could not read the statistics: %1").arg(result.error().sentence()),
                         true);
                Q_EMIT loadFailed(result.error());
                return;
            }
            setStats(result.value());
            Q_EMIT statsLoaded(m_stats);
        }));
}

void StatsWidget::setStats(const CustomerStats &stats) {
    m_stats = stats;
    m_loaded = true;
    rebuild();
    setState(QString(), false);
}

void StatsWidget::rebuild() {
    const QLocale locale;
    m_clicks->setText(m_stats.clicks ? locale.toString(*m_stats.clicks) : tr("—"));
    m_referrals->setText(m_stats.referrals ? locale.toString(*m_stats.referrals) : tr("—"));

    QList<QPair<QString, double>> bars;
    if (m_stats.clicks)
        bars.append({tr("Clicks"), double(*m_stats.clicks)});
    if (m_stats.referrals)
        bars.append({tr("Referrals"), double(*m_stats.referrals)});

    while (m_rowsForm->rowCount() > 0)
        m_rowsForm->removeRow(0);
    m_rows.clear();
    for (const auto &entry : std::as_const(m_stats.other)) {
        const QString label = labelForKey(entry.first);
        const QString value = formatValue(entry.first, entry.second);
        m_rows.append({label, value});
        // Keys and values come from the server: plain text in both labels, never markup.
        auto *valueLabel = new QLabel(value, m_rowsBox);
        valueLabel->setTextFormat(Qt::PlainText);
        valueLabel->setWordWrap(true);
        valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *keyLabel = new QLabel(tr("%1:").arg(label), m_rowsBox);
        keyLabel->setTextFormat(Qt::PlainText);
        keyLabel->setBuddy(valueLabel);
        m_rowsForm->addRow(keyLabel, valueLabel);
        // Plain counts (no unit, no nesting) go in the chart beside clicks and referrals.
        bool isNumber = false;
        const double number = entry.second.toDouble(&isNumber);
        if (isNumber && number >= 0 && !entry.first.contains(u'.') && !entry.first.contains(u'['))
            bars.append({label, number});
    }
    m_rowsTitle->setVisible(!m_rows.isEmpty());
    m_rowsBox->setVisible(!m_rows.isEmpty());
    m_chart->setBars(bars);
    m_chart->setVisible(!bars.isEmpty());

    qDeleteAll(m_linksBox->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    int row = 0;
    for (const auto &link : std::as_const(m_stats.shareLinks)) {
        const QString network = link.first;
        const QString url = link.second;
        auto *name = new QLabel(networkName(network), m_linksBox);
        name->setTextFormat(Qt::PlainText);
        auto *field = new QLineEdit(url, m_linksBox);
        field->setObjectName(u"shareLink_"_s + network);
        name->setBuddy(field);
        field->setReadOnly(true);
        field->setCursorPosition(0);
        field->setToolTip(DisplayFormat::plainToolTip(url));
        // As wide as "Copied" from the start, so the row does not jump when it says so.
        auto *copy = new QPushButton(tr("Copied"), m_linksBox);
        copy->setMinimumWidth(copy->sizeHint().width());
        copy->setText(tr("Copy"));
        copy->setObjectName(u"copyShareLink_"_s + network);
        copy->setToolTip(
            DisplayFormat::plainToolTip(tr("Copy link: %1").arg(networkName(network))));
        auto *open = new QPushButton(tr("Open"), m_linksBox);
        open->setObjectName(u"openShareLink_"_s + network);
        open->setToolTip(DisplayFormat::plainToolTip(
            tr("Open link in the browser: %1").arg(networkName(network))));
        connect(copy, &QPushButton::clicked, this,
                [this, copy, network, url] { copyLink(copy, network, url); });
        connect(open, &QPushButton::clicked, this, [this, url] { SafeLink::open(url, this); });
        m_linksGrid->addWidget(name, row, 0);
        m_linksGrid->addWidget(field, row, 1);
        m_linksGrid->addWidget(copy, row, 2);
        m_linksGrid->addWidget(open, row, 3);
        ++row;
    }
    m_linksTitle->setVisible(row > 0);
    m_linksBox->setVisible(row > 0);
}

void StatsWidget::copyLink(QPushButton *button, const QString &network, const QString &url) {
    QGuiApplication::clipboard()->setText(url);
    button->setText(tr("Copied"));
    QTimer::singleShot(1500, button, [button] { button->setText(tr("Copy")); });
    Q_EMIT linkCopied(network, url);
}

void StatsWidget::setState(const QString &text, bool isError) {
    m_state->setMessage(text, isError ? FieldErrorLabel::Severity::Error
                                      : FieldErrorLabel::Severity::Hint);
    m_retry->setVisible(isError);
}

QString StatsWidget::labelForKey(const QString &key) {
    const QStringList parts = key.split(u'.', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return key;
    const QString head = humanize(parts.constFirst());
    if (parts.size() == 1)
        return head;
    QStringList rest;
    for (qsizetype i = 1; i < parts.size(); ++i)
        rest.append(FieldChecks::isCurrencyCode(parts.at(i)) ? parts.at(i) : humanize(parts.at(i)));
    return tr("%1 (%2)").arg(head, rest.join(u" · "_s));
}

QString StatsWidget::networkName(const QString &network) {
    static const QHash<QString, QString> known{
        {u"facebook"_s, u"Facebook"_s}, {u"x"_s, u"X"_s},
        {u"twitter"_s, u"Twitter"_s},   {u"linkedin"_s, u"LinkedIn"_s},
        {u"whatsapp"_s, u"WhatsApp"_s}, {u"telegram"_s, u"Telegram"_s},
        {u"reddit"_s, u"Reddit"_s},     {u"messenger"_s, u"Messenger"_s},
    };
    const QString lower = network.toLower();
    if (lower == "email"_L1 || lower == "mail"_L1)
        return tr("Email");
    if (const auto it = known.constFind(lower); it != known.constEnd())
        return *it;
    return humanize(network);
}

#include "statspanel.h"

#include "apicall.h"
#include "apiclient.h" // before referralservice.h, which needs it complete
#include "apiresult.h"
#include "latestrequest.h"
#include "linkfield.h"
#include "referralservice.h"
#include "session.h"
#include "statebanner.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

QLabel *valueLabel(const QString &text, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString networkName(const QString &key) {
    const QString lower = key.toLower();
    if (lower == QLatin1String("facebook"))
        return QStringLiteral("Facebook");
    if (lower == QLatin1String("x") || lower == QLatin1String("twitter"))
        return QStringLiteral("X");
    if (lower == QLatin1String("linkedin"))
        return QStringLiteral("LinkedIn");
    if (lower == QLatin1String("whatsapp"))
        return QStringLiteral("WhatsApp");
    if (lower == QLatin1String("email"))
        return StatsPanel::tr("Email");
    return key;
}

// "paid_accounts" -> "Paid accounts", "revenue.USD" -> "Revenue (USD)": the server's own
// names, made readable, since the shape is not documented and cannot be translated ahead.
QString readableLabel(const QString &key) {
    const qsizetype dot = key.indexOf(QLatin1Char('.'));
    QString base = dot < 0 ? key : key.left(dot);
    base.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!base.isEmpty())
        base[0] = base.at(0).toUpper();
    return dot < 0 ? base : QStringLiteral("%1 (%2)").arg(base, key.mid(dot + 1));
}

} // namespace

StatsPanel::StatsPanel(Session *session, const QString &identifier, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_identifier(identifier)
    , m_request(new LatestRequest(this))
    , m_banner(new StateBanner(this))
    , m_scroll(new QScrollArea(this)) {
    setObjectName(QStringLiteral("statsPanel"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_scroll, 1);
    connect(m_banner, &StateBanner::retryRequested, this, &StatsPanel::reload);
    connect(m_banner, &StateBanner::newKeyRequested, this, &StatsPanel::newKeyRequested);
}

void StatsPanel::ensureLoaded() {
    if (!m_hasStats && !m_loading)
        reload();
}

void StatsPanel::reload() {
    if (!m_session)
        return;
    m_loading = true;
    m_banner->showLoading(tr("Loading stats…"));
    ApiCall *call = m_session->referrals()->stats(
        m_identifier, this, [this](const ApiResult<CustomerStats> &result) { onResult(result); });
    m_request->start(call);
    if (call) {
        connect(call, &ApiCall::retrying, this, [this](int, int delayMs, const ApiError &reason) {
            m_banner->showRetrying(reason, (delayMs + 999) / 1000);
        });
    }
}

void StatsPanel::onResult(const ApiResult<CustomerStats> &result) {
    m_loading = false;
    if (!result) {
        const ApiError &error = result.error();
        if (error.kind == ApiError::Kind::Unauthorized)
            m_banner->showSignedOut(error);
        else if (error.kind == ApiError::Kind::RateLimited)
            m_banner->showRateLimited(qMax(0, error.retryAfter));
        else if (error.kind != ApiError::Kind::Cancelled)
            m_banner->showError(error);
        return;
    }
    m_stats = result.value();
    m_hasStats = true;
    m_banner->clear();
    showStats();
    Q_EMIT statsShown();
}

void StatsPanel::showStats() {
    auto *content = new QWidget;
    auto *form = new QFormLayout(content);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const QLocale locale;
    const auto addRow = [form, content](const QString &label, const QString &value,
                                        const QString &key) {
        QLabel *field = valueLabel(value, content);
        field->setObjectName(QStringLiteral("stat_") + key);
        field->setAccessibleName(label);
        field->setToolTip(key);
        form->addRow(label + QLatin1Char(':'), field);
    };
    addRow(tr("Clicks"), m_stats.clicks ? locale.toString(*m_stats.clicks) : tr("Not given"),
           QStringLiteral("clicks"));
    addRow(tr("Referrals"),
           m_stats.referrals ? locale.toString(*m_stats.referrals) : tr("Not given"),
           QStringLiteral("referrals"));
    for (const auto &[key, value] : std::as_const(m_stats.other))
        addRow(readableLabel(key), value, key);
    if (!m_stats.shareLinks.isEmpty()) {
        auto *heading = new QLabel(tr("Share links"), content);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        form->addRow(heading);
        for (const auto &[network, url] : std::as_const(m_stats.shareLinks)) {
            const QString name = networkName(network);
            auto *link = new LinkField(url, tr("%1 share link").arg(name), content);
            link->setObjectName(QStringLiteral("share_") + network);
            form->addRow(name + QLatin1Char(':'), link);
        }
    }
    m_scroll->setWidget(content);
}

QString StatsPanel::valueText(const QString &key) const {
    const QWidget *content = m_scroll->widget();
    const auto *label =
        content ? content->findChild<QLabel *>(QStringLiteral("stat_") + key) : nullptr;
    return label ? label->text() : QString();
}

// SPDX-License-Identifier: GPL-3.0-or-later
// StatsWidget against a private sandbox: the values the server sends for ada_lovelace are the
// values shown (read back with raw HTTP, not the console's mapping), keys the console does not
// know become rows, the chart holds the counts, Copy puts a share link on the clipboard, and
// a failed read offers a Retry that works.
#include "tests/ui/referral/referraltest.h"

#include "ui/referral/balancewidget.h"
#include "ui/referral/statswidget.h"

#include <QApplication>
#include <QClipboard>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;
using namespace ReferralTest;

class TestStatsWidget final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void showsWhatTheServerSends();
    void unknownKeysBecomeRows();
    void copyPutsShareLinkOnClipboard();
    void failedReadOffersRetry();
    void labels();

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<Session> m_session;
    QString m_customer = u"ada_lovelace"_s;
};

void TestStatsWidget::initTestCase() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(m_sandbox.start({u"--customers"_s, u"40"_s}), qPrintable(m_sandbox.errorString()));
    m_session = makeSession(m_sandbox);
    int status = 0;
    rawCall(m_sandbox, "GET", u"/customers/"_s + m_customer, {}, &status);
    QCOMPARE(status, 200);
}

void TestStatsWidget::init() {
    QVERIFY(m_sandbox.clearFaults());
}

void TestStatsWidget::showsWhatTheServerSends() {
    const QJsonObject raw = rawCall(m_sandbox, "GET", u"/customers/%1/stats"_s.arg(m_customer))
                                .value(u"data"_s)
                                .toObject();
    QVERIFY(!raw.isEmpty());

    StatsWidget widget(m_session.get(), m_customer);
    QSignalSpy loaded(&widget, &StatsWidget::statsLoaded);
    widget.show(); // loads on show
    QVERIFY(loaded.wait(20000));
    QVERIFY(widget.hasStats());
    QVERIFY(widget.stateText().isEmpty());

    const QLocale locale;
    const qint64 clicks = raw.value(u"clicks"_s).toInteger();
    const qint64 referrals = raw.value(u"referrals_count"_s).toInteger();
    QCOMPARE(widget.findChild<QLabel *>(u"statsClicks"_s)->text(), locale.toString(clicks));
    QCOMPARE(widget.findChild<QLabel *>(u"statsReferrals"_s)->text(), locale.toString(referrals));

    // Every other key is a row; money in the locale's currency format.
    const QList<QPair<QString, QString>> rows = widget.rows();
    QVERIFY(rows.contains(
        qMakePair(u"Sign-ups"_s, locale.toString(raw.value(u"signups"_s).toInteger()))));
    QVERIFY(rows.contains(
        qMakePair(u"Paid accounts"_s, locale.toString(raw.value(u"paid_accounts"_s).toInteger()))));
    const QJsonArray revenue = raw.value(u"revenue"_s).toArray();
    QVERIFY(!revenue.isEmpty());
    for (const QJsonValue &value : revenue) {
        const QJsonObject entry = value.toObject();
        const QString currency = entry.value(u"currency"_s).toString();
        const QString shown = BalanceWidget::formatAmount(
            entry.value(u"amount"_s).toString().toDouble(), currency, true);
        QVERIFY2(rows.contains(qMakePair(u"Revenue (%1)"_s.arg(currency), shown)),
                 qPrintable(shown));
        QVERIFY(shown.startsWith(u'$') || currency != "USD"_L1);
    }
    QCOMPARE(rows.size(), 2 + revenue.size());

    // The chart: the counts, not the money.
    const auto bars = widget.chartValues();
    QCOMPARE(bars.size(), 4);
    QCOMPARE(bars.at(0), qMakePair(u"Clicks"_s, double(clicks)));
    QCOMPARE(bars.at(1), qMakePair(u"Referrals"_s, double(referrals)));
    QVERIFY(bars.contains(qMakePair(u"Sign-ups"_s, raw.value(u"signups"_s).toDouble())));
    QVERIFY(widget.findChild<QWidget *>(u"statsChart"_s)->isVisible());

    // Each share link with its URL as given.
    const QJsonObject links = raw.value(u"social_share_links"_s).toObject();
    QCOMPARE(widget.shareLinks().size(), links.size());
    for (auto it = links.constBegin(); it != links.constEnd(); ++it) {
        auto *field = widget.findChild<QLineEdit *>(u"shareLink_"_s + it.key());
        QVERIFY2(field, qPrintable(it.key()));
        QCOMPARE(field->text(), it.value().toString());
        QVERIFY(field->isReadOnly());
        QVERIFY(widget.findChild<QPushButton *>(u"openShareLink_"_s + it.key()));
    }

    widget.resize(560, widget.sizeHint().height());
    saveWidgetShot(&widget, u"stats.png"_s);
}

void TestStatsWidget::unknownKeysBecomeRows() {
    StatsWidget widget(m_session.get(), m_customer);
    CustomerStats stats;
    stats.clicks = 12;
    stats.other = {{u"lifetime_value"_s, u"12"_s},
                   {u"tiers[0].name"_s, u"Gold"_s},
                   {u"revenue.EUR"_s, u"15.5"_s},
                   {u"is_vip"_s, u"true"_s},
                   {u"note"_s, QString()}};
    widget.setStats(stats);
    const QList<QPair<QString, QString>> expected{
        {u"Lifetime value"_s, u"12"_s},
        {u"Tiers 1 (Name)"_s, u"Gold"_s},
        {u"Revenue (EUR)"_s, BalanceWidget::formatAmount(15.5, u"EUR"_s, true)},
        {u"Is vip"_s, u"Yes"_s},
        {u"Note"_s, u"—"_s},
    };
    QCOMPARE(widget.rows(), expected);
    QCOMPARE(widget.findChild<QLabel *>(u"statsReferrals"_s)->text(), u"—"_s);
    // Clicks and the one plain count; not the money, the text or the nested value.
    QCOMPARE(widget.chartValues(),
             (QList<QPair<QString, double>>{{u"Clicks"_s, 12.0}, {u"Lifetime value"_s, 12.0}}));
    QVERIFY(widget.shareLinks().isEmpty());
    QVERIFY(widget.findChild<QWidget *>(u"statsShareLinks"_s)->isHidden());
}

void TestStatsWidget::copyPutsShareLinkOnClipboard() {
    StatsWidget widget(m_session.get(), m_customer);
    QSignalSpy loaded(&widget, &StatsWidget::statsLoaded);
    widget.show();
    QVERIFY(loaded.wait(20000));
    QGuiApplication::clipboard()->setText(u"something else"_s);
    const QString expected = rawCall(m_sandbox, "GET", u"/customers/%1/stats"_s.arg(m_customer))
                                 .value(u"data"_s)
                                 .toObject()
                                 .value(u"social_share_links"_s)
                                 .toObject()
                                 .value(u"facebook"_s)
                                 .toString();
    QVERIFY(expected.startsWith(u"https://"_s));

    QSignalSpy copied(&widget, &StatsWidget::linkCopied);
    auto *copy = widget.findChild<QPushButton *>(u"copyShareLink_facebook"_s);
    QVERIFY(copy);
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);
    QCOMPARE(copied.size(), 1);
    QCOMPARE(copied.at(0).at(0).toString(), u"facebook"_s);
    QCOMPARE(copy->text(), u"Copied"_s);
    QTRY_COMPARE_WITH_TIMEOUT(copy->text(), u"Copy"_s, 5000);
}

void TestStatsWidget::failedReadOffersRetry() {
    QVERIFY(m_sandbox.queueFault(u"GET"_s, u"/v1/customers/%1/stats"_s.arg(m_customer),
                                 u"status=500"_s, 1));
    StatsWidget widget(m_session.get(), m_customer);
    QSignalSpy failed(&widget, &StatsWidget::loadFailed);
    QSignalSpy loaded(&widget, &StatsWidget::statsLoaded);
    widget.show();
    QVERIFY(failed.wait(20000));
    QVERIFY2(widget.stateText().contains(u"HTTP 500"_s), qPrintable(widget.stateText()));
    auto *retry = widget.findChild<QPushButton *>(u"statsRetry"_s);
    QVERIFY(retry && retry->isVisible());
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(loaded.wait(20000));
    QVERIFY(widget.stateText().isEmpty());
    QVERIFY(!retry->isVisible());
}

void TestStatsWidget::labels() {
    QCOMPARE(StatsWidget::labelForKey(u"paid_accounts"_s), u"Paid accounts"_s);
    QCOMPARE(StatsWidget::labelForKey(u"revenue.USD"_s), u"Revenue (USD)"_s);
    QCOMPARE(StatsWidget::labelForKey(u"conversion-rate"_s), u"Conversion rate"_s);
    QCOMPARE(StatsWidget::networkName(u"linkedin"_s), u"LinkedIn"_s);
    QCOMPARE(StatsWidget::networkName(u"email"_s), u"Email"_s);
    QCOMPARE(StatsWidget::networkName(u"mastodon"_s), u"Mastodon"_s);
}

QTEST_MAIN(TestStatsWidget)
#include "tst_statswidget.moc"

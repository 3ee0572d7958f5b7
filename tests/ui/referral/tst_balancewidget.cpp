// SPDX-License-Identifier: GPL-3.0-or-later
// BalanceWidget against a private sandbox: every entry the server sends for ada_lovelace is
// shown, formatted for people; showing the widget again reads the balance again, so a credit
// made elsewhere (here: a plain POST) appears; a failed read keeps the last balance and offers
// a Retry.
#include "tests/ui/referral/referraltest.h"

#include "ui/referral/balancewidget.h"

#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;
using namespace ReferralTest;

namespace {

// The entries as the server sends them, in order: (amount, units, is_currency).
struct RawEntry {
    double amount;
    QString units;
    bool isCurrency;
};

QList<RawEntry> rawBalance(const SandboxProcess &sandbox, const QString &id) {
    QList<RawEntry> out;
    const QJsonObject groups = rawCall(sandbox, "GET", u"/customers/%1/balance"_s.arg(id))
                                   .value(u"data"_s)
                                   .toObject()
                                   .value(u"balance"_s)
                                   .toObject();
    for (auto it = groups.constBegin(); it != groups.constEnd(); ++it) {
        for (const QJsonValue &value : it.value().toArray()) {
            const QJsonObject entry = value.toObject();
            out.append({entry.value(u"amount"_s).toDouble(),
                        entry.value(u"amount_units"_s).toString(),
                        entry.value(u"is_currency"_s).toBool()});
        }
    }
    return out;
}

QStringList formatted(const QList<RawEntry> &entries) {
    QStringList out;
    for (const RawEntry &entry : entries)
        out.append(BalanceWidget::formatAmount(entry.amount, entry.units, entry.isCurrency));
    return out;
}

} // namespace

class TestBalanceWidget final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void formatting();
    void showsEveryEntry();
    void reloadsWhenShownAgainAfterCredit();
    void failedReadKeepsBalanceAndOffersRetry();
    void customerWithoutRewards();

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<Session> m_session;
    QString m_customer = u"ada_lovelace"_s;
};

void TestBalanceWidget::initTestCase() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(m_sandbox.start({u"--customers"_s, u"40"_s}), qPrintable(m_sandbox.errorString()));
    m_session = makeSession(m_sandbox);
}

void TestBalanceWidget::init() {
    QVERIFY(m_sandbox.clearFaults());
}

void TestBalanceWidget::formatting() {
    QCOMPARE(BalanceWidget::formatAmount(3, u"USD"_s, true), u"$3.00"_s);
    QCOMPARE(BalanceWidget::formatAmount(1234.5, u"eur"_s, true), u"€1,234.50"_s);
    QCOMPARE(BalanceWidget::formatAmount(12.5, u"GBP"_s, true), u"£12.50"_s);
    QCOMPARE(BalanceWidget::formatAmount(120, u"points"_s, false), u"120\u00A0points"_s);
    QCOMPARE(BalanceWidget::formatAmount(2.5, u"credits"_s, false), u"2.5\u00A0credits"_s);
    QCOMPARE(BalanceWidget::currencyName(u"USD"_s), u"US Dollar"_s);
    // A code no locale uses is shown as the code.
    QVERIFY(BalanceWidget::formatAmount(7, u"XYZ"_s, true).contains(u"XYZ"_s));

    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(BalanceWidget::formatAmount(1234.5, u"EUR"_s, true), u"1.234,50\u00A0€"_s);
    QCOMPARE(BalanceWidget::formatAmount(3, u"USD"_s, true), u"3,00\u00A0$"_s);
    QCOMPARE(BalanceWidget::formatAmount(120, u"points"_s, false), u"120\u00A0points"_s);
    // LANG=C: the symbol in front, as in English, never "10.00$".
    QLocale::setDefault(QLocale::c());
    QCOMPARE(BalanceWidget::formatAmount(10, u"USD"_s, true), u"$10.00"_s);
    QCOMPARE(BalanceWidget::formatAmount(1234.5, u"EUR"_s, true), u"€1,234.50"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestBalanceWidget::showsEveryEntry() {
    const QList<RawEntry> raw = rawBalance(m_sandbox, m_customer);
    QVERIFY(!raw.isEmpty());

    BalanceWidget widget(m_session.get(), m_customer);
    QSignalSpy loaded(&widget, &BalanceWidget::balanceLoaded);
    widget.show();
    QVERIFY(loaded.wait(20000));
    QCOMPARE(widget.shownAmounts(), formatted(raw));
    QCOMPARE(widget.balance().entries.size(), raw.size());
    QVERIFY(widget.stateText().isEmpty());
    QVERIFY(!widget.findChild<QLabel *>(u"balanceUpdated"_s)->text().isEmpty());
    const auto balance = loaded.at(0).at(0).value<Balance>();
    QCOMPARE(balance.entries.size(), raw.size());
}

void TestBalanceWidget::reloadsWhenShownAgainAfterCredit() {
    BalanceWidget widget(m_session.get(), m_customer);
    QSignalSpy loaded(&widget, &BalanceWidget::balanceLoaded);
    widget.show();
    QVERIFY(loaded.wait(20000));
    const QStringList before = widget.shownAmounts();

    // A credit made elsewhere, in a currency and a unit ada may not have had yet.
    int status = 0;
    rawCall(m_sandbox, "POST", u"/customers/%1/balance/credit"_s.arg(m_customer),
            {{u"amount"_s, 7.5}, {u"amount_units"_s, u"EUR"_s}, {u"is_currency"_s, true}}, &status);
    QCOMPARE(status, 200);
    rawCall(m_sandbox, "POST", u"/customers/%1/balance/credit"_s.arg(m_customer),
            {{u"amount"_s, 40}, {u"amount_units"_s, u"points"_s}, {u"is_currency"_s, false}},
            &status);
    QCOMPARE(status, 200);
    const QList<RawEntry> after = rawBalance(m_sandbox, m_customer);
    QVERIFY(formatted(after) != before);

    QCOMPARE(widget.shownAmounts(), before); // nothing changes by itself
    widget.hide();
    widget.show();
    QVERIFY(loaded.wait(20000));
    QCOMPARE(widget.shownAmounts(), formatted(after));
    bool sawEuro = false;
    bool sawPoints = false;
    for (const BalanceEntry &entry : widget.balance().entries) {
        sawEuro |= entry.amountUnits == "EUR"_L1 && entry.isCurrency && entry.amount >= 7.5;
        sawPoints |= entry.amountUnits == "points"_L1 && !entry.isCurrency && entry.amount >= 40;
    }
    QVERIFY(sawEuro);
    QVERIFY(sawPoints);
    widget.resize(560, widget.sizeHint().height());
    saveWidgetShot(&widget, u"balance.png"_s);
    QVERIFY(widget.shownAmounts().contains(u"40\u00A0points"_s) ||
            !widget.shownAmounts().filter(u"points"_s).isEmpty());
}

void TestBalanceWidget::failedReadKeepsBalanceAndOffersRetry() {
    BalanceWidget widget(m_session.get(), m_customer);
    QSignalSpy loaded(&widget, &BalanceWidget::balanceLoaded);
    QSignalSpy failed(&widget, &BalanceWidget::loadFailed);
    widget.show();
    QVERIFY(loaded.wait(20000));
    const QStringList shown = widget.shownAmounts();

    QVERIFY(m_sandbox.queueFault(u"GET"_s, u"/v1/customers/%1/balance"_s.arg(m_customer),
                                 u"status=500"_s, 1));
    widget.reload();
    QVERIFY(widget.isLoading());
    QCOMPARE(widget.stateText(), u"Updating…"_s);
    QVERIFY(failed.wait(20000));
    QVERIFY2(widget.stateText().contains(u"HTTP 500"_s), qPrintable(widget.stateText()));
    QCOMPARE(widget.shownAmounts(), shown); // the last balance stays in sight
    auto *retry = widget.findChild<QPushButton *>(u"balanceRetry"_s);
    QVERIFY(retry && retry->isVisible());
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(loaded.wait(20000));
    QVERIFY(widget.stateText().isEmpty());
    QVERIFY(!retry->isVisible());
}

void TestBalanceWidget::customerWithoutRewards() {
    // Someone who referred nobody has earned nothing.
    const QHash<QString, Customer> all = allCustomers(m_session.get());
    QString leaf;
    for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
        if (it->referralsCount == 0 && rawBalance(m_sandbox, it.key()).isEmpty()) {
            leaf = it.key();
            break;
        }
    }
    QVERIFY(!leaf.isEmpty());
    BalanceWidget widget(m_session.get(), leaf);
    QSignalSpy loaded(&widget, &BalanceWidget::balanceLoaded);
    widget.show();
    QVERIFY(loaded.wait(20000));
    QVERIFY(widget.shownAmounts().isEmpty());
    QCOMPARE(widget.stateText(), u"No rewards yet."_s);
}

QTEST_MAIN(TestBalanceWidget)
#include "tst_balancewidget.moc"

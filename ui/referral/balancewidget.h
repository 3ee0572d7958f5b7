// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/apierror.h"
#include "models/balance.h"

#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>

class FieldErrorLabel;
class LatestRequest;
class QGridLayout;
class QLabel;
class QPushButton;
class QToolButton;
class Session;

// A refer-a-friend customer's reward balance: every currency and unit the server gives, one
// card each. Read again each time the widget is shown, so an open dialog never shows a
// balance from before a credit made elsewhere. While it reads, the last balance stays in
// sight; a failure is said with a Retry beside it.
class BalanceWidget final : public QWidget {
    Q_OBJECT

public:
    BalanceWidget(Session *session, const QString &identifier, QWidget *parent = nullptr);
    ~BalanceWidget() override;

    QString identifier() const { return m_identifier; }
    // The last balance read (empty before the first answer).
    Balance balance() const { return m_balance; }
    bool hasBalance() const { return m_loaded; }
    bool isLoading() const;
    // The amounts as shown ("$3.00", "120 points"), in the server's order.
    QStringList shownAmounts() const;
    // The state line: "Loading balance…", an error sentence, or empty.
    QString stateText() const;

    // GET /customers/{id}/balance now; a read still on its way is replaced.
    void reload();

    // "$3.00" in the person's locale for a currency, "120 points" for anything else.
    static QString formatAmount(double amount, const QString &units, bool isCurrency);
    // The symbol people know for an ISO 4217 code ("$" for USD, "€" for EUR), else the code.
    static QString currencySymbol(const QString &isoCode);
    // The currency's name ("US Dollar"), else empty.
    static QString currencyName(const QString &isoCode);

Q_SIGNALS:
    void balanceLoaded(const Balance &balance);
    void loadFailed(const ApiError &error);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Every fixed text of the widget in the current language.
    void retranslate();
    void rebuildCards();
    void setState(const QString &text, bool isError);

    QPointer<Session> m_session;
    QString m_identifier;
    LatestRequest *m_request = nullptr;
    Balance m_balance;
    bool m_loaded = false;
    QLabel *m_title = nullptr;
    QLabel *m_updated = nullptr;
    QToolButton *m_refresh = nullptr;
    QWidget *m_cards = nullptr;
    QGridLayout *m_cardGrid = nullptr;
    QList<QLabel *> m_amountLabels;
    FieldErrorLabel *m_state = nullptr;
    QPushButton *m_retry = nullptr;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/apierror.h"
#include "models/customerstats.h"

#include <QList>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QWidget>

class FieldErrorLabel;
class LatestRequest;
class QFormLayout;
class QGridLayout;
class QLabel;
class QPushButton;
class QToolButton;
class Session;
class StatsChart;

// A refer-a-friend customer's statistics (GET /customers/{id}/stats): clicks and referrals
// up front, a small bar chart of every count the server sends, every other value as a row
// (the endpoint's shape is not documented, so keys nobody knows yet are shown too, labelled
// from their names), and the social share links with Copy and Open.
class StatsWidget final : public QWidget {
    Q_OBJECT

public:
    StatsWidget(Session *session, const QString &identifier, QWidget *parent = nullptr);
    ~StatsWidget() override;

    QString identifier() const { return m_identifier; }
    CustomerStats stats() const { return m_stats; }
    bool hasStats() const { return m_loaded; }
    bool isLoading() const;

    // GET /customers/{id}/stats now; a read still on its way is replaced. Also done each time
    // the widget is shown.
    void reload();
    // Shows `stats` as if the server had sent them (previews, screenshots, tests).
    void setStats(const CustomerStats &stats);

    // What is shown, for tests and screen readers: the rows under the chart (label, value as
    // shown), the chart's bars, the share links (network as the server names it, URL).
    QList<QPair<QString, QString>> rows() const { return m_rows; }
    QList<QPair<QString, double>> chartValues() const;
    QList<QPair<QString, QString>> shareLinks() const { return m_stats.shareLinks; }
    QString stateText() const;

    // "paid_accounts" -> "Paid accounts", "revenue.USD" -> "Revenue (USD)".
    static QString labelForKey(const QString &key);
    // "linkedin" -> "LinkedIn"; unknown names are capitalised.
    static QString networkName(const QString &network);

Q_SIGNALS:
    void statsLoaded(const CustomerStats &stats);
    void loadFailed(const ApiError &error);
    // A share link was put on the clipboard.
    void linkCopied(const QString &network, const QString &url);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Every text of the widget in the current language, then rebuild().
    void retranslate();
    void rebuild();
    void copyLink(QPushButton *button, const QString &network, const QString &url);
    void setState(const QString &text, bool isError);

    QPointer<Session> m_session;
    QString m_identifier;
    LatestRequest *m_request = nullptr;
    CustomerStats m_stats;
    QList<QPair<QString, QString>> m_rows;
    bool m_loaded = false;

    QLabel *m_clicks = nullptr;
    QLabel *m_referrals = nullptr;
    QToolButton *m_refresh = nullptr;
    StatsChart *m_chart = nullptr;
    QLabel *m_clicksCaption = nullptr;
    QLabel *m_referralsCaption = nullptr;
    QLabel *m_rowsTitle = nullptr;
    QWidget *m_rowsBox = nullptr;
    QFormLayout *m_rowsForm = nullptr;
    QLabel *m_linksTitle = nullptr;
    QWidget *m_linksBox = nullptr;
    QGridLayout *m_linksGrid = nullptr;
    FieldErrorLabel *m_state = nullptr;
    QPushButton *m_retry = nullptr;
};

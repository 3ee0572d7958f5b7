#pragma once

#include "customerstats.h"

#include <QPointer>
#include <QWidget>

class LatestRequest;
class QFormLayout;
class QScrollArea;
class Session;
class StateBanner;
template <typename T> class ApiResult;

// A refer-a-friend customer's stats (the Stats tab): the known values, every other value the
// server sent, and the share links with Copy. The response shape is not documented, so what
// the mapping could not name is shown as it came. Loads when first shown.
class StatsPanel final : public QWidget {
    Q_OBJECT

public:
    StatsPanel(Session *session, const QString &identifier, QWidget *parent = nullptr);

    void ensureLoaded();
    void reload();
    bool isLoading() const { return m_loading; }
    bool hasLoaded() const { return m_hasStats; }
    const CustomerStats &stats() const { return m_stats; }

    StateBanner *banner() const { return m_banner; }
    // The value shown for "clicks", "referrals" or a key as the server named it
    // ("signups", "revenue.USD"), for tests.
    QString valueText(const QString &key) const;

Q_SIGNALS:
    void newKeyRequested();
    void statsShown();

private:
    void onResult(const ApiResult<CustomerStats> &result);
    void showStats();

    QPointer<Session> m_session;
    QString m_identifier;
    bool m_loading = false;
    bool m_hasStats = false;
    CustomerStats m_stats;
    LatestRequest *m_request;
    StateBanner *m_banner;
    QScrollArea *m_scroll;
};

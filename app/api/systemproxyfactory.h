// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QNetworkProxyFactory>

// The system's proxy (on Linux the http_proxy, https_proxy and no_proxy variables), except
// for addresses on this computer: the sandbox is never reached through a company's proxy,
// which could not reach it anyway. Set on one QNetworkAccessManager only; the application's
// global proxy is left alone.
class SystemProxyFactory final : public QNetworkProxyFactory {
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;
    // Whether a request to `url` goes through a proxy under this factory.
    static bool usesProxyFor(const QUrl &url);
};

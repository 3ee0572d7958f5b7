// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/proxysettings.h"

#include <QCoreApplication>
#include <QString>

class QSettings;

// How the console reaches its servers, for the whole application (every profile, the window
// and the command line), in QSettings under "network/". The proxy's password is never kept
// here: it lives in the keychain under ProxyPasswordAccount (CredentialStore), and proxy()
// leaves it empty.
class NetworkPreferences final {
    Q_DECLARE_TR_FUNCTIONS(NetworkPreferences)

public:
    // The keychain account of the proxy's password; profile ids are UUIDs, so it never
    // meets one.
    static QString proxyPasswordAccount();

    // Works on `settings`, which must outlive this object (tests pass an ini file).
    explicit NetworkPreferences(QSettings *settings);

    // A manual proxy without a host or a valid port reads as the system's proxy, so a
    // hand-edited file cannot cut the console off.
    ProxySettings proxy() const;
    // Saves everything but the password.
    void setProxy(const ProxySettings &proxy);
    // proxy() with the password read from the keychain for this run (rememberPassword()),
    // as the requests should use it.
    ProxySettings proxyInUse() const;

    // The proxy's password for this run, in memory only: read from the keychain once at
    // start, replaced when the person changes it in Preferences.
    static void rememberPassword(const QString &password);
    static QString rememberedPassword();

    // A sentence about what is wrong with `proxy`, or an empty string.
    static QString validate(const ProxySettings &proxy);
    // "system", "none", "HTTP proxy.example.com:3128", for diagnostics (never the user or
    // the password).
    static QString describe(const ProxySettings &proxy);

private:
    QSettings *m_settings;
};

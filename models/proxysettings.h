// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// How the console reaches its servers: through the system's proxy (the default), through a
// proxy of its own, or directly. One value for the whole application, not per profile.
// NetworkPreferences keeps everything but the password in the settings; the password lives in
// the keychain and only ever in memory here.
struct ProxySettings {
    enum class Mode { System, Manual, None };
    enum class Type { Http, Socks5 };

    Mode mode = Mode::System;
    Type type = Type::Http; // Manual only
    QString host;
    int port = 0;
    QString user;     // optional
    QString password; // optional; from the keychain, never saved with the rest
};

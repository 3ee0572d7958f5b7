// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/profiles/networkpreferences.h"

#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString ModeKey = u"network/proxyMode"_s;
const QString TypeKey = u"network/proxyType"_s;
const QString HostKey = u"network/proxyHost"_s;
const QString PortKey = u"network/proxyPort"_s;
const QString UserKey = u"network/proxyUser"_s;

QString modeId(ProxySettings::Mode mode) {
    switch (mode) {
    case ProxySettings::Mode::Manual:
        return u"manual"_s;
    case ProxySettings::Mode::None:
        return u"none"_s;
    case ProxySettings::Mode::System:
        break;
    }
    return u"system"_s;
}

QString &password() {
    static QString value;
    return value;
}

bool validHost(const QString &host) {
    const QString trimmed = host.trimmed();
    return !trimmed.isEmpty() && !trimmed.contains(u' ') && !trimmed.contains(u'/') &&
           !trimmed.contains(u'@');
}

} // namespace

QString NetworkPreferences::proxyPasswordAccount() {
    return u"network-proxy"_s;
}

NetworkPreferences::NetworkPreferences(QSettings *settings)
    : m_settings(settings) {
}

ProxySettings NetworkPreferences::proxy() const {
    ProxySettings proxy;
    const QString mode = m_settings->value(ModeKey).toString();
    if (mode == u"none"_s) {
        proxy.mode = ProxySettings::Mode::None;
        return proxy;
    }
    if (mode != u"manual"_s)
        return proxy;
    ProxySettings manual;
    manual.mode = ProxySettings::Mode::Manual;
    manual.type = m_settings->value(TypeKey).toString() == u"socks5"_s ? ProxySettings::Type::Socks5
                                                                       : ProxySettings::Type::Http;
    manual.host = m_settings->value(HostKey).toString().trimmed();
    manual.port = m_settings->value(PortKey).toInt();
    manual.user = m_settings->value(UserKey).toString();
    return validate(manual).isEmpty() ? manual : proxy;
}

ProxySettings NetworkPreferences::proxyInUse() const {
    ProxySettings in = proxy();
    if (in.mode == ProxySettings::Mode::Manual && !in.user.isEmpty())
        in.password = password();
    return in;
}

void NetworkPreferences::rememberPassword(const QString &value) {
    password() = value;
}

QString NetworkPreferences::rememberedPassword() {
    return password();
}

void NetworkPreferences::setProxy(const ProxySettings &proxy) {
    m_settings->setValue(ModeKey, modeId(proxy.mode));
    if (proxy.mode == ProxySettings::Mode::Manual) {
        m_settings->setValue(TypeKey,
                             proxy.type == ProxySettings::Type::Socks5 ? u"socks5"_s : u"http"_s);
        m_settings->setValue(HostKey, proxy.host.trimmed());
        m_settings->setValue(PortKey, proxy.port);
        if (proxy.user.isEmpty())
            m_settings->remove(UserKey);
        else
            m_settings->setValue(UserKey, proxy.user);
    }
    m_settings->sync();
}

QString NetworkPreferences::validate(const ProxySettings &proxy) {
    if (proxy.mode != ProxySettings::Mode::Manual)
        return {};
    if (!validHost(proxy.host))
        return tr("Enter the proxy's host name or address, such as proxy.example.com.");
    if (proxy.port < 1 || proxy.port > 65535)
        return tr("Enter the proxy's port, a number from 1 to 65535 (often 3128, 8080 or 1080).");
    if (!proxy.password.isEmpty() && proxy.user.isEmpty())
        return tr("Enter the user name that goes with the proxy's password.");
    return {};
}

QString NetworkPreferences::describe(const ProxySettings &proxy) {
    switch (proxy.mode) {
    case ProxySettings::Mode::None:
        return u"none"_s;
    case ProxySettings::Mode::System:
        return u"system"_s;
    case ProxySettings::Mode::Manual:
        break;
    }
    return u"%1 %2:%3%4"_s
        .arg(proxy.type == ProxySettings::Type::Socks5 ? u"SOCKS5"_s : u"HTTP"_s, proxy.host)
        .arg(proxy.port)
        .arg(proxy.user.isEmpty() ? QString() : u" (with a user name)"_s);
}

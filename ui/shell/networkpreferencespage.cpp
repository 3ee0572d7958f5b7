// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/networkpreferencespage.h"

#include "ui/widgets/dialogparts.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

NetworkPreferencesPage::NetworkPreferencesPage(QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_preferences(settings)
    , m_modes(new QButtonGroup(this)) {
    setObjectName(u"networkPreferencesPage"_s);
    const ProxySettings saved = m_preferences.proxy();

    m_system = new QRadioButton(tr("Use the &system's proxy"), this);
    m_system->setObjectName(u"systemProxyButton"_s);
    m_manual = new QRadioButton(tr("Use &this proxy:"), this);
    m_manual->setObjectName(u"manualProxyButton"_s);
    m_none = new QRadioButton(tr("&No proxy"), this);
    m_none->setObjectName(u"noProxyButton"_s);
    m_modes->addButton(m_system, int(ProxySettings::Mode::System));
    m_modes->addButton(m_manual, int(ProxySettings::Mode::Manual));
    m_modes->addButton(m_none, int(ProxySettings::Mode::None));
    m_modes->button(int(saved.mode))->setChecked(true);

    m_type = new QComboBox(this);
    m_type->setObjectName(u"proxyTypeCombo"_s);
    m_type->addItem(tr("HTTP"), int(ProxySettings::Type::Http));
    m_type->addItem(tr("SOCKS5"), int(ProxySettings::Type::Socks5));
    m_type->setCurrentIndex(saved.type == ProxySettings::Type::Socks5 ? 1 : 0);
    m_host = new QLineEdit(saved.host, this);
    m_host->setObjectName(u"proxyHostEdit"_s);
    m_host->setPlaceholderText(tr("proxy.example.com"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(u"proxyPortSpin"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(saved.port > 0 ? saved.port : 3128);
    m_user = new QLineEdit(saved.user, this);
    m_user->setObjectName(u"proxyUserEdit"_s);
    m_user->setPlaceholderText(tr("optional"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"proxyPasswordEdit"_s);
    DialogParts::makeSecretField(m_password);

    auto *form = new QFormLayout;
    form->setContentsMargins(24, 0, 0, 0); // under "Use this proxy", which they belong to
    form->addRow(tr("T&ype:"), m_type);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);

    m_problem = DialogParts::problemLabel(this);
    m_problem->setObjectName(u"proxyProblemLabel"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_system);
    layout->addWidget(DialogParts::muted(
        tr("On Linux the system's proxy is read from the http_proxy, https_proxy and no_proxy "
           "environment variables. Addresses on this computer (the sandbox) never go through "
           "it."),
        this));
    layout->addWidget(m_manual);
    layout->addLayout(form);
    layout->addWidget(m_none);
    layout->addWidget(DialogParts::muted(
        tr("The password is kept in the keychain, never in the settings. For the command line, "
           "PARTNERO_PROXY_PASSWORD may give it instead."),
        this));
    layout->addWidget(m_problem);
    layout->addStretch(1);

    connect(m_modes, &QButtonGroup::idToggled, this, [this] {
        DialogParts::setProblem(m_problem, {});
        updateEnabled();
    });
    for (QLineEdit *edit : {m_host, m_user, m_password})
        connect(edit, &QLineEdit::textEdited, this,
                [this] { DialogParts::setProblem(m_problem, {}); });
    updateEnabled();
}

void NetworkPreferencesPage::updateEnabled() {
    const bool manual = m_manual->isChecked();
    for (QWidget *field :
         std::initializer_list<QWidget *>{m_type, m_host, m_port, m_user, m_password})
        field->setEnabled(manual);
}

void NetworkPreferencesPage::setSavedPassword(const QString &password) {
    m_savedPassword = password;
    m_password->setText(password);
}

QString NetworkPreferencesPage::password() const {
    return m_manual->isChecked() ? m_password->text() : QString();
}

bool NetworkPreferencesPage::passwordChanged() const {
    return password() != m_savedPassword;
}

ProxySettings NetworkPreferencesPage::proxy() const {
    ProxySettings proxy;
    proxy.mode = ProxySettings::Mode(m_modes->checkedId());
    if (proxy.mode != ProxySettings::Mode::Manual)
        return proxy;
    proxy.type = ProxySettings::Type(m_type->currentData().toInt());
    proxy.host = m_host->text().trimmed();
    proxy.port = m_port->value();
    proxy.user = m_user->text().trimmed();
    proxy.password = m_password->text();
    return proxy;
}

QString NetworkPreferencesPage::validate() {
    const QString problem = NetworkPreferences::validate(proxy());
    DialogParts::setProblem(m_problem, problem);
    if (!problem.isEmpty()) {
        if (m_host->isEnabled() && m_host->text().trimmed().isEmpty())
            m_host->setFocus();
        else if (!m_password->text().isEmpty() && m_user->text().trimmed().isEmpty())
            m_user->setFocus();
    }
    return problem;
}

bool NetworkPreferencesPage::save() {
    if (!validate().isEmpty())
        return false;
    m_preferences.setProxy(proxy());
    return true;
}

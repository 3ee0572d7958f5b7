// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/profiles/networkpreferences.h"
#include "models/proxysettings.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

// The Network page of Preferences: the system's proxy (the default), a proxy of the person's
// own (HTTP or SOCKS5, host, port, an optional user and password), or none. Shows what
// NetworkPreferences reads from `settings`; save() writes everything but the password, which
// the caller puts in the keychain (password(), passwordChanged()).
class NetworkPreferencesPage final : public QWidget {
    Q_OBJECT

public:
    explicit NetworkPreferencesPage(QSettings *settings, QWidget *parent = nullptr);

    // The password held in the keychain, shown hidden; passwordChanged() compares with it.
    void setSavedPassword(const QString &password);
    // The proxy as entered, password included.
    ProxySettings proxy() const;
    QString password() const;
    bool passwordChanged() const;

    // A sentence about what is wrong, shown under the fields; empty when all is well.
    QString validate();
    // Validates, then writes the settings (not the password). False when something is wrong.
    bool save();

    QRadioButton *systemButton() const { return m_system; }
    QRadioButton *manualButton() const { return m_manual; }
    QRadioButton *noneButton() const { return m_none; }
    QComboBox *typeCombo() const { return m_type; }
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portSpin() const { return m_port; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }

private:
    void updateEnabled();

    NetworkPreferences m_preferences;
    QString m_savedPassword;
    QButtonGroup *m_modes;
    QRadioButton *m_system;
    QRadioButton *m_manual;
    QRadioButton *m_none;
    QComboBox *m_type;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_problem;
};

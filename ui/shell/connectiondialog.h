// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/profiles/profile.h"
#include "models/programinfo.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class CaFileField;
class ProfileStore;
class Session;
class SharedStoreBox;

// First run, a new profile, or a new key for an existing one: name, base URL, the API key
// (hidden, with show/hide) and the program kind. "Test and save" checks the key against the
// server and shows the detected kind before the dialog accepts; "Try the sandbox" leaves the
// choice to the caller (sandboxRequested()). A new profile can file under a team's shared store
// from the start ("Shared store (PostgreSQL)", folded until checked), so that its first change
// already goes to the team's journal.
class ConnectionDialog final : public QDialog {
    Q_OBJECT

public:
    enum class Mode { NewProfile, NewKey };

    explicit ConnectionDialog(ProfileStore *profiles, QWidget *parent = nullptr);

    // NewKey: only the key can change; the rest shows the profile it is for.
    void setProfile(const Profile &profile, Mode mode);
    void setMessage(const QString &sentence);

    // After accept(): the profile as typed (kind = the choice, or the detected kind when the
    // choice was "Detect"), the key, and what the server said.
    Profile profile() const;
    QString apiKey() const;
    // The shared store's password as typed (for the keychain); empty when none was.
    QString storePassword() const;
    ProgramInfo programInfo() const { return m_info; }
    bool sandboxChosen() const { return m_sandboxChosen; }

    // For tests and the screenshot tool.
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *keyEdit() const { return m_key; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *sandboxButton() const { return m_sandbox; }
    QLabel *statusLabel() const { return m_status; }
    CaFileField *caFileField() const { return m_caFile; }
    SharedStoreBox *sharedStoreBox() const { return m_sharedStore; }

Q_SIGNALS:
    void sandboxRequested();

private:
    QString validationMessage() const;
    void updateState();
    void testAndSave();
    void onConnected(const ProgramInfo &info);
    void onFailed(const QString &sentence);
    void setBusy(bool busy);
    void suggestProgram();

    ProfileStore *m_profiles;
    Profile m_profile;
    Mode m_mode = Mode::NewProfile;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QLineEdit *m_key;
    QComboBox *m_kind;
    CaFileField *m_caFile;
    SharedStoreBox *m_sharedStore;
    QLabel *m_status;
    QPushButton *m_test;
    QPushButton *m_sandbox;
    QDialogButtonBox *m_buttons;
    QPointer<Session> m_probe;
    ProgramInfo m_info;
    bool m_busy = false;
    bool m_sandboxChosen = false;
};

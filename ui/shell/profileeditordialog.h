// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/profiles/profile.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class CaFileField;
class ProfileStore;
class SharedStoreBox;

// Changes one saved profile: its name, address, program kind, role, extra certificate
// authority, (optionally) its API key, and the team's shared store it uses. Next to the role it
// says that a role prevents mistakes and is no security boundary. Saving is the caller's: the
// dialog only checks the fields (the store's own rules).
class ProfileEditorDialog final : public QDialog {
    Q_OBJECT

public:
    ProfileEditorDialog(ProfileStore *profiles, const Profile &profile, QWidget *parent = nullptr);

    // The profile as typed.
    Profile profile() const;
    // The new key, or an empty string to keep the one in the keychain.
    QString newKey() const;
    // The shared store's new password, or an empty string to keep the saved one.
    QString newStorePassword() const;

    // For tests.
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *keyEdit() const { return m_key; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *roleBox() const { return m_role; }
    QLabel *roleNote() const { return m_roleNote; }
    QLabel *problemLabel() const { return m_problem; }
    CaFileField *caFileField() const { return m_caFile; }
    SharedStoreBox *sharedStoreBox() const { return m_sharedStore; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    QString problem() const;
    void updateState();

    ProfileStore *m_profiles;
    Profile m_original;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QComboBox *m_kind;
    QComboBox *m_role;
    QLabel *m_roleDescription;
    QLabel *m_roleNote;
    QLineEdit *m_key;
    CaFileField *m_caFile;
    SharedStoreBox *m_sharedStore;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

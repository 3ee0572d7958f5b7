// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/profiles/profile.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QSet>

class CredentialStore;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class ProfileEditorDialog;
class ProfileStore;

// File > Manage profiles…: the saved profiles, each renamed in place (F2 or a double click),
// edited (address, kind, role, key), duplicated or deleted. Deleting removes the key from the
// keychain and the profile's local data; it is refused for the connected profile and while
// changes of that profile wait for a decision in the journal (the store's guard), and the
// dialog then lists those changes. What was refused or failed is said in the dialog itself.
//
// Duplicating copies the settings (address, kind, role, rows per page, columns, sort), never
// the key unless the person chooses "Copy with the key".
class ManageProfilesDialog final : public QDialog {
    Q_OBJECT

public:
    ManageProfilesDialog(ProfileStore *profiles, CredentialStore *credentials,
                         const QString &connectedId, QWidget *parent = nullptr);

    // The actions the buttons run, on the profile selected in the list.
    void renameSelected(const QString &name);
    // Opens the editor (window-modal, returned) and saves what it gives when accepted.
    ProfileEditorDialog *editSelected();
    // Asks whether to copy the key (MessageBox), then makes the copy and selects it.
    QString duplicateSelected();
    // Asks (MessageBox), then deletes, or says why not.
    bool deleteSelected();

    void selectProfile(const QString &id);
    QString selectedId() const;

    // For tests.
    QListWidget *list() const { return m_list; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *duplicateButton() const { return m_duplicate; }
    QPushButton *deleteButton() const { return m_delete; }

Q_SIGNALS:
    // The connected profile's address, kind or key changed: it must connect again.
    // `newKey` is empty when only the address or the kind changed.
    void connectedProfileChanged(const Profile &profile, const QString &newKey);

private:
    void reload();
    void updateButtons();
    void say(const QString &sentence);
    void onItemChanged(QListWidgetItem *item);
    void saveEdited(const Profile &before, const Profile &after, const QString &newKey,
                    const QString &newStorePassword = {});
    QString itemText(const Profile &profile) const;

    ProfileStore *m_profiles;
    QPointer<CredentialStore> m_credentials;
    QString m_connectedId;
    QListWidget *m_list;
    QLabel *m_message;
    QPushButton *m_rename;
    QPushButton *m_edit;
    QPushButton *m_duplicate;
    QPushButton *m_delete;
    bool m_reloading = false;
    // Keys read from the keychain for a copy: source id -> copy id.
    QHash<QString, QString> m_keyCopies;
    // Profiles whose keychain answer this dialog waits for (a failure is said here).
    QSet<QString> m_keyJobs;
};

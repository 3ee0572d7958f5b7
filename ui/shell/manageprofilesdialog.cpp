// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/manageprofilesdialog.h"

#include "app/credentials/credentialstore.h"
#include "app/profiles/profilestore.h"
#include "models/programkindtext.h"
#include "ui/shell/profileeditordialog.h"
#include "ui/widgets/messagebox.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int IdRole = Qt::UserRole + 1;
}

ManageProfilesDialog::ManageProfilesDialog(ProfileStore *profiles, CredentialStore *credentials,
                                           const QString &connectedId, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_connectedId(connectedId)
    , m_list(new QListWidget(this))
    , m_message(new QLabel(this))
    , m_rename(new QPushButton(tr("&Rename"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_duplicate(new QPushButton(tr("D&uplicate…"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this)) {
    setWindowTitle(tr("Manage profiles"));
    setMinimumSize(560, 360);

    auto *intro = new QLabel(tr("&Profiles saved on this computer. Rename one in place with F2; "
                                "its key stays in the keychain."),
                             this);
    intro->setWordWrap(true);
    intro->setBuddy(m_list);
    m_list->setObjectName(u"profileList"_s);
    m_list->setAccessibleName(tr("Saved profiles"));
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_message->setObjectName(u"profilesMessage"_s);
    m_message->setWordWrap(true);
    // Customer names and profile names reach this label: data, never markup.
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_rename->setToolTip(tr("Rename the selected profile"));
    m_edit->setToolTip(tr("Change the address, program kind, role or API key"));
    m_duplicate->setToolTip(tr("A new profile with the same settings"));
    m_delete->setToolTip(tr("Delete the profile, its key in the keychain and its local data"));
    auto *side = new QVBoxLayout;
    for (QPushButton *button : {m_rename, m_edit, m_duplicate, m_delete}) {
        button->setAutoDefault(false);
        side->addWidget(button);
    }
    side->addStretch();

    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(side);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        say(QString());
        updateButtons();
    });
    connect(m_list, &QListWidget::itemChanged, this, &ManageProfilesDialog::onItemChanged);
    connect(m_list, &QListWidget::itemActivated, this, [this] { editSelected(); });
    connect(m_rename, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem())
            m_list->editItem(item);
    });
    connect(m_edit, &QPushButton::clicked, this, [this] { editSelected(); });
    connect(m_duplicate, &QPushButton::clicked, this, [this] { duplicateSelected(); });
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteSelected(); });

    if (m_credentials) {
        connect(m_credentials, &CredentialStore::keyRead, this,
                [this](const QString &profileId, const QString &key) {
                    const QString copyId = m_keyCopies.take(profileId);
                    m_keyJobs.remove(profileId);
                    if (!copyId.isEmpty() && m_profiles->contains(copyId)) {
                        m_keyJobs.insert(copyId);
                        m_credentials->writeKey(copyId, key);
                    }
                });
        connect(m_credentials, &CredentialStore::keyMissing, this,
                [this](const QString &profileId) {
                    m_keyJobs.remove(profileId);
                    if (!m_keyCopies.take(profileId).isEmpty())
                        say(tr("The profile was copied; it had no saved key to copy."));
                });
        connect(
            m_credentials, &CredentialStore::failed, this,
            [this](const QString &profileId, CredentialStore::Operation, const QString &sentence) {
                m_keyCopies.remove(profileId);
                if (m_keyJobs.remove(profileId))
                    say(sentence);
            });
        connect(m_credentials, &CredentialStore::keyWritten, this,
                [this](const QString &profileId) { m_keyJobs.remove(profileId); });
    }

    reload();
    if (!m_connectedId.isEmpty())
        selectProfile(m_connectedId);
    if (m_list->currentRow() < 0 && m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_list->setFocus();
}

QString ManageProfilesDialog::itemText(const Profile &profile) const {
    return profile.name;
}

void ManageProfilesDialog::reload() {
    const QString selected = selectedId();
    m_reloading = true;
    m_list->clear();
    const auto profiles = m_profiles->profiles();
    for (const Profile &profile : profiles) {
        auto *item = new QListWidgetItem(itemText(profile), m_list);
        item->setData(IdRole, profile.id);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        QString details =
            tr("%1 · %2 · role: %3")
                .arg(profile.baseUrl.toDisplayString(),
                     profile.kind == ProgramKind::Unknown ? tr("kind detected on connect")
                                                          : programKindText(profile.kind),
                     ProfileRoles::text(profile.role));
        if (profile.id == m_connectedId)
            details = tr("%1 (connected now)").arg(details);
        item->setToolTip(details);
        item->setData(Qt::AccessibleDescriptionRole, details);
    }
    m_reloading = false;
    if (!selected.isEmpty())
        selectProfile(selected);
    updateButtons();
}

void ManageProfilesDialog::selectProfile(const QString &id) {
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(IdRole).toString() == id) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

QString ManageProfilesDialog::selectedId() const {
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(IdRole).toString() : QString();
}

void ManageProfilesDialog::updateButtons() {
    const bool any = m_list->currentItem();
    for (QPushButton *button : {m_rename, m_edit, m_duplicate, m_delete})
        button->setEnabled(any);
}

void ManageProfilesDialog::say(const QString &sentence) {
    m_message->setText(sentence);
}

void ManageProfilesDialog::onItemChanged(QListWidgetItem *item) {
    if (m_reloading)
        return;
    const QString id = item->data(IdRole).toString();
    const auto profile = m_profiles->profile(id);
    if (!profile || item->text() == profile->name)
        return;
    const QString name = item->text();
    QString problem;
    if (!m_profiles->rename(id, name, &problem)) {
        // Back to the saved name: the list shows what is saved.
        const QSignalBlocker block(m_list);
        item->setText(profile->name);
        say(problem);
        return;
    }
    reload();
    say(tr("Renamed to “%1”.").arg(m_profiles->profile(id)->name));
}

void ManageProfilesDialog::renameSelected(const QString &name) {
    if (QListWidgetItem *item = m_list->currentItem())
        item->setText(name); // as an edit in place ends
}

ProfileEditorDialog *ManageProfilesDialog::editSelected() {
    const auto profile = m_profiles->profile(selectedId());
    if (!profile)
        return nullptr;
    auto *editor = new ProfileEditorDialog(m_profiles, *profile, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor, before = *profile] {
        saveEdited(before, editor->profile(), editor->newKey(), editor->newStorePassword());
    });
    editor->open();
    return editor;
}

void ManageProfilesDialog::saveEdited(const Profile &before, const Profile &after,
                                      const QString &newKey, const QString &newStorePassword) {
    QString problem;
    if (!m_profiles->update(after, &problem)) {
        say(problem);
        return;
    }
    // The keychain only: the key never goes near the settings file.
    if (!newKey.isEmpty() && m_credentials) {
        m_keyJobs.insert(after.id);
        m_credentials->writeKey(after.id, newKey);
    }
    const QString storeAccount = Profile::sharedStoreAccount(after.id);
    if (m_credentials && !newStorePassword.isEmpty()) {
        m_keyJobs.insert(storeAccount);
        m_credentials->writeKey(storeAccount, newStorePassword);
    } else if (m_credentials && before.hasSharedStore() && !after.hasSharedStore()) {
        // Back to local files: the password of a store no longer used is not kept.
        m_credentials->deleteKey(storeAccount);
    }
    reload();
    say(tr("Saved “%1”.").arg(after.name));
    const bool connectionChanged =
        after.baseUrl != before.baseUrl || after.kind != before.kind ||
        after.caFile != before.caFile || !(after.sharedStore == before.sharedStore) ||
        after.teamProgramId != before.teamProgramId || !newStorePassword.isEmpty();
    if (after.id == m_connectedId && (connectionChanged || !newKey.isEmpty()))
        Q_EMIT connectedProfileChanged(after, newKey);
}

QString ManageProfilesDialog::duplicateSelected() {
    const auto profile = m_profiles->profile(selectedId());
    if (!profile)
        return {};
    const auto answer = MessageBox::chooseOrCancel(
        this, tr("Duplicate profile"),
        tr("The copy of “%1” gets its address, program kind, role, rows per page and columns. "
           "Its API key is copied only if you say so; otherwise you enter a key when you "
           "first open the copy.")
            .arg(profile->name),
        tr("Copy &without the key"), tr("Copy &with the key"));
    if (answer == QMessageBox::Cancel)
        return {};
    QString problem;
    const QString copyId =
        m_profiles->duplicate(profile->id, m_profiles->copyName(profile->name), &problem);
    if (copyId.isEmpty()) {
        say(problem);
        return {};
    }
    if (answer == QMessageBox::No && m_credentials) {
        m_keyCopies.insert(profile->id, copyId);
        m_keyJobs.insert(profile->id);
        m_credentials->readKey(profile->id);
    }
    reload();
    selectProfile(copyId);
    say(answer == QMessageBox::No ? tr("Copied as “%1”, with the key. Press F2 to rename it.")
                                        .arg(m_profiles->profile(copyId)->name)
                                  : tr("Copied as “%1”, without the key. Press F2 to rename it.")
                                        .arg(m_profiles->profile(copyId)->name));
    return copyId;
}

bool ManageProfilesDialog::deleteSelected() {
    const auto profile = m_profiles->profile(selectedId());
    if (!profile)
        return false;
    if (profile->id == m_connectedId) {
        say(tr("“%1” is connected now. Switch to another profile before you delete it.")
                .arg(profile->name));
        return false;
    }
    const auto answer = MessageBox::choose(
        this, tr("Delete profile"),
        tr("Delete the profile “%1”? Its API key is removed from the keychain and its local "
           "data (the customer index) from this computer. The journal keeps its changes.")
            .arg(profile->name),
        tr("&Delete"), tr("&Keep"));
    if (answer != QMessageBox::Yes)
        return false;
    QString problem;
    if (!m_profiles->remove(profile->id, &problem)) {
        say(problem.isEmpty() ? tr("“%1” could not be deleted.").arg(profile->name) : problem);
        return false;
    }
    reload();
    if (m_list->currentRow() < 0 && m_list->count() > 0)
        m_list->setCurrentRow(0);
    say(tr("Deleted “%1”.").arg(profile->name));
    return true;
}

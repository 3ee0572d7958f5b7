// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/profiles/profile.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

class CredentialStore;
class QSettings;

// Connection profiles in QSettings: name, base URL, program kind, role, last use, page size
// and per-profile UI state (column layout and the like). Never the API key.
//
// Layout: profiles/<id>/{name,baseUrl,kind,role,lastUsed,pageSize,caFile}, profiles/<id>/ui/<key>,
// and lastUsedProfile=<id>. Every change is synced to disk at once.
//
// Session profiles (the sandbox's, --base-url) live in memory for this run only: profile(),
// update() and the UI state work on them as on saved ones, so their page size and columns
// survive a switch to another profile and back; profiles() does not list them.
class ProfileStore final : public QObject {
    Q_OBJECT

public:
    // Works on `settings`, which must outlive the store (tests pass an ini file).
    explicit ProfileStore(QSettings *settings, QObject *parent = nullptr);
    // Owns QSettings(organization, application) at the platform's usual place.
    ProfileStore(const QString &organization, const QString &application,
                 QObject *parent = nullptr);
    ~ProfileStore() override;

    // Where the profiles are kept; Preferences live beside them.
    QSettings *settings() const { return m_settings; }

    // When set, remove() also deletes the profile's key from the keychain.
    void setCredentialStore(CredentialStore *credentials);

    // Sorted by name, ignoring case.
    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString &id) const;
    std::optional<Profile> profileByName(const QString &name) const; // ignoring case and spaces
    bool contains(const QString &id) const;

    // Each returns a sentence for people, or an empty string when the value is fine.
    // `exceptId` is the profile being renamed, which may keep its own name.
    QString validateName(const QString &name, const QString &exceptId = {}) const;
    // https, or http for this computer only (localhost, 127.0.0.0/8, ::1).
    static QString validateBaseUrl(const QUrl &url);
    static QString validatePageSize(int pageSize);
    QString validate(const Profile &profile) const;
    static bool isLoopbackHost(const QString &host);

    // The folder of a profile's local data on this computer (its customer index): removing the
    // profile deletes it, since it holds personal data.
    static QString dataFolder(const QString &id);

    // Adds a profile (a new id is made when profile.id is empty) and returns its id, or an
    // empty string and a sentence in errorMessage.
    QString add(const Profile &profile, QString *errorMessage = nullptr);
    bool rename(const QString &id, const QString &name, QString *errorMessage = nullptr);
    // A copy of the profile under `name`: its address, kind, role, page size and UI state (not
    // its last use, nor its key: the keychain holds that). Returns the new id, or an empty
    // string and a sentence in errorMessage.
    QString duplicate(const QString &id, const QString &name, QString *errorMessage = nullptr);
    // A name for a copy of `name` that no profile has yet: "Acme (copy)", "Acme (copy 2)"….
    QString copyName(const QString &name) const;

    // Keeps `profile` (its id set by the caller) in memory for this run; see the class comment.
    void addSessionProfile(const Profile &profile);
    bool isSessionProfile(const QString &id) const { return m_sessionProfiles.contains(id); }
    // Saves every field of an existing profile.
    bool update(const Profile &profile, QString *errorMessage = nullptr);
    // Asked before a profile is removed: a sentence saying why it must not be (its changes
    // still need a decision in the journal), or an empty string.
    using RemovalGuard = std::function<QString(const QString &profileId)>;
    void setRemovalGuard(RemovalGuard guard) { m_removalGuard = std::move(guard); }

    // Forgets the profile and its UI state, and asks the CredentialStore (if set) to delete
    // its key; the app shows that store's failed() sentence if the keychain cannot. Refused,
    // with the guard's sentence in errorMessage, when the removal guard says no.
    bool remove(const QString &id, QString *errorMessage = nullptr);

    std::optional<Profile> lastUsedProfile() const;
    QString lastUsedProfileId() const;
    // Remembers `id` as the profile to open next time and stamps its lastUsed.
    bool setLastUsed(const QString &id, const QDateTime &when = QDateTime::currentDateTimeUtc());

    // Per-profile UI state; false when the profile does not exist.
    bool setValue(const QString &profileId, const QString &key, const QVariant &value);
    QVariant value(const QString &profileId, const QString &key,
                   const QVariant &defaultValue = {}) const;
    void removeValue(const QString &profileId, const QString &key);

signals:
    void profileAdded(const QString &id);
    void profileChanged(const QString &id);
    void profileRemoved(const QString &id);

private:
    void write(const Profile &profile);
    bool sync(QString *errorMessage);
    static QString group(const QString &id);
    static QUrl normalized(const QUrl &url);

    QHash<QString, Profile> m_sessionProfiles;
    QHash<QString, QVariantHash> m_sessionValues;
    std::unique_ptr<QSettings> m_ownedSettings;
    QSettings *m_settings = nullptr;
    QPointer<CredentialStore> m_credentials;
    RemovalGuard m_removalGuard;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/profiles/profilerole.h"
#include "app/store/postgrestarget.h"
#include "models/programkind.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QUrl>

// The production API; a profile may point elsewhere (the sandbox on loopback, a staging host).
inline constexpr char DefaultBaseUrl[] = "https://api.partnero.com/v1";

// A connection to one Partnero program. Never holds the API key: that lives in the keychain
// (CredentialStore), under the profile's id.
struct Profile {
    static constexpr int DefaultPageSize = 25;

    QString id; // a UUID without braces, given by ProfileStore::add()
    QString name;
    QUrl baseUrl = defaultBaseUrl();
    ProgramKind kind = ProgramKind::Unknown; // Unknown: detect it on connect
    QDateTime lastUsed;                      // UTC; invalid when never used
    int pageSize = DefaultPageSize;
    ProfileRole role = ProfileRole::Full; // what the console offers, see ProfileRoles
    // A PEM file of an extra certificate authority trusted for this profile's requests, on
    // top of the system's (a company that inspects TLS); empty for none.
    QString caFile;
    // A team's shared store: the journal and the customer index in a PostgreSQL database that
    // every console of the program uses. Empty (isEmpty()) for the local SQLite files. Its
    // password is in the keychain (sharedStoreAccount()), never here.
    PostgresTarget sharedStore;
    // Which program of the shared store this profile files under: the id the store gave it
    // when the program was registered (TeamPrograms), and its name, for sentences.
    QString teamProgramId;
    QString teamProgramName;

    bool hasSharedStore() const { return !sharedStore.isEmpty(); }
    bool isNull() const { return id.isEmpty(); }

    static QUrl defaultBaseUrl() { return QUrl(QString::fromLatin1(DefaultBaseUrl)); }
    static QString newId();
    // The keychain account of the shared store's password: "<profile id>/shared-store".
    static QString sharedStoreAccount(const QString &profileId);
};

Q_DECLARE_METATYPE(Profile)

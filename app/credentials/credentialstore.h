// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>

namespace QKeychain {
class Job;
}

// API keys in the system keychain (Secret Service through QtKeychain), one entry per profile:
// service "partnero-console", account = the profile id. Every operation is asynchronous and
// answers exactly once, through one of the signals below, carrying the profile id.
//
// There is no plaintext fallback. Where no keychain is reachable the store says why in a
// sentence that names what to install or start, and the caller may keep a key in memory for
// this run only (setSessionKey()).
class CredentialStore final : public QObject {
    Q_OBJECT

public:
    enum class Operation { Read, Write, Delete };
    Q_ENUM(Operation)

    enum class Availability {
        Unknown,          // not checked yet, or the check itself failed
        Available,        // a Secret Service is running or can be started by the bus
        NoSessionBus,     // no D-Bus session bus: nothing can reach a keychain
        NoSecretService,  // a bus, but nobody provides org.freedesktop.secrets
        LibsecretMissing, // libsecret-1.so.0 cannot be loaded; QtKeychain needs it at run time
    };
    Q_ENUM(Availability)

    explicit CredentialStore(QObject *parent = nullptr);
    ~CredentialStore() override;

    static QString serviceName(); // "partnero-console"

    // Answers with keyRead, keyMissing (no key saved: ask the person) or failed.
    // A session key (setSessionKey) answers without touching the keychain.
    void readKey(const QString &profileId);
    // Answers with keyWritten or failed. A failed write leaves any saved key as it was.
    // A successful write replaces the session key of that profile, if any.
    void writeKey(const QString &profileId, const QString &key);
    // Forgets the session key at once, then answers with keyDeleted (also when nothing was
    // saved) or failed.
    void deleteKey(const QString &profileId);

    // Session-only mode: the key lives in this object's memory until the program ends.
    void setSessionKey(const QString &profileId, const QString &key);
    bool hasSessionKey(const QString &profileId) const;
    void clearSessionKey(const QString &profileId);

    // Finds out, without reading any key, whether a keychain can be reached; answers with
    // availabilityChecked. availability() holds the last answer.
    void checkAvailability();
    Availability availability() const { return m_availability; }
    // The sentence for people about an availability problem; empty for Available and Unknown.
    static QString sentenceFor(Availability availability);

    // Pause before the single retry of an operation that failed because the keychain did not
    // answer (it may still be starting with the session).
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }
    std::chrono::milliseconds retryDelay() const { return m_retryDelay; }

signals:
    void keyRead(const QString &profileId, const QString &key);
    void keyMissing(const QString &profileId);
    void keyWritten(const QString &profileId);
    void keyDeleted(const QString &profileId);
    void failed(const QString &profileId, CredentialStore::Operation operation,
                const QString &sentence);
    void availabilityChecked(CredentialStore::Availability availability, const QString &sentence);

private:
    void startRead(const QString &profileId, int attempt);
    void startWrite(const QString &profileId, const QString &key, int attempt);
    void startDelete(const QString &profileId, int attempt);
    bool retryLater(int attempt, int error, std::function<void()> again);
    void reportFailure(const QString &profileId, Operation operation, int error,
                       const QString &backendMessage);
    void diagnose(std::function<void(Availability)> done);
    void failSoon(const QString &profileId, Operation operation, const QString &sentence);

    QHash<QString, QString> m_sessionKeys;
    Availability m_availability = Availability::Unknown;
    std::chrono::milliseconds m_retryDelay{500};
};

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/credentials/credentialstore.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLibrary>
#include <QTimer>

#include <qt6keychain/keychain.h>

using namespace Qt::Literals::StringLiterals;

namespace {

const auto SecretServiceName = u"org.freedesktop.secrets"_s;
constexpr int DBusCheckTimeoutMs = 3000;

// QtKeychain loads libsecret with dlopen and, when that fails, answers every job with
// "Unknown error"; checking the same library ourselves turns that into a sentence that
// names the package.
bool libsecretLoadable() {
    static const bool loadable = QLibrary(u"secret-1"_s, 0).load();
    return loadable;
}

bool isBackendUnreachable(int error) {
    return error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError;
}

} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent) {
}

// Jobs are deliberately not children of the store: libsecret's callbacks keep a raw pointer
// to a running job, so a job must never be deleted before it finishes. They delete
// themselves when done, and connect() with `this` as context drops their answer if the
// store is gone by then.
CredentialStore::~CredentialStore() = default;

QString CredentialStore::serviceName() {
    return u"partnero-console"_s;
}

void CredentialStore::readKey(const QString &profileId) {
    if (profileId.isEmpty()) {
        failSoon(profileId, Operation::Read, tr("No profile was given for the API key."));
        return;
    }
    const auto session = m_sessionKeys.constFind(profileId);
    if (session != m_sessionKeys.cend()) {
        // Answer later, like the keychain does, so callers see one behaviour.
        const QString key = session.value();
        QMetaObject::invokeMethod(
            this, [this, profileId, key] { emit keyRead(profileId, key); }, Qt::QueuedConnection);
        return;
    }
    startRead(profileId, 1);
}

void CredentialStore::writeKey(const QString &profileId, const QString &key) {
    if (profileId.isEmpty()) {
        failSoon(profileId, Operation::Write, tr("No profile was given for the API key."));
        return;
    }
    if (key.isEmpty()) {
        failSoon(profileId, Operation::Write, tr("The API key is empty."));
        return;
    }
    startWrite(profileId, key, 1);
}

void CredentialStore::deleteKey(const QString &profileId) {
    if (profileId.isEmpty()) {
        failSoon(profileId, Operation::Delete, tr("No profile was given for the API key."));
        return;
    }
    m_sessionKeys.remove(profileId);
    startDelete(profileId, 1);
}

void CredentialStore::setSessionKey(const QString &profileId, const QString &key) {
    if (profileId.isEmpty() || key.isEmpty())
        return;
    m_sessionKeys.insert(profileId, key);
}

bool CredentialStore::hasSessionKey(const QString &profileId) const {
    return m_sessionKeys.contains(profileId);
}

void CredentialStore::clearSessionKey(const QString &profileId) {
    m_sessionKeys.remove(profileId);
}

void CredentialStore::startRead(const QString &profileId, int attempt) {
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(profileId);
    connect(job, &QKeychain::Job::finished, this, [this, profileId, attempt](QKeychain::Job *j) {
        const int error = j->error();
        if (error == QKeychain::NoError) {
            m_availability = Availability::Available;
            emit keyRead(profileId, static_cast<QKeychain::ReadPasswordJob *>(j)->textData());
            return;
        }
        if (error == QKeychain::EntryNotFound) {
            m_availability = Availability::Available;
            emit keyMissing(profileId);
            return;
        }
        if (retryLater(attempt, error, [this, profileId] { startRead(profileId, 2); }))
            return;
        reportFailure(profileId, Operation::Read, error, j->errorString());
    });
    job->start();
}

void CredentialStore::startWrite(const QString &profileId, const QString &key, int attempt) {
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(profileId);
    job->setTextData(key);
    connect(job, &QKeychain::Job::finished, this,
            [this, profileId, key, attempt](QKeychain::Job *j) {
                const int error = j->error();
                if (error == QKeychain::NoError) {
                    // The keychain holds it now; a session copy would only hide later changes.
                    m_sessionKeys.remove(profileId);
                    m_availability = Availability::Available;
                    emit keyWritten(profileId);
                    return;
                }
                // libsecret reports a missing default collection (keyring not created or
                // not unlocked yet) as "no such object", which QtKeychain maps to
                // EntryNotFound: for a write that is a backend that is not ready.
                const int retryAs =
                    error == QKeychain::EntryNotFound ? int(QKeychain::OtherError) : error;
                if (retryLater(attempt, retryAs,
                               [this, profileId, key] { startWrite(profileId, key, 2); }))
                    return;
                reportFailure(profileId, Operation::Write, error, j->errorString());
            });
    job->start();
}

void CredentialStore::startDelete(const QString &profileId, int attempt) {
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(profileId);
    connect(job, &QKeychain::Job::finished, this, [this, profileId, attempt](QKeychain::Job *j) {
        const int error = j->error();
        // Nothing saved is what the caller wanted.
        if (error == QKeychain::NoError || error == QKeychain::EntryNotFound) {
            m_availability = Availability::Available;
            emit keyDeleted(profileId);
            return;
        }
        if (retryLater(attempt, error, [this, profileId] { startDelete(profileId, 2); }))
            return;
        reportFailure(profileId, Operation::Delete, error, j->errorString());
    });
    job->start();
}

// The keychain daemon may still be starting with the desktop session: one delayed retry.
// The caller must return when this answers true, so that a failure is not reported as well
// (owncloud's credential manager fell through here).
bool CredentialStore::retryLater(int attempt, int error, std::function<void()> again) {
    if (attempt > 1 || !isBackendUnreachable(error))
        return false;
    QTimer::singleShot(m_retryDelay, this, std::move(again));
    return true;
}

void CredentialStore::reportFailure(const QString &profileId, Operation operation, int error,
                                    const QString &backendMessage) {
    QString sentence;
    switch (operation) {
    case Operation::Read:
        sentence =
            tr("Could not read the API key from the system keychain: %1").arg(backendMessage);
        break;
    case Operation::Write:
        sentence = tr("Could not save the API key in the system keychain: %1").arg(backendMessage);
        break;
    case Operation::Delete:
        sentence =
            tr("Could not remove the API key from the system keychain: %1").arg(backendMessage);
        break;
    }
    if (error == QKeychain::AccessDenied || error == QKeychain::AccessDeniedByUser ||
        (operation == Operation::Write && error == QKeychain::EntryNotFound)) {
        sentence += u' ' + tr("The keyring may be locked or have no default collection: unlock it "
                              "(for example with Passwords and Keys) and try again.");
    }

    if (!isBackendUnreachable(error)) {
        emit failed(profileId, operation, sentence);
        return;
    }
    // "Unknown error" or a D-Bus message helps nobody; find out what is missing and say that.
    diagnose([this, profileId, operation, sentence](Availability availability) {
        m_availability = availability;
        const QString why = sentenceFor(availability);
        emit failed(profileId, operation, why.isEmpty() ? sentence : why);
    });
}

void CredentialStore::failSoon(const QString &profileId, Operation operation,
                               const QString &sentence) {
    QMetaObject::invokeMethod(
        this,
        [this, profileId, operation, sentence] { emit failed(profileId, operation, sentence); },
        Qt::QueuedConnection);
}

void CredentialStore::checkAvailability() {
    diagnose([this](Availability availability) {
        m_availability = availability;
        emit availabilityChecked(availability, sentenceFor(availability));
    });
}

void CredentialStore::diagnose(std::function<void(Availability)> done) {
    const auto answerSoon = [this, done](Availability availability) {
        QMetaObject::invokeMethod(
            this, [done, availability] { done(availability); }, Qt::QueuedConnection);
    };
    if (!libsecretLoadable()) {
        answerSoon(Availability::LibsecretMissing);
        return;
    }
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        answerSoon(Availability::NoSessionBus);
        return;
    }

    const auto busCall = [](const QString &method) {
        return QDBusMessage::createMethodCall(u"org.freedesktop.DBus"_s, u"/org/freedesktop/DBus"_s,
                                              u"org.freedesktop.DBus"_s, method);
    };
    QDBusMessage hasOwner = busCall(u"NameHasOwner"_s);
    hasOwner << SecretServiceName;
    auto *ownerWatcher =
        new QDBusPendingCallWatcher(bus.asyncCall(hasOwner, DBusCheckTimeoutMs), this);
    connect(ownerWatcher, &QDBusPendingCallWatcher::finished, this,
            [this, bus, busCall, done](QDBusPendingCallWatcher *watcher) mutable {
                watcher->deleteLater();
                const QDBusPendingReply<bool> owned = *watcher;
                if (owned.isError()) {
                    done(Availability::Unknown);
                    return;
                }
                if (owned.value()) {
                    done(Availability::Available);
                    return;
                }
                // Not running now, but the bus may start it on first use (D-Bus activation).
                auto *activatableWatcher = new QDBusPendingCallWatcher(
                    bus.asyncCall(busCall(u"ListActivatableNames"_s), DBusCheckTimeoutMs), this);
                connect(activatableWatcher, &QDBusPendingCallWatcher::finished, this,
                        [done](QDBusPendingCallWatcher *second) {
                            second->deleteLater();
                            const QDBusPendingReply<QStringList> names = *second;
                            if (names.isError())
                                done(Availability::Unknown);
                            else if (names.value().contains(SecretServiceName))
                                done(Availability::Available);
                            else
                                done(Availability::NoSecretService);
                        });
            });
}

QString CredentialStore::sentenceFor(Availability availability) {
    switch (availability) {
    case Availability::Unknown:
    case Availability::Available:
        return {};
    case Availability::NoSessionBus:
        return tr("The system keychain cannot be reached because no D-Bus session is running. "
                  "Start the console from a desktop session with gnome-keyring or KeePassXC's "
                  "Secret Service running. Until then the key can be kept for this session only.");
    case Availability::NoSecretService:
        return tr("No keychain service is running, so the API key cannot be saved. Install and "
                  "start gnome-keyring, or turn on the Secret Service integration in KeePassXC, "
                  "then try again. Until then the key can be kept for this session only.");
    case Availability::LibsecretMissing:
        return tr("The system keychain cannot be used because the libsecret library is missing. "
                  "Install the package libsecret-1-0 and start the console again. Until then "
                  "the key can be kept for this session only.");
    }
    return {};
}

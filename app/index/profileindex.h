// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/index/indexlocation.h"
#include "app/index/indexsync.h"

#include "models/customer.h"
#include "models/programkind.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <optional>

class CustomerIndex;
class CustomerService;
class QTimer;
class SharedIndexReader;
struct SharedIndexState;

// The customer index of the connected profile, as the screens use it: opened when the
// program's kind is known (from its file, or in memory only when the profile says so), synced
// on request or on every connect, kept current by the console's own changes, and forgotten on
// request. Searches and tables read index(); a pass that completes, a change the console made
// and forgetting all say changed().
//
// A team's shared index is never read on this object's thread after open(): isReady(),
// indexedAt() and count() answer from what a SharedIndexReader last read (when the index
// opened, when a pass of this console completed, after each change, and every 30 seconds, so
// a pass another console or a timer completed shows too: changed() when it differs), and the
// console's changes are written there, in order. Until the first read the index is not ready.
class ProfileIndex final : public QObject {
    Q_OBJECT

public:
    struct Options {
        bool syncOnConnect = false;
        bool memoryOnly = false;
        // A profile with a team store: the team's index in the shared database (memoryOnly
        // does not apply; nothing of it is on this computer).
        IndexLocation shared;
    };

    // Settings of a profile (ProfileStore::value) that hold the options.
    static QString syncOnConnectKey();
    static QString memoryOnlyKey();

    ProfileIndex(const QString &profileId, CustomerService *customers, ProgramKind kind,
                 Options options, QObject *parent = nullptr);
    ~ProfileIndex() override;

    // Opens what is stored (creating an empty index when there is none). False with
    // errorString() when it cannot be used; the console then works without one. A shared
    // index opens at once without connecting: its reader connects on its own thread, and
    // unavailable() says when it cannot.
    bool open();
    // Why open() failed; on a shared index, why its state could not be read the last time
    // (empty once a read succeeds again).
    QString errorString() const { return m_error; }
    // Where the index lives, as CustomerIndex::open takes it (a worker opens it again there).
    IndexLocation location() const;
    bool isShared() const { return m_options.shared.isShared(); }
    Options options() const { return m_options; }
    ProgramKind kind() const { return m_kind; }

    // Null until open() succeeded, and after forget(). A shared one is never connected: only
    // its location() and isShared() answer, for a SharedIndexReader of its own.
    CustomerIndex *index() const { return m_index.get(); }
    // An index that has completed a pass: searches and "All customers" can rely on it.
    bool isReady() const;
    // When the pass searched now completed (invalid before the first).
    QDateTime indexedAt() const;
    // Customers of the complete pass; 0 before.
    int count() const;

    // Starts (or continues) a sync; does nothing while one runs.
    void startSync();
    void cancelSync();
    bool isSyncing() const;
    // The running or last sync (null before the first).
    IndexSync *sync() const { return m_sync; }
    // A shared index: its reader (null on a local index, and before open()).
    SharedIndexReader *reader() const { return m_reader; }
    // A shared index: reads the state again (changed() when it differs).
    void refreshState();
    // False while a shared index's state has not been read yet (isReady() is then false).
    bool isStateKnown() const { return !m_reader || m_stateKnown; }

    // Deletes the index and its files; the journal is never touched. A later sync builds a
    // new one. False with a sentence when a file could not be removed. A shared index is only
    // closed: it is the team's, and nothing of it is on this computer.
    bool forget(QString *error = nullptr);
    // Whether a profile has an index on the disk.
    static bool hasStoredIndex(const QString &profileId);
    // Deletes the stored index of a profile that is being removed (nothing open on it).
    static bool removeStoredIndex(const QString &profileId, QString *error = nullptr);

    // The console changed a customer: the index shows it at once, then the server's object is
    // read again so the stored object (what JSON exports write) is the server's own.
    void applyChange(const QString &oldIdentifier, const Customer &customer);
    void applyRemoval(const QString &identifier);

    // "Indexed 12 minutes ago", "Not indexed yet", "Indexing…".
    QString ageText(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

signals:
    void changed();
    // A change could not be written into a shared index (the index is a copy: the change
    // itself was made; the next refresh brings it).
    void writeFailed(const QString &sentence);
    // A shared index's state could not be read (the server cannot be reached, refuses the
    // login, ...): once, until a read succeeds again (the refresh every 30 seconds, or
    // refreshState()), which says changed().
    void unavailable(const QString &sentence);
    void syncProgress();
    void syncFinished(IndexSync::State state);

private:
    QString m_profileId;
    CustomerService *m_customers; // the session's; the controller closes the index first
    ProgramKind m_kind;
    Options m_options;
    std::unique_ptr<CustomerIndex> m_index;
    IndexSync *m_sync = nullptr;
    QString m_error;

    void openReader();
    void onStateRead(const SharedIndexState &state);

    SharedIndexReader *m_reader = nullptr;
    QTimer *m_refresh = nullptr;
    bool m_stateKnown = false;
    bool m_ready = false;
    QDateTime m_indexedAt;
    int m_count = 0;
    // A sync of this console finished: said once the state it left is read.
    std::optional<IndexSync::State> m_syncEnded;
};

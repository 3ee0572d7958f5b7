// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/journal/journalentry.h"
#include "app/journal/journalfilter.h"
#include "app/journal/journaloperation.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>

class CreditLease;
class QIODevice;
class QSqlQuery;
class QTimer;
class SqlStore;
class TeamOutbox;
struct PostgresTarget;
struct TeamOutboxItem;

// The local audit journal of every change sent to the API, in a SQLite database of its own
// (app/store): one row per operation with its outcome, and every decision a person made.
//
// begin() commits the operation before it returns (synchronous=FULL: it is on the disk), so
// that a crash after sending can never lose the fact that a change may have been made;
// finish() records the answer. Operations with neither an outcome nor a decision are shown at
// start so that nobody credits twice.
//
// Each Journal has its own connection; two on one file (two windows, two consoles) see each
// other's writes and take turns writing. A journal that cannot be opened says so in
// problems(), and begin() refuses then: nothing is sent without being journaled.
//
// A team's journal lives in its shared store on PostgreSQL instead (the constructor with a
// PostgresTarget): the same operations, filed under the program's id, so that every console of
// the program sees, counts and decides the whole team's changes. Its connection is reopened on
// the next call when it was lost; while the store cannot be reached begin() refuses with a
// sentence saying nothing was sent, and reads come back empty with readProblem() set, so that
// browsing goes on. Every write is announced (LISTEN/NOTIFY) and the other consoles' journals
// emit changedElsewhere(), which needs an event loop on the journal's thread.
//
// An outcome or decision of a team journal is never lost to a store that went away: finish()
// and decide() then keep it in an outbox on this computer (TeamOutbox, a file of its own) and
// succeed, and it is replayed into the store, in order, on the next call that reaches it, when
// the journal opens, and on a timer while something waits. This console's reads show what
// waits (JournalEntry::notInTeamStore); other consoles see the operation without an outcome
// until then, which keeps them from crediting its customer again without a decision.
class Journal final : public QObject {
    Q_OBJECT

public:
    explicit Journal(QObject *parent = nullptr); // at defaultFilePath()
    explicit Journal(const QString &filePath, QObject *parent = nullptr);
    // The team journal of `programId` in the shared store at `target`. `password` empty: libpq
    // looks in PGPASSWORD and ~/.pgpass. The password is kept in memory only, to reconnect.
    Journal(const PostgresTarget &target, const QString &password, const QString &programId,
            QObject *parent = nullptr);
    // The same, with its outbox at `outboxPath` instead of defaultOutboxPath().
    Journal(const PostgresTarget &target, const QString &password, const QString &programId,
            const QString &outboxPath, QObject *parent = nullptr);
    ~Journal() override;

    // The channel every team journal announces its writes on; the payload is the program id.
    static QString notificationChannel();
    bool isShared() const { return m_shared; }
    QString programId() const { return m_programId; }
    // The leases on crediting a customer, in the same shared store; null for a local journal.
    CreditLease *creditLease() const { return m_lease.get(); }
    // For a shared journal: the store could not be reached (or failed) at the last read; the
    // sentence names it. Empty when the last read worked, and always for a local journal.
    QString readProblem() const { return m_readProblem; }
    // The sentence for a change refused because the shared store cannot be reached now.
    QString unreachableSentence() const;
    // For a shared journal: connects again now when the connection was lost. True when it is
    // usable.
    bool ensureConnected();
    // For a shared journal: drops the connection and opens a new one (after a statement on it
    // failed elsewhere, e.g. a credit lease). True when it is usable again.
    bool reconnect();

    // journal.sqlite in QStandardPaths::AppDataLocation (a file of its own, never a cache's).
    static QString defaultFilePath();
    // The outbox of a team journal: a file of its own per store and program, in a folder
    // beside defaultFilePath(). Created only when something must wait in it.
    static QString defaultOutboxPath(const PostgresTarget &target, const QString &programId);
    QString outboxPath() const;
    // How many outcomes and decisions wait on this computer for the team's store.
    int waitingOutcomes() const;
    // While something waits: the sentence telling the person it was kept on this computer
    // and reaches the team's store when the store is back. Empty otherwise.
    QString outboxNotice() const;
    // How often the outbox is tried while something waits (30 s unless set).
    void setOutboxRetryInterval(int milliseconds);
    // For a team's journal: the store's name ("partnero@db.example.com:5432/console").
    QString filePath() const { return m_filePath; }
    // The schema version this program writes.
    static int schemaVersion();

    // What went wrong when the journal was opened, as sentences for people: a database that
    // cannot be opened or is newer than this program (then begin() refuses), entries of an
    // old JSON-lines journal that could not be imported. Empty when all is well.
    QStringList problems() const { return m_problems; }
    bool isOpen() const;

    // Strings replaced by "***" wherever they appear in a line (the API keys in use), in
    // case one ever reaches a payload or a detail. Strings shorter than 6 characters are
    // ignored: scrubbing those would mangle ordinary data.
    void addSecret(const QString &secret);
    void clearSecrets() { m_secrets.clear(); }

    // The name the person chose to be shown as (Preferences); empty: the operating-system
    // user. Every operation begun from now on records it beside the user (madeByName).
    void setDisplayName(const QString &name);
    QString displayName() const { return m_displayName; }

    // Records the operation and waits until it is on disk. Returns the operation id, or an
    // empty string and a sentence in errorMessage (and errorString()): do not send then.
    QString begin(const JournalOperation &operation, QString *errorMessage = nullptr);
    // Records the outcome of `opId` (outcome must not be None), on disk when it returns. The
    // last outcome counts: a reconciliation may correct an unknown one.
    bool finish(const QString &opId, JournalOutcome outcome, int httpStatus, const QString &detail,
                QString *errorMessage = nullptr);
    // Records a person's decision about an operation whose outcome is unknown, with the
    // operating-system user and the time. `sentAgainAs` names the repeating operation for
    // JournalDecision::SentAgain. The last decision counts; every one stays in the journal.
    bool decide(const QString &opId, JournalDecision decision, const QString &sentAgainAs = {},
                QString *errorMessage = nullptr);
    // The sentence for the last failed write.
    QString errorString() const { return m_errorString; }
    // For a team journal: keeps on this computer that the approved request `requestId` was
    // sent as `opId`, when the team's store could not record it (CreditApprovals::markSent
    // failed), and records it there with the outcomes that wait.
    bool keepApprovalSent(const QString &requestId, const QString &opId,
                          QString *errorMessage = nullptr);

    // Oldest first (in the order they were begun). The filter is applied by the database.
    // Rows with a value that cannot be read are returned with what could be read and counted
    // in skippedLines().
    QList<JournalEntry> entries() const;
    QList<JournalEntry> entries(const JournalFilter &filter) const;
    // How many entries(filter) would return, counted by the database.
    int count(const JournalFilter &filter = {}) const;
    // Every action the journal holds, sorted ("credit", "update", ...).
    QStringList actions() const;
    // Operations whose outcome is unknown and undecided (JournalEntry::needsDecision()).
    QList<JournalEntry> needingDecision() const;
    int skippedLines() const { return m_skippedLines; }

    static QList<JournalEntry> filtered(const QList<JournalEntry> &entries,
                                        const JournalFilter &filter);
    // CSV (RFC 4180: CRLF, fields quoted where needed) with a header row, UTF-8.
    static bool exportCsv(QIODevice *device, const QList<JournalEntry> &entries);

    // "succeeded", "not_made", "not_sent", "unknown" as in the file; "pending" for None.
    // Files written before the outcome had four values say "failed": read as NotMade.
    static QString outcomeId(JournalOutcome outcome);
    static JournalOutcome outcomeFromId(const QString &id);
    // The translated word people read: "Succeeded", "Not made", "Not sent", "Unknown",
    // "No outcome".
    static QString outcomeText(JournalOutcome outcome);
    // "went_through", "not_made", "sent_again", "later", "checked"; empty for None.
    static QString decisionId(JournalDecision decision);
    static JournalDecision decisionFromId(const QString &id);
    // The translated words: "It went through", "It was not made", "Sent again", "Decide
    // later", "Checked"; empty for None.
    static QString decisionText(JournalDecision decision);
    // Who decides, as the journal records it: the operating-system user name.
    static QString currentUser();

signals:
    // A change about `opId` is on disk.
    void written(const QString &opId);
    // Another console of the same program wrote to the shared journal.
    void changedElsewhere();
    // The team's store could not be reached, and an outcome or decision was kept on this
    // computer instead: once, when the first one starts waiting (outboxNotice()).
    void outcomeKeptOnThisComputer(const QString &sentence);

private:
    void open();
    bool connectShared();
    void connectionLost();
    void announce();
    void onNotification(const QString &name, int source, const QVariant &payload);
    QString sql(QString statement) const;
    bool readable() const;
    // Runs a read, reconnecting once for a team's store; nullopt (and readProblem()) when it
    // failed.
    std::optional<QSqlQuery> read(const QString &statement, const QVariantList &values) const;
    void importJsonLines(const QString &oldPath);
    bool fail(const QString &sentence, QString *errorMessage);
    bool failWrite(QString *errorMessage);
    QString scrub(const QString &text) const;
    QList<JournalEntry> select(const JournalFilter &filter) const;
    // The team journal's outbox: the store's statements for one item, keeping an item there,
    // and replaying what waits. `rows` gets how many rows the statement changed.
    void openOutbox(const QString &path);
    bool writeToStore(const TeamOutboxItem &item, int *rows);
    bool record(const TeamOutboxItem &item, QString *errorMessage);
    bool keep(TeamOutboxItem item, QString *errorMessage);
    bool replayOutbox();
    QList<TeamOutboxItem> waitingItems() const;
    JournalEntry readRow(const QSqlQuery &query) const;

    QString m_filePath;
    std::unique_ptr<SqlStore> m_store;
    QString m_openError; // set when the journal cannot be written: begin() refuses
    QStringList m_problems;
    QStringList m_secrets;
    QString m_displayName;
    QString m_errorString;
    mutable int m_skippedLines = 0;

    bool m_shared = false;
    std::unique_ptr<PostgresTarget> m_target;
    QString m_password;
    QString m_programId;
    bool m_connected = false;
    std::unique_ptr<CreditLease> m_lease;
    mutable QString m_readProblem;
    std::unique_ptr<TeamOutbox> m_outbox;
    QTimer *m_outboxTimer = nullptr;
    bool m_outboxTold = false;
    bool m_replaying = false;
    // The operations begun by this object that may still get an outcome or a decision: what
    // an outbox item carries, so that this console can show it while the store is away.
    QHash<QString, JournalEntry> m_begunHere;
};

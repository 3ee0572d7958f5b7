// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

class QSqlError;
struct PostgresTarget;

// One connection to a database through Qt SQL, for what must be kept and queried: the
// journal today, the customer index and a shared PostgreSQL database later. Each object has a
// connection of its own (a unique connection name, removed on destruction), so two objects on
// one file in one process behave like two programs would.
//
// Every failure is kept as a sentence that names the database and what failed, never as the
// driver's text alone. The few SQLite-only statements (pragmas, BEGIN IMMEDIATE) live here, so
// that the SQL of the callers stays what SQLite and PostgreSQL both accept.
class SqlStore final {
    Q_DECLARE_TR_FUNCTIONS(SqlStore)

public:
    // How long a statement waits for another connection's write lock before it fails: two
    // consoles on one file take turns instead of failing.
    static constexpr int BusyTimeoutMs = 10000;

    SqlStore();
    ~SqlStore();
    SqlStore(const SqlStore &) = delete;
    SqlStore &operator=(const SqlStore &) = delete;

    // Opens the SQLite file at `filePath`. A new file is created for its owner only (0600), and
    // folders that do not exist yet for the owner only (0700): a journal names customers and
    // amounts. Sets the connection's pragmas (foreign keys, synchronous=FULL, the busy
    // timeout); the file itself is not written until useWriteAheadLog() or a statement does.
    // A memoryLocation (an SQLite URI naming a database in memory, isMemoryLocation()) is
    // opened as such: nothing is written to the disk.
    bool openSqlite(const QString &filePath);
    // "file:...?mode=memory..." or "file:/...?vfs=memdb": a database in this process's memory.
    static bool isMemoryLocation(const QString &location);
    // Connects to a PostgreSQL server (Qt's QPSQL driver, libpq). An empty password lets libpq
    // look in PGPASSWORD and ~/.pgpass. Gives up after `connectTimeoutSeconds`.
    bool openPostgres(const PostgresTarget &target, const QString &password,
                      int connectTimeoutSeconds = 10);
    void close();
    bool isOpen() const;
    bool isSqlite() const;
    bool isPostgres() const;
    // The file path (or the connection's description), for sentences.
    QString location() const { return m_location; }
    // True when openSqlite() created the file.
    bool created() const { return m_created; }

    // Switches a SQLite file to write-ahead logging, which keeps readers and a writer out of
    // each other's way and, with synchronous=FULL, makes a commit durable. Changes the file:
    // call it only once it is known that this program may write it. Nothing for other drivers.
    bool useWriteAheadLog();

    // For a file that is a copy of what a server holds (the customer index): commits no longer
    // wait for the disk (synchronous=NORMAL: with write-ahead logging a crash loses at most the
    // last commits, never the file), and a page cache of `cacheKiB` (each connection has its
    // own, and it is resident memory once filled). Never for the journal. Nothing for other
    // drivers.
    bool useCacheDurability(int cacheKiB);

    QSqlDatabase database() const;
    QStringList tables() const;
    // A statement on this connection.
    QSqlQuery query() const;

    // Runs a statement without parameters. `what` says what it was for, in words
    // ("creating the operations table"): it goes into the sentence on failure.
    bool exec(const QString &sql, const QString &what);
    // Runs a query already prepared and bound.
    bool exec(QSqlQuery &query, const QString &what);
    // Prepares `sql` into `query`.
    bool prepare(QSqlQuery &query, const QString &sql, const QString &what);

    // A write transaction. On SQLite it takes the write lock at once (BEGIN IMMEDIATE), so
    // that a transaction that reads before it writes cannot fail half-way on another
    // connection's commit; the busy timeout applies while waiting.
    bool beginWrite();
    // Inside a transaction: waits until no other connection holds the same lock (one per
    // `key`), released at commit or rollback. On SQLite beginWrite() already serialises
    // writers; on PostgreSQL it is an advisory lock, so that two consoles migrating one
    // database, or registering one program, take turns.
    bool lockForTransaction(qint64 key);
    bool commit();
    void rollback();

    // The sentence for the last failure: "The database /path could not be used: reading the
    // schema version failed: file is not a database."
    QString errorString() const;
    // The same without the database's name: "reading the schema version failed: file is not a
    // database", for callers that name the file in their own words.
    QString errorReason() const { return m_reason; }
    // Records a failure that is not the driver's (a folder that cannot be made, ...).
    bool fail(const QString &reason);
    bool fail(const QString &what, const QSqlError &error);

    // Statements for a SQLite file, for tests and diagnostics: a pragma's value as text.
    QString pragma(const QString &name);

    // ISO 8601 with milliseconds, UTC ("2024-03-01T12:30:05.000Z"): sorts as text and reads
    // the same in SQLite and PostgreSQL.
    static QString timeText(const QDateTime &time);
    // `value` for a NOT NULL text column: Qt SQL binds a null QString as NULL, an empty one as
    // ''. A name or reason nobody gave is empty text, not a missing value.
    static QString text(const QString &value) {
        return value.isNull() ? QStringLiteral("") : value;
    }
    static QDateTime timeFromText(const QString &text);

private:
    bool makeOwnerOnlyFile(const QString &filePath);

    QString m_connectionName;
    QString m_location;
    QString m_reason;
    bool m_created = false;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/index/indexlocation.h"
#include "models/customer.h"
#include "models/customerrecord.h"
#include "models/programkind.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <future>
#include <memory>
#include <optional>

class FoldedSearch;
class QSqlQuery;
class SqlStore;

// What to read from the index: filters that combine (all must hold), an order, a window.
struct IndexQuery {
    enum class Column { Name, Email, Key, Id, Status, Partner, Created, Updated };
    enum class ReferStatus { Any, Referred, NonReferred };

    QString search;  // every word must occur in name, surname, email, key or id (folded)
    QString partner; // affiliate: the partner as the list gives it
    QString status;
    QString tag;                                // affiliate: one of the customer's tags
    ReferStatus referStatus = ReferStatus::Any; // refer-a-friend
    QString referrer;                           // refer-a-friend: the referring customer
    QDateTime createdFrom, createdTo;           // inclusive; invalid: open
    QDateTime updatedFrom, updatedTo;
    Column sort = Column::Name;
    Qt::SortOrder order = Qt::AscendingOrder;
    int offset = 0;
    int limit = -1; // -1: all
    // Keyset pagination (a shared index only; the file's index reads by offset): when set, the
    // rows that come after this one in the query's order, so that the next block of a table
    // is found through the kept order instead of counting past every row before it.
    struct After {
        QString sortKey; // CustomerIndex::sortKeyOf() the last row read
        QString identifier;
    };
    std::optional<After> after;
    // Counting the total stops after countCap + 1 rows (-1: counts all): a total above the
    // cap means "more than countCap", which costs a shared index of a million customers a
    // fraction of the full count.
    int countCap = -1;
    // How many rows the query selects, when the caller counted them already (a table's count;
    // -1: unknown): a shared index chooses how to find a few matches by it.
    int knownMatches = -1;
};

// Where a sync stands. A pass is one walk through the program's pages; it is complete when
// every page up to the last one is stored. Until then the previous complete pass is what
// searches and tables read, so a refresh never leaves the person with half an index.
struct IndexPass {
    qint64 number = 0;
    ProgramKind kind = ProgramKind::Unknown;
    int pageSize = 0;
    QDateTime startedAt;
    QDateTime completedAt; // invalid while the pass runs
    int lastPage = 0;      // 0 until a page says it is the last
    QSet<int> pagesDone;

    bool isComplete() const { return completedAt.isValid(); }
    // The pages still to fetch, up to the last one when it is known, else up to `upTo`.
    QList<int> missingPages(int upTo) const;
};

// The local customer index of one profile: an SQLite file of its own (owner-only, in an
// owner-only folder; never the journal's file) holding every customer of the program, so that
// search, sort, totals and export work over all of them without the network.
//
// Rows belong to a pass. Pages of a running pass are stored as they arrive (each page in one
// transaction with its "done" mark), so a cancelled or crashed sync continues where it stopped;
// completing the pass drops every older row at once. Changes the console makes go to both the
// complete pass and the running one, so neither shows a stale customer.
class CustomerIndex final {
    Q_DECLARE_TR_FUNCTIONS(CustomerIndex)

public:
    CustomerIndex();
    ~CustomerIndex(); // waits for a search still loading
    CustomerIndex(const CustomerIndex &) = delete;
    CustomerIndex &operator=(const CustomerIndex &) = delete;

    // What a connection is for. Reading: the screens' index, with the search column loaded
    // in memory for find as you type. Writing: a sync's connection on a thread of its own,
    // which stores pages and loads nothing it does not need.
    enum class Use { Reading, Writing };

    // The index file of a profile, under the application's data folder.
    static QString defaultFilePath(const QString &profileId);
    // An index that lives in memory only and never touches the disk (a profile's "keep the
    // index in memory only"): open() accepts it, and every CustomerIndex of this process
    // opened on the same location shares it (a sync's writer thread too). It is gone when the
    // last one closes.
    static QString memoryLocation(const QString &name);
    static bool isMemoryLocation(const QString &location);
    static int schemaVersion();

    // Where a table's count stops on a shared index: the screens show "10,000+".
    static constexpr int CountCap = 10000;
    // Where find() stops counting on a shared index: CountCap, or ShortFindCountCap when every
    // word has fewer than four characters ("Show all 1,000+ matches"): such a word has no
    // trigram or one that many rows share, so counting it reads rows until it gets there.
    static constexpr int ShortFindCountCap = 1000;
    static int findCountCap(const QString &query);

    // Opens (creating when new) the index at `location`: a file (or a memoryLocation()), or a
    // program's rows in a shared PostgreSQL database (its tables made or migrated on the way,
    // version table team_index_versions). False with errorString() when it cannot be used, or
    // was written by a newer console.
    //
    // A shared index keeps nothing in memory: searches (a trigram index over the folded
    // column, LIKE per word), sorts (b-tree indexes, program first) and counts are the
    // database's work. Every query it runs is limited to location.programId.
    bool open(const IndexLocation &location, Use use = Use::Reading);
    // A shared index known by its location, read only through SharedIndexReader: nothing is
    // connected (isOpen() is false), so the GUI thread never waits for the server. location()
    // and isShared() answer; nothing else may be asked of it.
    static std::unique_ptr<CustomerIndex> sharedAt(const IndexLocation &location);
    bool isOpen() const;
    // Whether the connection still answers (one round trip): a shared index's server may have
    // restarted since, and Qt SQL keeps a dropped connection "open".
    bool isReachable() const;
    bool isShared() const { return m_location.isShared(); }
    QString filePath() const { return m_location.filePath; }
    // Where this index is, for a worker to open a connection of its own.
    IndexLocation location() const { return m_location; }
    QString errorString() const { return m_error; }
    // The sentence of the last read (completePass(), count(), find(), select()) when it failed,
    // which then answered no rows; empty when it read. A shared index's reader passes it on, so a
    // lost server reads as a sentence, not as "no matches".
    QString readError() const { return m_readError; }

    // The newest complete pass, or nothing before the first sync completes.
    std::optional<IndexPass> completePass() const;
    // A pass that started and did not complete, to be continued.
    std::optional<IndexPass> runningPass() const;

    // Starts a new pass (an unfinished one of the same kind and page size is continued
    // instead: its number is returned). 0 on failure.
    qint64 beginPass(ProgramKind kind, int pageSize);
    // Stores one page of a running pass, and marks it done, in one transaction. `isLast` when
    // the server said this is the last page.
    bool storePage(qint64 pass, int page, const QList<CustomerRecord> &customers, bool isLast);
    // Pages of a running pass stored together in one transaction (each with its "done"
    // mark): a writer that has several pages waiting writes the pages of the kept orders
    // they share once instead of once per page.
    struct PageToStore {
        int page = 0;
        QList<CustomerRecord> customers;
        bool isLast = false;
    };
    bool storePages(qint64 pass, const QList<PageToStore> &pages);
    // Records that `page` is the last one (learned from an empty page after it).
    bool setLastPage(qint64 pass, int page);
    // Completes `pass` when all its pages are done: older passes and their rows are dropped.
    // False (nothing changes) while pages are missing.
    bool completePass(qint64 pass);

    // A change the console made: the customer is put into (or replaced in) the complete pass
    // and the running one. Does nothing before the first pass began.
    bool upsert(const CustomerRecord &customer);
    bool remove(const QString &identifier);
    // A customer the console changed, known so far only by its fields: the row takes them at
    // once, keeping the object stored under `oldIdentifier` (so a JSON export still has every
    // field until the server's own arrives) or, for a new customer, a minimal one. A changed
    // identifier replaces the old row.
    bool applyChange(const QString &oldIdentifier, const Customer &customer);

    // Customers of the complete pass.
    int count() const;
    // Whose search text contains every word of `query` (folded as TextFold does), in the
    // order of their names; `total` gets the number of all matches (on a shared index at most
    // findCountCap() + 1, meaning "more than that").
    QList<Customer> find(const QString &query, int limit, int *total = nullptr) const;
    // The customers `query` selects, in its order; `total` gets the number of all it selects
    // (without offset and limit).
    QList<Customer> select(const IndexQuery &query, int *total = nullptr) const;
    // Every record `query` selects, in its order, without holding them all: `visit` returns
    // false to stop. False when the index could not be read.
    bool forEachRecord(const IndexQuery &query,
                       const std::function<bool(const CustomerRecord &)> &visit) const;
    std::optional<CustomerRecord> customer(const QString &identifier) const;

    // The stored row for `customer`: the columns the index sorts and filters by.
    static QString searchTextOf(const Customer &customer);
    static QString sortNameOf(const Customer &customer);
    // The value of `customer` in the column `column` sorts by, as stored: the key a keyset
    // query (IndexQuery::after) continues after.
    static QString sortKeyOf(const Customer &customer, IndexQuery::Column column);
    // Puts records in the order a default IndexQuery reads them (name, then identifier, each
    // compared as SQLite compares text: by UTF-8 bytes), so that customers written without an
    // index come out as they would from one.
    static void sortByName(QList<CustomerRecord> &records);

    // Handing the in-memory search over between connections: a sync completes its pass on
    // its writer thread and loads the new pass's search column there (loadSearch()), so the
    // GUI thread never waits for it; the index the screens read then adopts it. Changes made
    // through this index after beginSearchHandover() are applied to the adopted search again.
    std::shared_ptr<FoldedSearch> loadSearch() const;
    void beginSearchHandover();
    void adoptSearch(const std::shared_ptr<FoldedSearch> &search);
    // True once the in-memory search of the complete pass is loaded; until then (for a moment
    // after open(), or after another connection completed a pass) find() and count() ask the
    // database, with the same answers, only slower for short words. Waits for it first when
    // `wait` (tests, figures).
    bool isSearchInMemory(bool wait = false) const;
    // Bytes the in-memory search holds (0 without one), for figures.
    qint64 searchMemoryBytes() const;

private:
    bool fail(const QString &what);
    bool openShared();
    qint64 beginSharedPass(ProgramKind kind, int pageSize);
    // `added` gets how many of the rows were new to the pass (the others replaced one).
    bool insertSharedRows(qint64 pass, const QList<CustomerRecord> &customers,
                          int *added = nullptr);
    bool upsertShared(const CustomerRecord &customer);
    bool removeShared(const QString &identifier);
    // Writes the row of `identifier` in `pass` as it is now into the pass's changes, with
    // `sign` (-1 before a change, +1 after it); nothing when there is no such row.
    bool logSharedChange(qint64 pass, const QString &identifier, int sign);
    // On a shared index, " AND program_id = ?" and its value: every statement keeps to the
    // program's rows. Nothing on a file of its own.
    QString scope() const;
    void bindScope(QSqlQuery &query) const;
    bool insertRows(qint64 pass, const QList<CustomerRecord> &customers);
    std::optional<IndexPass> passWhere(const QString &condition) const;
    // The WHERE clause (with its values) of `query` over the complete pass `pass`.
    QString whereOf(const IndexQuery &query, qint64 pass, QVariantList *values) const;
    // A shared index's walk: blocks read one after the other through the kept order.
    bool forEachSharedRecord(const IndexQuery &query, qint64 pass,
                             const std::function<bool(const CustomerRecord &)> &visit) const;
    qint64 completePassNumber() const;
    // A shared index's number of customers of the complete pass, kept in the pass's row (and
    // the pass's number in `pass`); nothing when it is not known (a pass completed by an older
    // console) or the index could not be read.
    std::optional<qint64> storedCount(qint64 *pass = nullptr) const;
    // The in-memory search of the complete pass (loaded again when another connection
    // completed a newer one); null on a writing connection.
    FoldedSearch *currentSearch() const;
    // Loads the search on a thread of its own, with a connection of its own: reading every
    // row's column takes longer than a person waits between keystrokes.
    void loadSearchInBackground() const;
    void adoptLoadedSearch() const;
    // Puts the stored row of `identifier` into the in-memory search, or takes it out.
    void updateSearch(const QString &identifier);
    void removeFromSearch(qint64 rowId);
    qint64 rowIdOf(qint64 pass, const QString &identifier) const;
    // find() on a shared index for words of one to three characters (see findCountCap()):
    // nothing when the trigram index serves the words better, or the index could not be read.
    std::optional<QList<Customer>> findShortWords(const QString &query, int limit,
                                                  int *total) const;
    bool storeSharedCount(qint64 pass);
    // Whether `query` selects every customer (no search, filter or key to continue after).
    static bool isUnfiltered(const IndexQuery &query);
    // A shared index's statement for an unfiltered `query` whose offset lies far in: its rows
    // from the nearest mark of the sort column (see storeJumpMarks()), where the pass holds
    // `customers`; its values in `values`. Nothing when no mark serves (too many changes
    // since, or an index completed by an older console): then OFFSET counts the rows.
    std::optional<QString> jumpInto(const IndexQuery &query, qint64 pass, qint64 customers,
                                    QVariantList *values) const;
    // The marks of a pass that completed: every JumpMarkEvery-th row of every sort column,
    // each with the last change of the pass they include.
    bool storeJumpMarks(qint64 pass);
    bool storeJumpMarks(qint64 pass, IndexQuery::Column column, qint64 changesThrough);
    // The blocks of the name order with what their rows hold (NameBlockFilter), in the
    // snapshot of the marks.
    bool storeNameBlocks(qint64 pass, qint64 changesThrough);
    // The last change the name blocks of `pass` know, when it has blocks and not too many
    // changes since.
    std::optional<qint64> nameBlocksThrough(qint64 pass) const;
    // Keeps the sentence of a read that failed for readError().
    void noteReadFailure(const QSqlQuery &query) const;
    QList<Customer> customersByRowId(const QList<qint64> &rowIds) const;

    std::unique_ptr<SqlStore> m_store;
    mutable QString m_readError;
    Use m_use = Use::Reading;
    mutable std::shared_ptr<FoldedSearch> m_search;
    mutable std::future<std::shared_ptr<FoldedSearch>> m_loading;
    mutable int m_handovers = 0; // loads under way whose result is still to be adopted
    mutable QStringList m_changedDuringHandover;
    IndexLocation m_location;
    QString m_filePath; // the file, or the shared database's name, for sentences
    QString m_error;
};

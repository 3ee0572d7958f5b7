// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/index/customerindex.h"

#include "app/index/foldedsearch.h"
#include "app/index/nameblockfilter.h"
#include "app/index/textfold.h"
#include "app/store/migrations.h"
#include "app/store/sqlstore.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <algorithm>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace {

// Page caches in KiB (see open()). The screens' connection: 24 MB with the search in memory
// (7 MB for 100,000 customers) stays under 400 bytes a customer even when an export has
// filled it, and keeps most of the kept orders and rows an export walks.
constexpr int ReadingCacheKiB = 24576;
constexpr int WritingCacheKiB = 4096;

QList<Migration> schema() {
    return {
        {1,
         {
             u"CREATE TABLE index_passes ("
             "pass INTEGER PRIMARY KEY, "
             "program_kind TEXT NOT NULL, "
             "page_size INTEGER NOT NULL, "
             "started_at TEXT NOT NULL, "
             "completed_at TEXT, "
             "last_page INTEGER NOT NULL DEFAULT 0)"_s,
             u"CREATE TABLE index_pages ("
             "pass INTEGER NOT NULL REFERENCES index_passes(pass) ON DELETE CASCADE, "
             "page INTEGER NOT NULL, "
             "PRIMARY KEY (pass, page))"_s,
             u"CREATE TABLE customers ("
             "row_id INTEGER PRIMARY KEY, "
             "pass INTEGER NOT NULL, "
             "identifier TEXT NOT NULL, "
             "customer_key TEXT, customer_id TEXT, email TEXT, name TEXT, surname TEXT, "
             "status TEXT, partner TEXT, tags TEXT, referring TEXT, "
             "referrals_count INTEGER NOT NULL DEFAULT -1, "
             "created_at TEXT, updated_at TEXT, "
             "sort_name TEXT NOT NULL, "
             "search TEXT NOT NULL, "
             "UNIQUE (pass, identifier))"_s,
             // The server's objects apart from the columns: scans, sorts and counts read
             // small rows, and only exports read the objects.
             u"CREATE TABLE customer_objects ("
             "row_id INTEGER PRIMARY KEY REFERENCES customers(row_id) ON DELETE CASCADE, "
             "json TEXT NOT NULL)"_s,
             // One order kept per column a table sorts or filters by.
             u"CREATE INDEX customers_by_name ON customers (pass, sort_name, identifier)"_s,
             u"CREATE INDEX customers_by_email ON customers (pass, email, identifier)"_s,
             u"CREATE INDEX customers_by_key ON customers (pass, customer_key, identifier)"_s,
             u"CREATE INDEX customers_by_id ON customers (pass, customer_id, identifier)"_s,
             u"CREATE INDEX customers_by_status ON customers (pass, status, identifier)"_s,
             u"CREATE INDEX customers_by_partner ON customers (pass, partner, identifier)"_s,
             u"CREATE INDEX customers_by_referring ON customers (pass, referring, identifier)"_s,
             u"CREATE INDEX customers_by_created ON customers (pass, created_at, identifier)"_s,
             u"CREATE INDEX customers_by_updated ON customers (pass, updated_at, identifier)"_s,
             // Substring search over the folded column: trigrams find any part of three
             // characters or more without reading every row.
             u"CREATE VIRTUAL TABLE customers_fts USING fts5(search, content='customers', "
             "content_rowid='row_id', tokenize='trigram')"_s,
             u"CREATE TRIGGER customers_ai AFTER INSERT ON customers BEGIN "
             "INSERT INTO customers_fts (rowid, search) VALUES (new.row_id, new.search); END"_s,
             u"CREATE TRIGGER customers_ad AFTER DELETE ON customers BEGIN "
             "INSERT INTO customers_fts (customers_fts, rowid, search) "
             "VALUES ('delete', old.row_id, old.search); END"_s,
             u"CREATE TRIGGER customers_au AFTER UPDATE ON customers BEGIN "
             "INSERT INTO customers_fts (customers_fts, rowid, search) "
             "VALUES ('delete', old.row_id, old.search); "
             "INSERT INTO customers_fts (rowid, search) VALUES (new.row_id, new.search); END"_s,
         }},
        // The trigram table goes: its triggers made storing a page six times as slow, which
        // bounded a sync by the writer instead of the network, and a search now reads the
        // in-memory FoldedSearch (see whereOf()).
        {2,
         {
             u"DROP TRIGGER customers_ai"_s,
             u"DROP TRIGGER customers_ad"_s,
             u"DROP TRIGGER customers_au"_s,
             u"DROP TABLE customers_fts"_s,
         }},
    };
}

// The shared index on PostgreSQL: the same tables with the program's id in every row (several
// programs share one database), kept apart from the other parts of the database by a version
// table of its own. Text columns compare as bytes (COLLATE "C"), as SQLite compares them, so
// that both order alike; absent text is stored as '' (SQLite's NULLs sort where PostgreSQL
// sorts '', and a keyset comparison with NULL would find nothing).
QList<Migration> sharedSchema() {
    const QString text = u"TEXT COLLATE \"C\" NOT NULL DEFAULT ''"_s;
    return {
        {1,
         {
             // A trusted extension: the database's owner may create it.
             u"CREATE EXTENSION IF NOT EXISTS pg_trgm"_s,
             u"CREATE TABLE index_passes ("
             "pass BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
             "program_id TEXT NOT NULL, "
             "program_kind TEXT NOT NULL, "
             "page_size INTEGER NOT NULL, "
             "started_at TEXT NOT NULL, "
             "completed_at TEXT, "
             "last_page INTEGER NOT NULL DEFAULT 0)"_s,
             u"CREATE INDEX index_passes_by_program ON index_passes (program_id, pass)"_s,
             u"CREATE TABLE index_pages ("
             "program_id TEXT NOT NULL, "
             "pass BIGINT NOT NULL REFERENCES index_passes(pass) ON DELETE CASCADE, "
             "page INTEGER NOT NULL, "
             "PRIMARY KEY (pass, page))"_s,
             u"CREATE TABLE customers ("
             "row_id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
             "program_id TEXT NOT NULL, "
             "pass BIGINT NOT NULL, "
             "identifier TEXT COLLATE \"C\" NOT NULL, "_s +
                 u"customer_key %1, customer_id %1, email %1, name %1, surname %1, "
                 "status %1, partner %1, tags %1, referring %1, "
                 "referrals_count INTEGER NOT NULL DEFAULT -1, "
                 "created_at %1, updated_at %1, "
                 "sort_name %1, "
                 "search TEXT NOT NULL, "
                 "UNIQUE (program_id, pass, identifier))"_s.arg(text),
             u"CREATE TABLE customer_objects ("
             "row_id BIGINT PRIMARY KEY REFERENCES customers(row_id) ON DELETE CASCADE, "
             "program_id TEXT NOT NULL, "
             "json TEXT NOT NULL)"_s,
             // One kept order per column a table sorts by, the program first: a sort reads
             // the first screen from it, a keyset block continues in it.
             u"CREATE INDEX customers_by_name ON customers (program_id, pass, sort_name, identifier)"_s,
             u"CREATE INDEX customers_by_email ON customers (program_id, pass, email, identifier)"_s,
             u"CREATE INDEX customers_by_key ON customers "
             "(program_id, pass, customer_key, identifier)"_s,
             u"CREATE INDEX customers_by_id ON customers (program_id, pass, customer_id, identifier)"_s,
             u"CREATE INDEX customers_by_status ON customers (program_id, pass, status, identifier)"_s,
             u"CREATE INDEX customers_by_partner ON customers (program_id, pass, partner, identifier)"_s,
             u"CREATE INDEX customers_by_referring ON customers "
             "(program_id, pass, referring, identifier)"_s,
             u"CREATE INDEX customers_by_created ON customers "
             "(program_id, pass, created_at, identifier)"_s,
             u"CREATE INDEX customers_by_updated ON customers "
             "(program_id, pass, updated_at, identifier)"_s,
             // Substring search: LIKE '%word%' on the folded column finds its rows through
             // trigrams for words of three characters or more.
             u"CREATE INDEX customers_search ON customers USING gin (search gin_trgm_ops)"_s,
         }},
        {2,
         {
             // The kept order of names carries the folded column: a short word (which has no
             // trigram, or one that most rows have) is checked on the index's entries in name
             // order without reading each row, so find as you type stops after the first
             // matches it needs.
             u"CREATE INDEX customers_by_name_searched ON customers "
             "(program_id, pass, sort_name, identifier) INCLUDE (search)"_s,
             u"DROP INDEX customers_by_name"_s,
             // The number of customers of a complete pass, kept by every change in the same
             // transaction: the count of All customers without counting a million rows.
             u"ALTER TABLE index_passes ADD COLUMN customers BIGINT"_s,
             // Every JumpMarkEvery-th row of a complete pass in each sort column's order, as
             // it was when the pass completed, and the changes made to the pass since (the
             // row's sort values before a change with -1, after it with +1): a jump into the
             // middle of the table starts from the nearest mark, whose place now is its place
             // then plus the changes before it.
             // (Marks are written in a snapshot of their own, after the pass's row may have
             // changed: no reference to it, whose check would read that row. completePass()
             // drops the marks of the passes it drops.)
             u"CREATE TABLE index_pass_marks ("
             "program_id TEXT NOT NULL, "
             "pass BIGINT NOT NULL, "
             "sort_column SMALLINT NOT NULL, "
             "mark INTEGER NOT NULL, "
             "sort_key TEXT COLLATE \"C\" NOT NULL, "
             "identifier TEXT COLLATE \"C\" NOT NULL, "
             "changes_through BIGINT NOT NULL, "
             "PRIMARY KEY (pass, sort_column, mark))"_s,
             u"CREATE TABLE index_pass_changes ("
             "change_id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
             "program_id TEXT NOT NULL, "
             "pass BIGINT NOT NULL REFERENCES index_passes(pass) ON DELETE CASCADE, "
             "sign SMALLINT NOT NULL, "
             "identifier TEXT COLLATE \"C\" NOT NULL, "_s +
                 u"sort_name %1, email %1, customer_key %1, customer_id %1, status %1, "
                 "partner %1, created_at %1, updated_at %1)"_s.arg(text),
             u"CREATE INDEX index_pass_changes_by_pass ON index_pass_changes (pass)"_s,
         }},
        {3,
         {
             // Each block of NameBlockEvery rows of a complete pass in name order, as it was
             // when its marks were taken: its first and last row, and what their search text
             // holds (NameBlockFilter), one row per bitmap. A find of short words walks only
             // the blocks whose bitmap has its pieces, and the rows changed since.
             u"CREATE TABLE index_name_blocks ("
             "program_id TEXT NOT NULL, "
             "pass BIGINT NOT NULL, "
             "kind SMALLINT NOT NULL, "
             "block INTEGER NOT NULL, "
             "first_key TEXT COLLATE \"C\" NOT NULL, "
             "first_identifier TEXT COLLATE \"C\" NOT NULL, "
             "last_key TEXT COLLATE \"C\" NOT NULL, "
             "last_identifier TEXT COLLATE \"C\" NOT NULL, "
             "changes_through BIGINT NOT NULL, "
             "pieces BYTEA NOT NULL, "
             "PRIMARY KEY (pass, kind, block))"_s,
             // Kept in the row as it is, uncompressed: get_bit() reads it where it lies.
             u"ALTER TABLE index_name_blocks ALTER COLUMN pieces SET STORAGE PLAIN"_s,
         }},
    };
}

QString sharedVersionTable() {
    return u"team_index_versions"_s;
}

// The advisory lock under which consoles begin and complete passes of one program in turn:
// "Pidx" and a stable hash of the program's id (FNV-1a; qHash is seeded per process).
qint64 passLockKey(const QString &programId) {
    quint32 hash = 2166136261u;
    for (const char c : programId.toUtf8()) {
        hash ^= quint8(c);
        hash *= 16777619u;
    }
    return (qint64(0x50696478) << 32) | hash;
}

// LIKE's pattern for a word anywhere in the text: its own %, _ and \ are not wildcards.
QString containsPattern(const QString &word) {
    QString escaped = word;
    escaped.replace(u'\\', u"\\\\"_s);
    escaped.replace(u'%', u"\\%"_s);
    escaped.replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

// A shared index stores '' for absent text (see sharedSchema()).
QVariant storedText(bool shared, const QString &value) {
    return shared && value.isNull() ? QVariant(u""_s) : QVariant(value);
}

const QString Columns = u"customer_key, customer_id, email, name, surname, status, partner, tags, "
                        "referring, referrals_count, created_at, updated_at"_s;

// The server's object of the row, after Columns (at index 12). As a blob: the stored UTF-8
// bytes as they are, where text would be converted to UTF-16 for Qt and back again.
const QString ObjectColumn =
    u", (SELECT CAST(json AS BLOB) FROM customer_objects o WHERE o.row_id = c.row_id)"_s;
// PostgreSQL has no BLOB; its text arrives as UTF-8 and is converted once.
const QString SharedObjectColumn =
    u", (SELECT json FROM customer_objects o WHERE o.row_id = c.row_id)"_s;

// Columns for a walk over every record: the text as blobs, so that SQLite hands over its UTF-8
// bytes and Qt converts them (QVariant's QByteArray to QString is QString::fromUtf8), which is
// several times faster than SQLite's own conversion to UTF-16, a fifth of an export's
// instructions.
const QString WalkColumns =
    u"CAST(customer_key AS BLOB), CAST(customer_id AS BLOB), CAST(email AS BLOB), "
    "CAST(name AS BLOB), CAST(surname AS BLOB), CAST(status AS BLOB), CAST(partner AS BLOB), "
    "CAST(tags AS BLOB), CAST(referring AS BLOB), referrals_count, CAST(created_at AS BLOB), "
    "CAST(updated_at AS BLOB)"_s;

// A walk over every record reads the whole file, through a connection of its own that maps
// the file into memory instead of copying each page with a system call (about a third of an
// export's time). The mapping counts as resident memory only while the walk lasts: the
// connection is closed after it, so an open index stays within its memory budget.
constexpr qint64 WalkMapBytes = qint64(1) << 30;

void bindAll(QSqlQuery &query, const QVariantList &values) {
    for (const QVariant &value : values)
        query.addBindValue(value);
}

// A text column, read as text or as a blob (WalkColumns): QVariant's own conversion of a blob
// to text costs more than the conversion itself.
QString textAt(const QSqlQuery &q, int column) {
    const QVariant value = q.value(column);
    if (value.typeId() == QMetaType::QByteArray)
        return QString::fromUtf8(*static_cast<const QByteArray *>(value.constData()));
    return value.toString();
}

Customer customerFrom(const QSqlQuery &q, int first = 0) {
    Customer c;
    c.key = textAt(q, first + 0);
    c.id = textAt(q, first + 1);
    c.email = textAt(q, first + 2);
    c.name = textAt(q, first + 3);
    c.surname = textAt(q, first + 4);
    c.status = textAt(q, first + 5);
    c.partner = textAt(q, first + 6);
    const QString tags = textAt(q, first + 7);
    if (!tags.isEmpty())
        c.tags = tags.split(u'\n');
    const QString referring = textAt(q, first + 8);
    if (!referring.isEmpty()) {
        CustomerRef ref;
        ref.id = referring;
        c.referringCustomer = ref;
    }
    c.referralsCount = q.value(first + 9).toInt();
    c.createdAt = SqlStore::timeFromText(textAt(q, first + 10));
    c.updatedAt = SqlStore::timeFromText(textAt(q, first + 11));
    return c;
}

// Above this many matches a search word is checked on the rows the other conditions select
// (instr) instead of handing the matches to SQLite: a word that common narrows little, and
// the list costs more than the check.
constexpr int MaxListedMatches = 20000;
// The same with a partner or referrer given: their kept orders narrow the rows to a few
// thousand at most, which are checked faster than SQLite reads a long list (100,000
// customers, "an" within one partner: 21 ms with the list, a few with the check).
constexpr int MaxListedMatchesWithinOne = 2000;

// Up to this many matches a shared index sorts the rows the trigram index found (see select()).
constexpr int FewSharedMatches = 20000;

// Whether a search has a word the trigram index serves (three characters or more).
bool hasTrigramWord(const QString &search) {
    const QStringList words = TextFold::words(search);
    return std::any_of(words.begin(), words.end(),
                       [](const QString &word) { return word.size() >= 3; });
}

// Whether every word of a search is shorter than four characters: on a shared index such a
// word has no trigram or one that a large part of a program has, so find() walks the kept
// order of names instead of the trigram index, and counts up to ShortFindCountCap.
bool hasOnlyShortWords(const QStringList &words) {
    return !words.isEmpty() && std::all_of(words.begin(), words.end(),
                                           [](const QString &word) { return word.size() < 4; });
}

// How many rows a short search samples to tell a word of three characters that few rows
// have (found faster through the trigram index) from one that many have.
constexpr int ShortWordSample = 5000;

QString sortColumnOf(IndexQuery::Column sort) {
    QString column;
    switch (sort) {
    case IndexQuery::Column::Name:
        column = u"c.sort_name"_s;
        break;
    case IndexQuery::Column::Email:
        column = u"c.email"_s;
        break;
    case IndexQuery::Column::Key:
        column = u"c.customer_key"_s;
        break;
    case IndexQuery::Column::Id:
        column = u"c.customer_id"_s;
        break;
    case IndexQuery::Column::Status:
        column = u"c.status"_s;
        break;
    case IndexQuery::Column::Partner:
        column = u"c.partner"_s;
        break;
    case IndexQuery::Column::Created:
        column = u"c.created_at"_s;
        break;
    case IndexQuery::Column::Updated:
        column = u"c.updated_at"_s;
        break;
    }
    return column;
}

QString orderOf(const IndexQuery &query) {
    const QString column = sortColumnOf(query.sort);
    const QString direction = query.order == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    // The identifier breaks ties, so that pages of one order never overlap.
    return u" ORDER BY %1 %2, c.identifier %2"_s.arg(column, direction);
}

QString windowOf(const IndexQuery &query, bool shared) {
    if (query.limit < 0 && query.offset <= 0)
        return {};
    if (shared) {
        return (query.limit < 0 ? QString() : u" LIMIT %1"_s.arg(query.limit)) +
               u" OFFSET %1"_s.arg(std::max(0, query.offset));
    }
    return u" LIMIT %1 OFFSET %2"_s.arg(query.limit < 0 ? -1 : query.limit)
        .arg(std::max(0, query.offset));
}

// Every sort column a table offers, each with marks for jumps (see storeJumpMarks()).
constexpr IndexQuery::Column SortColumns[] = {
    IndexQuery::Column::Name,    IndexQuery::Column::Email,  IndexQuery::Column::Key,
    IndexQuery::Column::Id,      IndexQuery::Column::Status, IndexQuery::Column::Partner,
    IndexQuery::Column::Created, IndexQuery::Column::Updated};

// A mark every this many rows: IndexCustomerModel::BlockSize, so that the table's blocks
// start at a mark and a jump skips no row after it until the pass changes.
constexpr int JumpMarkEvery = 200;

// The rows of a block of the name order that a find of short words checks at once (see
// storeNameBlocks()).
constexpr int NameBlockEvery = 200;
// The rows of the name order read at once to write its blocks: ten blocks' worth, a few
// hundred kilobytes.
constexpr int NameBlockFetch = 2000;

// Above this many changes since a pass completed, a jump counts rows by offset instead of
// summing the changes before each mark.
constexpr int MaxJumpChanges = 20000;
} // namespace

QList<int> IndexPass::missingPages(int upTo) const {
    QList<int> missing;
    const int end = lastPage > 0 ? lastPage : upTo;
    for (int page = 1; page <= end; ++page) {
        if (!pagesDone.contains(page))
            missing.append(page);
    }
    return missing;
}

CustomerIndex::CustomerIndex() = default;

CustomerIndex::~CustomerIndex() {
    if (m_loading.valid())
        m_loading.wait();
}

QString CustomerIndex::defaultFilePath(const QString &profileId) {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/profiles/"_s +
           profileId + u"/customers.sqlite"_s;
}

QString CustomerIndex::memoryLocation(const QString &name) {
    // SQLite's memdb: one database in this process's memory, shared by name between its
    // connections, with ordinary locking (so a writer thread and the screens take turns
    // through the busy timeout, which shared-cache memory databases would not do).
    return u"file:/partnero-index-%1?vfs=memdb"_s.arg(name);
}

bool CustomerIndex::isMemoryLocation(const QString &location) {
    return SqlStore::isMemoryLocation(location);
}

int CustomerIndex::schemaVersion() {
    return Migrations(schema()).latestVersion();
}

int CustomerIndex::findCountCap(const QString &query) {
    return hasOnlyShortWords(TextFold::words(query)) ? ShortFindCountCap : CountCap;
}

bool CustomerIndex::isOpen() const {
    return m_store && m_store->isOpen() && m_error.isEmpty();
}

bool CustomerIndex::isReachable() const {
    if (!isOpen())
        return false;
    QSqlQuery ping = m_store->query();
    return ping.exec(u"SELECT 1"_s);
}

bool CustomerIndex::fail(const QString &what) {
    const QString where = isShared() ? m_filePath : QDir::toNativeSeparators(m_filePath);
    m_error = tr("The customer index %1 could not be used: %2.")
                  .arg(where, m_store && !m_store->errorReason().isEmpty() ? m_store->errorReason()
                                                                           : what);
    return false;
}

bool CustomerIndex::open(const IndexLocation &location, Use use) {
    m_location = location;
    m_filePath = location.isShared() ? location.sharedStore.displayName() : location.filePath;
    const QString &filePath = m_filePath;
    m_error.clear();
    m_use = use;
    if (m_loading.valid())
        m_loading.wait();
    m_loading = {};
    m_handovers = 0;
    m_changedDuringHandover.clear();
    m_search.reset();
    m_store = std::make_unique<SqlStore>();
    if (location.isShared())
        return openShared();
    // The page cache: sorts and filters walk one kept order at a time and the search is in
    // memory, so a few megabytes keep every budget; more is only resident memory.
    const int cacheKiB = use == Use::Reading ? ReadingCacheKiB : WritingCacheKiB;
    if (!m_store->openSqlite(filePath) || !m_store->useWriteAheadLog() ||
        !m_store->useCacheDurability(cacheKiB))
        return fail(tr("opening it"));
    Migrations migrations(schema());
    switch (migrations.apply(*m_store)) {
    case Migrations::Result::NewerSchema:
        m_error = tr("The customer index %1 was written by a newer version of Partnero Console. "
                     "Update the console, or forget the local data of this profile.")
                      .arg(QDir::toNativeSeparators(filePath));
        m_store->close();
        return false;
    case Migrations::Result::Failed:
        fail(tr("preparing it"));
        m_store->close();
        return false;
    case Migrations::Result::Ready:
        break;
    }
    if (use == Use::Reading)
        loadSearchInBackground();
    return true;
}

std::unique_ptr<CustomerIndex> CustomerIndex::sharedAt(const IndexLocation &location) {
    auto index = std::make_unique<CustomerIndex>();
    index->m_location = location;
    return index;
}

bool CustomerIndex::openShared() {
    if (m_location.programId.isEmpty()) {
        m_error = tr("The customer index in %1 could not be used: no program was chosen for it.")
                      .arg(m_filePath);
        return false;
    }
    if (!m_store->openPostgres(m_location.sharedStore, m_location.password))
        return fail(tr("connecting to it"));
    Migrations migrations(sharedSchema(), sharedVersionTable());
    switch (migrations.apply(*m_store)) {
    case Migrations::Result::NewerSchema:
        m_error = tr("The customer index in %1 was written by a newer version of Partnero "
                     "Console. Update the console.")
                      .arg(m_filePath);
        m_store->close();
        return false;
    case Migrations::Result::Failed:
        fail(tr("preparing it"));
        m_store->close();
        return false;
    case Migrations::Result::Ready:
        break;
    }
    return true;
}

void CustomerIndex::loadSearchInBackground() const {
    if (m_loading.valid() || isShared())
        return;
    m_handovers++;
    m_loading = std::async(std::launch::async, [location = m_location] {
        CustomerIndex reader;
        return reader.open(location, Use::Writing) ? reader.loadSearch()
                                                   : std::shared_ptr<FoldedSearch>();
    });
}

void CustomerIndex::adoptLoadedSearch() const {
    if (!m_loading.valid() ||
        m_loading.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
        return;
    const_cast<CustomerIndex *>(this)->adoptSearch(m_loading.get());
}

bool CustomerIndex::isSearchInMemory(bool wait) const {
    if (m_use != Use::Reading || !isOpen() || isShared())
        return false;
    if (wait && m_loading.valid())
        m_loading.wait();
    if (wait && !m_loading.valid() && (!m_search || m_search->pass() != completePassNumber())) {
        loadSearchInBackground();
        m_loading.wait();
    }
    adoptLoadedSearch();
    return m_search && m_search->pass() == completePassNumber();
}

std::shared_ptr<FoldedSearch> CustomerIndex::loadSearch() const {
    // A shared index searches in the database: nothing to hand over.
    if (isShared())
        return nullptr;
    auto search = std::make_shared<FoldedSearch>();
    const qint64 pass = completePassNumber();
    search->setPass(pass);
    if (pass == 0)
        return search;
    QSqlQuery q = m_store->query();
    q.prepare(
        u"SELECT COUNT(*), SUM(LENGTH(CAST(search AS BLOB))) FROM customers WHERE pass = ?"_s);
    q.addBindValue(pass);
    if (q.exec() && q.next())
        search->reserve(q.value(0).toInt(), q.value(0).toLongLong() + q.value(1).toLongLong());
    q = m_store->query();
    q.prepare(u"SELECT row_id, CAST(search AS BLOB) FROM customers WHERE pass = ? "
              "ORDER BY sort_name, identifier"_s);
    q.addBindValue(pass);
    if (q.exec()) {
        while (q.next())
            search->append(q.value(0).toLongLong(), q.value(1).toByteArray());
    }
    return search;
}

void CustomerIndex::beginSearchHandover() {
    ++m_handovers;
}

void CustomerIndex::adoptSearch(const std::shared_ptr<FoldedSearch> &search) {
    m_handovers = std::max(0, m_handovers - 1);
    const QStringList changed = m_changedDuringHandover;
    if (m_handovers == 0)
        m_changedDuringHandover.clear();
    if (m_use != Use::Reading)
        return;
    // Without one (the pass did not complete), the search held is still right. One of an
    // older pass than the one held is not taken.
    if (!search || (m_search && search->pass() < m_search->pass()))
        return;
    m_search = search;
    // Changes made while it loaded may be missing from it: applied again (each is read from
    // the database, so applying one twice changes nothing).
    for (const QString &identifier : changed)
        updateSearch(identifier);
}

qint64 CustomerIndex::searchMemoryBytes() const {
    return m_search ? m_search->memoryBytes() : 0;
}

QString CustomerIndex::scope() const {
    return isShared() ? u" AND program_id = ?"_s : QString();
}

void CustomerIndex::bindScope(QSqlQuery &query) const {
    if (isShared())
        query.addBindValue(m_location.programId);
}

qint64 CustomerIndex::completePassNumber() const {
    if (!isOpen())
        return 0;
    QSqlQuery q = m_store->query();
    if (isShared()) {
        q.prepare(u"SELECT MAX(pass) FROM index_passes "
                  "WHERE program_id = ? AND completed_at IS NOT NULL"_s);
        q.addBindValue(m_location.programId);
        if (!q.exec() || !q.next()) {
            noteReadFailure(q);
            return 0;
        }
    } else if (!q.exec(u"SELECT MAX(pass) FROM index_passes WHERE completed_at IS NOT NULL"_s) ||
               !q.next()) {
        noteReadFailure(q);
        return 0;
    }
    return q.value(0).toLongLong();
}

FoldedSearch *CustomerIndex::currentSearch() const {
    if (m_use != Use::Reading || !isOpen() || isShared())
        return nullptr;
    adoptLoadedSearch();
    // Another connection (a sync on its thread, the command line) may have completed a newer
    // pass: what this one holds must be of the pass the database answers from.
    if (m_search && m_search->pass() == completePassNumber())
        return m_search.get();
    loadSearchInBackground();
    return nullptr;
}

qint64 CustomerIndex::rowIdOf(qint64 pass, const QString &identifier) const {
    QSqlQuery q = m_store->query();
    q.prepare(u"SELECT row_id FROM customers WHERE pass = ? AND identifier = ?"_s);
    q.addBindValue(pass);
    q.addBindValue(identifier);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

void CustomerIndex::removeFromSearch(qint64 rowId) {
    if (m_search && rowId != 0)
        m_search->remove(rowId);
}

void CustomerIndex::updateSearch(const QString &identifier) {
    if (m_handovers > 0 && !m_changedDuringHandover.contains(identifier))
        m_changedDuringHandover.append(identifier);
    if (!m_search || m_search->pass() == 0)
        return;
    const qint64 pass = m_search->pass();
    QSqlQuery row = m_store->query();
    row.prepare(u"SELECT row_id, CAST(search AS BLOB), sort_name FROM customers "
                "WHERE pass = ? AND identifier = ?"_s);
    row.addBindValue(pass);
    row.addBindValue(identifier);
    if (!row.exec())
        return;
    if (!row.next()) {
        // Gone from the pass: its row id went with it, so find it by its text no more.
        m_search.reset();
        return;
    }
    const qint64 rowId = row.value(0).toLongLong();
    const QByteArray text = row.value(1).toByteArray();
    const QString sortName = row.value(2).toString();
    m_search->remove(rowId);
    // Its place in name order: before the row that follows it in the kept order.
    QSqlQuery next = m_store->query();
    next.prepare(u"SELECT row_id FROM customers WHERE pass = ? AND "
                 "(sort_name > ? OR (sort_name = ? AND identifier > ?)) "
                 "ORDER BY sort_name, identifier LIMIT 1"_s);
    next.addBindValue(pass);
    next.addBindValue(sortName);
    next.addBindValue(sortName);
    next.addBindValue(identifier);
    if (!next.exec()) {
        m_search.reset();
        return;
    }
    int position = m_search->size();
    if (next.next()) {
        position = m_search->positionOf(next.value(0).toLongLong());
        if (position < 0) {
            m_search.reset(); // out of step: loaded again when next read
            return;
        }
    }
    m_search->insert(position, rowId, text);
}

std::optional<IndexPass> CustomerIndex::passWhere(const QString &condition) const {
    if (!isOpen())
        return std::nullopt;
    QSqlQuery q = m_store->query();
    q.prepare(u"SELECT pass, program_kind, page_size, started_at, completed_at, last_page "
              "FROM index_passes WHERE "_s +
              (isShared() ? u"program_id = ? AND "_s : QString()) + condition +
              u" ORDER BY pass DESC LIMIT 1"_s);
    if (isShared())
        q.addBindValue(m_location.programId);
    if (!q.exec()) {
        noteReadFailure(q);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    IndexPass pass;
    pass.number = q.value(0).toLongLong();
    pass.kind = programKindFromId(q.value(1).toString());
    pass.pageSize = q.value(2).toInt();
    pass.startedAt = SqlStore::timeFromText(q.value(3).toString());
    pass.completedAt = SqlStore::timeFromText(q.value(4).toString());
    pass.lastPage = q.value(5).toInt();
    QSqlQuery pages = m_store->query();
    pages.prepare(u"SELECT page FROM index_pages WHERE pass = ?"_s);
    pages.addBindValue(pass.number);
    if (pages.exec()) {
        while (pages.next())
            pass.pagesDone.insert(pages.value(0).toInt());
    }
    return pass;
}

std::optional<IndexPass> CustomerIndex::completePass() const {
    m_readError.clear();
    return passWhere(u"completed_at IS NOT NULL"_s);
}

std::optional<IndexPass> CustomerIndex::runningPass() const {
    return passWhere(u"completed_at IS NULL"_s);
}

qint64 CustomerIndex::beginPass(ProgramKind kind, int pageSize) {
    if (!isOpen())
        return 0;
    if (const auto running = runningPass()) {
        if (running->kind == kind && running->pageSize == pageSize)
            return running->number;
    }
    const QString what = tr("starting a sync");
    if (!m_store->beginWrite())
        return 0;
    if (isShared())
        return beginSharedPass(kind, pageSize);
    // A running pass that cannot be continued (another page size) is dropped with its rows.
    QSqlQuery insert = m_store->query();
    const bool ok = m_store->exec(u"DELETE FROM customers WHERE pass IN "
                                  "(SELECT pass FROM index_passes WHERE completed_at IS NULL)"_s,
                                  what) &&
                    m_store->exec(u"DELETE FROM index_passes WHERE completed_at IS NULL"_s, what) &&
                    m_store->prepare(
                        insert,
                        u"INSERT INTO index_passes (pass, program_kind, page_size, started_at) "
                        "VALUES ((SELECT COALESCE(MAX(pass), 0) + 1 FROM index_passes), ?, ?, ?)"_s,
                        what);
    if (!ok) {
        m_store->rollback();
        return 0;
    }
    insert.addBindValue(programKindId(kind));
    insert.addBindValue(pageSize);
    insert.addBindValue(SqlStore::timeText(QDateTime::currentDateTimeUtc()));
    if (!m_store->exec(insert, what) || !m_store->commit()) {
        m_store->rollback();
        return 0;
    }
    const auto running = runningPass();
    return running ? running->number : 0;
}

qint64 CustomerIndex::beginSharedPass(ProgramKind kind, int pageSize) {
    const QString what = tr("starting a sync");
    // Another console may begin (or complete) a pass of the program at the same moment: one
    // after the other, and the second continues the pass the first began.
    if (!m_store->lockForTransaction(passLockKey(m_location.programId))) {
        m_store->rollback();
        return 0;
    }
    if (const auto running = runningPass();
        running && running->kind == kind && running->pageSize == pageSize) {
        m_store->rollback();
        return running->number;
    }
    QSqlQuery drop = m_store->query();
    QSqlQuery dropPasses = m_store->query();
    QSqlQuery insert = m_store->query();
    bool ok = m_store->prepare(drop,
                               u"DELETE FROM customers WHERE program_id = ? AND pass IN "
                               "(SELECT pass FROM index_passes WHERE program_id = ? AND "
                               "completed_at IS NULL)"_s,
                               what) &&
              m_store->prepare(dropPasses,
                               u"DELETE FROM index_passes WHERE program_id = ? AND "
                               "completed_at IS NULL"_s,
                               what) &&
              m_store->prepare(insert,
                               u"INSERT INTO index_passes (program_id, program_kind, page_size, "
                               "started_at) VALUES (?, ?, ?, ?) RETURNING pass"_s,
                               what);
    if (ok) {
        drop.addBindValue(m_location.programId);
        drop.addBindValue(m_location.programId);
        dropPasses.addBindValue(m_location.programId);
        insert.addBindValue(m_location.programId);
        insert.addBindValue(programKindId(kind));
        insert.addBindValue(pageSize);
        insert.addBindValue(SqlStore::timeText(QDateTime::currentDateTimeUtc()));
        ok = m_store->exec(drop, what) && m_store->exec(dropPasses, what) &&
             m_store->exec(insert, what) && insert.next();
    }
    const qint64 pass = ok ? insert.value(0).toLongLong() : 0;
    insert.finish();
    if (!ok || !m_store->commit()) {
        m_store->rollback();
        return 0;
    }
    return pass;
}

QString CustomerIndex::searchTextOf(const Customer &customer) {
    return TextFold::searchText(
        {customer.name, customer.surname, customer.email, customer.key, customer.id});
}

QString CustomerIndex::sortNameOf(const Customer &customer) {
    return TextFold::fold(customer.displayName());
}

QString CustomerIndex::sortKeyOf(const Customer &customer, IndexQuery::Column column) {
    QString key;
    switch (column) {
    case IndexQuery::Column::Name:
        key = sortNameOf(customer);
        break;
    case IndexQuery::Column::Email:
        key = customer.email;
        break;
    case IndexQuery::Column::Key:
        key = customer.key;
        break;
    case IndexQuery::Column::Id:
        key = customer.id;
        break;
    case IndexQuery::Column::Status:
        key = customer.status;
        break;
    case IndexQuery::Column::Partner:
        key = customer.partner;
        break;
    case IndexQuery::Column::Created:
        key = SqlStore::timeText(customer.createdAt);
        break;
    case IndexQuery::Column::Updated:
        key = SqlStore::timeText(customer.updatedAt);
        break;
    }
    return key.isNull() ? u""_s : key;
}

void CustomerIndex::sortByName(QList<CustomerRecord> &records) {
    struct Keyed {
        QByteArray name;
        QByteArray identifier;
        qsizetype at = 0;
    };
    std::vector<Keyed> keys;
    keys.reserve(size_t(records.size()));
    for (qsizetype i = 0; i < records.size(); ++i) {
        const Customer &c = records.at(i).customer;
        keys.push_back({sortNameOf(c).toUtf8(), c.identifier().toUtf8(), i});
    }
    std::sort(keys.begin(), keys.end(), [](const Keyed &a, const Keyed &b) {
        return a.name != b.name ? a.name < b.name : a.identifier < b.identifier;
    });
    QList<CustomerRecord> sorted;
    sorted.reserve(records.size());
    for (const Keyed &key : keys)
        sorted.append(std::move(records[key.at]));
    records = std::move(sorted);
}

bool CustomerIndex::insertRows(qint64 pass, const QList<CustomerRecord> &customers) {
    if (isShared())
        return insertSharedRows(pass, customers);
    QSqlQuery insert = m_store->query();
    QSqlQuery object = m_store->query();
    const QString what = tr("storing customers");
    if (!m_store->prepare(
            insert,
            u"INSERT INTO customers (pass, identifier, "_s + Columns +
                u", sort_name, search) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (pass, identifier) DO UPDATE SET "
                "customer_key = excluded.customer_key, customer_id = excluded.customer_id, "
                "email = excluded.email, name = excluded.name, surname = excluded.surname, "
                "status = excluded.status, partner = excluded.partner, tags = excluded.tags, "
                "referring = excluded.referring, referrals_count = excluded.referrals_count, "
                "created_at = excluded.created_at, updated_at = excluded.updated_at, "
                "sort_name = excluded.sort_name, search = excluded.search"_s,
            what) ||
        !m_store->prepare(object,
                          u"INSERT INTO customer_objects (row_id, json) VALUES ("
                          "(SELECT row_id FROM customers WHERE pass = ? AND identifier = ?), ?) "
                          "ON CONFLICT (row_id) DO UPDATE SET json = excluded.json"_s,
                          what))
        return false;
    for (const CustomerRecord &item : customers) {
        const Customer &c = item.customer;
        insert.addBindValue(pass);
        insert.addBindValue(c.identifier());
        insert.addBindValue(c.key);
        insert.addBindValue(c.id);
        insert.addBindValue(c.email);
        insert.addBindValue(c.name);
        insert.addBindValue(c.surname);
        insert.addBindValue(c.status);
        insert.addBindValue(c.partner);
        insert.addBindValue(c.tags.join(u'\n'));
        insert.addBindValue(c.referringCustomer ? c.referringCustomer->identifier() : QString());
        insert.addBindValue(c.referralsCount);
        insert.addBindValue(SqlStore::timeText(c.createdAt));
        insert.addBindValue(SqlStore::timeText(c.updatedAt));
        insert.addBindValue(sortNameOf(c));
        insert.addBindValue(searchTextOf(c));
        if (!m_store->exec(insert, what))
            return false;
        object.addBindValue(pass);
        object.addBindValue(c.identifier());
        object.addBindValue(QString::fromUtf8(item.json));
        if (!m_store->exec(object, what))
            return false;
    }
    return true;
}

bool CustomerIndex::insertSharedRows(qint64 pass, const QList<CustomerRecord> &customers,
                                     int *added) {
    const QString what = tr("storing customers");
    if (added)
        *added = 0;
    // A customer listed twice in one page (the list shifted) is stored once, with what was
    // listed last: one statement may not change a row twice.
    QHash<QString, qsizetype> lastListed;
    for (qsizetype i = 0; i < customers.size(); ++i)
        lastListed.insert(customers.at(i).customer.identifier(), i);
    QList<const CustomerRecord *> unique;
    for (qsizetype i = 0; i < customers.size(); ++i) {
        if (lastListed.value(customers.at(i).customer.identifier()) == i)
            unique.append(&customers.at(i));
    }
    if (unique.isEmpty())
        return true;
    // One statement for the rows of a page and one for their objects: a statement per row
    // waits for the server once per row.
    const QStringList rows(unique.size(), u"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery insert = m_store->query();
    if (!m_store->prepare(
            insert,
            u"INSERT INTO customers (program_id, pass, identifier, "_s + Columns +
                u", sort_name, search) VALUES "_s + rows.join(u", "_s) +
                u" ON CONFLICT (program_id, pass, identifier) DO UPDATE SET "
                "customer_key = excluded.customer_key, customer_id = excluded.customer_id, "
                "email = excluded.email, name = excluded.name, surname = excluded.surname, "
                "status = excluded.status, partner = excluded.partner, tags = excluded.tags, "
                "referring = excluded.referring, referrals_count = excluded.referrals_count, "
                "created_at = excluded.created_at, updated_at = excluded.updated_at, "
                "sort_name = excluded.sort_name, search = excluded.search "
                "RETURNING row_id, identifier, xmax = 0"_s,
            what))
        return false;
    for (const CustomerRecord *item : std::as_const(unique)) {
        const Customer &c = item->customer;
        const auto text = [&insert](const QString &value) {
            insert.addBindValue(storedText(true, value));
        };
        insert.addBindValue(m_location.programId);
        insert.addBindValue(pass);
        insert.addBindValue(c.identifier());
        text(c.key);
        text(c.id);
        text(c.email);
        text(c.name);
        text(c.surname);
        text(c.status);
        text(c.partner);
        text(c.tags.join(u'\n'));
        text(c.referringCustomer ? c.referringCustomer->identifier() : QString());
        insert.addBindValue(c.referralsCount);
        text(SqlStore::timeText(c.createdAt));
        text(SqlStore::timeText(c.updatedAt));
        text(sortNameOf(c));
        text(searchTextOf(c));
    }
    if (!m_store->exec(insert, what))
        return false;
    QHash<QString, qint64> rowIds;
    while (insert.next()) {
        rowIds.insert(insert.value(1).toString(), insert.value(0).toLongLong());
        // A row no transaction replaced is new (an updated one carries the updater's id).
        if (added && insert.value(2).toBool())
            ++*added;
    }
    const QStringList objectRows(unique.size(), u"(?, ?, ?)"_s);
    QSqlQuery object = m_store->query();
    if (!m_store->prepare(object,
                          u"INSERT INTO customer_objects (row_id, program_id, json) VALUES "_s +
                              objectRows.join(u", "_s) +
                              u" ON CONFLICT (row_id) DO UPDATE SET json = excluded.json"_s,
                          what))
        return false;
    for (const CustomerRecord *item : std::as_const(unique)) {
        object.addBindValue(rowIds.value(item->customer.identifier()));
        object.addBindValue(m_location.programId);
        object.addBindValue(QString::fromUtf8(item->json));
    }
    return m_store->exec(object, what);
}

bool CustomerIndex::storePage(qint64 pass, int page, const QList<CustomerRecord> &customers,
                              bool isLast) {
    return storePages(pass, {PageToStore{page, customers, isLast}});
}

bool CustomerIndex::storePages(qint64 pass, const QList<PageToStore> &pages) {
    if (!isOpen() || !m_store->beginWrite())
        return false;
    const QString what = tr("storing a page of customers");
    QSqlQuery mark = m_store->query();
    QSqlQuery last = m_store->query();
    bool ok = m_store->prepare(mark,
                               isShared() ? u"INSERT INTO index_pages (pass, program_id, page) "
                                            "VALUES (?, ?, ?) ON CONFLICT (pass, page) DO NOTHING"_s
                                          : u"INSERT INTO index_pages (pass, page) VALUES (?, ?) "
                                            "ON CONFLICT (pass, page) DO NOTHING"_s,
                               what) &&
              m_store->prepare(
                  last, u"UPDATE index_passes SET last_page = ? WHERE pass = ?"_s + scope(), what);
    for (auto it = pages.begin(); ok && it != pages.end(); ++it) {
        ok = insertRows(pass, it->customers);
        if (ok) {
            mark.addBindValue(pass);
            if (isShared())
                mark.addBindValue(m_location.programId);
            mark.addBindValue(it->page);
            ok = m_store->exec(mark, what);
        }
        if (ok && it->isLast) {
            last.addBindValue(it->page);
            last.addBindValue(pass);
            bindScope(last);
            ok = m_store->exec(last, what);
        }
    }
    if (!ok || !m_store->commit()) {
        m_store->rollback();
        return false;
    }
    return true;
}

bool CustomerIndex::setLastPage(qint64 pass, int page) {
    if (!isOpen())
        return false;
    QSqlQuery q = m_store->query();
    const QString what = tr("storing a page of customers");
    if (!m_store->prepare(q, u"UPDATE index_passes SET last_page = ? WHERE pass = ?"_s + scope(),
                          what))
        return false;
    q.addBindValue(page);
    q.addBindValue(pass);
    bindScope(q);
    return m_store->exec(q, what);
}

bool CustomerIndex::completePass(qint64 pass) {
    const auto running = runningPass();
    if (!running || running->number != pass || running->lastPage == 0 ||
        !running->missingPages(running->lastPage).isEmpty())
        return false;
    if (!m_store->beginWrite())
        return false;
    const QString what = tr("completing the sync");
    // Readers of the shared index keep reading the complete pass until this commits, then
    // read the new one; two consoles completing at once take turns.
    if (isShared() && !m_store->lockForTransaction(passLockKey(m_location.programId))) {
        m_store->rollback();
        return false;
    }
    QSqlQuery rows = m_store->query();
    QSqlQuery passes = m_store->query();
    QSqlQuery done = m_store->query();
    bool ok =
        m_store->prepare(rows, u"DELETE FROM customers WHERE pass <> ?"_s + scope(), what) &&
        m_store->prepare(passes, u"DELETE FROM index_passes WHERE pass <> ?"_s + scope(), what) &&
        m_store->prepare(
            done, u"UPDATE index_passes SET completed_at = ? WHERE pass = ?"_s + scope(), what);
    if (ok) {
        rows.addBindValue(pass);
        bindScope(rows);
        passes.addBindValue(pass);
        bindScope(passes);
        done.addBindValue(SqlStore::timeText(QDateTime::currentDateTimeUtc()));
        done.addBindValue(pass);
        bindScope(done);
        ok = m_store->exec(rows, what) && m_store->exec(passes, what) && m_store->exec(done, what);
    }
    // Its number of customers, while the lock keeps every change of the program out: true as
    // of this commit, and changes after it adjust it.
    if (ok && isShared())
        ok = storeSharedCount(pass);
    if (!ok || !m_store->commit()) {
        m_store->rollback();
        return false;
    }
    // Its marks for jumps, once complete (without them a jump counts rows by offset).
    if (isShared())
        storeJumpMarks(pass);
    if (m_use == Use::Reading)
        m_search = loadSearch();
    return true;
}

bool CustomerIndex::storeSharedCount(qint64 pass) {
    const QString what = tr("completing the sync");
    // The marks of the passes just dropped go with them.
    QSqlQuery marks = m_store->query();
    if (!m_store->prepare(
            marks, u"DELETE FROM index_pass_marks WHERE program_id = ? AND pass <> ?"_s, what))
        return false;
    marks.addBindValue(m_location.programId);
    marks.addBindValue(pass);
    QSqlQuery blocks = m_store->query();
    if (!m_store->exec(marks, what) ||
        !m_store->prepare(
            blocks, u"DELETE FROM index_name_blocks WHERE program_id = ? AND pass <> ?"_s, what))
        return false;
    blocks.addBindValue(m_location.programId);
    blocks.addBindValue(pass);
    if (!m_store->exec(blocks, what))
        return false;
    // The rows of a pass just written are not yet marked visible to all, so a walk through a
    // kept order would read each row where it lies: one read of the table is faster. (For
    // this transaction only.)
    QSqlQuery q = m_store->query();
    if (!m_store->exec(u"SET LOCAL enable_indexscan = off"_s, what) ||
        !m_store->exec(u"SET LOCAL enable_indexonlyscan = off"_s, what) ||
        !m_store->exec(u"SET LOCAL enable_bitmapscan = off"_s, what) ||
        !m_store->prepare(q,
                          u"UPDATE index_passes SET customers = (SELECT COUNT(*) FROM customers "
                          "WHERE program_id = ? AND pass = ?) WHERE program_id = ? AND pass = ?"_s,
                          what))
        return false;
    q.addBindValue(m_location.programId);
    q.addBindValue(pass);
    q.addBindValue(m_location.programId);
    q.addBindValue(pass);
    return m_store->exec(q, what);
}

bool CustomerIndex::storeJumpMarks(qint64 pass) {
    const QString what = tr("completing the sync");
    const qint64 key = passLockKey(m_location.programId);
    // The marks are read from one snapshot, taken while no change of the program is under
    // way (each holds the lock for its transaction), and know the last change it holds. The
    // lock is let go at once: reading the marks takes seconds at a million customers, and the
    // changes made after the snapshot are the ones a jump adds to them.
    QSqlQuery lock = m_store->query();
    if (!m_store->prepare(lock, u"SELECT pg_advisory_lock(?)"_s, what))
        return false;
    lock.addBindValue(key);
    if (!m_store->exec(lock, what))
        return false;
    QSqlQuery through = m_store->query();
    bool ok = m_store->beginWrite() &&
              m_store->exec(u"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"_s, what) &&
              m_store->prepare(through,
                               u"SELECT COALESCE(MAX(change_id), 0), EXISTS (SELECT 1 FROM "
                               "index_passes WHERE program_id = ? AND pass = ? AND "
                               "completed_at IS NOT NULL) FROM index_pass_changes"_s,
                               what);
    if (ok) {
        through.addBindValue(m_location.programId);
        through.addBindValue(pass);
        // (A newer pass may have completed meanwhile: this one is gone then.)
        ok = m_store->exec(through, what) && through.next() && through.value(1).toBool();
    }
    const qint64 changesThrough = ok ? through.value(0).toLongLong() : 0;
    through.finish();
    QSqlQuery unlock = m_store->query();
    unlock.prepare(u"SELECT pg_advisory_unlock(?)"_s);
    unlock.addBindValue(key);
    unlock.exec();
    // A sort in memory per column (see storeSharedCount()).
    ok = ok && m_store->exec(u"SET LOCAL enable_indexscan = off"_s, what) &&
         m_store->exec(u"SET LOCAL enable_indexonlyscan = off"_s, what) &&
         m_store->exec(u"SET LOCAL enable_bitmapscan = off"_s, what) &&
         m_store->exec(u"SET LOCAL work_mem = '128MB'"_s, what);
    for (auto column = std::begin(SortColumns); ok && column != std::end(SortColumns); ++column)
        ok = storeJumpMarks(pass, *column, changesThrough);
    ok = ok && storeNameBlocks(pass, changesThrough);
    if (!ok || !m_store->commit()) {
        m_store->rollback();
        return false;
    }
    return true;
}

bool CustomerIndex::storeJumpMarks(qint64 pass, IndexQuery::Column column, qint64 changesThrough) {
    const QString what = tr("completing the sync");
    {
        // Mark n is the row at place n * JumpMarkEvery (from 1) in the column's ascending
        // order: n * JumpMarkEvery rows come up to it and it included.
        QSqlQuery q = m_store->query();
        if (!m_store->prepare(
                q,
                u"INSERT INTO index_pass_marks (program_id, pass, sort_column, mark, sort_key, "
                "identifier, changes_through) SELECT ?, ?, ?, place / %1, sort_key, identifier, "
                "? FROM ("
                "SELECT %2 AS sort_key, c.identifier, "
                "row_number() OVER (ORDER BY %2, c.identifier) AS place "
                "FROM customers c WHERE c.program_id = ? AND c.pass = ?) ordered "
                "WHERE mod(place, %1) = 0"_s.arg(JumpMarkEvery)
                    .arg(sortColumnOf(column)),
                what))
            return false;
        q.addBindValue(m_location.programId);
        q.addBindValue(pass);
        q.addBindValue(int(column));
        q.addBindValue(changesThrough);
        q.addBindValue(m_location.programId);
        q.addBindValue(pass);
        if (!m_store->exec(q, what))
            return false;
    }
    return true;
}

bool CustomerIndex::storeNameBlocks(qint64 pass, qint64 changesThrough) {
    const QString what = tr("completing the sync");
    // Read in name order through a cursor, a few thousand rows at a time, so that a million
    // search texts are never in memory at once. (A cursor's statement cannot be prepared: the
    // driver quotes the program's id.)
    QSqlField programId(u"program_id"_s, QMetaType(QMetaType::QString));
    programId.setValue(m_location.programId);
    const QString declare =
        u"DECLARE name_blocks NO SCROLL CURSOR FOR SELECT sort_name, identifier, search "
        "FROM customers WHERE program_id = %1 AND pass = %2 ORDER BY sort_name, identifier"_s
            .arg(m_store->database().driver()->formatValue(programId))
            .arg(pass);
    if (!m_store->exec(declare, what))
        return false;
    QSqlQuery insert = m_store->query();
    QList<QVariantList> rows; // the block rows waiting for one INSERT
    const auto flush = [&]() {
        if (rows.isEmpty())
            return true;
        QStringList values(rows.size(), u"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        if (!m_store->prepare(insert,
                              u"INSERT INTO index_name_blocks (program_id, pass, kind, block, "
                              "first_key, first_identifier, last_key, last_identifier, "
                              "changes_through, pieces) VALUES "_s +
                                  values.join(u", "_s),
                              what))
            return false;
        for (const QVariantList &row : std::as_const(rows)) {
            for (const QVariant &value : row)
                insert.addBindValue(value);
        }
        rows.clear();
        return m_store->exec(insert, what);
    };
    NameBlockFilter filter;
    int block = 0;
    int inBlock = 0;
    QString firstKey, firstIdentifier, lastKey, lastIdentifier;
    const auto endBlock = [&]() {
        for (const auto kind : {NameBlockFilter::Kind::Short, NameBlockFilter::Kind::Three}) {
            rows.append({m_location.programId, pass, int(kind), block, firstKey, firstIdentifier,
                         lastKey, lastIdentifier, changesThrough, filter.bytes(kind)});
        }
        filter.clear();
        ++block;
        inBlock = 0;
    };
    // The blocks a batch completed are written once all of it is read: the driver streams a
    // batch's rows, and a statement sent meanwhile would drop the rest of them.
    bool ok = true;
    for (bool more = true; ok && more;) {
        QSqlQuery fetch = m_store->query();
        fetch.setForwardOnly(true);
        ok = fetch.exec(u"FETCH %1 FROM name_blocks"_s.arg(NameBlockFetch)) ||
             m_store->fail(what, fetch.lastError());
        more = false;
        while (ok && fetch.next()) {
            more = true;
            lastKey = fetch.value(0).toString();
            lastIdentifier = fetch.value(1).toString();
            if (inBlock == 0) {
                firstKey = lastKey;
                firstIdentifier = lastIdentifier;
            }
            filter.add(fetch.value(2).toString());
            if (++inBlock == NameBlockEvery)
                endBlock();
        }
        if (ok && fetch.lastError().isValid())
            ok = m_store->fail(what, fetch.lastError());
        fetch.finish();
        ok = ok && flush();
    }
    if (ok && inBlock > 0)
        endBlock();
    return ok && flush() && m_store->exec(u"CLOSE name_blocks"_s, what);
}

bool CustomerIndex::logSharedChange(qint64 pass, const QString &identifier, int sign) {
    QSqlQuery q = m_store->query();
    const QString what = tr("storing customers");
    if (!m_store->prepare(q,
                          u"INSERT INTO index_pass_changes (program_id, pass, sign, identifier, "
                          "sort_name, email, customer_key, customer_id, status, partner, "
                          "created_at, updated_at) SELECT program_id, pass, ?, identifier, "
                          "sort_name, email, customer_key, customer_id, status, partner, "
                          "created_at, updated_at FROM customers "
                          "WHERE program_id = ? AND pass = ? AND identifier = ?"_s,
                          what))
        return false;
    q.addBindValue(sign);
    q.addBindValue(m_location.programId);
    q.addBindValue(pass);
    q.addBindValue(identifier);
    return m_store->exec(q, what);
}

bool CustomerIndex::upsertShared(const CustomerRecord &customer) {
    const QString what = tr("storing customers");
    const QString identifier = customer.customer.identifier();
    // One change of the program at a time, and never while a pass completes: the kept count
    // and the changes since the marks stay exact.
    if (!m_store->beginWrite())
        return false;
    if (!m_store->lockForTransaction(passLockKey(m_location.programId))) {
        m_store->rollback();
        return false;
    }
    const auto complete = completePass();
    const auto running = runningPass();
    bool ok = true;
    for (const auto &pass : {complete, running}) {
        if (!ok || !pass)
            continue;
        const bool isComplete = pass->isComplete();
        // The row as it was and as it is: a jump counts both to know where its mark stands.
        int added = 0;
        ok = (!isComplete || logSharedChange(pass->number, identifier, -1)) &&
             insertSharedRows(pass->number, {customer}, &added) &&
             (!isComplete || logSharedChange(pass->number, identifier, 1));
        if (ok && isComplete && added > 0) {
            QSqlQuery counted = m_store->query();
            ok = m_store->prepare(counted,
                                  u"UPDATE index_passes SET customers = customers + ? "
                                  "WHERE program_id = ? AND pass = ?"_s,
                                  what);
            if (ok) {
                counted.addBindValue(added);
                counted.addBindValue(m_location.programId);
                counted.addBindValue(pass->number);
                ok = m_store->exec(counted, what);
            }
        }
    }
    if (!ok || !m_store->commit()) {
        m_store->rollback();
        return false;
    }
    return true;
}

bool CustomerIndex::removeShared(const QString &identifier) {
    const QString what = tr("removing a customer");
    if (!m_store->beginWrite())
        return false;
    if (!m_store->lockForTransaction(passLockKey(m_location.programId))) {
        m_store->rollback();
        return false;
    }
    bool ok = true;
    if (const auto complete = completePass())
        ok = logSharedChange(complete->number, identifier, -1);
    // The row goes from every pass, and the count of each complete pass with it.
    QSqlQuery q = m_store->query();
    ok = ok && m_store->prepare(q,
                                u"WITH gone AS (DELETE FROM customers WHERE program_id = ? AND "
                                "identifier = ? RETURNING pass) "
                                "UPDATE index_passes p SET customers = p.customers - g.removed "
                                "FROM (SELECT pass, COUNT(*) AS removed FROM gone GROUP BY pass) g "
                                "WHERE p.program_id = ? AND p.pass = g.pass"_s,
                                what);
    if (ok) {
        q.addBindValue(m_location.programId);
        q.addBindValue(identifier);
        q.addBindValue(m_location.programId);
        ok = m_store->exec(q, what);
    }
    if (!ok || !m_store->commit()) {
        m_store->rollback();
        return false;
    }
    return true;
}

bool CustomerIndex::upsert(const CustomerRecord &customer) {
    if (!isOpen())
        return false;
    if (isShared())
        return upsertShared(customer);
    QList<qint64> passes;
    if (const auto complete = completePass())
        passes.append(complete->number);
    if (const auto running = runningPass())
        passes.append(running->number);
    if (passes.isEmpty())
        return true;
    if (!m_store->beginWrite())
        return false;
    for (const qint64 pass : std::as_const(passes)) {
        if (!insertRows(pass, {customer})) {
            m_store->rollback();
            return false;
        }
    }
    if (!m_store->commit()) {
        m_store->rollback();
        return false;
    }
    updateSearch(customer.customer.identifier());
    return true;
}

bool CustomerIndex::remove(const QString &identifier) {
    if (!isOpen())
        return false;
    if (isShared())
        return removeShared(identifier);
    const qint64 searchedRow = m_search ? rowIdOf(m_search->pass(), identifier) : 0;
    QSqlQuery q = m_store->query();
    if (!m_store->prepare(q, u"DELETE FROM customers WHERE identifier = ?"_s + scope(),
                          tr("removing a customer")))
        return false;
    q.addBindValue(identifier);
    bindScope(q);
    if (!m_store->exec(q, tr("removing a customer")))
        return false;
    removeFromSearch(searchedRow);
    if (m_handovers > 0 && !m_changedDuringHandover.contains(identifier))
        m_changedDuringHandover.append(identifier);
    return true;
}

bool CustomerIndex::applyChange(const QString &oldIdentifier, const Customer &customer) {
    CustomerRecord record;
    if (const auto stored = this->customer(oldIdentifier))
        record.json = stored->json;
    else
        record.json = QJsonDocument(QJsonObject{{u"id"_s, customer.id},
                                                {u"key"_s, customer.key},
                                                {u"email"_s, customer.email},
                                                {u"name"_s, customer.name},
                                                {u"surname"_s, customer.surname},
                                                {u"status"_s, customer.status}})
                          .toJson(QJsonDocument::Compact);
    record.customer = customer;
    bool ok = true;
    if (!oldIdentifier.isEmpty() && oldIdentifier != customer.identifier())
        ok = remove(oldIdentifier);
    return upsert(record) && ok;
}

std::optional<qint64> CustomerIndex::storedCount(qint64 *pass) const {
    if (!isOpen() || !isShared())
        return std::nullopt;
    QSqlQuery q = m_store->query();
    q.prepare(u"SELECT pass, customers FROM index_passes WHERE program_id = ? AND "
              "completed_at IS NOT NULL ORDER BY pass DESC LIMIT 1"_s);
    q.addBindValue(m_location.programId);
    // No complete pass: no customers. One completed before the count was kept: unknown.
    if (!q.exec() || !q.next())
        return q.isActive() ? std::optional<qint64>(0) : std::nullopt;
    if (pass)
        *pass = q.value(0).toLongLong();
    if (q.value(1).isNull())
        return std::nullopt;
    return q.value(1).toLongLong();
}

int CustomerIndex::count() const {
    m_readError.clear();
    if (const FoldedSearch *search = currentSearch())
        return search->size();
    if (isShared()) {
        if (const std::optional<qint64> stored = storedCount())
            return int(*stored);
    }
    const qint64 pass = completePassNumber();
    if (pass == 0)
        return 0;
    QSqlQuery q = m_store->query();
    q.prepare(u"SELECT COUNT(*) FROM customers WHERE pass = ?"_s + scope());
    q.addBindValue(pass);
    bindScope(q);
    if (!q.exec() || !q.next()) {
        noteReadFailure(q);
        return 0;
    }
    return q.value(0).toInt();
}

void CustomerIndex::noteReadFailure(const QSqlQuery &query) const {
    m_store->fail(tr("reading the index"), query.lastError());
    m_readError = m_store->errorString();
}

QString CustomerIndex::whereOf(const IndexQuery &query, qint64 pass, QVariantList *values) const {
    QStringList conditions;
    if (isShared()) {
        conditions.append(u"c.program_id = ?"_s);
        values->append(m_location.programId);
    }
    conditions.append(u"c.pass = ?"_s);
    values->append(pass);
    const QStringList words = TextFold::words(query.search);
    if (!words.isEmpty() && isShared()) {
        // Each word anywhere in the folded column. The trigram index finds the rows of a word
        // of three characters or more (LIKE). A shorter one has no trigram: through the index
        // it would read all of it, so it is checked with strpos (which the index does not
        // serve) on the rows the other conditions and the order select, which for a common
        // letter stops early at the first rows, and counts stop at the cap.
        for (const QString &word : words) {
            if (word.size() >= 3) {
                conditions.append(u"c.search LIKE ?"_s);
                values->append(containsPattern(word));
            } else {
                conditions.append(u"strpos(c.search, ?) > 0"_s);
                values->append(word);
            }
        }
    } else if (!words.isEmpty()) {
        // The in-memory search knows the matching rows in a few milliseconds; SQLite gets them
        // as one JSON array (json_each), so one statement serves any filter and sort. Without
        // it (a writing connection, the moment after open()) or for a common word, every row
        // the other conditions select is read.
        QList<QByteArray> folded;
        for (const QString &word : words)
            folded.append(word.toUtf8());
        const FoldedSearch *search = currentSearch();
        QList<qint64> rowIds;
        const int maxListed = query.partner.isEmpty() && query.referrer.isEmpty()
                                  ? MaxListedMatches
                                  : MaxListedMatchesWithinOne;
        if (search && search->pass() == pass &&
            search->find(folded, maxListed + 1, &rowIds) <= maxListed) {
            QByteArray list = "[";
            for (const qint64 rowId : std::as_const(rowIds)) {
                if (list.size() > 1)
                    list.append(',');
                list.append(QByteArray::number(rowId));
            }
            list.append(']');
            conditions.append(u"c.row_id IN (SELECT value FROM json_each(?))"_s);
            values->append(QString::fromLatin1(list));
        } else {
            for (const QString &word : words) {
                conditions.append(u"instr(c.search, ?) > 0"_s);
                values->append(word);
            }
        }
    }
    const auto equals = [&](const QString &column, const QString &value) {
        if (value.isEmpty())
            return;
        conditions.append(column + u" = ?"_s);
        values->append(value);
    };
    equals(u"c.partner"_s, query.partner);
    equals(u"c.status"_s, query.status);
    equals(u"c.referring"_s, query.referrer);
    if (!query.tag.isEmpty()) {
        // Tags are stored one per line: match a whole line.
        conditions.append(isShared() ? u"strpos(chr(10) || c.tags || chr(10), ?) > 0"_s
                                     : u"instr(char(10) || c.tags || char(10), ?) > 0"_s);
        values->append(u"\n%1\n"_s.arg(query.tag));
    }
    if (query.referStatus == IndexQuery::ReferStatus::Referred)
        conditions.append(u"c.referring <> ''"_s);
    else if (query.referStatus == IndexQuery::ReferStatus::NonReferred)
        conditions.append(u"(c.referring IS NULL OR c.referring = '')"_s);
    const auto range = [&](const QString &column, const QDateTime &from, const QDateTime &to) {
        if (from.isValid()) {
            conditions.append(column + u" >= ?"_s);
            values->append(SqlStore::timeText(from));
        }
        if (to.isValid()) {
            conditions.append(column + u" <> '' AND "_s + column + u" <= ?"_s);
            values->append(SqlStore::timeText(to));
        }
    };
    range(u"c.created_at"_s, query.createdFrom, query.createdTo);
    range(u"c.updated_at"_s, query.updatedFrom, query.updatedTo);
    if (query.after && isShared()) {
        // After the last row read, in the order read: a row comparison the kept order of the
        // sort column answers from where it left off.
        conditions.append(u"(%1, c.identifier) %2 (?, ?)"_s.arg(
            sortColumnOf(query.sort), query.order == Qt::AscendingOrder ? u">"_s : u"<"_s));
        values->append(query.after->sortKey);
        values->append(query.after->identifier);
    }
    return u" FROM customers c WHERE "_s + conditions.join(u" AND "_s);
}

QList<Customer> CustomerIndex::select(const IndexQuery &query, int *total) const {
    m_readError.clear();
    if (total)
        *total = 0;
    // (The pass's number only: its pages are not needed here.)
    qint64 passNumber = 0;
    std::optional<qint64> stored;
    if (isShared() && isUnfiltered(query))
        stored = storedCount(&passNumber);
    if (!stored)
        passNumber = completePassNumber();
    if (passNumber == 0)
        return {};
    QVariantList values;
    const QString where = whereOf(query, passNumber, &values);
    if (total && stored) {
        // Every customer of the pass: the number kept with it, within the cap asked for.
        *total = int(query.countCap < 0 ? *stored : std::min<qint64>(*stored, query.countCap + 1));
    } else if (total) {
        QSqlQuery q = m_store->query();
        // With a cap, counting stops at the row after it.
        const QString counting = query.countCap < 0
                                     ? QString(u"SELECT COUNT(*)"_s + where)
                                     : QString(u"SELECT COUNT(*) FROM (SELECT 1"_s + where +
                                               u" LIMIT %1) capped"_s.arg(query.countCap + 1));
        q.prepare(counting);
        bindAll(q, values);
        if (!q.exec() || !q.next()) {
            noteReadFailure(q);
            return {};
        }
        *total = q.value(0).toInt();
    }
    if (query.limit == 0)
        return {};
    int matches = query.knownMatches;
    if (total && (query.countCap < 0 || *total <= query.countCap))
        matches = *total;
    const bool fewFound =
        isShared() && matches >= 0 && matches <= FewSharedMatches && hasTrigramWord(query.search);
    QString rows = u"SELECT "_s + Columns + where + orderOf(query) + windowOf(query, isShared());
    if (stored && !query.after && query.offset >= 2 * JumpMarkEvery) {
        if (const auto jump = jumpInto(query, passNumber, *stored, &values)) {
            rows = *jump;
        }
    }
    if (fewFound) {
        // A few thousand matches of a word the trigram index finds: read them all through it
        // and sort them, where the planner would walk the kept order of the sort column and
        // test every row on the way (it assumes matches spread evenly; "wal" matched 3% of a
        // program, all far down in name order, and took 56 ms of 100,000 rows instead of 9).
        rows = u"WITH c AS MATERIALIZED (SELECT *"_s + where + u") SELECT "_s + Columns +
               u" FROM c"_s + orderOf(query) + windowOf(query, true);
    }
    QSqlQuery q = m_store->query();
    q.setForwardOnly(true);
    q.prepare(rows);
    bindAll(q, values);
    QList<Customer> found;
    if (!q.exec()) {
        noteReadFailure(q);
        return {};
    }
    while (q.next())
        found.append(customerFrom(q));
    return found;
}

bool CustomerIndex::isUnfiltered(const IndexQuery &query) {
    return TextFold::words(query.search).isEmpty() && query.partner.isEmpty() &&
           query.status.isEmpty() && query.tag.isEmpty() &&
           query.referStatus == IndexQuery::ReferStatus::Any && query.referrer.isEmpty() &&
           !query.createdFrom.isValid() && !query.createdTo.isValid() &&
           !query.updatedFrom.isValid() && !query.updatedTo.isValid() && !query.after;
}

std::optional<QString> CustomerIndex::jumpInto(const IndexQuery &query, qint64 pass,
                                               qint64 customers, QVariantList *values) const {
    // The changes since the marks were taken: each moves the rows after it by one.
    QSqlQuery changes = m_store->query();
    changes.prepare(u"SELECT COUNT(*) FROM index_pass_changes WHERE program_id = ? AND pass = ?"_s);
    changes.addBindValue(m_location.programId);
    changes.addBindValue(pass);
    if (!changes.exec() || !changes.next())
        return std::nullopt;
    const qint64 changed = changes.value(0).toLongLong();
    if (changed > MaxJumpChanges)
        return std::nullopt;
    const bool ascending = query.order == Qt::AscendingOrder;
    const qint64 offset = query.offset;
    // A mark's place is the number of rows up to it and it included, in ascending order. The
    // wanted one: ascending, the last with no more rows up to it than the offset; descending
    // (rows counted from the end), the first with no more rows after it than the offset.
    const qint64 wanted = ascending ? offset : customers - offset;
    const qint64 from = std::max<qint64>(1, (wanted - changed) / JumpMarkEvery - 1);
    const qint64 to = (wanted + changed) / JumpMarkEvery + 1;
    const QString column = sortColumnOf(query.sort);
    const QString changedColumn = u"x."_s + column.mid(2);
    QSqlQuery marks = m_store->query();
    marks.setForwardOnly(true);
    marks.prepare(
        u"SELECT m.sort_key, m.identifier, m.mark * %1 + COALESCE(("
        "SELECT SUM(x.sign) FROM index_pass_changes x WHERE x.program_id = m.program_id "
        "AND x.pass = m.pass AND x.change_id > m.changes_through "
        "AND (%2, x.identifier) <= (m.sort_key, m.identifier)), 0) "
        "FROM index_pass_marks m WHERE m.program_id = ? AND m.pass = ? AND "
        "m.sort_column = ? AND m.mark BETWEEN ? AND ? ORDER BY m.mark"_s.arg(JumpMarkEvery)
            .arg(changedColumn));
    marks.addBindValue(m_location.programId);
    marks.addBindValue(pass);
    marks.addBindValue(int(query.sort));
    marks.addBindValue(from);
    marks.addBindValue(to);
    if (!marks.exec())
        return std::nullopt;
    std::optional<std::pair<IndexQuery::After, qint64>> chosen;
    while (marks.next()) {
        const qint64 upTo = marks.value(2).toLongLong();
        const IndexQuery::After mark{marks.value(0).toString(), marks.value(1).toString()};
        if (ascending && upTo <= offset)
            chosen = {mark, offset - upTo};
        else if (!ascending && customers - upTo <= offset) {
            chosen = {mark, offset - (customers - upTo)};
            break;
        }
    }
    if (!chosen)
        return std::nullopt;
    // Ascending, the rows after the mark; descending, the mark and the rows before it.
    const QString rows =
        u"SELECT "_s + Columns +
        u" FROM customers c WHERE c.program_id = ? AND c.pass = ? AND (%1, c.identifier) %2 (?, ?)"_s
            .arg(column, ascending ? u">"_s : u"<="_s) +
        orderOf(query) + (query.limit < 0 ? QString() : u" LIMIT %1"_s.arg(query.limit)) +
        u" OFFSET %1"_s.arg(chosen->second);
    *values = {m_location.programId, pass, chosen->first.sortKey, chosen->first.identifier};
    return rows;
}

bool CustomerIndex::forEachRecord(const IndexQuery &query,
                                  const std::function<bool(const CustomerRecord &)> &visit) const {
    const auto pass = completePass();
    if (!pass)
        return isOpen();
    if (isShared())
        return forEachSharedRecord(query, pass->number, visit);
    QVariantList values;
    const QString where = whereOf(query, pass->number, &values);
    SqlStore walker;
    // (Never on a file that is gone: opening would make a new empty one.)
    const bool ownConnection = !isMemoryLocation(m_filePath) && QFileInfo::exists(m_filePath) &&
                               walker.openSqlite(m_filePath) &&
                               walker.exec(u"PRAGMA mmap_size = %1"_s.arg(WalkMapBytes), QString());
    QSqlQuery q = ownConnection ? walker.query() : m_store->query();
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + WalkColumns + ObjectColumn + where + orderOf(query) +
              windowOf(query, false));
    bindAll(q, values);
    if (!q.exec())
        return false;
    while (q.next()) {
        CustomerRecord record{customerFrom(q), q.value(12).toByteArray()};
        if (!visit(record))
            break;
    }
    return true;
}

bool CustomerIndex::forEachSharedRecord(
    const IndexQuery &query, qint64 pass,
    const std::function<bool(const CustomerRecord &)> &visit) const {
    // QPSQL holds a whole answer in memory: a walk over a million customers reads them a
    // block at a time, each after the last row of the one before.
    constexpr int WalkBlock = 2000;
    IndexQuery block = query;
    int left = query.limit < 0 ? -1 : query.limit;
    int skip = std::max(0, query.offset);
    block.offset = 0;
    while (left != 0) {
        block.limit = left < 0 ? WalkBlock : std::min(WalkBlock, left);
        // The offset is skipped once, in the first block.
        block.offset = skip;
        skip = 0;
        QVariantList values;
        const QString where = whereOf(block, pass, &values);
        QSqlQuery q = m_store->query();
        q.setForwardOnly(true);
        q.prepare(u"SELECT "_s + Columns + SharedObjectColumn + where + orderOf(block) +
                  windowOf(block, true));
        bindAll(q, values);
        if (!q.exec())
            return false;
        int read = 0;
        std::optional<Customer> last;
        while (q.next()) {
            CustomerRecord record{customerFrom(q), q.value(12).toString().toUtf8()};
            ++read;
            if (!visit(record))
                return true;
            last = std::move(record.customer);
        }
        if (read < block.limit || !last)
            break;
        if (left > 0)
            left -= read;
        block.after = IndexQuery::After{sortKeyOf(*last, block.sort), last->identifier()};
    }
    return true;
}

QList<Customer> CustomerIndex::find(const QString &query, int limit, int *total) const {
    m_readError.clear();
    if (isShared() && hasOnlyShortWords(TextFold::words(query))) {
        if (const auto found = findShortWords(query, limit, total))
            return *found;
    }
    FoldedSearch *search = currentSearch();
    if (!search) {
        IndexQuery selection;
        selection.search = query;
        selection.limit = limit;
        // The database counts: on a shared index up to the cap, which is all a person reads.
        if (isShared())
            selection.countCap = findCountCap(query);
        return select(selection, total);
    }
    QList<QByteArray> words;
    for (const QString &word : TextFold::words(query))
        words.append(word.toUtf8());
    QList<qint64> rowIds;
    const int found = search->find(words, limit, &rowIds);
    if (total)
        *total = found;
    return customersByRowId(rowIds);
}

std::optional<qint64> CustomerIndex::nameBlocksThrough(qint64 pass) const {
    QSqlQuery q = m_store->query();
    q.prepare(u"SELECT b.changes_through, (SELECT COUNT(*) FROM index_pass_changes x "
              "WHERE x.pass = b.pass AND x.change_id > b.changes_through) "
              "FROM index_name_blocks b WHERE b.program_id = ? AND b.pass = ? AND b.kind = ? "
              "AND b.block = 0"_s);
    q.addBindValue(m_location.programId);
    q.addBindValue(pass);
    q.addBindValue(int(NameBlockFilter::Kind::Short));
    // After many changes, checking every changed row would cost more than the blocks save:
    // the whole order is walked then, as before the blocks.
    if (!q.exec() || !q.next() || q.value(1).toLongLong() > MaxJumpChanges)
        return std::nullopt;
    return q.value(0).toLongLong();
}

std::optional<QList<Customer>> CustomerIndex::findShortWords(const QString &query, int limit,
                                                             int *total) const {
    if (total)
        *total = 0;
    const qint64 pass = completePassNumber();
    if (pass == 0)
        return QList<Customer>();
    const QStringList words = TextFold::words(query);
    QString matching;
    for (qsizetype i = 0; i < words.size(); ++i)
        matching += u" AND strpos(c.search, ?) > 0"_s;
    const auto bind = [&](QSqlQuery &q) {
        q.addBindValue(m_location.programId);
        q.addBindValue(pass);
        for (const QString &word : words)
            q.addBindValue(word);
    };
    const QString rowsOfPass = u" FROM customers c WHERE c.program_id = ? AND c.pass = ?"_s;
    const bool hasTrigram = std::any_of(words.begin(), words.end(),
                                        [](const QString &word) { return word.size() == 3; });
    if (hasTrigram) {
        // A sample of the table's pages, as they lie: when no row of it has the words, they
        // are rare, and the trigram index finds their few rows at once where the walk in name
        // order would read every entry.
        QSqlQuery size = m_store->query();
        if (!size.exec(u"SELECT reltuples FROM pg_class WHERE oid = 'customers'::regclass"_s) ||
            !size.next())
            return std::nullopt;
        const double percent = std::clamp(
            100.0 * ShortWordSample / std::max(1.0, size.value(0).toDouble()), 0.01, 100.0);
        QSqlQuery sample = m_store->query();
        sample.prepare(u"SELECT COUNT(*) FROM customers c TABLESAMPLE SYSTEM (%1) REPEATABLE (0) "
                       "WHERE c.program_id = ? AND c.pass = ?"_s.arg(percent, 0, 'f', 4) +
                       matching);
        bind(sample);
        if (!sample.exec() || !sample.next())
            return std::nullopt;
        if (sample.value(0).toInt() == 0)
            return std::nullopt;
    }
    // The first matches in name order: the kept order of names holds the folded column, so
    // each entry is checked without reading its row. Where the pass has its blocks, only the
    // blocks whose rows may hold the words are walked, and the rows changed since the blocks
    // were taken (which no block knows) are checked beside them; else the whole order.
    const std::optional<qint64> blocksThrough = nameBlocksThrough(pass);
    const NameBlockFilter::Kind kind = NameBlockFilter::kindFor(words);
    const QList<int> bits = NameBlockFilter::bitsOf(words, kind);
    QString blockBits;
    for (qsizetype i = 0; i < bits.size(); ++i)
        blockBits += u" AND get_bit(b.pieces, ?) = 1"_s;
    // A nested loop over the blocks in their order, each walked in name order: its rows come
    // in name order, so a LIMIT stops it after the first blocks that hold matches.
    const QString inBlocks =
        u"SELECT m.identifier, m.sort_name FROM (SELECT b.block, b.first_key, "
        "b.first_identifier, b.last_key, b.last_identifier FROM index_name_blocks b "
        "WHERE b.program_id = ? AND b.pass = ? AND b.kind = ?"_s +
        blockBits + u" ORDER BY b.block) b CROSS JOIN LATERAL (SELECT c.identifier, c.sort_name"_s +
        rowsOfPass +
        u" AND (c.sort_name, c.identifier) >= (b.first_key, b.first_identifier)"
        " AND (c.sort_name, c.identifier) <= (b.last_key, b.last_identifier)"_s +
        matching + u" ORDER BY c.sort_name, c.identifier) m"_s;
    // (Numbers of this index's own, written into the statement.)
    const QString changedSince =
        u"SELECT c.identifier, c.sort_name"_s + rowsOfPass +
        u" AND c.identifier IN (SELECT x.identifier FROM index_pass_changes x "
        "WHERE x.pass = %1 AND x.change_id > %2 AND x.sign = 1)"_s.arg(pass)
            .arg(blocksThrough.value_or(0)) +
        matching;
    const auto bindBlocks = [&](QSqlQuery &q) {
        q.addBindValue(m_location.programId);
        q.addBindValue(pass);
        q.addBindValue(int(kind));
        for (const int bit : bits)
            q.addBindValue(bit);
        bind(q);
        bind(q);
    };
    QSqlQuery first = m_store->query();
    first.setForwardOnly(true);
    const QString limited = u" LIMIT %1"_s.arg(std::max(0, limit));
    if (blocksThrough) {
        first.prepare(u"SELECT identifier FROM (("_s + inBlocks + limited + u") UNION ("_s +
                      changedSince + u")) found ORDER BY sort_name, identifier"_s + limited);
        bindBlocks(first);
    } else {
        first.prepare(u"SELECT c.identifier"_s + rowsOfPass + matching +
                      u" ORDER BY c.sort_name, c.identifier"_s + limited);
        bind(first);
    }
    if (!first.exec())
        return std::nullopt;
    QStringList identifiers;
    while (first.next())
        identifiers.append(first.value(0).toString());
    if (total && identifiers.size() < limit) {
        // The walk read to the end: these are all.
        *total = int(identifiers.size());
    } else if (total) {
        // Up to one more than the cap: through the blocks, in no order, else the rows as they
        // lie.
        QSqlQuery counting = m_store->query();
        const QString capped = u" LIMIT %1"_s.arg(ShortFindCountCap + 1);
        if (blocksThrough) {
            counting.prepare(u"SELECT COUNT(*) FROM (("_s + inBlocks + capped + u") UNION ("_s +
                             changedSince + u")) found"_s);
            bindBlocks(counting);
        } else {
            counting.prepare(u"SELECT COUNT(*) FROM (SELECT 1"_s + rowsOfPass + matching + capped +
                             u") capped"_s);
            bind(counting);
        }
        if (!counting.exec() || !counting.next())
            return std::nullopt;
        *total = std::min(counting.value(0).toInt(), ShortFindCountCap + 1);
    }
    if (identifiers.isEmpty())
        return QList<Customer>();
    QSqlQuery rows = m_store->query();
    rows.setForwardOnly(true);
    rows.prepare(u"SELECT "_s + Columns + u", c.identifier"_s + rowsOfPass +
                 u" AND c.identifier IN ("_s + QStringList(identifiers.size(), u"?"_s).join(u',') +
                 u')');
    rows.addBindValue(m_location.programId);
    rows.addBindValue(pass);
    for (const QString &identifier : std::as_const(identifiers))
        rows.addBindValue(identifier);
    if (!rows.exec())
        return std::nullopt;
    QHash<QString, Customer> byIdentifier;
    while (rows.next())
        byIdentifier.insert(rows.value(12).toString(), customerFrom(rows));
    QList<Customer> found;
    for (const QString &identifier : std::as_const(identifiers)) {
        const auto it = byIdentifier.constFind(identifier);
        if (it != byIdentifier.constEnd())
            found.append(*it);
    }
    return found;
}

QList<Customer> CustomerIndex::customersByRowId(const QList<qint64> &rowIds) const {
    if (rowIds.isEmpty())
        return {};
    QStringList marks(rowIds.size(), u"?"_s);
    QSqlQuery q = m_store->query();
    q.prepare(u"SELECT row_id, "_s + Columns + u" FROM customers c WHERE c.row_id IN ("_s +
              marks.join(u',') + u')');
    for (const qint64 id : rowIds)
        q.addBindValue(id);
    QHash<qint64, Customer> byRow;
    if (q.exec()) {
        while (q.next())
            byRow.insert(q.value(0).toLongLong(), customerFrom(q, 1));
    }
    QList<Customer> customers;
    customers.reserve(rowIds.size());
    for (const qint64 id : rowIds) {
        const auto it = byRow.constFind(id);
        if (it != byRow.constEnd())
            customers.append(*it);
    }
    return customers;
}

std::optional<CustomerRecord> CustomerIndex::customer(const QString &identifier) const {
    const auto pass = completePass();
    if (!pass)
        return std::nullopt;
    QSqlQuery q = m_store->query();
    q.prepare(u"SELECT "_s + Columns + (isShared() ? SharedObjectColumn : ObjectColumn) +
              u" FROM customers c WHERE c.pass = ? AND c.identifier = ?"_s +
              (isShared() ? u" AND c.program_id = ?"_s : QString()));
    q.addBindValue(pass->number);
    q.addBindValue(identifier);
    bindScope(q);
    if (!q.exec() || !q.next())
        return std::nullopt;
    CustomerRecord found;
    found.customer = customerFrom(q);
    found.json = isShared() ? q.value(12).toString().toUtf8() : q.value(12).toByteArray();
    return found;
}

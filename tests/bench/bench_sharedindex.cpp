// SPDX-License-Identifier: GPL-3.0-or-later
// bench_sharedindex: a team's shared customer index on a real PostgreSQL server that the
// benchmark starts itself (tests/common/postgresserver.h), filled with 1,000,000 made-up
// customers by SQL (INSERT ... SELECT over generate_series, the kept orders and the trigram
// index built after the rows), not through the API. Prints, each next to its budget from the
// issue that asked for the shared index (median and 95th percentile):
//   - find as you type, per keystroke ("w" ... "walker", an email fragment, a letter every
//     customer has, short words nobody has): the matches the Find box shows and their count
//     (up to the cap);
//   - sorting All customers by each column, both ways, to the first screen of 50 rows;
//   - scrolling: reading consecutive blocks of the table through keyset pagination (the
//     worst block), and jumps into the middle (the scrollbar dragged: an offset, found from
//     the nearest mark of the sort column) in every column, both ways;
//   - the exact count of every customer (the status bar's), kept with the pass.
// The pass is completed through the index, as a sync completes it, which takes its count and
// its marks for jumps: that time is printed too.
// Asserts nothing beyond the run having worked.
//
//   bench_sharedindex [customers]   (1000000 by default)
#include "app/index/customerindex.h"
#include "app/index/indexcustomermodel.h"
#include "app/store/sqlstore.h"
#include "tests/common/postgresserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr double BudgetMs = 50.0;
const QString Program = u"prog-bench"_s;

double ms(const QElapsedTimer &timer) {
    return double(timer.nsecsElapsed()) / 1e6;
}

double percentile(QList<double> values, double p) {
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(p * double(values.size()))));
}

QList<double> timings(int runs, const std::function<void()> &work) {
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times << ms(timer);
    }
    return times;
}

void report(const char *what, const QList<double> &times, double budget = BudgetMs) {
    std::printf("  %-44s median %6.1f ms, p95 %6.1f ms, worst %6.1f ms (budget %.0f ms%s)\n", what,
                percentile(times, 0.5), percentile(times, 0.95), percentile(times, 1.0), budget,
                percentile(times, 0.5) <= budget ? "" : ", OVER");
    std::fflush(stdout);
}

bool run(SqlStore &store, const QString &sql) {
    if (store.exec(sql, u"preparing the benchmark"_s))
        return true;
    std::fprintf(stderr, "%s\n%s\n", qPrintable(store.errorString()), qPrintable(sql.left(300)));
    return false;
}

QString sqlArray(const QStringList &items) {
    QStringList quoted;
    for (const QString &item : items)
        quoted.append(u"'"_s + item + u"'"_s);
    return u"ARRAY["_s + quoted.join(u","_s) + u"]"_s;
}

// Fills `customers` rows into one complete pass of the program: names from 40 first names
// and 600 surnames made of two syllables (one in 600 is a Walker), an email each, partners,
// statuses, times. The folded columns are written as TextFold writes them (lower case ASCII
// here, fields joined by U+001F). The kept orders and the trigram index are dropped first and
// built again after the rows, which is how a large table is best loaded.
bool fill(SqlStore &store, int customers, qint64 *running) {
    const QStringList firsts{
        u"noah"_s,   u"emma"_s,   u"liam"_s,  u"olivia"_s, u"jorg"_s,  u"elodie"_s, u"mia"_s,
        u"lucas"_s,  u"sofia"_s,  u"arjun"_s, u"hana"_s,   u"mateo"_s, u"chloe"_s,  u"yusuf"_s,
        u"ingrid"_s, u"anna"_s,   u"david"_s, u"maria"_s,  u"omar"_s,  u"lena"_s,   u"paul"_s,
        u"sara"_s,   u"tomas"_s,  u"yuki"_s,  u"amir"_s,   u"nina"_s,  u"oscar"_s,  u"ella"_s,
        u"felix"_s,  u"ines"_s,   u"jonas"_s, u"kira"_s,   u"leon"_s,  u"maya"_s,   u"nils"_s,
        u"petra"_s,  u"rafael"_s, u"selin"_s, u"theo"_s,   u"zoe"_s};
    const QStringList heads{u"wal"_s, u"ber"_s, u"kow"_s, u"dub"_s, u"ros"_s, u"nov"_s,
                            u"gar"_s, u"tan"_s, u"oka"_s, u"lar"_s, u"sil"_s, u"mul"_s,
                            u"fis"_s, u"hof"_s, u"kra"_s, u"lin"_s, u"mar"_s, u"nor"_s,
                            u"pet"_s, u"ric"_s, u"sch"_s, u"ste"_s, u"vog"_s, u"zim"_s,
                            u"bra"_s, u"cla"_s, u"dan"_s, u"eng"_s, u"fra"_s, u"gil"_s};
    const QStringList tails{u"ker"_s,  u"ski"_s, u"ois"_s, u"si"_s,  u"ak"_s,  u"cia"_s, u"aka"_s,
                            u"for"_s,  u"sen"_s, u"va"_s,  u"ton"_s, u"ley"_s, u"ner"_s, u"dorf"_s,
                            u"berg"_s, u"man"_s, u"ez"_s,  u"ini"_s, u"ov"_s,  u"sh"_s};
    QStringList dropped;
    {
        QSqlQuery q = store.query();
        if (!q.exec(u"SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'customers' "
                    "AND indexname LIKE 'customers\\_%' AND indexname NOT IN "
                    "(SELECT conname FROM pg_constraint)"_s))
            return false;
        QStringList names;
        while (q.next()) {
            names.append(q.value(0).toString());
            dropped.append(q.value(1).toString());
        }
        for (const QString &name : std::as_const(names)) {
            if (!run(store, u"DROP INDEX "_s + name))
                return false;
        }
    }
    QSqlQuery pass = store.query();
    if (!pass.exec(u"INSERT INTO index_passes (program_id, program_kind, page_size, started_at, "
                   "last_page) VALUES ('%1', 'affiliate', 250, "
                   "'2026-01-01T00:00:00.000Z', %2) RETURNING pass"_s.arg(Program)
                       .arg((customers + 249) / 250)) ||
        !pass.next())
        return false;
    const qint64 number = pass.value(0).toLongLong();
    *running = number;
    // Every page done: the index completes the pass as a sync does (its count and marks).
    if (!run(store, u"INSERT INTO index_pages (program_id, pass, page) SELECT '%1', %2, page "
                    "FROM generate_series(1, %3) page"_s.arg(Program)
                        .arg(number)
                        .arg((customers + 249) / 250)))
        return false;
    const QString rows =
        u"SELECT i, 'c' || lpad(i::text, 7, '0') AS k, "
        "(%1)[1 + (i::bigint * 7919) % %2] AS f, "
        "(%3)[1 + (i::bigint * 104729) % %4] || (%5)[1 + (i::bigint * 15485863 / 7) % %6] AS s, "
        "(ARRAY['example.com','mail.example','shop.example','web.example'])[1 + i % 4] AS d, "
        "timestamp '2020-01-01' + i * interval '97 seconds' AS t "
        "FROM generate_series(1, %7) i"_s.arg(sqlArray(firsts))
            .arg(firsts.size())
            .arg(sqlArray(heads))
            .arg(heads.size())
            .arg(sqlArray(tails))
            .arg(tails.size())
            .arg(customers);
    const QString insert =
        u"INSERT INTO customers (program_id, pass, identifier, customer_key, email, name, "
        "surname, status, partner, referrals_count, created_at, updated_at, sort_name, search) "
        "SELECT '%1', %2, k, k, f || '.' || s || i || '@' || d, initcap(f), initcap(s), "
        "(ARRAY['active','active','suspended','pending'])[1 + i % 4], "
        "'partner_' || lpad((i % 500)::text, 3, '0'), -1, "
        "to_char(t, 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), "
        "to_char(t + (i % 40) * interval '1 day', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), "
        "f || ' ' || s, "
        "f || chr(31) || s || chr(31) || f || '.' || s || i || '@' || d || chr(31) || k "
        "FROM ("_s.arg(Program)
            .arg(number) +
        rows + u") g"_s;
    if (!run(store, u"SET maintenance_work_mem = '256MB'"_s) || !run(store, insert))
        return false;
    for (const QString &definition : std::as_const(dropped)) {
        if (!run(store, definition))
            return false;
    }
    return run(store, u"VACUUM ANALYZE customers"_s);
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const int customers = argc > 1 ? std::max(1000, std::atoi(argv[1])) : 1000000;
    if (!PostgresServer::isAvailable()) {
        std::fprintf(stderr,
                     "PostgreSQL is not installed: packaging/install-deps.sh installs it\n");
        return 1;
    }
    PostgresServer server;
    if (!server.start() || !server.createDatabase(u"bench"_s)) {
        std::fprintf(stderr, "%s\n", qPrintable(server.errorString()));
        return 1;
    }
    const IndexLocation location =
        IndexLocation::shared(server.target(u"bench"_s), QString(), Program);
    CustomerIndex index;
    if (!index.open(location)) {
        std::fprintf(stderr, "%s\n", qPrintable(index.errorString()));
        return 1;
    }
    {
        SqlStore store;
        if (!store.openPostgres(server.target(u"bench"_s), QString())) {
            std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
            return 1;
        }
        QElapsedTimer filling;
        filling.start();
        qint64 pass = 0;
        if (!fill(store, customers, &pass)) {
            std::fprintf(stderr, "filling failed\n");
            return 1;
        }
        std::printf("bench_sharedindex: %d customers filled (rows, kept orders, trigram index) "
                    "in %.1f s\n",
                    customers, ms(filling) / 1000.0);
        QElapsedTimer completing;
        completing.start();
        if (!index.completePass(pass)) {
            std::fprintf(stderr, "completing the pass failed: %s\n",
                         qPrintable(index.errorString()));
            return 1;
        }
        std::printf("  completing the pass (its count, and a mark every %d rows of each of the "
                    "8 sort columns): %.1f s\n",
                    IndexCustomerModel::BlockSize, ms(completing) / 1000.0);
        // What changes of the program wait for: the count, under the pass's lock (the marks
        // are read after it, from a snapshot).
        QElapsedTimer counting;
        counting.start();
        if (!run(store, u"SELECT COUNT(*) FROM customers WHERE program_id = '%1' AND pass = %2"_s
                            .arg(Program)
                            .arg(pass)))
            return 1;
        std::printf("    of which counting the rows, while changes wait: %.2f s\n",
                    ms(counting) / 1000.0);
    }
    if (index.count() != customers) {
        std::fprintf(stderr, "the index holds %d customers, not %d\n", index.count(), customers);
        return 1;
    }

    // Find as you type: what the Find box asks for each keystroke (its first matches and the
    // count up to the cap), every keystroke 15 times.
    constexpr int Runs = 15;
    std::printf("find as you type (the Find box: 8 matches and the count up to %d, %d for "
                "words of 1-3 characters):\n",
                CustomerIndex::CountCap, CustomerIndex::ShortFindCountCap);
    QList<double> keystrokes;
    for (const QString &typed :
         {u"w"_s, u"wa"_s, u"wal"_s, u"walk"_s, u"walke"_s, u"walker"_s, u"noah walker"_s,
          u"walker12@"_s, u"ois123"_s, u"e"_s, u"zq"_s, u"zqx"_s}) {
        int total = 0;
        const QList<double> times = timings(Runs, [&] { index.find(typed, 8, &total); });
        keystrokes << times;
        const QByteArray label =
            u"\"%1\" (%2%3 matches)"_s.arg(typed)
                .arg(qMin(total, CustomerIndex::findCountCap(typed)))
                .arg(total > CustomerIndex::findCountCap(typed) ? u"+"_s : QString())
                .toUtf8();
        report(label.constData(), times);
    }
    report("every keystroke", keystrokes);

    // Sort by each column, both ways, and show the first screen: the table model over the
    // shared index, as All customers holds it.
    std::printf("sort All customers by a column and show the first 50 rows:\n");
    IndexCustomerModel model;
    model.setIndex(&index, ProgramKind::Affiliate);
    // The model reads a shared index on its reader's thread: each figure runs until the
    // answer is on screen (the count known, the row's block arrived).
    const auto shown = [&model](int row, int column) {
        while (model.isLoading() ||
               (row < model.rowCount() && !model.index(row, column).data().isValid()))
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    };
    shown(0, 0);
    QList<double> sorts;
    for (const auto column :
         {CustomerTableColumns::NameColumn, CustomerTableColumns::EmailColumn,
          CustomerTableColumns::KeyColumn, CustomerTableColumns::PartnerColumn,
          CustomerTableColumns::StatusColumn, CustomerTableColumns::CreatedColumn,
          CustomerTableColumns::UpdatedColumn}) {
        const int section = model.sectionOf(column);
        if (section < 0)
            continue;
        QList<double> times;
        for (int i = 0; i < 6; ++i) {
            for (const Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
                QElapsedTimer timer;
                timer.start();
                model.sort(section, order);
                for (int row = 0; row < 50; ++row)
                    shown(row, section);
                times << ms(timer);
            }
        }
        sorts << times;
        const QByteArray label =
            model.headerData(section, Qt::Horizontal).toString().toUtf8() + " (both ways)";
        report(label.constData(), times);
    }
    report("every column", sorts);
    {
        IndexQuery query;
        query.search = u"walker"_s;
        QList<double> returns;
        QList<double> times = timings(Runs, [&] {
            QElapsedTimer window;
            window.start();
            model.setQuery(query);
            model.sort(model.sectionOf(CustomerTableColumns::EmailColumn), Qt::DescendingOrder);
            returns << ms(window);
            for (int row = 0; row < 50; ++row)
                shown(row, 0);
            model.sort(model.sectionOf(CustomerTableColumns::NameColumn), Qt::AscendingOrder);
        });
        report("\"walker\", counted and sorted by email", times);
        // The reader thread does the work: what the window itself spends on it.
        report("  of which the window waits (setQuery and sort return)", returns);
        model.setQuery(IndexQuery());
    }

    // Scrolling: the table reads a block of 200 rows when the view reaches it; each block
    // continues after the last row of the one before.
    std::printf("scrolling All customers (blocks of %d rows):\n", IndexCustomerModel::BlockSize);
    for (const auto column :
         {CustomerTableColumns::NameColumn, CustomerTableColumns::CreatedColumn}) {
        model.sort(model.sectionOf(column), Qt::AscendingOrder);
        model.reload();
        QList<double> blocks;
        QList<double> countsFurther;
        const int rows = qMin(customers, 200 * IndexCustomerModel::BlockSize);
        for (int row = 0; row < rows; row += IndexCustomerModel::BlockSize) {
            // At the end of what was counted the view asks for more, as a table view does.
            if (row + IndexCustomerModel::BlockSize > model.rowCount() &&
                model.canFetchMore(QModelIndex())) {
                QElapsedTimer counting;
                counting.start();
                const int counted = model.rowCount();
                model.fetchMore(QModelIndex());
                while (model.rowCount() == counted && model.isCountCapped())
                    QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
                countsFurther << ms(counting);
            }
            QElapsedTimer timer;
            timer.start();
            shown(row, 0);
            blocks << ms(timer);
        }
        const QByteArray label =
            u"%1 blocks in %2 order (keyset: %3)"_s.arg(blocks.size())
                .arg(model.headerData(model.sectionOf(column), Qt::Horizontal).toString())
                .arg(model.blocksReadAfterKey())
                .toUtf8();
        report(label.constData(), blocks);
        if (!countsFurther.isEmpty())
            report("  counting ten times further at the end", countsFurther);
    }
    {
        model.reload();
        const QList<double> jumps = timings(5, [&] {
            model.reload();
            shown(qMin(model.rowCount() - 1, 5000), 0);
        });
        report("a jump to row 5,000 (offset)", jumps);
        // The scrollbar dragged into the middle, in every column and both orders: the block
        // is found from the nearest mark of the column, without a key to continue after.
        QList<double> far;
        for (const auto column :
             {IndexQuery::Column::Name, IndexQuery::Column::Email, IndexQuery::Column::Key,
              IndexQuery::Column::Status, IndexQuery::Column::Partner, IndexQuery::Column::Created,
              IndexQuery::Column::Updated}) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                for (const int row : {customers / 2, customers / 3 + 77}) {
                    IndexQuery middle;
                    middle.sort = column;
                    middle.order = order;
                    middle.offset = row;
                    middle.limit = IndexCustomerModel::BlockSize;
                    far << timings(3, [&] { index.select(middle); });
                }
            }
        }
        report("a jump into the middle (rows 333,410 and 500,000)", far);
    }
    const QList<double> counts = timings(5, [&] { index.count(); });
    report("the exact count of every customer (status bar)", counts);
    return 0;
}

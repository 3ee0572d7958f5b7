// SPDX-License-Identifier: GPL-3.0-or-later
// bench_index: the customer index (app/index) against the sandbox. Prints, each next to its
// budget from the issue that asked for the index:
// - building the index with the sandbox at --latency-ms 50, against fetching the same pages
//   one after another;
// - on the index of the sandbox's program (100,000 customers by default): find as you type
//   over a printed query set (median and 95th percentile), sorting all customers by each
//   column, filter combinations, reopening until searchable, and exporting everything;
// - the longest event-loop stall seen by a watchdog timer while indexing.
// Prints figures and asserts nothing beyond the run having worked.
//
//   bench_index [customers]   (100000 by default)
#include "app/api/apiclient.h"
#include "app/api/customerservice.h"
#include "app/cli/consolecli.h"
#include "app/index/customerexport.h"
#include "app/index/customerindex.h"
#include "app/index/indexsync.h"

#include "models/jsonmapping.h"

#include "tests/common/sandboxprocess.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>
#include <functional>

#include <malloc.h>
#include <time.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

double ms(const QElapsedTimer &timer) {
    return double(timer.nsecsElapsed()) / 1e6;
}

// CPU time of the calling thread: on a shared machine, what a step costs apart from waiting
// for a core.
double threadCpuMs() {
    timespec now{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double percentile(QList<double> values, double p) {
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(p * double(values.size()))));
}

void waitFor(const std::function<bool()> &done, int timeoutMs) {
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

// The longest gap between ticks of a 5 ms timer: how long the event loop was blocked.
class Watchdog {
public:
    Watchdog() {
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            if (m_last.isValid())
                m_longest = std::max(m_longest, double(m_last.nsecsElapsed()) / 1e6);
            m_last.start();
        });
        m_timer.start(5);
    }
    double longestMs() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_last;
    double m_longest = 0;
};

// Resident memory of this process in bytes, after giving freed heap back to the system so
// that what an earlier step freed is not counted.
qint64 residentBytes() {
    ::malloc_trim(0);
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * ::sysconf(_SC_PAGESIZE) : 0;
}

// Where a page of the index build spends its time, each side measured on its own over the
// program's pages (at the sandbox's latency): the sandbox's answer (a plain GET, nothing
// read), the client's parse and mapping of those bytes, the writer's storePages of the
// mapped page into a fresh index, and completing the pass. The slowest side per page bounds
// a build that keeps several requests in flight.
void printPageCosts(const QUrl &baseUrl, const QString &key, int latencyMs) {
    QNetworkAccessManager network;
    QList<double> answers;
    QList<double> mappings;
    QList<QList<CustomerRecord>> pages;
    for (int page = 1;; ++page) {
        QUrl url(baseUrl.toString() + u"/customers"_s);
        QUrlQuery query;
        query.addQueryItem(u"limit"_s, QString::number(IndexSync::PageSize));
        query.addQueryItem(u"page"_s, QString::number(page));
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + key.toLatin1());
        request.setRawHeader("Accept", "application/json");
        QElapsedTimer answer;
        answer.start();
        QNetworkReply *reply = network.get(request);
        waitFor([&] { return reply->isFinished(); }, 30000);
        answers << ms(answer) - latencyMs;
        const QByteArray bytes = reply->readAll();
        reply->deleteLater();
        const double cpu = threadCpuMs();
        Page<CustomerRecord> records;
        const bool ok =
            !JsonMapping::readCustomerRecordPage(QJsonDocument::fromJson(bytes), records);
        mappings << threadCpuMs() - cpu;
        if (!ok || records.items.isEmpty())
            break;
        pages << records.items;
        if (!records.info.hasNext)
            break;
    }
    QTemporaryDir dir;
    CustomerIndex index;
    index.open(dir.filePath(u"costs.sqlite"_s), CustomerIndex::Use::Writing);
    const qint64 pass = index.beginPass(ProgramKind::Affiliate, IndexSync::PageSize);
    QList<double> stores;
    QList<double> storeCpu;
    for (int page = 0; page < pages.size(); ++page) {
        QElapsedTimer store;
        store.start();
        const double cpu = threadCpuMs();
        index.storePages(pass, {{page + 1, pages.at(page), page + 1 == pages.size()}});
        storeCpu << threadCpuMs() - cpu;
        stores << ms(store);
    }
    QElapsedTimer completion;
    completion.start();
    const double cpu = threadCpuMs();
    const bool completed = index.completePass(pass);
    const double completionCpu = threadCpuMs() - cpu;
    const double completionMs = ms(completion);
    std::printf("  a page's cost, median / p95 of %d pages: the sandbox's answer %.1f / %.1f ms "
                "(beyond its %d ms latency), parse and mapping %.1f / %.1f ms CPU, storePages "
                "%.1f / %.1f ms (%.1f / %.1f ms CPU); completing the pass %.0f ms (%.0f ms "
                "CPU)%s\n",
                int(pages.size()), percentile(answers, 0.5), percentile(answers, 0.95), latencyMs,
                percentile(mappings, 0.5), percentile(mappings, 0.95), percentile(stores, 0.5),
                percentile(stores, 0.95), percentile(storeCpu, 0.5), percentile(storeCpu, 0.95),
                completionMs, completionCpu, completed ? "" : " (failed)");
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const int customers = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;

    // 1. Build time, parallel against sequential, at 50 ms latency (10,000 customers: 40
    // pages are enough to see the ratio without waiting minutes), and an export through the
    // API without an index (the command line's way) against the same sequential time.
    {
        SandboxProcess sandbox;
        if (!sandbox.start({u"--customers"_s, u"10000"_s, u"--latency-ms"_s, u"50"_s})) {
            std::fprintf(stderr, "sandbox: %s\n", qPrintable(sandbox.errorString()));
            return 1;
        }
        ApiClient client;
        client.setBaseUrl(QUrl(sandbox.baseUrl()));
        client.setApiKey(sandbox.affiliateKey());
        CustomerService service(&client);

        constexpr int Runs = 5;
        QList<double> sequentialTimes;
        int pages = 0;
        for (int run = 0; run < Runs; ++run) {
            QElapsedTimer sequential;
            sequential.start();
            pages = 0;
            for (int page = 1;; ++page) {
                CustomerQuery query;
                query.limit = IndexSync::PageSize;
                query.page = page;
                bool done = false;
                bool more = false;
                service.listRecords(query, &app,
                                    [&](const ApiResult<Page<CustomerRecord>> &result) {
                                        more = result.ok() && result.value().info.hasNext;
                                        done = true;
                                    });
                waitFor([&] { return done; }, 30000);
                ++pages;
                if (!more)
                    break;
            }
            sequentialTimes << ms(sequential);
        }
        const double sequentialMs = percentile(sequentialTimes, 0.5);

        QList<double> buildTimes;
        QList<double> stalls;
        int requests = 0;
        int indexed = 0;
        for (int run = 0; run < Runs; ++run) {
            QTemporaryDir dir;
            CustomerIndex index;
            index.open(dir.filePath(u"build.sqlite"_s));
            IndexSync sync(&service, &index, ProgramKind::Affiliate);
            Watchdog watchdog;
            QElapsedTimer parallel;
            parallel.start();
            sync.start();
            waitFor([&] { return sync.state() != IndexSync::State::Running; }, 120000);
            buildTimes << ms(parallel);
            stalls << watchdog.longestMs();
            requests = sync.requestsMade();
            indexed = index.count();
        }
        QList<double> buildRatios;
        for (const double time : std::as_const(buildTimes))
            buildRatios << time / sequentialMs;
        std::printf("sequential paging, %d pages of 10,000 customers at 50 ms latency: median "
                    "%.0f ms, p95 %.0f ms (%d runs)\n",
                    pages, sequentialMs, percentile(sequentialTimes, 0.95), Runs);
        printPageCosts(sandbox.baseUrl(), sandbox.affiliateKey(), 50);
        std::printf("index build, same pages: median %.0f ms, p95 %.0f ms; ratio to sequential "
                    "median %.2fx, p95 %.2fx (budget 0.25x)\n",
                    percentile(buildTimes, 0.5), percentile(buildTimes, 0.95),
                    percentile(buildRatios, 0.5), percentile(buildRatios, 0.95));
        std::printf("  %d requests, %d customers indexed; longest event-loop stall while "
                    "indexing: median %.1f ms, p95 %.1f ms (budget 50 ms)\n",
                    requests, indexed, percentile(stalls, 0.5), percentile(stalls, 0.95));

        // The command line's export without an index: pages through the API into a
        // temporary index, then writes the file.
        qputenv("PARTNERO_API_KEY", sandbox.affiliateKey().toUtf8());
        QList<double> exportTimes;
        QList<double> exportRatios;
        QList<double> exportStalls;
        for (int run = 0; run < 3; ++run) {
            QTemporaryDir dir;
            Watchdog watchdog;
            QElapsedTimer timer;
            timer.start();
            const int code = ConsoleCli::run(
                {u"partnero-console"_s, u"export"_s, u"--base-url"_s, sandbox.baseUrl().toString(),
                 u"--kind"_s, u"affiliate"_s, u"--output"_s, dir.filePath(u"all.csv"_s)},
                stdout, stderr);
            if (code != ConsoleCli::Done) {
                std::fprintf(stderr, "export through the API failed (%d)\n", code);
                return 1;
            }
            exportTimes << ms(timer);
            exportRatios << exportTimes.last() / sequentialMs;
            exportStalls << watchdog.longestMs();
        }
        qunsetenv("PARTNERO_API_KEY");
        std::printf("export through the API without an index (10,000 customers, 50 ms "
                    "latency, CSV): median %.0f ms, p95 %.0f ms; ratio to sequential median "
                    "%.2fx, p95 %.2fx (budget 0.25x); longest stall %.1f ms (budget 50 ms)\n",
                    percentile(exportTimes, 0.5), percentile(exportTimes, 0.95),
                    percentile(exportRatios, 0.5), percentile(exportRatios, 0.95),
                    percentile(exportStalls, 0.95));
    }

    // 2. The big index.
    SandboxProcess sandbox;
    if (!sandbox.start({u"--customers"_s, QString::number(customers)})) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(sandbox.errorString()));
        return 1;
    }
    ApiClient client;
    client.setBaseUrl(QUrl(sandbox.baseUrl()));
    client.setApiKey(sandbox.affiliateKey());
    CustomerService service(&client);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"customers.sqlite"_s);
    {
        CustomerIndex index;
        index.open(path);
        IndexSync sync(&service, &index, ProgramKind::Affiliate);
        Watchdog watchdog;
        QElapsedTimer build;
        build.start();
        sync.start();
        waitFor([&] { return sync.state() != IndexSync::State::Running; }, 600000);
        std::printf("index of %d customers built in %.1f s (no latency); longest event-loop "
                    "stall %.1f ms (budget 50 ms)\n",
                    index.count(), ms(build) / 1000, watchdog.longestMs());
    }

    // Reopening: from open() to the first answer of a search.
    const qint64 residentBefore = residentBytes();
    QList<double> reopenTimes;
    int total = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer reopen;
        reopen.start();
        CustomerIndex again;
        again.open(path);
        again.find(u"wal"_s, 20, &total);
        reopenTimes << ms(reopen);
    }
    std::printf("reopen to first search answer: median %.1f ms, p95 %.1f ms (budget 300 ms)\n",
                percentile(reopenTimes, 0.5), percentile(reopenTimes, 0.95));
    CustomerIndex index;
    {
        QElapsedTimer loading;
        loading.start();
        index.open(path);
        index.isSearchInMemory(true);
        std::printf("open to the search in memory (loaded on its own thread; the database "
                    "answers meanwhile): %.0f ms\n",
                    ms(loading));
    }

    const QStringList queries = {u"a"_s,      u"w"_s,       u"wa"_s,        u"lo"_s,
                                 u"wal"_s,    u"ann"_s,     u"zzq"_s,       u"walker"_s,
                                 u"müller"_s, u"example"_s, u"cus_00012"_s, u"noah walk"_s,
                                 u"an mar"_s, u".net"_s,    u"王"_s,        u"ñ"_s};
    std::printf("find as you type (first 20 matches and the total), median / p95 of 15 runs:\n");
    QList<double> all;
    for (const QString &query : queries) {
        QList<double> times;
        for (int run = 0; run < 15; ++run) {
            QElapsedTimer timer;
            timer.start();
            index.find(query, 20, &total);
            times << ms(timer);
        }
        all += times;
        std::printf("  %-12s %7d matches  %7.2f / %7.2f ms\n", qPrintable(u'"' + query + u'"'),
                    total, percentile(times, 0.5), percentile(times, 0.95));
    }
    std::printf("  all queries: median %.2f ms (budget 10), p95 %.2f ms (budget 30)\n",
                percentile(all, 0.5), percentile(all, 0.95));

    std::printf("sort all customers, first 50 rows, median / p95 of 5:\n");
    const QList<QPair<const char *, IndexQuery::Column>> columns = {
        {"name", IndexQuery::Column::Name},       {"email", IndexQuery::Column::Email},
        {"key", IndexQuery::Column::Key},         {"status", IndexQuery::Column::Status},
        {"partner", IndexQuery::Column::Partner}, {"created", IndexQuery::Column::Created},
        {"updated", IndexQuery::Column::Updated}};
    for (const auto &[name, column] : columns) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QList<double> times;
            for (int run = 0; run < 5; ++run) {
                IndexQuery query;
                query.sort = column;
                query.order = order;
                query.limit = 50;
                QElapsedTimer timer;
                timer.start();
                index.select(query, &total);
                times << ms(timer);
            }
            std::printf("  %-8s %-4s %8.2f / %8.2f ms (budget 50 ms)\n", name,
                        order == Qt::AscendingOrder ? "asc" : "desc", percentile(times, 0.5),
                        percentile(times, 0.95));
        }
    }

    std::printf("filters, first 50 rows and the total, median / p95 of 5:\n");
    IndexQuery byPartner;
    byPartner.partner = u"partner_acme"_s;
    IndexQuery byPartnerAndText = byPartner;
    byPartnerAndText.search = u"an"_s;
    IndexQuery byDates;
    byDates.createdFrom = QDateTime(QDate(2023, 3, 1), QTime(0, 0), Qt::UTC);
    byDates.createdTo = QDateTime(QDate(2023, 6, 1), QTime(0, 0), Qt::UTC);
    byDates.sort = IndexQuery::Column::Created;
    IndexQuery everything = byDates;
    everything.partner = u"partner_acme"_s;
    everything.search = u"walker"_s;
    for (const auto &[name, query] :
         QList<QPair<const char *, IndexQuery>>{{"partner", byPartner},
                                                {"partner + text", byPartnerAndText},
                                                {"created range", byDates},
                                                {"range + partner + text", everything}}) {
        QList<double> times;
        IndexQuery q = query;
        q.limit = 50;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer timer;
            timer.start();
            index.select(q, &total);
            times << ms(timer);
        }
        std::printf("  %-24s %7d rows %8.2f / %8.2f ms (budget 20 ms)\n", name, total,
                    percentile(times, 0.5), percentile(times, 0.95));
    }

    // Resident memory: this process with the index open after the find, sort and filter set,
    // against the same process before it opened the index.
    const qint64 residentAfter = residentBytes();
    const int indexed = index.count();
    std::printf("resident memory of the open index: %.1f MB above the process without it, "
                "%.0f bytes per customer (budget 400); in-memory search %.1f MB\n",
                double(residentAfter - residentBefore) / 1e6,
                indexed > 0 ? double(residentAfter - residentBefore) / indexed : 0.0,
                double(index.searchMemoryBytes()) / 1e6);

    for (const auto format : {CustomerExport::Format::Csv, CustomerExport::Format::JsonLines}) {
        QList<double> times;
        int written = 0;
        qint64 bytes = 0;
        for (int run = 0; run < 3; ++run) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            QString error;
            QElapsedTimer timer;
            timer.start();
            CustomerExport::write(&buffer, index, IndexQuery(), format, ProgramKind::Affiliate,
                                  &written, &error);
            times << ms(timer);
            bytes = buffer.size();
        }
        std::printf("export of %d customers as %s from the index: median %.0f ms, p95 %.0f ms, "
                    "%.1f MB (budget 1 s)\n",
                    written, format == CustomerExport::Format::Csv ? "CSV" : "JSON lines",
                    percentile(times, 0.5), percentile(times, 0.95), double(bytes) / 1e6);
    }
    // After exports the page cache is as full as it gets.
    const qint64 residentFull = residentBytes();
    std::printf("resident memory after the exports (page cache full): %.0f bytes per customer "
                "(budget 400)\n",
                indexed > 0 ? double(residentFull - residentBefore) / indexed : 0.0);
    return 0;
}

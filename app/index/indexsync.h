// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/apierror.h"
#include "app/api/customerservice.h"
#include "app/index/customerindex.h"

#include "models/customerrecord.h"
#include "models/pageinfo.h"
#include "models/programkind.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <memory>

class ApiCall;
class CustomerIndex;
class FoldedSearch;
class IndexWriter;

// Fetches every page of a program's customers into a CustomerIndex.
//
// The API pages without a total (Laravel simple pagination), so the sync keeps a window of
// pages in flight ahead of the last one known to exist: at most MaxInFlight at once, which
// leaves the person's own requests free connections. Each page is stored as it arrives; a
// page that says there is no next one is the last. When the server rate-limits, the sync
// waits the Retry-After it gives and goes on with fewer requests at once, never faster than
// allowed. Cancelled or failed, it keeps what it stored; the next start continues the same
// pass and fetches only the missing pages. The index changes to the new pass only when every
// page up to the last is stored.
//
// Pages are stored, and the pass completed, by an IndexWriter on a thread of its own with a
// connection of its own to the same index, so that the event loop never waits for the disk
// and the next requests leave at once; `index` (the screens' connection) is told when the
// pass completed and adopts the search the writer loaded.
//
// Without an index (`index` null) the pages are kept in memory instead, for an export through
// the API that needs no search: storing them in an index only to read them back cost more than
// fetching them.
class IndexSync final : public QObject {
    Q_OBJECT

public:
    static constexpr int MaxInFlight = 4;
    static constexpr int PageSize = 250; // the API's largest

    enum class State { Idle, Running, Finished, Cancelled, Failed };
    Q_ENUM(State)

    IndexSync(CustomerService *customers, CustomerIndex *index, ProgramKind kind,
              QObject *parent = nullptr);
    ~IndexSync() override;

    // The API's own filters for every page (partner key or email, refer status), for an
    // index of part of a program (an export through the API). Set before start().
    void setFilter(const CustomerQuery &filter) { m_filter = filter; }

    void start();
    // Stops at once: requests on their way are cancelled, stored pages are kept.
    void cancel();

    State state() const { return m_state; }
    int pagesStored() const { return m_pagesStored; }
    int customersStored() const { return m_customersStored; }
    // Pages known to exist (grows until the last page is seen).
    int pagesKnown() const;
    // The last page, once a page said so; 0 before.
    int lastPage() const { return m_lastPage; }
    // Seconds left at the current pace; -1 while it cannot be told (the last page is unknown).
    int secondsLeft() const;
    int inFlightLimit() const { return m_limit; }
    // Requests the sync made, retries by the client included in none: for tests and figures.
    int requestsMade() const { return m_requests; }
    ApiError error() const { return m_error; }
    // Without an index, once Finished: every customer fetched, in page order, each once (a
    // customer listed on two pages, as the list shifted meanwhile, is kept where it was first
    // listed, with what the later page said). Empties what is kept.
    QList<CustomerRecord> takeRecords();

    // The sentence for the status bar: "Indexing: 12 of 40 pages, 3,000 customers, about 20 s
    // left", "Indexing paused for 30 s: the server asks to slow down". Without
    // `withWait` a pause leaves the seconds out ("Indexing paused: …"), for a window that
    // counts the server's wait down elsewhere.
    QString progressText(bool withWait = true) const;

signals:
    void progress();
    // State Finished (complete), Cancelled or Failed (see error()).
    void finished(IndexSync::State state);

private:
    void schedule();
    void scheduleSoon();
    void fetch(int page);
    void onPage(int page, const Page<CustomerRecord> &result);
    void onError(int page, const ApiError &error);
    void onRateLimited(int seconds);
    // Cancels what is on its way and finishes in `state`.
    void stop(State state);
    void finish(State state);
    bool done() const;
    // The writer's thread, started on first use.
    void startWriter();
    void stopWriter();
    void onBegun(qint64 pass, const IndexPass &running, const QString &error);
    // Gives the writer a page (or only the last page's number, with none) to store with
    // whatever else waits.
    void handToWriter(const CustomerIndex::PageToStore *page);
    void onStored(const QList<int> &pages, int customers, bool ok, const QString &error);
    void countStored(const QList<int> &pages, int customers);
    void onCompleted(bool ok, const QString &error, const std::shared_ptr<FoldedSearch> &search,
                     int count);

    CustomerService *m_customers;
    CustomerIndex *m_index;
    ProgramKind m_kind;
    CustomerQuery m_filter;
    State m_state = State::Idle;
    qint64 m_pass = 0;
    QSet<int> m_stored;                       // pages stored in this pass (also by earlier runs)
    QSet<int> m_inFlight;                     // pages asked for and not yet delivered
    QSet<int> m_answered;                     // of those, the ones whose answer is being read
    QSet<int> m_storing;                      // pages with the writer
    QHash<int, QList<CustomerRecord>> m_kept; // without an index: the pages fetched
    bool m_completing = false;
    QThread m_writerThread;
    IndexWriter *m_writer = nullptr; // lives on m_writerThread, deleted when it finishes
    // Pages waiting for the writer, which stores all that wait in one transaction.
    struct Waiting;
    std::shared_ptr<Waiting> m_waiting;
    QList<QPointer<ApiCall>> m_calls;
    int m_next = 1;     // the lowest page not yet asked for in this run
    int m_lastPage = 0; // 0: not known yet
    int m_limit = MaxInFlight;
    int m_pagesStored = 0;
    int m_customersStored = 0;
    int m_indexed = 0; // with an index, once complete: the customers of the pass
    int m_storedAtStart = 0;
    int m_requests = 0;
    QDateTime m_pausedUntil;
    QTimer m_resume;
    QElapsedTimer m_clock;
    ApiError m_error;
};

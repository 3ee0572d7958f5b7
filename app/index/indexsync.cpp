// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/index/indexsync.h"

#include "app/api/apicall.h"
#include "app/api/apiclient.h"
#include "app/api/customerservice.h"
#include "app/index/customerindex.h"
#include "app/index/foldedsearch.h"
#include "app/index/indexwriter.h"

#include <QLocale>

#include <algorithm>

struct IndexSync::Waiting {
    QMutex mutex;
    qint64 pass = 0;
    QList<CustomerIndex::PageToStore> pages;
    int lastPage = 0;         // learned from an empty page: written after the pages
    bool drainPosted = false; // the writer has been asked to store what waits
};

namespace {

// After this many pages without a rate limit, one more request may be on its way at once.
constexpr int PagesBeforeSpeedingUp = 10;
// A rate limit without Retry-After still pauses the sync for this long.
constexpr int DefaultPauseSeconds = 5;

} // namespace

IndexSync::IndexSync(CustomerService *customers, CustomerIndex *index, ProgramKind kind,
                     QObject *parent)
    : QObject(parent)
    , m_customers(customers)
    , m_index(index)
    , m_kind(kind)
    , m_waiting(std::make_shared<Waiting>()) {
    m_resume.setSingleShot(true);
    connect(&m_resume, &QTimer::timeout, this, &IndexSync::schedule);
}

IndexSync::~IndexSync() {
    if (m_state == State::Running)
        cancel();
    stopWriter();
}

void IndexSync::startWriter() {
    if (m_writer || !m_index)
        return;
    m_writer = new IndexWriter(m_index->location());
    m_writer->moveToThread(&m_writerThread);
    connect(&m_writerThread, &QThread::finished, m_writer, &QObject::deleteLater);
    m_writerThread.setObjectName(QStringLiteral("index writer"));
    m_writerThread.start();
}

void IndexSync::stopWriter() {
    if (!m_writer)
        return;
    // Pages still queued for the writer are dropped: they are not marked done, so the next
    // run fetches them again.
    m_writerThread.quit();
    m_writerThread.wait();
    m_writer = nullptr;
}

void IndexSync::start() {
    if (m_state == State::Running)
        return;
    m_error = ApiError();
    // A shared index is only written through the writer's own connection: one that cannot
    // connect ends the sync with its sentence when the pass begins (onBegun).
    if (m_index && !m_index->isShared() && !m_index->isOpen()) {
        m_error = ApiError::notSent(m_index->errorString().isEmpty()
                                        ? tr("The customer index could not be written.")
                                        : m_index->errorString());
        finish(State::Failed);
        return;
    }
    m_pass = 0;
    m_stored.clear();
    m_lastPage = 0;
    m_next = 1;
    m_limit = MaxInFlight;
    m_pagesStored = 0;
    m_storedAtStart = 0;
    m_customersStored = 0;
    m_indexed = 0;
    m_requests = 0;
    m_inFlight.clear();
    m_answered.clear();
    m_storing.clear();
    m_completing = false;
    m_calls.clear();
    m_kept.clear();
    m_pausedUntil = {};
    m_clock.start();
    m_state = State::Running;
    startWriter();
    if (ApiClient *client = m_customers->client())
        connect(client, &ApiClient::rateLimited, this, &IndexSync::onRateLimited,
                Qt::UniqueConnection);
    emit progress();
    if (!m_index) {
        // Nothing to continue: every page is fetched into memory.
        QMetaObject::invokeMethod(
            this, [this] { onBegun(1, IndexPass(), QString()); }, Qt::QueuedConnection);
        return;
    }
    // Beginning (or continuing) the pass writes too, so it waits for the file's write lock
    // on the writer's thread, not here.
    IndexWriter *writer = m_writer;
    const ProgramKind kind = m_kind;
    QMetaObject::invokeMethod(
        writer,
        [this, writer, kind] {
            IndexPass running;
            const qint64 pass = writer->beginPass(kind, PageSize, &running);
            const QString error = pass > 0 ? QString() : writer->errorString();
            QMetaObject::invokeMethod(
                this, [this, pass, running, error] { onBegun(pass, running, error); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void IndexSync::onBegun(qint64 pass, const IndexPass &running, const QString &error) {
    if (m_state != State::Running)
        return;
    if (pass == 0) {
        m_error = ApiError::notSent(error.isEmpty() ? tr("The customer index could not be written.")
                                                    : error);
        finish(State::Failed);
        return;
    }
    m_pass = pass;
    m_stored = running.pagesDone;
    m_lastPage = running.lastPage;
    m_pagesStored = int(m_stored.size());
    m_storedAtStart = m_pagesStored;
    m_clock.start();
    emit progress();
    schedule();
}

void IndexSync::cancel() {
    if (m_state == State::Running)
        stop(State::Cancelled);
}

void IndexSync::stop(State state) {
    m_state = state; // first, so that the cancelled calls are not read as failures
    const auto calls = m_calls;
    for (const QPointer<ApiCall> &call : calls) {
        if (call)
            call->cancel();
    }
    m_inFlight.clear();
    m_answered.clear();
    finish(state);
}

int IndexSync::pagesKnown() const {
    if (m_lastPage > 0)
        return m_lastPage;
    int highest = 0;
    for (const int page : m_stored)
        highest = std::max(highest, page);
    return highest + 1; // at least one more, until a page says it is the last
}

bool IndexSync::done() const {
    if (m_lastPage == 0)
        return false;
    for (int page = 1; page <= m_lastPage; ++page) {
        if (!m_stored.contains(page))
            return false;
    }
    return true;
}

void IndexSync::schedule() {
    if (m_state != State::Running)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_pausedUntil.isValid() && now < m_pausedUntil) {
        m_resume.start(int(std::max<qint64>(1, now.msecsTo(m_pausedUntil))));
        emit progress();
        return;
    }
    m_pausedUntil = {};
    if (m_completing || m_pass == 0)
        return;
    // A page whose answer is in is no longer on the wire: its slot is free while it is read.
    while (m_inFlight.size() - m_answered.size() < m_limit) {
        int page = m_next;
        while (m_stored.contains(page) || m_inFlight.contains(page) || m_storing.contains(page))
            ++page;
        if (m_lastPage > 0 && page > m_lastPage)
            break;
        m_next = page + 1;
        fetch(page);
    }
    if (m_inFlight.isEmpty() && m_storing.isEmpty() && done() && !m_index) {
        finish(State::Finished);
        return;
    }
    if (m_inFlight.isEmpty() && m_storing.isEmpty() && done()) {
        m_completing = true;
        // Changes the console makes from now on reach the new pass's search too.
        m_index->beginSearchHandover();
        const qint64 pass = m_pass;
        IndexWriter *writer = m_writer;
        QMetaObject::invokeMethod(
            writer,
            [this, writer, pass] {
                std::shared_ptr<FoldedSearch> search;
                int count = 0;
                const bool ok = writer->completePass(pass, &search, &count);
                const QString error = ok ? QString() : writer->errorString();
                QMetaObject::invokeMethod(
                    this,
                    [this, ok, error, search, count] { onCompleted(ok, error, search, count); },
                    Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }
}

void IndexSync::onCompleted(bool ok, const QString &error,
                            const std::shared_ptr<FoldedSearch> &search, int count) {
    m_completing = false;
    if (ok)
        m_indexed = count;
    // Adopted even when cancelled meanwhile: the pass did complete.
    m_index->adoptSearch(ok ? search : nullptr);
    if (m_state != State::Running)
        return;
    if (!ok) {
        m_error = ApiError::notSent(
            error.isEmpty() ? tr("The customer index could not be completed.") : error);
        finish(State::Failed);
        return;
    }
    finish(State::Finished);
}

void IndexSync::scheduleSoon() {
    // Once the finished request has left the client's count: the next one starts only then,
    // so that never more than MaxInFlight are on the wire.
    QMetaObject::invokeMethod(this, &IndexSync::schedule, Qt::QueuedConnection);
}

void IndexSync::fetch(int page) {
    CustomerQuery query = m_filter;
    query.limit = PageSize;
    query.page = page;
    m_inFlight.insert(page);
    ++m_requests;
    QPointer<ApiCall> call = m_customers->listRecords(
        query, this, [this, page](const ApiResult<Page<CustomerRecord>> &result) {
            if (result.ok())
                onPage(page, result.value());
            else
                onError(page, result.error());
        });
    if (call) {
        // The next request leaves as soon as this answer is in, not after it was parsed and
        // mapped: reading a page then overlaps the next one's round trip.
        connect(call, &ApiCall::answered, this, [this, page] {
            if (m_state == State::Running && m_inFlight.contains(page)) {
                m_answered.insert(page);
                schedule();
            }
        });
    }
    m_calls.removeIf([](const QPointer<ApiCall> &c) { return c.isNull(); });
    m_calls.append(call);
}

void IndexSync::onPage(int page, const Page<CustomerRecord> &result) {
    m_inFlight.remove(page);
    m_answered.remove(page);
    if (m_state != State::Running)
        return;
    if (m_lastPage > 0 && page > m_lastPage) {
        scheduleSoon(); // asked for ahead of the end: nothing there
        return;
    }
    if (result.items.isEmpty() && page > 1) {
        // Past the end: the page before is the last (its own answer may still be on its way).
        m_lastPage = m_lastPage > 0 ? std::min(m_lastPage, page - 1) : page - 1;
        if (m_index)
            handToWriter(nullptr);
        scheduleSoon();
        return;
    }
    const bool isLast = !result.info.hasNext;
    if (isLast)
        m_lastPage = m_lastPage > 0 ? std::min(m_lastPage, page) : page;
    if (!m_index) {
        m_kept.insert(page, result.items);
        countStored({page}, int(result.items.size()));
        return;
    }
    m_storing.insert(page);
    const CustomerIndex::PageToStore waiting{page, result.items, isLast};
    handToWriter(&waiting);
    // The next requests leave while the writer stores this page.
    scheduleSoon();
}

void IndexSync::handToWriter(const CustomerIndex::PageToStore *page) {
    bool post = false;
    {
        QMutexLocker locker(&m_waiting->mutex);
        if (m_waiting->pass != m_pass) {
            m_waiting->pass = m_pass;
            m_waiting->pages.clear();
            m_waiting->lastPage = 0;
        }
        if (page)
            m_waiting->pages.append(*page);
        // The latest word: pages and empty pages may arrive in any order, and the writer may
        // take several at once, so the last page is written after every page it took.
        m_waiting->lastPage = m_lastPage;
        post = !std::exchange(m_waiting->drainPosted, true);
    }
    if (!post)
        return;
    IndexWriter *writer = m_writer;
    const std::shared_ptr<Waiting> waiting = m_waiting;
    QMetaObject::invokeMethod(
        writer,
        [this, writer, waiting] {
            QList<CustomerIndex::PageToStore> pages;
            qint64 pass = 0;
            int lastPage = 0;
            {
                QMutexLocker locker(&waiting->mutex);
                pages.swap(waiting->pages);
                pass = waiting->pass;
                lastPage = waiting->lastPage;
                waiting->drainPosted = false;
            }
            const bool ok = writer->storePages(pass, pages, lastPage);
            const QString error = ok ? QString() : writer->errorString();
            QList<int> numbers;
            int customers = 0;
            for (const CustomerIndex::PageToStore &stored : std::as_const(pages)) {
                numbers.append(stored.page);
                customers += int(stored.customers.size());
            }
            QMetaObject::invokeMethod(
                this, [=] { onStored(numbers, customers, ok, error); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void IndexSync::onStored(const QList<int> &pages, int customers, bool ok, const QString &error) {
    for (const int page : pages)
        m_storing.remove(page);
    if (m_state != State::Running)
        return;
    if (!ok) {
        m_error = ApiError::notSent(error.isEmpty() ? tr("The customer index could not be written.")
                                                    : error);
        stop(State::Failed);
        return;
    }
    countStored(pages, customers);
}

void IndexSync::countStored(const QList<int> &pages, int customers) {
    for (const int page : pages) {
        m_stored.insert(page);
        ++m_pagesStored;
        if (m_limit < MaxInFlight && (m_pagesStored - m_storedAtStart) % PagesBeforeSpeedingUp == 0)
            ++m_limit;
    }
    m_customersStored += customers;
    emit progress();
    scheduleSoon();
}

void IndexSync::onError(int page, const ApiError &error) {
    m_inFlight.remove(page);
    m_answered.remove(page);
    if (m_state != State::Running || error.kind == ApiError::Kind::Cancelled)
        return;
    if (error.kind == ApiError::Kind::RateLimited) {
        // The client gave up waiting: pause as asked, then ask for this page again.
        onRateLimited(error.retryAfter > 0 ? error.retryAfter : DefaultPauseSeconds);
        m_next = std::min(m_next, page);
        scheduleSoon();
        return;
    }
    m_error = error;
    // The others are left to end on their own (their answers are ignored): they are failing
    // the same way, and aborting a reply that already failed only makes Qt complain.
    m_inFlight.clear();
    m_answered.clear();
    finish(State::Failed);
}

void IndexSync::onRateLimited(int seconds) {
    if (m_state != State::Running)
        return;
    const QDateTime until = QDateTime::currentDateTimeUtc().addSecs(
        std::max(1, seconds > 0 ? seconds : DefaultPauseSeconds));
    if (!m_pausedUntil.isValid() || until > m_pausedUntil)
        m_pausedUntil = until;
    m_limit = std::max(1, m_limit / 2);
    emit progress();
}

void IndexSync::finish(State state) {
    m_state = state;
    m_resume.stop();
    if (ApiClient *client = m_customers->client())
        disconnect(client, &ApiClient::rateLimited, this, &IndexSync::onRateLimited);
    emit progress();
    emit finished(state);
}

int IndexSync::secondsLeft() const {
    const int fetched = m_pagesStored - m_storedAtStart;
    if (m_lastPage == 0 || fetched <= 0)
        return -1;
    const int remaining = std::max(0, m_lastPage - m_pagesStored);
    return int(m_clock.elapsed() * remaining / fetched / 1000);
}

QString IndexSync::progressText(bool withWait) const {
    const QLocale locale;
    switch (m_state) {
    case State::Idle:
        return {};
    case State::Running: {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (m_pausedUntil.isValid() && now < m_pausedUntil) {
            if (!withWait)
                return tr("Indexing paused: the server asks to slow down.");
            return tr("Indexing paused for %n s: the server asks to slow down.", nullptr,
                      int((now.msecsTo(m_pausedUntil) + 999) / 1000));
        }
        const QString customers = tr("%n customers", nullptr, m_customersStored);
        if (m_lastPage == 0)
            return tr("Indexing: %1 pages, %2…").arg(locale.toString(m_pagesStored), customers);
        const int left = secondsLeft();
        const QString pages =
            tr("Indexing: %1 of %2 pages, %3")
                .arg(locale.toString(m_pagesStored), locale.toString(m_lastPage), customers);
        return left < 0 ? pages : pages + tr(", about %n s left", nullptr, left);
    }
    case State::Finished:
        return tr("Indexed %n customers.", nullptr, m_index ? m_indexed : m_customersStored);
    case State::Cancelled:
        return tr("Indexing stopped. What was fetched is kept; the next start continues.");
    case State::Failed:
        return tr("Indexing stopped: %1 What was fetched is kept.").arg(m_error.sentence());
    }
    return {};
}

QList<CustomerRecord> IndexSync::takeRecords() {
    QList<CustomerRecord> records;
    QHash<QString, qsizetype> at; // where each identifier was first listed
    for (int page = 1; page <= m_lastPage; ++page) {
        for (const CustomerRecord &record : m_kept.value(page)) {
            const QString identifier = record.customer.identifier();
            const auto found = at.constFind(identifier);
            if (found != at.constEnd()) {
                records[*found] = record;
                continue;
            }
            at.insert(identifier, records.size());
            records.append(record);
        }
    }
    m_kept.clear();
    return records;
}

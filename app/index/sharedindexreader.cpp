// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/index/sharedindexreader.h"

#include <QCoreApplication>
#include <QMetaObject>

#include <algorithm>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

using namespace Qt::Literals::StringLiterals;

namespace {

// Threads still ending after their reader was destroyed. The application waits a little for
// them when it ends: a thread that closes its connection while the process tears Qt SQL down
// would touch what is already gone.
std::mutex g_threadsMutex;
std::condition_variable g_threadsDone;
int g_threads = 0;

void waitForEndingThreads() {
    std::unique_lock lock(g_threadsMutex);
    g_threadsDone.wait_for(lock, std::chrono::seconds(2), [] { return g_threads == 0; });
}

std::atomic<quint64> g_nextTicket{1};

} // namespace

struct SharedIndexReader::Shared {
    struct Job {
        quint64 ticket = 0;
        Lane lane = Lane::Count;
        Work work;
    };

    std::mutex mutex;
    std::condition_variable wake;
    std::deque<Job> jobs;
    bool stopping = false;
    // Null once the reader is gone: nothing is delivered after that.
    SharedIndexReader *owner = nullptr;
    std::atomic<int> run{0};
    std::atomic<int> idleCheckMs{10000};

    void loop(const IndexLocation &location);
    void deliver(Answer answer);
};

void SharedIndexReader::Shared::deliver(Answer answer) {
    // Under the lock, so the owner cannot be destroyed between the check and the post; a
    // posted answer is discarded with its receiver if that is destroyed first.
    const std::lock_guard lock(mutex);
    if (!owner || !answer)
        return;
    SharedIndexReader *to = owner;
    QMetaObject::invokeMethod(
        to, [to, answer = std::move(answer)] { answer(to); }, Qt::QueuedConnection);
}

void SharedIndexReader::Shared::loop(const IndexLocation &location) {
    std::unique_ptr<CustomerIndex> index;
    QString error;
    // Connected before the first request, which then costs only its statement.
    auto opened = std::make_unique<CustomerIndex>();
    if (opened->open(location))
        index = std::move(opened);
    else
        error = opened->errorString();
    opened.reset();
    auto lastUsed = std::chrono::steady_clock::now();
    bool readFailed = false;
    for (;;) {
        Job job;
        {
            std::unique_lock lock(mutex);
            wake.wait(lock, [this] { return stopping || !jobs.empty(); });
            if (stopping)
                break;
            job = std::move(jobs.front());
            jobs.pop_front();
        }
        // A connection idle for a while may have been dropped by a restarted server: checked
        // once before this request rather than after every one, and after a read that failed
        // (which would fail the same way until the profile is opened again).
        const auto now = std::chrono::steady_clock::now();
        if (index &&
            (readFailed || now - lastUsed >= std::chrono::milliseconds(idleCheckMs.load())) &&
            !index->isReachable())
            index.reset();
        lastUsed = now;
        if (!index) {
            opened = std::make_unique<CustomerIndex>();
            if (opened->open(location)) {
                index = std::move(opened);
                error.clear();
            } else {
                error = opened->errorString();
            }
        }
        Answer answer = job.work(index.get(), error, job.ticket);
        readFailed = index && !index->readError().isEmpty();
        ++run;
        deliver(std::move(answer));
    }
    // The connection closes on the thread that opened it.
    index.reset();
}

SharedIndexReader::SharedIndexReader(const IndexLocation &location, QObject *parent)
    : QObject(parent)
    , m_location(location)
    , m_shared(std::make_shared<Shared>()) {
    static std::once_flag registered;
    if (QCoreApplication::instance())
        std::call_once(registered, [] { qAddPostRoutine(waitForEndingThreads); });
    m_shared->owner = this;
    {
        const std::lock_guard lock(g_threadsMutex);
        ++g_threads;
    }
    // The thread holds what it shares with this object: it may outlive it.
    std::thread([shared = m_shared, location] {
        shared->loop(location);
        const std::lock_guard lock(g_threadsMutex);
        --g_threads;
        g_threadsDone.notify_all();
    }).detach();
}

SharedIndexReader::~SharedIndexReader() {
    // Never joined: a statement the server does not answer would hold the window. A cancel
    // (PQcancel) would not help there either: it waits for the same server's answer.
    std::deque<Shared::Job> dropped;
    {
        const std::lock_guard lock(m_shared->mutex);
        m_shared->owner = nullptr;
        m_shared->stopping = true;
        dropped.swap(m_shared->jobs);
    }
    m_shared->wake.notify_all();
}

bool SharedIndexReader::readsFrom(const IndexLocation &location) const {
    return location.sharedStore == m_location.sharedStore &&
           location.programId == m_location.programId && location.password == m_location.password;
}

quint64 SharedIndexReader::enqueue(Lane lane, Work work, bool replaceWaiting) {
    const quint64 ticket = g_nextTicket++;
    {
        const std::lock_guard lock(m_shared->mutex);
        auto &jobs = m_shared->jobs;
        if (replaceWaiting) {
            jobs.erase(std::remove_if(jobs.begin(), jobs.end(),
                                      [lane](const Shared::Job &job) { return job.lane == lane; }),
                       jobs.end());
        }
        jobs.push_back(Shared::Job{ticket, lane, std::move(work)});
    }
    m_shared->wake.notify_one();
    return ticket;
}

void SharedIndexReader::drop(Lane lane) {
    const std::lock_guard lock(m_shared->mutex);
    auto &jobs = m_shared->jobs;
    jobs.erase(std::remove_if(jobs.begin(), jobs.end(),
                              [lane](const Shared::Job &job) { return job.lane == lane; }),
               jobs.end());
}

int SharedIndexReader::requestsRun() const {
    return m_shared->run.load();
}

void SharedIndexReader::setIdleCheckAfter(int milliseconds) {
    m_shared->idleCheckMs = milliseconds;
}

namespace {

// A read's answer when the index could not be opened or read: the sentence.
std::function<void(SharedIndexReader *)> failure(quint64 ticket, const QString &error) {
    return [ticket, error](SharedIndexReader *r) {
        emit r->failed(ticket, error);
    };
}

} // namespace

quint64 SharedIndexReader::count(const IndexQuery &query) {
    return enqueue(
        Lane::Count,
        [query](CustomerIndex *index, const QString &error, quint64 ticket) -> Answer {
            if (!index)
                return failure(ticket, error);
            IndexQuery counting = query;
            counting.offset = 0;
            counting.limit = 0;
            int total = 0;
            index->select(counting, &total);
            if (!index->readError().isEmpty())
                return failure(ticket, index->readError());
            return [ticket, total](SharedIndexReader *r) {
                emit r->counted(ticket, total);
            };
        },
        false);
}

quint64 SharedIndexReader::select(const IndexQuery &query) {
    return enqueue(
        Lane::Blocks,
        [query](CustomerIndex *index, const QString &error, quint64 ticket) -> Answer {
            if (!index)
                return failure(ticket, error);
            const QList<Customer> rows = index->select(query);
            if (!index->readError().isEmpty())
                return failure(ticket, index->readError());
            return [ticket, rows](SharedIndexReader *r) {
                emit r->selected(ticket, rows);
            };
        },
        false);
}

quint64 SharedIndexReader::find(const QString &text, int limit) {
    return enqueue(
        Lane::Find,
        [text, limit](CustomerIndex *index, const QString &error, quint64 ticket) -> Answer {
            if (!index)
                return failure(ticket, error);
            int total = 0;
            const QList<Customer> matches = index->find(text, limit, &total);
            if (!index->readError().isEmpty())
                return failure(ticket, index->readError());
            return [ticket, text, matches, total](SharedIndexReader *r) {
                emit r->found(ticket, text, matches, total);
            };
        },
        true);
}

quint64 SharedIndexReader::readState() {
    return enqueue(
        Lane::State,
        [](CustomerIndex *index, const QString &error, quint64 ticket) -> Answer {
            if (!index)
                return failure(ticket, error);
            SharedIndexState state;
            if (const auto pass = index->completePass()) {
                state.ready = true;
                state.completedAt = pass->completedAt;
                state.count = index->count();
            }
            // Not "no pass yet" when the pass could not be read.
            if (!index->readError().isEmpty())
                return failure(ticket, index->readError());
            return [ticket, state](SharedIndexReader *r) {
                emit r->stateRead(ticket, state);
            };
        },
        true);
}

namespace {

// A write's answer: the sentence of the index when it failed.
std::function<void(SharedIndexReader *)> writeAnswer(quint64 ticket, bool ok,
                                                     const QString &error) {
    return [ticket, ok, error](SharedIndexReader *r) {
        emit r->written(ticket, ok, error);
    };
}

} // namespace

quint64 SharedIndexReader::applyChange(const QString &oldIdentifier, const Customer &customer) {
    return enqueue(
        Lane::Write,
        [oldIdentifier, customer](CustomerIndex *index, const QString &error,
                                  quint64 ticket) -> Answer {
            if (!index)
                return writeAnswer(ticket, false, error);
            const bool ok = index->applyChange(oldIdentifier, customer);
            return writeAnswer(ticket, ok, ok ? QString() : index->errorString());
        },
        false);
}

quint64 SharedIndexReader::store(const CustomerRecord &record) {
    return enqueue(
        Lane::Write,
        [record](CustomerIndex *index, const QString &error, quint64 ticket) -> Answer {
            if (!index)
                return writeAnswer(ticket, false, error);
            const bool ok = index->upsert(record);
            return writeAnswer(ticket, ok, ok ? QString() : index->errorString());
        },
        false);
}

quint64 SharedIndexReader::remove(const QString &identifier) {
    return enqueue(
        Lane::Write,
        [identifier](CustomerIndex *index, const QString &error, quint64 ticket) -> Answer {
            if (!index)
                return writeAnswer(ticket, false, error);
            const bool ok = index->remove(identifier);
            return writeAnswer(ticket, ok, ok ? QString() : index->errorString());
        },
        false);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/index/profileindex.h"

#include "app/api/customerservice.h"
#include "app/index/customerindex.h"
#include "app/index/sharedindexreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

#include <utility>

using namespace Qt::Literals::StringLiterals;

QString ProfileIndex::syncOnConnectKey() {
    return u"index/syncOnConnect"_s;
}

QString ProfileIndex::memoryOnlyKey() {
    return u"index/memoryOnly"_s;
}

ProfileIndex::ProfileIndex(const QString &profileId, CustomerService *customers, ProgramKind kind,
                           Options options, QObject *parent)
    : QObject(parent)
    , m_profileId(profileId)
    , m_customers(customers)
    , m_kind(kind)
    , m_options(options) {
}

ProfileIndex::~ProfileIndex() {
    // The sync writes into the index: it goes first.
    delete m_sync;
}

IndexLocation ProfileIndex::location() const {
    if (m_options.shared.isShared())
        return m_options.shared;
    return m_options.memoryOnly ? CustomerIndex::memoryLocation(m_profileId)
                                : CustomerIndex::defaultFilePath(m_profileId);
}

bool ProfileIndex::open() {
    if (m_index)
        return true;
    m_error.clear();
    if (isShared()) {
        // Never connected on this thread: the server may take up to the connect timeout to
        // answer, or never. The reader connects on its own and says when it cannot.
        m_index = CustomerIndex::sharedAt(location());
        openReader();
        return true;
    }
    auto index = std::make_unique<CustomerIndex>();
    if (!index->open(location())) {
        m_error = index->errorString();
        return false;
    }
    m_index = std::move(index);
    return true;
}

void ProfileIndex::openReader() {
    m_reader = new SharedIndexReader(m_index->location(), this);
    connect(m_reader, &SharedIndexReader::stateRead, this,
            [this](quint64, const SharedIndexState &state) { onStateRead(state); });
    connect(m_reader, &SharedIndexReader::written, this,
            [this](quint64, bool ok, const QString &error) {
                if (ok)
                    emit changed();
                else
                    emit writeFailed(error);
            });
    connect(m_reader, &SharedIndexReader::failed, this, [this](quint64, const QString &error) {
        // Said once until a read succeeds again: the refresh keeps trying every 30 seconds.
        const bool wasReadable = m_error.isEmpty();
        m_error = error;
        if (wasReadable)
            emit unavailable(m_error);
        // A sync that ended is said all the same.
        if (const auto ended = std::exchange(m_syncEnded, std::nullopt))
            emit syncFinished(*ended);
    });
    // Other consoles and timers complete passes too; nothing tells this one.
    m_refresh = new QTimer(this);
    m_refresh->setInterval(30 * 1000);
    connect(m_refresh, &QTimer::timeout, this, &ProfileIndex::refreshState);
    m_refresh->start();
    refreshState();
}

void ProfileIndex::refreshState() {
    if (m_reader)
        m_reader->readState();
}

void ProfileIndex::onStateRead(const SharedIndexState &state) {
    // Readable again after a failure: the status says so.
    const bool differs = !m_stateKnown || !m_error.isEmpty() || state.ready != m_ready ||
                         state.completedAt != m_indexedAt || state.count != m_count;
    m_error.clear();
    m_stateKnown = true;
    m_ready = state.ready;
    m_indexedAt = state.completedAt;
    m_count = state.count;
    const auto ended = std::exchange(m_syncEnded, std::nullopt);
    if (differs || (ended && *ended == IndexSync::State::Finished))
        emit changed();
    if (ended)
        emit syncFinished(*ended);
}

bool ProfileIndex::isReady() const {
    if (m_reader)
        return m_index && m_ready;
    return m_index && m_index->completePass().has_value();
}

QDateTime ProfileIndex::indexedAt() const {
    if (!m_index)
        return {};
    if (m_reader)
        return m_ready ? m_indexedAt : QDateTime();
    const auto pass = m_index->completePass();
    return pass ? pass->completedAt : QDateTime();
}

int ProfileIndex::count() const {
    if (m_reader)
        return isReady() ? m_count : 0;
    return isReady() ? m_index->count() : 0;
}

void ProfileIndex::startSync() {
    if (isSyncing() || !m_customers || (!m_index && !open()))
        return;
    delete m_sync;
    m_sync = new IndexSync(m_customers, m_index.get(), m_kind, this);
    connect(m_sync, &IndexSync::progress, this, &ProfileIndex::syncProgress);
    connect(m_sync, &IndexSync::finished, this, [this](IndexSync::State state) {
        if (m_reader) {
            // What the pass left (its count, when) is read first, then said.
            m_syncEnded = state;
            m_reader->readState();
            return;
        }
        if (state == IndexSync::State::Finished)
            emit changed();
        emit syncFinished(state);
    });
    m_sync->start();
}

void ProfileIndex::cancelSync() {
    if (isSyncing())
        m_sync->cancel();
}

bool ProfileIndex::isSyncing() const {
    return m_sync && m_sync->state() == IndexSync::State::Running;
}

bool ProfileIndex::hasStoredIndex(const QString &profileId) {
    return QFileInfo::exists(CustomerIndex::defaultFilePath(profileId));
}

bool ProfileIndex::removeStoredIndex(const QString &profileId, QString *error) {
    const QString path = CustomerIndex::defaultFilePath(profileId);
    // SQLite's companions go with it: the write-ahead log holds recent rows too.
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        QFile file(path + suffix);
        if (file.exists() && !file.remove()) {
            if (error)
                *error = tr("The customer index “%1” could not be deleted: %2.")
                             .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
            return false;
        }
    }
    return true;
}

bool ProfileIndex::forget(QString *error) {
    if (m_sync) {
        m_sync->cancel();
        delete m_sync;
        m_sync = nullptr;
    }
    // Never waits for a statement of the reader's: its thread ends by itself.
    delete m_reader;
    m_reader = nullptr;
    delete m_refresh;
    m_refresh = nullptr;
    m_stateKnown = m_ready = false;
    m_syncEnded.reset();
    m_error.clear();
    // Closing the connection first: SQLite keeps the files open while it is.
    m_index.reset();
    const bool removed =
        m_options.memoryOnly || isShared() || removeStoredIndex(m_profileId, error);
    emit changed();
    return removed;
}

void ProfileIndex::applyChange(const QString &oldIdentifier, const Customer &customer) {
    if (!m_index)
        return;
    if (m_reader) {
        // Written on the reader's thread, in order; changed() once it is there, then the
        // count again (a created or removed customer moves it).
        m_reader->applyChange(oldIdentifier, customer);
        m_reader->readState();
        if (!m_customers || customer.identifier().isEmpty())
            return;
        m_customers->getRecord(customer.identifier(), this,
                               [this](const ApiResult<CustomerRecord> &result) {
                                   if (result.ok() && m_reader)
                                       m_reader->store(result.value());
                               });
        return;
    }
    m_index->applyChange(oldIdentifier, customer);
    emit changed();
    if (!m_customers || customer.identifier().isEmpty())
        return;
    m_customers->getRecord(customer.identifier(), this,
                           [this](const ApiResult<CustomerRecord> &result) {
                               if (!result.ok() || !m_index)
                                   return;
                               m_index->upsert(result.value());
                               emit changed();
                           });
}

void ProfileIndex::applyRemoval(const QString &identifier) {
    if (!m_index)
        return;
    if (m_reader) {
        m_reader->remove(identifier);
        m_reader->readState();
        return;
    }
    m_index->remove(identifier);
    emit changed();
}

QString ProfileIndex::ageText(const QDateTime &now) const {
    if (isSyncing() && !isReady())
        return tr("Indexing…");
    const QDateTime at = indexedAt();
    if (!at.isValid())
        return tr("Not indexed yet");
    const qint64 seconds = qMax<qint64>(0, at.secsTo(now));
    if (seconds < 60)
        return tr("Indexed just now");
    if (seconds < 3600)
        return tr("Indexed %n minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return tr("Indexed %n hour(s) ago", nullptr, int(seconds / 3600));
    return tr("Indexed %n day(s) ago", nullptr, int(seconds / 86400));
}

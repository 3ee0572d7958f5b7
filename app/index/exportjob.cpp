// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/index/exportjob.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QSaveFile>
#include <QThread>
#include <QTimer>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

// What the worker and the window both touch: counters and the cancel flag only.
struct ExportJob::Shared {
    std::atomic<bool> cancel{false};
    std::atomic<int> written{0};
    std::atomic<int> total{-1};
};

ExportJob::ExportJob(QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>()) {
}

ExportJob::~ExportJob() {
    m_shared->cancel = true;
    delete m_sync;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

int ExportJob::written() const {
    return m_shared->written;
}

int ExportJob::total() const {
    return m_shared->total;
}

void ExportJob::startFromIndex(const IndexLocation &location, const IndexQuery &query,
                               ProgramKind kind, const QString &filePath,
                               CustomerExport::Format format) {
    if (isRunning())
        return;
    m_kind = kind;
    m_filePath = filePath;
    m_format = format;
    write(location, query);
}

void ExportJob::startFromApi(CustomerService *customers, ProgramKind kind,
                             const CustomerQuery &filter, const QString &filePath,
                             CustomerExport::Format format) {
    if (isRunning())
        return;
    m_kind = kind;
    m_filePath = filePath;
    m_format = format;
    m_state = State::Fetching;
    // No index: nothing is searched, and storing the pages only to read them back took longer
    // than fetching them.
    m_sync = new IndexSync(customers, nullptr, kind, this);
    m_sync->setFilter(filter);
    connect(m_sync, &IndexSync::progress, this, &ExportJob::progress);
    connect(m_sync, &IndexSync::finished, this, [this](IndexSync::State state) {
        if (state == IndexSync::State::Finished) {
            m_state = State::Idle;
            write(m_sync->takeRecords());
        } else if (state == IndexSync::State::Cancelled) {
            finish(State::Cancelled, QString());
        } else {
            finish(State::Failed,
                   tr("The customers could not be fetched: %1").arg(m_sync->error().sentence()));
        }
    });
    m_sync->start();
    emit progress();
}

void ExportJob::write(const IndexLocation &location, const IndexQuery &query) {
    const ProgramKind kind = m_kind;
    const CustomerExport::Format format = m_format;
    startWriting([=](QIODevice *file, Shared &shared, QString *error) {
        CustomerIndex index;
        // A writer's connection: it loads no search into memory, which an export never uses.
        if (!index.open(location, CustomerIndex::Use::Writing)) {
            *error = index.errorString();
            return false;
        }
        IndexQuery counting = query;
        counting.limit = 0;
        int total = 0;
        index.select(counting, &total);
        shared.total = total;
        int written = 0;
        const bool ok = CustomerExport::write(file, index, query, format, kind, &written, error,
                                              [&shared](int count) {
                                                  shared.written = count;
                                                  return !shared.cancel;
                                              });
        shared.written = written;
        return ok;
    });
}

void ExportJob::write(QList<CustomerRecord> records) {
    const ProgramKind kind = m_kind;
    const CustomerExport::Format format = m_format;
    m_shared->total = int(records.size());
    startWriting(
        [=, records = std::move(records)](QIODevice *file, Shared &shared, QString *error) mutable {
            // The order an export from an index has (a default IndexQuery's), on the worker: the
            // same customers give the same file either way.
            CustomerIndex::sortByName(records);
            int written = 0;
            const bool ok = CustomerExport::write(file, records, format, kind, &written, error,
                                                  [&shared](int count) {
                                                      shared.written = count;
                                                      return !shared.cancel;
                                                  });
            shared.written = written;
            return ok;
        });
}

void ExportJob::startWriting(Work work) {
    m_state = State::Writing;
    m_shared->written = 0;
    const std::shared_ptr<Shared> shared = m_shared;
    const QString filePath = m_filePath;
    QPointer<ExportJob> self(this);
    m_thread = QThread::create([=, work = std::move(work)] {
        QString sentence;
        State end = State::Failed;
        {
            QSaveFile file(filePath);
            if (!file.open(QIODevice::WriteOnly)) {
                sentence = tr("%1 could not be written: %2.")
                               .arg(QDir::toNativeSeparators(filePath), file.errorString());
            } else {
                QString error;
                const bool ok = work(&file, *shared, &error);
                if (shared->cancel) {
                    file.cancelWriting();
                    end = State::Cancelled;
                } else if (!ok) {
                    file.cancelWriting();
                    sentence = error;
                } else if (!file.commit()) {
                    sentence = tr("%1 could not be written: %2.")
                                   .arg(QDir::toNativeSeparators(filePath), file.errorString());
                } else {
                    end = State::Done;
                }
            }
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, end, sentence] {
                if (self)
                    self->finish(end, sentence);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
    // The counters move on the worker; the window reads them at its own pace.
    auto *ticker = new QTimer(this);
    ticker->setInterval(100);
    connect(ticker, &QTimer::timeout, this, [this, ticker] {
        if (m_state != State::Writing)
            ticker->deleteLater();
        else
            emit progress();
    });
    ticker->start();
    emit progress();
}

void ExportJob::cancel() {
    if (!isRunning())
        return;
    m_shared->cancel = true;
    if (m_state == State::Fetching && m_sync)
        m_sync->cancel();
}

void ExportJob::finish(State state, const QString &sentence) {
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_state = state;
    switch (state) {
    case State::Done:
        m_result = tr("Exported %Ln customers to %1.", nullptr, written())
                       .arg(QDir::toNativeSeparators(m_filePath));
        break;
    case State::Cancelled:
        m_result = tr("Export cancelled. No file was written.");
        break;
    default:
        m_result = sentence.isEmpty() ? tr("The export failed. No file was written.")
                                      : tr("%1 No file was written.").arg(sentence);
        break;
    }
    emit finished(state);
}

QString ExportJob::progressText() const {
    switch (m_state) {
    case State::Fetching:
        return m_sync ? tr("Fetching the customers: %1").arg(m_sync->progressText())
                      : tr("Fetching the customers…");
    case State::Writing:
        return total() >= 0 ? tr("Writing %1 of %2 customers…")
                                  .arg(QLocale().toString(written()), QLocale().toString(total()))
                            : tr("Writing…");
    default:
        return m_result;
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/customerservice.h"
#include "app/index/customerexport.h"
#include "app/index/customerindex.h"
#include "app/index/indexsync.h"

#include <functional>
#include <memory>
#include <QObject>
#include <QPointer>
#include <QString>

class QThread;

// One export of customers to a file, for the window: it never holds up the event loop.
//
// From an index, the rows are read and written on a worker thread through a connection of its
// own (Qt SQL allows a connection only on the thread that made it). Without an index, the
// customers the API's filters select are first fetched into memory, page by page as IndexSync
// does, then written on the worker in the order an index would give them. The file is a QSaveFile:
// it appears only once everything is written, so a cancelled or failed export leaves no half file
// behind.
class ExportJob final : public QObject {
    Q_OBJECT

public:
    enum class State { Idle, Fetching, Writing, Done, Cancelled, Failed };
    Q_ENUM(State)

    explicit ExportJob(QObject *parent = nullptr);
    // Cancels and waits for the worker: it writes nothing after this.
    ~ExportJob() override;

    // `location` is the index's (CustomerIndex::open accepts it); `query` what to write.
    void startFromIndex(const IndexLocation &location, const IndexQuery &query, ProgramKind kind,
                        const QString &filePath, CustomerExport::Format format);
    // Every customer `filter` selects, through the API.
    void startFromApi(CustomerService *customers, ProgramKind kind, const CustomerQuery &filter,
                      const QString &filePath, CustomerExport::Format format);
    void cancel();

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Fetching || m_state == State::Writing; }
    int written() const;
    // What is being exported, once known (-1 before).
    int total() const;
    // "Fetching: 12 of 40 pages…", "Writing 3,000 of 10,000 customers…".
    QString progressText() const;
    // After finished(): "Exported 10,000 customers to …", or why not.
    QString resultText() const { return m_result; }

signals:
    void progress();
    void finished(ExportJob::State state);

private:
    struct Shared;
    void write(const IndexLocation &location, const IndexQuery &query);
    void write(QList<CustomerRecord> records);
    // Runs `work` on the worker thread into the save file: it returns whether it wrote
    // everything, with a sentence when not.
    using Work = std::function<bool(QIODevice *file, Shared &shared, QString *error)>;
    void startWriting(Work work);
    void finish(State state, const QString &sentence);

    std::shared_ptr<Shared> m_shared;
    State m_state = State::Idle;
    ProgramKind m_kind = ProgramKind::Unknown;
    QString m_filePath;
    CustomerExport::Format m_format = CustomerExport::Format::Csv;
    QString m_result;
    QThread *m_thread = nullptr;
    IndexSync *m_sync = nullptr; // the API path: fetches the customers into memory
};

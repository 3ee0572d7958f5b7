// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/index/customerindex.h"

#include "models/customerrecord.h"
#include "models/programkind.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class CustomerIndex;
class FoldedSearch;

// The writing side of a sync, on a thread of its own with a connection of its own (Qt SQL
// allows a connection only on the thread that opened it). Storing a page (its rows and every
// kept order) and completing a pass take milliseconds to seconds: on the GUI thread they stalled
// the event loop and held the next requests back, so that a parallel sync took nearly as long as a
// sequential one. With write-ahead logging the screens keep reading the complete pass meanwhile;
// their own changes wait for the writer's lock through the busy timeout.
//
// Every member but the constructor runs on the writer's thread.
class IndexWriter final : public QObject {
    Q_OBJECT

public:
    explicit IndexWriter(const IndexLocation &location);
    ~IndexWriter() override;

    // Begins or continues a pass (CustomerIndex::beginPass): its number, 0 on failure, and
    // what it holds so far into `running`.
    qint64 beginPass(ProgramKind kind, int pageSize, IndexPass *running);
    // Stores every page waiting, in one transaction, then records `lastPage` when known (the
    // sync's latest word on it, so it is written after the pages). False with errorString()
    // (empty when the index gave no sentence) when it failed.
    bool storePages(qint64 pass, const QList<CustomerIndex::PageToStore> &pages, int lastPage);
    // Completes the pass and loads its search for the screens' index to adopt; `count` gets
    // the customers of the pass (a shared index's screens have no connection to ask).
    bool completePass(qint64 pass, std::shared_ptr<FoldedSearch> *search, int *count);
    QString errorString() const;

private:
    bool open();

    IndexLocation m_location;
    std::unique_ptr<CustomerIndex> m_index;
};

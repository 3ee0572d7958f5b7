// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/index/customerindex.h"
#include "app/index/indexlocation.h"
#include "models/customer.h"
#include "models/customerrecord.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

// What a shared index holds as a whole: whether a pass completed, when, and how many
// customers it has.
struct SharedIndexState {
    bool ready = false;
    QDateTime completedAt;
    int count = 0;

    friend bool operator==(const SharedIndexState &a, const SharedIndexState &b) {
        return a.ready == b.ready && a.completedAt == b.completedAt && a.count == b.count;
    }
    friend bool operator!=(const SharedIndexState &a, const SharedIndexState &b) {
        return !(a == b);
    }
};

// Reads (and writes the console's changes into) a team's shared index on a thread of its own,
// with a connection of its own opened at the GUI index's location(): Qt SQL uses a connection
// only in the thread that made it, and a statement to a remote server takes a round trip or
// more, which the window must not wait for.
//
// Every request returns a ticket at once; its answer comes later, on the thread that owns this
// object, as a signal carrying the same ticket. A caller keeps the ticket it still wants and
// ignores any other: an answer to a query the person has since replaced is never shown.
// Requests run one at a time, in the order given, except that requests no longer wanted are
// dropped before they start: a find replaces a find still waiting (only the newest runs),
// a state read replaces one still waiting, and drop() removes a lane's waiting requests
// (a table's new query, order or reset). Writes are never dropped and keep their order.
//
// The connection is opened as the thread starts (again by the next request when it could not
// be, or when it no longer answers after a while without requests: a restarted server). The
// destructor never waits for a statement: it drops what waits, tells the thread to stop and
// leaves it, so the window closes at once even when the server does not answer. The thread
// ends, and closes its connection, when its statement returns (the server answers, or the
// connection's timeout gives up); no answer reaches anyone after the destructor. Before the
// application object is gone, up to two seconds are given to threads still ending.
class SharedIndexReader final : public QObject {
    Q_OBJECT

public:
    enum class Lane { Count, Blocks, Find, State, Write };

    explicit SharedIndexReader(const IndexLocation &location, QObject *parent = nullptr);
    ~SharedIndexReader() override;

    IndexLocation location() const { return m_location; }
    // Whether `location` names the same index as this reader's (same server, database, user
    // and program).
    bool readsFrom(const IndexLocation &location) const;

    // How many customers `query` selects (its countCap applies): counted().
    quint64 count(const IndexQuery &query);
    // The rows of `query` (its offset, limit or after-key): selected().
    quint64 select(const IndexQuery &query);
    // CustomerIndex::find: found(). Replaces a find that has not started.
    quint64 find(const QString &text, int limit);
    // The index's complete pass and count: stateRead(). Replaces a read that has not started.
    quint64 readState();
    // A change the console made (ProfileIndex::applyChange): the stored object of
    // `oldIdentifier` is kept with the changed columns, the customer moved when its
    // identifier changed: written().
    quint64 applyChange(const QString &oldIdentifier, const Customer &customer);
    // Stores the server's own object of a customer: written().
    quint64 store(const CustomerRecord &record);
    quint64 remove(const QString &identifier);

    // Requests of `lane` that have not started are dropped (their answers never come).
    void drop(Lane lane);
    // How many requests the thread has run (tests: a dropped one never runs).
    int requestsRun() const;
    // After how long without a request the connection is checked before the next one (and
    // opened again when the server dropped it, after a restart or a network cut): 10 s, so a
    // person typing pays no round trip for it. Tests set 0 (checked before every request).
    void setIdleCheckAfter(int milliseconds);

signals:
    void counted(quint64 ticket, int total);
    void selected(quint64 ticket, const QList<Customer> &rows);
    void found(quint64 ticket, const QString &text, const QList<Customer> &matches, int total);
    void stateRead(quint64 ticket, const SharedIndexState &state);
    void written(quint64 ticket, bool ok, const QString &error);
    // A read could not be made (the connection could not be opened): the sentence.
    void failed(quint64 ticket, const QString &error);

private:
    struct Shared;
    // Work done on the reader's thread: the index (null when it could not be opened, with the
    // sentence) and the request's ticket in, the answer to deliver on this object's thread out.
    using Answer = std::function<void(SharedIndexReader *)>;
    using Work = std::function<Answer(CustomerIndex *index, const QString &error, quint64 ticket)>;
    quint64 enqueue(Lane lane, Work work, bool replaceWaiting);

    IndexLocation m_location;
    std::shared_ptr<Shared> m_shared;
};

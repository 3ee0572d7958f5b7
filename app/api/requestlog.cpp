// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/api/requestlog.h"

#include <QMutex>
#include <QMutexLocker>

namespace {

struct Ring {
    QMutex mutex;
    QList<RequestLog::Entry> entries;
    qsizetype next = 0; // where the next entry goes once the ring is full
};

Ring &ring() {
    static Ring instance;
    return instance;
}

} // namespace

void RequestLog::record(const Entry &entry) {
    Ring &r = ring();
    const QMutexLocker lock(&r.mutex);
    if (r.entries.size() < Capacity) {
        r.entries.append(entry);
        return;
    }
    r.entries[r.next] = entry;
    r.next = (r.next + 1) % Capacity;
}

QList<RequestLog::Entry> RequestLog::entries() {
    Ring &r = ring();
    const QMutexLocker lock(&r.mutex);
    if (r.entries.size() < Capacity)
        return r.entries;
    return r.entries.mid(r.next) + r.entries.mid(0, r.next);
}

void RequestLog::clear() {
    Ring &r = ring();
    const QMutexLocker lock(&r.mutex);
    r.entries.clear();
    r.next = 0;
}

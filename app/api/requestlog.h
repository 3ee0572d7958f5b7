// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

// The last requests of this run, for Help > Save diagnostics: what someone helping needs to
// see (method, path, status, timing, what went wrong) and nothing of the customers. Fed by
// ApiCall each time an attempt ends; bounded, in memory only, shared by every client.
//
// The path has every value replaced ("/customers/{value}/balance"): ids, keys and emails are
// customer data. Never a query, a body, a header or words from the server.
class RequestLog final {
public:
    static constexpr int Capacity = 200;

    struct Entry {
        QDateTime finishedAt; // UTC
        QByteArray method;
        QString path; // scrubbed, see above
        int httpStatus = 0;
        QString errorKind; // ApiError::kindName, "none" when it went well
        // Our own sentence for the error, without the server's words or Qt's details (which
        // may quote an address with an id in it); empty when it went well.
        QString errorSentence;
        int attempt = 1;
        qint64 elapsedMs = 0;
    };

    static void record(const Entry &entry);
    // Oldest first.
    static QList<Entry> entries();
    static void clear();
};

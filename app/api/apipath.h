// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// A path below the base URL, built from literal parts (written by us, e.g. "customers:search")
// and values (keys, ids, emails typed by people), which are percent-encoded as one segment
// each: a key with a space, a slash, a `+` or non-Latin letters stays one segment.
class ApiPath final {
public:
    ApiPath() = default;
    // Literal text, kept as written; it may hold several segments ("balance/credit").
    static ApiPath literal(const QString &text);

    // Appends literal text as one or more segments ("customers", "customers:search").
    ApiPath &lit(const QString &text);
    // Appends a value as exactly one segment, percent-encoded.
    ApiPath &value(const QString &text);

    // "/customers/a%20b/balance/credit"
    QByteArray encoded() const;
    // "/customers/a b/balance/credit", for people and the journal.
    QString display() const;
    // "/customers/{value}/balance/credit": every value (an id, an email, a key typed by people)
    // replaced, for diagnostics that must hold no customer data.
    QString scrubbed() const;
    bool isEmpty() const { return m_parts.isEmpty(); }

private:
    struct Part {
        QString text;
        bool isValue = false;
    };
    QList<Part> m_parts;
};

// Query items in order. Names are ours ("partner.key"); values are encoded completely, `+`
// included (QUrlQuery would leave it, and a server reads a bare `+` as a space).
using ApiQuery = QList<QPair<QString, QString>>;
QByteArray encodeQuery(const ApiQuery &query);
// Percent-encodes everything but the unreserved characters of RFC 3986.
QByteArray percentEncode(const QString &text);

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/jsonmapping.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QVarLengthArray>

#include <optional>

// Internal to models/: typed access to server JSON. Every accessor is total: a missing or null
// member gives an empty value; what is plainly meant is coerced (a number or true/false where
// text is expected, "true"/"false"/"1"/"0" or 1/0 for a flag, "15" or "15.0" for a number); a
// member beyond that gives an empty value and records the first such problem (by its dotted
// path) in the JsonReader that owns the walk. Nothing here asserts, because everything here
// comes from the network.
namespace JsonMapping::Internal {

// Where a value sits in the document ("data[3].email"), spelled out only when a problem is
// recorded: a page that reads well builds no path text at all, which was a good part of the
// cost of mapping one. A copy shares the text it starts from and copies a few small steps.
class JsonPath final {
public:
    JsonPath() = default;
    // The readers' callers give a path as text; the conversion keeps them as they are.
    JsonPath(const QString &text)
        : m_base(text) {}
    // `parent`'s member `key`, referring to `parent` instead of copying it: for a path passed
    // on at once, as JsonObjectReader::at() gives it. A copy of it owns everything.
    JsonPath(const JsonPath &parent, QLatin1String key)
        : m_parent(&parent)
        , m_parentKey(key) {}
    JsonPath(const JsonPath &other);
    JsonPath(JsonPath &&other) noexcept;
    JsonPath &operator=(const JsonPath &other);
    JsonPath &operator=(JsonPath &&other) noexcept;
    ~JsonPath() = default;

    // A member (".email") and an item ("[3]") of the value at this path. `key` must outlive
    // the path: the readers use literals.
    JsonPath member(QLatin1String key) const;
    JsonPath item(qsizetype index) const;
    // As JsonReader::memberPath and JsonReader::itemPath would spell it, step by step.
    QString toString() const;

private:
    struct Step {
        QLatin1String key; // a member, when index < 0
        qsizetype index = -1;
    };
    // The same path, owning all it refers to.
    JsonPath owned() const;

    const JsonPath *m_parent = nullptr;
    QLatin1String m_parentKey;
    QString m_base;
    QVarLengthArray<Step, 4> m_steps;
};

class JsonReader final {
public:
    bool failed() const { return m_error.has_value(); }
    const std::optional<Error> &error() const { return m_error; }

    // Keeps only the first problem: it is the one nearest the cause.
    void fail(const JsonPath &path, const QString &sentence);
    void failMissing(const JsonPath &path);
    void failNotText(const JsonPath &path);
    void failNotNumber(const JsonPath &path);
    void failNotWholeNumber(const JsonPath &path);
    void failNotFlag(const JsonPath &path);
    void failNotObject(const JsonPath &path);
    void failNotList(const JsonPath &path);

    // Values (not members), for array items and for callers that look at the value first.
    // Text: strings, and numbers and booleans as they print (1984, 12.5, true).
    QString text(const QJsonValue &value, const JsonPath &path);
    // Identifiers arrive as strings, sometimes as numbers, sometimes as an object that
    // holds key/id/email: all become text.
    QString reference(const QJsonValue &value, const JsonPath &path);
    std::optional<qint64> integer(const QJsonValue &value, const JsonPath &path);
    // Amounts: JSON numbers or numeric strings ("120.50").
    std::optional<double> amount(const QJsonValue &value, const JsonPath &path);
    // true/false, 0/1 as PHP sometimes sends them, and the same as text.
    std::optional<bool> flag(const QJsonValue &value, const JsonPath &path);
    // A string that is not a recognisable timestamp gives an invalid QDateTime, not an error:
    // the published examples themselves use placeholders such as "…".
    QDateTime timestamp(const QJsonValue &value, const JsonPath &path);
    // Laravel sends an empty PHP array as [] where an object is meant: [] is an empty object.
    std::optional<QJsonObject> object(const QJsonValue &value, const JsonPath &path);
    std::optional<QJsonArray> array(const QJsonValue &value, const JsonPath &path);

    static QString memberPath(const QString &parent, QLatin1String key);
    static QString memberPath(const QString &parent, const QString &key);
    static QString itemPath(const QString &parent, qsizetype index);
    static QDateTime parseTimestamp(const QString &text);
    // The shape servers send almost always ("2025-05-02T16:12:39.000000Z", with a space for
    // the T, no fraction or 3 and more digits, Z or no offset), read without a regular
    // expression or QDateTime's general parser; nullopt for anything else, which
    // parseTimestamp() then reads the general way. Same result either way.
    static std::optional<QDateTime> parseCommonTimestamp(QStringView text);

private:
    // The first problem at `path`: `sentence` is a JsonMapping source text with %1 for the path.
    void failField(const JsonPath &path, const char *sentence);

    std::optional<Error> m_error;
};

// A view of one JSON object at a known path, reading members through a JsonReader.
class JsonObjectReader final {
public:
    JsonObjectReader(JsonReader &reader, QJsonObject object, JsonPath path);

    JsonReader &reader() const { return *m_reader; }
    const QJsonObject &json() const { return m_object; }
    QString path() const { return m_path.toString(); }
    // A member's path as text; at() when it is only passed on to a JsonReader.
    QString pathOf(QLatin1String key) const { return m_path.member(key).toString(); }
    // Refers to this reader's path: pass it on at once, do not keep it beyond this reader.
    JsonPath at(QLatin1String key) const { return JsonPath(m_path, key); }

    bool contains(QLatin1String key) const { return m_object.contains(key); }
    // Present and not null.
    bool has(QLatin1String key) const;
    QJsonValue value(QLatin1String key) const { return m_object.value(key); }

    QString text(QLatin1String key);
    QString reference(QLatin1String key);
    std::optional<qint64> integer(QLatin1String key);
    std::optional<double> amount(QLatin1String key);
    std::optional<bool> flag(QLatin1String key);
    QDateTime timestamp(QLatin1String key);
    std::optional<JsonObjectReader> object(QLatin1String key);
    std::optional<QJsonArray> array(QLatin1String key);

private:
    JsonReader *m_reader;
    QJsonObject m_object;
    JsonPath m_path;
};

// Shared by the jsonmapping*.cpp files.

// The envelope's `data` member; records an error and returns nullopt when the document is not
// an object or has no `data`. A null `data` is returned as a null value for the caller to judge.
std::optional<QJsonValue> envelopeData(JsonReader &reader, const QJsonDocument &doc);

// Pagination from `meta` + `links` (Laravel API resources) or from the flat fields of a plain
// Laravel paginator (`current_page`, `next_page_url`, ...); without either, one page that
// holds all `itemCount` items.
PageInfo readPageInfo(JsonObjectReader &container, qsizetype itemCount);

// The list of a page: `data[]`, or `data.data[]` from a paginator serialised as it is.
// `pageContainer` is set to the object that carries the pagination, `containerPath` to its path.
std::optional<QJsonArray> pageItems(JsonReader &reader, const QJsonDocument &doc,
                                    QJsonObject &pageContainer, QString &containerPath,
                                    QString &itemsPath);

// `out` must be a default Customer: it is filled in place (every caller's is fresh).
void readCustomerInto(JsonObjectReader &json, Customer &out);

ProgramKind kindFromText(const QString &text);

} // namespace JsonMapping::Internal

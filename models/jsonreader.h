#pragma once

#include "models/jsonmapping.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

// Internal to models/: typed access to server JSON. Every accessor is total: a missing or null
// member gives an empty value; what is plainly meant is coerced (a number or true/false where
// text is expected, "true"/"false"/"1"/"0" or 1/0 for a flag, "15" or "15.0" for a number); a
// member beyond that gives an empty value and records the first such problem (by its dotted
// path) in the JsonReader that owns the walk. Nothing here asserts, because everything here
// comes from the network.
namespace JsonMapping::Internal {

class JsonReader final {
public:
    bool failed() const { return m_error.has_value(); }
    const std::optional<Error> &error() const { return m_error; }

    // Keeps only the first problem: it is the one nearest the cause.
    void fail(const QString &path, const QString &sentence);
    void failMissing(const QString &path);
    void failNotText(const QString &path);
    void failNotNumber(const QString &path);
    void failNotWholeNumber(const QString &path);
    void failNotFlag(const QString &path);
    void failNotObject(const QString &path);
    void failNotList(const QString &path);

    // Values (not members), for array items and for callers that look at the value first.
    // Text: strings, and numbers and booleans as they print (1984, 12.5, true).
    QString text(const QJsonValue &value, const QString &path);
    // Identifiers arrive as strings, sometimes as numbers, sometimes as an object that
    // holds key/id/email: all become text.
    QString reference(const QJsonValue &value, const QString &path);
    std::optional<qint64> integer(const QJsonValue &value, const QString &path);
    // Amounts: JSON numbers or numeric strings ("120.50").
    std::optional<double> amount(const QJsonValue &value, const QString &path);
    // true/false, 0/1 as PHP sometimes sends them, and the same as text.
    std::optional<bool> flag(const QJsonValue &value, const QString &path);
    // A string that is not a recognisable timestamp gives an invalid QDateTime, not an error:
    // the published examples themselves use placeholders such as "…".
    QDateTime timestamp(const QJsonValue &value, const QString &path);
    // Laravel sends an empty PHP array as [] where an object is meant: [] is an empty object.
    std::optional<QJsonObject> object(const QJsonValue &value, const QString &path);
    std::optional<QJsonArray> array(const QJsonValue &value, const QString &path);

    static QString memberPath(const QString &parent, QLatin1String key);
    static QString memberPath(const QString &parent, const QString &key);
    static QString itemPath(const QString &parent, qsizetype index);
    static QDateTime parseTimestamp(const QString &text);

private:
    std::optional<Error> m_error;
};

// A view of one JSON object at a known path, reading members through a JsonReader.
class JsonObjectReader final {
public:
    JsonObjectReader(JsonReader &reader, QJsonObject object, QString path);

    JsonReader &reader() const { return *m_reader; }
    const QJsonObject &json() const { return m_object; }
    const QString &path() const { return m_path; }
    QString pathOf(QLatin1String key) const { return JsonReader::memberPath(m_path, key); }

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
    QString m_path;
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

void readCustomerInto(JsonObjectReader &json, Customer &out);

ProgramKind kindFromText(const QString &text);

} // namespace JsonMapping::Internal

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sandbox/core/apimessage.h"
#include "app/sandbox/core/jsonwriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <functional>
#include <optional>

// The sandbox writes and reads its JSON with its own code (never the console's models/), so a
// mapping mistake on one side is caught by the other instead of being mirrored.
namespace sandbox {

// "2025-05-02T16:12:39.000000Z" from seconds since the epoch (UTC).
QString formatTimestamp(qint64 secondsSinceEpoch);
QByteArray timestampBytes(qint64 secondsSinceEpoch);
qint64 nowSeconds();

ApiResponse jsonResponse(int status, const QJsonObject &object);
// {"data": data, "status": 1}
ApiResponse dataResponse(const QJsonValue &data, int status = 200);
// {"data": <already serialised JSON>, "status": 1}
ApiResponse rawDataResponse(const QByteArray &data, int status = 200);
// {"status": 1}
ApiResponse okResponse();
// {"message": message}
ApiResponse messageResponse(int status, const QString &message);
ApiResponse customerNotFound();
ApiResponse routeNotFound();
ApiResponse malformedBody();
ApiResponse unauthenticated();
ApiResponse methodNotAllowed(const QByteArray &method, const QList<QByteArray> &allowed);

// Laravel-style validation errors: 422 {"message": first + " (and N more errors)",
// "errors": {"field": ["..."]}}.
class Validation final {
public:
    void add(const QString &field, const QString &message);
    bool hasErrors() const { return !m_errors.isEmpty(); }
    bool hasError(const QString &field) const;
    ApiResponse response() const;

private:
    QList<QPair<QString, QString>> m_errors;
};

// Parses a request body that must be a JSON object; an empty body is an empty object.
// False (and a 400 in *error) when the body is not a JSON object.
bool parseJsonBody(const QByteArray &body, QJsonObject *object, ApiResponse *error);

// Reads an optional string (or null) field, trimmed; an empty string becomes null (like
// Laravel's middleware). Absent: *present = false. Wrong type: a validation error.
// `label` is the field name used in messages and in "errors".
bool readOptionalString(const QJsonObject &object, const QString &field, const QString &label,
                        Validation &validation, QString *value, bool *present);

bool isValidEmail(const QString &email);
// A validation error on `label` unless `email` is null or looks like an address.
void checkEmail(const QString &email, const QString &label, Validation &validation);

// The `update` object of PUT /customers/{id}: required, an object. False and a 422 otherwise.
bool readUpdateObject(const QJsonObject &body, QJsonObject *update, ApiResponse *error);

// The fields of `update` both programs accept; each is set only when present in the request.
struct CustomerUpdateFields {
    std::optional<QString> email;
    std::optional<QString> name;
    std::optional<QString> surname;
    std::optional<QString> key;
};
// Reads and checks them; `keyTakenByOther` says whether a new key already belongs to another
// customer.
CustomerUpdateFields
readCustomerUpdateFields(const QJsonObject &update, Validation &validation,
                         const std::function<bool(const QString &)> &keyTakenByOther);
bool isValidDate(const QString &date);
QString attributeName(const QString &label); // "amount_units" -> "amount units"

struct PageParams {
    int limit = 15;
    int page = 1;
};

// limit 1-250 (default 15), page >= 1 (default 1). False (and a 422) otherwise.
bool parsePageParams(const ApiRequest &request, PageParams *params, ApiResponse *error);

// Writes links, meta and status, and closes the page object.
void finishPage(JsonWriter &writer, const ApiRequest &request, const PageParams &params,
                qint64 rows, bool hasMore);

// A Laravel simplePaginate page: data, links{first,last:null,prev,next}, meta without total.
// `count` is the number of items that exist; only the page's rows are written, by
// writeRow(JsonWriter &, qsizetype index).
template <typename RowWriter>
ApiResponse pageResponse(const ApiRequest &request, const PageParams &params, qsizetype count,
                         RowWriter writeRow) {
    const qint64 offset = qint64(params.page - 1) * params.limit;
    JsonWriter writer;
    writer.beginObject();
    writer.key("data");
    writer.beginArray();
    qint64 rows = 0;
    if (offset < count) {
        const qint64 end = qMin<qint64>(count, offset + params.limit);
        for (qint64 i = offset; i < end; ++i)
            writeRow(writer, qsizetype(i));
        rows = end - offset;
    }
    writer.endArray();
    finishPage(writer, request, params, rows, offset + params.limit < count);
    ApiResponse response;
    response.body = writer.take();
    return response;
}

} // namespace sandbox

namespace sandbox {
// A null QString is JSON null; anything else a string.
inline QJsonValue nullableString(const QString &value) {
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

// True when request.method is one of `allowed`; otherwise *error is a 405.
bool methodAllowed(const ApiRequest &request, const QList<QByteArray> &allowed, ApiResponse *error);
} // namespace sandbox

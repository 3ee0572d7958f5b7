// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/core/jsonutil.h"

#include <QDate>
#include <QDateTime>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace sandbox {

QString ApiRequest::queryValue(const QString &name) const {
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

namespace {
void appendDigits(char *out, int value, int width) {
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
}
} // namespace

QString formatTimestamp(qint64 secondsSinceEpoch) {
    return QString::fromLatin1(timestampBytes(secondsSinceEpoch));
}

QByteArray timestampBytes(qint64 secondsSinceEpoch) {
    // Civil date from days (H. Hinnant's algorithm): pages of 250 rows format 500 of these,
    // so this avoids QDateTime's time-zone machinery.
    qint64 days = secondsSinceEpoch / 86400;
    qint64 rest = secondsSinceEpoch % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    qint64 year = yoe + era * 400;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    if (month <= 2)
        ++year;
    char buffer[28];
    appendDigits(buffer, int(year), 4);
    buffer[4] = '-';
    appendDigits(buffer + 5, month, 2);
    buffer[7] = '-';
    appendDigits(buffer + 8, day, 2);
    buffer[10] = 'T';
    appendDigits(buffer + 11, int(rest / 3600), 2);
    buffer[13] = ':';
    appendDigits(buffer + 14, int(rest / 60 % 60), 2);
    buffer[16] = ':';
    appendDigits(buffer + 17, int(rest % 60), 2);
    memcpy(buffer + 19, ".000000Z", 8);
    return QByteArray(buffer, 27);
}

qint64 nowSeconds() {
    return QDateTime::currentSecsSinceEpoch();
}

ApiResponse jsonResponse(int status, const QJsonObject &object) {
    ApiResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

ApiResponse dataResponse(const QJsonValue &data, int status) {
    return jsonResponse(status, QJsonObject{{u"data"_s, data}, {u"status"_s, 1}});
}

ApiResponse rawDataResponse(const QByteArray &data, int status) {
    ApiResponse response;
    response.status = status;
    response.body.reserve(data.size() + 24);
    response.body += "{\"data\":";
    response.body += data;
    response.body += ",\"status\":1}";
    return response;
}

ApiResponse okResponse() {
    return jsonResponse(200, QJsonObject{{u"status"_s, 1}});
}

ApiResponse messageResponse(int status, const QString &message) {
    return jsonResponse(status, QJsonObject{{u"message"_s, message}});
}

ApiResponse customerNotFound() {
    return messageResponse(404, u"Customer not found."_s);
}

ApiResponse routeNotFound() {
    return messageResponse(404, u"Not found."_s);
}

ApiResponse malformedBody() {
    return messageResponse(400, u"Malformed JSON body."_s);
}

ApiResponse unauthenticated() {
    return messageResponse(401, u"Unauthenticated."_s);
}

ApiResponse methodNotAllowed(const QByteArray &method, const QList<QByteArray> &allowed) {
    const QByteArray allow = allowed.join(", ");
    ApiResponse response = messageResponse(
        405, u"The %1 method is not supported for this route. Supported methods: %2."_s.arg(
                 QString::fromLatin1(method), QString::fromLatin1(allow)));
    response.headers.append({"Allow"_ba, allow});
    return response;
}

void Validation::add(const QString &field, const QString &message) {
    m_errors.append({field, message});
}

bool Validation::hasError(const QString &field) const {
    for (const auto &error : m_errors) {
        if (error.first == field)
            return true;
    }
    return false;
}

ApiResponse Validation::response() const {
    QJsonObject errors;
    for (const auto &error : m_errors) {
        QJsonArray messages = errors.value(error.first).toArray();
        messages.append(error.second);
        errors.insert(error.first, messages);
    }
    QString message =
        m_errors.isEmpty() ? u"The given data was invalid."_s : m_errors.first().second;
    const qsizetype more = m_errors.size() - 1;
    if (more == 1)
        message += u" (and 1 more error)"_s;
    else if (more > 1)
        message += u" (and %1 more errors)"_s.arg(more);
    return jsonResponse(422, QJsonObject{{u"message"_s, message}, {u"errors"_s, errors}});
}

bool parseJsonBody(const QByteArray &body, QJsonObject *object, ApiResponse *error) {
    if (body.trimmed().isEmpty()) {
        *object = QJsonObject();
        return true;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = malformedBody();
        return false;
    }
    *object = document.object();
    return true;
}

QString attributeName(const QString &label) {
    QString name = label;
    name.replace(u'_', u' ');
    return name;
}

bool readOptionalString(const QJsonObject &object, const QString &field, const QString &label,
                        Validation &validation, QString *value, bool *present) {
    const auto it = object.constFind(field);
    *present = it != object.constEnd();
    *value = QString();
    if (!*present || it->isNull())
        return true;
    if (!it->isString()) {
        validation.add(label, u"The %1 must be a string."_s.arg(attributeName(label)));
        return false;
    }
    // Like Laravel's TrimStrings and ConvertEmptyStringsToNull middleware.
    *value = it->toString().trimmed();
    if (value->isEmpty())
        *value = QString();
    if (value->size() > 255) {
        validation.add(
            label, u"The %1 must not be greater than 255 characters."_s.arg(attributeName(label)));
        return false;
    }
    return true;
}

void checkEmail(const QString &email, const QString &label, Validation &validation) {
    if (!email.isNull() && !isValidEmail(email))
        validation.add(label, u"The %1 must be a valid email address."_s.arg(attributeName(label)));
}

bool readUpdateObject(const QJsonObject &body, QJsonObject *update, ApiResponse *error) {
    Validation validation;
    const QJsonValue value = body.value(u"update"_s);
    if (value.isUndefined() || value.isNull())
        validation.add(u"update"_s, u"The update field is required."_s);
    else if (!value.isObject())
        validation.add(u"update"_s, u"The update must be an array."_s);
    if (validation.hasErrors()) {
        *error = validation.response();
        return false;
    }
    *update = value.toObject();
    return true;
}

CustomerUpdateFields
readCustomerUpdateFields(const QJsonObject &update, Validation &validation,
                         const std::function<bool(const QString &)> &keyTakenByOther) {
    CustomerUpdateFields fields;
    const auto read = [&](const QString &field, std::optional<QString> *target) {
        QString value;
        bool present = false;
        const bool ok =
            readOptionalString(update, field, u"update."_s + field, validation, &value, &present);
        if (ok && present)
            *target = value;
        return ok && present;
    };
    if (read(u"email"_s, &fields.email))
        checkEmail(*fields.email, u"update.email"_s, validation);
    read(u"name"_s, &fields.name);
    read(u"surname"_s, &fields.surname);
    if (read(u"key"_s, &fields.key)) {
        // Empty strings arrive as null (see readOptionalString).
        if (fields.key->isNull())
            validation.add(u"update.key"_s, u"The update.key field must not be empty."_s);
        else if (keyTakenByOther(*fields.key))
            validation.add(u"update.key"_s, u"The update.key has already been taken."_s);
    }
    return fields;
}

bool isValidEmail(const QString &email) {
    const qsizetype at = email.indexOf(u'@');
    if (at <= 0 || at != email.lastIndexOf(u'@') || at == email.size() - 1)
        return false;
    for (const QChar c : email) {
        if (c.isSpace() || c == u',' || c == u';' || c == u'<' || c == u'>')
            return false;
    }
    const QString domain = email.mid(at + 1);
    return !domain.startsWith(u'.') && !domain.endsWith(u'.') && !domain.contains(".."_L1);
}

bool isValidDate(const QString &date) {
    return date.size() == 10 && QDate::fromString(date, Qt::ISODate).isValid();
}

namespace {
bool parseIntParam(const ApiRequest &request, const QString &name, int *value, bool *present) {
    *present = request.hasQuery(name);
    if (!*present)
        return true;
    bool ok = false;
    const qlonglong parsed = request.queryValue(name).trimmed().toLongLong(&ok);
    if (!ok)
        return false;
    *value = int(qBound<qlonglong>(-1, parsed, qlonglong(std::numeric_limits<int>::max())));
    return true;
}
} // namespace

bool parsePageParams(const ApiRequest &request, PageParams *params, ApiResponse *error) {
    Validation validation;
    int limit = 15;
    int page = 1;
    bool present = false;
    if (!parseIntParam(request, u"limit"_s, &limit, &present))
        validation.add(u"limit"_s, u"The limit must be an integer."_s);
    else if (present && (limit < 1 || limit > 250))
        validation.add(u"limit"_s, u"The limit must be between 1 and 250."_s);
    if (!parseIntParam(request, u"page"_s, &page, &present))
        validation.add(u"page"_s, u"The page must be an integer."_s);
    else if (present && page < 1)
        validation.add(u"page"_s, u"The page must be at least 1."_s);
    if (validation.hasErrors()) {
        *error = validation.response();
        return false;
    }
    params->limit = limit;
    params->page = page;
    return true;
}

void finishPage(JsonWriter &writer, const ApiRequest &request, const PageParams &params,
                qint64 rows, bool hasMore) {
    const QString path = request.origin + request.encodedPath;
    // Links keep the other query items (limit, filters), like Laravel's withQueryString(),
    // so a client that follows links.next stays on the same filtered list.
    QList<QPair<QString, QString>> items;
    const auto all = request.query.queryItems(QUrl::FullyEncoded);
    for (const auto &item : all) {
        if (item.first != "page"_L1)
            items.append(item);
    }
    const auto link = [&](int page) {
        QUrlQuery query;
        query.setQueryItems(items);
        query.addQueryItem(u"page"_s, QString::number(page));
        writer.string(path + u'?' + query.toString(QUrl::FullyEncoded));
    };
    const qint64 offset = qint64(params.page - 1) * params.limit;
    writer.key("links");
    writer.beginObject();
    writer.key("first");
    link(1);
    writer.key("last");
    writer.null();
    writer.key("prev");
    if (params.page > 1)
        link(params.page - 1);
    else
        writer.null();
    writer.key("next");
    if (hasMore)
        link(params.page + 1);
    else
        writer.null();
    writer.endObject();
    writer.key("meta");
    writer.beginObject();
    writer.key("current_page");
    writer.number(qint64(params.page));
    writer.key("from");
    if (rows > 0)
        writer.number(offset + 1);
    else
        writer.null();
    writer.key("path");
    writer.string(path);
    writer.key("per_page");
    writer.number(qint64(params.limit));
    writer.key("to");
    if (rows > 0)
        writer.number(offset + rows);
    else
        writer.null();
    writer.endObject();
    writer.key("status");
    writer.number(qint64(1));
    writer.endObject();
}

} // namespace sandbox

namespace sandbox {
bool methodAllowed(const ApiRequest &request, const QList<QByteArray> &allowed,
                   ApiResponse *error) {
    if (allowed.contains(request.method))
        return true;
    *error = methodNotAllowed(request.method, allowed);
    return false;
}
} // namespace sandbox

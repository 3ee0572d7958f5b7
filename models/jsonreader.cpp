// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/jsonreader.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace JsonMapping::Internal {

namespace {

// 2^53: beyond this a double no longer holds every whole number.
constexpr double maxExactInteger = 9007199254740992.0;

// The proleptic Gregorian calendar, as QDate counts.
int daysInMonth(int year, int month) {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    return month == 2 && leap ? 29 : days[month - 1];
}

// Days from 1970-01-01 to a date of year 1 or later (the civil-from-days algorithm, reversed).
qint64 daysSinceEpoch(int year, int month, int day) {
    const qint64 y = year - (month <= 2 ? 1 : 0);
    const qint64 era = y / 400;
    const qint64 yearOfEra = y - era * 400;
    const qint64 dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

} // namespace

JsonPath::JsonPath(const JsonPath &other)
    : m_base(other.m_base)
    , m_steps(other.m_steps) {
    if (other.m_parent)
        *this = other.owned();
}

JsonPath::JsonPath(JsonPath &&other) noexcept
    : m_base(std::move(other.m_base))
    , m_steps(std::move(other.m_steps)) {
    if (other.m_parent)
        *this = other.owned();
}

JsonPath &JsonPath::operator=(const JsonPath &other) {
    if (this == &other)
        return *this;
    if (other.m_parent)
        return *this = other.owned();
    m_parent = nullptr;
    m_parentKey = QLatin1String();
    m_base = other.m_base;
    m_steps = other.m_steps;
    return *this;
}

JsonPath &JsonPath::operator=(JsonPath &&other) noexcept {
    if (this == &other)
        return *this;
    if (other.m_parent)
        return *this = other.owned();
    m_parent = nullptr;
    m_parentKey = QLatin1String();
    m_base = std::move(other.m_base);
    m_steps = std::move(other.m_steps);
    return *this;
}

JsonPath JsonPath::owned() const {
    if (!m_parent)
        return *this;
    JsonPath path = m_parent->owned();
    path.m_steps.append(Step{m_parentKey, -1});
    return path;
}

JsonPath JsonPath::member(QLatin1String key) const {
    JsonPath path = owned();
    path.m_steps.append(Step{key, -1});
    return path;
}

JsonPath JsonPath::item(qsizetype index) const {
    JsonPath path = owned();
    path.m_steps.append(Step{QLatin1String(), index});
    return path;
}

QString JsonPath::toString() const {
    if (m_parent)
        return JsonReader::memberPath(m_parent->toString(), m_parentKey);
    QString text = m_base;
    for (const Step &step : m_steps) {
        if (step.index >= 0)
            text = JsonReader::itemPath(text, step.index);
        else
            text = JsonReader::memberPath(text, step.key);
    }
    return text;
}

void JsonReader::fail(const JsonPath &path, const QString &sentence) {
    if (!m_error)
        m_error = Error{path.toString(), sentence};
}

void JsonReader::failField(const JsonPath &path, const char *sentence) {
    if (m_error)
        return; // only the first problem is kept, so its path is only built for that one
    const QString text = path.toString();
    fail(text, QCoreApplication::translate("JsonMapping", sentence).arg(text));
}

void JsonReader::failMissing(const JsonPath &path) {
    failField(path, QT_TRANSLATE_NOOP("JsonMapping", "The response has no field %1."));
}

void JsonReader::failNotText(const JsonPath &path) {
    failField(path, QT_TRANSLATE_NOOP("JsonMapping", "The field %1 is not text."));
}

void JsonReader::failNotNumber(const JsonPath &path) {
    failField(path, QT_TRANSLATE_NOOP("JsonMapping", "The field %1 is not a number."));
}

void JsonReader::failNotWholeNumber(const JsonPath &path) {
    failField(path, QT_TRANSLATE_NOOP("JsonMapping", "The field %1 is not a whole number."));
}

void JsonReader::failNotFlag(const JsonPath &path) {
    failField(path, QT_TRANSLATE_NOOP("JsonMapping", "The field %1 is not true or false."));
}

void JsonReader::failNotObject(const JsonPath &path) {
    failField(path, QT_TRANSLATE_NOOP("JsonMapping", "The field %1 is not an object."));
}

void JsonReader::failNotList(const JsonPath &path) {
    failField(path, QT_TRANSLATE_NOOP("JsonMapping", "The field %1 is not a list."));
}

QString JsonReader::text(const QJsonValue &value, const JsonPath &path) {
    if (value.isString())
        return value.toString();
    // A name given as 1984 or a flag as true is plainly meant as that text.
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::trunc(number) == number && std::fabs(number) <= maxExactInteger)
            return QString::number(static_cast<qint64>(number));
        return QString::number(number, 'g', QLocale::FloatingPointShortest);
    }
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (!value.isNull() && !value.isUndefined())
        failNotText(path);
    return {};
}

QString JsonReader::reference(const QJsonValue &value, const JsonPath &path) {
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::isfinite(number) && std::trunc(number) == number &&
            std::fabs(number) <= maxExactInteger) {
            return QString::number(static_cast<qint64>(number));
        }
        failNotText(path);
        return {};
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const QLatin1String key : {"key"_L1, "id"_L1, "email"_L1}) {
            const QString found = reference(object.value(key), path.member(key));
            if (!found.isEmpty())
                return found;
        }
        return {};
    }
    if (!value.isNull() && !value.isUndefined())
        failNotText(path);
    return {};
}

std::optional<qint64> JsonReader::integer(const QJsonValue &value, const JsonPath &path) {
    double number = 0;
    if (value.isDouble()) {
        number = value.toDouble();
    } else if (value.isString()) {
        // Laravel passes query parameters through, so per_page may come back as "15".
        const QString trimmed = value.toString().trimmed();
        if (trimmed.isEmpty())
            return std::nullopt;
        bool ok = false;
        const qint64 parsed = trimmed.toLongLong(&ok);
        if (ok)
            return parsed;
        // "12.0" is still twelve; the checks below refuse "12.5".
        number = trimmed.toDouble(&ok);
        if (!ok) {
            failNotWholeNumber(path);
            return std::nullopt;
        }
    } else {
        if (!value.isNull() && !value.isUndefined())
            failNotWholeNumber(path);
        return std::nullopt;
    }
    if (!std::isfinite(number) || std::trunc(number) != number ||
        std::fabs(number) > maxExactInteger) {
        failNotWholeNumber(path);
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

std::optional<double> JsonReader::amount(const QJsonValue &value, const JsonPath &path) {
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        const QString trimmed = value.toString().trimmed();
        if (trimmed.isEmpty())
            return std::nullopt;
        bool ok = false;
        // QString::toDouble reads the C locale, which is what a JSON API writes.
        const double parsed = trimmed.toDouble(&ok);
        if (ok && std::isfinite(parsed))
            return parsed;
        failNotNumber(path);
        return std::nullopt;
    }
    if (!value.isNull() && !value.isUndefined())
        failNotNumber(path);
    return std::nullopt;
}

std::optional<bool> JsonReader::flag(const QJsonValue &value, const JsonPath &path) {
    if (value.isBool())
        return value.toBool();
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number == 0 || number == 1)
            return number == 1;
    }
    if (value.isString()) {
        // Form-encoded or loosely typed servers send flags as text.
        const QString word = value.toString().trimmed().toLower();
        if (word == "true"_L1 || word == "1"_L1)
            return true;
        if (word == "false"_L1 || word == "0"_L1)
            return false;
        if (word.isEmpty())
            return std::nullopt;
    }
    if (!value.isNull() && !value.isUndefined())
        failNotFlag(path);
    return std::nullopt;
}

QDateTime JsonReader::timestamp(const QJsonValue &value, const JsonPath &path) {
    if (value.isString())
        return parseTimestamp(value.toString());
    if (value.isDouble()) {
        // Unix seconds, as the API accepts them when creating transactions.
        const double seconds = value.toDouble();
        if (std::isfinite(seconds) && std::fabs(seconds) < 1e12)
            return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(seconds), Qt::UTC);
    }
    if (!value.isNull() && !value.isUndefined() && !m_error) {
        const QString text = path.toString();
        fail(text,
             QCoreApplication::translate("JsonMapping", "The field %1 is not a date and time.")
                 .arg(text));
    }
    return {};
}

std::optional<QJsonObject> JsonReader::object(const QJsonValue &value, const JsonPath &path) {
    if (value.isObject())
        return value.toObject();
    if (value.isArray() && value.toArray().isEmpty())
        return QJsonObject();
    if (!value.isNull() && !value.isUndefined())
        failNotObject(path);
    return std::nullopt;
}

std::optional<QJsonArray> JsonReader::array(const QJsonValue &value, const JsonPath &path) {
    if (value.isArray())
        return value.toArray();
    if (!value.isNull() && !value.isUndefined())
        failNotList(path);
    return std::nullopt;
}

QString JsonReader::memberPath(const QString &parent, QLatin1String key) {
    if (parent.isEmpty())
        return QString(key);
    return parent % u'.' % key;
}

QString JsonReader::memberPath(const QString &parent, const QString &key) {
    if (parent.isEmpty())
        return key;
    return parent % u'.' % key;
}

QString JsonReader::itemPath(const QString &parent, qsizetype index) {
    return parent % u'[' % QString::number(index) % u']';
}

std::optional<QDateTime> JsonReader::parseCommonTimestamp(QStringView text) {
    // YYYY-MM-DDTHH:MM:SS, position by position; then the fraction and the zone.
    if (text.size() < 19)
        return std::nullopt;
    const auto digits = [text](qsizetype from, qsizetype count) -> int {
        int value = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const char16_t c = text[i].unicode();
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    if (text[4] != u'-' || text[7] != u'-' || (text[10] != u'T' && text[10] != u' ') ||
        text[13] != u':' || text[16] != u':')
        return std::nullopt;
    const int year = digits(0, 4);
    const int month = digits(5, 2);
    const int day = digits(8, 2);
    const int hour = digits(11, 2);
    const int minute = digits(14, 2);
    const int second = digits(17, 2);
    // Year 0, hour 24 and second 60 are left to the general reading.
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) ||
        hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
        return std::nullopt;
    qsizetype at = 19;
    int millisecond = 0;
    if (at < text.size() && text[at] == u'.') {
        qsizetype end = at + 1;
        while (end < text.size() && text[end] >= u'0' && text[end] <= u'9')
            ++end;
        // Fewer than 3 digits mean tenths or hundredths: the general reading knows them.
        if (end - at - 1 < 3)
            return std::nullopt;
        millisecond = digits(at + 1, 3); // truncated, as parseTimestamp() does
        at = end;
    }
    if (at < text.size() && text[at] == u'Z')
        ++at;
    if (at != text.size())
        return std::nullopt; // an offset, or anything else
    // The same instant and zone as QDateTime(QDate, QTime, Qt::UTC), without its calendar.
    const qint64 seconds =
        daysSinceEpoch(year, month, day) * 86400 + hour * 3600 + minute * 60 + second;
    return QDateTime::fromMSecsSinceEpoch(seconds * 1000 + millisecond, Qt::UTC);
}

QDateTime JsonReader::parseTimestamp(const QString &text) {
    if (std::optional<QDateTime> common = parseCommonTimestamp(QStringView(text).trimmed()))
        return *common;
    QString normalized = text.trimmed();
    if (normalized.size() < 10)
        return {};
    // "2025-05-02 16:12:39" is how a database column prints; ISO wants the T.
    if (normalized.size() > 10 && normalized.at(10) == u' ')
        normalized[10] = u'T';
    // Laravel sends microseconds; Qt keeps milliseconds and would round 39.9999995 up to the
    // next second. Truncate instead, as the server's own clock would.
    static const QRegularExpression longFraction(u"(\\.\\d{3})\\d+"_s);
    normalized.replace(longFraction, u"\\1"_s);

    QDateTime parsed = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return {};
    // No offset given: the API's clock is UTC.
    if (parsed.timeSpec() == Qt::LocalTime)
        return QDateTime(parsed.date(), parsed.time(), Qt::UTC);
    return parsed.toUTC();
}

JsonObjectReader::JsonObjectReader(JsonReader &reader, QJsonObject object, JsonPath path)
    : m_reader(&reader)
    , m_object(std::move(object))
    , m_path(std::move(path)) {
}

bool JsonObjectReader::has(QLatin1String key) const {
    const QJsonValue found = m_object.value(key);
    return !found.isUndefined() && !found.isNull();
}

QString JsonObjectReader::text(QLatin1String key) {
    return m_reader->text(m_object.value(key), m_path.member(key));
}

QString JsonObjectReader::reference(QLatin1String key) {
    return m_reader->reference(m_object.value(key), m_path.member(key));
}

std::optional<qint64> JsonObjectReader::integer(QLatin1String key) {
    return m_reader->integer(m_object.value(key), m_path.member(key));
}

std::optional<double> JsonObjectReader::amount(QLatin1String key) {
    return m_reader->amount(m_object.value(key), m_path.member(key));
}

std::optional<bool> JsonObjectReader::flag(QLatin1String key) {
    return m_reader->flag(m_object.value(key), m_path.member(key));
}

QDateTime JsonObjectReader::timestamp(QLatin1String key) {
    return m_reader->timestamp(m_object.value(key), m_path.member(key));
}

std::optional<JsonObjectReader> JsonObjectReader::object(QLatin1String key) {
    JsonPath memberPath = m_path.member(key);
    std::optional<QJsonObject> found = m_reader->object(m_object.value(key), memberPath);
    if (!found)
        return std::nullopt;
    return JsonObjectReader(*m_reader, std::move(*found), memberPath);
}

std::optional<QJsonArray> JsonObjectReader::array(QLatin1String key) {
    return m_reader->array(m_object.value(key), m_path.member(key));
}

} // namespace JsonMapping::Internal

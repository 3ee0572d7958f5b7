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

} // namespace

void JsonReader::fail(const QString &path, const QString &sentence) {
    if (!m_error)
        m_error = Error{path, sentence};
}

void JsonReader::failMissing(const QString &path) {
    fail(path,
         QCoreApplication::translate("JsonMapping", "The response has no field %1.").arg(path));
}

void JsonReader::failNotText(const QString &path) {
    fail(path, QCoreApplication::translate("JsonMapping", "The field %1 is not text.").arg(path));
}

void JsonReader::failNotNumber(const QString &path) {
    fail(path,
         QCoreApplication::translate("JsonMapping", "The field %1 is not a number.").arg(path));
}

void JsonReader::failNotWholeNumber(const QString &path) {
    fail(path, QCoreApplication::translate("JsonMapping", "The field %1 is not a whole number.")
                   .arg(path));
}

void JsonReader::failNotFlag(const QString &path) {
    fail(
        path,
        QCoreApplication::translate("JsonMapping", "The field %1 is not true or false.").arg(path));
}

void JsonReader::failNotObject(const QString &path) {
    fail(path,
         QCoreApplication::translate("JsonMapping", "The field %1 is not an object.").arg(path));
}

void JsonReader::failNotList(const QString &path) {
    fail(path, QCoreApplication::translate("JsonMapping", "The field %1 is not a list.").arg(path));
}

QString JsonReader::text(const QJsonValue &value, const QString &path) {
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

QString JsonReader::reference(const QJsonValue &value, const QString &path) {
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
            const QString found = reference(object.value(key), memberPath(path, key));
            if (!found.isEmpty())
                return found;
        }
        return {};
    }
    if (!value.isNull() && !value.isUndefined())
        failNotText(path);
    return {};
}

std::optional<qint64> JsonReader::integer(const QJsonValue &value, const QString &path) {
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

std::optional<double> JsonReader::amount(const QJsonValue &value, const QString &path) {
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

std::optional<bool> JsonReader::flag(const QJsonValue &value, const QString &path) {
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

QDateTime JsonReader::timestamp(const QJsonValue &value, const QString &path) {
    if (value.isString())
        return parseTimestamp(value.toString());
    if (value.isDouble()) {
        // Unix seconds, as the API accepts them when creating transactions.
        const double seconds = value.toDouble();
        if (std::isfinite(seconds) && std::fabs(seconds) < 1e12)
            return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(seconds), Qt::UTC);
    }
    if (!value.isNull() && !value.isUndefined())
        fail(path,
             QCoreApplication::translate("JsonMapping", "The field %1 is not a date and time.")
                 .arg(path));
    return {};
}

std::optional<QJsonObject> JsonReader::object(const QJsonValue &value, const QString &path) {
    if (value.isObject())
        return value.toObject();
    if (value.isArray() && value.toArray().isEmpty())
        return QJsonObject();
    if (!value.isNull() && !value.isUndefined())
        failNotObject(path);
    return std::nullopt;
}

std::optional<QJsonArray> JsonReader::array(const QJsonValue &value, const QString &path) {
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

QDateTime JsonReader::parseTimestamp(const QString &text) {
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

JsonObjectReader::JsonObjectReader(JsonReader &reader, QJsonObject object, QString path)
    : m_reader(&reader)
    , m_object(std::move(object))
    , m_path(std::move(path)) {
}

bool JsonObjectReader::has(QLatin1String key) const {
    const QJsonValue found = m_object.value(key);
    return !found.isUndefined() && !found.isNull();
}

QString JsonObjectReader::text(QLatin1String key) {
    return m_reader->text(m_object.value(key), pathOf(key));
}

QString JsonObjectReader::reference(QLatin1String key) {
    return m_reader->reference(m_object.value(key), pathOf(key));
}

std::optional<qint64> JsonObjectReader::integer(QLatin1String key) {
    return m_reader->integer(m_object.value(key), pathOf(key));
}

std::optional<double> JsonObjectReader::amount(QLatin1String key) {
    return m_reader->amount(m_object.value(key), pathOf(key));
}

std::optional<bool> JsonObjectReader::flag(QLatin1String key) {
    return m_reader->flag(m_object.value(key), pathOf(key));
}

QDateTime JsonObjectReader::timestamp(QLatin1String key) {
    return m_reader->timestamp(m_object.value(key), pathOf(key));
}

std::optional<JsonObjectReader> JsonObjectReader::object(QLatin1String key) {
    const QString memberPath = pathOf(key);
    std::optional<QJsonObject> found = m_reader->object(m_object.value(key), memberPath);
    if (!found)
        return std::nullopt;
    return JsonObjectReader(*m_reader, std::move(*found), memberPath);
}

std::optional<QJsonArray> JsonObjectReader::array(QLatin1String key) {
    return m_reader->array(m_object.value(key), pathOf(key));
}

} // namespace JsonMapping::Internal

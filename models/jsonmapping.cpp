// Customers, pages, search, referrals and the program: the readers the console needs first.
#include "models/jsonmapping.h"
#include "models/jsonreader.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <limits>

using namespace Qt::Literals::StringLiterals;
using JsonMapping::Internal::JsonObjectReader;
using JsonMapping::Internal::JsonReader;

namespace JsonMapping {

namespace Internal {

namespace {

int toInt(std::optional<qint64> value, int fallback) {
    if (!value)
        return fallback;
    return static_cast<int>(qBound(qint64(std::numeric_limits<int>::min()), *value,
                                   qint64(std::numeric_limits<int>::max())));
}

QStringList readTags(JsonReader &reader, JsonObjectReader &json) {
    QStringList tags;
    const std::optional<QJsonArray> array = json.array("tags"_L1);
    if (!array)
        return tags;
    const QString path = json.pathOf("tags"_L1);
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QJsonValue item = array->at(i);
        const QString itemPath = JsonReader::itemPath(path, i);
        QString value;
        // Responses give [{"value": "vip"}]; requests (and some echoes) give ["vip"].
        if (item.isString()) {
            value = item.toString();
        } else if (item.isObject()) {
            value = reader.text(item.toObject().value("value"_L1),
                                JsonReader::memberPath(itemPath, "value"_L1));
        } else if (!item.isNull()) {
            reader.failNotObject(itemPath);
        }
        if (!value.isEmpty())
            tags.append(value);
    }
    return tags;
}

// The identity every customer shape carries: a full customer and a reference to one.
template <typename T> void readIdentity(JsonObjectReader &json, T &out) {
    out.key = json.reference("key"_L1);
    out.id = json.reference("id"_L1);
    out.email = json.text("email"_L1);
    out.name = json.text("name"_L1);
    out.surname = json.text("surname"_L1);
}

std::optional<CustomerRef> readCustomerRef(JsonReader &reader, const QJsonValue &value,
                                           const QString &path) {
    if (value.isString() || value.isDouble()) {
        // A bare identifier: treat it as the id, which is what the path accepts.
        CustomerRef ref;
        ref.id = reader.reference(value, path);
        return ref;
    }
    const std::optional<QJsonObject> object = reader.object(value, path);
    if (!object)
        return std::nullopt;
    JsonObjectReader json(reader, *object, path);
    CustomerRef ref;
    readIdentity(json, ref);
    // PHP's empty array ([]) for "nobody": not a referrer without a name.
    if (ref.key.isEmpty() && ref.id.isEmpty() && ref.email.isEmpty() && ref.name.isEmpty() &&
        ref.surname.isEmpty()) {
        return std::nullopt;
    }
    return ref;
}

void readPartner(JsonObjectReader &json, Customer &out) {
    const QJsonValue value = json.value("partner"_L1);
    const QString path = json.pathOf("partner"_L1);
    JsonReader &reader = json.reader();
    if (value.isString()) {
        out.partner = value.toString();
        out.partnerForm = Customer::PartnerForm::AsGiven;
    } else if (value.isDouble()) {
        out.partner = reader.reference(value, path);
        out.partnerForm = Customer::PartnerForm::Id;
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const std::pair<QLatin1String, Customer::PartnerForm> forms[] = {
            {"key"_L1, Customer::PartnerForm::Key},
            {"id"_L1, Customer::PartnerForm::Id},
            {"email"_L1, Customer::PartnerForm::Email}};
        for (const auto &[key, form] : forms) {
            const QString found =
                reader.reference(object.value(key), JsonReader::memberPath(path, key));
            if (!found.isEmpty()) {
                out.partner = found;
                out.partnerForm = form;
                break;
            }
        }
    } else if (!value.isNull() && !value.isUndefined()) {
        reader.failNotText(path);
    }
    if (out.partner.isEmpty())
        out.partnerForm = Customer::PartnerForm::None;
}

} // namespace

std::optional<QJsonValue> envelopeData(JsonReader &reader, const QJsonDocument &doc) {
    if (!doc.isObject()) {
        reader.fail(QString(), QCoreApplication::translate("JsonMapping",
                                                           "The response is not a JSON object."));
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    const QJsonValue data = root.value("data"_L1);
    if (data.isUndefined()) {
        reader.failMissing(u"data"_s);
        return std::nullopt;
    }
    return data;
}

PageInfo readPageInfo(JsonObjectReader &container, qsizetype itemCount) {
    PageInfo info;
    const int count = static_cast<int>(qMin<qsizetype>(itemCount, std::numeric_limits<int>::max()));

    std::optional<JsonObjectReader> meta;
    bool flat = false;
    if (container.has("meta"_L1)) {
        meta = container.object("meta"_L1);
    } else if (container.has("current_page"_L1)) {
        meta = container;
        flat = true;
    }
    if (!meta) {
        info.currentPage = 1;
        info.from = count > 0 ? 1 : 0;
        info.to = count;
        info.perPage = qMax(count, 1);
        return info;
    }

    info.currentPage = qMax(1, toInt(meta->integer("current_page"_L1), 1));
    info.perPage = qMax(1, toInt(meta->integer("per_page"_L1), info.perPage));
    info.from = qMax(0, toInt(meta->integer("from"_L1), 0));
    info.to = qMax(0, toInt(meta->integer("to"_L1), 0));
    info.path = meta->text("path"_L1);

    std::optional<bool> hasNext;
    std::optional<bool> hasPrev;
    if (flat) {
        // A plain paginator keeps `links` as an array of buttons; the URLs are flat.
        if (meta->contains("next_page_url"_L1))
            hasNext = !meta->text("next_page_url"_L1).isEmpty();
        if (meta->contains("prev_page_url"_L1))
            hasPrev = !meta->text("prev_page_url"_L1).isEmpty();
    } else if (std::optional<JsonObjectReader> links = container.object("links"_L1)) {
        if (links->contains("next"_L1))
            hasNext = !links->text("next"_L1).isEmpty();
        if (links->contains("prev"_L1))
            hasPrev = !links->text("prev"_L1).isEmpty();
    }
    if (!hasNext) {
        // No link to follow: a length-aware paginator says how many pages there are; failing
        // that, a full page probably has a successor (an empty next page is harmless).
        if (const std::optional<qint64> last = meta->integer("last_page"_L1))
            hasNext = info.currentPage < *last;
        else
            hasNext = count > 0 && count >= info.perPage;
    }
    info.hasNext = *hasNext;
    info.hasPrev = hasPrev.value_or(info.currentPage > 1);
    return info;
}

std::optional<QJsonArray> pageItems(JsonReader &reader, const QJsonDocument &doc,
                                    QJsonObject &pageContainer, QString &containerPath,
                                    QString &itemsPath) {
    const std::optional<QJsonValue> data = envelopeData(reader, doc);
    if (!data)
        return std::nullopt;
    pageContainer = doc.object();
    containerPath.clear();
    if (data->isArray()) {
        itemsPath = u"data"_s;
        return data->toArray();
    }
    if (data->isObject()) {
        const QJsonObject paginator = data->toObject();
        const QJsonValue nested = paginator.value("data"_L1);
        if (nested.isArray()) {
            itemsPath = u"data.data"_s;
            if (paginator.contains("meta"_L1) || paginator.contains("current_page"_L1)) {
                pageContainer = paginator;
                containerPath = u"data"_s;
            }
            return nested.toArray();
        }
        if (!nested.isUndefined()) {
            reader.failNotList(u"data.data"_s);
            return std::nullopt;
        }
    }
    reader.failNotList(u"data"_s);
    return std::nullopt;
}

void readCustomerInto(JsonObjectReader &json, Customer &out) {
    JsonReader &reader = json.reader();
    Customer customer;
    readIdentity(json, customer);
    customer.status = json.text("status"_L1);
    readPartner(json, customer);
    customer.tags = readTags(reader, json);
    customer.deleted = json.flag("deleted"_L1).value_or(false);
    customer.approved = json.flag("approved"_L1);
    if (json.has("referring_customer"_L1)) {
        customer.referringCustomer = readCustomerRef(reader, json.value("referring_customer"_L1),
                                                     json.pathOf("referring_customer"_L1));
    }
    customer.referralsCount = qMax(-1, toInt(json.integer("referrals_count"_L1), -1));
    customer.referralLink = json.text("referral_link"_L1);
    if (const std::optional<QJsonArray> links = json.array("referral_links"_L1)) {
        const QString path = json.pathOf("referral_links"_L1);
        for (qsizetype i = 0; i < links->size(); ++i) {
            const QString link = reader.text(links->at(i), JsonReader::itemPath(path, i));
            if (!link.isEmpty())
                customer.referralLinks.append(link);
        }
    }
    if (const std::optional<JsonObjectReader> metadata = json.object("metadata"_L1))
        customer.metadata = metadata->json();
    if (const std::optional<JsonObjectReader> fields = json.object("custom_fields"_L1))
        customer.customFields = fields->json();
    customer.createdAt = json.timestamp("created_at"_L1);
    customer.updatedAt = json.timestamp("updated_at"_L1);
    customer.deletedAt = json.timestamp("deleted_at"_L1);
    out = std::move(customer);
}

ProgramKind kindFromText(const QString &text) {
    const QString lower = text.toLower();
    if (lower.contains("refer"_L1))
        return ProgramKind::ReferAFriend;
    if (lower.contains("affiliate"_L1))
        return ProgramKind::Affiliate;
    return ProgramKind::Unknown;
}

} // namespace Internal

namespace {

using namespace Internal;

bool readCustomerAt(JsonReader &reader, const QJsonValue &value, const QString &path,
                    Customer &out) {
    const std::optional<QJsonObject> object = reader.object(value, path);
    if (!object) {
        if (!reader.failed())
            reader.failNotObject(path); // a null where a customer must be
        return false;
    }
    JsonObjectReader json(reader, *object, path);
    readCustomerInto(json, out);
    return !reader.failed();
}

// One item of a list of customers. Never fails the list: an item beyond repair comes back with
// Customer::problem set and whatever could be read.
Customer readCustomerItem(const QJsonValue &value, const QString &path) {
    JsonReader itemReader;
    Customer customer;
    if (value.isObject()) {
        JsonObjectReader json(itemReader, value.toObject(), path);
        readCustomerInto(json, customer);
        if (!itemReader.failed() && customer.identifier().isEmpty()) {
            // Nothing to open, change or find it by again.
            itemReader.fail(path, QCoreApplication::translate(
                                      "JsonMapping", "The customer %1 has neither a key nor an id.")
                                      .arg(path));
        }
    } else {
        itemReader.fail(
            path,
            QCoreApplication::translate("JsonMapping", "The item %1 is not a customer.").arg(path));
    }
    if (itemReader.failed())
        customer.problem = itemReader.error()->sentence;
    return customer;
}

QList<Customer> readCustomerArray(const QJsonArray &array, const QString &path) {
    QList<Customer> customers;
    customers.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i)
        customers.append(readCustomerItem(array.at(i), JsonReader::itemPath(path, i)));
    return customers;
}

std::optional<Error> readCustomerPageLike(const QJsonDocument &doc, Page<Customer> &out) {
    JsonReader reader;
    QJsonObject container;
    QString containerPath;
    QString itemsPath;
    const std::optional<QJsonArray> items =
        pageItems(reader, doc, container, containerPath, itemsPath);
    if (!items)
        return reader.error();
    Page<Customer> page;
    page.items = readCustomerArray(*items, itemsPath);
    JsonObjectReader containerJson(reader, container, containerPath);
    page.info = readPageInfo(containerJson, page.items.size());
    if (reader.failed())
        return reader.error();
    out = std::move(page);
    return std::nullopt;
}

QJsonObject firstCustomerObject(const QJsonDocument &doc) {
    QJsonValue data = doc.object().value("data"_L1);
    if (data.isObject() && data.toObject().value("data"_L1).isArray())
        data = data.toObject().value("data"_L1);
    if (data.isArray())
        data = data.toArray().isEmpty() ? QJsonValue() : data.toArray().first();
    return data.toObject();
}

} // namespace

std::optional<Error> readCustomerObject(const QJsonObject &json, const QString &path,
                                        Customer &out) {
    JsonReader reader;
    Customer customer;
    if (!readCustomerAt(reader, json, path, customer))
        return reader.error();
    out = std::move(customer);
    return std::nullopt;
}

std::optional<Error> readCustomer(const QJsonDocument &doc, Customer &out) {
    JsonReader reader;
    const std::optional<QJsonValue> data = envelopeData(reader, doc);
    if (!data)
        return reader.error();
    Customer customer;
    if (!readCustomerAt(reader, *data, u"data"_s, customer))
        return reader.error();
    out = std::move(customer);
    return std::nullopt;
}

std::optional<Error> readCustomerPage(const QJsonDocument &doc, Page<Customer> &out) {
    return readCustomerPageLike(doc, out);
}

std::optional<Error> readSearchResult(const QJsonDocument &doc, QList<Customer> &out) {
    JsonReader reader;
    const std::optional<QJsonValue> data = envelopeData(reader, doc);
    if (!data)
        return reader.error();
    QList<Customer> found;
    if (data->isNull()) {
        // Nothing found, said as plainly as it gets.
    } else if (data->isArray()) {
        found = readCustomerArray(data->toArray(), u"data"_s);
    } else if (data->isObject()) {
        const QJsonObject object = data->toObject();
        if (object.value("data"_L1).isArray()) {
            found = readCustomerArray(object.value("data"_L1).toArray(), u"data.data"_s);
        } else if (!object.isEmpty()) {
            Customer customer;
            if (!readCustomerAt(reader, object, u"data"_s, customer))
                return reader.error();
            found.append(std::move(customer));
        }
    } else {
        reader.failNotList(u"data"_s);
        return reader.error();
    }
    out = std::move(found);
    return std::nullopt;
}

std::optional<Error> readReferrals(const QJsonDocument &doc, Page<Customer> &out) {
    return readCustomerPageLike(doc, out);
}

std::optional<Error> readProgramInfo(const QJsonDocument &doc, ProgramInfo &out) {
    JsonReader reader;
    const std::optional<QJsonValue> data = envelopeData(reader, doc);
    if (!data)
        return reader.error();
    const std::optional<QJsonObject> object = reader.object(*data, u"data"_s);
    if (!object) {
        reader.failNotObject(u"data"_s);
        return reader.error();
    }
    JsonObjectReader json(reader, *object, u"data"_s);
    ProgramInfo info;
    if (std::optional<JsonObjectReader> settings =
            json.object("overview_program_current_settings"_L1)) {
        // GET /program/overview
        info.name = settings->text("program_name"_L1);
        info.typeTitle = settings->text("program_type_title"_L1);
        info.currency = settings->text("currency"_L1).trimmed().toUpper();
    } else if (std::optional<JsonObjectReader> program = json.object("program"_L1)) {
        // GET /test
        info.name = program->text("name"_L1);
        info.typeTitle = program->text("type"_L1);
        if (info.typeTitle.isEmpty())
            info.typeTitle = program->text("type_title"_L1);
    }
    if (reader.failed())
        return reader.error();
    info.kind = kindFromText(info.typeTitle);
    out = std::move(info);
    return std::nullopt;
}

ProgramKind kindFromCustomerShape(const QJsonDocument &customerPage) {
    const QJsonObject customer = firstCustomerObject(customerPage);
    for (const QLatin1String key :
         {"referral_link"_L1, "referrals_count"_L1, "referring_customer"_L1}) {
        if (customer.contains(key))
            return ProgramKind::ReferAFriend;
    }
    if (customer.contains("partner"_L1) || customer.contains("tags"_L1))
        return ProgramKind::Affiliate;
    return ProgramKind::Unknown;
}

} // namespace JsonMapping

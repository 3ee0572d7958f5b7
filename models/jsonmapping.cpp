// SPDX-License-Identifier: GPL-3.0-or-later
// Customers, pages, search, referrals and the program: the readers the console needs first.
#include "models/jsonmapping.h"
#include "models/jsonreader.h"
#include "models/jsonslicer.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <array>
#include <limits>

using namespace Qt::Literals::StringLiterals;
using JsonMapping::Internal::JsonObjectReader;
using JsonMapping::Internal::JsonPath;
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

// The members of a customer object that the mapping reads, found in one pass over the object.
// Looking each up costs a search and a value apiece, and most are absent in either kind of
// program: the lookups were the larger part of mapping a page.
class CustomerMembers final {
public:
    enum class Member {
        Key,
        Id,
        Email,
        Name,
        Surname,
        Status,
        Partner,
        Tags,
        Deleted,
        Approved,
        ReferringCustomer,
        ReferralsCount,
        ReferralLink,
        ReferralLinks,
        Metadata,
        CustomFields,
        CreatedAt,
        UpdatedAt,
        DeletedAt,
    };
    static constexpr int Count = int(Member::DeletedAt) + 1;

    // Refers to `object`, which must outlive this.
    explicit CustomerMembers(const QJsonObject &object)
        : m_end(object.constEnd()) {
        m_found.fill(m_end);
        // A parsed object holds each key once (the last of duplicates), so one pass finds
        // what value(key) would.
        for (auto it = object.constBegin(); it != m_end; ++it) {
            const int index = indexOf(it.key());
            if (index >= 0)
                m_found[size_t(index)] = it;
        }
    }

    // Undefined when absent, as QJsonObject::value() gives it.
    QJsonValue value(Member member) const {
        const QJsonObject::const_iterator found = m_found[size_t(member)];
        return found == m_end ? QJsonValue(QJsonValue::Undefined) : QJsonValue(found.value());
    }
    // The type of value(member), read where the parse stored it. A copy of a string's value
    // takes and releases a reference to the whole page's storage (two atomic operations):
    // reading strings in place took a sixth off mapping a page.
    QJsonValue::Type type(Member member) const {
        const QJsonObject::const_iterator found = m_found[size_t(member)];
        return found == m_end ? QJsonValue::Undefined : found.value().type();
    }
    // The text of a member whose type() is String, read in place.
    QString string(Member member) const { return m_found[size_t(member)].value().toString(); }

private:
    static int indexOf(const QString &key) {
        static constexpr QLatin1String names[Count] = {"key"_L1,
                                                       "id"_L1,
                                                       "email"_L1,
                                                       "name"_L1,
                                                       "surname"_L1,
                                                       "status"_L1,
                                                       "partner"_L1,
                                                       "tags"_L1,
                                                       "deleted"_L1,
                                                       "approved"_L1,
                                                       "referring_customer"_L1,
                                                       "referrals_count"_L1,
                                                       "referral_link"_L1,
                                                       "referral_links"_L1,
                                                       "metadata"_L1,
                                                       "custom_fields"_L1,
                                                       "created_at"_L1,
                                                       "updated_at"_L1,
                                                       "deleted_at"_L1};
        // Length and first letter rule out all but one name, mostly: one comparison a member.
        const qsizetype size = key.size();
        if (size < 2 || size > 18)
            return -1;
        const QChar first = key.front();
        for (int i = 0; i < Count; ++i) {
            if (names[i].size() == size && names[i].front() == first && equals(key, names[i]))
                return i;
        }
        return -1;
    }

    // `key` == `name` for a name of the same size and first letter, compared here rather than
    // by Qt's general comparison, which showed in the cost of a page.
    static bool equals(const QString &key, QLatin1String name) {
        const QChar *text = key.constData();
        const char *latin = name.data();
        for (qsizetype i = 1; i < name.size(); ++i) {
            if (text[i].unicode() != static_cast<unsigned char>(latin[i]))
                return false;
        }
        return true;
    }

    QJsonObject::const_iterator m_end;
    std::array<QJsonObject::const_iterator, Count> m_found;
};

QStringList readTags(JsonReader &reader, const QJsonValue &value, const JsonPath &path) {
    QStringList tags;
    const std::optional<QJsonArray> array = reader.array(value, path);
    if (!array)
        return tags;
    tags.reserve(array->size());
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QJsonValue item = array->at(i);
        QString text;
        // Responses give [{"value": "vip"}]; requests (and some echoes) give ["vip"].
        if (item.isString()) {
            text = item.toString();
        } else if (item.isObject()) {
            text = reader.text(item.toObject().value("value"_L1), path.item(i).member("value"_L1));
        } else if (!item.isNull()) {
            reader.failNotObject(path.item(i));
        }
        if (!text.isEmpty())
            tags.append(text);
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
                                           const JsonPath &path) {
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

void readPartner(JsonReader &reader, const QJsonValue &value, const JsonPath &path, Customer &out) {
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
            const QString found = reader.reference(object.value(key), path.member(key));
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
    const CustomerMembers members(json.json());
    const auto value = [&members](CustomerMembers::Member member) -> QJsonValue {
        return members.value(member);
    };
    using M = CustomerMembers::Member;
    // Strings and nulls, nearly every member, are read in place (see CustomerMembers::type);
    // anything else goes through the reader as before, with the same coercions and problems.
    const auto text = [&](M member, QLatin1String name) -> QString {
        switch (members.type(member)) {
        case QJsonValue::String:
            return members.string(member);
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            return QString();
        default:
            return reader.text(value(member), json.at(name));
        }
    };
    const auto reference = [&](M member, QLatin1String name) -> QString {
        switch (members.type(member)) {
        case QJsonValue::String:
            return members.string(member);
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            return QString();
        default:
            return reader.reference(value(member), json.at(name));
        }
    };
    const auto timestamp = [&](M member, QLatin1String name) -> QDateTime {
        switch (members.type(member)) {
        case QJsonValue::String:
            return JsonReader::parseTimestamp(members.string(member));
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            return QDateTime();
        default:
            return reader.timestamp(value(member), json.at(name));
        }
    };
    // Filled in place: a Customer is large enough that moving it showed in the cost of a page.
    Customer &customer = out;
    customer.key = reference(M::Key, "key"_L1);
    customer.id = reference(M::Id, "id"_L1);
    customer.email = text(M::Email, "email"_L1);
    customer.name = text(M::Name, "name"_L1);
    customer.surname = text(M::Surname, "surname"_L1);
    customer.status = text(M::Status, "status"_L1);
    if (members.type(M::Partner) == QJsonValue::String) {
        customer.partner = members.string(M::Partner);
        customer.partnerForm = customer.partner.isEmpty() ? Customer::PartnerForm::None
                                                          : Customer::PartnerForm::AsGiven;
    } else {
        readPartner(reader, value(M::Partner), json.at("partner"_L1), customer);
    }
    customer.tags = readTags(reader, value(M::Tags), json.at("tags"_L1));
    customer.deleted = reader.flag(value(M::Deleted), json.at("deleted"_L1)).value_or(false);
    customer.approved = reader.flag(value(M::Approved), json.at("approved"_L1));
    const QJsonValue::Type referrer = members.type(M::ReferringCustomer);
    if (referrer != QJsonValue::Null && referrer != QJsonValue::Undefined) {
        customer.referringCustomer =
            readCustomerRef(reader, value(M::ReferringCustomer), json.at("referring_customer"_L1));
    }
    customer.referralsCount = qMax(
        -1, toInt(reader.integer(value(M::ReferralsCount), json.at("referrals_count"_L1)), -1));
    customer.referralLink = text(M::ReferralLink, "referral_link"_L1);
    const JsonPath linksPath = json.at("referral_links"_L1);
    if (const std::optional<QJsonArray> links = reader.array(value(M::ReferralLinks), linksPath)) {
        customer.referralLinks.reserve(links->size());
        for (qsizetype i = 0; i < links->size(); ++i) {
            const QString link = reader.text(links->at(i), linksPath.item(i));
            if (!link.isEmpty())
                customer.referralLinks.append(link);
        }
    }
    if (std::optional<QJsonObject> metadata =
            reader.object(value(M::Metadata), json.at("metadata"_L1)))
        customer.metadata = std::move(*metadata);
    if (std::optional<QJsonObject> fields =
            reader.object(value(M::CustomFields), json.at("custom_fields"_L1)))
        customer.customFields = std::move(*fields);
    customer.createdAt = timestamp(M::CreatedAt, "created_at"_L1);
    customer.updatedAt = timestamp(M::UpdatedAt, "updated_at"_L1);
    customer.deletedAt = timestamp(M::DeletedAt, "deleted_at"_L1);
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

bool readCustomerAt(JsonReader &reader, const QJsonValue &value, const JsonPath &path,
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
// `customer` is a default Customer.
void readCustomerItem(const QJsonValue &value, const JsonPath &path, Customer &customer) {
    JsonReader itemReader;
    if (value.isObject()) {
        JsonObjectReader json(itemReader, value.toObject(), path);
        readCustomerInto(json, customer);
        if (!itemReader.failed() && customer.identifier().isEmpty()) {
            // Nothing to open, change or find it by again.
            const QString text = path.toString();
            itemReader.fail(text, QCoreApplication::translate(
                                      "JsonMapping", "The customer %1 has neither a key nor an id.")
                                      .arg(text));
        }
    } else {
        const QString text = path.toString();
        itemReader.fail(
            text,
            QCoreApplication::translate("JsonMapping", "The item %1 is not a customer.").arg(text));
    }
    if (itemReader.failed())
        customer.problem = itemReader.error()->sentence;
}

QList<Customer> readCustomerArray(const QJsonArray &array, const QString &path) {
    QList<Customer> customers(array.size());
    const JsonPath arrayPath(path);
    Customer *items = customers.data();
    for (qsizetype i = 0; i < array.size(); ++i)
        readCustomerItem(array.at(i), arrayPath.item(i), items[i]);
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

namespace {

// The compact JSON of each element of `array`, as QJsonDocument writes each alone, from one
// writing of the whole array cut at its top-level commas. Writing objects one by one can copy
// the whole page's text for each (Qt detaches a shared container), which made a
// refer-a-friend page take ten times its parse. Empty when the cut does not come out right.
QList<QByteArray> compactElements(const QJsonArray &array) {
    const QByteArray all = QJsonDocument(array).toJson(QJsonDocument::Compact);
    QList<QByteArray> parts;
    if (array.isEmpty() || all.size() < 2 || all.front() != '[' || all.back() != ']')
        return parts;
    parts.reserve(array.size());
    int depth = 0;
    bool inString = false;
    qsizetype start = 1;
    const qsizetype end = all.size() - 1;
    for (qsizetype i = 1; i < end; ++i) {
        const char c = all.at(i);
        if (inString) {
            if (c == '\\')
                ++i; // the escaped character, whatever it is
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
        } else if (c == ',' && depth == 0) {
            parts.append(all.mid(start, i - start));
            start = i + 1;
        }
    }
    parts.append(all.mid(start, end - start));
    if (parts.size() != array.size())
        parts.clear();
    return parts;
}

} // namespace

// Customer i of the page is read from element i of `data` (the mapping keeps one customer per
// element, marked when unreadable), so each is paired with its own object by position. The
// customers are read into the records in place: moving a Customer showed in the cost of a page.
std::optional<Error> readCustomerRecordPage(const QJsonDocument &doc, const QByteArray &body,
                                            Page<CustomerRecord> &out) {
    JsonReader reader;
    QJsonObject container;
    QString containerPath;
    QString itemsPath;
    const std::optional<QJsonArray> items =
        pageItems(reader, doc, container, containerPath, itemsPath);
    if (!items)
        return reader.error();
    QList<CustomerRecord> records(items->size());
    const JsonPath arrayPath(itemsPath);
    CustomerRecord *record = records.data();
    for (qsizetype i = 0; i < items->size(); ++i)
        readCustomerItem(items->at(i), arrayPath.item(i), record[i].customer);
    JsonObjectReader containerJson(reader, container, containerPath);
    const PageInfo info = readPageInfo(containerJson, records.size());
    if (reader.failed())
        return reader.error();
    out.info = info;
    out.items.clear();
    // A paginator (`data.data[]`) has no objects here to keep.
    if (itemsPath != "data"_L1)
        return std::nullopt;
    std::optional<QList<QByteArray>> elements;
    if (!body.isEmpty())
        elements = JsonSlicer::arrayMember(body, "data");
    if (!elements || elements->size() != items->size())
        elements = compactElements(*items);
    const bool cut = elements->size() == items->size();
    for (qsizetype i = 0; i < records.size(); ++i) {
        record[i].json =
            cut ? std::move((*elements)[i])
                : QJsonDocument(items->at(i).toObject()).toJson(QJsonDocument::Compact);
    }
    records.removeIf([](const CustomerRecord &r) { return r.customer.identifier().isEmpty(); });
    out.items = std::move(records);
    return std::nullopt;
}

std::optional<Error> readCustomerRecordPage(const QJsonDocument &doc, Page<CustomerRecord> &out) {
    return readCustomerRecordPage(doc, QByteArray(), out);
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

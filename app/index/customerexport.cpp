#include "app/index/customerexport.h"

#include "app/store/sqlstore.h"

#include "models/csvfield.h"

#include <QIODevice>

using namespace Qt::Literals::StringLiterals;

QStringList CustomerExport::csvHeader(ProgramKind kind) {
    // Column names are the API's field names: stable for scripts, whatever the language.
    if (kind == ProgramKind::ReferAFriend)
        return {u"id"_s,
                u"key"_s,
                u"email"_s,
                u"name"_s,
                u"surname"_s,
                u"status"_s,
                u"referring_customer"_s,
                u"referrals_count"_s,
                u"created_at"_s,
                u"updated_at"_s};
    return {u"key"_s,     u"email"_s, u"name"_s,       u"surname"_s,   u"status"_s,
            u"partner"_s, u"tags"_s,  u"created_at"_s, u"updated_at"_s};
}

QStringList CustomerExport::csvFields(const Customer &c, ProgramKind kind) {
    const QString created = SqlStore::timeText(c.createdAt);
    const QString updated = SqlStore::timeText(c.updatedAt);
    if (kind == ProgramKind::ReferAFriend) {
        return {c.id,
                c.key,
                c.email,
                c.name,
                c.surname,
                c.status,
                c.referringCustomer ? c.referringCustomer->identifier() : QString(),
                c.referralsCount >= 0 ? QString::number(c.referralsCount) : QString(),
                created,
                updated};
    }
    return {c.key,   c.email, c.name, c.surname, c.status, c.partner, c.tags.join(u", "_s),
            created, updated};
}

namespace {

QByteArray csvLine(const QStringList &fields) {
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &field : fields)
        quoted.append(CsvField::quoted(field));
    return (quoted.join(u',') + u"\r\n"_s).toUtf8();
}

} // namespace

bool CustomerExport::write(QIODevice *device, const CustomerIndex &index, const IndexQuery &query,
                           Format format, ProgramKind kind, int *written, QString *error,
                           const std::function<bool(int written)> &progress) {
    int count = 0;
    bool deviceOk = true;
    if (format == Format::Csv) {
        deviceOk =
            device->write("\xEF\xBB\xBF") == 3 && device->write(csvLine(csvHeader(kind))) >= 0;
    }
    const bool read = deviceOk && index.forEachRecord(query, [&](const CustomerRecord &record) {
        const QByteArray line =
            format == Format::Csv ? csvLine(csvFields(record.customer, kind)) : record.json + '\n';
        if (device->write(line) != line.size()) {
            deviceOk = false;
            return false;
        }
        ++count;
        return !progress || count % 500 != 0 || progress(count);
    });
    if (written)
        *written = count;
    if (!deviceOk) {
        if (error)
            *error = tr("The export could not be written: %1.").arg(device->errorString());
        return false;
    }
    if (!read) {
        if (error)
            *error = tr("The customer index could not be read.");
        return false;
    }
    return true;
}

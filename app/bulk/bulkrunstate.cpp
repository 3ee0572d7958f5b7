// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/bulk/bulkrunstate.h"

#include "app/store/durablefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int FormatVersion = 1;

QString nowText() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QJsonValue &value) {
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

QJsonObject rowToJson(const BulkInviteRow &row) {
    QJsonObject object{{u"line"_s, row.sourceLine},
                       {u"email"_s, row.email},
                       {u"status"_s, BulkRunState::statusId(row.status)}};
    if (!row.name.isEmpty())
        object.insert(u"name"_s, row.name);
    if (!row.personalization.isEmpty()) {
        // An array keeps the order of the columns; an object would sort the keys.
        QJsonArray pairs;
        for (const auto &[key, value] : row.personalization)
            pairs.append(QJsonArray{key, value});
        object.insert(u"personalization"_s, pairs);
    }
    if (!row.detail.isEmpty())
        object.insert(u"detail"_s, row.detail);
    if (row.inFlight)
        object.insert(u"in_flight"_s, true);
    if (row.updated.isValid())
        object.insert(u"time"_s, row.updated.toString(Qt::ISODateWithMs));
    return object;
}

BulkInviteRow rowFromJson(const QJsonObject &object) {
    BulkInviteRow row;
    row.sourceLine = object.value("line"_L1).toInt();
    row.email = object.value("email"_L1).toString();
    row.name = object.value("name"_L1).toString();
    const QJsonArray pairs = object.value("personalization"_L1).toArray();
    for (const QJsonValue &pair : pairs) {
        const QJsonArray kv = pair.toArray();
        row.personalization.append({kv.at(0).toString(), kv.at(1).toString()});
    }
    bool ok = false;
    row.status = BulkRunState::statusFromId(object.value("status"_L1).toString(), &ok);
    if (!ok)
        row.status = BulkRowStatus::Unknown; // an unreadable status is never taken as "send"
    row.detail = object.value("detail"_L1).toString();
    row.inFlight = object.value("in_flight"_L1).toBool();
    row.updated = parseTime(object.value("time"_L1));
    return row;
}

} // namespace

InviteRequest BulkInviteRow::request() const {
    InviteRequest invite;
    invite.email = email;
    invite.name = name;
    invite.personalization = personalization;
    return invite;
}

BulkRunState::BulkRunState(QString filePath)
    : m_filePath(std::move(filePath)) {
}

BulkRunState::~BulkRunState() = default;

QString BulkRunState::defaultFilePath(const QString &profileId) {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QString name = profileId;
    name.replace(QRegularExpression(u"[^A-Za-z0-9_-]"_s), u"_"_s);
    if (name.isEmpty())
        name = u"default"_s;
    return folder + u"/bulk-invites/"_s + name + u".jsonl"_s;
}

bool BulkRunState::exists() const {
    return QFileInfo::exists(m_filePath);
}

bool BulkRunState::fail(const QString &sentence, QString *errorMessage) {
    m_error = sentence;
    if (errorMessage)
        *errorMessage = sentence;
    return false;
}

void BulkRunState::closeFile() {
    if (m_file) {
        m_file->close();
        m_file.reset();
    }
}

bool BulkRunState::create(const QString &profileId, const QString &source,
                          const QList<BulkInviteRow> &rows, QString *errorMessage) {
    closeFile();
    m_profileId = profileId;
    m_source = source;
    m_createdAt = QDateTime::currentDateTimeUtc();
    m_closed = false;
    m_rows = rows;
    return writeWhole(errorMessage);
}

bool BulkRunState::writeWhole(QString *errorMessage) {
    closeFile();
    const QFileInfo info(m_filePath);
    const QString directory = info.absolutePath();
    if (!QDir().mkpath(directory)) {
        return fail(tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(directory)),
                    errorMessage);
    }
    QJsonArray rows;
    for (const BulkInviteRow &row : std::as_const(m_rows))
        rows.append(rowToJson(row));
    QJsonObject header{{u"type"_s, u"run"_s},
                       {u"version"_s, FormatVersion},
                       {u"profile_id"_s, m_profileId},
                       {u"source"_s, m_source},
                       {u"created_at"_s, m_createdAt.toString(Qt::ISODateWithMs)},
                       {u"rows"_s, rows}};
    if (m_closed)
        header.insert(u"closed"_s, true);
    const QByteArray bytes = QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n';
    // It lists people's addresses: DurableFile writes it for this user's eyes only.
    DurableFile::Step step = DurableFile::Step::None;
    QString reason;
    if (!DurableFile::replace(m_filePath, bytes, &step, &reason)) {
        const QString path = QDir::toNativeSeparators(m_filePath);
        return fail(step == DurableFile::Step::Sync
                        ? tr("Could not save %1 to disk: %2").arg(path, reason)
                        : tr("Could not write %1: %2").arg(path, reason),
                    errorMessage);
    }
    return true;
}

bool BulkRunState::load(QString *errorMessage) {
    closeFile();
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(tr("Could not open %1: %2")
                        .arg(QDir::toNativeSeparators(m_filePath), file.errorString()),
                    errorMessage);
    }
    const QByteArray first = file.readLine();
    const QJsonObject header = QJsonDocument::fromJson(first).object();
    if (header.value("type"_L1).toString() != "run"_L1 ||
        header.value("version"_L1).toInt() != FormatVersion) {
        return fail(tr("%1 is not a bulk invitation run this version can read.")
                        .arg(QDir::toNativeSeparators(m_filePath)),
                    errorMessage);
    }
    m_profileId = header.value("profile_id"_L1).toString();
    m_source = header.value("source"_L1).toString();
    m_createdAt = parseTime(header.value("created_at"_L1));
    m_closed = header.value("closed"_L1).toBool();
    m_rows.clear();
    const QJsonArray rows = header.value("rows"_L1).toArray();
    for (const QJsonValue &row : rows)
        m_rows.append(rowFromJson(row.toObject()));

    int changes = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonObject change = QJsonDocument::fromJson(line, &parseError).object();
        if (parseError.error != QJsonParseError::NoError)
            continue; // torn by a crash: the row keeps its earlier state
        const QString type = change.value("type"_L1).toString();
        if (type == "closed"_L1) {
            m_closed = true;
        } else if (type == "status"_L1) {
            const int index = change.value("row"_L1).toInt(-1);
            bool ok = false;
            const BulkRowStatus status = statusFromId(change.value("status"_L1).toString(), &ok);
            if (index < 0 || index >= m_rows.size() || !ok)
                continue;
            BulkInviteRow &row = m_rows[index];
            row.status = status;
            row.detail = change.value("detail"_L1).toString();
            row.inFlight = change.value("in_flight"_L1).toBool();
            row.updated = parseTime(change.value("time"_L1));
        }
        ++changes;
    }
    file.close();
    // Fold the changes into one line so the file stays the size of the list.
    if (changes > 0)
        return writeWhole(errorMessage);
    return true;
}

bool BulkRunState::appendLine(const QJsonObject &line, QString *errorMessage) {
    if (!m_file)
        m_file = std::make_unique<DurableFile>(m_filePath);
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    DurableFile::Step step = DurableFile::Step::None;
    QString reason;
    if (!m_file->append(bytes, &step, &reason)) {
        closeFile();
        const QString path = QDir::toNativeSeparators(m_filePath);
        return fail(step == DurableFile::Step::Open
                        ? tr("Could not open %1: %2").arg(path, reason)
                        : tr("Could not save %1 to disk: %2").arg(path, reason),
                    errorMessage);
    }
    return true;
}

bool BulkRunState::setStatus(int row, BulkRowStatus status, const QString &detail, bool inFlight,
                             QString *errorMessage) {
    if (row < 0 || row >= m_rows.size())
        return fail(tr("There is no row %1 in this run.").arg(row + 1), errorMessage);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonObject line{{u"type"_s, u"status"_s},
                     {u"row"_s, row},
                     {u"status"_s, statusId(status)},
                     {u"time"_s, now.toString(Qt::ISODateWithMs)}};
    if (!detail.isEmpty())
        line.insert(u"detail"_s, detail);
    if (inFlight)
        line.insert(u"in_flight"_s, true);
    if (!appendLine(line, errorMessage))
        return false;
    BulkInviteRow &entry = m_rows[row];
    entry.status = status;
    entry.detail = detail;
    entry.inFlight = inFlight;
    entry.updated = now;
    return true;
}

bool BulkRunState::close(QString *errorMessage) {
    if (!appendLine(QJsonObject{{u"type"_s, u"closed"_s}, {u"time"_s, nowText()}}, errorMessage))
        return false;
    m_closed = true;
    return true;
}

bool BulkRunState::discard(QString *errorMessage) {
    closeFile();
    if (QFileInfo::exists(m_filePath) && !QFile::remove(m_filePath)) {
        return fail(tr("Could not remove %1.").arg(QDir::toNativeSeparators(m_filePath)),
                    errorMessage);
    }
    m_rows.clear();
    m_closed = false;
    return true;
}

int BulkRunState::count(BulkRowStatus status) const {
    int n = 0;
    for (const BulkInviteRow &row : m_rows) {
        if (row.status == status)
            ++n;
    }
    return n;
}

bool BulkRunState::isResumable() const {
    return !m_closed && (count(BulkRowStatus::Pending) + count(BulkRowStatus::Unknown)) > 0;
}

QString BulkRunState::statusId(BulkRowStatus status) {
    switch (status) {
    case BulkRowStatus::Pending:
        return u"pending"_s;
    case BulkRowStatus::Sent:
        return u"sent"_s;
    case BulkRowStatus::Failed:
        return u"failed"_s;
    case BulkRowStatus::Unknown:
        return u"unknown"_s;
    case BulkRowStatus::Skipped:
        return u"skipped"_s;
    }
    return u"unknown"_s;
}

BulkRowStatus BulkRunState::statusFromId(const QString &id, bool *ok) {
    if (ok)
        *ok = true;
    if (id == "pending"_L1)
        return BulkRowStatus::Pending;
    if (id == "sent"_L1)
        return BulkRowStatus::Sent;
    if (id == "failed"_L1)
        return BulkRowStatus::Failed;
    if (id == "unknown"_L1)
        return BulkRowStatus::Unknown;
    if (id == "skipped"_L1)
        return BulkRowStatus::Skipped;
    if (ok)
        *ok = false;
    return BulkRowStatus::Unknown;
}

QString BulkRunState::statusText(BulkRowStatus status) {
    switch (status) {
    case BulkRowStatus::Pending:
        return tr("To send");
    case BulkRowStatus::Sent:
        return tr("Invited");
    case BulkRowStatus::Failed:
        return tr("Failed");
    case BulkRowStatus::Unknown:
        return tr("Unknown");
    case BulkRowStatus::Skipped:
        return tr("Skipped");
    }
    return {};
}

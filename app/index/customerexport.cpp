// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/index/customerexport.h"

#include "models/csvfield.h"

#include <QHash>
#include <QIODevice>
#include <QJsonDocument>

#include <algorithm>
#include <cctype>
#include <vector>

using namespace Qt::Literals::StringLiterals;

QStringList CustomerExport::apiFields(ProgramKind kind) {
    // The field names of the API's customer objects (list and get), so that the columns are
    // stable for scripts whatever the language. `partner` is what the list gives (the partner's
    // key); a server that gives an object there gets `partner.key`, `partner.id`... among the
    // other columns.
    if (kind == ProgramKind::ReferAFriend)
        return {u"id"_s,
                u"email"_s,
                u"name"_s,
                u"surname"_s,
                u"status"_s,
                u"approved"_s,
                u"referring_customer.id"_s,
                u"referrals_count"_s,
                u"metadata.date_of_birth"_s,
                u"referral_link"_s,
                u"referral_links"_s,
                u"created_at"_s,
                u"updated_at"_s};
    return {u"key"_s,  u"email"_s,   u"name"_s,       u"surname"_s,    u"status"_s,    u"partner"_s,
            u"tags"_s, u"deleted"_s, u"created_at"_s, u"updated_at"_s, u"deleted_at"_s};
}

namespace {

// How often a running export calls its progress callback: often enough for Cancel to answer
// at once, rarely enough to cost nothing.
constexpr int ProgressEvery = 256;
// Output is handed to the device in pieces of about this size instead of one write per row.
constexpr qsizetype ChunkBytes = 64 * 1024;
// A CSV export's spool grows by blocks of about this size (see CsvColumns).
constexpr qsizetype SpoolBlockBytes = 1024 * 1024;

// Walks one customer object and hands every leaf to a visitor under its dotted path. It reads
// the bytes itself rather than through QJsonDocument, for two reasons: a number keeps exactly
// the text the object holds (no 1e+21, no lost digits), and no QJsonObject is built per
// customer: strings without escapes are not even copied.
//
// Leaves: a string (its text), a number or boolean (as written), null, or a list (one cell,
// its items joined by ", "). An object is not a leaf: its members are, under "path.member";
// an empty object has none.
class Flattener {
public:
    explicit Flattener(const QByteArray &json)
        : m_p(json.constData())
        , m_end(json.constData() + json.size()) {}

    // `visit(path, cell, isNull)`; both byte arrays are valid during the call only.
    template <typename Visit> bool run(Visit &&visit) {
        if (!object(QByteArray(), visit))
            return false;
        skipSpace();
        return m_p == m_end;
    }

private:
    void skipSpace() {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool take(char c) {
        skipSpace();
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    bool at(char c) {
        skipSpace();
        return m_p < m_end && *m_p == c;
    }

    template <typename Visit> bool object(const QByteArray &prefix, Visit &visit) {
        if (!take('{'))
            return false;
        if (take('}'))
            return true;
        do {
            QByteArray key;
            if (!at('"') || !string(&key) || !take(':'))
                return false;
            QByteArray path = key;
            if (!prefix.isEmpty())
                path = prefix + '.' + key;
            if (!value(path, visit))
                return false;
        } while (take(','));
        return take('}');
    }

    template <typename Visit> bool value(const QByteArray &path, Visit &visit) {
        skipSpace();
        if (m_p == m_end)
            return false;
        QByteArray cell;
        switch (*m_p) {
        case '{':
            return object(path, visit);
        case '[':
            if (!list(&cell))
                return false;
            break;
        case '"':
            if (!string(&cell))
                return false;
            break;
        case 'n':
            if (!null())
                return false;
            visit(path, cell, true);
            return true;
        default:
            if (!token(&cell))
                return false;
        }
        visit(path, cell, false);
        return true;
    }

    // The items of a list in one cell. A tag is an object with one member, `value`
    // ({"value": "premium"}): it is written as its value, so tags read "premium, vip". Any
    // other object or list in a list is written as compact JSON.
    bool list(QByteArray *cell) {
        if (!take('['))
            return false;
        if (take(']'))
            return true;
        bool first = true;
        do {
            if (!first)
                cell->append(", ");
            first = false;
            skipSpace();
            if (m_p == m_end)
                return false;
            QByteArray item;
            bool ok = true;
            switch (*m_p) {
            case '"':
                ok = string(&item);
                break;
            case 'n':
                ok = null();
                break;
            case '{':
                ok = tagValue(&item) || compactJson(&item);
                break;
            case '[':
                ok = compactJson(&item);
                break;
            default:
                ok = token(&item);
            }
            if (!ok)
                return false;
            cell->append(item);
        } while (take(','));
        return take(']');
    }

    // {"value": <string, number or boolean>}, else nothing read.
    bool tagValue(QByteArray *out) {
        const char *start = m_p;
        QByteArray key;
        if (take('{') && at('"') && string(&key) && key == "value" && take(':')) {
            skipSpace();
            const bool ok = m_p < m_end && *m_p != '{' && *m_p != '[' && *m_p != 'n' &&
                            (*m_p == '"' ? string(out) : token(out));
            if (ok && take('}'))
                return true;
        }
        m_p = start;
        out->clear();
        return false;
    }

    // The value at m_p (an object or a list) as compact JSON.
    bool compactJson(QByteArray *out) {
        const char *start = m_p;
        if (!skipValue())
            return false;
        const QByteArray raw = QByteArray::fromRawData(start, m_p - start);
        const bool compact = std::none_of(raw.cbegin(), raw.cend(), [](char c) {
            return c == ' ' || c == '\n' || c == '\r' || c == '\t';
        });
        if (compact) {
            *out = raw;
            return true;
        }
        // A space may sit inside a string; QJsonDocument tells, and writes the compact form.
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(raw, &error);
        if (error.error != QJsonParseError::NoError)
            return false;
        *out = doc.toJson(QJsonDocument::Compact);
        return true;
    }

    bool skipValue() {
        skipSpace();
        if (m_p == m_end)
            return false;
        QByteArray ignored;
        switch (*m_p) {
        case '{':
            ++m_p;
            if (take('}'))
                return true;
            do {
                if (!at('"') || !string(&ignored) || !take(':') || !skipValue())
                    return false;
            } while (take(','));
            return take('}');
        case '[':
            ++m_p;
            if (take(']'))
                return true;
            do {
                if (!skipValue())
                    return false;
            } while (take(','));
            return take(']');
        case '"':
            return string(&ignored);
        case 'n':
            return null();
        default:
            return token(&ignored);
        }
    }

    bool null() {
        if (m_end - m_p < 4 || qstrncmp(m_p, "null", 4) != 0)
            return false;
        m_p += 4;
        return true;
    }

    // A number, true or false: the bytes as they stand.
    bool token(QByteArray *out) {
        const char *start = m_p;
        while (m_p < m_end && (std::isalnum(static_cast<unsigned char>(*m_p)) || *m_p == '-' ||
                               *m_p == '+' || *m_p == '.'))
            ++m_p;
        const QByteArrayView text(start, m_p - start);
        const bool ok = !text.isEmpty() && (text == "true" || text == "false" || *start == '-' ||
                                            (*start >= '0' && *start <= '9'));
        if (ok)
            *out = QByteArray::fromRawData(start, m_p - start);
        return ok;
    }

    // A string at m_p, decoded to UTF-8. Without escapes (nearly always) it is the bytes of
    // the object itself, not a copy.
    bool string(QByteArray *out) {
        const char *start = ++m_p;
        while (m_p < m_end && *m_p != '"' && *m_p != '\\')
            ++m_p;
        if (m_p == m_end)
            return false;
        if (*m_p == '"') {
            *out = QByteArray::fromRawData(start, m_p - start);
            ++m_p;
            return true;
        }
        QByteArray text(start, m_p - start);
        while (m_p < m_end && *m_p != '"') {
            if (*m_p != '\\') {
                text.append(*m_p++);
                continue;
            }
            if (++m_p == m_end)
                return false;
            const char escaped = *m_p++;
            switch (escaped) {
            case 'b':
                text.append('\b');
                break;
            case 'f':
                text.append('\f');
                break;
            case 'n':
                text.append('\n');
                break;
            case 'r':
                text.append('\r');
                break;
            case 't':
                text.append('\t');
                break;
            case 'u': {
                char32_t code = 0;
                if (!hex4(&code))
                    return false;
                if (QChar::isHighSurrogate(code) && m_end - m_p >= 6 && m_p[0] == '\\' &&
                    m_p[1] == 'u') {
                    const char *back = m_p;
                    m_p += 2;
                    char32_t low = 0;
                    if (hex4(&low) && QChar::isLowSurrogate(low))
                        code = QChar::surrogateToUcs4(char16_t(code), char16_t(low));
                    else
                        m_p = back;
                }
                if (QChar::isSurrogate(code))
                    code = char32_t(QChar::ReplacementCharacter);
                text.append(QString::fromUcs4(&code, 1).toUtf8());
                break;
            }
            default: // \" \\ \/
                text.append(escaped);
            }
        }
        if (m_p == m_end)
            return false;
        ++m_p;
        *out = text;
        return true;
    }

    bool hex4(char32_t *code) {
        if (m_end - m_p < 4)
            return false;
        bool ok = false;
        *code = QByteArrayView(m_p, 4).toUInt(&ok, 16);
        m_p += 4;
        return ok;
    }

    const char *m_p;
    const char *m_end;
};

// One field of the file: RFC 4180 quoting and the formula guard of CsvField, which stays the
// one place that decides both. A field that neither can touch (no comma, quote, line break,
// edge space, and no first character that could start a formula) is copied as it is, which
// is nearly every field and keeps the export within its budget.
void appendField(QByteArray &line, const QByteArray &field) {
    if (field.isEmpty())
        return;
    const auto first = static_cast<unsigned char>(field.front());
    // '=', '+', '-', '@', tab and CR, and 0xEF: the first byte of the full-width forms.
    bool plain = first != '=' && first != '+' && first != '-' && first != '@' && first != '\t' &&
                 first != '\r' && first != 0xEF && first != ' ' && field.back() != ' ';
    for (const char c : field) {
        if (!plain)
            break;
        plain = c != ',' && c != '"' && c != '\n' && c != '\r';
    }
    if (plain)
        line.append(field);
    else
        line.append(CsvField::quoted(QString::fromUtf8(field)).toUtf8());
}

// A CSV export in one pass over the index. The columns are known only once every customer
// was read (any of them may bring a field of its own), and reading the index is what an
// export spends its time on, so the customers are read once: their fields go to a spool in
// memory, tagged with a column number, and the rows are written from it once the columns are
// known. The spool holds only the cells' bytes (about the size of the CSV itself) and lives
// as long as the export. It is a list of blocks of about SpoolBlockBytes, each holding whole
// rows, rather than one array: an array of tens of megabytes that doubles is copied, and the
// copy froze the export for over 100 ms at a time in bench_export.
class CsvColumns {
public:
    explicit CsvColumns(ProgramKind kind) {
        for (const QString &field : CustomerExport::apiFields(kind))
            idOf(field.toUtf8());
        m_knownCount = int(m_names.size());
    }

    // Reads one customer into the spool: every field as (column + 1, length, bytes), then 0.
    void read(const CustomerRecord &record, QList<QByteArray> &blocks) {
        if (blocks.isEmpty() || blocks.constLast().size() >= SpoolBlockBytes) {
            blocks.append(QByteArray());
            blocks.last().reserve(SpoolBlockBytes + 64 * 1024);
        }
        QByteArray &spool = blocks.last();
        const qsizetype rowStart = spool.size();
        const bool ok = Flattener(record.json)
                            .run([&](const QByteArray &path, const QByteArray &cell, bool null) {
                                const int id = idOf(path);
                                if (null)
                                    return;
                                m_valued[id] = true;
                                put(spool, id, cell);
                            });
        if (!ok) {
            spool.truncate(rowStart);
            putCustomer(record.customer, spool);
        }
        putNumber(spool, 0);
    }

    // After the last customer: the columns in their order.
    //
    // The other fields come sorted by name (byte order of UTF-8, that is by code point), not
    // in the order they were first seen: the same program gives the same columns whatever the
    // view's sort and filters, a script can rely on them from one export to the next, and
    // the members of one object (custom_fields.*) still stand together.
    //
    // A field that was null in every object is left out when it is an object elsewhere (a
    // `referring_customer` that is null for customers nobody referred has its
    // `referring_customer.id` column): its empty cells would only repeat the others'.
    void finish() {
        QList<int> others;
        for (int id = m_knownCount; id < m_names.size(); ++id)
            if (m_valued.at(id) || !isObjectSomewhere(m_names.at(id)))
                others.append(id);
        std::sort(others.begin(), others.end(),
                  [this](int a, int b) { return m_names.at(a) < m_names.at(b); });
        m_position.fill(-1, m_names.size());
        m_columns.clear();
        for (int id = 0; id < m_knownCount; ++id) {
            m_position[id] = int(m_columns.size());
            m_columns.append(m_names.at(id));
        }
        for (const int id : std::as_const(others)) {
            m_position[id] = int(m_columns.size());
            m_columns.append(m_names.at(id));
        }
    }

    QByteArray headerLine() const {
        QByteArray line;
        for (int i = 0; i < m_columns.size(); ++i) {
            if (i > 0)
                line.append(',');
            // Field names come from the server too (custom fields): guarded like any cell.
            line.append(CsvField::quoted(QString::fromUtf8(m_columns.at(i))).toUtf8());
        }
        return line + "\r\n";
    }

    // Appends the row that starts at `at` in a block of the spool to `out`; returns where the
    // next starts.
    qsizetype appendRow(const QByteArray &spool, qsizetype at, QByteArray &out) {
        m_cells.assign(size_t(m_columns.size()), QByteArray());
        while (at < spool.size()) {
            const quint32 column = takeNumber(spool, &at);
            if (column == 0)
                break;
            const quint32 size = takeNumber(spool, &at);
            const int position = m_position.at(int(column - 1));
            if (position >= 0)
                m_cells[size_t(position)] = QByteArray::fromRawData(spool.constData() + at, size);
            at += size;
        }
        for (size_t i = 0; i < m_cells.size(); ++i) {
            if (i > 0)
                out.append(',');
            appendField(out, m_cells[i]);
        }
        out.append("\r\n");
        return at;
    }

private:
    int idOf(const QByteArray &path) {
        const auto found = m_ids.constFind(path);
        if (found != m_ids.constEnd())
            return found.value();
        const int id = int(m_names.size());
        const QByteArray owned(path.constData(), path.size()); // path may point into the object
        m_ids.insert(owned, id);
        m_names.append(owned);
        m_valued.append(false);
        return id;
    }

    bool isObjectSomewhere(const QByteArray &path) const {
        const QByteArray prefix = path + '.';
        return std::any_of(m_names.cbegin(), m_names.cend(),
                           [&](const QByteArray &other) { return other.startsWith(prefix); });
    }

    // Numbers in the spool take one byte below 128, as most do.
    static void putNumber(QByteArray &spool, quint32 number) {
        while (number >= 0x80) {
            spool.append(char(number | 0x80));
            number >>= 7;
        }
        spool.append(char(number));
    }
    static quint32 takeNumber(const QByteArray &spool, qsizetype *at) {
        quint32 number = 0;
        for (int shift = 0; *at < spool.size(); shift += 7) {
            const auto byte = static_cast<unsigned char>(spool.at((*at)++));
            number |= quint32(byte & 0x7F) << shift;
            if (!(byte & 0x80))
                break;
        }
        return number;
    }
    static void put(QByteArray &spool, int id, const QByteArray &cell) {
        if (cell.isEmpty())
            return; // an empty cell is what a missing one is written as
        putNumber(spool, quint32(id + 1));
        putNumber(spool, quint32(cell.size()));
        spool.append(cell);
    }

    // A customer whose object is missing or unreadable still gets a row: what the console
    // read from it, in the documented columns.
    void putCustomer(const Customer &c, QByteArray &spool) const {
        auto cell = [&](const char *column, const QString &text) {
            const int id = m_ids.value(QByteArray(column), -1);
            if (id >= 0)
                put(spool, id, text.toUtf8());
        };
        auto time = [](const QDateTime &t) -> QString {
            return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
        };
        cell("key", c.key);
        cell("id", c.id);
        cell("email", c.email);
        cell("name", c.name);
        cell("surname", c.surname);
        cell("status", c.status);
        cell("partner", c.partner);
        cell("tags", c.tags.join(u", "_s));
        if (c.referringCustomer)
            cell("referring_customer.id", c.referringCustomer->identifier());
        cell("created_at", time(c.createdAt));
        cell("updated_at", time(c.updatedAt));
    }

    int m_knownCount = 0;
    QHash<QByteArray, int> m_ids;
    QList<QByteArray> m_names; // by id: the kind's fields first, then as first seen
    QList<bool> m_valued;      // by id: not null in some object
    QList<int> m_position;     // by id: the column it is written in, or -1
    QList<QByteArray> m_columns;
    std::vector<QByteArray> m_cells;
};

} // namespace

bool CustomerExport::write(QIODevice *device, const CustomerIndex &index, const IndexQuery &query,
                           Format format, ProgramKind kind, int *written, QString *error,
                           const std::function<bool(int written)> &progress, bool *cancelled) {
    return writeRecords(
        device, [&](const auto &visit) { return index.forEachRecord(query, visit); }, format, kind,
        written, error, progress, cancelled);
}

bool CustomerExport::write(QIODevice *device, const QList<CustomerRecord> &records, Format format,
                           ProgramKind kind, int *written, QString *error,
                           const std::function<bool(int written)> &progress, bool *cancelled) {
    return writeRecords(
        device,
        [&](const auto &visit) {
            for (const CustomerRecord &record : records) {
                if (!visit(record))
                    break;
            }
            return true;
        },
        format, kind, written, error, progress, cancelled);
}

bool CustomerExport::writeRecords(QIODevice *device, const Records &records, Format format,
                                  ProgramKind kind, int *written, QString *error,
                                  const std::function<bool(int written)> &progress,
                                  bool *cancelled) {
    int count = 0;
    bool deviceOk = true;
    bool stopped = false;
    int sinceProgress = 0;
    // Between customers: false when the person cancelled.
    auto keepGoing = [&] {
        if (!progress || ++sinceProgress < ProgressEvery)
            return true;
        sinceProgress = 0;
        stopped = !progress(count);
        return !stopped;
    };
    QByteArray chunk;
    chunk.reserve(ChunkBytes + 4096);
    auto flush = [&] {
        if (!chunk.isEmpty() && device->write(chunk) != chunk.size())
            deviceOk = false;
        chunk.resize(0);
        return deviceOk;
    };

    bool read = true;
    if (format == Format::Csv) {
        CsvColumns columns(kind);
        QList<QByteArray> spool;
        read = records([&](const CustomerRecord &record) {
            columns.read(record, spool);
            ++count;
            return keepGoing();
        });
        if (read && !stopped) {
            columns.finish();
            // The byte order mark: spreadsheets (Excel above all) read a CSV without it in the
            // locale's legacy code page, which garbles every name outside ASCII.
            chunk.append("\xEF\xBB\xBF");
            chunk.append(columns.headerLine());
            // Writing from memory is quick; Cancel is still heard, with the count unchanged.
            for (const QByteArray &block : std::as_const(spool)) {
                for (qsizetype at = 0; at < block.size() && deviceOk && !stopped;) {
                    at = columns.appendRow(block, at, chunk);
                    if (chunk.size() >= ChunkBytes)
                        flush();
                    keepGoing();
                }
            }
        }
    } else {
        read = records([&](const CustomerRecord &record) {
            chunk.append(record.json);
            chunk.append('\n');
            ++count;
            return (chunk.size() < ChunkBytes || flush()) && keepGoing();
        });
    }
    if (read && deviceOk && !stopped)
        flush();

    if (written)
        *written = count;
    if (cancelled)
        *cancelled = stopped;
    if (stopped) {
        if (error)
            *error = tr("The export was cancelled.");
        return false;
    }
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

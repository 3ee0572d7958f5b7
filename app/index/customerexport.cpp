#include "app/index/customerexport.h"

#include "models/csvfield.h"

#include <QHash>
#include <QIODevice>
#include <QJsonDocument>
#include <QSet>

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

// Walks one customer object and hands every leaf to a visitor under its dotted path. It reads
// the bytes itself rather than through QJsonDocument, for two reasons: a number keeps exactly
// the text the object holds (no 1e+21, no lost digits), and an export reads every object twice
// (once to learn the columns, once to write) within its budget.
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

// The columns of a CSV export: the kind's API fields, then every other field the exported
// objects hold.
class CsvColumns {
public:
    explicit CsvColumns(ProgramKind kind) {
        for (const QString &field : CustomerExport::apiFields(kind))
            m_known.append(field.toUtf8());
    }

    // The first pass: notes every field of one object. False when it is not a JSON object.
    bool learn(const QByteArray &json) {
        return Flattener(json).run([this](const QByteArray &path, const QByteArray &, bool null) {
            QSet<QByteArray> &set = null ? m_nullOnly : m_valued;
            if (!m_valued.contains(path) && !set.contains(path)) {
                const QByteArray owned(path.constData(), path.size()); // path points into json
                if (!null)
                    m_nullOnly.remove(owned);
                set.insert(owned);
            }
        });
    }

    // After the first pass: the columns in their order.
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
        m_columns = m_known;
        const QSet<QByteArray> known(m_known.cbegin(), m_known.cend());
        QList<QByteArray> others;
        for (const QByteArray &path : std::as_const(m_valued))
            if (!known.contains(path))
                others.append(path);
        for (const QByteArray &path : std::as_const(m_nullOnly))
            if (!known.contains(path) && !isObjectSomewhere(path))
                others.append(path);
        std::sort(others.begin(), others.end());
        m_columns.append(others);
        for (int i = 0; i < m_columns.size(); ++i)
            m_index.insert(m_columns.at(i), i);
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

    // The second pass: appends the row of one customer to `out`.
    void appendRow(const CustomerRecord &record, QByteArray &out) {
        m_cells.assign(size_t(m_columns.size()), QByteArray());
        const bool read = Flattener(record.json)
                              .run([this](const QByteArray &path, const QByteArray &cell, bool) {
                                  // A field missing here was added to the index after the first
                                  // pass: it waits for the next export.
                                  const int column = m_index.value(path, -1);
                                  if (column >= 0)
                                      m_cells[size_t(column)] = cell;
                              });
        if (!read) {
            m_cells.assign(size_t(m_columns.size()), QByteArray());
            fillFrom(record.customer);
        }
        for (size_t i = 0; i < m_cells.size(); ++i) {
            if (i > 0)
                out.append(',');
            appendField(out, m_cells[i]);
        }
        out.append("\r\n");
    }

private:
    bool isObjectSomewhere(const QByteArray &path) const {
        const QByteArray prefix = path + '.';
        auto under = [&](const QByteArray &other) {
            return other.startsWith(prefix);
        };
        return std::any_of(m_known.cbegin(), m_known.cend(), under) ||
               std::any_of(m_valued.cbegin(), m_valued.cend(), under) ||
               std::any_of(m_nullOnly.cbegin(), m_nullOnly.cend(), under);
    }

    // A customer whose object is missing or unreadable still gets a row: what the console
    // read from it.
    void fillFrom(const Customer &c) {
        auto put = [this](const char *column, const QString &text) {
            const int at = m_index.value(QByteArray(column), -1);
            if (at >= 0)
                m_cells[size_t(at)] = text.toUtf8();
        };
        auto time = [](const QDateTime &t) {
            return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
        };
        put("key", c.key);
        put("id", c.id);
        put("email", c.email);
        put("name", c.name);
        put("surname", c.surname);
        put("status", c.status);
        put("partner", c.partner);
        put("tags", c.tags.join(u", "_s));
        if (c.referringCustomer)
            put("referring_customer.id", c.referringCustomer->identifier());
        put("created_at", time(c.createdAt));
        put("updated_at", time(c.updatedAt));
    }

    QList<QByteArray> m_known;
    QSet<QByteArray> m_valued;
    QSet<QByteArray> m_nullOnly;
    QList<QByteArray> m_columns;
    QHash<QByteArray, int> m_index;
    std::vector<QByteArray> m_cells;
};

} // namespace

bool CustomerExport::write(QIODevice *device, const CustomerIndex &index, const IndexQuery &query,
                           Format format, ProgramKind kind, int *written, QString *error,
                           const std::function<bool(int written)> &progress, bool *cancelled) {
    int count = 0;
    bool deviceOk = true;
    bool stopped = false;
    int sinceProgress = 0;
    // Between rows: false when the person cancelled.
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
        read = index.forEachRecord(query, [&](const CustomerRecord &record) {
            columns.learn(record.json);
            return keepGoing();
        });
        columns.finish();
        // The byte order mark: spreadsheets (Excel above all) read a CSV without it in the
        // locale's legacy code page, which garbles every name outside ASCII.
        chunk.append("\xEF\xBB\xBF");
        chunk.append(columns.headerLine());
        read = read && !stopped && flush() &&
               index.forEachRecord(query, [&](const CustomerRecord &record) {
                   columns.appendRow(record, chunk);
                   ++count;
                   return (chunk.size() < ChunkBytes || flush()) && keepGoing();
               });
    } else {
        read = index.forEachRecord(query, [&](const CustomerRecord &record) {
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

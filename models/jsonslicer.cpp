// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/jsonslicer.h"

#include <cstring>

namespace {

// One pass over the text with a cursor that never passes `end`. Nesting is counted, not
// recursed into, so that no input can exhaust the stack.
class Cursor final {
public:
    Cursor(const char *begin, const char *end)
        : m_p(begin)
        , m_end(end) {}

    const char *position() const { return m_p; }
    bool atEnd() const { return m_p == m_end; }
    bool at(char c) const { return m_p != m_end && *m_p == c; }
    void advance() { ++m_p; }

    void skipSpace() {
        while (m_p != m_end && isSpace(*m_p))
            ++m_p;
    }

    // After the opening quote of a string: moves past its closing quote. Sets *escaped when
    // the string holds a backslash.
    // Most of a page's bytes are inside strings: memchr finds their ends several bytes at a
    // time, where a loop over each byte made this scanner cost a sixth of mapping a page.
    bool skipStringBody(bool *escaped = nullptr) {
        while (m_p != m_end) {
            const auto *quote =
                static_cast<const char *>(std::memchr(m_p, '"', size_t(m_end - m_p)));
            if (!quote) {
                m_p = m_end;
                return false;
            }
            const auto *backslash =
                static_cast<const char *>(std::memchr(m_p, '\\', size_t(quote - m_p)));
            if (!backslash) {
                m_p = quote + 1;
                return true;
            }
            if (escaped)
                *escaped = true;
            // The escaped character, whatever it is (it may be the quote found above).
            m_p = backslash + 1;
            if (m_p == m_end)
                return false;
            ++m_p;
        }
        return false;
    }

    // Moves past one value (an object, an array, a string or a scalar), ending right after its
    // last byte. Sets *lineBreak when a CR or LF stands outside the value's strings.
    bool skipValue(bool *lineBreak) {
        if (m_p == m_end)
            return false;
        const char first = *m_p;
        if (first == '"') {
            ++m_p;
            return skipStringBody();
        }
        if (first != '{' && first != '[') {
            // A number, true, false or null: up to the next delimiter.
            const char *start = m_p;
            while (m_p != m_end && !isSpace(*m_p) && *m_p != ',' && *m_p != '}' && *m_p != ']' &&
                   *m_p != ':')
                ++m_p;
            return m_p != start;
        }
        qsizetype depth = 0;
        while (m_p != m_end) {
            const char c = *m_p++;
            switch (c) {
            case '"':
                if (!skipStringBody())
                    return false;
                break;
            case '{':
            case '[':
                ++depth;
                break;
            case '}':
            case ']':
                if (--depth == 0)
                    return true;
                break;
            case '\n':
            case '\r':
                *lineBreak = true;
                break;
            default:
                break;
            }
        }
        return false;
    }

    static bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

private:
    const char *m_p;
    const char *m_end;
};

// At the opening bracket of an array: its elements, the cursor after the closing bracket.
std::optional<QList<QByteArray>> elements(Cursor &cursor) {
    cursor.advance();
    QList<QByteArray> parts;
    cursor.skipSpace();
    if (cursor.at(']')) {
        cursor.advance();
        return parts;
    }
    for (;;) {
        cursor.skipSpace();
        const char *start = cursor.position();
        bool lineBreak = false;
        if (!cursor.skipValue(&lineBreak))
            return std::nullopt;
        const QByteArrayView slice(start, cursor.position() - start);
        parts.append(lineBreak ? JsonSlicer::compacted(slice) : slice.toByteArray());
        cursor.skipSpace();
        if (cursor.at(',')) {
            cursor.advance();
            continue;
        }
        if (!cursor.at(']'))
            return std::nullopt;
        cursor.advance();
        return parts;
    }
}

} // namespace

std::optional<QList<QByteArray>> JsonSlicer::arrayMember(QByteArrayView json, QByteArrayView name) {
    const char *begin = json.data();
    const char *end = begin + json.size();
    // QJsonDocument::fromJson reads past a byte order mark.
    if (json.startsWith("\xEF\xBB\xBF"))
        begin += 3;
    Cursor cursor(begin, end);
    cursor.skipSpace();
    if (!cursor.at('{'))
        return std::nullopt;
    cursor.advance();
    cursor.skipSpace();
    if (cursor.at('}'))
        return std::nullopt;
    std::optional<QList<QByteArray>> found;
    bool seen = false;
    for (;;) {
        cursor.skipSpace();
        if (!cursor.at('"'))
            return std::nullopt;
        cursor.advance();
        const char *nameStart = cursor.position();
        bool escaped = false;
        if (!cursor.skipStringBody(&escaped) || escaped)
            return std::nullopt;
        const QByteArrayView memberName(nameStart, cursor.position() - 1 - nameStart);
        cursor.skipSpace();
        if (!cursor.at(':'))
            return std::nullopt;
        cursor.advance();
        cursor.skipSpace();
        if (memberName == name) {
            if (seen || !cursor.at('['))
                return std::nullopt;
            seen = true;
            found = elements(cursor);
            if (!found)
                return std::nullopt;
        } else {
            bool lineBreak = false;
            if (!cursor.skipValue(&lineBreak))
                return std::nullopt;
        }
        cursor.skipSpace();
        if (cursor.at(',')) {
            cursor.advance();
            continue;
        }
        if (!cursor.at('}'))
            return std::nullopt;
        cursor.advance();
        break;
    }
    cursor.skipSpace();
    if (!cursor.atEnd())
        return std::nullopt;
    return found;
}

QByteArray JsonSlicer::compacted(QByteArrayView value) {
    QByteArray out;
    out.reserve(value.size());
    bool inString = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value[i];
        if (inString) {
            out.append(c);
            if (c == '\\' && i + 1 < value.size())
                out.append(value[++i]);
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
            out.append(c);
        } else if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
            out.append(c);
        }
    }
    return out;
}

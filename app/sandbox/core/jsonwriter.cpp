// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/core/jsonwriter.h"

#include <QLocale>

namespace sandbox {

void JsonWriter::separator() {
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.isEmpty()) {
        if (m_first.last())
            m_first.last() = false;
        else
            m_out += ',';
    }
}

void JsonWriter::beginObject() {
    separator();
    m_out += '{';
    m_first.append(true);
}

void JsonWriter::endObject() {
    m_out += '}';
    m_first.removeLast();
}

void JsonWriter::beginArray() {
    separator();
    m_out += '[';
    m_first.append(true);
}

void JsonWriter::endArray() {
    m_out += ']';
    m_first.removeLast();
}

void JsonWriter::key(const char *name) {
    separator();
    m_out += '"';
    m_out += name;
    m_out += "\":";
    m_afterKey = true;
}

void JsonWriter::string(const QString &value) {
    separator();
    const QByteArray utf8 = value.toUtf8();
    m_out += '"';
    qsizetype clean = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8.at(i));
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        m_out.append(utf8.constData() + clean, i - clean);
        clean = i + 1;
        switch (c) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\r':
            m_out += "\\r";
            break;
        case '\t':
            m_out += "\\t";
            break;
        default: {
            static const char hex[] = "0123456789abcdef";
            const char escaped[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf]};
            m_out.append(escaped, 6);
        }
        }
    }
    m_out.append(utf8.constData() + clean, utf8.size() - clean);
    m_out += '"';
}

void JsonWriter::asciiString(const QByteArray &value) {
    separator();
    m_out += '"';
    m_out += value;
    m_out += '"';
}

void JsonWriter::nullableString(const QString &value) {
    if (value.isNull())
        null();
    else
        string(value);
}

void JsonWriter::boolean(bool value) {
    separator();
    m_out += value ? "true" : "false";
}

void JsonWriter::number(qint64 value) {
    separator();
    m_out += QByteArray::number(value);
}

void JsonWriter::number(double value) {
    separator();
    m_out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

void JsonWriter::null() {
    separator();
    m_out += "null";
}

void JsonWriter::raw(const QByteArray &json) {
    separator();
    m_out += json;
}

} // namespace sandbox

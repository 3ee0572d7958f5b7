// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace sandbox {

// A small streaming JSON writer. Pages of 250 customers are written straight into one
// buffer, which is several times faster than building QJsonObjects and serialising them.
class JsonWriter final {
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();

    // Object members: key() then one value.
    void key(const char *name);

    void string(const QString &value);
    // Bytes known to need no escaping (timestamps, numbers as text).
    void asciiString(const QByteArray &value);
    // A null QString is written as null.
    void nullableString(const QString &value);
    void boolean(bool value);
    void number(qint64 value);
    void number(double value);
    void null();
    // Already serialised JSON (an object or an array).
    void raw(const QByteArray &json);

    const QByteArray &data() const { return m_out; }
    QByteArray take() { return std::move(m_out); }

private:
    void separator();

    QByteArray m_out;
    QList<bool> m_first; // per open container: nothing written yet
    bool m_afterKey = false;
};

} // namespace sandbox

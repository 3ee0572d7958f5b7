// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/core/streamedanswer.h"

#include <QHttpServerResponder>
#include <QTcpSocket>

#include <algorithm>

namespace sandbox {

namespace {
constexpr qint64 PaddingPiece = 64 * 1024;
// Kept small so that a client that stops reading stops the sandbox writing too.
constexpr qint64 MaxQueuedBytes = 256 * 1024;
constexpr int FastestTickMs = 50;
} // namespace

void StreamedAnswer::start(QTcpSocket *socket, std::shared_ptr<QHttpServerResponder> responder,
                           Parts parts, QObject *parent) {
    auto *answer = new StreamedAnswer(socket, std::move(responder), std::move(parts), parent);
    answer->writeSome();
}

StreamedAnswer::StreamedAnswer(QTcpSocket *socket, std::shared_ptr<QHttpServerResponder> responder,
                               Parts parts, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_responder(std::move(responder))
    , m_parts(std::move(parts))
    , m_paddingLeft(m_parts.padding) {
    connect(socket, &QObject::destroyed, this, &QObject::deleteLater);
    connect(socket, &QAbstractSocket::disconnected, this, [this] {
        m_tick.stop();
        m_done = true;
    });
    if (m_parts.bytesPerSecond > 0) {
        // A byte at a time for slow rates, else a slice every FastestTickMs.
        const int perSecond = m_parts.bytesPerSecond;
        m_tick.setInterval(perSecond <= 1000 / FastestTickMs ? 1000 / perSecond : FastestTickMs);
        connect(&m_tick, &QTimer::timeout, this, &StreamedAnswer::writeSome);
        m_tick.start();
    } else {
        connect(socket, &QIODevice::bytesWritten, this, &StreamedAnswer::writeSome);
    }
}

void StreamedAnswer::writeSome() {
    if (m_done || !m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        m_tick.stop();
        return;
    }
    if (m_parts.bytesPerSecond > 0) {
        const qint64 perTick =
            std::max<qint64>(1, qint64(m_parts.bytesPerSecond) * m_tick.interval() / 1000);
        m_socket->write(take(perTick));
        m_socket->flush();
    } else {
        while (!m_done && m_socket->bytesToWrite() < MaxQueuedBytes)
            m_socket->write(take(PaddingPiece));
    }
    if (m_done)
        m_tick.stop();
}

QByteArray StreamedAnswer::take(qint64 max) {
    while (m_pending.size() < max && m_stage < 5)
        refill();
    const QByteArray piece = m_pending.left(max);
    m_pending.remove(0, piece.size());
    if (m_pending.isEmpty() && m_stage >= 5)
        m_done = true;
    return piece;
}

void StreamedAnswer::appendBody(const QByteArray &bytes) {
    if (bytes.isEmpty())
        return;
    if (m_parts.chunked)
        m_pending += QByteArray::number(bytes.size(), 16) + "\r\n" + bytes + "\r\n";
    else
        m_pending += bytes;
}

void StreamedAnswer::refill() {
    switch (m_stage) {
    case 0:
        m_pending += m_parts.statusAndHeaders;
        ++m_stage;
        break;
    case 1:
        appendBody(m_parts.bodyHead);
        ++m_stage;
        break;
    case 2:
        if (m_paddingLeft > 0) {
            const qint64 piece = std::min(m_paddingLeft, PaddingPiece);
            appendBody(QByteArray(piece, 'x'));
            m_paddingLeft -= piece;
        } else {
            ++m_stage;
        }
        break;
    case 3:
        appendBody(m_parts.bodyTail);
        ++m_stage;
        break;
    case 4:
        if (m_parts.chunked)
            m_pending += "0\r\n\r\n";
        ++m_stage;
        break;
    default:
        break;
    }
}

} // namespace sandbox

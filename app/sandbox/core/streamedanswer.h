// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

QT_BEGIN_NAMESPACE
class QHttpServerResponder;
class QTcpSocket;
QT_END_NAMESPACE

namespace sandbox {

// Writes one answer onto a connection taken over from QAbstractHttpServer, a piece at a time:
// at a set rate (the drip fault) or as fast as the socket drains, with a long run of padding
// made on the way (the oversize fault) instead of held in memory. Qt HttpServer 6.4 has no
// streaming responses, so the status line and headers are written here too.
//
// Lives until the connection goes, holding the responder as the hang fault does.
class StreamedAnswer final : public QObject {
    Q_OBJECT

public:
    struct Parts {
        QByteArray statusAndHeaders; // up to and including the blank line
        QByteArray bodyHead;
        qint64 padding = 0; // bytes of 'x' between bodyHead and bodyTail
        QByteArray bodyTail;
        bool chunked = false;   // the body in Transfer-Encoding: chunked
        int bytesPerSecond = 0; // 0: as fast as the socket takes it
    };

    // Starts writing at once; `parent` owns it should the socket outlive the server.
    static void start(QTcpSocket *socket, std::shared_ptr<QHttpServerResponder> responder,
                      Parts parts, QObject *parent);

private:
    StreamedAnswer(QTcpSocket *socket, std::shared_ptr<QHttpServerResponder> responder, Parts parts,
                   QObject *parent);

    void writeSome();
    // The next `max` bytes for the wire (fewer at the end).
    QByteArray take(qint64 max);
    void refill();
    void appendBody(const QByteArray &bytes);

    QPointer<QTcpSocket> m_socket;
    std::shared_ptr<QHttpServerResponder> m_responder;
    Parts m_parts;
    QTimer m_tick;
    QByteArray m_pending; // ready for the wire
    int m_stage = 0;      // headers, body head, padding, body tail, chunk end, done
    qint64 m_paddingLeft = 0;
    bool m_done = false;
};

} // namespace sandbox

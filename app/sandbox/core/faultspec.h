// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace sandbox {

// A fault to inject into one answer, parsed from `X-Sandbox-Fault` or a queued rule:
// items separated by ';': latency=MS | status=401|403|404|422|429|500|502|503|504 |
// retry-after=SECONDS | drop | malformed | html | empty | content-type=TYPE | hang |
// drip[=BYTES_PER_SECOND] | oversize=MB.
//
// A status answers in the documented error shape without running the request (422 with an
// "errors" object). empty and content-type run the request, then answer 200 with no body, or
// with the normal body labelled TYPE: answers a proxy or a misconfigured server can give.
//
// drip sends the normal answer (after the request ran, like latency) a few bytes at a time,
// status line and headers included (4 bytes a second unless given): a server that never falls
// silent long enough for a transfer timeout, yet never finishes. oversize answers 200 with the
// normal JSON answer padded by a "padding" member to MB megabytes, streamed in chunks
// (Transfer-Encoding: chunked, no Content-Length) so that neither side needs it whole.
struct FaultSpec {
    static constexpr int DefaultDripBytesPerSecond = 4;
    static constexpr int MaxOversizeMb = 1024;

    QString text; // as given (trimmed), recorded in the request log
    int latencyMs = 0;
    int status = 0;      // 0: no status override
    int retryAfter = -1; // seconds; -1: no Retry-After header
    bool drop = false;
    bool malformed = false;
    bool html = false;
    bool empty = false;
    QByteArray contentType; // empty: the answer's own
    bool hang = false;
    int dripBytesPerSecond = 0; // 0: no drip
    int oversizeMb = 0;         // 0: the answer's own size

    bool isEmpty() const { return text.isEmpty(); }
    // Faults that answer without running the request (the server "failed" before it).
    bool replacesAnswer() const { return status != 0 || html; }

    // False with a sentence in *error when the spec is not understood.
    static bool parse(const QString &text, FaultSpec *spec, QString *error);
};

} // namespace sandbox

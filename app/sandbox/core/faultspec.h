#pragma once

#include <QString>

namespace sandbox {

// A fault to inject into one answer, parsed from `X-Sandbox-Fault` or a queued rule:
// items separated by ';': latency=MS | status=429|500|502|503|504 | retry-after=SECONDS |
// drop | malformed | html | hang.
struct FaultSpec {
    QString text; // as given (trimmed), recorded in the request log
    int latencyMs = 0;
    int status = 0;      // 0: no status override
    int retryAfter = -1; // seconds; -1: no Retry-After header
    bool drop = false;
    bool malformed = false;
    bool html = false;
    bool hang = false;

    bool isEmpty() const { return text.isEmpty(); }
    // Faults that answer without running the request (the server "failed" before it).
    bool replacesAnswer() const { return status != 0 || html; }

    // False with a sentence in *error when the spec is not understood.
    static bool parse(const QString &text, FaultSpec *spec, QString *error);
};

} // namespace sandbox

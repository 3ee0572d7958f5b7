// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/changeoutcome.h"
#include "models/jsonmapping.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

// Everything that can go wrong with one API call, as a value. Built in one place (ApiClient)
// from the reply; `sentence()` turns it into one translated sentence for people.
//
// What never ends up in here: the API key, the Authorization header, raw HTML.
class ApiError final {
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,         // no error
        Network,      // the server could not be reached or the connection broke
        Timeout,      // no complete answer within the transfer timeout
        Tls,          // the secure connection failed (certificate, handshake)
        Unauthorized, // 401: the key is wrong or expired
        Forbidden,    // 403: the key may not do this
        NotFound,     // 404, 410, and 405 (the program kind has no such action)
        Validation,   // 400, 409, 422 and other 4xx: the server refused the data
        RateLimited,  // 429
        Server,       // 5xx
        BadResponse,  // a 2xx (or 3xx) whose body is not what the API documents
        Cancelled,    // cancelled by the program or the person
        NotSent,      // refused before sending: insecure address, no key, journal failure
    };

    // How the request went out, so that a failure's sentence names the setting that could
    // help (set by ApiCall on errors).
    enum class Route {
        Direct,      // no proxy
        SystemProxy, // the system's proxy (http_proxy, https_proxy)
        ManualProxy, // the proxy set in Preferences > Network
    };

    ApiError() = default;
    explicit ApiError(Kind kind, int httpStatus = 0);

    Kind kind = Kind::None;
    int httpStatus = 0;                     // 0 when no HTTP answer arrived
    QString serverMessage;                  // the body's `message`, when the body is JSON
    QMap<QString, QStringList> fieldErrors; // the body's `errors` (string or array per field)
    int retryAfter = -1;                    // seconds from Retry-After; -1 when not given
    // A translated sentence from the client itself that says more than the kind does
    // (e.g. why a request was not sent, Qt's description of a TLS failure, which field of a
    // response was wrong). Never contains the key.
    QString detail;
    // What the request did to the data when it was one that changes data: set by ApiCall on
    // every result it delivers, from the one rule (decideChangeOutcome). Until then Unknown,
    // the only answer that never invites sending a change twice.
    ChangeOutcome outcome = ChangeOutcome::Unknown;
    Route route = Route::Direct;
    int networkError = 0; // QNetworkReply::NetworkError of a transport failure, else 0

    // The proxy failed: Qt blamed it (refused, not found, timed out, closed, wrong
    // credentials), or a manual proxy's own address refused or was not found.
    bool isProxyFailure() const;

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    // One clear, translated sentence (sometimes two) for people.
    QString sentence() const;
    // The sentence without the server's words or Qt's details, for diagnostics: those may
    // quote a name, an email or an address holding a customer's id.
    QString scrubbedSentence() const;
    // The field messages, one line each ("email: The email must be a valid email address.").
    QStringList fieldMessages() const;

    // A short, untranslated name of the kind for logs and tests ("not_found").
    static QString kindName(Kind kind);

    // A 2xx answer whose JSON does not have the documented shape.
    static ApiError fromBadResponse(const JsonMapping::Error &error);
    // A client-side refusal; `why` is a translated sentence.
    static ApiError notSent(const QString &why);
    // The error an HTTP status >= 300 stands for, with the message and field errors read from
    // the body when it is JSON (an HTML or text body is ignored).
    static ApiError fromHttpStatus(int status, const QByteArray &body,
                                   const QByteArray &contentType, const QByteArray &retryAfter);
    // Seconds from a Retry-After header (delta-seconds or an HTTP date); -1 when absent or bad.
    static int parseRetryAfter(const QByteArray &value);

    // Replaces every occurrence of `secret` in the texts this error carries. The server
    // should never echo the key, but a message that does must not reach a person's screen.
    void redact(const QString &secret);
};

Q_DECLARE_METATYPE(ApiError)

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/apierror.h"
#include "app/api/apipath.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

struct ApiResponse;
// Reads the 2xx answer to a change before its outcome is decided and told to the journal, so
// that an answer the endpoint does not document (or one that does not confirm the change) is
// unknown in the journal as on the screen. Returns the error, kind None when the answer is as
// documented.
using ApiCheck = std::function<ApiError(const ApiResponse &)>;

// What a service asks ApiClient to send. Not for the UI: the UI goes through the services.
struct ApiRequest {
    QByteArray method = "GET"; // GET, POST, PUT, DELETE
    ApiPath path;
    ApiQuery query;
    std::optional<QJsonObject> body;

    // For the journal (mutations only): a stable name of the action ("credit"), the
    // customer acted on, and a note typed by the person (e.g. the reason for a credit).
    QString action;
    QString customer;
    QString note;
    // Mutations only, optional: see ApiCheck.
    ApiCheck check;

    bool isMutation() const { return method != "GET"; }
};

// The raw outcome of one request, after retries. `json` is the parsed body of a 2xx answer
// (null when the body was empty) and `body` the bytes it was parsed from (a reader that keeps
// objects as sent cuts them out of these); on failure `error.kind` is not None.
struct ApiResponse {
    int httpStatus = 0;
    QJsonDocument json;
    QByteArray body;
    ApiError error;
};

// A handler either finishes the call (returns nothing) or continues the same call with
// another request (e.g. program detection falling back from one endpoint to the next), so
// that one handle covers the whole sequence and cancel() reaches whichever step is running.
struct ApiStep;
using ApiHandler = std::function<std::optional<ApiStep>(const ApiResponse &)>;
struct ApiStep {
    ApiRequest request;
    ApiHandler handler;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class ApiError;
class QJsonDocument;

// What a request that changes data did to the data, decided once by ApiCall from the answer
// (or its absence) and carried on the result, so that every screen, the bulk runs and the
// journal tell the same story.
enum class ChangeOutcome {
    Succeeded, // a 2xx answer that could be read: the change was made. Where the reference
               // does not document an endpoint's answer, the bare success envelope
               // ({"status": 1} without data, see confirmsByEnvelope()) is such an answer
    NotMade,   // the server answered and refused (4xx other than 408, including 429)
    NotSent,   // refused before anything left: connection refused or unresolved, TLS, the
               // journal not writable, an insecure address: nothing reached the server
    Unknown,   // the request left and no usable answer came back (5xx, 408, a timeout, a
               // connection broken after sending, an unreadable 2xx, a cancel after sending):
               // only reading the data again can tell, and sending again could do it twice
};

// The one rule. `networkError` is the QNetworkReply::NetworkError of the last attempt
// (0 when there was none); `requestLeft` says whether the request was handed to the network
// at all. Pure: the same inputs always give the same outcome.
ChangeOutcome decideChangeOutcome(const ApiError &error, int networkError, bool requestLeft);

// Whether a 2xx answer is the API's bare success envelope: {"status": 1} (or true) with no
// `data`, or a null or empty one. A change answered so was made, even where the endpoint's
// documented answer would carry data (the credit's balance): the caller reads that data
// afterwards instead. An answer with data that cannot be read, or one that says status 0,
// confirms nothing.
bool confirmsByEnvelope(const QJsonDocument &answer);

// A stable, untranslated name for logs and tests: "succeeded", "not_made", "not_sent",
// "unknown".
QString changeOutcomeName(ChangeOutcome outcome);

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/apierror.h"
#include "app/api/changeoutcome.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <QUuid>

// One request that changes data, as the journal records it before it is sent. The key is
// never part of it: the key only travels in the Authorization header.
struct MutationRecord {
    QUuid operationId;
    QByteArray method; // POST, PUT or DELETE
    QString path;      // decoded, with the base path: "/v1/customers/alice/balance/credit"
    QUrl url;          // the full address sent to
    QJsonObject body;  // exactly what is sent; empty when there is no body
    // Stable name: create, update, delete, suspend, approve, archive, revoke_archive, invite,
    // credit.
    QString action;
    QString customer; // the customer acted on, when there is one
    QString note;     // typed by the person, e.g. the reason for a credit
};

struct MutationOutcome {
    ChangeOutcome result = ChangeOutcome::Unknown; // the one rule, as on the call's result
    int httpStatus = 0;
    ApiError error; // kind None when succeeded
};

// The seam for the journal. ApiClient calls it synchronously on the GUI thread.
class MutationObserver {
public:
    virtual ~MutationObserver() = default;
    // Right before the request is handed to the network. Returning false stops it: the call
    // then fails with ApiError::NotSent ("could not record in the journal").
    virtual bool mutationAboutToBeSent(const MutationRecord &record) = 0;
    // Why the last mutationAboutToBeSent() refused, as a sentence for people (a team's store
    // out of reach, another console crediting the customer). Empty: the call says the journal
    // could not be written.
    virtual QString refusalReason() const { return {}; }
    // Once per recorded mutation, when its outcome is known (or known to be unknown). Not
    // called for calls still in flight when the ApiClient is destroyed: the journal shows
    // those as operations without an outcome on the next start, which is the truth.
    virtual void mutationFinished(const QUuid &operationId, const MutationOutcome &outcome) = 0;
};

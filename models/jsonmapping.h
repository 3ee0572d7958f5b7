// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/balance.h"
#include "models/customer.h"
#include "models/customerrecord.h"
#include "models/customerstats.h"
#include "models/pageinfo.h"
#include "models/programinfo.h"
#include "models/requests.h"
#include "models/transaction.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

// The console's JSON mapping of the Partnero API. Tolerant: unknown fields are ignored,
// missing or null optional fields stay empty, and what is plainly meant is coerced (see
// JsonReader). In a list of customers, an item beyond repair is kept with Customer::problem
// set, so that the rest of the page shows; only an answer that is not the documented shape at
// all is an error, which names the field. Never a crash.
namespace JsonMapping {

struct Error {
    QString field;    // dotted path, e.g. "data[3].email"; empty: the document as a whole
    QString sentence; // translated, for people: "The field data[3].email is not text."
};

// Readers fill `out` and return the first problem, if any. They take the whole document
// (the `{"data": ..., "status": 1}` envelope).
std::optional<Error> readCustomer(const QJsonDocument &doc, Customer &out);
std::optional<Error> readCustomerPage(const QJsonDocument &doc, Page<Customer> &out);
// The same page, each customer with its object as the server sent it, for the customer index
// and exports. A customer without a key or an id is left out. `body` is the text `doc` was
// parsed from: each object is cut out of it as it was written (one line: see JsonSlicer).
// Without it, or when the cut does not agree with the parse, each object is written out again
// as compact JSON (QJsonDocument's, which orders the members by name).
std::optional<Error> readCustomerRecordPage(const QJsonDocument &doc, const QByteArray &body,
                                            Page<CustomerRecord> &out);
std::optional<Error> readCustomerRecordPage(const QJsonDocument &doc, Page<CustomerRecord> &out);
// customers:search: `data` may be one object or an array, paginated or not.
std::optional<Error> readSearchResult(const QJsonDocument &doc, QList<Customer> &out);
// /referrals: `data[]` or `data.data[]`, paginated or not.
std::optional<Error> readReferrals(const QJsonDocument &doc, Page<Customer> &out);
std::optional<Error> readTransactionPage(const QJsonDocument &doc, Page<Transaction> &out);
// One transaction (`data` object), as GET /transactions/{key} answers.
std::optional<Error> readTransaction(const QJsonDocument &doc, Transaction &out);
std::optional<Error> readBalance(const QJsonDocument &doc, Balance &out);
std::optional<Error> readStats(const QJsonDocument &doc, CustomerStats &out);
// /program/overview or /test.
std::optional<Error> readProgramInfo(const QJsonDocument &doc, ProgramInfo &out);
// The kind a customer object's shape suggests (referral fields or a partner), else Unknown.
ProgramKind kindFromCustomerShape(const QJsonDocument &customerPage);

// One customer object (no envelope); used by the readers above and by tests.
std::optional<Error> readCustomerObject(const QJsonObject &json, const QString &path,
                                        Customer &out);

QJsonObject write(const AffiliateCustomerDraft &draft);
QJsonObject write(const ReferralCustomerDraft &draft);
QJsonObject write(const CustomerUpdate &update); // {"update": {...}}
QJsonObject write(const CreditRequest &credit);
QJsonObject write(const InviteRequest &invite);

} // namespace JsonMapping

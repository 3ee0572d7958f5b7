// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: every reader of the JSON mapping (models/jsonmapping.h) and the reading of
// an error body (ApiError::fromHttpStatus) on one document. Each input goes through all of
// them, so that one corpus of server answers serves every response type. A reader may refuse
// the document; it must never crash, hang or touch memory it does not own.

#include "app/api/apierror.h"
#include "app/api/apirequest.h"
#include "app/api/servicesupport.h"
#include "models/jsonmapping.h"
#include "models/jsonslicer.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    // An error answer is read from the raw body: JSON or not, whatever the content type says.
    (void)ApiError::fromHttpStatus(422, body, "application/json", QByteArray());
    (void)ApiError::fromHttpStatus(500, body, "text/html", body.left(40));
    (void)ApiError::parseRetryAfter(body.left(64));

    // The scanner that cuts a page's objects out of its bytes runs only on text the parse
    // accepted, but must not read outside any text.
    (void)JsonSlicer::arrayMember(body, "data");

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return 0;

    Page<Customer> customerPage;
    (void)JsonMapping::readCustomerPage(doc, customerPage);
    Page<CustomerRecord> records;
    (void)JsonMapping::readCustomerRecordPage(doc, body, records);
    Customer customer;
    (void)JsonMapping::readCustomer(doc, customer);
    QList<Customer> found;
    (void)JsonMapping::readSearchResult(doc, found);
    Page<Customer> referrals;
    (void)JsonMapping::readReferrals(doc, referrals);
    Page<Transaction> transactions;
    (void)JsonMapping::readTransactionPage(doc, transactions);
    Transaction transaction;
    (void)JsonMapping::readTransaction(doc, transaction);
    Balance balance;
    (void)JsonMapping::readBalance(doc, balance); // also the credit answer
    CustomerStats stats;
    (void)JsonMapping::readStats(doc, stats);
    ProgramInfo overview;
    (void)JsonMapping::readProgramInfo(doc, overview);
    (void)JsonMapping::kindFromCustomerShape(doc);
    if (doc.isObject()) {
        Customer one;
        (void)JsonMapping::readCustomerObject(doc.object(), QStringLiteral("data"), one);
    }

    // The answer to a change (credit, invite, suspend): confirmed or not.
    ApiResponse response;
    response.httpStatus = 200;
    response.json = doc;
    (void)ServiceSupport::confirmation(response);
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sandbox/core/apimessage.h"
#include "app/sandbox/core/apivariant.h"

#include <QJsonObject>

namespace sandbox {

class AffiliateStore;
class JsonWriter;
struct AffiliateCustomer;

// The affiliate program's side of /v1 (the key decides the program): routing, validation,
// and the documented request and response shapes.
class AffiliateApi final {
public:
    AffiliateApi(AffiliateStore &store, ApiVariant variant = ApiVariant::Documented);

    ApiResponse handle(const ApiRequest &request);

    static QString programName();

    // The routes answered alike by both programs (see commonRoute()).
    ApiResponse search(const ApiRequest &request);
    ApiResponse overview() const;
    ApiResponse test() const;

private:
    ApiResponse list(const ApiRequest &request);
    ApiResponse create(const QJsonObject &body);
    ApiResponse update(const QJsonObject &body, int slot);
    ApiResponse updateByBody(const QJsonObject &body);
    ApiResponse removeByBody(const QJsonObject &body);
    ApiResponse transactions(const ApiRequest &request, int slot);

    // `full`: the single-customer shape (with status and tags); else the list item shape.
    void writeCustomer(JsonWriter &writer, const AffiliateCustomer &customer, bool full) const;
    QByteArray customerJson(const AffiliateCustomer &customer) const;
    // What `partner` holds for the partner at this index: its key, or its id (Alternative).
    QString partnerReference(int partner) const;
    void writeTransaction(JsonWriter &writer, const AffiliateCustomer &customer, int index) const;

    AffiliateStore &m_store;
    ApiVariant m_variant;
};

} // namespace sandbox

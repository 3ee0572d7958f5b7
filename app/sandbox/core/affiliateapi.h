#pragma once

#include "apimessage.h"

#include <QJsonObject>

namespace sandbox {

class AffiliateStore;
struct AffiliateCustomer;

// The affiliate program's side of /v1 (the key decides the program): routing, validation,
// and the documented request and response shapes.
class AffiliateApi final {
public:
    explicit AffiliateApi(AffiliateStore &store);

    ApiResponse handle(const ApiRequest &request);

    static QString programName();

private:
    ApiResponse list(const ApiRequest &request);
    ApiResponse search(const ApiRequest &request);
    ApiResponse create(const ApiRequest &request);
    ApiResponse update(int slot, const QJsonObject &body);
    ApiResponse updateByBody(const ApiRequest &request);
    ApiResponse removeByBody(const ApiRequest &request);
    ApiResponse transactions(const ApiRequest &request, int slot);
    ApiResponse overview() const;
    ApiResponse test() const;

    QJsonObject customerJson(const AffiliateCustomer &customer, bool full) const;
    QJsonObject transactionJson(const AffiliateCustomer &customer, int index) const;

    AffiliateStore &m_store;
};

} // namespace sandbox

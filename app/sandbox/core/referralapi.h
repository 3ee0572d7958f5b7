// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sandbox/core/apimessage.h"
#include "app/sandbox/core/apivariant.h"

#include <QJsonObject>

namespace sandbox {

class InviteLog;
class JsonWriter;
class ReferralStore;
struct ReferralCustomer;

// The refer-a-friend program's side of /v1: routing, validation and response shapes.
class ReferralApi final {
public:
    ReferralApi(ReferralStore &store, InviteLog &invites,
                ApiVariant variant = ApiVariant::Documented);

    ApiResponse handle(const ApiRequest &request);

    static QString programName();
    // Units the program rewards in; points are not a currency.
    static QStringList rewardUnits();

    // The routes answered alike by both programs (see commonRoute()).
    ApiResponse search(const ApiRequest &request);
    ApiResponse overview() const;
    ApiResponse test() const;

private:
    ApiResponse list(const ApiRequest &request);
    ApiResponse create(const QJsonObject &body);
    ApiResponse update(const QJsonObject &body, int slot);
    ApiResponse invite(const QJsonObject &body);
    ApiResponse stats(int slot) const;
    ApiResponse referrals(const ApiRequest &request, int slot);
    ApiResponse transactions(const ApiRequest &request, int slot);
    ApiResponse balance(int slot) const;
    ApiResponse credit(const QJsonObject &body, int slot);

    void writeCustomer(JsonWriter &writer, const ReferralCustomer &customer) const;
    QByteArray customerJson(const ReferralCustomer &customer) const;
    QString referralLink(const ReferralCustomer &customer) const;

    ReferralStore &m_store;
    InviteLog &m_invites;
    ApiVariant m_variant;
};

} // namespace sandbox

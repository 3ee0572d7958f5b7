// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/core/customerhandlers.h"

using namespace Qt::Literals::StringLiterals;

namespace sandbox {

ContactFields readContactFields(const QJsonObject &body, Validation &validation) {
    ContactFields fields;
    bool present = false;
    if (readOptionalString(body, u"email"_s, u"email"_s, validation, &fields.email, &present))
        checkEmail(fields.email, u"email"_s, validation);
    readOptionalString(body, u"name"_s, u"name"_s, validation, &fields.name, &present);
    readOptionalString(body, u"surname"_s, u"surname"_s, validation, &fields.surname, &present);
    return fields;
}

ApiResponse searchNeedsKeyIdOrEmail() {
    Validation validation;
    validation.add(u"email"_s, u"The email field is required when none of key / id are present."_s);
    return validation.response();
}

ApiResponse testResponse(const QString &programName, const QString &type) {
    return dataResponse(
        QJsonObject{{u"user"_s, QJsonObject{{u"name"_s, u"Sandbox user"_s}}},
                    {u"program"_s, QJsonObject{{u"name"_s, programName}, {u"type"_s, type}}}});
}

ApiResponse overviewResponse(const ProgramOverview &o) {
    const QJsonObject settings{
        {u"program_name"_s, o.name},
        {u"program_type_title"_s, o.typeTitle},
        {u"program_initials"_s, o.initials},
        {u"partner_portal_url"_s, o.portalUrl},
        {u"commission_description"_s, o.commission},
        {u"cookie_lifetime"_s, o.cookieLifetime},
        {u"payout_threshold"_s, o.payoutThreshold},
        {u"currency"_s, u"USD"_s},
    };
    return dataResponse(QJsonObject{
        {u"total_partners"_s, o.partners},
        {u"total_partners_growth"_s, 0},
        {u"total_signups"_s, o.signups},
        {u"total_signups_growth"_s, 0},
        {u"total_paid_accounts"_s, o.paidAccounts},
        {u"total_paid_accounts_growth"_s, 0},
        {u"total_purchases"_s, o.purchases},
        {u"total_purchases_growth"_s, 0},
        {u"total_revenue"_s, o.revenue},
        {u"total_reward"_s, o.reward},
        {u"total_paid"_s, o.paid},
        {u"overview_program_current_settings"_s, settings},
    });
}

} // namespace sandbox

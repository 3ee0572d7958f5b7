// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace sandbox {

class AffiliateStore;
class ReferralStore;

// Deterministic demo data: the same seed and size give the same customers, byte for byte.
// Well-known records for docs and demos (created whenever `customers` > 0):
//  - affiliate: customer `alice_brown` (Alice Brown, alice.brown@example.com, tag vip) of
//    partner `partner_acme`;
//  - refer-a-friend: `ada_lovelace` (ada@example.com; referrals 3 levels deep, USD balance)
//    and `grace_hopper`, the root of a referral chain 6 levels deep.
namespace Seeder {
void seedAffiliate(AffiliateStore &store, int customers, quint32 seed);
void seedReferral(ReferralStore &store, int customers, quint32 seed);
} // namespace Seeder

} // namespace sandbox

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sandbox/core/affiliatestore.h"
#include "app/sandbox/core/invitelog.h"
#include "app/sandbox/core/referralstore.h"

#include <QByteArray>
#include <QString>

namespace sandbox {

// Everything the sandbox remembers: both programs and the invitations. It can be seeded
// again (POST /__sandbox/reset) and written to / read from a --data file.
class SandboxState final {
public:
    SandboxState(int customers, quint32 seed);

    void reseed();

    AffiliateStore &affiliate() { return m_affiliate; }
    ReferralStore &referral() { return m_referral; }
    InviteLog &invites() { return m_invites; }
    const AffiliateStore &affiliate() const { return m_affiliate; }
    const ReferralStore &referral() const { return m_referral; }

    // The whole state as JSON (our own format, versioned).
    QByteArray serialize() const;
    // Replaces the state; on failure the state is unchanged and *error says why.
    bool deserialize(const QByteArray &json, QString *error);

private:
    int m_customers;
    quint32 m_seed;
    AffiliateStore m_affiliate;
    ReferralStore m_referral;
    InviteLog m_invites;
};

} // namespace sandbox

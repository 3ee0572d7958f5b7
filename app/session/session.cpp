// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/session/session.h"

#include "app/api/apiclient.h"
#include "app/api/cafile.h"
#include "app/api/customerservice.h"
#include "app/api/latestrequest.h"
#include "app/api/referralservice.h"
#include "app/journal/journal.h"
#include "app/profiles/preferences.h"
#include "app/session/journalrecorder.h"
#include "app/team/teamstore.h"

Session::Session(const Profile &profile, const QString &apiKey, Journal *journal, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_client(new ApiClient(this))
    , m_customers(std::make_unique<CustomerService>(m_client))
    , m_referrals(std::make_unique<ReferralService>(m_client))
    , m_journal(journal)
    , m_detect(new LatestRequest(this)) {
    m_configError = m_client->setBaseUrl(profile.baseUrl);
    if (!profile.caFile.isEmpty()) {
        // A file that went missing since it was chosen: nothing is sent rather than trusting
        // less than the person asked for, and the sentence says why.
        const CaFile::Result ca = CaFile::read(profile.caFile);
        if (!ca.problem.isEmpty()) {
            if (!m_configError.isError()) {
                m_configError = ApiError::notSent(ca.problem);
                m_client->refuseAll(m_configError);
            }
        }
        m_client->setExtraCaCertificates(ca.certificates);
    }
    m_client->setApiKey(apiKey);
    if (journal) {
        // Belt and braces: even if the key ever reached a payload, the journal masks it.
        journal->addSecret(apiKey);
        m_recorder = std::make_unique<JournalRecorder>(journal, profile.id, profile.name);
        m_client->setMutationObserver(m_recorder.get());
    }
}

Session::~Session() {
    // Calls still in flight must not report to a recorder that is gone.
    m_client->setMutationObserver(nullptr);
}

void Session::setTeam(std::unique_ptr<TeamStore> team) {
    m_team = std::move(team);
}

ProgramKind Session::kind() const {
    return m_profile.kind != ProgramKind::Unknown ? m_profile.kind : m_info.kind;
}

void Session::connectToServer() {
    m_detect->start(m_customers->detectProgram(this, [this](const ApiResult<ProgramInfo> &r) {
        if (!r) {
            m_connected = false;
            Q_EMIT connectionFailed(r.error());
            return;
        }
        m_info = r.value();
        m_connected = true;
        Q_EMIT connected(m_info);
    }));
}

void Session::applyProxy(const ProxySettings &proxy) {
    m_client->setProxy(proxy);
}

void Session::applyPreferences(const Preferences &preferences) {
    m_client->setDeadlines(preferences.readDeadlineSeconds() * 1000,
                           preferences.changeDeadlineSeconds() * 1000);
}

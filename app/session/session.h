// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/apierror.h"
#include "app/journal/journal.h"
#include "app/profiles/profile.h"
#include "models/programinfo.h"
#include "models/proxysettings.h"

#include <QObject>
#include <QPointer>

#include <memory>

class ApiClient;
class CustomerService;
class JournalRecorder;
class ReferralService;
class LatestRequest;
class Preferences;
class TeamStore;

// Everything one connected profile needs: the client with its key, the services, and the
// journal behind every change. The UI gets a Session and never builds requests itself.
class Session final : public QObject {
    Q_OBJECT

public:
    // `journal` may be null only in tests that send no changes: without it every request that
    // changes data is refused before it is sent.
    Session(const Profile &profile, const QString &apiKey, Journal *journal,
            QObject *parent = nullptr);
    ~Session() override;

    const Profile &profile() const { return m_profile; }
    // The profile's kind when it names one, else what the server told on connect.
    ProgramKind kind() const;
    ProgramInfo programInfo() const { return m_info; }
    bool isConnected() const { return m_connected; }
    // Why the session cannot be used (e.g. an insecure address), or kind None.
    ApiError configurationError() const { return m_configError; }

    ApiClient *client() const { return m_client; }
    CustomerService *customers() const { return m_customers.get(); }
    ReferralService *referrals() const { return m_referrals.get(); }
    Journal *journal() const { return m_journal; }
    // The profile's team store (four eyes on large credits), or null for a profile on local
    // files. Set by whoever opens the profile; the session owns it from then on.
    TeamStore *team() const { return m_team.get(); }
    void setTeam(std::unique_ptr<TeamStore> team);

    // Checks the key and detects the program: connected() or connectionFailed().
    void connectToServer();
    // The person's deadlines, for the requests sent from now on.
    void applyPreferences(const Preferences &preferences);
    // The proxy of Preferences > Network (with its password), for the requests sent from now
    // on.
    void applyProxy(const ProxySettings &proxy);

Q_SIGNALS:
    void connected(const ProgramInfo &info);
    void connectionFailed(const ApiError &error);

private:
    Profile m_profile;
    ProgramInfo m_info;
    bool m_connected = false;
    ApiError m_configError;
    ApiClient *m_client = nullptr;
    std::unique_ptr<CustomerService> m_customers;
    std::unique_ptr<ReferralService> m_referrals;
    QPointer<Journal> m_journal;
    std::unique_ptr<JournalRecorder> m_recorder;
    LatestRequest *m_detect = nullptr;
    std::unique_ptr<TeamStore> m_team;
};

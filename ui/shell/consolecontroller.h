// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/profiles/commandline.h"
#include "app/profiles/profile.h"
#include "app/session/session.h"
#include "app/team/teamprogram.h"

#include "app/api/apierror.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class CredentialStore;
class Journal;
class JournalWindow;
class MainWindow;
class ManageProfilesDialog;
class ProfileStore;
class SandboxLauncher;
class TeamStoreProbe;

// Starts the console: resolves which profile to open (command line, last used, first run),
// fetches its key from the keychain, builds the Session and hands it to the main window;
// switches profiles and asks for a new key when the server says the key is wrong.
class ConsoleController final : public QObject {
    Q_OBJECT

public:
    ConsoleController(ProfileStore *profiles, CredentialStore *credentials, Journal *journal,
                      QObject *parent = nullptr);
    ~ConsoleController() override;

    // Shows the window and opens what the command line asks for (once the proxy's password,
    // when one is needed, has been read from the keychain).
    void start(const CommandLineOptions &options);

    MainWindow *mainWindow() const { return m_window; }
    Session *session() const { return m_session; }

    // Starts the bundled sandbox and opens its program of `kind` (affiliate by default).
    void openSandbox(ProgramKind kind);
    // Opens a profile with a key already in hand (kept for this run only when ephemeral).
    void openProfile(const Profile &profile, const QString &apiKey);
    // File > Manage profiles…: window-modal, deleted on close.
    ManageProfilesDialog *manageProfiles();

Q_SIGNALS:
    // A session was connected (tests and the screenshot tool wait for it).
    void sessionConnected(Session *session);

private:
    void open(const CommandLineOptions &options);
    // Help > Save diagnostics…: asks where (the Documents folder first) and writes the report.
    void saveDiagnostics();
    // Connection > Preferences…; the proxy's password goes to the keychain.
    void editPreferences();
    void openStored(const Profile &profile);
    void askForConnection(const QString &message = {});
    // `rejected`: the server refused the key; otherwise the person chose to replace it.
    void askForNewKey(bool rejected);
    void chooseProfile();
    void onSessionFailed(const ApiError &error);
    // Lists the changes that need a decision and offers the journal window to decide them.
    void showUndecidedChanges();
    QList<Profile> allProfiles() const;

    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    Journal *m_journal;
    MainWindow *m_window = nullptr;
    QPointer<Session> m_session;
    // Why the current session could not connect, when it could not (none while connected).
    std::optional<ApiError> m_connectionFailure;
    SandboxLauncher *m_sandbox = nullptr;
    QPointer<JournalWindow> m_journalWindow; // opened from the start-up list
    ProgramKind m_sandboxKind = ProgramKind::Affiliate;
    // Profiles that live for this run only (the sandbox's, --base-url): id -> key.
    QList<Profile> m_ephemeral;
    QHash<QString, QString> m_ephemeralKeys;
    QString m_waitingForKey; // the profile whose key the keychain is reading
    // What start() was asked while the keychain reads the proxy's password.
    std::optional<CommandLineOptions> m_pendingStart;
    // A profile with a team store waits for the store's password before its session starts:
    // its changes must go to the team's journal, never to a local one meanwhile.
    struct StoreWait {
        Profile profile;
        QString apiKey;
    };
    std::optional<StoreWait> m_waitingForStore;
    // The connected profile's team journal, when it has a team store (m_journal otherwise).
    std::unique_ptr<Journal> m_teamJournal;
    // --store (and --program) given on the command line: used instead of what the profile
    // says, for this run.
    struct StoreOverride {
        QString profileId;
        PostgresTarget store;
        QString programId;
        QString programName;
    };
    std::optional<StoreOverride> m_storeOverride;
    // The program --program names, once looked up in the --store (on a thread of its own:
    // the window never waits for the server).
    std::optional<TeamProgram> m_storeProgram;
    TeamStoreProbe *m_storeLookup = nullptr;
    std::optional<CommandLineOptions> m_pendingLookup; // what open() goes on with
    // Looks --program up in --store, then goes on with open(options); the connection dialog
    // with the sentence when it is not there or the store cannot be reached.
    void lookUpStoreProgram(const CommandLineOptions &options);
    // Applies --store and --program to `profile`; false (and the connection dialog with the
    // sentence) when no program was chosen.
    bool applyStoreOption(const CommandLineOptions &options, Profile &profile);
    // Starts the session of `profile`; a profile with a team store gets its TeamStore, opened
    // with `password` (empty: libpq looks in PGPASSWORD and ~/.pgpass).
    void openWithStore(const Profile &profile, const QString &apiKey, const QString &password);
};

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/consolecontroller.h"

#include "app/api/apierror.h"
#include "app/credentials/credentialstore.h"
#include "app/journal/journal.h"
#include "app/profiles/networkpreferences.h"
#include "app/profiles/preferences.h"
#include "app/profiles/profilestore.h"
#include "app/sandbox/sandboxlauncher.h"
#include "app/session/diagnosticsreport.h"
#include "app/session/session.h"
#include "app/team/teamprograms.h"
#include "app/team/teamstore.h"
#include "app/team/teamstoreprobe.h"
#include "models/programkindtext.h"
#include "ui/journal/journalwindow.h"
#include "ui/journal/undecidedchangesprompt.h"
#include "ui/shell/connectiondialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/manageprofilesdialog.h"
#include "ui/shell/networkpreferencespage.h"
#include "ui/shell/preferencesdialog.h"
#include "ui/widgets/dialogparts.h"
#include "ui/widgets/messagebox.h"

#include <QDateTime>
#include <QInputDialog>
#include <QLocale>
#include <QStatusBar>

#include <utility>

ConsoleController::ConsoleController(ProfileStore *profiles, CredentialStore *credentials,
                                     Journal *journal, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_journal(journal)
    , m_window(new MainWindow(profiles)) {
    m_window->setAttribute(Qt::WA_DeleteOnClose, false);
    // Deleting a profile must not hide changes whose outcome nobody has decided.
    m_profiles->setRemovalGuard([this](const QString &profileId) {
        return UndecidedChangesPrompt::profileRemovalRefusal(m_journal, profileId);
    });
    connect(m_window, &MainWindow::switchProfileRequested, this, &ConsoleController::chooseProfile);
    connect(m_window, &MainWindow::manageProfilesRequested, this,
            &ConsoleController::manageProfiles);
    connect(m_window, &MainWindow::newKeyRequested, this, &ConsoleController::askForNewKey);
    // Every change journaled from now on names the person as they chose to be shown.
    if (m_journal)
        m_journal->setDisplayName(Preferences(m_profiles->settings()).displayName());
    connect(m_window, &MainWindow::preferencesRequested, this, &ConsoleController::editPreferences);
    connect(m_window, &MainWindow::saveDiagnosticsRequested, this,
            &ConsoleController::saveDiagnostics);
    connect(m_window, &MainWindow::practiceRequested, this, &ConsoleController::openSandbox);

    // The proxy's password, read once before the first profile opens (see start()).
    const auto proxyPasswordRead = [this](const QString &account, const QString &password) {
        if (account != NetworkPreferences::proxyPasswordAccount() || !m_pendingStart)
            return;
        NetworkPreferences::rememberPassword(password);
        const CommandLineOptions options = *m_pendingStart;
        m_pendingStart.reset();
        open(options);
    };
    connect(m_credentials, &CredentialStore::keyRead, this, proxyPasswordRead);
    connect(m_credentials, &CredentialStore::keyMissing, this,
            [proxyPasswordRead](const QString &account) { proxyPasswordRead(account, {}); });

    // The team store's password: read, absent (libpq may find it in PGPASSWORD or ~/.pgpass),
    // or unreadable (the same: the store then says it was refused).
    const auto storePasswordRead = [this](const QString &account, const QString &password) {
        if (!m_waitingForStore ||
            account != Profile::sharedStoreAccount(m_waitingForStore->profile.id))
            return;
        const StoreWait wait = *m_waitingForStore;
        m_waitingForStore.reset();
        openWithStore(wait.profile, wait.apiKey, password);
    };
    connect(m_credentials, &CredentialStore::keyRead, this, storePasswordRead);
    connect(m_credentials, &CredentialStore::keyMissing, this,
            [storePasswordRead](const QString &account) { storePasswordRead(account, {}); });
    connect(m_credentials, &CredentialStore::failed, this,
            [storePasswordRead](const QString &account, CredentialStore::Operation operation,
                                const QString &) {
                if (operation == CredentialStore::Operation::Read)
                    storePasswordRead(account, {});
            });

    connect(m_credentials, &CredentialStore::keyRead, this,
            [this](const QString &profileId, const QString &key) {
                if (profileId != m_waitingForKey)
                    return;
                m_waitingForKey.clear();
                if (const auto profile = m_profiles->profile(profileId))
                    openProfile(*profile, key);
            });
    connect(m_credentials, &CredentialStore::keyMissing, this, [this](const QString &profileId) {
        if (profileId != m_waitingForKey)
            return;
        m_waitingForKey.clear();
        if (const auto profile = m_profiles->profile(profileId)) {
            ConnectionDialog dialog(m_profiles, m_window);
            dialog.setProfile(*profile, ConnectionDialog::Mode::NewKey);
            dialog.setMessage(tr("No key is saved for this profile yet."));
            if (dialog.exec() == QDialog::Accepted) {
                m_credentials->writeKey(profileId, dialog.apiKey());
                openProfile(*profile, dialog.apiKey());
            }
        }
    });
    connect(
        m_credentials, &CredentialStore::failed, this,
        [this](const QString &profileId, CredentialStore::Operation operation,
               const QString &sentence) {
            if (operation == CredentialStore::Operation::Read &&
                profileId == NetworkPreferences::proxyPasswordAccount() && m_pendingStart) {
                // Without the password the proxy says it wants one, and its sentence names
                // the setting; the profile opens all the same.
                const CommandLineOptions options = *m_pendingStart;
                m_pendingStart.reset();
                m_window->statusBar()->showMessage(sentence);
                open(options);
                return;
            }
            if (operation == CredentialStore::Operation::Read && profileId == m_waitingForKey) {
                m_waitingForKey.clear();
                const auto profile = m_profiles->profile(profileId);
                if (!profile)
                    return;
                // No keychain: the key may still be used, held in memory for this run.
                ConnectionDialog dialog(m_profiles, m_window);
                dialog.setProfile(*profile, ConnectionDialog::Mode::NewKey);
                dialog.setMessage(
                    tr("%1 The key you enter now is kept for this session only.").arg(sentence));
                if (dialog.exec() == QDialog::Accepted) {
                    m_credentials->setSessionKey(profileId, dialog.apiKey());
                    openProfile(*profile, dialog.apiKey());
                }
                return;
            }
            m_window->statusBar()->showMessage(sentence);
        });
}

ConsoleController::~ConsoleController() {
    // The window's views hold pointers into the session: let them go first; then the session,
    // before the team journal it writes to.
    delete m_window;
    delete m_session;
}

void ConsoleController::start(const CommandLineOptions &options) {
    m_window->show();
    // Said once, before anything else: a journal that cannot be opened stops every change.
    if (m_journal && !m_journal->problems().isEmpty())
        MessageBox::warning(m_window, tr("Journal"),
                            m_journal->problems().join(QStringLiteral("\n\n")));
    showUndecidedChanges();

    const ProxySettings proxy = NetworkPreferences(m_profiles->settings()).proxy();
    if (proxy.mode == ProxySettings::Mode::Manual && !proxy.user.isEmpty()) {
        m_pendingStart = options;
        m_credentials->readKey(NetworkPreferences::proxyPasswordAccount());
        return;
    }
    open(options);
}

void ConsoleController::open(const CommandLineOptions &options) {
    if (options.sandbox) {
        openSandbox(options.kind.value_or(ProgramKind::Affiliate));
        return;
    }
    if (!options.store.isEmpty() && !options.program.isEmpty() && !m_storeProgram) {
        lookUpStoreProgram(options);
        return;
    }
    if (options.baseUrl.isValid() && !options.baseUrl.isEmpty()) {
        if (options.apiKey.isEmpty()) {
            askForConnection(tr("Set the %1 environment variable to the API key to use "
                                "--base-url.")
                                 .arg(CommandLine::apiKeyVariable()));
            return;
        }
        Profile profile;
        profile.id = Profile::newId();
        profile.name = tr("Command line");
        profile.baseUrl = options.baseUrl;
        profile.kind = options.kind.value_or(ProgramKind::Unknown);
        if (!applyStoreOption(options, profile))
            return;
        m_profiles->addSessionProfile(profile);
        m_ephemeral.append(profile);
        m_ephemeralKeys.insert(profile.id, options.apiKey);
        openProfile(profile, options.apiKey);
        return;
    }
    if (!options.profileName.isEmpty()) {
        if (auto profile = m_profiles->profileByName(options.profileName)) {
            if (!applyStoreOption(options, *profile))
                return;
            openStored(*profile);
            return;
        }
        askForConnection(tr("There is no profile named \u201c%1\u201d.").arg(options.profileName));
        return;
    }
    if (const auto last = m_profiles->lastUsedProfile()) {
        openStored(*last);
        return;
    }
    const auto profiles = m_profiles->profiles();
    if (!profiles.isEmpty()) {
        openStored(profiles.first());
        return;
    }
    askForConnection();
}

void ConsoleController::openSandbox(ProgramKind kind) {
    m_sandboxKind = kind == ProgramKind::Unknown ? ProgramKind::Affiliate : kind;
    auto openKind = [this] {
        for (const Profile &profile : std::as_const(m_ephemeral)) {
            if (profile.baseUrl == m_sandbox->baseUrl() && profile.kind == m_sandboxKind) {
                openProfile(profile, m_ephemeralKeys.value(profile.id));
                return;
            }
        }
    };
    if (m_sandbox && m_sandbox->isReady()) {
        openKind();
        return;
    }
    if (!m_sandbox) {
        m_sandbox = new SandboxLauncher(this);
        connect(m_sandbox, &SandboxLauncher::started, this,
                [this, openKind](const QUrl &baseUrl, const QString &affiliateKey,
                                 const QString &referralKey) {
                    const struct {
                        ProgramKind kind;
                        QString key;
                    } programs[] = {{ProgramKind::Affiliate, affiliateKey},
                                    {ProgramKind::ReferAFriend, referralKey}};
                    for (const auto &program : programs) {
                        Profile profile;
                        profile.id = Profile::newId();
                        profile.name = tr("Sandbox \u2013 %1").arg(programKindText(program.kind));
                        profile.baseUrl = baseUrl;
                        profile.kind = program.kind;
                        m_profiles->addSessionProfile(profile);
                        m_ephemeral.append(profile);
                        m_ephemeralKeys.insert(profile.id, program.key);
                    }
                    openKind();
                });
        connect(m_sandbox, &SandboxLauncher::failed, this, [this](const QString &sentence) {
            MessageBox::critical(m_window, tr("Sandbox"), sentence);
            if (!m_session)
                askForConnection();
        });
    }
    m_window->statusBar()->showMessage(tr("Starting the sandbox\u2026"));
    m_sandbox->start(SandboxLauncher::bundledExecutable());
}

void ConsoleController::openStored(const Profile &profile) {
    m_waitingForKey = profile.id;
    m_window->statusBar()->showMessage(
        tr("Reading the key of %1 from the keychain\u2026").arg(profile.name));
    m_credentials->readKey(profile.id);
}

void ConsoleController::lookUpStoreProgram(const CommandLineOptions &options) {
    if (!m_storeLookup) {
        m_storeLookup = new TeamStoreProbe(this);
        connect(m_storeLookup, &TeamStoreProbe::listed, this,
                [this](const QList<TeamProgram> &programs, const QString &error) {
                    const auto pending = std::exchange(m_pendingLookup, std::nullopt);
                    if (!pending)
                        return;
                    const CommandLineOptions &asked = *pending;
                    QString problem = error;
                    if (problem.isEmpty())
                        m_storeProgram = TeamPrograms::pickByName(programs, asked.store,
                                                                  asked.program, &problem);
                    m_window->statusBar()->clearMessage();
                    if (!m_storeProgram) {
                        askForConnection(problem);
                        return;
                    }
                    open(asked);
                });
    }
    m_pendingLookup = options;
    m_window->statusBar()->showMessage(
        tr("Looking for the program \u201c%1\u201d in the shared store %2\u2026")
            .arg(options.program.simplified(), options.store.displayName()));
    // The password as libpq finds it (PGPASSWORD, ~/.pgpass): the command line never carries
    // one.
    m_storeLookup->listPrograms(options.store, QString());
}

bool ConsoleController::applyStoreOption(const CommandLineOptions &options, Profile &profile) {
    if (options.store.isEmpty())
        return true;
    StoreOverride chosen{profile.id, options.store, profile.teamProgramId, profile.teamProgramName};
    if (!options.program.isEmpty() && m_storeProgram) {
        chosen.programId = m_storeProgram->id;
        chosen.programName = m_storeProgram->name;
    } else if (chosen.programId.isEmpty()) {
        askForConnection(tr("--store needs --program NAME: this profile has no program in a "
                            "shared store yet."));
        return false;
    }
    profile.sharedStore = chosen.store;
    profile.teamProgramId = chosen.programId;
    profile.teamProgramName = chosen.programName;
    m_storeOverride = chosen;
    return true;
}

void ConsoleController::openProfile(const Profile &stored, const QString &apiKey) {
    Profile profile = stored;
    if (m_storeOverride && m_storeOverride->profileId == profile.id) {
        profile.sharedStore = m_storeOverride->store;
        profile.teamProgramId = m_storeOverride->programId;
        profile.teamProgramName = m_storeOverride->programName;
    }
    if (profile.hasSharedStore()) {
        m_waitingForStore = StoreWait{profile, apiKey};
        m_credentials->readKey(Profile::sharedStoreAccount(profile.id));
        return;
    }
    openWithStore(profile, apiKey, {});
}

void ConsoleController::openWithStore(const Profile &profile, const QString &apiKey,
                                      const QString &password) {
    Session *previous = m_session;
    m_window->setSession(nullptr);
    delete previous;
    // The previous profile's team journal goes with its session.
    m_teamJournal.reset();

    Journal *journal = m_journal;
    if (profile.hasSharedStore()) {
        // Every change of this profile goes to the team's journal, committed there before it
        // is sent; while the store cannot be reached nothing is sent (begin() says why), and
        // browsing goes on.
        m_teamJournal =
            std::make_unique<Journal>(profile.sharedStore, password, profile.teamProgramId);
        m_teamJournal->setDisplayName(Preferences(m_profiles->settings()).displayName());
        if (!m_teamJournal->problems().isEmpty())
            m_window->statusBar()->showMessage(m_teamJournal->problems().join(u' '));
        // Once per outage: the outcome is safe here, and the team sees it when the store is
        // back (the journal window says so on the row too).
        connect(m_teamJournal.get(), &Journal::outcomeKeptOnThisComputer, m_window,
                [this](const QString &sentence) { m_window->statusBar()->showMessage(sentence); });
        journal = m_teamJournal.get();
    }
    auto *session = new Session(profile, apiKey, journal, this);
    if (profile.hasSharedStore()) {
        auto team = std::make_unique<TeamStore>(profile.sharedStore, password,
                                                profile.teamProgramId, profile.teamProgramName);
        // Not reachable now: said here; every change that needs it is refused until it is.
        if (!team->ensureConnected())
            m_window->statusBar()->showMessage(team->errorString());
        session->setTeam(std::move(team));
    }
    session->applyPreferences(Preferences(m_profiles->settings()));
    session->applyProxy(NetworkPreferences(m_profiles->settings()).proxyInUse());
    m_session = session;
    m_connectionFailure.reset();
    connect(session, &Session::connected, this, [this, session](const ProgramInfo &) {
        m_connectionFailure.reset();
        m_window->statusBar()->clearMessage();
        if (m_profiles->contains(session->profile().id))
            m_profiles->setLastUsed(session->profile().id);
        Q_EMIT sessionConnected(session);
    });
    connect(session, &Session::connectionFailed, this, &ConsoleController::onSessionFailed);
    m_window->setSession(session);
    session->connectToServer();
}

void ConsoleController::editPreferences() {
    PreferencesDialog dialog(m_profiles->settings(), m_window);
    NetworkPreferencesPage *network = dialog.networkPage();
    network->setSavedPassword(NetworkPreferences::rememberedPassword());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (network->passwordChanged()) {
        const QString password = network->password();
        NetworkPreferences::rememberPassword(password);
        if (password.isEmpty())
            m_credentials->deleteKey(NetworkPreferences::proxyPasswordAccount());
        else
            m_credentials->writeKey(NetworkPreferences::proxyPasswordAccount(), password);
    }
    const Preferences preferences(m_profiles->settings());
    if (m_journal)
        m_journal->setDisplayName(preferences.displayName());
    if (m_teamJournal)
        m_teamJournal->setDisplayName(preferences.displayName());
    if (m_session) {
        m_session->applyPreferences(preferences);
        m_session->applyProxy(NetworkPreferences(m_profiles->settings()).proxyInUse());
    }
}

void ConsoleController::saveDiagnostics() {
    const QString connected = m_session ? m_session->profile().id : QString();
    DialogParts::ExportTexts texts;
    texts.title = tr("Save diagnostics");
    texts.filter = tr("Text files (*.txt)");
    texts.failed = tr("Diagnostics not saved");
    const QString fileName =
        tr("partnero-console-diagnostics-%1.txt")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    DialogParts::exportFile(
        m_window, fileName, texts, [this, connected](const QString &path, QString *error) {
            return DiagnosticsReport::write(path, *m_profiles, connected, error);
        });
}

void ConsoleController::onSessionFailed(const ApiError &error) {
    m_connectionFailure = error;
    m_window->statusBar()->showMessage(error.sentence());
    if (error.kind == ApiError::Kind::Unauthorized)
        askForNewKey(true);
}

void ConsoleController::askForConnection(const QString &message) {
    ConnectionDialog dialog(m_profiles, m_window);
    if (!message.isEmpty())
        dialog.setMessage(message);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.sandboxChosen()) {
        openSandbox(ProgramKind::Affiliate);
        return;
    }
    Profile profile = dialog.profile();
    QString problem;
    profile.id = m_profiles->add(profile, &problem);
    if (profile.id.isEmpty()) {
        MessageBox::warning(m_window, tr("Profile not saved"), problem);
        return;
    }
    m_credentials->writeKey(profile.id, dialog.apiKey());
    const QString storePassword = dialog.storePassword();
    if (profile.hasSharedStore() && !storePassword.isEmpty()) {
        // In hand already: the session opens on it without waiting for the keychain to give
        // back what it is still writing.
        m_credentials->writeKey(Profile::sharedStoreAccount(profile.id), storePassword);
        openWithStore(profile, dialog.apiKey(), storePassword);
        return;
    }
    openProfile(profile, dialog.apiKey());
}

void ConsoleController::askForNewKey(bool rejected) {
    if (!m_session)
        return askForConnection();
    const Profile profile = m_session->profile();
    ConnectionDialog dialog(m_profiles, m_window);
    dialog.setProfile(profile, ConnectionDialog::Mode::NewKey);
    // Only a refusal is said to be one: a server that could not be reached said nothing about
    // the key, and a new key will not help with that.
    if (rejected ||
        (m_connectionFailure && m_connectionFailure->kind == ApiError::Kind::Unauthorized))
        dialog.setMessage(tr("The server did not accept the key of %1.").arg(profile.name));
    else if (m_connectionFailure)
        dialog.setMessage(tr("%1 could not be connected, so its key was not checked: %2")
                              .arg(profile.name, m_connectionFailure->sentence()));
    else
        dialog.setMessage(tr("Enter the new API key of %1. It replaces the one in the keychain "
                             "once the server accepts it.")
                              .arg(profile.name));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_profiles->contains(profile.id) && !m_profiles->isSessionProfile(profile.id))
        m_credentials->writeKey(profile.id, dialog.apiKey());
    else
        m_ephemeralKeys.insert(profile.id, dialog.apiKey());
    openProfile(profile, dialog.apiKey());
}

QList<Profile> ConsoleController::allProfiles() const {
    QList<Profile> all = m_profiles->profiles();
    // As they are now: their page size may have changed since they were made.
    for (const Profile &profile : m_ephemeral)
        all.append(m_profiles->profile(profile.id).value_or(profile));
    return all;
}

ManageProfilesDialog *ConsoleController::manageProfiles() {
    const QString connected = m_session ? m_session->profile().id : QString();
    auto *dialog = new ManageProfilesDialog(m_profiles, m_credentials, connected, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ManageProfilesDialog::connectedProfileChanged, this,
            [this](const Profile &profile, const QString &newKey) {
                if (!m_session || m_session->profile().id != profile.id)
                    return;
                // A new key is in hand; a new address or kind reads the saved key again.
                if (newKey.isEmpty())
                    openStored(profile);
                else
                    openProfile(profile, newKey);
            });
    dialog->open();
    return dialog;
}

void ConsoleController::chooseProfile() {
    const QList<Profile> profiles = allProfiles();
    QStringList items;
    int current = 0;
    for (const Profile &profile : profiles) {
        if (m_session && profile.id == m_session->profile().id)
            current = int(items.size());
        items << profile.name;
    }
    const QString newProfile = tr("New profile\u2026");
    const QString sandboxAffiliate =
        tr("Sandbox \u2013 %1").arg(programKindText(ProgramKind::Affiliate));
    const QString sandboxReferral =
        tr("Sandbox \u2013 %1").arg(programKindText(ProgramKind::ReferAFriend));
    items << newProfile;
    for (const QString &sandbox : {sandboxAffiliate, sandboxReferral}) {
        if (!items.contains(sandbox))
            items << sandbox;
    }
    bool ok = false;
    const QString choice = QInputDialog::getItem(
        m_window, tr("Switch profile"), tr("Open the profile:"), items, current, false, &ok);
    if (!ok)
        return;
    if (choice == newProfile)
        return askForConnection();
    for (const Profile &profile : profiles) {
        if (profile.name != choice)
            continue;
        if (m_ephemeralKeys.contains(profile.id))
            openProfile(profile, m_ephemeralKeys.value(profile.id));
        else
            openStored(profile);
        return;
    }
    if (choice == sandboxAffiliate || choice == sandboxReferral)
        openSandbox(choice == sandboxAffiliate ? ProgramKind::Affiliate
                                               : ProgramKind::ReferAFriend);
}

void ConsoleController::showUndecidedChanges() {
    if (JournalWindow *window = UndecidedChangesPrompt::ask(m_window, m_journal, m_journalWindow))
        m_journalWindow = window;
}

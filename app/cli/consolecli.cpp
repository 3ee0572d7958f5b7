// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/consolecli.h"

#include "app/api/apiclient.h"
#include "app/api/cafile.h"
#include "app/api/customerservice.h"
#include "app/credentials/credentialstore.h"
#include "app/index/customerexport.h"
#include "app/index/customerindex.h"
#include "app/index/indexsync.h"
#include "app/profiles/commandline.h"
#include "app/profiles/networkpreferences.h"
#include "app/profiles/profilestore.h"
#include "app/team/teamprograms.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <csignal>
#include <memory>
#include <optional>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

// The command word wherever it stands ("--profile Shop export ..." too), skipping the values
// of options so that "--search export" is not a command.
QString commandOf(const QStringList &arguments) {
    static const QStringList withValue = {
        u"--profile"_s,      u"--base-url"_s, u"--kind"_s,        u"--api-key-file"_s,
        u"--output"_s,       u"--format"_s,   u"--partner-key"_s, u"--partner-email"_s,
        u"--refer-status"_s, u"--search"_s};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (withValue.contains(argument)) {
            ++i;
            continue;
        }
        if (argument == u"export"_s || argument == u"sync"_s)
            return argument;
        if (!argument.startsWith(u'-'))
            return {};
    }
    return {};
}

QString proxyPasswordVariable() {
    return u"PARTNERO_PROXY_PASSWORD"_s;
}

volatile std::sig_atomic_t interrupted = 0;

void onSignal(int) {
    interrupted = 1;
}

// Where the command stopped, with the sentence for stderr.
struct Failure {
    int code = ConsoleCli::Failed;
    QString sentence;
};

void say(std::FILE *stream, const QString &text) {
    std::fputs(qPrintable(text), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

// Runs the event loop until `done()` holds or the person interrupts (Ctrl+C, SIGTERM).
template <typename Done> bool waitFor(Done done) {
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || interrupted)
            loop.quit();
    });
    poll.start(20);
    if (!done() && !interrupted)
        loop.exec();
    return !interrupted;
}

// What the keychain answered for one account.
struct KeychainAnswer {
    QString value;   // empty when there is none
    QString problem; // the keychain's sentence when it could not be read
};

// Reads `account` from the keychain and waits for the answer (a command has no window to keep
// responsive). Nothing when the person interrupted.
std::optional<KeychainAnswer> readKeychain(const QString &account) {
    CredentialStore credentials;
    KeychainAnswer answer;
    bool answered = false;
    QObject::connect(&credentials, &CredentialStore::keyRead,
                     [&](const QString &, const QString &value) {
                         answer.value = value;
                         answered = true;
                     });
    QObject::connect(&credentials, &CredentialStore::keyMissing,
                     [&](const QString &) { answered = true; });
    QObject::connect(&credentials, &CredentialStore::failed,
                     [&](const QString &, CredentialStore::Operation, const QString &why) {
                         answer.problem = why;
                         answered = true;
                     });
    credentials.readKey(account);
    if (!waitFor([&] { return answered; }))
        return std::nullopt;
    return answer;
}

class Command {
    Q_DECLARE_TR_FUNCTIONS(ConsoleCli)

public:
    Command(std::FILE *out, std::FILE *err)
        : m_out(out)
        , m_err(err)
        , m_progress(isatty(fileno(err)) != 0) {}

    int run(const QStringList &arguments);

private:
    std::optional<Failure> parse(const QStringList &arguments);
    std::optional<Failure> resolveKey();
    // The proxy of Preferences > Network and the profile's extra certificate authority.
    std::optional<Failure> resolveNetwork();
    std::optional<Failure> connect();
    // `forExport`: the index is a temporary one, so nothing fetched is kept on failure.
    // Into `index`, or without one (null) into `records` (see IndexSync).
    std::optional<Failure> syncInto(CustomerIndex *index, const CustomerQuery &filter,
                                    bool forExport, QList<CustomerRecord> *records = nullptr);
    std::optional<Failure> exportCustomers();
    std::optional<Failure> syncProfile();
    // sync --store URL [--program NAME]: the profile's shared store for this run.
    std::optional<Failure> applyStoreOption();
    void showProgress(const QString &text);

    std::FILE *m_out;
    std::FILE *m_err;
    bool m_progress;
    QString m_command;
    QCommandLineParser m_parser;
    std::optional<Profile> m_profile;
    QUrl m_baseUrl;
    ProgramKind m_kind = ProgramKind::Unknown;
    QString m_key;
    ProxySettings m_proxy;
    QList<QSslCertificate> m_caCertificates;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<CustomerService> m_customers;
};

void Command::showProgress(const QString &text) {
    if (!m_progress)
        return;
    // One line, rewritten: "\r" back to its start, ESC[K clears what a longer text left.
    std::fprintf(m_err, "\r%s\x1b[K", qPrintable(text));
    std::fflush(m_err);
}

std::optional<Failure> Command::parse(const QStringList &arguments) {
    m_command = commandOf(arguments);
    m_parser.setApplicationDescription(m_command == u"sync"_s
                                           ? tr("Refreshes the customer index of a profile.")
                                           : tr("Writes every customer of a program to a file."));
    m_parser.addHelpOption();
    m_parser.addPositionalArgument(m_command, tr("The command."));
    m_parser.addOptions({
        {u"profile"_s, tr("The profile to use."), u"NAME"_s},
        {u"base-url"_s, tr("The API address, instead of a profile."), u"URL"_s},
        {u"kind"_s, tr("The program's kind with --base-url: affiliate or refer."), u"KIND"_s},
        {u"api-key-file"_s, tr("Read the API key from this file (for timers and cron)."),
         u"FILE"_s},
    });
    if (m_command == u"sync"_s) {
        m_parser.addOptions({
            {u"store"_s,
             tr("Write the index into this team's shared store instead of what the profile "
                "says: postgresql://user@host:port/database (its password from PGPASSWORD or "
                "~/.pgpass)."),
             u"URL"_s},
            {u"program"_s, tr("With --store: the program registered in the store as NAME."),
             u"NAME"_s},
        });
    }
    if (m_command == u"export"_s) {
        m_parser.addOptions({
            {u"output"_s, tr("The file to write, or - for standard output."), u"FILE"_s},
            {u"format"_s, tr("csv (the default) or jsonl."), u"FORMAT"_s, u"csv"_s},
            {u"partner-key"_s, tr("Only the customers of this partner (affiliate)."), u"KEY"_s},
            {u"partner-email"_s, tr("Only the customers of the partner with this email."),
             u"EMAIL"_s},
            {u"refer-status"_s, tr("referred or non_referred (refer-a-friend)."), u"STATUS"_s},
            {u"search"_s, tr("Only customers whose name, email, key or id contain this text."),
             u"TEXT"_s},
        });
    }
    if (!m_parser.parse(arguments))
        return Failure{ConsoleCli::Usage, m_parser.errorText()};
    if (m_parser.isSet(u"help"_s))
        return Failure{ConsoleCli::Done, m_parser.helpText()};
    const bool hasProfile = m_parser.isSet(u"profile"_s);
    const bool hasUrl = m_parser.isSet(u"base-url"_s);
    if (hasProfile == hasUrl)
        return Failure{ConsoleCli::Usage, tr("Give either --profile NAME or --base-url URL.")};
    if (m_command == u"sync"_s && !hasProfile)
        return Failure{ConsoleCli::Usage,
                       tr("sync refreshes the index of a profile: give --profile NAME.")};
    if (m_command == u"export"_s) {
        if (!m_parser.isSet(u"output"_s))
            return Failure{ConsoleCli::Usage, tr("Give --output FILE, or --output - for standard "
                                                 "output.")};
        const QString format = m_parser.value(u"format"_s);
        if (format != u"csv"_s && format != u"jsonl"_s)
            return Failure{ConsoleCli::Usage, tr("--format is csv or jsonl.")};
        const QString refer = m_parser.value(u"refer-status"_s);
        if (!refer.isEmpty() && refer != u"referred"_s && refer != u"non_referred"_s)
            return Failure{ConsoleCli::Usage, tr("--refer-status is referred or non_referred.")};
    }
    if (hasProfile) {
        ProfileStore profiles(QCoreApplication::organizationName(),
                              QCoreApplication::applicationName());
        m_profile = profiles.profileByName(m_parser.value(u"profile"_s));
        if (!m_profile)
            return Failure{
                ConsoleCli::Usage,
                tr("There is no profile named \"%1\".").arg(m_parser.value(u"profile"_s))};
        m_baseUrl = m_profile->baseUrl;
        m_kind = m_profile->kind;
        if (auto failure = applyStoreOption())
            return failure;
    } else {
        m_baseUrl = QUrl(m_parser.value(u"base-url"_s), QUrl::StrictMode);
        if (!m_baseUrl.isValid() || m_baseUrl.host().isEmpty())
            return Failure{ConsoleCli::Usage,
                           tr("\"%1\" is not a web address.").arg(m_parser.value(u"base-url"_s))};
    }
    if (m_parser.isSet(u"kind"_s)) {
        const QString kind = m_parser.value(u"kind"_s);
        if (kind == u"affiliate"_s)
            m_kind = ProgramKind::Affiliate;
        else if (kind == u"refer"_s)
            m_kind = ProgramKind::ReferAFriend;
        else
            return Failure{ConsoleCli::Usage, tr("--kind is affiliate or refer.")};
    }
    return std::nullopt;
}

std::optional<Failure> Command::resolveKey() {
    if (m_parser.isSet(u"api-key-file"_s)) {
        QFile file(m_parser.value(u"api-key-file"_s));
        if (!file.open(QIODevice::ReadOnly))
            return Failure{ConsoleCli::Failed, tr("The key file %1 could not be read: %2.")
                                                   .arg(file.fileName(), file.errorString())};
        m_key = QString::fromUtf8(file.read(4096)).trimmed();
        if (m_key.isEmpty())
            return Failure{ConsoleCli::Failed,
                           tr("The key file %1 is empty.").arg(file.fileName())};
        return std::nullopt;
    }
    m_key = qEnvironmentVariable(qPrintable(CommandLine::apiKeyVariable())).trimmed();
    if (!m_key.isEmpty())
        return std::nullopt;
    if (!m_profile)
        return Failure{ConsoleCli::Usage,
                       tr("With --base-url the key comes from %1 or --api-key-file.")
                           .arg(CommandLine::apiKeyVariable())};
    const std::optional<KeychainAnswer> answer = readKeychain(m_profile->id);
    if (!answer)
        return Failure{ConsoleCli::Failed, tr("Interrupted.")};
    m_key = answer->value;
    if (m_key.isEmpty()) {
        const QString why = answer->problem.isEmpty()
                                ? tr("The keychain holds no key for this profile.")
                                : answer->problem;
        return Failure{ConsoleCli::Failed,
                       tr("The API key could not be read from the keychain: %1 Give it with "
                          "--api-key-file FILE or %2.")
                           .arg(why, CommandLine::apiKeyVariable())};
    }
    return std::nullopt;
}

std::optional<Failure> Command::resolveNetwork() {
    if (m_profile && !m_profile->caFile.isEmpty()) {
        const CaFile::Result ca = CaFile::read(m_profile->caFile);
        if (!ca.problem.isEmpty())
            return Failure{ConsoleCli::Failed, ca.problem};
        m_caCertificates = ca.certificates;
    }
    QSettings settings(QCoreApplication::organizationName(), QCoreApplication::applicationName());
    m_proxy = NetworkPreferences(&settings).proxy();
    if (m_proxy.mode != ProxySettings::Mode::Manual || m_proxy.user.isEmpty())
        return std::nullopt;
    // Like the key: from the environment where a script sets it (never an option, which other
    // users could read), else from the keychain where the window saved it.
    m_proxy.password = qEnvironmentVariable(qPrintable(proxyPasswordVariable()));
    if (!m_proxy.password.isEmpty())
        return std::nullopt;
    // Without a keychain (or without a password in it) the proxy may still accept the request,
    // or say it wants the password: its sentence names the setting.
    const std::optional<KeychainAnswer> answer =
        readKeychain(NetworkPreferences::proxyPasswordAccount());
    if (!answer)
        return Failure{ConsoleCli::Failed, tr("Interrupted.")};
    m_proxy.password = answer->value;
    return std::nullopt;
}

std::optional<Failure> Command::connect() {
    m_client = std::make_unique<ApiClient>();
    m_client->setProxy(m_proxy);
    m_client->setExtraCaCertificates(m_caCertificates);
    const ApiError address = m_client->setBaseUrl(m_baseUrl);
    if (address.isError())
        return Failure{ConsoleCli::Failed, address.sentence()};
    m_client->setApiKey(m_key);
    m_customers = std::make_unique<CustomerService>(m_client.get());
    if (m_kind != ProgramKind::Unknown)
        return std::nullopt;
    std::optional<ApiResult<ProgramInfo>> detected;
    m_customers->detectProgram(m_client.get(),
                               [&](const ApiResult<ProgramInfo> &result) { detected = result; });
    if (!waitFor([&] { return detected.has_value(); }))
        return Failure{ConsoleCli::Failed, tr("Interrupted.")};
    if (!detected->ok())
        return Failure{ConsoleCli::Failed, detected->error().sentence()};
    m_kind = detected->value().kind;
    if (m_kind == ProgramKind::Unknown)
        return Failure{ConsoleCli::Usage,
                       tr("The program's kind could not be told: give --kind affiliate or "
                          "--kind refer.")};
    return std::nullopt;
}

std::optional<Failure> Command::syncInto(CustomerIndex *index, const CustomerQuery &filter,
                                         bool forExport, QList<CustomerRecord> *records) {
    IndexSync sync(m_customers.get(), index, m_kind);
    sync.setFilter(filter);
    QObject::connect(&sync, &IndexSync::progress, [&] { showProgress(sync.progressText()); });
    sync.start();
    const bool finished = waitFor([&] { return sync.state() != IndexSync::State::Running; });
    if (m_progress)
        std::fputc('\n', m_err);
    if (!finished) {
        sync.cancel();
        return Failure{ConsoleCli::Failed, forExport ? tr("Interrupted. No file was written.")
                                                     : tr("Interrupted. What was fetched is kept; "
                                                          "the next sync continues.")};
    }
    if (sync.state() != IndexSync::State::Finished) {
        if (forExport)
            return Failure{ConsoleCli::Failed,
                           tr("The customers could not be fetched: %1 No file was written.")
                               .arg(sync.error().sentence())};
        return Failure{ConsoleCli::Failed, sync.progressText()};
    }
    if (records)
        *records = sync.takeRecords();
    return std::nullopt;
}

std::optional<Failure> Command::applyStoreOption() {
    if (m_command != u"sync"_s)
        return std::nullopt;
    if (!m_parser.isSet(u"store"_s)) {
        if (m_parser.isSet(u"program"_s))
            return Failure{ConsoleCli::Usage, tr("--program goes with --store.")};
        return std::nullopt;
    }
    QString problem;
    const PostgresTarget store = PostgresTarget::fromUrl(m_parser.value(u"store"_s), &problem);
    if (!problem.isEmpty())
        return Failure{ConsoleCli::Usage, tr("--store: %1").arg(problem)};
    const QString program = m_parser.value(u"program"_s).simplified();
    if (program.isEmpty() && m_profile->teamProgramId.isEmpty())
        return Failure{ConsoleCli::Usage,
                       tr("--store needs --program NAME: the program registered in the store.")};
    m_profile->sharedStore = store;
    if (!program.isEmpty()) {
        // The password as libpq finds it: the command line never carries one.
        const auto found = TeamPrograms::findByName(store, QString(), program, &problem);
        if (!found)
            return Failure{ConsoleCli::Failed, problem};
        m_profile->teamProgramId = found->id;
        m_profile->teamProgramName = found->name;
    }
    return std::nullopt;
}

std::optional<Failure> Command::syncProfile() {
    IndexLocation location = CustomerIndex::defaultFilePath(m_profile->id);
    if (m_profile->hasSharedStore()) {
        // The team's shared index: what this run writes, every console of the program reads.
        if (m_profile->teamProgramId.isEmpty())
            return Failure{ConsoleCli::Failed,
                           tr("The profile \"%1\" names a shared store but no program in it: "
                              "choose the program in its connection settings first.")
                               .arg(m_profile->name)};
        // libpq's own ways first (PGPASSWORD, ~/.pgpass), which a timer without a keychain
        // has; else the keychain, where the window keeps the store's password.
        QString password;
        if (qEnvironmentVariableIsEmpty("PGPASSWORD")) {
            const std::optional<KeychainAnswer> answer =
                readKeychain(Profile::sharedStoreAccount(m_profile->id));
            if (!answer)
                return Failure{ConsoleCli::Failed, tr("Interrupted.")};
            password = answer->value; // none: libpq looks in ~/.pgpass
        }
        location =
            IndexLocation::shared(m_profile->sharedStore, password, m_profile->teamProgramId);
    }
    CustomerIndex index;
    if (!index.open(location))
        return Failure{ConsoleCli::Failed, index.errorString()};
    if (auto failure = syncInto(&index, {}, false))
        return failure;
    say(m_err, tr("Indexed %n customers.", nullptr, index.count()));
    return std::nullopt;
}

std::optional<Failure> Command::exportCustomers() {
    IndexQuery selection;
    selection.search = m_parser.value(u"search"_s);
    CustomerQuery filter;
    filter.partnerKey = m_parser.value(u"partner-key"_s);
    filter.partnerEmail = m_parser.value(u"partner-email"_s);
    const QString refer = m_parser.value(u"refer-status"_s);
    filter.referStatus = refer == u"referred"_s       ? CustomerQuery::ReferStatus::Referred
                         : refer == u"non_referred"_s ? CustomerQuery::ReferStatus::NonReferred
                                                      : CustomerQuery::ReferStatus::Any;

    // The profile's own index when it is complete and can apply every filter (it does not
    // know partners' emails); else the API with its filters: into a temporary index for a
    // search, into memory without one (storing pages only to read them back took longer than
    // fetching them).
    CustomerIndex profileIndex;
    CustomerIndex temporaryIndex;
    QTemporaryDir temporaryDir;
    CustomerIndex *index = nullptr;
    QList<CustomerRecord> fetched;
    if (m_profile && filter.partnerEmail.isEmpty() &&
        QFileInfo::exists(CustomerIndex::defaultFilePath(m_profile->id)) &&
        profileIndex.open(CustomerIndex::defaultFilePath(m_profile->id)) &&
        profileIndex.completePass() && profileIndex.completePass()->kind == m_kind) {
        index = &profileIndex;
        selection.partner = filter.partnerKey;
        selection.referStatus = filter.referStatus == CustomerQuery::ReferStatus::Referred
                                    ? IndexQuery::ReferStatus::Referred
                                : filter.referStatus == CustomerQuery::ReferStatus::NonReferred
                                    ? IndexQuery::ReferStatus::NonReferred
                                    : IndexQuery::ReferStatus::Any;
    } else if (selection.search.trimmed().isEmpty()) {
        if (auto failure = syncInto(nullptr, filter, true, &fetched))
            return failure;
        // The order an export from an index has: the same customers give the same file.
        CustomerIndex::sortByName(fetched);
    } else {
        if (!temporaryDir.isValid())
            return Failure{ConsoleCli::Failed, tr("No temporary folder could be made.")};
        if (!temporaryIndex.open(temporaryDir.filePath(u"export.sqlite"_s)))
            return Failure{ConsoleCli::Failed, temporaryIndex.errorString()};
        if (auto failure = syncInto(&temporaryIndex, filter, true))
            return failure;
        index = &temporaryIndex;
    }

    const auto format = m_parser.value(u"format"_s) == u"jsonl"_s
                            ? CustomerExport::Format::JsonLines
                            : CustomerExport::Format::Csv;
    const QString output = m_parser.value(u"output"_s);
    int written = 0;
    QString error;
    if (output == u"-"_s) {
        QFile out;
        if (!out.open(m_out, QIODevice::WriteOnly))
            return Failure{ConsoleCli::Failed, tr("Standard output could not be written.")};
        const bool ok =
            index ? CustomerExport::write(&out, *index, selection, format, m_kind, &written, &error)
                  : CustomerExport::write(&out, fetched, format, m_kind, &written, &error);
        if (!ok)
            return Failure{ConsoleCli::Failed, error};
    } else {
        // Written aside and renamed at the end: a failed or interrupted export leaves no file.
        QSaveFile file(output);
        if (!file.open(QIODevice::WriteOnly))
            return Failure{ConsoleCli::Failed,
                           tr("%1 could not be written: %2.").arg(output, file.errorString())};
        // Ctrl-C stops the export between rows instead of after the last one.
        bool stopped = false;
        const auto keepGoing = [](int) {
            return !interrupted;
        };
        const bool ok = index ? CustomerExport::write(&file, *index, selection, format, m_kind,
                                                      &written, &error, keepGoing, &stopped)
                              : CustomerExport::write(&file, fetched, format, m_kind, &written,
                                                      &error, keepGoing, &stopped);
        if (!ok && !stopped) {
            file.cancelWriting();
            return Failure{ConsoleCli::Failed, error};
        }
        if (interrupted) {
            file.cancelWriting();
            return Failure{ConsoleCli::Failed, tr("Interrupted. No file was written.")};
        }
        if (!file.commit())
            return Failure{ConsoleCli::Failed,
                           tr("%1 could not be written: %2.").arg(output, file.errorString())};
    }
    if (m_progress || output != u"-"_s)
        say(m_err, tr("Exported %n customers.", nullptr, written));
    return std::nullopt;
}

int Command::run(const QStringList &arguments) {
    auto fail = [&](const Failure &failure) {
        say(failure.code == ConsoleCli::Done ? m_out : m_err, failure.sentence);
        return failure.code;
    };
    if (auto failure = parse(arguments))
        return fail(*failure);
    if (auto failure = resolveKey())
        return fail(*failure);
    if (auto failure = resolveNetwork())
        return fail(*failure);
    if (auto failure = connect())
        return fail(*failure);
    const auto failure = m_command == u"sync"_s ? syncProfile() : exportCustomers();
    return failure ? fail(*failure) : ConsoleCli::Done;
}

} // namespace

bool ConsoleCli::isCommand(const QStringList &arguments) {
    return !commandOf(arguments).isEmpty();
}

bool ConsoleCli::isHelpOrVersion(const QStringList &arguments) {
    for (const QString &argument : arguments.mid(1)) {
        if (argument == u"--help"_s || argument == u"-h"_s || argument == u"--version"_s ||
            argument == u"-v"_s || argument == u"--help-all"_s)
            return true;
    }
    return false;
}

int ConsoleCli::run(const QStringList &arguments, std::FILE *out, std::FILE *err) {
    interrupted = 0;
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    Command command(out, err);
    const int code = command.run(arguments);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    return code;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/profiles/commandline.h"

#include "app/profiles/profilestore.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

QString CommandLine::apiKeyVariable() {
    return u"PARTNERO_API_KEY"_s;
}

CommandLine::Result CommandLine::parse(const QStringList &arguments,
                                       const QProcessEnvironment &environment) {
    Result result;
    const auto fail = [&result](const QString &sentence) {
        result.action = Action::Fail;
        result.error = sentence;
        return result;
    };

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Console for the Partnero customers API."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption profileOption(u"profile"_s, tr("Open the profile called <name>."),
                                           tr("name"));
    const QCommandLineOption sandboxOption(
        u"sandbox"_s, tr("Start the bundled sandbox and connect to it with a throwaway profile."));
    const QCommandLineOption baseUrlOption(
        u"base-url"_s,
        tr("Connect to the API at <url> without a saved profile; the API key is read from the "
           "%1 environment variable.")
            .arg(apiKeyVariable()),
        tr("url"));
    const QCommandLineOption kindOption(
        u"kind"_s, tr("Treat the program as <kind>: affiliate or refer (refer-a-friend)."),
        tr("kind"));
    const QCommandLineOption storeOption(
        u"store"_s,
        tr("Use the team's shared store at <url> (postgresql://user@host:port/database); its "
           "password comes from PGPASSWORD or ~/.pgpass."),
        tr("url"));
    const QCommandLineOption programOption(
        u"program"_s, tr("With --store: the program registered in the store as <name>."),
        tr("name"));
    parser.addOptions(
        {profileOption, sandboxOption, baseUrlOption, kindOption, storeOption, programOption});

    if (!parser.parse(arguments)) {
        // Someone trying to pass the key itself gets told the safe way instead.
        const QStringList unknown = parser.unknownOptionNames();
        for (const QString &name : unknown) {
            const QString lower = name.toLower();
            if (lower.contains(u"key") || lower.contains(u"token")) {
                return fail(tr("The API key is not accepted on the command line, where other "
                               "users of this computer could read it. Put it in the %1 "
                               "environment variable and use --base-url, or save it in a "
                               "profile.")
                                .arg(apiKeyVariable()));
            }
        }
        return fail(parser.errorText());
    }
    if (parser.isSet(helpOption)) {
        result.action = Action::ShowHelp;
        result.text = parser.helpText();
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.action = Action::ShowVersion;
        result.text = QCoreApplication::applicationName() + u' ' +
                      QCoreApplication::applicationVersion() + u'\n';
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return fail(tr("Unexpected argument “%1”.").arg(parser.positionalArguments().constFirst()));
    }

    CommandLineOptions &options = result.options;
    options.sandbox = parser.isSet(sandboxOption);
    const bool hasProfile = parser.isSet(profileOption);
    const bool hasBaseUrl = parser.isSet(baseUrlOption);
    if (options.sandbox && (hasProfile || hasBaseUrl))
        return fail(tr("--sandbox cannot be combined with --profile or --base-url."));
    if (hasProfile && hasBaseUrl)
        return fail(tr("Use either --profile or --base-url, not both."));

    if (hasProfile) {
        options.profileName = parser.value(profileOption).simplified();
        if (options.profileName.isEmpty())
            return fail(tr("--profile needs the name of a profile."));
    }

    if (hasBaseUrl) {
        const QString text = parser.value(baseUrlOption).trimmed();
        const QUrl url = QUrl::fromUserInput(text);
        // fromUserInput guesses http:// for "api.example.com"; only take what was written.
        const QUrl written(text, QUrl::StrictMode);
        const QString problem =
            ProfileStore::validateBaseUrl(written.scheme().isEmpty() ? url : written);
        if (!problem.isEmpty())
            return fail(tr("--base-url: %1").arg(problem));
        options.baseUrl = written.scheme().isEmpty() ? url : written;
        options.apiKey = environment.value(apiKeyVariable()).trimmed();
        if (options.apiKey.isEmpty()) {
            return fail(tr("--base-url needs the API key in the %1 environment variable. The "
                           "key is never taken from the command line, where other users of "
                           "this computer could read it.")
                            .arg(apiKeyVariable()));
        }
    }

    if (parser.isSet(storeOption)) {
        if (!hasProfile && !hasBaseUrl)
            return fail(tr("--store goes with --profile or --base-url."));
        QString problem;
        options.store = PostgresTarget::fromUrl(parser.value(storeOption), &problem);
        if (!problem.isEmpty())
            return fail(tr("--store: %1").arg(problem));
        options.program = parser.value(programOption).simplified();
        if (hasBaseUrl && options.program.isEmpty())
            return fail(tr("--store needs --program NAME: the program registered in the store."));
    } else if (parser.isSet(programOption)) {
        return fail(tr("--program goes with --store."));
    }

    if (parser.isSet(kindOption)) {
        const QString value = parser.value(kindOption);
        const ProgramKind kind = programKindFromId(value);
        if (kind == ProgramKind::Unknown)
            return fail(tr("Unknown program kind “%1”: use affiliate or refer.").arg(value));
        options.kind = kind;
    }
    return result;
}

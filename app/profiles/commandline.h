// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/store/postgrestarget.h"
#include "models/programkind.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// What the console was asked to do on its command line.
struct CommandLineOptions {
    QString profileName;  // --profile NAME
    bool sandbox = false; // --sandbox: start the bundled sandbox, use a throwaway profile
    QUrl baseUrl;         // --base-url URL, with the key from PARTNERO_API_KEY
    QString apiKey;       // only with --base-url, never from the command line
    std::optional<ProgramKind> kind; // --kind affiliate|refer
    // --store postgresql://user@host:port/db: the team store for this run (its password from
    // PGPASSWORD or ~/.pgpass, as libpq reads them), and --program NAME, the program
    // registered in it.
    PostgresTarget store;
    QString program;
};

// Parses the console's command line with QCommandLineParser, without exiting or printing:
// main.cpp decides what to do with help, version and errors.
class CommandLine final {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Action { Run, ShowHelp, ShowVersion, Fail };

    struct Result {
        Action action = Action::Run;
        CommandLineOptions options;
        QString error; // Fail: one sentence for people (never contains a key)
        QString text;  // ShowHelp, ShowVersion: what to print
    };

    // The environment variable that carries the key for --base-url. A key on the command
    // line could be read by every user of the computer (ps, /proc).
    static QString apiKeyVariable(); // "PARTNERO_API_KEY"

    static Result
    parse(const QStringList &arguments,
          const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
};

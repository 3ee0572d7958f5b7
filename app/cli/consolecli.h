// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <cstdio>

// The commands that run without a window, over SSH and from cron or a systemd timer:
//
//   partnero-console export --output FILE|- [--format csv|jsonl] [filters]
//                           (--profile NAME | --base-url URL [--kind affiliate|refer])
//   partnero-console sync --profile NAME [--store postgresql://... [--program NAME]]
//
// The key comes from --api-key-file FILE, else PARTNERO_API_KEY, else the profile's keychain
// entry (a timer has no unlocked keychain and no session bus: the first two always work).
// Exit status: 0 done, 1 failed (one sentence on stderr, and no partial file), 2 usage error.
class ConsoleCli final {
    Q_DECLARE_TR_FUNCTIONS(ConsoleCli)

public:
    enum ExitCode { Done = 0, Failed = 1, Usage = 2 };

    // True when `arguments` (argv, program name first) ask for export or sync: main() then
    // makes a QCoreApplication, never a window.
    static bool isCommand(const QStringList &arguments);
    // True when they ask only for --help or --version, which need no display either.
    static bool isHelpOrVersion(const QStringList &arguments);

    // Runs the command; a QCoreApplication must exist. `out` receives an export written to
    // "-", `err` progress (when it is a terminal) and the sentence on failure.
    static int run(const QStringList &arguments, std::FILE *out, std::FILE *err);
};

// SPDX-License-Identifier: GPL-3.0-or-later
// partnero-sandbox: a local, stateful emulator of the Partnero customers API.
#include "app/sandbox/core/sandboxoptions.h"
#include "app/sandbox/core/sandboxserver.h"
#include "app/sandbox/core/signalwatcher.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"partnero-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PARTNERO_VERSION));

    sandbox::SandboxOptions options;
    QString error;
    if (!sandbox::SandboxOptions::parse(QCoreApplication::arguments(), &options, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }

    sandbox::SandboxServer server(options);
    if (!server.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    sandbox::SignalWatcher watcher;
    QObject::connect(&watcher, &sandbox::SignalWatcher::terminationRequested, &app,
                     &QCoreApplication::quit);

    // The first line is a contract (tests and the console parse it): never translate it.
    std::printf("Partnero sandbox: base_url=%s affiliate_key=%s referral_key=%s\n",
                qPrintable(server.baseUrl()), qPrintable(options.affiliateKey),
                qPrintable(options.referralKey));
    std::fflush(stdout);
    const auto say = [](const QString &line) {
        std::printf("%s\n", line.toLocal8Bit().constData());
    };
    say(QCoreApplication::translate("main", "Affiliate program: %1 customers, %2 partners; "
                                            "try GET %3/customers/alice_brown")
            .arg(server.state().affiliate().count())
            .arg(server.state().affiliate().partners().size())
            .arg(server.baseUrl()));
    say(QCoreApplication::translate("main", "Refer-a-friend program: %1 customers; "
                                            "try GET %2/customers/ada_lovelace")
            .arg(server.state().referral().count())
            .arg(server.baseUrl()));
    say(QCoreApplication::translate("main",
                                    "Faults: header X-Sandbox-Fault, or %1/__sandbox/faults")
            .arg(server.baseUrl().chopped(3)));
    if (!options.dataFile.isEmpty())
        say(QCoreApplication::translate("main", "State file: %1").arg(options.dataFile));
    if (options.variant == sandbox::ApiVariant::Alternative) {
        say(QCoreApplication::translate(
            "main", "Variant alt: the other readings of what the API reference leaves open "
                    "(see docs/sandbox.md)."));
    }
    say(QCoreApplication::translate("main", "Press Ctrl+C to stop."));
    std::fflush(stdout);

    const int code = app.exec();
    if (!server.saveIfDirty(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    return code;
}

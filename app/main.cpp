// SPDX-License-Identifier: GPL-3.0-or-later
// Partnero Console: parses the command line, builds the long-lived objects and shows the
// window. Everything else lives in the libraries.
#include "app/cli/consolecli.h"
#include "app/credentials/credentialstore.h"
#include "app/journal/journal.h"
#include "app/profiles/commandline.h"
#include "app/profiles/languageswitcher.h"
#include "app/profiles/preferences.h"
#include "app/profiles/profilestore.h"
#include "ui/shell/consolecontroller.h"
#include "ui/widgets/theme.h"

#include <QApplication>
#include <QIcon>
#include <QSettings>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

void setNames() {
    QCoreApplication::setOrganizationName(u"Partnero"_s);
    QCoreApplication::setApplicationName(u"Partnero Console"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PARTNERO_VERSION));
}

// Help, version, a usage error: printed, with the exit status.
int printParsed(const CommandLine::Result &parsed) {
    if (parsed.action == CommandLine::Action::Fail) {
        std::fprintf(stderr, "%s\n", qPrintable(parsed.error));
        return 2;
    }
    std::fputs(qPrintable(parsed.text), stdout);
    return 0;
}

// export, sync, --help and --version run without a display (over SSH, from cron): a
// QCoreApplication, never a window.
int runWithoutDisplay(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    setNames();
    {
        QSettings settings;
        LanguageSwitcher::apply(app, Preferences(&settings).language());
    }
    const QStringList arguments = QCoreApplication::arguments();
    if (ConsoleCli::isCommand(arguments))
        return ConsoleCli::run(arguments, stdout, stderr);
    return printParsed(CommandLine::parse(arguments));
}

} // namespace

int main(int argc, char *argv[]) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (ConsoleCli::isCommand(arguments) || ConsoleCli::isHelpOrVersion(arguments))
        return runWithoutDisplay(argc, argv);

    QApplication app(argc, argv);
    setNames();
    QApplication::setDesktopFileName(u"io.partnero.Console"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/partnero-console.svg"_s));
    ProfileStore profiles(QApplication::organizationName(), QApplication::applicationName());
    // The person's language and theme before the first window is built.
    const Preferences preferences(profiles.settings());
    LanguageSwitcher::apply(app, preferences.language());
    Theme::apply(preferences.theme());

    const CommandLine::Result parsed = CommandLine::parse(QApplication::arguments());
    if (parsed.action != CommandLine::Action::Run)
        return printParsed(parsed);

    CredentialStore credentials;
    profiles.setCredentialStore(&credentials);
    Journal journal;
    ConsoleController controller(&profiles, &credentials, &journal);
    controller.start(parsed.options);
    return QApplication::exec();
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Partnero Console: parses the command line, builds the long-lived objects and shows the
// window. Everything else lives in the libraries.
#include "app/cli/consolecli.h"
#include "app/credentials/credentialstore.h"
#include "app/credentials/keychaintranslator.h"
#include "app/journal/journal.h"
#include "app/profiles/commandline.h"
#include "app/profiles/profilestore.h"
#include "ui/shell/consolecontroller.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {
void installTranslators(QCoreApplication &app) {
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), u"qtbase"_s, u"_"_s,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    // English underneath: the sources say "%n customers", and the English file gives the
    // singular. Without it a C or unknown locale would read "1 customers".
    auto *english = new QTranslator(&app);
    if (english->load(u":/i18n/partnero_console_en.qm"_s))
        app.installTranslator(english);
    auto *own = new QTranslator(&app);
    if (QLocale().language() != QLocale::English &&
        own->load(QLocale(), u"partnero_console"_s, u"_"_s, u":/i18n"_s))
        app.installTranslator(own); // installed last, so asked first
    installKeychainTranslator(app);
}

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
    installTranslators(app);
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
    installTranslators(app);

    const CommandLine::Result parsed = CommandLine::parse(QApplication::arguments());
    if (parsed.action != CommandLine::Action::Run)
        return printParsed(parsed);

    ProfileStore profiles(QApplication::organizationName(), QApplication::applicationName());
    CredentialStore credentials;
    profiles.setCredentialStore(&credentials);
    Journal journal;
    ConsoleController controller(&profiles, &credentials, &journal);
    controller.start(parsed.options);
    return QApplication::exec();
}

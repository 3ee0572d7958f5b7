// SPDX-License-Identifier: GPL-3.0-or-later
// Sends one suspend through a Session (so through the journal) and then waits forever: the
// sandbox is told to never answer it (`hang`), and tst_journal_kill kills this process once
// the server has the request, leaving the journal with a begin line and no outcome.
//
// usage: changes_kill_helper <base url> <journal file> <customer key>
// The API key comes in PARTNERO_TEST_KEY, not on the command line.
#include "app/api/apiclient.h"
#include "app/api/customerservice.h"
#include "app/journal/journal.h"
#include "app/profiles/profile.h"
#include "app/session/session.h"

#include <QCoreApplication>
#include <QTimer>
#include <QUrl>

#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    if (argc < 4) {
        std::fputs("usage: changes_kill_helper <base url> <journal file> <customer key>\n", stderr);
        return 2;
    }
    // Being killed is the point of the exercise; a core file would only litter the build.
    const rlimit noCore{0, 0};
    setrlimit(RLIMIT_CORE, &noCore);

    Journal journal(QString::fromLocal8Bit(argv[2]));
    Profile profile;
    profile.id = u"kill-test"_s;
    profile.name = u"Kill test"_s;
    profile.baseUrl = QUrl(QString::fromLocal8Bit(argv[1]));
    profile.kind = ProgramKind::Affiliate;
    Session session(profile, qEnvironmentVariable("PARTNERO_TEST_KEY"), &journal);
    QObject context;
    session.customers()->suspend(QString::fromLocal8Bit(argv[3]), &context,
                                 [](const ApiResult<void> &) {
                                     std::fputs("answered\n", stdout);
                                     std::fflush(stdout);
                                     _exit(3); // the test expected no answer
                                 });
    // suspend() has written and flushed the begin line before returning.
    std::fputs("sent\n", stdout);
    std::fflush(stdout);
    // Never outlive a test that forgot us.
    QTimer::singleShot(60000, &app, [] { _exit(4); });
    return app.exec();
}

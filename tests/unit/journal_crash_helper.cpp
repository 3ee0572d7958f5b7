// SPDX-License-Identifier: GPL-3.0-or-later
// Begins one operation in the journal given as the first argument, prints the operation id
// and dies as a crash would, before any outcome can be written. Used by tst_journal.
#include "app/journal/journal.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>
#include <sys/resource.h>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[]) {
    if (argc < 2) {
        std::fputs("usage: journal_crash_helper <journal file>\n", stderr);
        return 2;
    }
    // The crash is the point of the exercise; a core file would only litter the build.
    const rlimit noCore{0, 0};
    setrlimit(RLIMIT_CORE, &noCore);

    // Qt SQL loads its SQLite driver as a plugin, which needs an application object.
    QCoreApplication app(argc, argv);
    Journal journal(QString::fromLocal8Bit(argv[1]));
    JournalOperation operation;
    operation.profileId = u"crash-profile"_s;
    operation.profileName = u"Crash test"_s;
    operation.action = u"credit"_s;
    operation.customer = u"cust_crash"_s;
    operation.method = u"POST"_s;
    operation.path = u"/v1/customers/cust_crash/balance/credit"_s;
    operation.payload = {{u"amount"_s, 10}, {u"currency"_s, u"EUR"_s}};
    operation.reason = u"goodwill"_s;
    const QString opId = journal.begin(operation);
    if (opId.isEmpty()) {
        std::fputs(qPrintable(journal.errorString()), stderr);
        return 1;
    }
    std::fputs(qPrintable(opId), stdout);
    std::fflush(stdout);
    std::abort();
}

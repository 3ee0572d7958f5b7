// SPDX-License-Identifier: GPL-3.0-or-later
// A console that dies mid-credit in a team's shared store: takes the credit lease on a customer
// with a short expiry, begins the credit in the team journal, prints the operation id and
// _exit()s before any outcome or release can be written. Used by tst_teamjournal.
//
//   team_crash_helper <postgresql URL> <program id> <customer> <lease seconds>
#include "app/journal/journal.h"
#include "app/store/postgrestarget.h"
#include "app/team/creditlease.h"

#include <QCoreApplication>
#include <QUuid>

#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[]) {
    if (argc < 5) {
        std::fputs("usage: team_crash_helper <url> <program id> <customer> <lease seconds>\n",
                   stderr);
        return 2;
    }
    const rlimit noCore{0, 0};
    setrlimit(RLIMIT_CORE, &noCore);

    // Qt SQL loads its PostgreSQL driver as a plugin, which needs an application object.
    QCoreApplication app(argc, argv);
    const PostgresTarget target = PostgresTarget::fromUrl(QString::fromLocal8Bit(argv[1]));
    const QString customer = QString::fromLocal8Bit(argv[3]);
    Journal journal(target, QString(), QString::fromLocal8Bit(argv[2]));
    journal.setDisplayName(u"Crashing Carl"_s);
    const QString opId = QUuid::createUuid().toString(QUuid::WithoutBraces);

    CreditLeaseHolder holder;
    holder.user = Journal::currentUser();
    holder.name = journal.displayName();
    holder.console = u"crash-console"_s;
    holder.operationId = opId;
    if (!journal.creditLease() ||
        !journal.creditLease()->take({customer}, holder, QByteArray(argv[4]).toInt())) {
        std::fputs("the lease could not be taken\n", stderr);
        return 1;
    }
    JournalOperation operation;
    operation.opId = opId;
    operation.profileId = u"crash-profile"_s;
    operation.profileName = u"Crash test"_s;
    operation.action = u"credit"_s;
    operation.customer = customer;
    operation.method = u"POST"_s;
    operation.path = u"/v1/customers/"_s + customer + u"/balance/credit"_s;
    operation.payload = {{u"amount"_s, 10}, {u"amount_units"_s, u"EUR"_s}};
    operation.reason = u"goodwill"_s;
    QString error;
    if (journal.begin(operation, &error).isEmpty()) {
        std::fputs(qPrintable(error), stderr);
        return 1;
    }
    std::fputs(qPrintable(opId), stdout);
    std::fflush(stdout);
    // As a killed console would: no destructor, no release, no outcome.
    _exit(9);
}

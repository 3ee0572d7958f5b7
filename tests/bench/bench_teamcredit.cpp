// SPDX-License-Identifier: GPL-3.0-or-later
// Two consoles crediting the same customer at the same instant, on a real PostgreSQL server,
// round after round (200 by default), two ways: the lease alone (each console a thread and a
// connection of its own, released together at a barrier), and the whole path a credit takes
// before it leaves (each console a thread with its own team Journal and JournalRecorder:
// lease, then the journal line; a refused credit is never sent). Budget (issue "Teams"): exactly
// one of the two may credit, every round. Also prints how long a round takes (both attempts
// answered), median and 95th percentile, against the budget of a credit's own round trip (under 50
// ms here on loopback; the lease is one statement before the credit's journal line).
//
//   bench_teamcredit [rounds]
#include "app/journal/journal.h"
#include "app/session/journalrecorder.h"
#include "tests/common/leaserace.h"
#include "tests/common/postgresserver.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr double RoundBudgetMs = 50.0;

double percentile(std::vector<qint64> values, double p) {
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return double(values[index]) / 1e6;
}

struct SendRace {
    int oneSent = 0;
    int bothSent = 0;
    int noneSent = 0;
    int journaled = 0;
    std::vector<qint64> roundNs;
    QString error;
};

// Each console: a thread with an event loop (the journal listens for notifications), its own
// team Journal and recorder, asked to let a credit to the round's customer go at the barrier.
SendRace raceTheSendPath(const PostgresTarget &target, int rounds) {
    constexpr int Consoles = 2;
    SendRace race;
    std::vector<std::vector<int>> sent(Consoles, std::vector<int>(rounds, 0));
    std::vector<std::vector<qint64>> answeredNs(Consoles, std::vector<qint64>(rounds, 0));
    std::vector<qint64> startedNs(rounds, 0);
    std::vector<QString> errors(Consoles);
    RoundBarrier barrier(Consoles);
    QElapsedTimer clock;
    clock.start();
    std::vector<QThread *> threads;
    for (int index = 0; index < Consoles; ++index) {
        threads.push_back(QThread::create([&, index] {
            Journal journal(target, QString(), u"prog-a"_s);
            journal.setDisplayName(u"Console %1"_s.arg(index + 1));
            if (!journal.problems().isEmpty())
                errors[index] = journal.problems().join(u' ');
            JournalRecorder recorder(&journal, u"profile-%1"_s.arg(index), u"Shop"_s);
            for (int round = 0; round < rounds; ++round) {
                MutationRecord record;
                record.operationId = QUuid::createUuid();
                record.method = "POST";
                record.action = u"credit"_s;
                record.customer = u"send-race-%1"_s.arg(round);
                record.path = u"/v1/customers/"_s + record.customer + u"/balance/credit"_s;
                record.body = {{u"amount"_s, 10}, {u"amount_units"_s, u"EUR"_s}};
                barrier.arriveAndWait();
                if (index == 0)
                    startedNs[round] = clock.nsecsElapsed();
                const bool goes = recorder.mutationAboutToBeSent(record);
                answeredNs[index][round] = clock.nsecsElapsed();
                sent[index][round] = goes ? 1 : 0;
                // Wait for the other console's attempt before this credit's answer releases
                // the lease, as a request on its way would.
                barrier.arriveAndWait();
                if (goes) {
                    MutationOutcome answer;
                    answer.result = ChangeOutcome::Succeeded;
                    answer.httpStatus = 200;
                    recorder.mutationFinished(record.operationId, answer);
                }
            }
            JournalFilter credits;
            credits.action = u"credit"_s;
            if (index == 0)
                race.journaled = journal.count(credits);
        }));
    }
    for (QThread *thread : threads)
        thread->start();
    for (QThread *thread : threads) {
        thread->wait();
        delete thread;
    }
    for (const QString &error : errors) {
        if (!error.isEmpty())
            race.error = error;
    }
    for (int round = 0; round < rounds; ++round) {
        const int count = sent[0][round] + sent[1][round];
        (count == 1 ? race.oneSent : count == 0 ? race.noneSent : race.bothSent)++;
        race.roundNs.push_back(std::max(answeredNs[0][round], answeredNs[1][round]) -
                               startedNs[round]);
    }
    return race;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 200;
    if (!PostgresServer::isAvailable()) {
        std::fprintf(stderr,
                     "PostgreSQL is not installed: packaging/install-deps.sh installs it\n");
        return 1;
    }
    PostgresServer server;
    if (!server.start() || !server.createDatabase(u"bench"_s)) {
        std::fprintf(stderr, "%s\n", qPrintable(server.errorString()));
        return 1;
    }
    const LeaseRaceResult race = runLeaseRace(server.target(u"bench"_s), u"prog-a"_s, rounds);
    if (!race.error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(race.error));
        return 1;
    }
    std::printf("two consoles taking one customer's credit lease at once, %d rounds: exactly one "
                "winner in %d (budget: all %d); two winners in %d, none in %d, failed statements "
                "%d\n",
                race.rounds, race.roundsWithOneWinner, race.rounds, race.roundsWithTwoWinners,
                race.roundsWithNoWinner, race.failures);
    std::printf("a round (both attempts answered): median %.2f ms, p95 %.2f ms (budget %.0f ms)\n",
                percentile(race.roundNs, 0.5), percentile(race.roundNs, 0.95), RoundBudgetMs);

    const SendRace send = raceTheSendPath(server.target(u"bench"_s), rounds);
    if (!send.error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(send.error));
        return 1;
    }
    std::printf("two consoles sending a credit to one customer at once (lease + journal line), "
                "%d rounds: exactly one sent in %d (budget: all %d); both in %d, none in %d; "
                "credits journaled: %d\n",
                rounds, send.oneSent, rounds, send.bothSent, send.noneSent, send.journaled);
    std::printf("a round (both consoles answered): median %.2f ms, p95 %.2f ms (budget %.0f ms)\n",
                percentile(send.roundNs, 0.5), percentile(send.roundNs, 0.95), RoundBudgetMs);
    const bool met = race.roundsWithOneWinner == race.rounds && race.failures == 0 &&
                     send.oneSent == rounds && send.journaled == rounds;
    return met ? 0 : 1;
}

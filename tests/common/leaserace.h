// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Two consoles taking the same credit lease at the same instant, round after round: each on a
// thread and a connection of its own (Qt SQL wants one connection per thread), released
// together at a barrier before every round. Shared by tst_teamjournal (a few rounds) and
// bench_teamcredit (200). Link partnero_team.

#include "app/store/postgrestarget.h"
#include "app/store/sqlstore.h"
#include "app/team/creditlease.h"

#include <QElapsedTimer>
#include <QString>
#include <QUuid>

#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

struct LeaseRaceResult {
    int rounds = 0;
    int roundsWithOneWinner = 0;
    int roundsWithTwoWinners = 0;
    int roundsWithNoWinner = 0;
    int failures = 0;            // statements that failed (not "someone else holds it")
    std::vector<qint64> roundNs; // both attempts of a round, barrier to the last answer
    QString error;
};

// Releases every waiting thread when the last one arrives; reusable round after round.
class RoundBarrier {
public:
    explicit RoundBarrier(int parties)
        : m_parties(parties) {}
    void arriveAndWait() {
        std::unique_lock lock(m_mutex);
        const int generation = m_generation;
        if (++m_arrived == m_parties) {
            m_arrived = 0;
            ++m_generation;
            m_changed.notify_all();
            return;
        }
        m_changed.wait(lock, [&] { return m_generation != generation; });
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    int m_parties;
    int m_arrived = 0;
    int m_generation = 0;
};

inline LeaseRaceResult runLeaseRace(const PostgresTarget &target, const QString &programId,
                                    int rounds) {
    constexpr int Consoles = 2;
    LeaseRaceResult result;
    result.rounds = rounds;
    std::vector<std::vector<int>> won(Consoles, std::vector<int>(rounds, -1));
    std::vector<QString> errors(Consoles);
    std::vector<qint64> finishedNs(rounds * Consoles, 0);
    RoundBarrier barrier(Consoles);
    QElapsedTimer clock;
    clock.start();
    std::vector<qint64> startedNs(rounds, 0);

    const auto console = [&](int index) {
        SqlStore store;
        const bool opened = store.openPostgres(target, QString());
        CreditLease lease(&store, programId);
        const bool ready = opened && lease.prepare();
        if (!ready)
            errors[index] = opened ? lease.errorString() : store.errorString();
        for (int round = 0; round < rounds; ++round) {
            barrier.arriveAndWait();
            if (index == 0)
                startedNs[round] = clock.nsecsElapsed();
            if (!ready)
                continue;
            CreditLeaseHolder holder;
            holder.user = QStringLiteral("console%1").arg(index);
            holder.name = holder.user;
            holder.console = holder.user;
            holder.operationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            std::optional<CreditLeaseHolder> other;
            const bool taken = lease.take({QStringLiteral("race-customer-%1").arg(round)}, holder,
                                          CreditLease::DefaultTtlSeconds, &other);
            won[index][round] = taken ? 1 : (other ? 0 : -1);
            finishedNs[round * Consoles + index] = clock.nsecsElapsed();
        }
    };
    std::vector<std::thread> threads;
    for (int i = 0; i < Consoles; ++i)
        threads.emplace_back(console, i);
    for (std::thread &thread : threads)
        thread.join();

    for (const QString &error : errors) {
        if (!error.isEmpty())
            result.error = error;
    }
    for (int round = 0; round < rounds; ++round) {
        int winners = 0;
        qint64 last = 0;
        for (int i = 0; i < Consoles; ++i) {
            if (won[i][round] < 0)
                ++result.failures;
            winners += won[i][round] == 1 ? 1 : 0;
            last = std::max(last, finishedNs[round * Consoles + i]);
        }
        result.roundNs.push_back(last - startedNs[round]);
        if (winners == 1)
            ++result.roundsWithOneWinner;
        else if (winners == 0)
            ++result.roundsWithNoWinner;
        else
            ++result.roundsWithTwoWinners;
    }
    return result;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/store/postgrestarget.h"
#include "app/team/approvalrequest.h"
#include "app/team/teamprogram.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QThread;
class SqlStore;

// Setting up a shared store from a dialog: connects, prepares the programs table, and lists
// the registered programs or registers one; and the reads a screen makes on a timer (the
// requests for approval). Each call runs on a thread of its own with a
// connection of its own (Qt SQL connections belong to the thread that opened them), so that a
// server slow to answer never freezes the window; it answers once, through its signal. A call
// made while one runs supersedes it: only the newest answers.
class TeamStoreProbe final : public QObject {
    Q_OBJECT

public:
    explicit TeamStoreProbe(QObject *parent = nullptr);
    ~TeamStoreProbe() override;

    static constexpr int ConnectTimeoutSeconds = 8;

    void listPrograms(const PostgresTarget &target, const QString &password);
    void registerProgram(const PostgresTarget &target, const QString &password,
                         const TeamProgram &wanted);
    // The requests for approval of `programId`, as CreditApprovals::requests() reads them: a
    // panel's refresh that a server slow to answer must not hold up.
    void listApprovals(const PostgresTarget &target, const QString &password,
                       const QString &programId);
    bool isBusy() const;

signals:
    // `error` is a sentence for people; empty on success.
    void listed(const QList<TeamProgram> &programs, const QString &error);
    void registered(const TeamProgram &program, bool existed, const QString &error);
    void approvalsListed(const QList<ApprovalRequest> &requests, const QString &error);

private:
    // What a call hands back to the GUI thread: the signal it emits.
    using Answer = std::function<void(TeamStoreProbe *probe)>;
    // Runs `work` on a thread of its own with a connection of its own to `target` (null, and
    // the sentence why, when it cannot be opened); its answer is emitted on this object's
    // thread when this is still the newest call.
    void runOnStore(const PostgresTarget &target, const QString &password,
                    std::function<Answer(SqlStore *store, const QString &error)> work);

    QList<QThread *> m_threads;
    quint64 m_generation = 0;
};

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
    void run(std::function<void()> work);

    QList<QThread *> m_threads;
    quint64 m_generation = 0;
};

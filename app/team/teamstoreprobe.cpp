// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/team/teamstoreprobe.h"

#include "app/store/sqlstore.h"
#include "app/team/creditapprovals.h"
#include "app/team/teamprograms.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

TeamStoreProbe::TeamStoreProbe(QObject *parent)
    : QObject(parent) {
}

TeamStoreProbe::~TeamStoreProbe() {
    // A thread still connecting finishes on its own; its answer finds nobody.
    for (QThread *thread : std::as_const(m_threads)) {
        thread->disconnect(this);
        QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    }
}

bool TeamStoreProbe::isBusy() const {
    for (QThread *thread : m_threads)
        if (thread->isRunning())
            return true;
    return false;
}

void TeamStoreProbe::runOnStore(const PostgresTarget &target, const QString &password,
                                std::function<Answer(SqlStore *store, const QString &error)> work) {
    const quint64 generation = ++m_generation;
    QPointer<TeamStoreProbe> self(this);
    QThread *thread = QThread::create([self, generation, target, password, work] {
        SqlStore store;
        const bool open = store.openPostgres(target, password, ConnectTimeoutSeconds);
        const Answer answer = work(open ? &store : nullptr, open ? QString() : store.errorString());
        store.close();
        QMetaObject::invokeMethod(
            qApp,
            [self, generation, answer] {
                if (self && generation == self->m_generation)
                    answer(self);
            },
            Qt::QueuedConnection);
    });
    m_threads.append(thread);
    connect(thread, &QThread::finished, this, [this, thread] {
        m_threads.removeOne(thread);
        thread->deleteLater();
    });
    thread->start();
}

void TeamStoreProbe::listPrograms(const PostgresTarget &target, const QString &password) {
    runOnStore(target, password, [](SqlStore *store, const QString &error) -> Answer {
        QList<TeamProgram> programs;
        QString problem = error;
        if (store) {
            TeamPrograms table(store);
            if (!table.prepare()) {
                problem = table.errorString();
            } else {
                programs = table.list();
                problem = table.errorString();
            }
        }
        return [programs, problem](TeamStoreProbe *probe) {
            Q_EMIT probe->listed(programs, problem);
        };
    });
}

void TeamStoreProbe::registerProgram(const PostgresTarget &target, const QString &password,
                                     const TeamProgram &wanted) {
    runOnStore(target, password, [wanted](SqlStore *store, const QString &error) -> Answer {
        TeamProgram program;
        bool existed = false;
        QString problem = error;
        if (store) {
            TeamPrograms table(store);
            if (!table.prepare())
                problem = table.errorString();
            else if (const auto made = table.registerProgram(wanted, &existed))
                program = *made;
            else
                problem = table.errorString();
        }
        return [program, existed, problem](TeamStoreProbe *probe) {
            Q_EMIT probe->registered(program, existed, problem);
        };
    });
}

void TeamStoreProbe::listApprovals(const PostgresTarget &target, const QString &password,
                                   const QString &programId) {
    runOnStore(target, password, [programId](SqlStore *store, const QString &error) -> Answer {
        QList<ApprovalRequest> requests;
        QString problem = error;
        if (store) {
            // The tables are the console's own, prepared when its session opened the store.
            CreditApprovals approvals(store, programId);
            requests = approvals.requests();
            problem = approvals.errorString();
        }
        return [requests, problem](TeamStoreProbe *probe) {
            Q_EMIT probe->approvalsListed(requests, problem);
        };
    });
}

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

void TeamStoreProbe::run(std::function<void()> work) {
    QThread *thread = QThread::create(std::move(work));
    m_threads.append(thread);
    connect(thread, &QThread::finished, this, [this, thread] {
        m_threads.removeOne(thread);
        thread->deleteLater();
    });
    thread->start();
}

void TeamStoreProbe::listPrograms(const PostgresTarget &target, const QString &password) {
    const quint64 generation = ++m_generation;
    QPointer<TeamStoreProbe> self(this);
    run([self, generation, target, password] {
        QList<TeamProgram> programs;
        QString error;
        SqlStore store;
        TeamPrograms table(&store);
        if (!store.openPostgres(target, password, ConnectTimeoutSeconds))
            error = store.errorString();
        else if (!table.prepare())
            error = table.errorString();
        else {
            programs = table.list();
            error = table.errorString();
        }
        store.close();
        QMetaObject::invokeMethod(
            qApp,
            [self, generation, programs, error] {
                if (self && generation == self->m_generation)
                    Q_EMIT self->listed(programs, error);
            },
            Qt::QueuedConnection);
    });
}

void TeamStoreProbe::registerProgram(const PostgresTarget &target, const QString &password,
                                     const TeamProgram &wanted) {
    const quint64 generation = ++m_generation;
    QPointer<TeamStoreProbe> self(this);
    run([self, generation, target, password, wanted] {
        TeamProgram program;
        bool existed = false;
        QString error;
        SqlStore store;
        TeamPrograms table(&store);
        if (!store.openPostgres(target, password, ConnectTimeoutSeconds))
            error = store.errorString();
        else if (!table.prepare())
            error = table.errorString();
        else if (const auto made = table.registerProgram(wanted, &existed))
            program = *made;
        else
            error = table.errorString();
        store.close();
        QMetaObject::invokeMethod(
            qApp,
            [self, generation, program, existed, error] {
                if (self && generation == self->m_generation)
                    Q_EMIT self->registered(program, existed, error);
            },
            Qt::QueuedConnection);
    });
}

void TeamStoreProbe::listApprovals(const PostgresTarget &target, const QString &password,
                                   const QString &programId) {
    const quint64 generation = ++m_generation;
    QPointer<TeamStoreProbe> self(this);
    run([self, generation, target, password, programId] {
        QList<ApprovalRequest> requests;
        QString error;
        SqlStore store;
        // The tables are the console's own, prepared when its session opened the store.
        CreditApprovals approvals(&store, programId);
        if (!store.openPostgres(target, password, ConnectTimeoutSeconds)) {
            error = store.errorString();
        } else {
            requests = approvals.requests();
            error = approvals.errorString();
        }
        store.close();
        QMetaObject::invokeMethod(
            qApp,
            [self, generation, requests, error] {
                if (self && generation == self->m_generation)
                    Q_EMIT self->approvalsListed(requests, error);
            },
            Qt::QueuedConnection);
    });
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/store/postgrestarget.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <memory>

class CreditApprovals;
class QSqlError;
class SqlStore;

// The connected profile's team store: where it is, which program the profile files under, and
// one connection for the GUI thread's short statements (four eyes). Workers open their own
// connections with target() and password(): Qt SQL connections belong to one thread.
//
// A connection the server dropped (a restart, a network cut) is found by the next statement,
// without a round trip of its own before each use: that statement opens a new connection and
// runs once more when that is safe (a read; a write that surely never ran, see
// sessionEndedFirst()). While the store cannot be reached, nothing that needs it is sent, and
// the sentence says why.
class TeamStore final : public QObject {
    Q_OBJECT

public:
    TeamStore(PostgresTarget target, QString password, QString programId, QString programName,
              QObject *parent = nullptr);
    ~TeamStore() override;

    PostgresTarget target() const { return m_target; }
    // Empty when libpq finds it itself (PGPASSWORD, ~/.pgpass). Never logged or shown.
    QString password() const { return m_password; }
    QString programId() const { return m_programId; }
    QString programName() const { return m_programName; }

    // Opens the connection when it is not open, and prepares the tables this object uses.
    // False with errorString() when the store cannot be used. No statement is sent when it is
    // open already.
    bool ensureConnected();
    // Drops the connection and opens a new one (after a statement found it lost).
    bool reconnect();

    // Whether a failed statement lost its connection: libpq's own failures carry no SQLSTATE,
    // and the server's classes 08 (connection exception) and 57P (shut down) end the session.
    static bool connectionLost(const QSqlError &error);
    // Whether the server ended the session before the statement could commit (57P01 an
    // administrator's or a fast shutdown, 57P02 a crash of another backend, 57P03 not
    // accepting connections yet): then it did not run, and running it again is safe. A
    // connection that broke without a word from the server (a cut cable, a killed process)
    // says nothing of the kind, and a change sent on it is not sent again.
    static bool sessionEndedFirst(const QSqlError &error);
    QString errorString() const { return m_error; }

    // Valid after ensureConnected() succeeded.
    SqlStore *store() const { return m_store.get(); }
    CreditApprovals *approvals() const { return m_approvals.get(); }

    // Tells every console of the program that its requests for approval changed, and hears
    // the others' (approvalsChanged). PostgreSQL LISTEN/NOTIFY.
    void announceApprovals();

    static QString approvalsChannel(); // "partnero_approvals"

signals:
    void approvalsChanged();

private:
    bool listen();

    PostgresTarget m_target;
    QString m_password;
    QString m_programId;
    QString m_programName;
    std::unique_ptr<SqlStore> m_store;
    std::unique_ptr<CreditApprovals> m_approvals;
    QString m_error;
    bool m_prepared = false;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/team/teamstore.h"

#include "app/store/sqlstore.h"
#include "app/team/creditapprovals.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {

// Short: the GUI thread waits for it. A store that answers slower is reported, not waited on.
constexpr int ConnectTimeoutSeconds = 5;

} // namespace

TeamStore::TeamStore(PostgresTarget target, QString password, QString programId,
                     QString programName, QObject *parent)
    : QObject(parent)
    , m_target(std::move(target))
    , m_password(std::move(password))
    , m_programId(std::move(programId))
    , m_programName(std::move(programName))
    , m_store(std::make_unique<SqlStore>())
    , m_approvals(std::make_unique<CreditApprovals>(m_store.get(), m_programId)) {
    m_approvals->setReconnect([this] { return reconnect(); });
}

TeamStore::~TeamStore() = default;

QString TeamStore::approvalsChannel() {
    return u"partnero_approvals"_s;
}

bool TeamStore::ensureConnected() {
    m_error.clear();
    // Qt SQL keeps a dropped connection "open"; the next statement finds out and reconnects
    // (CreditApprovals), which costs nothing while the connection is fine.
    if (m_store->isOpen() && m_prepared)
        return true;
    return reconnect();
}

bool TeamStore::connectionLost(const QSqlError &error) {
    if (error.type() == QSqlError::ConnectionError)
        return true;
    const QString state = error.nativeErrorCode();
    return state.isEmpty() || state.startsWith(u"08"_s) || state.startsWith(u"57P"_s);
}

bool TeamStore::sessionEndedFirst(const QSqlError &error) {
    const QString state = error.nativeErrorCode();
    return state == u"57P01"_s || state == u"57P02"_s || state == u"57P03"_s;
}

bool TeamStore::reconnect() {
    m_error.clear();
    m_prepared = false;
    if (!m_store->openPostgres(m_target, m_password, ConnectTimeoutSeconds)) {
        m_error = m_store->errorString();
        return false;
    }
    if (!m_approvals->prepare()) {
        m_error = m_approvals->errorString();
        m_store->close();
        return false;
    }
    m_prepared = true;
    listen();
    return true;
}

bool TeamStore::listen() {
    QSqlDriver *driver = m_store->database().driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return false;
    // A new connection after a reopen has a new driver: the old one's subscription and this
    // connection went with it. (Qt cannot make a lambda's connection unique.)
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                if (name == approvalsChannel() && payload.toString() == m_programId)
                    Q_EMIT approvalsChanged();
            });
    return driver->subscribeToNotification(approvalsChannel());
}

void TeamStore::announceApprovals() {
    if (!m_store->isOpen())
        return;
    QSqlQuery q = m_store->query();
    if (q.prepare(u"SELECT pg_notify(?, ?)"_s)) {
        q.addBindValue(approvalsChannel());
        q.addBindValue(m_programId);
        q.exec();
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the credit and invitation tests: a private sandbox, a Session on the referral
// program with a journal in a temporary folder, and small helpers to read the server back.

#include "app/api/apiclient.h"
#include "app/api/referralservice.h"
#include "app/journal/journal.h"
#include "app/profiles/profile.h"
#include "app/session/session.h"
#include "tests/common/sandboxprocess.h"
#include "tests/common/widgetshot.h"

#include <QAbstractButton>
#include <QJsonArray>
#include <QJsonObject>
#include <QPixmap>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <memory>
#include <optional>

namespace RewardsTest {

inline Profile referralProfile(const QUrl &baseUrl) {
    Profile profile;
    profile.id = QStringLiteral("rewards-test-profile");
    profile.name = QStringLiteral("Rewards test");
    profile.baseUrl = baseUrl;
    profile.kind = ProgramKind::ReferAFriend;
    return profile;
}

inline std::unique_ptr<Session> makeSession(SandboxProcess &sandbox, Journal *journal) {
    return std::make_unique<Session>(referralProfile(sandbox.baseUrl()), sandbox.referralKey(),
                                     journal);
}

// The balance as the server has it now; nullopt when it could not be read.
inline std::optional<Balance> readBalance(Session *session, const QString &id) {
    std::optional<Balance> balance;
    bool done = false;
    QObject context;
    session->referrals()->balance(id, &context, [&](const ApiResult<Balance> &result) {
        if (result)
            balance = result.value();
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 15000))
        return std::nullopt;
    return balance;
}

inline double amountIn(const Balance &balance, const QString &units) {
    for (const BalanceEntry &entry : balance.entries) {
        if (entry.amountUnits.compare(units, Qt::CaseInsensitive) == 0)
            return entry.amount;
    }
    return 0;
}

// How many times the sandbox saw `email` invited.
inline int inviteCount(SandboxProcess &sandbox, const QString &email) {
    const QJsonArray invites = sandbox.invites();
    for (const QJsonValue &value : invites) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QStringLiteral("email")).toString().compare(email, Qt::CaseInsensitive) ==
            0)
            return entry.value(QStringLiteral("count")).toInt();
    }
    return 0;
}

template <typename T> T *child(QWidget *parent, const char *name) {
    T *widget = parent->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qWarning("no child %s", name);
    return widget;
}

} // namespace RewardsTest

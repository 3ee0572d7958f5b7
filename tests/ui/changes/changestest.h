// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the tests of the changes area: a private sandbox, a Session of one program kind
// with a journal in a temporary folder, and small helpers to read the server and the journal
// back.

#include "app/api/apiclient.h"
#include "app/api/customerservice.h"
#include "app/journal/journal.h"
#include "app/profiles/profile.h"
#include "app/session/session.h"
#include "tests/common/sandboxprocess.h"
#include "ui/widgets/messagebox.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

template <typename T> struct Waited {
    bool arrived = false;
    std::optional<ApiResult<T>> result;
};

// Runs one call and waits for its result (tests only: a local wait is fine here).
template <typename T, typename Start> ApiResult<T> awaitCall(Start start, int timeoutMs = 15000) {
    auto state = std::make_shared<Waited<T>>();
    start([state](const ApiResult<T> &result) {
        state->arrived = true;
        state->result.emplace(result);
    });
    if (!QTest::qWaitFor([state] { return state->arrived; }, timeoutMs))
        return ApiResult<T>(ApiError(ApiError::Kind::Timeout));
    return *state->result;
}

class ChangesFixture {
public:
    SandboxProcess sandbox;
    QTemporaryDir dir;
    std::unique_ptr<Journal> journal;
    std::unique_ptr<Session> session;
    QObject context;
    ProgramKind kind = ProgramKind::Unknown;

    bool start(ProgramKind programKind) {
        kind = programKind;
        if (!dir.isValid() || !sandbox.start({QStringLiteral("--customers"), QStringLiteral("40")}))
            return false;
        journal = std::make_unique<Journal>(dir.filePath(QStringLiteral("journal.jsonl")));
        Profile profile;
        profile.id = QStringLiteral("changes-test");
        profile.name = QStringLiteral("Changes test");
        profile.baseUrl = sandbox.baseUrl();
        profile.kind = programKind;
        session = std::make_unique<Session>(profile, apiKey(), journal.get());
        return true;
    }

    QString apiKey() const {
        return kind == ProgramKind::ReferAFriend ? sandbox.referralKey() : sandbox.affiliateKey();
    }

    CustomerService *customers() const { return session->customers(); }

    ApiResult<Customer> fetch(const QString &identifier) {
        return awaitCall<Customer>([&](ApiCallback<Customer> done) {
            customers()->get(identifier, &context, std::move(done));
        });
    }

    QList<Customer> page(int limit = 20) {
        CustomerQuery query;
        query.limit = limit;
        const auto result = awaitCall<Page<Customer>>([&](ApiCallback<Page<Customer>> done) {
            customers()->list(query, &context, std::move(done));
        });
        return result ? result.value().items : QList<Customer>();
    }

    // The journal's operations on `customer` with `action`, oldest first.
    QList<JournalEntry> entries(const QString &action, const QString &customer) const {
        JournalFilter filter;
        filter.action = action;
        QList<JournalEntry> result;
        const QList<JournalEntry> all = journal->entries(filter);
        for (const JournalEntry &entry : all) {
            if (entry.operation.customer == customer)
                result.append(entry);
        }
        return result;
    }

    // Every byte SQLite keeps of the journal: the database and its write-ahead log.
    QByteArray journalBytes() const {
        QByteArray bytes;
        const QStringList paths{journal->filePath(), journal->filePath() + QStringLiteral("-wal")};
        for (const QString &path : paths) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        return bytes;
    }

    // The journal as it is on disk now, read through a connection of its own, as the next
    // start would read it.
    QList<JournalEntry> committedEntries(const QString &action, const QString &customer) const {
        JournalFilter filter;
        filter.action = action;
        QList<JournalEntry> result;
        const QList<JournalEntry> all = Journal(journal->filePath()).entries(filter);
        for (const JournalEntry &entry : all) {
            if (entry.operation.customer == customer)
                result.append(entry);
        }
        return result;
    }
};

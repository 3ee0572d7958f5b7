// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/apierror.h"
#include "models/customer.h"
#include "models/programkind.h"

#include <QList>
#include <QObject>
#include <QPointer>

class LatestRequest;
class Session;

// One lookup box, three ways in: an email, a key or an id, recognised as typed.
//
// - Text with an @ is an email: customers:search?email=..., keeping exact matches only
//   (ignoring case). In affiliate programs a key may itself be an email, so GET by key runs
//   beside it.
// - Anything else is a key or an id: GET /customers/{text}; refer-a-friend programs also
//   search by key, since their customers are addressed by id and carry a separate key.
//
// The requests run side by side; finished() comes once all have answered, with the matches
// merged and without duplicates. A new lookup supersedes the one running.
class CustomerLookup final : public QObject {
    Q_OBJECT

public:
    enum class Kind { Nothing, Email, Identifier };
    Q_ENUM(Kind)

    explicit CustomerLookup(QObject *parent = nullptr);
    ~CustomerLookup() override;

    static Kind classify(const QString &text);
    // What the box will look for, for a hint beside it ("Email", "Key", "ID or key").
    static QString describe(Kind kind, ProgramKind programKind);

    void setSession(Session *session);
    // Starts a lookup; an empty text cancels the running one and does nothing else.
    void start(const QString &text);
    void cancel();

    bool isRunning() const { return m_pending > 0; }
    QString text() const { return m_text; }
    QList<Customer> matches() const { return m_matches; }

Q_SIGNALS:
    // Every request answered; `matches` may be empty (nothing found).
    void finished(const QString &text, const QList<Customer> &matches);
    // Nothing could be looked up (every request failed with something other than "not
    // found"): the first such error.
    void failed(const QString &text, const ApiError &error);

private:
    LatestRequest *slot(int index);
    void add(const QList<Customer> &customers);
    void fail(const ApiError &error);
    void done();

    QPointer<Session> m_session;
    QList<LatestRequest *> m_slots;
    QString m_text;
    QList<Customer> m_matches;
    ApiError m_firstError;
    int m_pending = 0;
    int m_failures = 0;
    int m_requests = 0;
};

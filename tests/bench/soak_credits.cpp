// SPDX-License-Identifier: GPL-3.0-or-later
// The credit soak: many credits, one after another, through the real credit path (Session:
// ApiClient, ReferralService, JournalRecorder, a real Journal) against a private sandbox
// that injects a random fault into each credit. Every unknown outcome is decided as a
// careful person would: by reading the balance again and comparing it with the one before.
// Afterwards the server, the journal and the balances must tell the same story:
//
//   - the sandbox applied exactly the credits the journal holds as made (succeeded, or
//     unknown and decided "went through"), customer by customer;
//   - every credit in the journal reached the server exactly once (nothing retried);
//   - no credit was sent twice unless the first was certainly not made, or a person
//     journaled "sent again" naming the second;
//   - the sum of the balances at the end is the sum at the start plus the journal's credits.
//
// soak_credits [--credits N] [--seed S] [--timeout-ms MS] [--customers N] [--resend-percent P]
// Exits 0 when every invariant holds, 1 with a sentence per broken invariant, 2 when the soak
// could not run (the sandbox did not start, a read failed).

#include "app/api/apiclient.h"
#include "app/api/changeoutcome.h"
#include "app/api/customerservice.h"
#include "app/api/referralservice.h"
#include "app/journal/journal.h"
#include "app/profiles/profile.h"
#include "app/session/session.h"
#include "tests/common/sandboxprocess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QPointer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstdio>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int ReadTimeoutMs = 30000;
constexpr int MaxSendsPerCredit = 3;
constexpr int LogFetchEvery = 50; // credits between reads (and clears) of the sandbox's log

enum class Fault { None, Drop, Hang, Status500, Status502, Status429, Latency };
constexpr int FaultKinds = 7;

QString faultName(Fault fault) {
    switch (fault) {
    case Fault::None:
        return u"none"_s;
    case Fault::Drop:
        return u"drop"_s;
    case Fault::Hang:
        return u"hang"_s;
    case Fault::Status500:
        return u"status=500"_s;
    case Fault::Status502:
        return u"status=502"_s;
    case Fault::Status429:
        return u"status=429"_s;
    case Fault::Latency:
        return u"latency"_s;
    }
    return {};
}

// Balances are compared in cents (points are whole numbers), so that sums of many doubles
// cannot drift into a false alarm.
qint64 cents(double amount) {
    return std::llround(amount * 100);
}

struct Options {
    int credits = 1000;
    quint64 seed = 0;
    int timeoutMs = 1000;
    int customers = 40;
    int resendPercent = 50;
};

// Runs one typed call and waits for its one result.
template <typename T, typename Start>
std::optional<ApiResult<T>> await(Start start, int timeoutMs = ReadTimeoutMs) {
    std::optional<ApiResult<T>> result;
    QObject context;
    start(&context, [&result](const ApiResult<T> &r) { result.emplace(r); });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs))
        return std::nullopt;
    return result;
}

class Soak {
public:
    Soak(const Options &options, SandboxProcess *sandbox, Session *session, Journal *journal)
        : m_options(options)
        , m_rng(options.seed)
        , m_sandbox(sandbox)
        , m_session(session)
        , m_journal(journal) {}

    // False (with a sentence on stderr) when the soak could not run at all.
    bool prepare();
    bool run();
    // Prints the figures; returns the number of broken invariants.
    int check();

private:
    struct Intent {
        QString customer;
        QString units;
        double amount = 0;
        QString reason; // unique per intent: groups its operations in the journal
    };

    std::optional<Balance> readBalance(const QString &customer);
    bool creditOnce(const Intent &intent);
    bool fetchSandboxLog();
    void fail(const QString &sentence) {
        m_failures << sentence;
        std::fprintf(stderr, "FAIL: %s\n", qPrintable(sentence));
    }

    Options m_options;
    QRandomGenerator m_rng;
    SandboxProcess *m_sandbox;
    Session *m_session;
    Journal *m_journal;

    QStringList m_customers;
    QMap<QString, qint64> m_startSum; // units -> cents
    QStringList m_units{u"USD"_s, u"EUR"_s, u"points"_s};

    // Figures.
    int m_sends = 0;
    QMap<QString, int> m_byFault;
    QMap<QString, int> m_byOutcome;
    int m_decidedWentThrough = 0;
    int m_decidedNotMade = 0;
    int m_decidedSentAgain = 0;
    int m_unclear = 0;
    int m_resentAfterRefusal = 0;
    qint64 m_wallMs = 0;
    // What each operation's result said, by the journal's operation id.
    QHash<QString, ChangeOutcome> m_resultOutcome;
    // The sandbox's log of credit requests, gathered while running.
    QList<QJsonObject> m_creditLog;
    QStringList m_failures;
};

bool Soak::prepare() {
    CustomerQuery query;
    query.limit = 250;
    const auto page = await<Page<Customer>>([this, &query](QObject *context, auto done) {
        m_session->customers()->list(query, context, done);
    });
    if (!page || !page->ok() || page->value().items.isEmpty()) {
        std::fprintf(stderr, "Could not list the sandbox's customers.\n");
        return false;
    }
    const QList<Customer> &all = page->value().items;
    const int wanted = qBound(1, m_options.customers, int(all.size()));
    // A spread over the whole list: early and late customers, roots and referred ones.
    for (int i = 0; i < wanted; ++i)
        m_customers << all.at(int(qint64(i) * all.size() / wanted)).identifier();
    for (const QString &customer : std::as_const(m_customers)) {
        const auto balance = readBalance(customer);
        if (!balance) {
            std::fprintf(stderr, "Could not read the balance of %s.\n", qPrintable(customer));
            return false;
        }
        for (const QString &units : std::as_const(m_units))
            m_startSum[units] += cents(balance->amountIn(units));
    }
    return m_sandbox->clearRequests();
}

std::optional<Balance> Soak::readBalance(const QString &customer) {
    const auto result = await<Balance>([this, &customer](QObject *context, auto done) {
        m_session->referrals()->balance(customer, context, done);
    });
    if (!result || !result->ok())
        return std::nullopt;
    return result->value();
}

bool Soak::run() {
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < m_options.credits; ++i) {
        Intent intent;
        intent.customer = m_customers.at(int(m_rng.bounded(quint32(m_customers.size()))));
        intent.units = m_units.at(int(m_rng.bounded(quint32(m_units.size()))));
        intent.amount = intent.units == "points"_L1 ? double(1 + m_rng.bounded(500))
                                                    : double(1 + m_rng.bounded(9999)) / 100;
        intent.reason = u"Soak credit %1"_s.arg(i + 1);
        if (!creditOnce(intent))
            return false;
        if ((i + 1) % LogFetchEvery == 0 && !fetchSandboxLog())
            return false;
        if ((i + 1) % 100 == 0)
            std::fprintf(stderr, "  %d credits, %lld ms\n", i + 1, qint64(clock.elapsed()));
    }
    const bool fetched = fetchSandboxLog();
    m_wallMs = clock.elapsed();
    return fetched;
}

bool Soak::fetchSandboxLog() {
    const QJsonArray log = m_sandbox->requests();
    for (const QJsonValue &value : log) {
        const QJsonObject entry = value.toObject();
        if (entry.value(u"method"_s).toString() == "POST"_L1 &&
            entry.value(u"path"_s).toString().endsWith("/balance/credit"_L1))
            m_creditLog << entry;
    }
    if (!m_sandbox->clearRequests()) {
        std::fprintf(stderr, "Could not clear the sandbox's request log.\n");
        return false;
    }
    return true;
}

// One intended credit: sent, and sent again only where a careful person would (the first
// was certainly refused, or the balance shows an unknown one was not made, and then only
// after journaling "sent again").
bool Soak::creditOnce(const Intent &intent) {
    QString sentAgainOf; // an unknown operation this send repeats
    for (int send = 1; send <= MaxSendsPerCredit; ++send) {
        const auto before = readBalance(intent.customer);
        if (!before) {
            std::fprintf(stderr, "Could not read the balance of %s before a credit.\n",
                         qPrintable(intent.customer));
            return false;
        }
        const Fault fault = Fault(m_rng.bounded(FaultKinds));
        QString spec = faultName(fault);
        if (fault == Fault::Status429)
            spec += u";retry-after=1"_s;
        else if (fault == Fault::Latency)
            // Some answer in time, some after the client gave up (while the change is made).
            spec = u"latency=%1"_s.arg(50 + m_rng.bounded(m_options.timeoutMs * 3 / 2));
        if (fault != Fault::None &&
            !m_sandbox->queueFault(
                u"POST"_s, u"/v1/customers/%1/balance/credit"_s.arg(intent.customer), spec, 1)) {
            std::fprintf(stderr, "Could not queue a fault.\n");
            return false;
        }
        ++m_byFault[faultName(fault)];

        if (!sentAgainOf.isEmpty() && !m_journal->decide(sentAgainOf, JournalDecision::SentAgain)) {
            // The decision to send again is on disk before the repeat is sent, or nothing is.
            fail(u"Could not journal the decision to send %1 again: %2"_s.arg(
                sentAgainOf, m_journal->errorString()));
            return false;
        }
        CreditRequest credit;
        credit.amount = intent.amount;
        credit.amountUnits = intent.units;
        credit.isCurrency = intent.units != "points"_L1;
        QString opId;
        const auto result = await<Balance>(
            [this, &intent, &credit, &opId](QObject *context, auto done) {
                QPointer<ApiCall> call = m_session->referrals()->creditBalance(
                    intent.customer, credit, intent.reason, context, done);
                if (call)
                    opId = call->operationId().toString(QUuid::WithoutBraces);
            },
            m_options.timeoutMs * 4 + ReadTimeoutMs);
        ++m_sends;
        if (!result) {
            fail(u"A credit to %1 gave no result at all."_s.arg(intent.customer));
            return false;
        }
        if (!sentAgainOf.isEmpty()) {
            // Names the repeat now that it has an id; the decision itself was journaled above.
            m_journal->decide(sentAgainOf, JournalDecision::SentAgain, opId);
            sentAgainOf.clear();
        }
        const ChangeOutcome outcome = result->outcome();
        m_resultOutcome.insert(opId, outcome);
        ++m_byOutcome[changeOutcomeName(outcome)];

        const qint64 was = cents(before->amountIn(intent.units));
        const qint64 expected = was + cents(intent.amount);
        switch (outcome) {
        case ChangeOutcome::Succeeded: {
            const qint64 answered = cents(result->value().amountIn(intent.units));
            if (answered != expected)
                fail(u"%1: the answer says %2 %3, expected %4"_s.arg(
                    intent.customer, QString::number(answered / 100.0), intent.units,
                    QString::number(expected / 100.0)));
            return true;
        }
        case ChangeOutcome::NotMade:
        case ChangeOutcome::NotSent:
            // Certainly not made: sending it again is a new credit, not a repeat of one that
            // may have gone through.
            if (send < MaxSendsPerCredit && int(m_rng.bounded(100)) < m_options.resendPercent) {
                ++m_resentAfterRefusal;
                continue;
            }
            return true;
        case ChangeOutcome::Unknown:
            break;
        }

        // Unknown: read again (reads are retried by the client) and compare.
        std::optional<Balance> now;
        for (int reading = 0; reading < 3; ++reading) {
            now = readBalance(intent.customer);
            if (now) {
                const qint64 is = cents(now->amountIn(intent.units));
                if (is == expected || is == was)
                    break;
            }
            QTest::qWait(200);
        }
        const std::optional<qint64> is =
            now ? std::optional<qint64>(cents(now->amountIn(intent.units))) : std::nullopt;
        if (is && *is == expected) {
            ++m_decidedWentThrough;
            if (!m_journal->decide(opId, JournalDecision::WentThrough))
                fail(u"Could not journal a decision: %1"_s.arg(m_journal->errorString()));
            return true;
        }
        if (is && *is == was) {
            if (send < MaxSendsPerCredit && int(m_rng.bounded(100)) < m_options.resendPercent) {
                ++m_decidedSentAgain;
                sentAgainOf = opId;
                continue;
            }
            ++m_decidedNotMade;
            if (!m_journal->decide(opId, JournalDecision::NotMade))
                fail(u"Could not journal a decision: %1"_s.arg(m_journal->errorString()));
            return true;
        }
        // The reading does not say: it stays for a person, and is never sent again.
        ++m_unclear;
        m_journal->decide(opId, JournalDecision::Later);
        return true;
    }
    return true;
}

int Soak::check() {
    const QList<JournalEntry> all = m_journal->entries();
    QList<JournalEntry> credits;
    for (const JournalEntry &entry : all) {
        if (entry.operation.action == "credit"_L1)
            credits << entry;
    }

    // What the sandbox applied, from its own log: a status fault answers without running the
    // request; drop, hang and latency run it and lose or delay only the answer.
    QHash<QString, int> appliedBy; // customer -> applied credits
    int applied = 0;
    int received = 0;
    for (const QJsonObject &entry : std::as_const(m_creditLog)) {
        ++received;
        const int status = entry.value(u"status"_s).toInt();
        const QString fault = entry.value(u"fault"_s).toString();
        if (status >= 200 && status < 300 && !fault.contains("status="_L1)) {
            ++applied;
            const QStringList parts = entry.value(u"path"_s).toString().split(u'/');
            ++appliedBy[parts.value(parts.size() - 3)];
        }
    }

    QHash<QString, int> madeBy;
    QMap<QString, qint64> madeSum;
    int made = 0;
    int needing = 0;
    QHash<QString, QList<JournalEntry>> byIntent;
    for (const JournalEntry &entry : std::as_const(credits)) {
        if (entry.madeAsFarAsKnown()) {
            ++made;
            ++madeBy[entry.operation.customer];
            madeSum[entry.operation.payload.value("amount_units"_L1).toString()] +=
                cents(entry.operation.payload.value("amount"_L1).toDouble());
        }
        if (entry.needsDecision())
            ++needing;
        byIntent[entry.operation.reason] << entry;

        const auto said = m_resultOutcome.constFind(entry.opId);
        const JournalOutcome journaled = entry.outcome;
        if (said == m_resultOutcome.constEnd()) {
            fail(u"The journal holds an operation no call made: %1"_s.arg(entry.opId));
        } else if (changeOutcomeName(*said) != Journal::outcomeId(journaled)) {
            fail(u"Operation %1: the result said %2, the journal %3"_s.arg(
                entry.opId, changeOutcomeName(*said), Journal::outcomeId(journaled)));
        }
    }

    // 1. Every credit sent reached the server once: nothing was retried on its own.
    if (received != m_sends || credits.size() != m_sends)
        fail(u"%1 credits sent, %2 journaled, %3 received by the sandbox"_s.arg(m_sends)
                 .arg(credits.size())
                 .arg(received));
    // 2. The server applied what the journal holds as made, customer by customer.
    if (applied != made)
        fail(u"The sandbox applied %1 credits, the journal holds %2 as made"_s.arg(applied).arg(
            made));
    for (const QString &customer : std::as_const(m_customers)) {
        if (appliedBy.value(customer) != madeBy.value(customer))
            fail(u"%1: the sandbox applied %2 credits, the journal holds %3 as made"_s.arg(customer)
                     .arg(appliedBy.value(customer))
                     .arg(madeBy.value(customer)));
    }
    // 3. A credit was sent again only after one certainly not made, or after a journaled
    //    "sent again" naming the repeat; and at most one of its sends was made.
    int repeats = 0;
    for (auto it = byIntent.cbegin(); it != byIntent.cend(); ++it) {
        const QList<JournalEntry> &ops = it.value();
        int madeOps = 0;
        for (qsizetype i = 0; i < ops.size(); ++i) {
            madeOps += ops.at(i).madeAsFarAsKnown() ? 1 : 0;
            if (i + 1 == ops.size())
                continue;
            ++repeats;
            const JournalEntry &first = ops.at(i);
            const bool refused = first.outcome == JournalOutcome::NotMade ||
                                 first.outcome == JournalOutcome::NotSent;
            const bool sentAgain = first.outcomeUnknown() &&
                                   first.decision == JournalDecision::SentAgain &&
                                   first.sentAgainAs == ops.at(i + 1).opId;
            if (!refused && !sentAgain)
                fail(u"%1 was sent again without a journaled \"sent again\" (operation %2)"_s.arg(
                    it.key(), first.opId));
        }
        if (madeOps > 1)
            fail(u"%1 was made %2 times"_s.arg(it.key()).arg(madeOps));
    }
    // 4. Every unknown outcome was decided from the balance.
    if (m_unclear > 0 || needing != 0)
        fail(u"%1 unknown outcomes could not be decided from the balance (%2 need a decision)"_s
                 .arg(m_unclear)
                 .arg(needing));
    // 5. The money adds up.
    QMap<QString, qint64> endSum;
    for (const QString &customer : std::as_const(m_customers)) {
        const auto balance = readBalance(customer);
        if (!balance) {
            fail(u"Could not read the balance of %1 at the end"_s.arg(customer));
            continue;
        }
        for (const QString &units : std::as_const(m_units))
            endSum[units] += cents(balance->amountIn(units));
    }
    for (const QString &units : std::as_const(m_units)) {
        if (endSum.value(units) != m_startSum.value(units) + madeSum.value(units))
            fail(u"%1: the balances add up to %2, expected %3 + %4"_s.arg(
                units, QString::number(endSum.value(units) / 100.0),
                QString::number(m_startSum.value(units) / 100.0),
                QString::number(madeSum.value(units) / 100.0)));
    }

    std::printf("soak_credits: seed %llu, %d credits intended, %d customers, timeout %d ms\n",
                static_cast<unsigned long long>(m_options.seed), m_options.credits,
                int(m_customers.size()), m_options.timeoutMs);
    std::printf("  credits sent:            %d (%d repeats: %d after a refusal, %d sent again "
                "after an unknown)\n",
                m_sends, repeats, m_resentAfterRefusal, m_decidedSentAgain);
    std::printf("  faults:                 ");
    for (auto it = m_byFault.cbegin(); it != m_byFault.cend(); ++it)
        std::printf(" %s %d;", qPrintable(it.key()), it.value());
    std::printf("\n  outcomes:               ");
    for (auto it = m_byOutcome.cbegin(); it != m_byOutcome.cend(); ++it)
        std::printf(" %s %d;", qPrintable(it.key()), it.value());
    std::printf("\n  unknowns decided:        went through %d, not made %d, sent again %d, "
                "unclear %d\n",
                m_decidedWentThrough, m_decidedNotMade, m_decidedSentAgain, m_unclear);
    std::printf("  sandbox applied:         %d of %d received; journal made: %d\n", applied,
                received, made);
    std::printf("  wall time:               %.1f s (%.1f credits/s)\n", m_wallMs / 1000.0,
                m_wallMs > 0 ? m_sends * 1000.0 / double(m_wallMs) : 0.0);
    std::printf("  invariants:              %s\n",
                m_failures.isEmpty() ? "all hold"
                                     : qPrintable(u"%1 broken"_s.arg(m_failures.size())));
    std::fflush(stdout);
    return int(m_failures.size());
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Sends credits under random faults and checks that the sandbox, the journal and the "
        "balances agree."_s);
    parser.addHelpOption();
    const QCommandLineOption creditsOption(u"credits"_s, u"Credits to send (default 1000)."_s,
                                           u"N"_s, u"1000"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Seed of the faults (default: random)."_s,
                                        u"S"_s);
    const QCommandLineOption timeoutOption(
        u"timeout-ms"_s, u"The client's transfer timeout (default 1000)."_s, u"MS"_s, u"1000"_s);
    const QCommandLineOption customersOption(u"customers"_s, u"Customers credited (default 40)."_s,
                                             u"N"_s, u"40"_s);
    const QCommandLineOption resendOption(
        u"resend-percent"_s, u"How often a credit certainly not made is sent again (default 50)."_s,
        u"P"_s, u"50"_s);
    parser.addOptions({creditsOption, seedOption, timeoutOption, customersOption, resendOption});
    parser.process(app);

    Options options;
    bool ok = true;
    const auto number = [&parser, &ok](const QCommandLineOption &option, int low, int high) {
        bool valid = false;
        const int value = parser.value(option).toInt(&valid);
        if (!valid || value < low || value > high)
            ok = false;
        return value;
    };
    options.credits = number(creditsOption, 1, 1000000);
    options.timeoutMs = number(timeoutOption, 100, 60000);
    options.customers = number(customersOption, 1, 250);
    options.resendPercent = number(resendOption, 0, 100);
    options.seed = parser.isSet(seedOption) ? parser.value(seedOption).toULongLong(&ok)
                                            : QRandomGenerator::global()->generate64();
    if (!ok) {
        std::fprintf(stderr, "soak_credits: a value is not a number in range (see --help).\n");
        return 2;
    }
    // The seed first, so that a failing run can be repeated even if it crashes.
    std::printf("soak_credits: seed %llu (repeat with --seed %llu)\n",
                static_cast<unsigned long long>(options.seed),
                static_cast<unsigned long long>(options.seed));
    std::fflush(stdout);

    SandboxProcess sandbox;
    if (!sandbox.start({u"--customers"_s, u"300"_s})) {
        std::fprintf(stderr, "soak_credits: %s\n", qPrintable(sandbox.errorString()));
        return 2;
    }
    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "soak_credits: no temporary folder for the journal.\n");
        return 2;
    }
    Journal journal(dir.filePath(u"journal.jsonl"_s));
    Profile profile;
    profile.id = u"soak-profile"_s;
    profile.name = u"Soak"_s;
    profile.baseUrl = sandbox.baseUrl();
    profile.kind = ProgramKind::ReferAFriend;
    Session session(profile, sandbox.referralKey(), &journal);
    session.client()->setTransferTimeout(options.timeoutMs);

    Soak soak(options, &sandbox, &session, &journal);
    if (!soak.prepare() || !soak.run()) {
        std::fprintf(stderr, "soak_credits: the soak could not run to its end.\n");
        soak.check();
        return 2;
    }
    const int broken = soak.check();
    if (broken > 0) {
        std::fprintf(stderr, "soak_credits: %d invariant(s) broken (seed %llu).\n", broken,
                     static_cast<unsigned long long>(options.seed));
        return 1;
    }
    return 0;
}

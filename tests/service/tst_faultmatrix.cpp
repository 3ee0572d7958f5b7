// SPDX-License-Identifier: GPL-3.0-or-later
// Every endpoint against every fault the sandbox can inject (docs/fault-matrix.md is this
// table in words). Each cell checks what a person would notice: exactly one result, the
// right kind of error with a readable sentence, a change sent once and journaled once with
// the outcome the one rule gives, reads retried only within the policy, and a client that
// still works afterwards.

#include "app/api/apiclient.h"
#include "app/api/changeoutcome.h"
#include "app/api/customerservice.h"
#include "app/api/referralservice.h"

#include "tests/common/sandboxprocess.h"
#include "tests/service/servicetest.h"

#include <QRegularExpression>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

// What a call ended in: "ok" or the ApiError kind name, its sentence, its journal outcome.
struct CellResult {
    QString kind;
    QString sentence;
    ChangeOutcome outcome = ChangeOutcome::Succeeded;
};

template <typename T> CellResult cellOf(const ApiResult<T> &result) {
    if (result.ok())
        return {u"ok"_s, {}, ChangeOutcome::Succeeded};
    return {ApiError::kindName(result.error().kind), result.error().sentence(),
            result.error().outcome};
}

struct Fault {
    const char *name;
    QString spec;
    QString expectedKind; // ApiError::kindName, or "ok"
};

// The sandbox's faults, as docs/sandbox.md lists them. Small limits (set in initTestCase)
// keep the slow ones quick: a 600 ms transfer timeout, 1.5 s deadlines, a 1 MB answer cap.
QList<Fault> faults() {
    return {
        {"401", u"status=401"_s, u"unauthorized"_s},
        {"403", u"status=403"_s, u"forbidden"_s},
        {"404", u"status=404"_s, u"not_found"_s},
        {"422", u"status=422"_s, u"validation"_s},
        {"429 retry-after", u"status=429;retry-after=1"_s, u"rate_limited"_s},
        {"429 bare", u"status=429"_s, u"rate_limited"_s},
        {"500", u"status=500"_s, u"server"_s},
        {"502", u"status=502"_s, u"server"_s},
        {"503", u"status=503"_s, u"server"_s},
        {"timeout", u"hang"_s, u"timeout"_s},
        {"drip", u"drip=40"_s, u"timeout"_s},
        {"drop", u"drop"_s, u"network"_s},
        {"malformed", u"malformed"_s, u"bad_response"_s},
        {"html", u"html"_s, u"server"_s},
        {"empty", u"empty"_s, u"bad_response"_s},
        // A JSON answer labelled as something else is still the documented answer: read it.
        {"content-type", u"content-type=text/html"_s, u"ok"_s},
        {"oversize", u"oversize=2"_s, u"bad_response"_s},
    };
}

} // namespace

class TestFaultMatrix final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cell_data();
    void cell();

private:
    struct Endpoint {
        const char *name;
        bool referral;
        QString method;
        bool change;
        bool returnsNothing; // a change whose answer carries nothing the console reads
        // Prepares what the call needs (without faults) and returns the path to fault.
        std::function<QString(const QString &unique)> prepare;
        std::function<CellResult(const QString &unique)> run;
    };
    QList<Endpoint> endpoints();
    ApiClient *makeClient(const QString &key);
    QString newAffiliate(const QString &unique);
    QString newReferral(const QString &unique);

    SandboxProcess m_sandbox;
    RecordingObserver m_journal;
    ApiClient *m_affiliateClient = nullptr;
    ApiClient *m_referralClient = nullptr;
    std::unique_ptr<CustomerService> m_affiliate;
    std::unique_ptr<CustomerService> m_referralCustomers;
    std::unique_ptr<ReferralService> m_referral;
    RetryPolicy m_policy;
};

ApiClient *TestFaultMatrix::makeClient(const QString &key) {
    auto *client = new ApiClient(this);
    [&] {
        QVERIFY(!client->setBaseUrl(QUrl(m_sandbox.baseUrl())).isError());
    }();
    client->setApiKey(key);
    client->setTransferTimeout(600);
    client->setDeadlines(1500, 1500);
    client->setMaxResponseBytes(1024 * 1024);
    client->setRetryPolicy(m_policy);
    client->setMutationObserver(&m_journal);
    return client;
}

void TestFaultMatrix::initTestCase() {
    QVERIFY2(m_sandbox.start({u"--customers"_s, u"20"_s}), qPrintable(m_sandbox.errorString()));
    // One retry, quickly: enough to see that reads are retried and changes are not.
    m_policy.maxRetries = 1;
    m_policy.baseDelayMs = 20;
    m_policy.maxDelayMs = 40;
    m_affiliateClient = makeClient(m_sandbox.affiliateKey());
    m_referralClient = makeClient(m_sandbox.referralKey());
    m_affiliate = std::make_unique<CustomerService>(m_affiliateClient);
    m_referralCustomers = std::make_unique<CustomerService>(m_referralClient);
    m_referral = std::make_unique<ReferralService>(m_referralClient);
}

void TestFaultMatrix::init() {
    m_sandbox.clearFaults();
    m_sandbox.clearRequests();
    m_journal.clear();
}

QString TestFaultMatrix::newAffiliate(const QString &unique) {
    AffiliateCustomerDraft draft;
    draft.key = unique;
    draft.email = unique + u"@example.com"_s;
    draft.partnerKey = u"partner_acme"_s;
    const auto created =
        await<Customer>([&](auto done) { return m_affiliate->create(draft, this, done); });
    return created.ok() ? created.value().key : QString();
}

QString TestFaultMatrix::newReferral(const QString &unique) {
    ReferralCustomerDraft draft;
    draft.key = unique;
    draft.email = unique + u"@example.com"_s;
    draft.name = u"Matrix"_s;
    const auto created =
        await<Customer>([&](auto done) { return m_referralCustomers->create(draft, this, done); });
    if (!created.ok())
        return {};
    // Refer-a-friend answers name the customer by id (the key may be absent).
    return created.value().id.isEmpty() ? created.value().key : created.value().id;
}

QList<TestFaultMatrix::Endpoint> TestFaultMatrix::endpoints() {
    const QString customers = u"/v1/customers"_s;
    auto at = [customers](const QString &key, const QString &tail = {}) -> QString {
        return u"%1/%2%3"_s.arg(customers, key, tail);
    };
    QList<Endpoint> list;
    // Reads.
    list.append({"affiliate list", false, u"GET"_s, false, false,
                 [customers](const QString &) -> QString { return customers; },
                 [this](const QString &) {
                     CustomerQuery query;
                     return cellOf(await<Page<Customer>>(
                         [&](auto done) { return m_affiliate->list(query, this, done); }));
                 }});
    list.append({"affiliate get", false, u"GET"_s, false, false,
                 [at](const QString &) { return at(u"alice_brown"_s); },
                 [this](const QString &) {
                     return cellOf(await<Customer>([&](auto done) {
                         return m_affiliate->get(u"alice_brown"_s, this, done);
                     }));
                 }});
    list.append({"affiliate search", false, u"GET"_s, false, false,
                 [customers](const QString &) -> QString { return customers + u":search"_s; },
                 [this](const QString &) {
                     return cellOf(await<QList<Customer>>([&](auto done) {
                         return m_affiliate->search(CustomerSearchField::Key, u"alice_brown"_s,
                                                    this, done);
                     }));
                 }});
    list.append({"affiliate transactions", false, u"GET"_s, false, false,
                 [at](const QString &) { return at(u"alice_brown"_s, u"/transactions"_s); },
                 [this](const QString &) {
                     return cellOf(await<Page<Transaction>>([&](auto done) {
                         return m_affiliate->transactions(u"alice_brown"_s, 15, 1, this, done);
                     }));
                 }});
    list.append({"referral list", true, u"GET"_s, false, false,
                 [customers](const QString &) -> QString { return customers; },
                 [this](const QString &) {
                     CustomerQuery query;
                     return cellOf(await<Page<Customer>>(
                         [&](auto done) { return m_referralCustomers->list(query, this, done); }));
                 }});
    list.append({"referral get", true, u"GET"_s, false, false,
                 [at](const QString &) { return at(u"ada_lovelace"_s); },
                 [this](const QString &) {
                     return cellOf(await<Customer>([&](auto done) {
                         return m_referralCustomers->get(u"ada_lovelace"_s, this, done);
                     }));
                 }});
    list.append({"referral stats", true, u"GET"_s, false, false,
                 [at](const QString &) { return at(u"ada_lovelace"_s, u"/stats"_s); },
                 [this](const QString &) {
                     return cellOf(await<CustomerStats>([&](auto done) {
                         return m_referral->stats(u"ada_lovelace"_s, this, done);
                     }));
                 }});
    list.append({"referral referrals", true, u"GET"_s, false, false,
                 [at](const QString &) { return at(u"ada_lovelace"_s, u"/referrals"_s); },
                 [this](const QString &) {
                     return cellOf(await<Page<Customer>>([&](auto done) {
                         return m_referral->referrals(u"ada_lovelace"_s, 15, 1, this, done);
                     }));
                 }});
    list.append({"referral balance", true, u"GET"_s, false, false,
                 [at](const QString &) { return at(u"ada_lovelace"_s, u"/balance"_s); },
                 [this](const QString &) {
                     return cellOf(await<Balance>([&](auto done) {
                         return m_referral->balance(u"ada_lovelace"_s, this, done);
                     }));
                 }});
    // Changes: each cell works on a customer of its own, made before the fault is queued.
    list.append({"affiliate create", false, u"POST"_s, true, false,
                 [customers](const QString &) -> QString { return customers; },
                 [this](const QString &unique) {
                     AffiliateCustomerDraft draft;
                     draft.key = unique;
                     draft.partnerKey = u"partner_acme"_s;
                     return cellOf(await<Customer>(
                         [&](auto done) { return m_affiliate->create(draft, this, done); }));
                 }});
    list.append({"affiliate update", false, u"PUT"_s, true, false,
                 [this, at](const QString &unique) { return at(newAffiliate(unique)); },
                 [this](const QString &unique) {
                     CustomerUpdate update;
                     update.name = u"Changed"_s;
                     return cellOf(await<Customer>([&](auto done) {
                         return m_affiliate->update(unique, update, this, done);
                     }));
                 }});
    list.append({"affiliate delete", false, u"DELETE"_s, true, true,
                 [this, at](const QString &unique) { return at(newAffiliate(unique)); },
                 [this](const QString &unique) {
                     return cellOf(await<void>(
                         [&](auto done) { return m_affiliate->remove(unique, this, done); }));
                 }});
    list.append(
        {"affiliate suspend", false, u"POST"_s, true, true,
         [this, at](const QString &unique) { return at(newAffiliate(unique), u"/suspend"_s); },
         [this](const QString &unique) {
             return cellOf(
                 await<void>([&](auto done) { return m_affiliate->suspend(unique, this, done); }));
         }});
    list.append(
        {"affiliate approve", false, u"POST"_s, true, true,
         [this, at](const QString &unique) { return at(newAffiliate(unique), u"/approve"_s); },
         [this](const QString &unique) {
             return cellOf(
                 await<void>([&](auto done) { return m_affiliate->approve(unique, this, done); }));
         }});
    list.append({"referral create", true, u"POST"_s, true, false,
                 [customers](const QString &) -> QString { return customers; },
                 [this](const QString &unique) {
                     ReferralCustomerDraft draft;
                     draft.key = unique;
                     draft.email = unique + u"@example.com"_s;
                     return cellOf(await<Customer>([&](auto done) {
                         return m_referralCustomers->create(draft, this, done);
                     }));
                 }});
    list.append(
        {"referral archive", true, u"POST"_s, true, true,
         [this, at](const QString &unique) { return at(newReferral(unique), u"/archive"_s); },
         [this](const QString &unique) {
             return cellOf(await<void>(
                 [&](auto done) { return m_referralCustomers->archive(unique, this, done); }));
         }});
    list.append({"referral restore", true, u"POST"_s, true, true,
                 [this, at](const QString &unique) {
                     const QString key = newReferral(unique);
                     await<void>(
                         [&](auto done) { return m_referralCustomers->archive(key, this, done); });
                     return at(key, u"/revoke-archive"_s);
                 },
                 [this](const QString &unique) {
                     return cellOf(await<void>([&](auto done) {
                         return m_referralCustomers->revokeArchive(unique, this, done);
                     }));
                 }});
    list.append({"referral credit", true, u"POST"_s, true, false,
                 [this, at](const QString &unique) {
                     return at(newReferral(unique), u"/balance/credit"_s);
                 },
                 [this](const QString &unique) {
                     CreditRequest credit;
                     credit.amount = 5;
                     credit.amountUnits = u"USD"_s;
                     return cellOf(await<Balance>([&](auto done) {
                         return m_referral->creditBalance(unique, credit, u"fault matrix"_s, this,
                                                          done);
                     }));
                 }});
    list.append({"referral invite", true, u"POST"_s, true, true,
                 [customers](const QString &) -> QString { return customers + u":invite"_s; },
                 [this](const QString &unique) {
                     InviteRequest invite;
                     invite.email = unique + u"@example.com"_s;
                     invite.name = u"Matrix"_s;
                     return cellOf(await<void>(
                         [&](auto done) { return m_referral->invite(invite, this, done); }));
                 }});
    return list;
}

void TestFaultMatrix::cell_data() {
    QTest::addColumn<int>("endpoint");
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("expectedKind");
    const QList<Endpoint> all = endpoints();
    for (int e = 0; e < all.size(); ++e) {
        for (const Fault &fault : faults())
            QTest::addRow("%s / %s", all[e].name, fault.name)
                << e << fault.spec << fault.expectedKind;
    }
}

void TestFaultMatrix::cell() {
    QFETCH(int, endpoint);
    QFETCH(QString, spec);
    QFETCH(QString, expectedKind);
    const Endpoint target = endpoints().at(endpoint);
    static int serial = 0;
    const QString unique = u"fm_%1"_s.arg(++serial);

    const QString path = target.prepare(unique);
    QVERIFY2(!path.endsWith(u'/') && !path.contains(u"//"_s), "the customer could not be made");
    m_sandbox.clearRequests();
    m_journal.clear();
    // Enough copies that a retried read meets the fault every time.
    QVERIFY(m_sandbox.queueFault(target.method, path, spec, 5));

    const CellResult result = target.run(unique);
    QTest::qWait(120); // long enough for any retry the fast policy would still make

    // A connection dropped mid-body reads as broken, or as an unreadable answer when the part
    // that arrived ended cleanly: both are "unknown" for a change.
    if (spec == u"drop"_s && result.kind == u"bad_response"_s)
        expectedKind = result.kind;
    // An empty 2xx is the whole answer for a change that returns nothing (suspend, delete...).
    if (spec == u"empty"_s && target.returnsNothing)
        expectedKind = u"ok"_s;
    QCOMPARE(result.kind, expectedKind);
    if (result.kind != u"ok"_s) {
        // A sentence for a person: not empty, not the server's page or JSON passed through.
        QVERIFY2(result.sentence.size() > 15, qPrintable(result.sentence));
        QVERIFY2(!result.sentence.contains(u'<') && !result.sentence.contains(u'{'),
                 qPrintable(result.sentence));
    }

    const int sent = m_sandbox.countRequests(target.method, path);
    if (target.change) {
        QCOMPARE(sent, 1); // never sent again by the program
        QCOMPARE(m_journal.sent.size(), 1);
        const QUuid id = m_journal.sent.first().operationId;
        QCOMPARE(m_journal.outcomesFor(id), 1);
        const auto journaled = m_journal.outcomeOf(id);
        QVERIFY(journaled);
        // The journal and the caller read the one rule alike.
        QCOMPARE(outcomeName(journaled->result), outcomeName(result.outcome));
        const bool refused = expectedKind == u"unauthorized"_s || expectedKind == u"forbidden"_s ||
                             expectedKind == u"not_found"_s || expectedKind == u"validation"_s ||
                             expectedKind == u"rate_limited"_s;
        const QString expectedOutcome = expectedKind == u"ok"_s ? u"succeeded"_s
                                        : refused               ? u"not_made"_s
                                                                : u"unknown"_s;
        QCOMPARE(outcomeName(result.outcome), expectedOutcome);
    } else {
        QVERIFY2(sent >= 1 && sent <= 1 + m_policy.maxRetries, qPrintable(QString::number(sent)));
        QVERIFY(m_journal.sent.isEmpty());
    }

    // The client is still usable: the next read goes through.
    m_sandbox.clearFaults();
    ApiClient *client = target.referral ? m_referralClient : m_affiliateClient;
    CustomerService after(client);
    const auto next = await<Customer>([&](auto done) {
        return after.get(target.referral ? u"ada_lovelace"_s : u"alice_brown"_s, this, done);
    });
    QVERIFY2(next.ok(), describe(next).constData());
}

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Every refer-a-friend endpoint through CustomerService and ReferralService against a private
// sandbox over real HTTP.
#include "app/api/customerservice.h"
#include "app/api/referralservice.h"
#include "app/journal/journal.h"
#include "app/session/journalrecorder.h"
#include "tests/common/sandboxprocess.h"
#include "tests/service/servicetest.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

namespace {

double amountIn(const Balance &balance, const QString &units) {
    for (const BalanceEntry &entry : balance.entries) {
        if (entry.amountUnits.compare(units, Qt::CaseInsensitive) == 0)
            return entry.amount;
    }
    return 0;
}

} // namespace

class TestServiceReferral : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void detectsReferAFriendProgram();
    void listsByReferStatus();
    void getsByIdOrKey();
    void createsReferringAndReferred();
    void updatesDateOfBirth();
    void archiveAndRestore();
    void deletes();
    void invites();
    void searches();
    void stats();
    void referrals();
    void transactions();
    void balanceAndCredit();
    void creditErrors();
    void creditWithUnknownOutcomeIsReconciled();
    void creditAnswered500IsUnknownEverywhere();
    void affiliateEndpointsAreNotFound();

private:
    bool alt() const { return m_sandbox.variant() == SandboxProcess::Variant::Alternative; }

    SandboxProcess m_sandbox;
    ApiClient *m_client = nullptr;
    RecordingObserver m_journal;
    std::unique_ptr<CustomerService> m_customers;
    std::unique_ptr<ReferralService> m_referrals;
};

void TestServiceReferral::initTestCase() {
    QVERIFY2(m_sandbox.start({u"--customers"_s, u"40"_s}), qPrintable(m_sandbox.errorString()));
    m_client = new ApiClient(this);
    QVERIFY(!m_client->setBaseUrl(QUrl(m_sandbox.baseUrl())).isError());
    m_client->setApiKey(m_sandbox.referralKey());
    m_client->setTransferTimeout(10000);
    m_client->setMutationObserver(&m_journal);
    m_customers = std::make_unique<CustomerService>(m_client);
    m_referrals = std::make_unique<ReferralService>(m_client);
}

void TestServiceReferral::detectsReferAFriendProgram() {
    const auto result =
        await<ProgramInfo>([&](auto done) { return m_customers->detectProgram(this, done); });
    QVERIFY2(result.ok(), describe(result).constData());
    QCOMPARE(result.value().kind, ProgramKind::ReferAFriend);
}

void TestServiceReferral::listsByReferStatus() {
    CustomerQuery query;
    query.limit = 250;
    query.referStatus = CustomerQuery::ReferStatus::Referred;
    const auto referred =
        await<Page<Customer>>([&](auto done) { return m_customers->list(query, this, done); });
    QVERIFY2(referred.ok(), describe(referred).constData());
    QVERIFY(!referred.value().items.isEmpty());
    for (const Customer &customer : referred.value().items)
        QVERIFY2(customer.referringCustomer.has_value(), qPrintable(customer.id));

    query.referStatus = CustomerQuery::ReferStatus::NonReferred;
    const auto roots =
        await<Page<Customer>>([&](auto done) { return m_customers->list(query, this, done); });
    QVERIFY2(roots.ok(), describe(roots).constData());
    QVERIFY(!roots.value().items.isEmpty());
    QStringList ids;
    for (const Customer &customer : roots.value().items) {
        QVERIFY(!customer.referringCustomer.has_value());
        ids.append(customer.id);
    }
    QVERIFY(ids.contains(u"ada_lovelace"_s));
    QVERIFY(ids.contains(u"grace_hopper"_s));

    query.referStatus = CustomerQuery::ReferStatus::Any;
    query.limit = 5;
    const auto all =
        await<Page<Customer>>([&](auto done) { return m_customers->list(query, this, done); });
    QVERIFY2(all.ok(), describe(all).constData());
    QCOMPARE(all.value().items.size(), 5);
    QVERIFY(all.value().info.hasNext);
}

void TestServiceReferral::getsByIdOrKey() {
    const auto byId =
        await<Customer>([&](auto done) { return m_customers->get(u"ada_lovelace"_s, this, done); });
    QVERIFY2(byId.ok(), describe(byId).constData());
    const Customer &ada = byId.value();
    QCOMPARE(ada.id, u"ada_lovelace"_s);
    QCOMPARE(ada.email, u"ada@example.com"_s);
    QCOMPARE(ada.name, u"Ada"_s);
    QCOMPARE(ada.dateOfBirth(), u"1815-12-10"_s);
    QCOMPARE(ada.referralsCount, 2);
    QVERIFY(ada.approved.value_or(false));
    QVERIFY(!ada.referringCustomer.has_value());
    QVERIFY(!ada.referralLink.isEmpty());

    const auto byKey =
        await<Customer>([&](auto done) { return m_customers->get(u"ADA1815"_s, this, done); });
    QVERIFY2(byKey.ok(), describe(byKey).constData());
    QCOMPARE(byKey.value().id, u"ada_lovelace"_s);

    const auto unknown =
        await<Customer>([&](auto done) { return m_customers->get(u"nobody_here"_s, this, done); });
    QCOMPARE(kindOf(unknown), u"not_found"_s);
}

void TestServiceReferral::createsReferringAndReferred() {
    ReferralCustomerDraft referrer;
    referrer.key = u"svc_ref_one"_s;
    referrer.email = u"ref.one@example.com"_s;
    referrer.name = u"Ref"_s;
    referrer.surname = u"One"_s;
    const auto created =
        await<Customer>([&](auto done) { return m_customers->create(referrer, this, done); });
    QVERIFY2(created.ok(), describe(created).constData());
    QCOMPARE(created.value().email, referrer.email);
    QVERIFY(!created.value().id.isEmpty());
    QCOMPARE(created.value().referralsCount, 0);

    ReferralCustomerDraft referred;
    referred.key = u"svc_ref_two"_s;
    referred.email = u"ref.two@example.com"_s;
    referred.referringKey = u"svc_ref_one"_s;
    referred.dateOfBirth = QDate(1990, 1, 15);
    const auto second =
        await<Customer>([&](auto done) { return m_customers->create(referred, this, done); });
    QVERIFY2(second.ok(), describe(second).constData());
    QVERIFY(second.value().referringCustomer.has_value());
    QCOMPARE(second.value().referringCustomer->id, created.value().id);
    QCOMPARE(second.value().dateOfBirth(), u"1990-01-15"_s);

    const auto parent = await<Customer>(
        [&](auto done) { return m_customers->get(created.value().id, this, done); });
    QCOMPARE(parent.value().referralsCount, 1);

    ReferralCustomerDraft duplicate;
    duplicate.key = u"svc_ref_one"_s;
    duplicate.email = u"other@example.com"_s;
    const auto taken =
        await<Customer>([&](auto done) { return m_customers->create(duplicate, this, done); });
    QCOMPARE(kindOf(taken), u"validation"_s);
    QCOMPARE(taken.error().httpStatus, 422);
    QVERIFY(!taken.error().fieldErrors.isEmpty());
}

void TestServiceReferral::updatesDateOfBirth() {
    CustomerUpdate update;
    update.name = u"Grace Brewster"_s;
    update.dateOfBirth = QDate(1815, 12, 11);
    const auto updated = await<Customer>(
        [&](auto done) { return m_customers->update(u"grace_hopper"_s, update, this, done); });
    QVERIFY2(updated.ok(), describe(updated).constData());
    QCOMPARE(updated.value().name, u"Grace Brewster"_s);
    QCOMPARE(updated.value().dateOfBirth(), u"1815-12-11"_s);
    const auto fetched =
        await<Customer>([&](auto done) { return m_customers->get(u"grace_hopper"_s, this, done); });
    QCOMPARE(fetched.value().dateOfBirth(), u"1815-12-11"_s);

    const auto unknown = await<Customer>(
        [&](auto done) { return m_customers->update(u"nobody_here"_s, update, this, done); });
    QCOMPARE(kindOf(unknown), u"not_found"_s);
}

void TestServiceReferral::archiveAndRestore() {
    const auto archived =
        await<void>([&](auto done) { return m_customers->archive(u"grace_hopper"_s, this, done); });
    QVERIFY2(archived.ok(), describe(archived).constData());
    auto fetched =
        await<Customer>([&](auto done) { return m_customers->get(u"grace_hopper"_s, this, done); });
    // The refer-a-friend page documents "active" and "deleted".
    QCOMPARE(fetched.value().status, u"deleted"_s);
    QVERIFY(fetched.value().isRestorable());
    QVERIFY(!fetched.value().isActiveReferral());

    const auto restored = await<void>(
        [&](auto done) { return m_customers->revokeArchive(u"grace_hopper"_s, this, done); });
    QVERIFY2(restored.ok(), describe(restored).constData());
    fetched =
        await<Customer>([&](auto done) { return m_customers->get(u"grace_hopper"_s, this, done); });
    QCOMPARE(fetched.value().status, u"active"_s);
    QVERIFY(!fetched.value().isRestorable());

    const auto unknown =
        await<void>([&](auto done) { return m_customers->archive(u"nobody_here"_s, this, done); });
    QCOMPARE(kindOf(unknown), u"not_found"_s);
}

void TestServiceReferral::deletes() {
    ReferralCustomerDraft draft;
    draft.key = u"svc_ref_delete"_s;
    draft.email = u"delete.me@example.com"_s;
    const auto created =
        await<Customer>([&](auto done) { return m_customers->create(draft, this, done); });
    QVERIFY2(created.ok(), describe(created).constData());
    const auto removed =
        await<void>([&](auto done) { return m_customers->remove(created.value().id, this, done); });
    QVERIFY2(removed.ok(), describe(removed).constData());
    const auto gone = await<Customer>(
        [&](auto done) { return m_customers->get(created.value().id, this, done); });
    QCOMPARE(kindOf(gone), u"not_found"_s);
}

void TestServiceReferral::invites() {
    InviteRequest invite;
    invite.email = u"friend+invite@example.com"_s;
    invite.name = u"Friend"_s;
    invite.personalization = {{u"greeting"_s, u"Hi"_s}};
    const auto sent =
        await<void>([&](auto done) { return m_referrals->invite(invite, this, done); });
    QVERIFY2(sent.ok(), describe(sent).constData());
    const QJsonArray invites = m_sandbox.invites();
    bool seen = false;
    for (const QJsonValue &entry : invites)
        seen = seen || entry.toObject().value(u"email"_s).toString() == invite.email;
    QVERIFY2(seen, QJsonDocument(invites).toJson().constData());

    InviteRequest bad;
    bad.email = u"not an email"_s;
    const auto refused =
        await<void>([&](auto done) { return m_referrals->invite(bad, this, done); });
    QCOMPARE(kindOf(refused), u"validation"_s);
    QCOMPARE(refused.error().httpStatus, 422);
    QVERIFY(refused.error().fieldErrors.contains(u"email"_s));
    QVERIFY(!refused.error().sentence().isEmpty());
}

void TestServiceReferral::searches() {
    const auto byKey = await<QList<Customer>>([&](auto done) {
        return m_customers->search(CustomerSearchField::Key, u"ADA1815"_s, this, done);
    });
    QVERIFY2(byKey.ok(), describe(byKey).constData());
    QCOMPARE(byKey.value().size(), 1);
    QCOMPARE(byKey.value().first().id, u"ada_lovelace"_s);

    const auto byEmail = await<QList<Customer>>([&](auto done) {
        return m_customers->search(CustomerSearchField::Email, u"ada@example.com"_s, this, done);
    });
    QVERIFY2(byEmail.ok(), describe(byEmail).constData());
    QCOMPARE(byEmail.value().size(), 1);

    const auto byId = await<QList<Customer>>([&](auto done) {
        return m_customers->search(CustomerSearchField::Id, u"ada_lovelace"_s, this, done);
    });
    QVERIFY2(byId.ok(), describe(byId).constData());
    QCOMPARE(byId.value().size(), 1);
    QCOMPARE(byId.value().first().email, u"ada@example.com"_s);

    // Nothing found: an empty list (doc) or a null object (alt) both read as none.
    const auto none = await<QList<Customer>>([&](auto done) {
        return m_customers->search(CustomerSearchField::Id, u"nobody_here"_s, this, done);
    });
    QVERIFY2(none.ok(), describe(none).constData());
    QVERIFY(none.value().isEmpty());
}

void TestServiceReferral::stats() {
    const auto result = await<CustomerStats>(
        [&](auto done) { return m_referrals->stats(u"ada_lovelace"_s, this, done); });
    QVERIFY2(result.ok(), describe(result).constData());
    QVERIFY(result.value().clicks.has_value());
    QCOMPARE(result.value().referrals.value_or(-1), 2);
    QVERIFY(!result.value().shareLinks.isEmpty());
    QVERIFY(!result.value().other.isEmpty()); // signups, paid_accounts, revenue

    const auto unknown = await<CustomerStats>(
        [&](auto done) { return m_referrals->stats(u"nobody_here"_s, this, done); });
    QCOMPARE(kindOf(unknown), u"not_found"_s);
}

void TestServiceReferral::referrals() {
    const auto result = await<Page<Customer>>(
        [&](auto done) { return m_referrals->referrals(u"ada_lovelace"_s, 15, 1, this, done); });
    QVERIFY2(result.ok(), describe(result).constData());
    QCOMPARE(result.value().items.size(), 2);
    for (const Customer &child : result.value().items) {
        QVERIFY(child.referringCustomer.has_value());
        QCOMPARE(child.referringCustomer->id, u"ada_lovelace"_s);
    }
    // One level further down: the first child of Ada referred two more.
    int grandchildren = 0;
    for (const Customer &child : result.value().items) {
        const auto next = await<Page<Customer>>(
            [&](auto done) { return m_referrals->referrals(child.id, 15, 1, this, done); });
        QVERIFY2(next.ok(), describe(next).constData());
        grandchildren += int(next.value().items.size());
    }
    QCOMPARE(grandchildren, 2);

    // A page of one: paginated (doc) it says there is more; unpaginated (alt) it holds every
    // referral and says there is nothing after it, so that nothing is fetched twice.
    const auto small = await<Page<Customer>>(
        [&](auto done) { return m_referrals->referrals(u"ada_lovelace"_s, 1, 1, this, done); });
    QVERIFY2(small.ok(), describe(small).constData());
    QCOMPARE(small.value().items.size(), alt() ? 2 : 1);
    QCOMPARE(small.value().info.hasNext, !alt());
}

void TestServiceReferral::transactions() {
    const auto result = await<Page<Transaction>>(
        [&](auto done) { return m_customers->transactions(u"ada_lovelace"_s, 50, 1, this, done); });
    QVERIFY2(result.ok(), describe(result).constData());
    QVERIFY(!result.value().items.isEmpty());
    for (const Transaction &transaction : result.value().items) {
        QVERIFY(!transaction.key.isEmpty());
        QVERIFY(!transaction.referredCustomer.isEmpty());
        QVERIFY(transaction.amount > 0);
    }
}

void TestServiceReferral::balanceAndCredit() {
    const auto before = await<Balance>(
        [&](auto done) { return m_referrals->balance(u"ada_lovelace"_s, this, done); });
    QVERIFY2(before.ok(), describe(before).constData());
    QVERIFY(!before.value().entries.isEmpty());
    QVERIFY(before.value().customer.has_value());
    QCOMPARE(before.value().customer->id, u"ada_lovelace"_s);
    const double usd = amountIn(before.value(), u"USD"_s);
    const double points = amountIn(before.value(), u"points"_s);

    m_journal.clear();
    m_sandbox.clearRequests();
    CreditRequest credit;
    credit.amount = 12.5;
    credit.amountUnits = u"USD"_s;
    credit.isCurrency = true;
    const auto credited = await<Balance>([&](auto done) {
        return m_referrals->creditBalance(u"ada_lovelace"_s, credit, u"Goodwill: late payout"_s,
                                          this, done);
    });
    QVERIFY2(credited.ok(), describe(credited).constData());
    QCOMPARE(outcomeName(credited.outcome()), u"succeeded"_s);
    QVERIFY(!credited.value().unread);
    QCOMPARE(amountIn(credited.value(), u"USD"_s), usd + 12.5);

    QCOMPARE(m_journal.sent.size(), 1);
    const MutationRecord record = m_journal.sent.first();
    QCOMPARE(record.action, u"credit"_s);
    QCOMPARE(record.path, u"/v1/customers/ada_lovelace/balance/credit"_s);
    QCOMPARE(record.note, u"Goodwill: late payout"_s);
    QCOMPARE(record.body.value(u"amount"_s).toDouble(), 12.5);
    QVERIFY(!record.body.contains(u"reason"_s)); // the reason stays in the journal
    const auto outcome = m_journal.outcomeOf(record.operationId);
    QVERIFY(outcome);
    QCOMPARE(outcomeName(outcome->result), u"succeeded"_s);
    // The bare success envelope (alt) made the service read the balance to show it; a credit
    // is still sent once.
    const QString creditPath = u"/v1/customers/ada_lovelace/balance/credit"_s;
    QCOMPARE(m_sandbox.countRequests(u"POST"_s, creditPath), 1);
    QCOMPARE(m_sandbox.countRequests(u"GET"_s, u"/v1/customers/ada_lovelace/balance"_s),
             alt() ? 1 : 0);

    CreditRequest pointsCredit;
    pointsCredit.amount = 30;
    pointsCredit.amountUnits = u"points"_s;
    pointsCredit.isCurrency = false;
    const auto withPoints = await<Balance>([&](auto done) {
        return m_referrals->creditBalance(u"ada_lovelace"_s, pointsCredit, {}, this, done);
    });
    QVERIFY2(withPoints.ok(), describe(withPoints).constData());
    QCOMPARE(amountIn(withPoints.value(), u"points"_s), points + 30);

    const auto after = await<Balance>(
        [&](auto done) { return m_referrals->balance(u"ada_lovelace"_s, this, done); });
    QCOMPARE(amountIn(after.value(), u"USD"_s), usd + 12.5);
    QCOMPARE(amountIn(after.value(), u"points"_s), points + 30);
}

void TestServiceReferral::creditErrors() {
    CreditRequest negative;
    negative.amount = -5;
    negative.amountUnits = u"USD"_s;
    const auto refused = await<Balance>([&](auto done) {
        return m_referrals->creditBalance(u"ada_lovelace"_s, negative, {}, this, done);
    });
    QCOMPARE(kindOf(refused), u"validation"_s);
    QCOMPARE(refused.error().httpStatus, 422);
    QVERIFY(refused.error().fieldErrors.contains(u"amount"_s));
    QCOMPARE(outcomeName(refused.outcome()), u"not_made"_s);
    const auto outcome = m_journal.outcomeOf(m_journal.sent.last().operationId);
    QVERIFY(outcome);
    QCOMPARE(outcomeName(outcome->result), u"not_made"_s);

    CreditRequest fine;
    fine.amount = 1;
    fine.amountUnits = u"USD"_s;
    const auto unknown = await<Balance>([&](auto done) {
        return m_referrals->creditBalance(u"nobody_here"_s, fine, {}, this, done);
    });
    QCOMPARE(kindOf(unknown), u"not_found"_s);
}

void TestServiceReferral::creditWithUnknownOutcomeIsReconciled() {
    const QString path = u"/v1/customers/grace_hopper/balance/credit"_s;
    const auto before = await<Balance>(
        [&](auto done) { return m_referrals->balance(u"grace_hopper"_s, this, done); });
    QVERIFY2(before.ok(), describe(before).constData());
    const double usd = amountIn(before.value(), u"USD"_s);

    // The server does the work but never answers: the client times out.
    m_sandbox.clearRequests();
    m_journal.clear();
    QVERIFY(m_sandbox.queueFault(u"POST"_s, path, u"hang"_s, 1));
    m_client->setTransferTimeout(300);
    CreditRequest credit;
    credit.amount = 7;
    credit.amountUnits = u"USD"_s;
    const auto result = await<Balance>([&](auto done) {
        return m_referrals->creditBalance(u"grace_hopper"_s, credit, u"Refund"_s, this, done);
    });
    m_client->setTransferTimeout(10000);
    QCOMPARE(kindOf(result), u"timeout"_s);
    QCOMPARE(outcomeName(result.outcome()), u"unknown"_s);
    QVERIFY(!result.error().sentence().isEmpty());
    QTest::qWait(100);
    QCOMPARE(m_sandbox.countRequests(u"POST"_s, path), 1); // never sent twice
    QCOMPARE(m_journal.sent.size(), 1);
    const auto outcome = m_journal.outcomeOf(m_journal.sent.first().operationId);
    QVERIFY(outcome);
    QCOMPARE(outcomeName(outcome->result), u"unknown"_s);

    // Reading the balance again tells what happened.
    const auto after = await<Balance>(
        [&](auto done) { return m_referrals->balance(u"grace_hopper"_s, this, done); });
    QVERIFY2(after.ok(), describe(after).constData());
    QCOMPARE(amountIn(after.value(), u"USD"_s), usd + 7);
}

void TestServiceReferral::creditAnswered500IsUnknownEverywhere() {
    // The real journal behind the client, as in the application.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Journal journal(dir.filePath(u"journal.jsonl"_s));
    JournalRecorder recorder(&journal, u"p1"_s, u"Test"_s);
    m_client->setMutationObserver(&recorder);
    const auto restore = qScopeGuard([this] { m_client->setMutationObserver(&m_journal); });

    const QString path = u"/v1/customers/ada_lovelace/balance/credit"_s;
    m_sandbox.clearRequests();
    QVERIFY(m_sandbox.queueFault(u"POST"_s, path, u"status=500"_s, 1));
    CreditRequest credit;
    credit.amount = 3;
    credit.amountUnits = u"USD"_s;
    const auto result = await<Balance>([&](auto done) {
        return m_referrals->creditBalance(u"ada_lovelace"_s, credit, u"Refund"_s, this, done);
    });
    QCOMPARE(kindOf(result), u"server"_s);
    // A 500 may come after the work was done: the caller must not take it for "not credited".
    QCOMPARE(outcomeName(result.outcome()), u"unknown"_s);
    QTest::qWait(100);
    QCOMPARE(m_sandbox.countRequests(u"POST"_s, path), 1); // never sent twice

    const QList<JournalEntry> entries = journal.entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().operation.action, u"credit"_s);
    QCOMPARE(entries.first().outcome, JournalOutcome::Unknown);
    QCOMPARE(entries.first().httpStatus, 500);
    // Unknown is no answer: it waits for a person's decision, after a restart too.
    QCOMPARE(Journal(journal.filePath()).needingDecision().size(), 1);
}

void TestServiceReferral::affiliateEndpointsAreNotFound() {
    const auto suspend =
        await<void>([&](auto done) { return m_customers->suspend(u"ada_lovelace"_s, this, done); });
    QCOMPARE(kindOf(suspend), u"not_found"_s);
    const auto approve =
        await<void>([&](auto done) { return m_customers->approve(u"ada_lovelace"_s, this, done); });
    QCOMPARE(kindOf(approve), u"not_found"_s);
}

QTEST_GUILESS_MAIN(TestServiceReferral)
#include "tst_service_referral.moc"

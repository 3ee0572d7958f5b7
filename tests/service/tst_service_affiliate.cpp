// SPDX-License-Identifier: GPL-3.0-or-later
// Every affiliate endpoint through CustomerService against a private sandbox over real HTTP:
// values with their concrete fields, each error kind, and keys that need encoding.
#include "app/api/customerservice.h"
#include "app/api/referralservice.h"
#include "tests/common/sandboxprocess.h"
#include "tests/service/servicetest.h"

#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestServiceAffiliate : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void detectsAffiliateProgram();
    void listsPages();
    void listFiltersByPartner();
    void listLimitOutOfRangeIsValidation();
    void getsCustomerWithTags();
    void unknownCustomerIsNotFound();
    void searchesByEmailAndKey();
    void createUpdateDelete();
    void createErrors();
    void suspendAndApprove();
    void transactions();
    void referAFriendEndpointsAreNotFound();
    void wrongKeyIsUnauthorized();
    void keysRoundTrip_data();
    void keysRoundTrip();
    void emailWithPlusSurvivesSearch();
    void journalSeesEveryChangeFirst();
    void partnerAsGivenAndItsFilter();

private:
    bool alt() const { return m_sandbox.variant() == SandboxProcess::Variant::Alternative; }
    // Acme as customers name their partner: the key (doc) or the partner's opaque id (alt).
    QString acmeAsGiven() const { return alt() ? u"prt_00001"_s : u"partner_acme"_s; }

    SandboxProcess m_sandbox;
    ApiClient *m_client = nullptr;
    RecordingObserver m_journal;
    std::unique_ptr<CustomerService> m_customers;
    std::unique_ptr<ReferralService> m_referrals;
};

void TestServiceAffiliate::initTestCase() {
    QVERIFY2(m_sandbox.start({u"--customers"_s, u"40"_s}), qPrintable(m_sandbox.errorString()));
    m_client = new ApiClient(this);
    QVERIFY(!m_client->setBaseUrl(QUrl(m_sandbox.baseUrl())).isError());
    m_client->setApiKey(m_sandbox.affiliateKey());
    m_client->setTransferTimeout(10000);
    m_client->setMutationObserver(&m_journal);
    m_customers = std::make_unique<CustomerService>(m_client);
    m_referrals = std::make_unique<ReferralService>(m_client);
}

void TestServiceAffiliate::detectsAffiliateProgram() {
    m_sandbox.clearRequests();
    const auto result =
        await<ProgramInfo>([&](auto done) { return m_customers->detectProgram(this, done); });
    QVERIFY2(result.ok(), describe(result).constData());
    QCOMPARE(result.value().kind, ProgramKind::Affiliate);
    QVERIFY(!result.value().name.isEmpty());
    // The overview answered, so no fallback was needed.
    QCOMPARE(m_sandbox.countRequests(u"GET"_s, u"/v1/program/overview"_s), 1);
    QCOMPARE(m_sandbox.countRequests(u"GET"_s, u"/v1/test"_s), 0);
}

void TestServiceAffiliate::listsPages() {
    CustomerQuery query;
    query.limit = 10;
    const auto first =
        await<Page<Customer>>([&](auto done) { return m_customers->list(query, this, done); });
    QVERIFY2(first.ok(), describe(first).constData());
    QCOMPARE(first.value().items.size(), 10);
    QCOMPARE(first.value().info.currentPage, 1);
    QCOMPARE(first.value().info.perPage, 10);
    QCOMPARE(first.value().info.from, 1);
    QCOMPARE(first.value().info.to, 10);
    QVERIFY(first.value().info.hasNext);
    QVERIFY(!first.value().info.hasPrev);
    for (const Customer &customer : first.value().items) {
        QVERIFY(!customer.key.isEmpty());
        QVERIFY(!customer.partner.isEmpty());
        QVERIFY(customer.createdAt.isValid());
    }

    query.page = 2;
    const auto second =
        await<Page<Customer>>([&](auto done) { return m_customers->list(query, this, done); });
    QVERIFY2(second.ok(), describe(second).constData());
    QCOMPARE(second.value().info.currentPage, 2);
    QCOMPARE(second.value().info.from, 11);
    QVERIFY(second.value().info.hasPrev);
    QVERIFY(second.value().items.first().key != first.value().items.first().key);
}

void TestServiceAffiliate::listFiltersByPartner() {
    CustomerQuery query;
    query.limit = 250;
    query.partnerKey = u"partner_acme"_s;
    const auto byKey =
        await<Page<Customer>>([&](auto done) { return m_customers->list(query, this, done); });
    QVERIFY2(byKey.ok(), describe(byKey).constData());
    QVERIFY(!byKey.value().items.isEmpty());
    QStringList keys;
    for (const Customer &customer : byKey.value().items) {
        QCOMPARE(customer.partner, acmeAsGiven());
        keys.append(customer.key);
    }
    QVERIFY(keys.contains(u"alice_brown"_s));

    query.partnerKey.clear();
    query.partnerEmail = u"partners@acme.example.com"_s;
    const auto byEmail =
        await<Page<Customer>>([&](auto done) { return m_customers->list(query, this, done); });
    QVERIFY2(byEmail.ok(), describe(byEmail).constData());
    QCOMPARE(byEmail.value().items.size(), byKey.value().items.size());

    query.partnerEmail.clear();
    query.partnerKey = u"no_such_partner"_s;
    const auto unknown =
        await<Page<Customer>>([&](auto done) { return m_customers->list(query, this, done); });
    // Either an empty page or 400 "Invalid partner key.": never someone else's customers.
    if (unknown.ok())
        QVERIFY(unknown.value().items.isEmpty());
    else
        QCOMPARE(kindOf(unknown), u"validation"_s);
}

void TestServiceAffiliate::listLimitOutOfRangeIsValidation() {
    CustomerQuery query;
    query.limit = 251;
    const auto result =
        await<Page<Customer>>([&](auto done) { return m_customers->list(query, this, done); });
    QCOMPARE(kindOf(result), u"validation"_s);
    QCOMPARE(result.error().httpStatus, 422);
    QVERIFY(result.error().fieldErrors.contains(u"limit"_s));
    QVERIFY(!result.error().sentence().isEmpty());
}

void TestServiceAffiliate::getsCustomerWithTags() {
    const auto result =
        await<Customer>([&](auto done) { return m_customers->get(u"alice_brown"_s, this, done); });
    QVERIFY2(result.ok(), describe(result).constData());
    const Customer &alice = result.value();
    QCOMPARE(alice.key, u"alice_brown"_s);
    QCOMPARE(alice.email, u"alice.brown@example.com"_s);
    QCOMPARE(alice.name, u"Alice"_s);
    QCOMPARE(alice.surname, u"Brown"_s);
    QCOMPARE(alice.partner, acmeAsGiven());
    QCOMPARE(alice.partnerForm, Customer::PartnerForm::AsGiven);
    QVERIFY(alice.tags.contains(u"vip"_s));
    QVERIFY(!alice.status.isEmpty());
    QVERIFY(alice.createdAt.isValid());
}

void TestServiceAffiliate::unknownCustomerIsNotFound() {
    const auto result =
        await<Customer>([&](auto done) { return m_customers->get(u"nobody_here"_s, this, done); });
    QCOMPARE(kindOf(result), u"not_found"_s);
    QCOMPARE(result.error().httpStatus, 404);
    QCOMPARE(result.error().serverMessage, u"Customer not found."_s);
    QVERIFY(result.error().sentence().contains(u"Customer not found."_s));

    const auto empty =
        await<Customer>([&](auto done) { return m_customers->get(QString(), this, done); });
    QCOMPARE(kindOf(empty), u"not_sent"_s);
}

void TestServiceAffiliate::searchesByEmailAndKey() {
    const auto byEmail = await<QList<Customer>>([&](auto done) {
        return m_customers->search(CustomerSearchField::Email, u"alice.brown@example.com"_s, this,
                                   done);
    });
    QVERIFY2(byEmail.ok(), describe(byEmail).constData());
    QCOMPARE(byEmail.value().size(), 1);
    QCOMPARE(byEmail.value().first().key, u"alice_brown"_s);

    const auto byKey = await<QList<Customer>>([&](auto done) {
        return m_customers->search(CustomerSearchField::Key, u"alice_brown"_s, this, done);
    });
    QVERIFY2(byKey.ok(), describe(byKey).constData());
    QCOMPARE(byKey.value().size(), 1);
    QCOMPARE(byKey.value().first().email, u"alice.brown@example.com"_s);

    const auto none = await<QList<Customer>>([&](auto done) {
        return m_customers->search(CustomerSearchField::Email, u"nobody@example.com"_s, this, done);
    });
    QVERIFY2(none.ok(), describe(none).constData());
    QVERIFY(none.value().isEmpty());
}

void TestServiceAffiliate::createUpdateDelete() {
    AffiliateCustomerDraft draft;
    draft.key = u"svc_created_1"_s;
    draft.email = u"created.one@example.com"_s;
    draft.name = u"Created"_s;
    draft.surname = u"One"_s;
    draft.tags = {u"new"_s, u"trial"_s};
    draft.partnerKey = u"partner_acme"_s;
    const auto created =
        await<Customer>([&](auto done) { return m_customers->create(draft, this, done); });
    QVERIFY2(created.ok(), describe(created).constData());
    QCOMPARE(created.value().key, draft.key);
    QCOMPARE(created.value().email, draft.email);
    QCOMPARE(created.value().partner, acmeAsGiven());
    QCOMPARE(created.value().tags, draft.tags);

    CustomerUpdate update;
    update.name = u"Renamed"_s;
    update.tags = QStringList(); // [] clears
    const auto updated = await<Customer>(
        [&](auto done) { return m_customers->update(draft.key, update, this, done); });
    QVERIFY2(updated.ok(), describe(updated).constData());
    QCOMPARE(updated.value().name, u"Renamed"_s);
    QCOMPARE(updated.value().surname, u"One"_s); // not sent, so kept
    QVERIFY(updated.value().tags.isEmpty());

    CustomerUpdate rekey;
    rekey.key = u"svc_created_1b"_s;
    const auto rekeyed = await<Customer>(
        [&](auto done) { return m_customers->update(draft.key, rekey, this, done); });
    QVERIFY2(rekeyed.ok(), describe(rekeyed).constData());
    QCOMPARE(rekeyed.value().key, u"svc_created_1b"_s);

    const auto nothing = await<Customer>(
        [&](auto done) { return m_customers->update(u"svc_created_1b"_s, {}, this, done); });
    QCOMPARE(kindOf(nothing), u"not_sent"_s);

    const auto removed = await<void>(
        [&](auto done) { return m_customers->remove(u"svc_created_1b"_s, this, done); });
    QVERIFY2(removed.ok(), describe(removed).constData());
    const auto gone = await<Customer>(
        [&](auto done) { return m_customers->get(u"svc_created_1b"_s, this, done); });
    QCOMPARE(kindOf(gone), u"not_found"_s);
    const auto again = await<void>(
        [&](auto done) { return m_customers->remove(u"svc_created_1b"_s, this, done); });
    QCOMPARE(kindOf(again), u"not_found"_s);
}

void TestServiceAffiliate::createErrors() {
    AffiliateCustomerDraft duplicate;
    duplicate.key = u"alice_brown"_s;
    duplicate.partnerKey = u"partner_acme"_s;
    const auto taken =
        await<Customer>([&](auto done) { return m_customers->create(duplicate, this, done); });
    QCOMPARE(kindOf(taken), u"validation"_s);
    QCOMPARE(taken.error().httpStatus, 422);
    QVERIFY(taken.error().fieldErrors.contains(u"key"_s));
    QVERIFY2(taken.error().sentence().contains(u"taken"_s), qPrintable(taken.error().sentence()));

    AffiliateCustomerDraft noKey;
    noKey.partnerKey = u"partner_acme"_s;
    noKey.email = u"not-an-email"_s;
    const auto missing =
        await<Customer>([&](auto done) { return m_customers->create(noKey, this, done); });
    QCOMPARE(kindOf(missing), u"validation"_s);
    QVERIFY(missing.error().fieldErrors.contains(u"key"_s));
    QVERIFY(!missing.error().fieldMessages().isEmpty());

    AffiliateCustomerDraft badPartner;
    badPartner.key = u"svc_bad_partner"_s;
    badPartner.partnerKey = u"no_such_partner"_s;
    const auto invalid =
        await<Customer>([&](auto done) { return m_customers->create(badPartner, this, done); });
    QCOMPARE(kindOf(invalid), u"validation"_s);
    QCOMPARE(invalid.error().httpStatus, 400);
    QCOMPARE(invalid.error().serverMessage, u"Invalid partner key."_s);
    QVERIFY(invalid.error().sentence().contains(u"Invalid partner key."_s));
}

void TestServiceAffiliate::suspendAndApprove() {
    AffiliateCustomerDraft draft;
    draft.key = u"svc_suspend_me"_s;
    draft.partnerKey = u"partner_acme"_s;
    QVERIFY(
        await<Customer>([&](auto done) { return m_customers->create(draft, this, done); }).ok());

    const auto suspended =
        await<void>([&](auto done) { return m_customers->suspend(draft.key, this, done); });
    QVERIFY2(suspended.ok(), describe(suspended).constData());
    auto after =
        await<Customer>([&](auto done) { return m_customers->get(draft.key, this, done); });
    QVERIFY2(after.ok(), describe(after).constData());
    QCOMPARE(after.value().status, u"suspended"_s);

    const auto approved =
        await<void>([&](auto done) { return m_customers->approve(draft.key, this, done); });
    QVERIFY2(approved.ok(), describe(approved).constData());
    after = await<Customer>([&](auto done) { return m_customers->get(draft.key, this, done); });
    QCOMPARE(after.value().status, u"active"_s);

    const auto unknown =
        await<void>([&](auto done) { return m_customers->suspend(u"nobody_here"_s, this, done); });
    QCOMPARE(kindOf(unknown), u"not_found"_s);
}

void TestServiceAffiliate::transactions() {
    const auto result = await<Page<Transaction>>(
        [&](auto done) { return m_customers->transactions(u"alice_brown"_s, 50, 1, this, done); });
    QVERIFY2(result.ok(), describe(result).constData());
    QVERIFY(!result.value().items.isEmpty());
    QCOMPARE(result.value().info.currentPage, 1);
    for (const Transaction &transaction : result.value().items) {
        QVERIFY(!transaction.key.isEmpty());
        QVERIFY(!transaction.amountUnits.isEmpty());
        QCOMPARE(transaction.customer, u"alice_brown"_s);
        QVERIFY(transaction.createdAt.isValid());
    }

    const auto unknown = await<Page<Transaction>>(
        [&](auto done) { return m_customers->transactions(u"nobody_here"_s, 15, 1, this, done); });
    QCOMPARE(kindOf(unknown), u"not_found"_s);
}

void TestServiceAffiliate::referAFriendEndpointsAreNotFound() {
    const auto archive =
        await<void>([&](auto done) { return m_customers->archive(u"alice_brown"_s, this, done); });
    QCOMPARE(kindOf(archive), u"not_found"_s);
    const auto stats = await<CustomerStats>(
        [&](auto done) { return m_referrals->stats(u"alice_brown"_s, this, done); });
    QCOMPARE(kindOf(stats), u"not_found"_s);
    const auto balance = await<Balance>(
        [&](auto done) { return m_referrals->balance(u"alice_brown"_s, this, done); });
    QCOMPARE(kindOf(balance), u"not_found"_s);
    InviteRequest invite;
    invite.email = u"someone@example.com"_s;
    const auto invited =
        await<void>([&](auto done) { return m_referrals->invite(invite, this, done); });
    QVERIFY2(kindOf(invited) == u"not_found"_s, describe(invited).constData());
    QVERIFY(!invited.error().sentence().isEmpty());
}

void TestServiceAffiliate::wrongKeyIsUnauthorized() {
    const QString wrongKey = u"wrong-key-Zq8xDISTINCT41"_s;
    ApiClient other;
    other.setBaseUrl(QUrl(m_sandbox.baseUrl()));
    other.setApiKey(wrongKey);
    CustomerService customers(&other);
    const auto result =
        await<Customer>([&](auto done) { return customers.get(u"alice_brown"_s, this, done); });
    QCOMPARE(kindOf(result), u"unauthorized"_s);
    QCOMPARE(result.error().httpStatus, 401);
    QVERIFY(!result.error().sentence().contains(wrongKey));
    QVERIFY(!result.error().sentence().contains(u"Bearer"_s));

    const auto detect =
        await<ProgramInfo>([&](auto done) { return customers.detectProgram(this, done); });
    QCOMPARE(kindOf(detect), u"unauthorized"_s);
}

void TestServiceAffiliate::keysRoundTrip_data() {
    QTest::addColumn<QString>("key");
    QTest::newRow("space") << u"key with spaces"_s;
    QTest::newRow("slash") << u"acct/2024/7"_s;
    QTest::newRow("plus") << u"a+b"_s;
    QTest::newRow("colon plus") << u"acct:9+eu"_s;
    QTest::newRow("email") << u"ann+vip@example.com"_s;
    QTest::newRow("question hash percent") << u"what?#100%"_s;
    QTest::newRow("non-latin") << u"\u043a\u043b\u0438\u0435\u043d\u0442-\u00fc-\u5ba2\u6237"_s;
}

void TestServiceAffiliate::keysRoundTrip() {
    QFETCH(QString, key);
    AffiliateCustomerDraft draft;
    draft.key = key;
    draft.partnerKey = u"partner_acme"_s;
    const auto created =
        await<Customer>([&](auto done) { return m_customers->create(draft, this, done); });
    QVERIFY2(created.ok(), describe(created).constData());
    QCOMPARE(created.value().key, key);

    const auto fetched =
        await<Customer>([&](auto done) { return m_customers->get(key, this, done); });
    QVERIFY2(fetched.ok(), describe(fetched).constData());
    QCOMPARE(fetched.value().key, key);

    const auto found = await<QList<Customer>>(
        [&](auto done) { return m_customers->search(CustomerSearchField::Key, key, this, done); });
    QVERIFY2(found.ok(), describe(found).constData());
    QCOMPARE(found.value().size(), 1);
    QCOMPARE(found.value().first().key, key);

    QVERIFY(await<void>([&](auto done) { return m_customers->suspend(key, this, done); }).ok());
    const auto removed =
        await<void>([&](auto done) { return m_customers->remove(key, this, done); });
    QVERIFY2(removed.ok(), describe(removed).constData());
    QCOMPARE(kindOf(await<Customer>([&](auto done) { return m_customers->get(key, this, done); })),
             u"not_found"_s);
}

void TestServiceAffiliate::emailWithPlusSurvivesSearch() {
    AffiliateCustomerDraft plus;
    plus.key = u"svc_plus"_s;
    plus.email = u"bea+promo@example.com"_s;
    plus.partnerKey = u"partner_acme"_s;
    QVERIFY(await<Customer>([&](auto done) { return m_customers->create(plus, this, done); }).ok());
    // A decoy whose address is what a "+" read as a space would become.
    AffiliateCustomerDraft decoy;
    decoy.key = u"svc_space"_s;
    decoy.email = u"bea promo@example.com"_s;
    decoy.partnerKey = u"partner_acme"_s;
    await<Customer>([&](auto done) { return m_customers->create(decoy, this, done); });

    const auto found = await<QList<Customer>>([&](auto done) {
        return m_customers->search(CustomerSearchField::Email, u"bea+promo@example.com"_s, this,
                                   done);
    });
    QVERIFY2(found.ok(), describe(found).constData());
    QCOMPARE(found.value().size(), 1);
    QCOMPARE(found.value().first().key, u"svc_plus"_s);

    // On the wire the `+` is %2B: a PHP server would read a bare `+` as a space.
    QString query;
    const QJsonArray requests = m_sandbox.requests();
    for (const QJsonValue &entry : requests) {
        if (entry.toObject().value(u"path"_s).toString() == u"/v1/customers:search"_s)
            query = entry.toObject().value(u"query"_s).toString();
    }
    QVERIFY2(query.contains(u"email=bea%2Bpromo"_s), qPrintable(query));
}

void TestServiceAffiliate::journalSeesEveryChangeFirst() {
    m_journal.clear();
    AffiliateCustomerDraft draft;
    draft.key = u"svc_journal"_s;
    draft.partnerKey = u"partner_acme"_s;
    Recorder<Customer> recorder;
    ApiCall *call = m_customers->create(draft, this, recorder.callback());
    // Recorded synchronously, before anything could reach the server.
    QCOMPARE(m_journal.sent.size(), 1);
    const MutationRecord record = m_journal.sent.first();
    QCOMPARE(record.operationId, call->operationId());
    QCOMPARE(record.method, "POST"_ba);
    QCOMPARE(record.path, u"/v1/customers"_s);
    QCOMPARE(record.action, u"create"_s);
    QCOMPARE(record.customer, u"svc_journal"_s);
    QCOMPARE(record.body.value(u"key"_s).toString(), u"svc_journal"_s);
    QVERIFY(!QJsonDocument(record.body).toJson().contains(m_sandbox.affiliateKey().toUtf8()));
    QVERIFY(!record.url.toString().contains(m_sandbox.affiliateKey()));
    QVERIFY(recorder.wait());
    QVERIFY2(recorder.result().ok(), describe(recorder.result()).constData());
    auto outcome = m_journal.outcomeOf(record.operationId);
    QVERIFY(outcome);
    QCOMPARE(outcomeName(outcome->result), u"succeeded"_s);
    QCOMPARE(outcome->httpStatus, 201);

    // A refusal by the server: not made, with its status.
    const auto duplicate =
        await<Customer>([&](auto done) { return m_customers->create(draft, this, done); });
    QCOMPARE(kindOf(duplicate), u"validation"_s);
    QCOMPARE(outcomeName(duplicate.outcome()), u"not_made"_s);
    outcome = m_journal.outcomeOf(m_journal.sent.last().operationId);
    QVERIFY(outcome);
    QCOMPARE(outcomeName(outcome->result), u"not_made"_s);
    QCOMPARE(outcome->httpStatus, 422);

    // Reads are not recorded.
    const int recorded = m_journal.sent.size();
    await<Customer>([&](auto done) { return m_customers->get(draft.key, this, done); });
    QCOMPARE(m_journal.sent.size(), recorded);

    // A journal that cannot write stops the change before it is sent.
    m_journal.refuse = true;
    m_sandbox.clearRequests();
    const auto refused =
        await<void>([&](auto done) { return m_customers->remove(u"svc_journal"_s, this, done); });
    m_journal.refuse = false;
    QCOMPARE(kindOf(refused), u"not_sent"_s);
    QVERIFY(refused.error().sentence().contains(u"journal"_s));
    QCOMPARE(m_sandbox.countRequests(u"DELETE"_s, u"/v1/customers"_s), 0);
    QVERIFY(
        await<Customer>([&](auto done) { return m_customers->get(draft.key, this, done); }).ok());
}

void TestServiceAffiliate::partnerAsGivenAndItsFilter() {
    // A bare string cannot tell a key from an id, so both read as given; filtering by it finds
    // Alice only where it is the key. The console must not read the empty page of the other
    // reading as "this partner has no customers".
    const auto alice =
        await<Customer>([&](auto done) { return m_customers->get(u"alice_brown"_s, this, done); });
    QVERIFY2(alice.ok(), describe(alice).constData());
    QCOMPARE(alice.value().partnerForm, Customer::PartnerForm::AsGiven);
    CustomerQuery query;
    query.limit = 250;
    query.partnerKey = alice.value().partner;
    const auto filtered =
        await<Page<Customer>>([&](auto done) { return m_customers->list(query, this, done); });
    QVERIFY2(filtered.ok(), describe(filtered).constData());
    QStringList keys;
    for (const Customer &customer : filtered.value().items)
        keys.append(customer.key);
    QCOMPARE(keys.contains(u"alice_brown"_s), !alt());
}

QTEST_GUILESS_MAIN(TestServiceAffiliate)
#include "tst_service_affiliate.moc"

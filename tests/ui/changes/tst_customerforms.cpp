// SPDX-License-Identifier: GPL-3.0-or-later
// The customer form without a server: the checks made while typing (validators return
// Intermediate for partial input, the reason is shown next to the field), what an edit would
// send, how server field names map to fields, and the words of the change summary.
#include "app/session/changesummary.h"
#include "ui/changes/customerformwidget.h"
#include "ui/changes/referringcustomerlookup.h"
#include "ui/changes/taglistedit.h"
#include "ui/widgets/fielderrorlabel.h"
#include "ui/widgets/fieldrules.h"

#include <QLineEdit>
#include <QtTest>
#include <QValidator>

using namespace Qt::Literals::StringLiterals;

class TestCustomerForms final : public QObject {
    Q_OBJECT

private slots:
    void emailRule_data();
    void emailRule();
    void otherRules();
    void validatorsTakePartialInput();
    void requiredFieldsAreHintsNotErrors();
    void editComputesOnlyChanges();
    void serverFieldNames_data();
    void serverFieldNames();
    void serverErrorsNextToFieldsUntilEdited();
    void summaryWords();

private:
    static Customer affiliateCustomer();
};

Customer TestCustomerForms::affiliateCustomer() {
    Customer customer;
    customer.key = u"cus_1"_s;
    customer.email = u"a@x.com"_s;
    customer.name = u"Alice"_s;
    customer.surname = u"Brown"_s;
    customer.tags = {u"new"_s, u"trial"_s};
    customer.status = u"active"_s;
    return customer;
}

void TestCustomerForms::emailRule_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::newRow("empty is fine") << QString() << true;
    QTest::newRow("plain") << u"alice@example.com"_s << true;
    QTest::newRow("plus and subdomain") << u"a.b+c@mail.example.co.uk"_s << true;
    QTest::newRow("surrounding spaces trimmed") << u" alice@example.com "_s << true;
    QTest::newRow("no at") << u"alice.example.com"_s << false;
    QTest::newRow("no domain dot") << u"alice@example"_s << false;
    QTest::newRow("space inside") << u"ali ce@example.com"_s << false;
    QTest::newRow("two ats") << u"a@b@example.com"_s << false;
    QTest::newRow("dot first in domain") << u"a@.example.com"_s << false;
    QTest::newRow("dot last in domain") << u"a@example.com."_s << false;
    QTest::newRow("quoted name") << u"\"alice\"@example.com"_s << false;
    QTest::newRow("nothing before at") << u"@example.com"_s << false;
}

void TestCustomerForms::emailRule() {
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QCOMPARE(FieldRules::emailProblem(text).isEmpty(), ok);
}

void TestCustomerForms::otherRules() {
    QVERIFY(!FieldRules::keyProblem(QString(), true, FieldRules::Identifier::Key).isEmpty());
    QVERIFY(FieldRules::keyProblem(QString(), false, FieldRules::Identifier::Key).isEmpty());
    QVERIFY(FieldRules::keyProblem(u"cus_1"_s, true, FieldRules::Identifier::Key).isEmpty());
    QVERIFY(
        !FieldRules::keyProblem(QString(256, u'k'), true, FieldRules::Identifier::Key).isEmpty());
    QVERIFY(!FieldRules::keyProblem(u"a\tb"_s, true, FieldRules::Identifier::Key).isEmpty());
    QVERIFY(FieldRules::urlProblem(u"https://example.com/?aff=x"_s).isEmpty());
    QVERIFY(!FieldRules::urlProblem(u"example.com"_s).isEmpty());
    QVERIFY(!FieldRules::urlProblem(u"ftp://example.com"_s).isEmpty());
    QVERIFY(FieldRules::dateOfBirthProblem(QDate()).isEmpty()); // not set
    QVERIFY(FieldRules::dateOfBirthProblem(QDate(1990, 1, 15)).isEmpty());
    QVERIFY(!FieldRules::dateOfBirthProblem(QDate::currentDate().addDays(1)).isEmpty());
    QVERIFY(!FieldRules::dateOfBirthProblem(QDate(1899, 12, 31)).isEmpty());
    QVERIFY(!FieldRules::tagProblem(u"  "_s).isEmpty());
}

void TestCustomerForms::validatorsTakePartialInput() {
    CustomerFormWidget form(nullptr, ProgramKind::Affiliate, CustomerFormWidget::Mode::Create);
    QLineEdit *email = form.lineEdit(u"email"_s);
    QVERIFY(email->validator());
    QString partial = u"alice@"_s;
    int pos = 0;
    QCOMPARE(email->validator()->validate(partial, pos), QValidator::Intermediate);
    QString full = u"alice@example.com"_s;
    QCOMPARE(email->validator()->validate(full, pos), QValidator::Acceptable);
    // Typed key by key, the partial address is kept (never refused) and explained.
    email->setFocus();
    QTest::keyClicks(email, u"alice@"_s);
    QCOMPARE(email->text(), u"alice@"_s);
    QVERIFY(!email->hasAcceptableInput());
    QVERIFY(!form.message(u"email"_s).isEmpty());
    QCOMPARE(form.messageLabel(u"email"_s)->severity(), FieldErrorLabel::Severity::Error);
    QTest::keyClicks(email, u"example.com"_s);
    QVERIFY(email->hasAcceptableInput());
    QVERIFY(form.message(u"email"_s).isEmpty());
}

void TestCustomerForms::requiredFieldsAreHintsNotErrors() {
    CustomerFormWidget form(nullptr, ProgramKind::Affiliate, CustomerFormWidget::Mode::Create);
    QVERIFY(!form.isValid());
    QVERIFY(!form.message(u"key"_s).isEmpty());
    QCOMPARE(form.messageLabel(u"key"_s)->severity(), FieldErrorLabel::Severity::Hint);
    QCOMPARE(form.messageLabel(u"partner"_s)->severity(), FieldErrorLabel::Severity::Hint);
    form.lineEdit(u"key"_s)->setText(u"cus_new"_s);
    form.setPartner(CustomerFormWidget::PartnerBy::Email, u"partner@"_s);
    QCOMPARE(form.messageLabel(u"partner"_s)->severity(), FieldErrorLabel::Severity::Error);
    QVERIFY(!form.isValid());
    form.setPartner(CustomerFormWidget::PartnerBy::Email, u"partner@example.com"_s);
    QVERIFY2(form.isValid(), qPrintable(form.firstProblem()));
    const AffiliateCustomerDraft draft = form.affiliateDraft();
    QCOMPARE(draft.key, u"cus_new"_s);
    QCOMPARE(draft.partnerEmail, u"partner@example.com"_s);
    QVERIFY(draft.partnerKey.isEmpty());

    // Refer-a-friend: nothing is required, but a referrer typed and not looked up blocks.
    CustomerFormWidget raf(nullptr, ProgramKind::ReferAFriend, CustomerFormWidget::Mode::Create);
    QVERIFY(raf.isValid());
    QVERIFY(!raf.referringLookup()->isEnabled()); // no session: no lookup
    CustomerRef ref;
    ref.id = u"ref_1"_s;
    ref.name = u"Rita"_s;
    raf.referringLookup()->setPicked(ref);
    QVERIFY(raf.isValid());
    QCOMPARE(raf.referralDraft().referringId, u"ref_1"_s);
}

void TestCustomerForms::editComputesOnlyChanges() {
    CustomerFormWidget form(nullptr, ProgramKind::Affiliate, CustomerFormWidget::Mode::Edit);
    const Customer before = affiliateCustomer();
    form.setCustomer(before);
    QVERIFY(form.changes().isEmpty());
    form.lineEdit(u"name"_s)->setText(u"  Alice "_s); // only spaces around: no change
    form.tagsEdit()->setTags({u"trial"_s, u"new"_s}); // same tags, another order
    QVERIFY(form.changes().isEmpty());
    form.lineEdit(u"surname"_s)->setText(u"Green"_s);
    CustomerUpdate update = form.changes();
    QVERIFY(update.surname && *update.surname == u"Green"_s);
    QVERIFY(!update.email && !update.name && !update.key && !update.tags);
    form.lineEdit(u"email"_s)->clear(); // clearing is a change, sent as ""
    update = form.changes();
    QVERIFY(update.email && update.email->isEmpty());
    form.tagsEdit()->setTags({});
    update = form.changes();
    QVERIFY(update.tags && update.tags->isEmpty()); // sent as [] to clear them
    QVERIFY(!form.keyChanged());
    form.lineEdit(u"key"_s)->setText(u"cus_2"_s);
    QVERIFY(form.keyChanged());
    QCOMPARE(form.messageLabel(u"key"_s)->severity(), FieldErrorLabel::Severity::Warning);

    // Refer-a-friend: the key is not shown by the API, so an empty key field is no change.
    Customer referral;
    referral.id = u"raf_1"_s;
    referral.metadata = {{u"date_of_birth"_s, u"1990-01-15"_s}};
    CustomerFormWidget raf(nullptr, ProgramKind::ReferAFriend, CustomerFormWidget::Mode::Edit);
    raf.setCustomer(referral);
    QCOMPARE(raf.dateOfBirth(), QDate(1990, 1, 15));
    QVERIFY(raf.changes().isEmpty());
    raf.setDateOfBirth(QDate());
    update = raf.changes();
    QVERIFY(update.dateOfBirth && !update.dateOfBirth->isValid()); // sent as null: cleared
}

void TestCustomerForms::serverFieldNames_data() {
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("field");
    QTest::newRow("key") << u"key"_s << u"key"_s;
    QTest::newRow("update.email") << u"update.email"_s << u"email"_s;
    QTest::newRow("update.key") << u"update.key"_s << u"key"_s;
    QTest::newRow("partner.key") << u"partner.key"_s << u"partner"_s;
    QTest::newRow("partner") << u"partner"_s << u"partner"_s;
    QTest::newRow("tags.1") << u"tags.1"_s << u"tags"_s;
    QTest::newRow("update.tags") << u"update.tags"_s << u"tags"_s;
    QTest::newRow("options.referral_url") << u"options.referral_url"_s << u"referral_url"_s;
    QTest::newRow("metadata.date_of_birth") << u"metadata.date_of_birth"_s << u"date_of_birth"_s;
    QTest::newRow("update.metadata.date_of_birth")
        << u"update.metadata.date_of_birth"_s << u"date_of_birth"_s;
    QTest::newRow("referring_customer.id") << u"referring_customer.id"_s << u"referring_customer"_s;
    QTest::newRow("unknown") << u"limit"_s << QString();
    QTest::newRow("partner_key is not partner") << u"partner_key"_s << QString();
}

void TestCustomerForms::serverFieldNames() {
    QFETCH(QString, server);
    QFETCH(QString, field);
    QCOMPARE(CustomerFormWidget::fieldForServerName(server), field);
}

void TestCustomerForms::serverErrorsNextToFieldsUntilEdited() {
    CustomerFormWidget form(nullptr, ProgramKind::Affiliate, CustomerFormWidget::Mode::Edit);
    form.setCustomer(affiliateCustomer());
    const QStringList unmapped =
        form.showServerErrors({{u"update.email"_s, {u"The email is taken."_s}},
                               {u"update.key"_s, {u"Too short."_s, u"Bad characters."_s}},
                               {u"partner.key"_s, {u"No partner here."_s}}, // not in edit
                               {u"something"_s, {u"Odd."_s}}});
    QCOMPARE(form.message(u"email"_s), u"The email is taken."_s);
    QCOMPARE(form.message(u"key"_s), u"Too short. Bad characters."_s);
    QCOMPARE(form.messageLabel(u"email"_s)->severity(), FieldErrorLabel::Severity::Error);
    QCOMPARE(unmapped.size(), 2);
    QVERIFY(unmapped.join(u'\n').contains(u"something: Odd."_s));
    QVERIFY(form.isValid()); // the person may fix it or try again
    form.lineEdit(u"email"_s)->setText(u"b@x.com"_s);
    QVERIFY(form.message(u"email"_s).isEmpty());
    QCOMPARE(form.message(u"key"_s), u"Too short. Bad characters."_s);
    form.clearServerErrors();
    QVERIFY(form.message(u"key"_s).isEmpty());
}

void TestCustomerForms::summaryWords() {
    const Customer before = affiliateCustomer();
    CustomerUpdate update;
    update.email = u"b@x.com"_s;
    update.tags = QStringList{u"trial"_s, u"vip"_s};
    const QStringList lines = ChangeSummary::lines(before, update);
    QCOMPARE(lines, (QStringList{u"Email: a@x.com → b@x.com"_s, u"Tags: +vip \u2212new"_s}));
    QVERIFY(!ChangeSummary::confirmationText(before, update).contains(u"Warning"_s));
    update.key = u"cus_9"_s;
    update.name = QString();
    const QString text = ChangeSummary::confirmationText(before, update);
    QVERIFY(text.contains(u"Key: cus_1 → cus_9"_s));
    QVERIFY(text.contains(u"Name: Alice → (none)"_s));
    QVERIFY(text.contains(u"Warning: the key changes"_s));
    QCOMPARE(ChangeSummary::tagsDelta({u"a"_s, u"b"_s}, {}), u"all removed (a, b)"_s);
}

QTEST_MAIN(TestCustomerForms)
#include "tst_customerforms.moc"

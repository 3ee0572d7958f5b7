// SPDX-License-Identifier: GPL-3.0-or-later
// Changing affiliate customers through the dialogs and CustomerActions, against a private
// sandbox: every action's success (read back from the server), 404, 422 with the messages next
// to their fields, and a connection dropped mid-request (sent once, journal outcome unknown).
#include "tests/ui/changes/changestest.h"

#include "ui/changes/bulkactiondialog.h"
#include "ui/changes/createcustomerdialog.h"
#include "ui/changes/customeractions.h"
#include "ui/changes/customerformwidget.h"
#include "ui/changes/deletecustomerdialog.h"
#include "ui/changes/editcustomerdialog.h"
#include "ui/changes/taglistedit.h"

#include "ui/journal/journalwindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestChangesAffiliate final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void createCustomer();
    void createShowsServerFieldErrors_data();
    void createShowsServerFieldErrors();
    void createDroppedConnection();

    void editSendsOnlyChangedFields();
    void editEmptyTagListClearsTags();
    void editNewKeyWarnsAndMovesRow();
    void editShowsServerFieldErrors();
    void editUnknownCustomer();
    void editDroppedConnection();

    void deleteNeedsTypedKey();
    void deleteUnknownCustomer();
    void deleteDroppedConnection();

    void suspendThenUndo();
    void suspendUnknownCustomer();
    void suspendDroppedConnection();
    void suspendServerErrorIsUnknown();
    void actionsFollowSelection();
    void bulkSuspendOneRequestEachWithResultPerRow();
    void bulkCancelStopsBeforeTheNextRequest();
    void bulkDelete();
    void journalLineOnDiskBeforeTheAnswer();

    void cleanupTestCase();

private:
    Customer freshActive();
    Customer makeCustomer(const QString &key, const QStringList &tags = {});
    CreateCustomerDialog *openCreate(CustomerActions &actions, const QString &key,
                                     const QString &email);

    ChangesFixture m_fx;
    QString m_partnerKey;
    QList<Customer> m_seeded;
    int m_next = 0;
};

void TestChangesAffiliate::initTestCase() {
    QVERIFY2(m_fx.start(ProgramKind::Affiliate), qPrintable(m_fx.sandbox.errorString()));
    m_seeded = m_fx.page(40);
    QVERIFY(m_seeded.size() >= 30);
    m_partnerKey = m_seeded.first().partner;
    QVERIFY(!m_partnerKey.isEmpty());
}

void TestChangesAffiliate::init() {
    QVERIFY(m_fx.sandbox.clearFaults());
    QVERIFY(m_fx.sandbox.clearRequests());
}

// Each test gets an active seeded customer nobody else touches, read in full (list items
// carry no status).
Customer TestChangesAffiliate::freshActive() {
    while (m_next < m_seeded.size()) {
        const auto full = m_fx.fetch(m_seeded.at(m_next++).key);
        if (full && full.value().status == u"active"_s)
            return full.value();
    }
    return {};
}

Customer TestChangesAffiliate::makeCustomer(const QString &key, const QStringList &tags) {
    AffiliateCustomerDraft draft;
    draft.key = key;
    draft.email = key + u"@example.com"_s;
    draft.name = u"Test"_s;
    draft.surname = key;
    draft.tags = tags;
    draft.partnerKey = m_partnerKey;
    const auto result = awaitCall<Customer>([&](ApiCallback<Customer> done) {
        m_fx.customers()->create(draft, &m_fx.context, std::move(done));
    });
    return result ? result.value() : Customer();
}

CreateCustomerDialog *TestChangesAffiliate::openCreate(CustomerActions &actions, const QString &key,
                                                       const QString &email) {
    CreateCustomerDialog *dialog = actions.createCustomer();
    if (!dialog)
        return nullptr;
    CustomerFormWidget *form = dialog->form();
    form->lineEdit(u"key"_s)->setText(key);
    form->lineEdit(u"email"_s)->setText(email);
    form->lineEdit(u"name"_s)->setText(u"Alice"_s);
    form->lineEdit(u"surname"_s)->setText(u"Brown"_s);
    form->setPartner(CustomerFormWidget::PartnerBy::Key, m_partnerKey);
    return dialog;
}

void TestChangesAffiliate::createCustomer() {
    CustomerActions actions(m_fx.session.get(), nullptr);
    QSignalSpy created(&actions, &CustomerActions::customerCreated);
    QPointer<CreateCustomerDialog> dialog = actions.createCustomer();
    QVERIFY(dialog);
    CustomerFormWidget *form = dialog->form();
    QVERIFY(form->hasField(u"partner"_s));
    QVERIFY(form->hasField(u"referral_url"_s));
    QVERIFY(!form->hasField(u"date_of_birth"_s));

    // Nothing typed: the key and the partner are missing, Create is disabled and says why.
    QVERIFY(!dialog->submitButton()->isEnabled());
    QVERIFY(!form->message(u"key"_s).isEmpty());
    form->lineEdit(u"key"_s)->setText(u"ui_created_1"_s);
    form->lineEdit(u"email"_s)->setText(u"alice@example"_s);
    QVERIFY(form->message(u"email"_s).contains(u"email"_s));
    form->lineEdit(u"email"_s)->setText(u"alice@example.com"_s);
    QVERIFY(form->message(u"email"_s).isEmpty());
    QVERIFY(!dialog->submitButton()->isEnabled()); // still no partner
    form->setPartner(CustomerFormWidget::PartnerBy::Key, m_partnerKey);
    form->lineEdit(u"referral_url"_s)->setText(u"example.com/ref"_s);
    QVERIFY(!dialog->submitButton()->isEnabled());
    form->lineEdit(u"referral_url"_s)->setText(u"https://example.com/?aff=x"_s);
    form->tagsEdit()->input()->setText(u"vip"_s);
    QVERIFY(!dialog->submitButton()->isEnabled()); // a tag typed but not added
    QTest::keyClick(form->tagsEdit()->input(), Qt::Key_Return);
    QCOMPARE(form->tagsEdit()->tags(), QStringList{u"vip"_s});
    QVERIFY(dialog->isVisible()); // Enter added the tag, it did not submit
    QVERIFY2(dialog->submitButton()->isEnabled(), qPrintable(form->firstProblem()));

    QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
    QVERIFY(dialog->isBusy());
    QVERIFY(!dialog->submitButton()->isEnabled()); // no double submit
    QTRY_COMPARE(created.count(), 1);
    QTRY_VERIFY(!dialog); // closed and deleted
    QCOMPARE(created.first().first().value<Customer>().key, u"ui_created_1"_s);

    const auto back = m_fx.fetch(u"ui_created_1"_s);
    QVERIFY(back);
    QCOMPARE(back.value().email, u"alice@example.com"_s);
    QCOMPARE(back.value().tags, QStringList{u"vip"_s});
    QCOMPARE(back.value().partner, m_partnerKey);
    const auto entries = m_fx.entries(u"create"_s, u"ui_created_1"_s);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().outcome, JournalOutcome::Succeeded);
    QCOMPARE(m_fx.sandbox.countRequests(u"POST"_s, u"/v1/customers"_s), 1);
}

void TestChangesAffiliate::createShowsServerFieldErrors_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("partner");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("duplicate key")
        << QString() << u"dup@example.com"_s << QString() << u"key"_s << u"already been taken"_s;
    // The console checks the shape only; the server refuses the double dot.
    QTest::newRow("bad email") << u"ui_bad_email"_s << u"bob@example..com"_s << QString()
                               << u"email"_s << u"valid email"_s;
    QTest::newRow("unknown partner (400)")
        << u"ui_bad_partner"_s << u"p@example.com"_s << u"no-such-partner"_s << u"partner"_s
        << u"Invalid partner key"_s;
}

void TestChangesAffiliate::createShowsServerFieldErrors() {
    QFETCH(QString, key);
    QFETCH(QString, email);
    QFETCH(QString, partner);
    QFETCH(QString, field);
    QFETCH(QString, message);
    if (key.isEmpty())
        key = m_seeded.last().key; // taken
    CustomerActions actions(m_fx.session.get(), nullptr);
    QSignalSpy created(&actions, &CustomerActions::customerCreated);
    QPointer<CreateCustomerDialog> dialog = openCreate(actions, key, email);
    QVERIFY(dialog);
    if (!partner.isEmpty())
        dialog->form()->setPartner(CustomerFormWidget::PartnerBy::Key, partner);
    QVERIFY2(dialog->submitButton()->isEnabled(), qPrintable(dialog->form()->firstProblem()));
    dialog->submit();
    QTRY_VERIFY(!dialog->isBusy());

    QVERIFY(dialog->isVisible());
    QCOMPARE(created.count(), 0);
    QVERIFY2(dialog->form()->message(field).contains(message),
             qPrintable(dialog->form()->message(field)));
    QVERIFY(!dialog->errorText().isEmpty());
    // The input is intact and the button usable again.
    QCOMPARE(dialog->form()->lineEdit(u"key"_s)->text(), key);
    QCOMPARE(dialog->form()->lineEdit(u"email"_s)->text(), email);
    QCOMPARE(dialog->form()->lineEdit(u"name"_s)->text(), u"Alice"_s);
    QVERIFY(dialog->submitButton()->isEnabled());
    // Editing the field takes the server's message away: it was about the old value.
    dialog->form()->lineEdit(field)->insert(u"x"_s);
    QVERIFY(!dialog->form()->message(field).contains(message));
    QCOMPARE(m_fx.entries(u"create"_s, key).last().outcome, JournalOutcome::NotMade);
    dialog->close();
}

void TestChangesAffiliate::createDroppedConnection() {
    QVERIFY(m_fx.sandbox.queueFault(u"POST"_s, u"/v1/customers"_s, u"drop"_s));
    CustomerActions actions(m_fx.session.get(), nullptr);
    QSignalSpy created(&actions, &CustomerActions::customerCreated);
    QPointer<CreateCustomerDialog> dialog =
        openCreate(actions, u"ui_dropped_create"_s, u"drop@example.com"_s);
    QVERIFY(dialog);
    dialog->submit();
    QTRY_VERIFY(!dialog->isBusy());
    QVERIFY(dialog->isVisible());
    QCOMPARE(created.count(), 0);
    QVERIFY2(dialog->errorText().contains(u"may or may not"_s), qPrintable(dialog->errorText()));
    QCOMPARE(dialog->form()->lineEdit(u"key"_s)->text(), u"ui_dropped_create"_s);
    // Sent once, never retried; the journal cannot know the outcome.
    QCOMPARE(m_fx.sandbox.countRequests(u"POST"_s, u"/v1/customers"_s), 1);
    const auto entries = m_fx.entries(u"create"_s, u"ui_dropped_create"_s);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().outcome, JournalOutcome::Unknown);
    dialog->close();
}

void TestChangesAffiliate::editSendsOnlyChangedFields() {
    const Customer before = makeCustomer(u"ui_edit_email"_s, {u"new"_s, u"trial"_s});
    QVERIFY(!before.key.isEmpty());
    CustomerActions actions(m_fx.session.get(), nullptr);
    QSignalSpy changed(&actions, &CustomerActions::customerChanged);
    QPointer<EditCustomerDialog> dialog = actions.editCustomer(before);
    QVERIFY(dialog);
    CustomerFormWidget *form = dialog->form();
    QVERIFY(!form->hasField(u"partner"_s));
    QCOMPARE(form->lineEdit(u"email"_s)->text(), before.email);
    QCOMPARE(form->tagsEdit()->tags(), before.tags);
    QVERIFY(!dialog->submitButton()->isEnabled()); // nothing changed yet

    form->lineEdit(u"email"_s)->setText(u"changed@example.com"_s);
    form->tagsEdit()->addTag(u"vip"_s);
    form->tagsEdit()->removeTag(u"new"_s);
    QVERIFY(dialog->submitButton()->isEnabled());
    // A second edit dialog for the same customer raises the first one.
    QCOMPARE(actions.editCustomer(before), dialog.data());

    // Declining the summary sends nothing.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    dialog->submit();
    QVERIFY(MessageBox::lastText().contains(
        u"Email: ui_edit_email@example.com → changed@example.com"_s));
    QVERIFY(MessageBox::lastText().contains(u"Tags: +vip \u2212new"_s));
    QVERIFY(!MessageBox::lastText().contains(u"Name"_s));
    QVERIFY(!dialog->isBusy());

    MessageBox::setNextAnswer(QMessageBox::Save);
    dialog->submit();
    QTRY_COMPARE(changed.count(), 1);
    QTRY_VERIFY(!dialog);
    QCOMPARE(changed.first().at(0).toString(), before.key);
    QCOMPARE(changed.first().at(1).value<Customer>().email, u"changed@example.com"_s);

    // Only what changed was sent: the `update` object holds email and tags, nothing else.
    const auto entries = m_fx.entries(u"update"_s, before.key);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().outcome, JournalOutcome::Succeeded);
    const QJsonObject update = entries.first().operation.payload.value(u"update"_s).toObject();
    QCOMPARE(update.keys(), (QStringList{u"email"_s, u"tags"_s}));
    QCOMPARE(update.value(u"tags"_s).toArray().size(), 2);
    QCOMPARE(m_fx.sandbox.countRequests(u"PUT"_s, u"/v1/customers/"_s), 1);

    const auto back = m_fx.fetch(before.key);
    QVERIFY(back);
    QCOMPARE(back.value().email, u"changed@example.com"_s);
    QCOMPARE(back.value().name, before.name);
    QCOMPARE(back.value().tags, (QStringList{u"trial"_s, u"vip"_s}));
}

void TestChangesAffiliate::editEmptyTagListClearsTags() {
    const Customer before = makeCustomer(u"ui_edit_tags"_s, {u"a"_s, u"b"_s});
    CustomerActions actions(m_fx.session.get(), nullptr);
    QSignalSpy changed(&actions, &CustomerActions::customerChanged);
    QPointer<EditCustomerDialog> dialog = actions.editCustomer(before);
    dialog->form()->tagsEdit()->setTags({});
    MessageBox::setNextAnswer(QMessageBox::Save);
    dialog->submit();
    QVERIFY(MessageBox::lastText().contains(u"all removed"_s));
    QTRY_COMPARE(changed.count(), 1);
    const QJsonObject update = m_fx.entries(u"update"_s, before.key)
                                   .first()
                                   .operation.payload.value(u"update"_s)
                                   .toObject();
    QCOMPARE(update.keys(), QStringList{u"tags"_s});
    QVERIFY(update.value(u"tags"_s).isArray());
    QVERIFY(update.value(u"tags"_s).toArray().isEmpty());
    const auto back = m_fx.fetch(before.key);
    QVERIFY(back);
    QVERIFY(back.value().tags.isEmpty());
    QCOMPARE(back.value().email, before.email);
}

void TestChangesAffiliate::editNewKeyWarnsAndMovesRow() {
    const Customer before = makeCustomer(u"ui_old_key"_s);
    CustomerActions actions(m_fx.session.get(), nullptr);
    QSignalSpy changed(&actions, &CustomerActions::customerChanged);
    QPointer<EditCustomerDialog> dialog = actions.editCustomer(before);
    CustomerFormWidget *form = dialog->form();
    form->lineEdit(u"key"_s)->setText(QString());
    QVERIFY(!dialog->submitButton()->isEnabled()); // the key is required
    form->lineEdit(u"key"_s)->setText(u"ui_new_key"_s);
    QVERIFY(form->keyChanged());
    QVERIFY(form->message(u"key"_s).contains(u"no longer find"_s)); // warned next to the field
    QVERIFY(dialog->submitButton()->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Save);
    dialog->submit();
    QVERIFY(MessageBox::lastText().contains(u"Key: ui_old_key → ui_new_key"_s));
    QVERIFY(MessageBox::lastText().contains(u"Warning: the key changes"_s));
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toString(), u"ui_old_key"_s);
    QCOMPARE(changed.first().at(1).value<Customer>().key, u"ui_new_key"_s);
    QVERIFY(m_fx.fetch(u"ui_new_key"_s));
    QCOMPARE(m_fx.fetch(u"ui_old_key"_s).error().kind, ApiError::Kind::NotFound);
}

void TestChangesAffiliate::editShowsServerFieldErrors() {
    const Customer before = makeCustomer(u"ui_edit_422"_s);
    const QString taken = m_seeded.at(m_seeded.size() - 2).key;
    CustomerActions actions(m_fx.session.get(), nullptr);
    QSignalSpy changed(&actions, &CustomerActions::customerChanged);
    QPointer<EditCustomerDialog> dialog = actions.editCustomer(before);
    CustomerFormWidget *form = dialog->form();
    form->lineEdit(u"key"_s)->setText(taken);
    form->lineEdit(u"email"_s)->setText(u"x@example..com"_s);
    form->lineEdit(u"name"_s)->setText(u"Renamed"_s);
    MessageBox::setNextAnswer(QMessageBox::Save);
    dialog->submit();
    QTRY_VERIFY(!dialog->isBusy());
    QVERIFY(dialog->isVisible());
    QCOMPARE(changed.count(), 0);
    // "update.key" and "update.email" land next to their fields.
    QVERIFY2(form->message(u"key"_s).contains(u"already been taken"_s),
             qPrintable(form->message(u"key"_s)));
    QVERIFY2(form->message(u"email"_s).contains(u"valid email"_s),
             qPrintable(form->message(u"email"_s)));
    QVERIFY(form->message(u"name"_s).isEmpty());
    QCOMPARE(form->lineEdit(u"key"_s)->text(), taken);
    QCOMPARE(form->lineEdit(u"name"_s)->text(), u"Renamed"_s);
    QVERIFY(dialog->submitButton()->isEnabled());
    QCOMPARE(m_fx.fetch(before.key).value().name, before.name); // nothing changed
    dialog->close();
}

void TestChangesAffiliate::editUnknownCustomer() {
    const Customer before = makeCustomer(u"ui_edit_gone"_s);
    CustomerActions actions(m_fx.session.get(), nullptr);
    QPointer<EditCustomerDialog> dialog = actions.editCustomer(before);
    // Deleted behind the dialog's back (another person, another console).
    QVERIFY(awaitCall<void>([&](ApiCallback<void> done) {
        m_fx.customers()->remove(before.key, &m_fx.context, std::move(done));
    }));
    dialog->form()->lineEdit(u"name"_s)->setText(u"Too late"_s);
    MessageBox::setNextAnswer(QMessageBox::Save);
    dialog->submit();
    QTRY_VERIFY(!dialog->isBusy());
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->errorText().contains(u"not found"_s, Qt::CaseInsensitive),
             qPrintable(dialog->errorText()));
    QCOMPARE(dialog->form()->lineEdit(u"name"_s)->text(), u"Too late"_s);
    QCOMPARE(m_fx.entries(u"update"_s, before.key).last().httpStatus, 404);
    dialog->close();
}

void TestChangesAffiliate::editDroppedConnection() {
    const Customer before = makeCustomer(u"ui_edit_drop"_s);
    QVERIFY(m_fx.sandbox.queueFault(u"PUT"_s, u"/v1/customers/ui_edit_drop"_s, u"drop"_s));
    CustomerActions actions(m_fx.session.get(), nullptr);
    QPointer<EditCustomerDialog> dialog = actions.editCustomer(before);
    dialog->form()->lineEdit(u"surname"_s)->setText(u"Dropped"_s);
    MessageBox::setNextAnswer(QMessageBox::Save);
    dialog->submit();
    QTRY_VERIFY(!dialog->isBusy());
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->errorText().contains(u"may or may not"_s), qPrintable(dialog->errorText()));
    QCOMPARE(dialog->form()->lineEdit(u"surname"_s)->text(), u"Dropped"_s);
    QCOMPARE(m_fx.sandbox.countRequests(u"PUT"_s, u"/v1/customers/"_s), 1);
    QCOMPARE(m_fx.entries(u"update"_s, before.key).last().outcome, JournalOutcome::Unknown);
    dialog->close();
}

void TestChangesAffiliate::deleteNeedsTypedKey() {
    const Customer victim = makeCustomer(u"ui_delete_me"_s);
    CustomerActions actions(m_fx.session.get(), nullptr);
    QSignalSpy removed(&actions, &CustomerActions::customerRemoved);
    actions.setSelection({victim});
    QVERIFY(actions.deleteAction()->isEnabled());
    QPointer<DeleteCustomerDialog> dialog = actions.deleteCustomers({victim});
    QVERIFY(dialog);
    // It names the customer and says what is lost.
    QString shown;
    const auto labels = dialog->findChildren<QLabel *>();
    for (const QLabel *label : labels)
        shown += label->text() + u'\n';
    QVERIFY2(shown.contains(u"ui_delete_me"_s), qPrintable(shown));
    QVERIFY(shown.contains(u"transaction history"_s));
    QVERIFY(shown.contains(u"commission"_s));
    QCOMPARE(dialog->confirmationText(), u"ui_delete_me"_s);
    QVERIFY(!dialog->archiveInsteadButton()); // affiliate: suspend is suggested in the text
    QVERIFY(!dialog->deleteButton()->isEnabled());
    dialog->confirmEdit()->setText(u"UI_DELETE_ME"_s); // close is not enough
    QVERIFY(!dialog->deleteButton()->isEnabled());
    dialog->confirmEdit()->setText(u"ui_delete_me"_s);
    QVERIFY(dialog->deleteButton()->isEnabled());
    QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
    QTRY_COMPARE(removed.count(), 1);
    QCOMPARE(removed.first().first().toString(), u"ui_delete_me"_s);
    QTRY_VERIFY(!dialog);
    QCOMPARE(m_fx.fetch(u"ui_delete_me"_s).error().kind, ApiError::Kind::NotFound);
    QVERIFY(actions.selection().isEmpty());
    QCOMPARE(m_fx.entries(u"delete"_s, u"ui_delete_me"_s).last().outcome,
             JournalOutcome::Succeeded);
}

void TestChangesAffiliate::deleteUnknownCustomer() {
    Customer ghost;
    ghost.key = u"ui_never_existed"_s;
    CustomerActions actions(m_fx.session.get(), nullptr);
    QSignalSpy removed(&actions, &CustomerActions::customerRemoved);
    QPointer<DeleteCustomerDialog> dialog = actions.deleteCustomers({ghost});
    dialog->confirmEdit()->setText(ghost.key);
    dialog->submit();
    QTRY_VERIFY(!dialog->isBusy());
    QVERIFY(dialog->isVisible());
    QCOMPARE(removed.count(), 0);
    QVERIFY2(dialog->errorText().contains(u"not found"_s, Qt::CaseInsensitive),
             qPrintable(dialog->errorText()));
    QCOMPARE(dialog->confirmEdit()->text(), ghost.key);
    QVERIFY(dialog->deleteButton()->isEnabled());
    QCOMPARE(m_fx.entries(u"delete"_s, ghost.key).last().outcome, JournalOutcome::NotMade);
    dialog->close();
}

void TestChangesAffiliate::deleteDroppedConnection() {
    const Customer victim = makeCustomer(u"ui_delete_drop"_s);
    QVERIFY(m_fx.sandbox.queueFault(u"DELETE"_s, u"/v1/customers/ui_delete_drop"_s, u"drop"_s));
    CustomerActions actions(m_fx.session.get(), nullptr);
    QSignalSpy removed(&actions, &CustomerActions::customerRemoved);
    QPointer<DeleteCustomerDialog> dialog = actions.deleteCustomers({victim});
    dialog->confirmEdit()->setText(victim.key);
    dialog->submit();
    QTRY_VERIFY(!dialog->isBusy());
    QVERIFY(dialog->isVisible());
    QCOMPARE(removed.count(), 0);
    QVERIFY(dialog->errorText().contains(u"may or may not"_s));
    QCOMPARE(m_fx.sandbox.countRequests(u"DELETE"_s, u"/v1/customers/"_s), 1);
    QCOMPARE(m_fx.entries(u"delete"_s, victim.key).last().outcome, JournalOutcome::Unknown);
    dialog->close();
}

void TestChangesAffiliate::suspendThenUndo() {
    const Customer customer = freshActive();
    QVERIFY(!customer.key.isEmpty());
    CustomerActions actions(m_fx.session.get(), nullptr);
    QSignalSpy changed(&actions, &CustomerActions::customerChanged);
    QSignalSpy undo(&actions, &CustomerActions::undoAvailable);
    actions.setSelection({customer});
    QVERIFY(actions.suspendAction()->isVisible());
    QVERIFY(!actions.archiveAction()->isVisible());
    QVERIFY(actions.suspendAction()->isEnabled());
    QVERIFY(!actions.approveAction()->isEnabled());
    QVERIFY(!actions.undoAction()->isEnabled());

    // Declined: nothing is sent.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    actions.suspendAction()->trigger();
    QVERIFY(MessageBox::lastText().contains(customer.displayName()));
    QVERIFY(MessageBox::lastText().contains(u"commission"_s));
    QVERIFY(!actions.isBusy());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    actions.suspendAction()->trigger();
    QVERIFY(actions.isBusy());
    QVERIFY(!actions.suspendAction()->isEnabled()); // no double submit
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toString(), customer.key);
    QCOMPARE(changed.first().at(1).value<Customer>().status, u"suspended"_s);
    QCOMPARE(m_fx.fetch(customer.key).value().status, u"suspended"_s);
    // The selection follows: approve is possible now, and Undo is offered.
    QVERIFY(actions.approveAction()->isEnabled());
    QVERIFY(!actions.suspendAction()->isEnabled());
    QVERIFY(actions.undoAction()->isEnabled());
    QVERIFY(actions.undoAction()->text().contains(customer.displayName()));
    QCOMPARE(undo.count(), 1);
    QCOMPARE(m_fx.sandbox.countRequests(u"POST"_s, u"/v1/customers/"_s), 1);

    actions.undoAction()->trigger(); // no question: Undo is the answer
    QTRY_COMPARE(changed.count(), 2);
    QCOMPARE(changed.last().at(1).value<Customer>().status, u"active"_s);
    QCOMPARE(m_fx.fetch(customer.key).value().status, u"active"_s);
    QVERIFY(!actions.undoAction()->isEnabled());
    QCOMPARE(m_fx.entries(u"suspend"_s, customer.key).last().outcome, JournalOutcome::Succeeded);
    QCOMPARE(m_fx.entries(u"approve"_s, customer.key).last().outcome, JournalOutcome::Succeeded);
}

void TestChangesAffiliate::suspendUnknownCustomer() {
    Customer ghost;
    ghost.key = u"ui_ghost_suspend"_s;
    CustomerActions actions(m_fx.session.get(), nullptr);
    QSignalSpy changed(&actions, &CustomerActions::customerChanged);
    QSignalSpy status(&actions, &CustomerActions::statusMessage);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(!actions.suspend({ghost}));         // one customer: no bulk dialog
    MessageBox::setNextAnswer(QMessageBox::Ok); // the failure box that follows
    QTRY_VERIFY(!actions.isBusy());
    QTRY_VERIFY(MessageBox::lastText().contains(u"not found"_s, Qt::CaseInsensitive));
    QCOMPARE(changed.count(), 0);
    QVERIFY(!actions.undoAction()->isEnabled());
    QCOMPARE(m_fx.entries(u"suspend"_s, ghost.key).last().httpStatus, 404);
}

void TestChangesAffiliate::suspendDroppedConnection() {
    const Customer customer = freshActive();
    const QString path = u"/v1/customers/"_s + customer.key + u"/suspend"_s;
    QVERIFY(m_fx.sandbox.queueFault(u"POST"_s, path, u"drop"_s));
    CustomerActions actions(m_fx.session.get(), nullptr);
    QSignalSpy changed(&actions, &CustomerActions::customerChanged);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    actions.suspend({customer});
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTRY_VERIFY(MessageBox::lastText().contains(u"may or may not"_s));
    QCOMPARE(m_fx.sandbox.countRequests(u"POST"_s, path), 1);
    QCOMPARE(m_fx.entries(u"suspend"_s, customer.key).last().outcome, JournalOutcome::Unknown);
    QVERIFY(!actions.undoAction()->isEnabled());
    // The answer was lost but the customer is read again, so the row shows the truth (the
    // sandbox, like a real server, applied the change before the connection broke).
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(1).value<Customer>().status, u"suspended"_s);
}

void TestChangesAffiliate::suspendServerErrorIsUnknown() {
    // A 500 may come after the work was done: told as unknown, like a dropped connection,
    // never as "failed", and the customer is read again.
    const Customer customer = freshActive();
    const QString path = u"/v1/customers/"_s + customer.key + u"/suspend"_s;
    QVERIFY(m_fx.sandbox.queueFault(u"POST"_s, path, u"status=500"_s));
    CustomerActions actions(m_fx.session.get(), nullptr);
    QSignalSpy changed(&actions, &CustomerActions::customerChanged);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    actions.suspend({customer});
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTRY_VERIFY(MessageBox::lastText().contains(u"may or may not"_s));
    QVERIFY(MessageBox::lastText().contains(u"HTTP 500"_s));
    QCOMPARE(m_fx.sandbox.countRequests(u"POST"_s, path), 1);
    const JournalEntry entry = m_fx.entries(u"suspend"_s, customer.key).last();
    QCOMPARE(entry.outcome, JournalOutcome::Unknown);
    QCOMPARE(entry.httpStatus, 500);
    QVERIFY(!actions.undoAction()->isEnabled());
    QTRY_COMPARE(changed.count(), 1); // read again: this fault did no work
    QCOMPARE(changed.first().at(1).value<Customer>().status, customer.status);
}

void TestChangesAffiliate::actionsFollowSelection() {
    CustomerActions actions(m_fx.session.get(), nullptr);
    QVERIFY(actions.newAction()->isEnabled());
    QVERIFY(!actions.editAction()->isEnabled());
    QVERIFY(!actions.deleteAction()->isEnabled());
    QVERIFY(!actions.suspendAction()->isEnabled());
    QCOMPARE(actions.newAction()->shortcut(), QKeySequence(QKeySequence::New));
    QCOMPARE(actions.editAction()->shortcut(), QKeySequence(Qt::Key_F2));
    QCOMPARE(actions.journalAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_J));
    Customer active = m_seeded.at(5);
    Customer suspended = m_seeded.at(6);
    suspended.status = u"suspended"_s;
    actions.setSelection({active, suspended});
    QVERIFY(!actions.editAction()->isEnabled()); // one at a time
    QVERIFY(actions.deleteAction()->isEnabled());
    QVERIFY(actions.suspendAction()->isEnabled());
    QVERIFY(actions.approveAction()->isEnabled());
    actions.setSelection({suspended});
    QVERIFY(actions.editAction()->isEnabled());
    QVERIFY(!actions.suspendAction()->isEnabled());
    QVERIFY(actions.approveAction()->isEnabled());
    const auto menu = actions.contextMenuActions();
    QVERIFY(menu.contains(actions.suspendAction()));
    QVERIFY(!menu.contains(actions.archiveAction()));
    QVERIFY(actions.toolBarActions().contains(actions.journalAction()));
    QVERIFY(actions.toolBarActions().contains(actions.undoAction()));
    QPointer<JournalWindow> window = actions.showJournal();
    QVERIFY(window);
    QCOMPARE(actions.showJournal(), window.data()); // raised, not a second one
    delete window;
}

void TestChangesAffiliate::bulkSuspendOneRequestEachWithResultPerRow() {
    const Customer first = freshActive();
    Customer ghost;
    ghost.key = u"ui_bulk_ghost"_s;
    const Customer last = freshActive();
    CustomerActions actions(m_fx.session.get(), nullptr);
    QSignalSpy changed(&actions, &CustomerActions::customerChanged);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QPointer<BulkActionDialog> dialog = actions.suspend({first, ghost, last});
    QVERIFY(dialog);
    QVERIFY(MessageBox::lastText().contains(u"3 customer"_s));
    QCOMPARE(dialog->count(), 3);
    // Nothing else may change customers meanwhile.
    QVERIFY(actions.isBusy());
    actions.setSelection({first});
    QVERIFY(!actions.suspendAction()->isEnabled());
    QVERIFY(!actions.deleteAction()->isEnabled());
    QTRY_VERIFY(dialog->isDone());
    QVERIFY(!actions.isBusy());
    QCOMPARE(dialog->rowState(0), BulkActionDialog::RowState::Succeeded);
    QCOMPARE(dialog->rowState(1), BulkActionDialog::RowState::Failed);
    QCOMPARE(dialog->rowState(2), BulkActionDialog::RowState::Succeeded);
    QVERIFY2(dialog->resultText(1).contains(u"not found"_s, Qt::CaseInsensitive),
             qPrintable(dialog->resultText(1)));
    QCOMPARE(dialog->resultText(0), dialog->resultText(2));
    QCOMPARE(dialog->progressBar()->value(), 3);
    // One request per customer, each sent once.
    QCOMPARE(m_fx.sandbox.countRequests(u"POST"_s, u"/v1/customers/"_s), 3);
    for (const Customer &c : {first, ghost, last}) {
        QCOMPARE(m_fx.sandbox.countRequests(u"POST"_s, u"/v1/customers/"_s + c.key + u"/suspend"_s),
                 1);
    }
    QCOMPARE(m_fx.fetch(first.key).value().status, u"suspended"_s);
    QCOMPARE(m_fx.fetch(last.key).value().status, u"suspended"_s);
    QTRY_COMPARE(changed.count(), 2); // both rows refreshed from the server
    // Undo covers the two that were suspended.
    QVERIFY(actions.undoAction()->isEnabled());
    QVERIFY(actions.undoAction()->text().contains(u"2 customer"_s));
    dialog->close();
    QTRY_VERIFY(!dialog);

    actions.undo();
    QTRY_COMPARE(m_fx.fetch(first.key).value().status, u"active"_s);
    QTRY_COMPARE(m_fx.fetch(last.key).value().status, u"active"_s);
}

void TestChangesAffiliate::bulkCancelStopsBeforeTheNextRequest() {
    const QList<Customer> three{freshActive(), freshActive(), freshActive()};
    // The first answer is held back long enough to press Cancel while it is in flight.
    QVERIFY(m_fx.sandbox.queueFault(u"POST"_s, u"/v1/customers/*"_s, u"latency=800"_s));
    CustomerActions actions(m_fx.session.get(), nullptr);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QPointer<BulkActionDialog> dialog = actions.suspend(three);
    QVERIFY(dialog);
    QCOMPARE(dialog->rowState(0), BulkActionDialog::RowState::Running);
    QTest::mouseClick(dialog->closeButton(), Qt::LeftButton); // "Cancel"
    QVERIFY(dialog->isVisible()); // stays until the request in flight has its answer
    QTRY_VERIFY(dialog->isDone());
    QCOMPARE(dialog->rowState(0), BulkActionDialog::RowState::Succeeded);
    QCOMPARE(dialog->rowState(1), BulkActionDialog::RowState::NotSent);
    QCOMPARE(dialog->rowState(2), BulkActionDialog::RowState::NotSent);
    QCOMPARE(m_fx.sandbox.countRequests(u"POST"_s, u"/v1/customers/"_s), 1);
    QCOMPARE(m_fx.fetch(three.at(1).key).value().status, u"active"_s);
    QVERIFY(!actions.isBusy());
    QTest::mouseClick(dialog->closeButton(), Qt::LeftButton); // now "Close"
    QTRY_VERIFY(!dialog);
    actions.undo(); // leave the first as it was
    QTRY_COMPARE(m_fx.fetch(three.at(0).key).value().status, u"active"_s);
}

void TestChangesAffiliate::bulkDelete() {
    const Customer a = makeCustomer(u"ui_bulk_del_a"_s);
    const Customer b = makeCustomer(u"ui_bulk_del_b"_s);
    CustomerActions actions(m_fx.session.get(), nullptr);
    QSignalSpy removed(&actions, &CustomerActions::customerRemoved);
    QPointer<DeleteCustomerDialog> confirm = actions.deleteCustomers({a, b});
    QCOMPARE(confirm->confirmationText(), u"2"_s); // several: type their number
    confirm->confirmEdit()->setText(u"2"_s);
    QVERIFY(confirm->deleteButton()->isEnabled());
    confirm->submit();
    QTRY_COMPARE(removed.count(), 2);
    QCOMPARE(m_fx.fetch(a.key).error().kind, ApiError::Kind::NotFound);
    QCOMPARE(m_fx.fetch(b.key).error().kind, ApiError::Kind::NotFound);
    QCOMPARE(m_fx.sandbox.countRequests(u"DELETE"_s, u"/v1/customers/"_s), 2);
    const auto bulk = QApplication::topLevelWidgets();
    for (QWidget *widget : bulk) {
        if (auto *dialog = qobject_cast<BulkActionDialog *>(widget))
            dialog->close();
    }
}

void TestChangesAffiliate::journalLineOnDiskBeforeTheAnswer() {
    const Customer customer = freshActive();
    const QString path = u"/v1/customers/"_s + customer.key + u"/suspend"_s;
    // The sandbox takes the request at once and holds the answer back for 1.5 s.
    QVERIFY(m_fx.sandbox.queueFault(u"POST"_s, path, u"latency=1500"_s));
    CustomerActions actions(m_fx.session.get(), nullptr);
    // "begin": the operation's id once it is committed; "outcome": its outcome once recorded.
    const auto lineFor = [&](const QString &type) {
        const QList<JournalEntry> entries = m_fx.committedEntries(u"suspend"_s, customer.key);
        if (entries.isEmpty())
            return QString();
        if (type == u"begin"_s)
            return entries.last().opId;
        return entries.last().hasOutcome() ? Journal::outcomeId(entries.last().outcome) : QString();
    };
    QVERIFY(lineFor(u"begin"_s).isEmpty());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    actions.suspend({customer});
    // On disk already, before the event loop has even had a chance to send the request.
    QVERIFY(!lineFor(u"begin"_s).isEmpty());
    // The server has the request (and has applied it) while the answer is still held back:
    // the begin line is there, the outcome is not.
    QTRY_COMPARE(m_fx.sandbox.countRequests(u"POST"_s, path), 1);
    QVERIFY(actions.isBusy());
    QVERIFY(!lineFor(u"begin"_s).isEmpty());
    QVERIFY(lineFor(u"outcome"_s).isEmpty());
    QTRY_VERIFY(!actions.isBusy());
    QCOMPARE(lineFor(u"outcome"_s), u"succeeded"_s);
}

void TestChangesAffiliate::cleanupTestCase() {
    // The journal never holds the key.
    const QByteArray journal = m_fx.journalBytes();
    QVERIFY(!journal.isEmpty());
    QVERIFY(!journal.contains(m_fx.apiKey().toUtf8()));
}

QTEST_MAIN(TestChangesAffiliate)
#include "tst_changes_affiliate.moc"

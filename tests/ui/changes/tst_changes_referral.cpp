// SPDX-License-Identifier: GPL-3.0-or-later
// Changing refer-a-friend customers through the dialogs and CustomerActions, against a private
// sandbox: create with the referring customer picked through a lookup, edit (date of birth),
// delete (by id, or archive instead), archive/restore with undo and in bulk; each with its
// success read back, 404, 422 next to the field, and a dropped connection.
#include "tests/ui/changes/changestest.h"

#include "ui/changes/bulkactiondialog.h"
#include "ui/changes/createcustomerdialog.h"
#include "ui/changes/customeractions.h"
#include "ui/changes/customerformwidget.h"
#include "ui/changes/deletecustomerdialog.h"
#include "ui/changes/editcustomerdialog.h"
#include "ui/changes/referringcustomerlookup.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestChangesReferral final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void createWithReferringCustomerLookup();
    void lookupThatFindsNothingBlocksCreate();
    void createShowsServerFieldErrors_data();
    void createShowsServerFieldErrors();
    void createDroppedConnection();

    void editDateOfBirthSendsOnlyChanges();
    void editShowsServerFieldErrors();
    void editUnknownCustomer();
    void editDroppedConnection();

    void deleteNeedsTypedId();
    void deleteOffersArchiveInstead();
    void deleteUnknownCustomer();
    void deleteDroppedConnection();

    void archiveThenUndo();
    void archiveUnknownCustomer();
    void archiveDroppedConnection();
    void archiveServerErrorIsUnknown();
    void bulkRestoreWithResultPerRow();

    void cleanupTestCase();

private:
    Customer freshActive();
    Customer makeCustomer(const QString &id);
    CreateCustomerDialog *openCreate(CustomerActions &actions, const QString &id,
                                     const QString &email);

    ChangesFixture m_fx;
    QList<Customer> m_seeded;
    int m_next = 0;
};

void TestChangesReferral::initTestCase() {
    QVERIFY2(m_fx.start(ProgramKind::ReferAFriend), qPrintable(m_fx.sandbox.errorString()));
    m_seeded = m_fx.page(40);
    QVERIFY(m_seeded.size() >= 30);
    QVERIFY(!m_seeded.first().id.isEmpty());
}

void TestChangesReferral::init() {
    QVERIFY(m_fx.sandbox.clearFaults());
    QVERIFY(m_fx.sandbox.clearRequests());
}

Customer TestChangesReferral::freshActive() {
    while (m_next < m_seeded.size()) {
        const auto full = m_fx.fetch(m_seeded.at(m_next++).identifier());
        if (full && full.value().status == u"active"_s)
            return full.value();
    }
    return {};
}

Customer TestChangesReferral::makeCustomer(const QString &id) {
    ReferralCustomerDraft draft;
    draft.id = id;
    draft.email = id + u"@example.com"_s;
    draft.name = u"Test"_s;
    draft.surname = id;
    draft.dateOfBirth = QDate(1985, 6, 1);
    const auto result = awaitCall<Customer>([&](ApiCallback<Customer> done) {
        m_fx.customers()->create(draft, &m_fx.context, std::move(done));
    });
    return result ? result.value() : Customer();
}

CreateCustomerDialog *TestChangesReferral::openCreate(CustomerActions &actions, const QString &id,
                                                      const QString &email) {
    CreateCustomerDialog *dialog = actions.createCustomer();
    if (!dialog)
        return nullptr;
    dialog->form()->lineEdit(u"id"_s)->setText(id);
    dialog->form()->lineEdit(u"email"_s)->setText(email);
    dialog->form()->lineEdit(u"name"_s)->setText(u"Bob"_s);
    return dialog;
}

void TestChangesReferral::createWithReferringCustomerLookup() {
    const Customer referrer = freshActive();
    CustomerActions actions(m_fx.session.get(), nullptr);
    QSignalSpy created(&actions, &CustomerActions::customerCreated);
    QPointer<CreateCustomerDialog> dialog = actions.createCustomer();
    CustomerFormWidget *form = dialog->form();
    QVERIFY(!form->hasField(u"partner"_s));
    QVERIFY(!form->hasField(u"tags"_s));
    QVERIFY(form->hasField(u"date_of_birth"_s));
    // Every field is optional for refer-a-friend: an empty form may be sent.
    QVERIFY(dialog->submitButton()->isEnabled());

    form->lineEdit(u"key"_s)->setText(u"raf_key_1"_s);
    form->lineEdit(u"id"_s)->setText(u"raf_new_1"_s);
    form->lineEdit(u"email"_s)->setText(u"bob.green@example.com"_s);
    form->lineEdit(u"name"_s)->setText(u"Bob"_s);
    form->setDateOfBirth(QDate::currentDate().addDays(3));
    QVERIFY(form->message(u"date_of_birth"_s).contains(u"future"_s));
    QVERIFY(!dialog->submitButton()->isEnabled());
    form->setDateOfBirth(QDate(1990, 1, 15));
    QVERIFY(form->message(u"date_of_birth"_s).isEmpty());

    ReferringCustomerLookup *lookup = form->referringLookup();
    lookup->setSearch(ReferringCustomerLookup::By::Id, referrer.id);
    QCOMPARE(lookup->state(), ReferringCustomerLookup::State::Typed);
    QVERIFY(!dialog->submitButton()->isEnabled()); // typed, not looked up
    QTest::mouseClick(lookup->findChild<QPushButton *>(), Qt::LeftButton);
    QTRY_COMPARE(lookup->state(), ReferringCustomerLookup::State::Picked);
    QVERIFY2(lookup->resultLabel()->text().contains(referrer.displayName()),
             qPrintable(lookup->resultLabel()->text()));
    QCOMPARE(lookup->referringId(), referrer.id);
    QVERIFY(dialog->submitButton()->isEnabled());

    dialog->submit();
    QTRY_COMPARE(created.count(), 1);
    QTRY_VERIFY(!dialog);
    const auto back = m_fx.fetch(u"raf_new_1"_s);
    QVERIFY(back);
    QCOMPARE(back.value().email, u"bob.green@example.com"_s);
    QCOMPARE(back.value().dateOfBirth(), u"1990-01-15"_s);
    QVERIFY(back.value().referringCustomer.has_value());
    QCOMPARE(back.value().referringCustomer->id, referrer.id);
    QVERIFY(m_fx.fetch(u"raf_key_1"_s)); // the key names the customer too
    QCOMPARE(m_fx.entries(u"create"_s, u"raf_key_1"_s).last().outcome, JournalOutcome::Succeeded);
}

void TestChangesReferral::lookupThatFindsNothingBlocksCreate() {
    CustomerActions actions(m_fx.session.get(), nullptr);
    QPointer<CreateCustomerDialog> dialog = actions.createCustomer();
    ReferringCustomerLookup *lookup = dialog->form()->referringLookup();
    lookup->setSearch(ReferringCustomerLookup::By::Email, u"nobody-at-all@example.com"_s);
    lookup->find();
    QTRY_COMPARE(lookup->state(), ReferringCustomerLookup::State::NotFound);
    QVERIFY(!dialog->submitButton()->isEnabled());
    QVERIFY(!dialog->form()->message(u"referring_customer"_s).isEmpty());
    lookup->clear();
    QVERIFY(dialog->submitButton()->isEnabled()); // no referrer is a valid choice
    QCOMPARE(m_fx.sandbox.countRequests(u"POST"_s, QString()), 0);
    dialog->close();
}

void TestChangesReferral::createShowsServerFieldErrors_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("id taken") << QString() << u"taken@example.com"_s << u"id"_s
                              << u"already been taken"_s;
    QTest::newRow("bad email") << u"raf_bad_email"_s << u"bob@example..com"_s << u"email"_s
                               << u"valid email"_s;
}

void TestChangesReferral::createShowsServerFieldErrors() {
    QFETCH(QString, id);
    QFETCH(QString, email);
    QFETCH(QString, field);
    QFETCH(QString, message);
    if (id.isEmpty())
        id = m_seeded.last().id;
    CustomerActions actions(m_fx.session.get(), nullptr);
    QSignalSpy created(&actions, &CustomerActions::customerCreated);
    QPointer<CreateCustomerDialog> dialog = openCreate(actions, id, email);
    dialog->submit();
    QTRY_VERIFY(!dialog->isBusy());
    QVERIFY(dialog->isVisible());
    QCOMPARE(created.count(), 0);
    QVERIFY2(dialog->form()->message(field).contains(message),
             qPrintable(dialog->form()->message(field)));
    QCOMPARE(dialog->form()->lineEdit(u"id"_s)->text(), id);
    QCOMPARE(dialog->form()->lineEdit(u"email"_s)->text(), email);
    QCOMPARE(dialog->form()->lineEdit(u"name"_s)->text(), u"Bob"_s);
    QVERIFY(dialog->submitButton()->isEnabled());
    dialog->close();
}

void TestChangesReferral::createDroppedConnection() {
    QVERIFY(m_fx.sandbox.queueFault(u"POST"_s, u"/v1/customers"_s, u"drop"_s));
    CustomerActions actions(m_fx.session.get(), nullptr);
    QPointer<CreateCustomerDialog> dialog =
        openCreate(actions, u"raf_dropped"_s, u"dropped@example.com"_s);
    dialog->submit();
    QTRY_VERIFY(!dialog->isBusy());
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->errorText().contains(u"may or may not"_s), qPrintable(dialog->errorText()));
    QCOMPARE(m_fx.sandbox.countRequests(u"POST"_s, u"/v1/customers"_s), 1);
    QCOMPARE(m_fx.entries(u"create"_s, u"raf_dropped"_s).last().outcome, JournalOutcome::Unknown);
    dialog->close();
}

void TestChangesReferral::editDateOfBirthSendsOnlyChanges() {
    const Customer before = makeCustomer(u"raf_edit_dob"_s);
    QCOMPARE(before.dateOfBirth(), u"1985-06-01"_s);
    CustomerActions actions(m_fx.session.get(), nullptr);
    QSignalSpy changed(&actions, &CustomerActions::customerChanged);
    QPointer<EditCustomerDialog> dialog = actions.editCustomer(before);
    CustomerFormWidget *form = dialog->form();
    QVERIFY(!form->hasField(u"id"_s));
    QVERIFY(!form->hasField(u"referring_customer"_s));
    QCOMPARE(form->dateOfBirth(), QDate(1985, 6, 1));
    QVERIFY(form->lineEdit(u"key"_s)->text().isEmpty()); // the API does not show it
    QVERIFY(form->changes().isEmpty());
    // Named once: a refer-a-friend customer's identifier is its ID.
    const QString header = dialog->findChild<QLabel *>(u"editHeader"_s)->text();
    QVERIFY2(header.startsWith(u"Customer %1 · Status: "_s.arg(before.identifier())),
             qPrintable(header));
    QVERIFY2(!header.contains(u"(ID "_s), qPrintable(header));

    form->setDateOfBirth(QDate(1986, 7, 2));
    form->lineEdit(u"name"_s)->setText(u"Amanda"_s);
    MessageBox::setNextAnswer(QMessageBox::Save);
    dialog->submit();
    QVERIFY(MessageBox::lastText().contains(u"Date of birth: 1985-06-01 → 1986-07-02"_s));
    QVERIFY(!MessageBox::lastText().contains(u"Warning"_s));
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toString(), before.id);
    const QJsonObject update =
        m_fx.entries(u"update"_s, before.id).last().operation.payload.value(u"update"_s).toObject();
    QCOMPARE(update.keys(), (QStringList{u"metadata"_s, u"name"_s}));
    QCOMPARE(update.value(u"metadata"_s).toObject().value(u"date_of_birth"_s).toString(),
             u"1986-07-02"_s);
    auto back = m_fx.fetch(before.id);
    QCOMPARE(back.value().dateOfBirth(), u"1986-07-02"_s);
    QCOMPARE(back.value().name, u"Amanda"_s);
    QCOMPARE(back.value().email, before.email);

    // "Not set" clears it.
    dialog = actions.editCustomer(back.value());
    dialog->form()->setDateOfBirth(QDate());
    MessageBox::setNextAnswer(QMessageBox::Save);
    dialog->submit();
    QTRY_COMPARE(changed.count(), 2);
    back = m_fx.fetch(before.id);
    QVERIFY(back.value().dateOfBirth().isEmpty());
}

void TestChangesReferral::editShowsServerFieldErrors() {
    const Customer before = makeCustomer(u"raf_edit_422"_s);
    CustomerActions actions(m_fx.session.get(), nullptr);
    QPointer<EditCustomerDialog> dialog = actions.editCustomer(before);
    CustomerFormWidget *form = dialog->form();
    form->lineEdit(u"key"_s)->setText(m_seeded.at(m_seeded.size() - 2).id); // taken
    form->lineEdit(u"email"_s)->setText(u"bad@example..com"_s);
    QVERIFY(form->message(u"key"_s).contains(u"no longer find"_s));
    MessageBox::setNextAnswer(QMessageBox::Save);
    dialog->submit();
    QVERIFY(MessageBox::lastText().contains(u"Key: set to"_s));
    QTRY_VERIFY(!dialog->isBusy());
    QVERIFY(dialog->isVisible());
    QVERIFY2(form->message(u"key"_s).contains(u"already been taken"_s),
             qPrintable(form->message(u"key"_s)));
    QVERIFY(form->message(u"email"_s).contains(u"valid email"_s));
    QCOMPARE(form->lineEdit(u"email"_s)->text(), u"bad@example..com"_s);
    QVERIFY(dialog->submitButton()->isEnabled());
    dialog->close();
}

void TestChangesReferral::editUnknownCustomer() {
    Customer ghost;
    ghost.id = u"raf_never_existed"_s;
    CustomerActions actions(m_fx.session.get(), nullptr);
    QPointer<EditCustomerDialog> dialog = actions.editCustomer(ghost);
    dialog->form()->lineEdit(u"name"_s)->setText(u"Nobody"_s);
    MessageBox::setNextAnswer(QMessageBox::Save);
    dialog->submit();
    QTRY_VERIFY(!dialog->isBusy());
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->errorText().contains(u"not found"_s, Qt::CaseInsensitive),
             qPrintable(dialog->errorText()));
    QCOMPARE(m_fx.entries(u"update"_s, ghost.id).last().httpStatus, 404);
    dialog->close();
}

void TestChangesReferral::editDroppedConnection() {
    const Customer before = makeCustomer(u"raf_edit_drop"_s);
    QVERIFY(m_fx.sandbox.queueFault(u"PUT"_s, u"/v1/customers/raf_edit_drop"_s, u"drop"_s));
    CustomerActions actions(m_fx.session.get(), nullptr);
    QPointer<EditCustomerDialog> dialog = actions.editCustomer(before);
    dialog->form()->lineEdit(u"surname"_s)->setText(u"Dropped"_s);
    MessageBox::setNextAnswer(QMessageBox::Save);
    dialog->submit();
    QTRY_VERIFY(!dialog->isBusy());
    QVERIFY(dialog->errorText().contains(u"may or may not"_s));
    QCOMPARE(dialog->form()->lineEdit(u"surname"_s)->text(), u"Dropped"_s);
    QCOMPARE(m_fx.sandbox.countRequests(u"PUT"_s, u"/v1/customers/"_s), 1);
    QCOMPARE(m_fx.entries(u"update"_s, before.id).last().outcome, JournalOutcome::Unknown);
    dialog->close();
}

void TestChangesReferral::deleteNeedsTypedId() {
    const Customer victim = makeCustomer(u"raf_delete_me"_s);
    CustomerActions actions(m_fx.session.get(), nullptr);
    QSignalSpy removed(&actions, &CustomerActions::customerRemoved);
    QPointer<DeleteCustomerDialog> dialog = actions.deleteCustomers({victim});
    QString shown;
    const auto labels = dialog->findChildren<QLabel *>();
    for (const QLabel *label : labels)
        shown += label->text() + u'\n';
    QVERIFY(shown.contains(u"raf_delete_me"_s));
    QVERIFY(shown.contains(u"archiving instead"_s));
    QVERIFY(!dialog->deleteButton()->isEnabled());
    dialog->confirmEdit()->setText(u"raf_delete_m"_s);
    QVERIFY(!dialog->deleteButton()->isEnabled());
    dialog->confirmEdit()->setText(u"raf_delete_me"_s);
    QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
    QTRY_COMPARE(removed.count(), 1);
    QCOMPARE(m_fx.fetch(victim.id).error().kind, ApiError::Kind::NotFound);
}

void TestChangesReferral::deleteOffersArchiveInstead() {
    const Customer customer = makeCustomer(u"raf_archive_instead"_s);
    CustomerActions actions(m_fx.session.get(), nullptr);
    QSignalSpy changed(&actions, &CustomerActions::customerChanged);
    QPointer<DeleteCustomerDialog> dialog = actions.deleteCustomers({customer});
    QVERIFY(dialog->archiveInsteadButton());
    QTest::mouseClick(dialog->archiveInsteadButton(), Qt::LeftButton);
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(1).value<Customer>().status, u"deleted"_s);
    QCOMPARE(m_fx.fetch(customer.id).value().status, u"deleted"_s);
    QCOMPARE(m_fx.sandbox.countRequests(u"DELETE"_s, QString()), 0);
}

void TestChangesReferral::deleteUnknownCustomer() {
    Customer ghost;
    ghost.id = u"raf_ghost_delete"_s;
    CustomerActions actions(m_fx.session.get(), nullptr);
    QPointer<DeleteCustomerDialog> dialog = actions.deleteCustomers({ghost});
    dialog->confirmEdit()->setText(ghost.id);
    dialog->submit();
    QTRY_VERIFY(!dialog->isBusy());
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->errorText().contains(u"not found"_s, Qt::CaseInsensitive));
    QCOMPARE(m_fx.entries(u"delete"_s, ghost.id).last().httpStatus, 404);
    dialog->close();
}

void TestChangesReferral::deleteDroppedConnection() {
    const Customer victim = makeCustomer(u"raf_delete_drop"_s);
    QVERIFY(m_fx.sandbox.queueFault(u"DELETE"_s, u"/v1/customers/raf_delete_drop"_s, u"drop"_s));
    CustomerActions actions(m_fx.session.get(), nullptr);
    QPointer<DeleteCustomerDialog> dialog = actions.deleteCustomers({victim});
    dialog->confirmEdit()->setText(victim.id);
    dialog->submit();
    QTRY_VERIFY(!dialog->isBusy());
    QVERIFY(dialog->errorText().contains(u"may or may not"_s));
    QCOMPARE(m_fx.sandbox.countRequests(u"DELETE"_s, u"/v1/customers/"_s), 1);
    QCOMPARE(m_fx.entries(u"delete"_s, victim.id).last().outcome, JournalOutcome::Unknown);
    dialog->close();
}

void TestChangesReferral::archiveThenUndo() {
    const Customer customer = freshActive();
    QVERIFY(!customer.id.isEmpty());
    CustomerActions actions(m_fx.session.get(), nullptr);
    QSignalSpy changed(&actions, &CustomerActions::customerChanged);
    actions.setSelection({customer});
    QVERIFY(!actions.suspendAction()->isVisible());
    QVERIFY(actions.archiveAction()->isVisible());
    QVERIFY(actions.archiveAction()->isEnabled());
    QVERIFY(!actions.restoreAction()->isEnabled());
    QVERIFY(actions.contextMenuActions().contains(actions.restoreAction()));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    actions.archiveAction()->trigger();
    // The confirmation names the action, not Yes and No.
    QStringList buttons = MessageBox::lastButtons();
    buttons.sort();
    QCOMPARE(buttons, QStringList({u"Archive"_s, u"Cancel"_s}));
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(1).value<Customer>().status, u"deleted"_s);
    QCOMPARE(m_fx.fetch(customer.id).value().status, u"deleted"_s);
    QVERIFY(actions.restoreAction()->isEnabled());
    QVERIFY(actions.undoAction()->isEnabled());
    QVERIFY(actions.undoText().contains(customer.displayName()));

    actions.undo();
    QTRY_COMPARE(changed.count(), 2);
    QCOMPARE(changed.last().at(1).value<Customer>().status, u"active"_s);
    QCOMPARE(m_fx.fetch(customer.id).value().status, u"active"_s);
    QCOMPARE(m_fx.entries(u"archive"_s, customer.id).last().outcome, JournalOutcome::Succeeded);
    QCOMPARE(m_fx.entries(u"revoke_archive"_s, customer.id).last().outcome,
             JournalOutcome::Succeeded);
}

void TestChangesReferral::archiveUnknownCustomer() {
    Customer ghost;
    ghost.id = u"raf_ghost_archive"_s;
    CustomerActions actions(m_fx.session.get(), nullptr);
    QSignalSpy changed(&actions, &CustomerActions::customerChanged);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    actions.archive({ghost});
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTRY_VERIFY(MessageBox::lastText().contains(u"not found"_s, Qt::CaseInsensitive));
    QCOMPARE(changed.count(), 0);
    QVERIFY(!actions.undoAction()->isEnabled());
    QCOMPARE(m_fx.entries(u"archive"_s, ghost.id).last().httpStatus, 404);
}

void TestChangesReferral::archiveDroppedConnection() {
    const Customer customer = freshActive();
    const QString path = u"/v1/customers/"_s + customer.id + u"/archive"_s;
    QVERIFY(m_fx.sandbox.queueFault(u"POST"_s, path, u"drop"_s));
    CustomerActions actions(m_fx.session.get(), nullptr);
    QSignalSpy changed(&actions, &CustomerActions::customerChanged);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    actions.archive({customer});
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTRY_VERIFY(MessageBox::lastText().contains(u"may or may not"_s));
    QCOMPARE(m_fx.sandbox.countRequests(u"POST"_s, path), 1);
    QCOMPARE(m_fx.entries(u"archive"_s, customer.id).last().outcome, JournalOutcome::Unknown);
    QTRY_COMPARE(changed.count(), 1); // read again: the row shows what really happened
    QCOMPARE(changed.first().at(1).value<Customer>().status, u"deleted"_s);
}

void TestChangesReferral::archiveServerErrorIsUnknown() {
    // A 500 may come after the work was done: told as unknown, never as "failed".
    const Customer customer = freshActive();
    const QString path = u"/v1/customers/"_s + customer.id + u"/archive"_s;
    QVERIFY(m_fx.sandbox.queueFault(u"POST"_s, path, u"status=500"_s));
    CustomerActions actions(m_fx.session.get(), nullptr);
    QSignalSpy changed(&actions, &CustomerActions::customerChanged);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    actions.archive({customer});
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTRY_VERIFY(MessageBox::lastText().contains(u"may or may not"_s));
    QCOMPARE(m_fx.sandbox.countRequests(u"POST"_s, path), 1);
    const JournalEntry entry = m_fx.entries(u"archive"_s, customer.id).last();
    QCOMPARE(entry.outcome, JournalOutcome::Unknown);
    QCOMPARE(entry.httpStatus, 500);
    QTRY_COMPARE(changed.count(), 1); // read again: this fault did no work
    QCOMPARE(changed.first().at(1).value<Customer>().status, customer.status);
}

void TestChangesReferral::bulkRestoreWithResultPerRow() {
    Customer a = makeCustomer(u"raf_bulk_a"_s);
    Customer b = makeCustomer(u"raf_bulk_b"_s);
    for (const Customer &c : {a, b}) {
        QVERIFY(awaitCall<void>([&](ApiCallback<void> done) {
            m_fx.customers()->archive(c.id, &m_fx.context, std::move(done));
        }));
    }
    a.status = b.status = u"archived"_s;
    Customer ghost;
    ghost.id = u"raf_bulk_ghost"_s;
    ghost.status = u"archived"_s;
    QVERIFY(m_fx.sandbox.clearRequests());
    CustomerActions actions(m_fx.session.get(), nullptr);
    actions.setSelection({a, ghost, b});
    QVERIFY(actions.restoreAction()->isEnabled());
    QVERIFY(!actions.archiveAction()->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QPointer<BulkActionDialog> dialog = actions.restore(actions.selection());
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isDone());
    QCOMPARE(dialog->rowState(0), BulkActionDialog::RowState::Succeeded);
    QCOMPARE(dialog->rowState(1), BulkActionDialog::RowState::Failed);
    QCOMPARE(dialog->rowState(2), BulkActionDialog::RowState::Succeeded);
    QVERIFY(dialog->resultText(1).contains(u"not found"_s, Qt::CaseInsensitive));
    QCOMPARE(m_fx.sandbox.countRequests(u"POST"_s, u"/v1/customers/"_s), 3);
    QCOMPARE(m_fx.fetch(a.id).value().status, u"active"_s);
    QCOMPARE(m_fx.fetch(b.id).value().status, u"active"_s);
    QVERIFY(!actions.undoAction()->isEnabled()); // restore is not undone
    dialog->close();
}

void TestChangesReferral::cleanupTestCase() {
    const QByteArray journal = m_fx.journalBytes();
    QVERIFY(!journal.isEmpty());
    QVERIFY(!journal.contains(m_fx.apiKey().toUtf8()));
}

QTEST_MAIN(TestChangesReferral)
#include "tst_changes_referral.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The readings of the API where the docs leave room: a refer-a-friend customer that is not
// "active" (the documented "deleted", or "archived") can be restored; a partner filter that
// finds nothing does not claim the partner has no customers (the value may be an id); and
// "New customer" asks for the program's kind when the console cannot tell it.
#include "tests/ui/changes/changestest.h"

#include "app/profiles/profilestore.h"
#include "models/customertablemodel.h"
#include "tests/common/cannedserver.h"
#include "ui/browse/customerdetaildialog.h"
#include "ui/browse/customerpage.h"
#include "ui/browse/statebanner.h"
#include "ui/changes/createcustomerdialog.h"
#include "ui/changes/customeractions.h"
#include "ui/changes/customerformwidget.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray referralCustomer(const QString &status) {
    const QJsonObject data{{u"id"_s, u"cust_gone"_s}, {u"email"_s, u"gone@example.com"_s},
                           {u"name"_s, u"Gone"_s},    {u"surname"_s, u"Away"_s},
                           {u"status"_s, status},     {u"approved"_s, true},
                           {u"referrals_count"_s, 0}};
    return QJsonDocument(QJsonObject{{u"data"_s, data}, {u"status"_s, 1}}).toJson();
}

} // namespace

class TestProgramReadings final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void restoreForAnyInactiveStatus_data();
    void restoreForAnyInactiveStatus();
    void emptyPartnerFilterSaysWhatIsKnown();
    void newCustomerAsksForTheKind();

private:
    ChangesFixture m_fx;
};

void TestProgramReadings::initTestCase() {
    QVERIFY2(m_fx.start(ProgramKind::Affiliate), qPrintable(m_fx.sandbox.errorString()));
}

void TestProgramReadings::cleanup() {
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    const auto tops = QApplication::topLevelWidgets();
    for (QWidget *top : tops)
        top->close();
}

void TestProgramReadings::restoreForAnyInactiveStatus_data() {
    QTest::addColumn<QString>("status");
    QTest::newRow("deleted (documented)") << u"deleted"_s;
    QTest::newRow("archived") << u"archived"_s;
}

void TestProgramReadings::restoreForAnyInactiveStatus() {
    QFETCH(QString, status);
    CannedServer server;
    QVERIFY(server.listen());
    server.response = jsonAnswer(200, referralCustomer(status));
    Profile profile;
    profile.id = u"canned"_s;
    profile.name = u"Canned"_s;
    profile.baseUrl = server.baseUrl();
    profile.kind = ProgramKind::ReferAFriend;
    Session session(profile, u"canned-key"_s, m_fx.journal.get());
    CustomerActions actions(&session, nullptr);

    Customer customer;
    customer.id = u"cust_gone"_s;
    auto *dialog = new CustomerDetailDialog(&session, customer);
    dialog->setActions(&actions);
    dialog->show();
    QTRY_VERIFY(dialog->hasLoaded());
    QCOMPARE(dialog->customer().status, status);
    QPushButton *restore = dialog->actionButton(u"restore"_s);
    QVERIFY(restore->isVisible());
    QVERIFY(restore->isEnabled());
    QVERIFY(!dialog->actionButton(u"archive"_s)->isVisible());

    // The table's actions agree.
    actions.setSelection({dialog->customer()});
    QVERIFY(actions.restoreAction()->isEnabled());
    QVERIFY(!actions.archiveAction()->isEnabled());

    // Restore is sent.
    const int before = server.requests;
    MessageBox::setNextAnswer(QMessageBox::Yes);
    restore->click();
    QTRY_VERIFY(server.requests > before);
}

void TestProgramReadings::emptyPartnerFilterSaysWhatIsKnown() {
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"profiles.ini"_s), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    MainWindow window(&profiles);
    CustomerPage *page = window.customerPage();
    QSignalSpy shown(page, &CustomerPage::pageShown);
    window.setSession(m_fx.session.get());
    window.show();
    QVERIFY(shown.wait(10000));
    QVERIFY(page->model()->rowCount() > 0);

    // prt_00001 is the id of the partner whose key is partner_acme: as a key it finds nobody.
    page->setPartnerFilter(u"prt_00001"_s);
    QTRY_COMPARE_WITH_TIMEOUT(page->query().partnerKey, u"prt_00001"_s, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(page->banner()->state(), StateBanner::State::Empty, 10000);
    QCOMPARE(page->model()->rowCount(), 0);
    const QString sentence = page->banner()->text();
    QVERIFY2(!sentence.contains(u"belong"_s), qPrintable(sentence));
    QVERIFY2(sentence.contains(u"prt_00001"_s), qPrintable(sentence));
    QVERIFY2(sentence.contains(u"different value"_s), qPrintable(sentence));
}

void TestProgramReadings::newCustomerAsksForTheKind() {
    // A refer-a-friend key on a profile that does not say its kind, before any detection.
    Profile profile;
    profile.id = u"unknown-kind"_s;
    profile.name = u"Unknown kind"_s;
    profile.baseUrl = m_fx.sandbox.baseUrl();
    profile.kind = ProgramKind::Unknown;
    Session session(profile, m_fx.sandbox.referralKey(), m_fx.journal.get());
    QCOMPARE(session.kind(), ProgramKind::Unknown);

    {
        // Cancel: no form at all.
        CustomerActions actions(&session, nullptr);
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!actions.createCustomer());
        QVERIFY(MessageBox::lastText().contains(u"Which kind of program"_s));
    }

    CustomerActions actions(&session, nullptr);
    MessageBox::setNextAnswer(QMessageBox::No); // the second answer: refer-a-friend
    QPointer<CreateCustomerDialog> dialog = actions.createCustomer();
    QVERIFY(dialog);
    QCOMPARE(dialog->kind(), ProgramKind::ReferAFriend);
    QCOMPARE(dialog->form()->kind(), ProgramKind::ReferAFriend);
    QVERIFY(!dialog->form()->hasField(u"partner"_s));
    QVERIFY(dialog->form()->hasField(u"date_of_birth"_s));

    dialog->form()->lineEdit(u"id"_s)->setText(u"kind_chosen_1"_s);
    dialog->form()->lineEdit(u"email"_s)->setText(u"kind.chosen@example.com"_s);
    dialog->form()->lineEdit(u"name"_s)->setText(u"Chosen"_s);
    QVERIFY2(dialog->form()->isValid(), qPrintable(dialog->form()->firstProblem()));
    QSignalSpy created(dialog.data(), &CreateCustomerDialog::created);
    dialog->submit();
    QVERIFY(created.wait(10000));

    Session readBack(profile, m_fx.sandbox.referralKey(), m_fx.journal.get());
    const auto fetched = awaitCall<Customer>([&](ApiCallback<Customer> done) {
        readBack.customers()->get(u"kind_chosen_1"_s, &m_fx.context, std::move(done));
    });
    QVERIFY2(fetched, qPrintable(fetched ? QString() : fetched.error().sentence()));
    QCOMPARE(fetched.value().email, u"kind.chosen@example.com"_s);

    // Asked once for the connection: the next form opens without a question.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QPointer<CreateCustomerDialog> next = actions.createCustomer();
    QVERIFY(next);
    QCOMPARE(next->kind(), ProgramKind::ReferAFriend);
}

QTEST_MAIN(TestProgramReadings)
#include "tst_programreadings.moc"

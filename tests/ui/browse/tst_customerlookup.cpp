// SPDX-License-Identifier: GPL-3.0-or-later
// The lookup box against a private sandbox: an email, a key or an id, recognised as typed,
// for both program kinds; one match opens the customer, several are offered, none is said.
#include "app/session/customerlookup.h"
#include "models/customertablemodel.h"
#include "tests/ui/browse/browsetest.h"
#include "ui/browse/customerdetaildialog.h"
#include "ui/browse/customerpage.h"
#include "ui/changes/customeractions.h"
#include "ui/changes/editcustomerdialog.h"
#include "ui/shell/mainwindow.h"

#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestCustomerLookup : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void affiliateByEmail();
    void affiliateByKey();
    void affiliateEmailIgnoresCase();
    void noMatchIsSaid();
    void severalMatchesAreOffered();
    void referralById();
    void referralByKey();
    void referralByEmail();
    void wrongKeyIsSaid();
    void foundCustomerBecomesTheSelection();

private:
    // Types `text` into the box and presses Enter, as a person does.
    void typeAndEnter(MainWindow &window, const QString &text);
    bool createAffiliateCustomer(const QString &key, const QString &email);

    BrowseFixture m_fixture;
    std::unique_ptr<Session> m_affiliate;
    std::unique_ptr<Session> m_referral;
    std::unique_ptr<MainWindow> m_window;
};

void TestCustomerLookup::initTestCase() {
    isolateSettings();
    QVERIFY2(m_fixture.start(60), qPrintable(m_fixture.sandbox().errorString()));
    m_affiliate = m_fixture.session(ProgramKind::Affiliate);
    m_referral = m_fixture.session(ProgramKind::ReferAFriend);
    m_window = std::make_unique<MainWindow>(m_fixture.profiles());
    m_window->show();
}

void TestCustomerLookup::init() {
    const auto dialogs = m_window->detailDialogs();
    for (CustomerDetailDialog *dialog : dialogs)
        dialog->close();
    QTRY_VERIFY(m_window->detailDialogs().isEmpty());
    m_window->lookupEdit()->clear();
    m_fixture.sandbox().clearRequests();
}

void TestCustomerLookup::typeAndEnter(MainWindow &window, const QString &text) {
    QLineEdit *edit = window.lookupEdit();
    edit->clear();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

bool TestCustomerLookup::createAffiliateCustomer(const QString &key, const QString &email) {
    QNetworkAccessManager network;
    QNetworkRequest request(m_fixture.sandbox().url(u"/customers"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setRawHeader("Authorization", "Bearer " + m_fixture.sandbox().affiliateKey().toUtf8());
    const QJsonObject body{{u"key"_s, key},
                           {u"email"_s, email},
                           {u"name"_s, u"Twin"_s},
                           {u"partner"_s, QJsonObject{{u"key"_s, u"partner_acme"_s}}}};
    QNetworkReply *reply = network.post(request, QJsonDocument(body).toJson());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    const bool ok = finished.wait(10000) &&
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201;
    reply->deleteLater();
    return ok;
}

void TestCustomerLookup::affiliateByEmail() {
    m_window->setSession(m_affiliate.get());
    m_fixture.sandbox().clearRequests();
    m_window->lookupEdit()->setText(u"alice.brown@example.com"_s);
    // Recognised as typed.
    QCOMPARE(m_window->lookupStatusLabel()->text(), u"By Email"_s);
    typeAndEnter(*m_window, u"alice.brown@example.com"_s);
    QTRY_COMPARE(m_window->detailDialogs().size(), 1);
    QCOMPARE(m_window->detailDialogs().first()->identifier(), u"alice_brown"_s);
    QVERIFY(m_fixture.sandbox().countRequests(u"GET"_s, u"/v1/customers:search"_s) >= 1);
    const QStringList searches =
        loggedQueries(m_fixture.sandbox(), u"GET"_s, u"/v1/customers:search"_s);
    QVERIFY2(searches.first().startsWith(u"email="_s), qPrintable(searches.first()));
}

void TestCustomerLookup::affiliateByKey() {
    m_window->setSession(m_affiliate.get());
    m_window->lookupEdit()->setText(u"alice_brown"_s);
    QCOMPARE(m_window->lookupStatusLabel()->text(),
             u"By Key. Index all customers to search by name."_s);
    typeAndEnter(*m_window, u"alice_brown"_s);
    QTRY_COMPARE(m_window->detailDialogs().size(), 1);
    QCOMPARE(m_window->detailDialogs().first()->identifier(), u"alice_brown"_s);
    QCOMPARE(m_fixture.sandbox().countRequests(u"GET"_s, u"/v1/customers/alice_brown"_s), 2);
    // An affiliate key needs no search: GET by key answers it.
    QCOMPARE(m_fixture.sandbox().countRequests(u"GET"_s, u"/v1/customers:search"_s), 0);
}

void TestCustomerLookup::affiliateEmailIgnoresCase() {
    CustomerLookup lookup;
    lookup.setSession(m_affiliate.get());
    QSignalSpy finished(&lookup, &CustomerLookup::finished);
    lookup.start(u"  Alice.Brown@EXAMPLE.com "_s);
    QVERIFY(finished.wait(10000));
    QCOMPARE(lookup.matches().size(), 1);
    QCOMPARE(lookup.matches().first().key, u"alice_brown"_s);
    QCOMPARE(finished.first().first().toString(), u"Alice.Brown@EXAMPLE.com"_s);
}

void TestCustomerLookup::noMatchIsSaid() {
    m_window->setSession(m_affiliate.get());
    QSignalSpy finished(m_window->lookup(), &CustomerLookup::finished);
    typeAndEnter(*m_window, u"nobody@example.com"_s);
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_window->lookupStatusLabel()->text(), u"No customer matches “nobody@example.com”."_s);
    QVERIFY(m_window->detailDialogs().isEmpty());

    typeAndEnter(*m_window, u"no_such_key"_s);
    QVERIFY(finished.wait(10000));
    // Without an index a name cannot be found: the sentence says how to get one.
    QCOMPARE(m_window->lookupStatusLabel()->text(),
             u"No customer has the email, key or ID “no_such_key”. Index all customers to "
             "search by name."_s);
    QVERIFY(m_window->detailDialogs().isEmpty());
}

void TestCustomerLookup::severalMatchesAreOffered() {
    m_window->setSession(m_affiliate.get());
    QVERIFY(createAffiliateCustomer(u"twin_a"_s, u"twin@example.com"_s));
    QVERIFY(createAffiliateCustomer(u"twin_b"_s, u"twin@example.com"_s));
    QSignalSpy finished(m_window->lookup(), &CustomerLookup::finished);
    typeAndEnter(*m_window, u"twin@example.com"_s);
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_window->lookup()->matches().size(), 2);
    QVERIFY(m_window->detailDialogs().isEmpty());
    QMenu *menu = m_window->lookupMatchesMenu();
    QVERIFY(menu);
    QTRY_VERIFY(menu->isVisible());
    const auto actions = menu->actions();
    QCOMPARE(actions.size(), 2);
    QVERIFY2(actions.at(1)->text().contains(u"twin_b"_s), qPrintable(actions.at(1)->text()));
    // Down and Enter, as a person picks the second.
    QCOMPARE(menu->activeAction(), actions.at(0));
    QTest::keyClick(menu, Qt::Key_Down);
    QTest::keyClick(menu, Qt::Key_Return);
    QTRY_COMPARE(m_window->detailDialogs().size(), 1);
    QCOMPARE(m_window->detailDialogs().first()->identifier(), u"twin_b"_s);
}

void TestCustomerLookup::referralById() {
    m_window->setSession(m_referral.get());
    m_fixture.sandbox().clearRequests();
    m_window->lookupEdit()->setText(u"ada_lovelace"_s);
    QCOMPARE(m_window->lookupStatusLabel()->text(),
             u"By ID or key. Index all customers to search by name."_s);
    typeAndEnter(*m_window, u"ada_lovelace"_s);
    QTRY_COMPARE(m_window->detailDialogs().size(), 1);
    QCOMPARE(m_window->detailDialogs().first()->identifier(), u"ada_lovelace"_s);
    // Refer-a-friend customers also carry a key: the search by key ran beside GET.
    const QStringList searches =
        loggedQueries(m_fixture.sandbox(), u"GET"_s, u"/v1/customers:search"_s);
    QCOMPARE(searches.size(), 1);
    QVERIFY2(searches.first().startsWith(u"key=ada_lovelace"_s), qPrintable(searches.first()));
}

void TestCustomerLookup::referralByKey() {
    m_window->setSession(m_referral.get());
    QSignalSpy finished(m_window->lookup(), &CustomerLookup::finished);
    typeAndEnter(*m_window, u"ADA1815"_s);
    QVERIFY(finished.wait(10000));
    // Found both ways, shown once.
    QCOMPARE(m_window->lookup()->matches().size(), 1);
    QTRY_COMPARE(m_window->detailDialogs().size(), 1);
    QCOMPARE(m_window->detailDialogs().first()->customer().email, u"ada@example.com"_s);
}

void TestCustomerLookup::referralByEmail() {
    m_window->setSession(m_referral.get());
    typeAndEnter(*m_window, u"ada@example.com"_s);
    QTRY_COMPARE(m_window->detailDialogs().size(), 1);
    QCOMPARE(m_window->detailDialogs().first()->identifier(), u"ada_lovelace"_s);
}

void TestCustomerLookup::wrongKeyIsSaid() {
    auto wrong = m_fixture.session(ProgramKind::Affiliate, u"wrong-key"_s);
    m_window->setSession(wrong.get());
    QSignalSpy failed(m_window->lookup(), &CustomerLookup::failed);
    typeAndEnter(*m_window, u"alice_brown"_s);
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().at(1).value<ApiError>().kind, ApiError::Kind::Unauthorized);
    QVERIFY2(m_window->lookupStatusLabel()->text().contains(u"Signed out"_s),
             qPrintable(m_window->lookupStatusLabel()->text()));
    QVERIFY(m_window->detailDialogs().isEmpty());
    m_window->setSession(nullptr);
}

// F2 after a Find edits the customer found, not a row chosen before it: the found customer
// becomes the table's selection when it is on the page, and the selection is emptied when not.
void TestCustomerLookup::foundCustomerBecomesTheSelection() {
    m_window->setSession(m_affiliate.get());
    CustomerPage *page = m_window->customerPage();
    QTRY_VERIFY(!page->isLoading() && page->model()->rowCount() > 2);
    QTableView *view = page->view();
    view->selectRow(0);
    const Customer before = page->selectedCustomers().value(0);
    const int lastRow = page->model()->rowCount() - 1;
    const Customer found = page->model()->customerAt(lastRow);
    QVERIFY(found.identifier() != before.identifier());

    typeAndEnter(*m_window, found.identifier());
    QTRY_COMPARE(m_window->detailDialogs().size(), 1);
    QCOMPARE(page->selectedCustomers().size(), 1);
    QCOMPARE(page->selectedCustomers().first().identifier(), found.identifier());

    // F2 in the detail dialog edits that customer too.
    CustomerDetailDialog *dialog = m_window->detailDialogs().first();
    dialog->activateWindow();
    QTRY_VERIFY(dialog->isActiveWindow());
    QTest::keyClick(dialog, Qt::Key_F2);
    EditCustomerDialog *edit = nullptr;
    QTRY_VERIFY((edit = dialog->findChild<EditCustomerDialog *>()) != nullptr);
    QCOMPARE(edit->customer().identifier(), found.identifier());
    edit->reject();

    // A customer the page does not show leaves nothing selected for F2 to act on.
    view->selectRow(0);
    QVERIFY(createAffiliateCustomer(u"found_elsewhere"_s, u"found.elsewhere@example.com"_s));
    init();
    typeAndEnter(*m_window, u"found_elsewhere"_s);
    QTRY_COMPARE(m_window->detailDialogs().size(), 1);
    QVERIFY(page->selectedCustomers().isEmpty());
    QVERIFY(!m_window->customerActions()->editAction()->isEnabled());
}

QTEST_MAIN(TestCustomerLookup)
#include "tst_customerlookup.moc"

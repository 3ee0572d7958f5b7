// SPDX-License-Identifier: GPL-3.0-or-later
// Whatever text the server, a file or a person gives, the screens show it as text: a customer
// and a profile named with markup on every screen they reach (against the sandbox), keys of
// custom fields and stats from a server (CannedServer: the sandbox has no such fields), share
// links that open only on the web, a name longer than a form allows that is kept and not sent
// back cut, and a detail dialog that stays on the screen for a 10,000-character name.
#include "tests/ui/changes/changestest.h"

#include "app/profiles/profilestore.h"
#include "tests/common/cannedserver.h"
#include "ui/browse/customerdetaildialog.h"
#include "ui/changes/customeractions.h"
#include "ui/changes/customerformwidget.h"
#include "ui/changes/deletecustomerdialog.h"
#include "ui/changes/editcustomerdialog.h"
#include "ui/journal/journalwindow.h"
#include "ui/referral/statswidget.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/elidedlabel.h"
#include "ui/widgets/fielderrorlabel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDesktopServices>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QTextDocument> // Qt::mightBeRichText
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

namespace {

// Styled text and a local image, if anything renders it as rich text.
const QString Image = u"<img src=\"/etc/hosts\">"_s;
const QString Markup = u"<span style=\"color:red\">X</span>"_s + Image;

bool looksRich(const QString &text, Qt::TextFormat format) {
    return format == Qt::RichText || format == Qt::MarkdownText ||
           (format == Qt::AutoText && Qt::mightBeRichText(text));
}

// Every place on the visible windows where the markup would take effect instead of showing
// (styled text, and Qt reading the image file): a label that renders it as rich text, a
// tooltip Qt would render as rich text, an item's tooltip.
QStringList richMarkupShown() {
    QStringList problems;
    const auto tops = QApplication::topLevelWidgets();
    for (QWidget *top : tops) {
        if (!top->isVisible())
            continue;
        QList<QWidget *> widgets = top->findChildren<QWidget *>();
        widgets.prepend(top);
        for (QWidget *widget : std::as_const(widgets)) {
            const QString where = QString::fromLatin1(widget->metaObject()->className()) + u' ' +
                                  widget->objectName();
            if (auto *label = qobject_cast<QLabel *>(widget)) {
                if (label->text().contains(Image) && looksRich(label->text(), label->textFormat()))
                    problems << where + u" renders: "_s + label->text().left(120);
            }
            if (widget->toolTip().contains(Image) && Qt::mightBeRichText(widget->toolTip()))
                problems << where + u" tooltip renders: "_s + widget->toolTip().left(120);
            if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
                const QAbstractItemModel *model = view->model();
                for (int row = 0; row < model->rowCount(); ++row) {
                    for (int column = 0; column < model->columnCount(); ++column) {
                        const QString tip =
                            model->index(row, column).data(Qt::ToolTipRole).toString();
                        if (tip.contains(Image) && Qt::mightBeRichText(tip))
                            problems << where + u" item tooltip renders: "_s + tip.left(120);
                    }
                }
            }
        }
    }
    return problems;
}

// Paints every visible window: what a rich label would render, it renders now.
void paintAll() {
    const auto tops = QApplication::topLevelWidgets();
    for (QWidget *top : tops) {
        if (top->isVisible())
            top->grab();
    }
}

// A tooltip as Qt shows it: rich text is rendered, plain text is shown as it is.
QString toolTipAsShown(const QString &tip) {
    if (!Qt::mightBeRichText(tip))
        return tip;
    QTextDocument document;
    document.setHtml(tip);
    return document.toPlainText();
}

QString plainTexts(QWidget *root) {
    QStringList texts;
    const auto labels = root->findChildren<QLabel *>();
    for (const QLabel *label : labels)
        texts << label->text();
    return texts.join(u'\n');
}

QByteArray customerJson(const QJsonObject &fields) {
    QJsonObject data{{u"id"_s, u"cust_1"_s},     {u"email"_s, u"someone@example.com"_s},
                     {u"name"_s, u"Some"_s},     {u"surname"_s, u"One"_s},
                     {u"status"_s, u"active"_s}, {u"approved"_s, true},
                     {u"referrals_count"_s, 0}};
    for (auto it = fields.begin(); it != fields.end(); ++it)
        data.insert(it.key(), it.value());
    return QJsonDocument(QJsonObject{{u"data"_s, data}, {u"status"_s, 1}}).toJson();
}

} // namespace

class TestServerText final : public QObject {
    Q_OBJECT

public slots:
    // QDesktopServices hands every link the console opens to this, never to the desktop.
    void recordOpened(const QUrl &url) { m_opened.append(url); }

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void markupNameOnEveryScreen();
    void markupKeysFromTheServer();
    void shareLinksOpenOnlyOnTheWeb();
    void longNameIsKeptUnlessChanged();
    void longNameKeepsTheDialogOnScreen();

    void cleanupTestCase();

private:
    std::unique_ptr<Session> cannedSession(CannedServer &server, ProgramKind kind);

    ChangesFixture m_fx;
    QList<QUrl> m_opened;
};

void TestServerText::initTestCase() {
    QVERIFY2(m_fx.start(ProgramKind::Affiliate), qPrintable(m_fx.sandbox.errorString()));
    for (const char *scheme : {"http", "https", "mailto", "file"})
        QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), this, "recordOpened");
    // The probe works: a label that would render the markup (and load the image) is found.
    QLabel probe(u"Name: "_s + Markup);
    probe.show();
    QCOMPARE(richMarkupShown().size(), 1);
    probe.setTextFormat(Qt::PlainText);
    QVERIFY(richMarkupShown().isEmpty());
}

void TestServerText::init() {
    m_opened.clear();
    QVERIFY(m_fx.sandbox.clearFaults());
}

void TestServerText::cleanup() {
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    const auto tops = QApplication::topLevelWidgets();
    for (QWidget *top : tops)
        top->close();
}

void TestServerText::cleanupTestCase() {
    for (const char *scheme : {"http", "https", "mailto", "file"})
        QDesktopServices::unsetUrlHandler(QString::fromLatin1(scheme));
}

std::unique_ptr<Session> TestServerText::cannedSession(CannedServer &server, ProgramKind kind) {
    Profile profile;
    profile.id = u"canned"_s;
    profile.name = u"Canned"_s;
    profile.baseUrl = server.baseUrl();
    profile.kind = kind;
    return std::make_unique<Session>(profile, u"canned-key"_s, m_fx.journal.get());
}

void TestServerText::markupNameOnEveryScreen() {
    // A customer the sandbox stores with markup in name and surname.
    AffiliateCustomerDraft draft;
    draft.key = u"markup_customer"_s;
    draft.email = u"markup@example.com"_s;
    draft.name = Markup;
    draft.surname = Markup;
    draft.partnerKey = u"partner_acme"_s;
    const auto created = awaitCall<Customer>([&](ApiCallback<Customer> done) {
        m_fx.customers()->create(draft, &m_fx.context, std::move(done));
    });
    QVERIFY2(created, qPrintable(created ? QString() : created.error().sentence()));
    QCOMPARE(created.value().name, Markup);

    // A profile a person named with markup, too.
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"profiles.ini"_s), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    Profile profile;
    profile.name = Markup;
    profile.baseUrl = m_fx.sandbox.baseUrl();
    profile.kind = ProgramKind::Affiliate;
    profile = *profiles.profile(profiles.add(profile));
    Session session(profile, m_fx.sandbox.affiliateKey(), m_fx.journal.get());
    QSignalSpy connected(&session, &Session::connected);
    MainWindow window(&profiles);
    window.setSession(&session);
    window.show();
    session.connectToServer();
    QVERIFY(connected.wait(10000));
    QTRY_VERIFY(toolTipAsShown(window.connectionLabel()->toolTip()).contains(Markup));

    // The detail dialog, then a suspend from it: the confirmation and the status bar.
    CustomerDetailDialog *dialog = window.openCustomer(created.value());
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->hasLoaded());
    QVERIFY(dialog->windowTitle().contains(Markup));
    QVERIFY(dialog->findChild<ElidedLabel *>(u"titleLabel"_s)->fullText().contains(Markup));
    QVERIFY(plainTexts(dialog).contains(Markup));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    dialog->actionButton(u"suspend"_s)->click();
    QVERIFY(MessageBox::lastText().contains(Markup));
    QTRY_VERIFY_WITH_TIMEOUT(window.requestStateLabel()->text().contains(Markup), 10000);
    QCOMPARE(window.requestStateLabel()->textFormat(), Qt::PlainText);

    // Edit, delete and the journal, all open at once.
    CustomerActions *actions = window.customerActions();
    EditCustomerDialog *edit = actions->editCustomer(created.value());
    QVERIFY(edit);
    QCOMPARE(edit->form()->lineEdit(u"name"_s)->text(), Markup);
    DeleteCustomerDialog *remove = actions->deleteCustomers({created.value()});
    QVERIFY(remove);
    JournalWindow *journal = actions->showJournal();
    QVERIFY(journal);
    QTRY_VERIFY(edit->isVisible() && remove->isVisible() && journal->isVisible());

    paintAll();
    const QStringList problems = richMarkupShown();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestServerText::markupKeysFromTheServer() {
    // A refer-a-friend customer whose custom fields and metadata are named with markup.
    CannedServer customerServer;
    QVERIFY(customerServer.listen());
    customerServer.response = jsonAnswer(
        200, customerJson(QJsonObject{{u"name"_s, Markup},
                                      {u"custom_fields"_s, QJsonObject{{Markup, Markup}}},
                                      {u"metadata"_s, QJsonObject{{Markup, u"value"_s}}}}));
    const auto customerSession = cannedSession(customerServer, ProgramKind::ReferAFriend);
    Customer customer;
    customer.id = u"cust_1"_s;
    auto *dialog = new CustomerDetailDialog(customerSession.get(), customer);
    dialog->show();
    QTRY_VERIFY(dialog->hasLoaded());
    QVERIFY(plainTexts(dialog).contains(Markup + u':'));

    // Stats with keys and values in markup.
    CannedServer statsServer;
    QVERIFY(statsServer.listen());
    statsServer.response = jsonAnswer(
        200, QJsonDocument(QJsonObject{{u"data"_s, QJsonObject{{u"clicks"_s, 3}, {Markup, Markup}}},
                                       {u"status"_s, 1}})
                 .toJson());
    const auto statsSession = cannedSession(statsServer, ProgramKind::ReferAFriend);
    StatsWidget stats(statsSession.get(), u"cust_1"_s);
    QSignalSpy loaded(&stats, &StatsWidget::statsLoaded);
    stats.show();
    QVERIFY(loaded.wait(10000));
    QVERIFY(plainTexts(&stats).contains(Markup));

    paintAll();
    const QStringList problems = richMarkupShown();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestServerText::shareLinksOpenOnlyOnTheWeb() {
    CannedServer server;
    QVERIFY(server.listen());
    const QString local = u"file:///etc/passwd?u=https%3A%2F%2Fshop.example.org"_s;
    const QString web = u"https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fshop"_s;
    server.response = jsonAnswer(
        200,
        QJsonDocument(QJsonObject{{u"data"_s, QJsonObject{{u"clicks"_s, 1},
                                                          {u"social_share_links"_s,
                                                           QJsonObject{{u"files"_s, local},
                                                                       {u"facebook"_s, web}}}}},
                                  {u"status"_s, 1}})
            .toJson());
    const auto session = cannedSession(server, ProgramKind::ReferAFriend);
    StatsWidget stats(session.get(), u"cust_1"_s);
    QSignalSpy loaded(&stats, &StatsWidget::statsLoaded);
    stats.show();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(stats.shareLinks().size(), 2);

    // The local file is refused with a sentence and reaches nothing.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    auto *openLocal = stats.findChild<QPushButton *>(u"openShareLink_files"_s);
    QVERIFY(openLocal);
    openLocal->click();
    QVERIFY2(m_opened.isEmpty(), qPrintable(m_opened.value(0).toString()));
    QVERIFY2(MessageBox::lastText().contains(u"was not opened"_s),
             qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(local));

    // The web link opens.
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    stats.findChild<QPushButton *>(u"openShareLink_facebook"_s)->click();
    QCOMPARE(m_opened.size(), 1);
    QCOMPARE(m_opened.first().toString(), QUrl(web).toString());
}

void TestServerText::longNameIsKeptUnlessChanged() {
    // The customer as a server that allows long names gives it: alice_brown with a name of
    // 10,000 characters.
    const QString longName = QString(u"Alice Long "_s).repeated(1000).left(9999) + u'!';
    QCOMPARE(longName.size(), 10000);
    CannedServer server;
    QVERIFY(server.listen());
    server.response = jsonAnswer(
        200, QJsonDocument(
                 QJsonObject{{u"data"_s, QJsonObject{{u"key"_s, u"alice_brown"_s},
                                                     {u"name"_s, longName},
                                                     {u"surname"_s, u"Brown"_s},
                                                     {u"email"_s, u"alice.brown@example.com"_s},
                                                     {u"status"_s, u"active"_s}}},
                             {u"status"_s, 1}})
                 .toJson());
    const auto canned = cannedSession(server, ProgramKind::Affiliate);
    const auto read = awaitCall<Customer>([&](ApiCallback<Customer> done) {
        canned->customers()->get(u"alice_brown"_s, &m_fx.context, std::move(done));
    });
    QVERIFY(read);
    QCOMPARE(read.value().name.size(), 10000);

    // Edited against the sandbox, which holds alice_brown too.
    EditCustomerDialog dialog(m_fx.session.get(), read.value());
    dialog.show();
    CustomerFormWidget *form = dialog.form();
    QCOMPARE(form->lineEdit(u"name"_s)->text(), longName);
    QVERIFY2(form->message(u"name"_s).contains(u"10000"_s), qPrintable(form->message(u"name"_s)));
    QVERIFY(form->messageLabel(u"name"_s)->isVisibleTo(&dialog));
    QVERIFY(form->isValid());

    // Another field changes; the name is not sent.
    form->lineEdit(u"email"_s)->setText(u"alice.long@example.com"_s);
    const CustomerUpdate update = dialog.pendingUpdate();
    QVERIFY(update.email.has_value());
    QVERIFY2(!update.name.has_value(), qPrintable(update.name.value_or(QString()).left(40)));
    QVERIFY(dialog.submitButton()->isEnabled());
    QSignalSpy saved(&dialog, &EditCustomerDialog::saved);
    MessageBox::setNextAnswer(QMessageBox::Save);
    dialog.submitButton()->click();
    QVERIFY(saved.wait(10000));
    const auto after = m_fx.fetch(u"alice_brown"_s);
    QVERIFY(after);
    QCOMPARE(after.value().email, u"alice.long@example.com"_s);
    QCOMPARE(after.value().name, u"Alice"_s); // never the first 255 characters

    // A person who changes the name must fit it in the form's limit.
    EditCustomerDialog again(m_fx.session.get(), read.value());
    QLineEdit *name = again.form()->lineEdit(u"name"_s);
    name->setText(longName.left(300));
    QVERIFY(!again.form()->isValid());
    QVERIFY(!again.submitButton()->isEnabled());
    name->setText(u"Alice B."_s);
    QVERIFY(again.form()->isValid());
    QCOMPARE(again.pendingUpdate().name, std::optional<QString>(u"Alice B."_s));
}

void TestServerText::longNameKeepsTheDialogOnScreen() {
    const QString longName = QString(u'W').repeated(10000);
    CannedServer server;
    QVERIFY(server.listen());
    server.response =
        jsonAnswer(200, customerJson(QJsonObject{{u"name"_s, longName},
                                                 {u"email"_s, QString(QString(u'e').repeated(5000) +
                                                                      u"@example.com"_s)}}));
    const auto session = cannedSession(server, ProgramKind::ReferAFriend);
    Customer customer;
    customer.id = u"cust_1"_s;
    customer.name = longName;
    auto *dialog = new CustomerDetailDialog(session.get(), customer);
    dialog->show();
    QTRY_VERIFY(dialog->hasLoaded());
    QApplication::processEvents();
    const int screenWidth = dialog->screen()->availableGeometry().width();
    QVERIFY2(dialog->width() <= screenWidth,
             qPrintable(u"%1 > %2"_s.arg(dialog->width()).arg(screenWidth)));
    QVERIFY2(dialog->minimumSizeHint().width() <= screenWidth,
             qPrintable(u"%1 > %2"_s.arg(dialog->minimumSizeHint().width()).arg(screenWidth)));
    // The whole name is still there, cut only on screen.
    auto *title = dialog->findChild<ElidedLabel *>(u"titleLabel"_s);
    QVERIFY(title);
    QVERIFY(title->fullText().startsWith(longName));
    QVERIFY(title->isElided());
    QVERIFY(dialog->fieldText(u"name"_s).startsWith(longName));
}

QTEST_MAIN(TestServerText)
#include "tst_servertext.moc"

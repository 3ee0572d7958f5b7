// SPDX-License-Identifier: GPL-3.0-or-later
// partnero-screenshots: drives the real application against a private sandbox and writes the
// README's screenshots. Not a test: run it through packaging/screenshots.sh whenever the UI
// changes, so the pictures always show what the console really looks like.
//
// It never waits on a modal dialog: questions it expects are answered in advance
// (MessageBox::setNextAnswer) or grabbed and closed from a timer while they run, and a guard
// closes any box nobody expected (saying so on stderr).
#include "app/api/apiclient.h"
#include "app/api/customerservice.h"
#include "app/api/referralservice.h"
#include "app/bulk/bulkinviterunner.h"
#include "app/credentials/credentialstore.h"
#include "app/index/profileindex.h"
#include "app/journal/journal.h"
#include "app/profiles/profilestore.h"
#include "app/session/session.h"
#include "models/customertablemodel.h"
#include "models/referraltreemodel.h"
#include "ui/browse/customerdetaildialog.h"
#include "ui/browse/customerpage.h"
#include "ui/changes/customeractions.h"
#include "ui/changes/customerformwidget.h"
#include "ui/changes/editcustomerdialog.h"
#include "ui/index/allcustomerspage.h"
#include "ui/index/findpopup.h"
#include "ui/index/indexcontroller.h"
#include "ui/journal/journalwindow.h"
#include "ui/referral/referraltreepage.h"
#include "ui/referral/statswidget.h"
#include "ui/rewards/bulkinvitedialog.h"
#include "ui/rewards/creditdialog.h"
#include "ui/shell/connectiondialog.h"
#include "ui/shell/consolecontroller.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/preferencesdialog.h"
#include "ui/shell/shortcutsdialog.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/theme.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPixmap>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <cstdio>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace {

bool waitFor(const std::function<bool()> &condition, int ms = 20000) {
    return QTest::qWaitFor(condition, ms);
}

bool save(QWidget *widget, const QString &dir, const QString &name) {
    QTest::qWait(150); // let queued layout and paint events settle
    const QString path = QDir(dir).filePath(name);
    const bool ok = widget->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "could not write", qPrintable(path));
    return ok;
}

CustomerDetailDialog *openCustomer(ConsoleController &controller, const QString &identifier) {
    Session *session = controller.session();
    std::optional<Customer> found;
    session->customers()->get(identifier, &controller, [&found](const ApiResult<Customer> &r) {
        if (r)
            found = r.value();
    });
    if (!waitFor([&] { return found.has_value(); }))
        return nullptr;
    auto *dialog = controller.mainWindow()->openCustomer(*found);
    dialog->resize(760, 640);
    waitFor([dialog] { return dialog->hasLoaded() && !dialog->isLoading(); });
    return dialog;
}

bool showProgram(ConsoleController &controller, ProgramKind kind) {
    Session *before = controller.session();
    controller.openSandbox(kind);
    return waitFor([&] {
        Session *s = controller.session();
        CustomerPage *page = controller.mainWindow()->customerPage();
        return s && s != before && s->isConnected() && !page->isLoading() &&
               page->model()->rowCount() > 0;
    });
}

// Grabs the message box that `trigger` shows, then closes it (Escape's answer), so the
// trigger returns. False when no box came.
bool saveMessageBox(const std::function<void()> &trigger, const QString &dir, const QString &name) {
    bool saved = false;
    bool seen = false;
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || seen)
            return;
        seen = true;
        poll.stop();
        saved = save(box, dir, name);
        box->reject();
    });
    poll.start();
    trigger();
    poll.stop();
    return saved;
}

// The sandbox's admin endpoint (fault injection) of the program `session` talks to.
bool sandboxAdmin(Session *session, const QByteArray &method, const QString &path,
                  const QJsonObject &body) {
    QUrl url = session->profile().baseUrl;
    url.setPath(u"/__sandbox/"_s + path);
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    QNetworkReply *reply = network.sendCustomRequest(
        request, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
    const bool finished = waitFor([reply] { return reply->isFinished(); }, 10000);
    const bool ok = finished && reply->error() == QNetworkReply::NoError;
    reply->deleteLater();
    return ok;
}

std::optional<Customer> fetchCustomer(Session *session, const QString &identifier) {
    std::optional<Customer> found;
    bool done = false;
    QObject context;
    session->customers()->get(identifier, &context, [&](const ApiResult<Customer> &r) {
        if (r)
            found = r.value();
        done = true;
    });
    waitFor([&] { return done; });
    return found;
}

// The customer at the bottom of `root`'s referral chain (first referral at each level).
std::optional<Customer> deepestBelow(Session *session, const QString &root) {
    std::optional<Customer> at = fetchCustomer(session, root);
    for (int level = 0; at && level < 10; ++level) {
        std::optional<Customer> next;
        bool done = false;
        QObject context;
        session->referrals()->referrals(at->identifier(), 5, 1, &context,
                                        [&](const ApiResult<Page<Customer>> &r) {
                                            if (r && !r.value().items.isEmpty())
                                                next = r.value().items.first();
                                            done = true;
                                        });
        waitFor([&] { return done; });
        if (!next)
            break;
        at = next;
    }
    return at;
}

int editDialogShots(MainWindow *window, CustomerDetailDialog *detail, const QString &outDir) {
    CustomerActions *actions = window->customerActions();
    EditCustomerDialog *edit = actions->editCustomer(detail->customer(), detail);
    if (!edit)
        return 1;
    edit->resize(560, edit->sizeHint().height());
    QLineEdit *email = edit->form()->lineEdit(u"email"_s);
    if (!email)
        return 1;
    email->setFocus();
    email->selectAll();
    QTest::keyClicks(email, u"alice@brown.example"_s);
    int failures = !save(edit, outDir, u"edit-dialog.png"_s);
    // Save asks first, with the changes in words; Escape leaves the dialog as it was.
    if (!saveMessageBox([edit] { edit->submit(); }, outDir, u"edit-summary.png"_s)) {
        std::fprintf(stderr, "the edit summary did not show\n");
        ++failures;
    }
    edit->close();
    return failures;
}

int journalShot(MainWindow *window, const QString &outDir) {
    CustomerActions *actions = window->customerActions();
    CustomerPage *page = window->customerPage();
    const Customer customer = page->model()->customerAt(2);
    // Two real changes: suspend, then approve again.
    int changes = 0;
    QObject context;
    QObject::connect(actions, &CustomerActions::customerChanged, &context,
                     [&changes] { ++changes; });
    MessageBox::setNextAnswer(QMessageBox::Yes);
    actions->suspend({customer});
    if (!waitFor([&] { return changes >= 1 && !actions->isBusy(); }))
        return 1;
    MessageBox::setNextAnswer(QMessageBox::Yes);
    Customer suspended = customer;
    suspended.status = u"suspended"_s;
    actions->approve({suspended});
    if (!waitFor([&] { return changes >= 2 && !actions->isBusy(); }))
        return 1;
    JournalWindow *journal = actions->showJournal();
    if (!journal)
        return 1;
    journal->resize(1240, 420);
    const int failures = !save(journal, outDir, u"journal.png"_s);
    journal->close();
    return failures;
}

int treeShot(MainWindow *window, const QString &outDir) {
    const auto deepest = deepestBelow(window->session(), u"grace_hopper"_s);
    ReferralTreePage *tree = window->referralTreePage();
    if (!deepest || !tree)
        return 1;
    QSignalSpy shown(tree, &ReferralTreePage::customerShown);
    window->showInTree(*deepest);
    if (!shown.wait(20000))
        return 1;
    return !save(window, outDir, u"tree.png"_s);
}

int creditShot(MainWindow *window, const QString &outDir) {
    const auto ada = fetchCustomer(window->session(), u"ada_lovelace"_s);
    if (!ada)
        return 1;
    CreditDialog *credit = window->creditCustomer(*ada);
    if (!credit || !waitFor([credit] { return credit->stage() == CreditDialog::Stage::Form; }))
        return 1;
    auto *units = credit->findChild<QComboBox *>(u"unitsCombo"_s);
    auto *amount = credit->findChild<QLineEdit *>(u"amountEdit"_s);
    auto *reason = credit->findChild<QLineEdit *>(u"reasonEdit"_s);
    auto *review = credit->findChild<QPushButton *>(u"reviewButton"_s);
    auto *confirm = credit->findChild<QPushButton *>(u"confirmButton"_s);
    if (!units || !amount || !reason || !review || !confirm)
        return 1;
    units->setCurrentIndex(qMax(0, units->findData(u"USD"_s)));
    QTest::keyClicks(amount, u"25.00"_s);
    QTest::keyClicks(reason, u"Goodwill: payout delayed by our bank"_s);
    QTest::mouseClick(review, Qt::LeftButton);
    // The confirmation arms itself after a moment (no double-click sends it): wait for that.
    if (!waitFor([confirm] { return confirm->isEnabled(); }))
        return 1;
    const int failures = !save(credit, outDir, u"credit-confirmation.png"_s);
    credit->close(); // nothing sent
    return failures;
}

int bulkInviteShot(MainWindow *window, const QString &outDir, const QString &workDir) {
    // A generated list; every invitation answered slowly, so the run is caught half-way.
    const int rows = 40;
    const QString csvPath = QDir(workDir).filePath(u"invites.csv"_s);
    QFile csv(csvPath);
    if (!csv.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 1;
    const QStringList names{u"Mia Novak"_s, u"Jonas Berg"_s,  u"Aiko Tanaka"_s, u"Lucas Moreau"_s,
                            u"Sara Lind"_s, u"Omar Haddad"_s, u"Elena Rossi"_s, u"Finn Keller"_s};
    csv.write("email,name\n");
    for (int i = 0; i < rows; ++i) {
        const QString name = names.at(i % names.size());
        const QString email =
            name.toLower().replace(u' ', u'.') + QString::number(i + 1) + u"@example.net"_s;
        csv.write((email + u',' + name + u'\n').toUtf8());
    }
    csv.close();
    Session *session = window->session();
    if (!sandboxAdmin(session, "POST"_ba, u"faults"_s,
                      {{u"method"_s, u"POST"_s},
                       {u"path"_s, u"/v1/customers:invite"_s},
                       {u"fault"_s, u"latency=300"_s},
                       {u"count"_s, rows}}))
        return 1;
    BulkInviteDialog *dialog = window->bulkInvite();
    if (!dialog || !dialog->loadCsv(csvPath) || !dialog->startRun())
        return 1;
    dialog->resize(900, 620);
    int failures = 0;
    if (!waitFor([dialog] { return dialog->runState()->count(BulkRowStatus::Sent) >= 14; }))
        ++failures;
    else
        failures += !save(dialog, outDir, u"bulk-invite.png"_s);
    // Stop after the answer in flight, then close without a question.
    dialog->runner()->cancel();
    waitFor([dialog] { return !dialog->runner()->isBusy(); });
    sandboxAdmin(session, "DELETE"_ba, u"faults"_s, {});
    QPointer<BulkInviteDialog> guarded(dialog);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    dialog->close();
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    waitFor([guarded] { return !guarded || !guarded->isVisible(); }, 3000);
    return failures;
}

// Index all customers, then type part of a name in the Find box: the matches under it.
int findShot(MainWindow *window, const QString &outDir) {
    IndexController *index = window->indexController();
    index->indexAction()->trigger();
    if (!index->profileIndex())
        return 1;
    QSignalSpy finished(index->profileIndex(), &ProfileIndex::syncFinished);
    if (!finished.wait(30000))
        return 1;
    window->activateWindow();
    window->lookupEdit()->setFocus();
    QTest::keyClicks(window->lookupEdit(), u"bro"_s);
    if (!window->findPopup()->isVisible())
        return 1;
    int failures = !save(window, outDir, u"find-as-you-type.png"_s);
    QTest::keyClick(window->lookupEdit(), Qt::Key_Escape);
    window->lookupEdit()->clear();
    // Every customer in one table, in the order of their names.
    window->allCustomersTabAction()->trigger();
    QTest::qWait(300);
    failures += !save(window, outDir, u"all-customers.png"_s);
    window->customersTabAction()->trigger();
    return failures;
}

} // namespace

int main(int argc, char *argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Window state and bulk-run files go to a folder of this run, never to $HOME.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(u"config"_s)));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(u"data"_s)));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(home.filePath(u"cache"_s)));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"PartneroScreenshots"_s);
    QApplication::setApplicationName(u"Partnero Console"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // partnero-screenshots [--theme light|dark] [folder]: the dark ones go to a folder of
    // their own unless one is named, so they never replace the light ones by mistake.
    QString theme = u"light"_s;
    QString outDir;
    const QStringList arguments = QApplication::arguments().mid(1);
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--theme"_s && i + 1 < arguments.size())
            theme = arguments.at(++i);
        else if (arguments.at(i).startsWith(u"--theme="_s))
            theme = arguments.at(i).mid(8);
        else
            outDir = arguments.at(i);
    }
    if (theme != u"light"_s && theme != u"dark"_s) {
        std::fprintf(stderr, "usage: partnero-screenshots [--theme light|dark] [folder]\n");
        return 2;
    }
    const bool dark = theme == u"dark"_s;
    if (outDir.isEmpty())
        outDir = dark ? u"docs/screenshots/dark"_s : u"docs/screenshots"_s;
    // As Preferences > Theme applies it, so the pictures show the palette people get.
    Theme::apply(dark ? ThemeChoice::Dark : ThemeChoice::Light);
    QDir().mkpath(outDir);

    // Nothing may wait on a box nobody expected (a failure during a change, say).
    QTimer guard;
    guard.setInterval(3000);
    QObject::connect(&guard, &QTimer::timeout, &guard, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            std::fprintf(stderr, "closed an unexpected message: %s\n", qPrintable(box->text()));
            box->reject();
        }
    });
    guard.start();

    QTemporaryDir state;
    QSettings settings(state.filePath(u"profiles.ini"_s), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    CredentialStore credentials;
    Journal journal(state.filePath(u"journal.jsonl"_s));

    {
        PreferencesDialog dialog(&settings);
        dialog.show();
        save(&dialog, outDir, u"preferences.png"_s);
    }
    {
        ConnectionDialog dialog(&profiles);
        dialog.nameEdit()->setText(u"Acme referrals"_s);
        dialog.keyEdit()->setText(u"not-a-real-key-0000"_s);
        dialog.show();
        save(&dialog, outDir, u"connect.png"_s);
    }

    ConsoleController controller(&profiles, &credentials, &journal);
    MainWindow *window = controller.mainWindow();
    window->resize(1280, 760);
    window->show();

    int failures = 0;
    const auto failed = [&failures](const char *what) {
        std::fprintf(stderr, "%s failed\n", what);
        ++failures;
    };

    // Affiliate: the table, Alice's details, editing her, and the journal after two changes.
    if (!showProgram(controller, ProgramKind::Affiliate)) {
        failed("the affiliate program");
    } else {
        window->customerPage()->view()->selectRow(0);
        failures += !save(window, outDir, u"main-affiliate.png"_s);
        CustomerDetailDialog *dialog = openCustomer(controller, u"alice_brown"_s);
        if (!dialog) {
            failed("alice_brown's details");
        } else {
            failures += !save(dialog, outDir, u"detail-affiliate.png"_s);
            if (editDialogShots(window, dialog, outDir) != 0)
                failed("the edit dialog");
            dialog->close();
        }
        if (journalShot(window, outDir) != 0)
            failed("the journal");
        if (findShot(window, outDir) != 0)
            failed("find as you type");
    }

    // Refer-a-friend: the table, Ada's details, the tree, a credit, a bulk invitation.
    if (!showProgram(controller, ProgramKind::ReferAFriend)) {
        failed("the refer-a-friend program");
    } else {
        window->customerPage()->view()->selectRow(0);
        failures += !save(window, outDir, u"main-refer.png"_s);
        CustomerDetailDialog *dialog = openCustomer(controller, u"ada_lovelace"_s);
        if (!dialog) {
            failed("ada_lovelace's details");
        } else {
            failures += !save(dialog, outDir, u"detail-refer.png"_s);
            // The Stats tab with its chart, once the numbers are in.
            StatsWidget *stats = dialog->statsWidget();
            QSignalSpy loaded(stats, &StatsWidget::statsLoaded);
            dialog->tabs()->setCurrentIndex(CustomerDetailDialog::StatsTab);
            if (loaded.wait(10000))
                failures += !save(dialog, outDir, u"stats-refer.png"_s);
            else
                failed("ada_lovelace's stats");
            dialog->close();
        }
        if (treeShot(window, outDir) != 0)
            failed("the referral tree");
        window->customersTabAction()->trigger();
        if (creditShot(window, outDir) != 0)
            failed("the credit confirmation");
        if (bulkInviteShot(window, outDir, state.path()) != 0)
            failed("the bulk invitation");
        // Help > Keyboard shortcuts, built from the menus of this program.
        window->showShortcuts();
        if (auto *shortcuts = window->findChild<ShortcutsDialog *>()) {
            shortcuts->resize(560, 760);
            failures += !save(shortcuts, outDir, u"shortcuts.png"_s);
            shortcuts->close();
        } else {
            failed("the shortcuts list");
        }
    }
    return failures == 0 ? 0 : 1;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The API key never reaches a log, a file, a message or an export. Two profiles with keys
// nobody could mistake go through the console as people use it, against the sandbox and
// with the key in a real Secret Service (with-keyring.sh gives this test a temporary home
// and its own gnome-keyring): browsing, the detail dialog, find, every change of both program
// kinds (some of them under faults, so that error sentences are made too), a credit, an
// unknown credit and its decision, invites, both bulk runs and their result files, and the
// journal's export. Then every file under the home folder, the exports and everything the
// program logged are searched for the keys, as written and encoded: zero hits.

#include "app/api/customerservice.h"
#include "app/api/referralservice.h"
#include "app/cli/consolecli.h"
#include "app/credentials/credentialstore.h"
#include "app/journal/journal.h"
#include "app/profiles/commandline.h"
#include "app/profiles/profilestore.h"
#include "app/session/session.h"
#include "models/customertablemodel.h"
#include "tests/common/sandboxprocess.h"
#include "ui/browse/customerdetaildialog.h"
#include "ui/browse/customerpage.h"
#include "ui/journal/journalwindow.h"
#include "ui/rewards/bulkcreditdialog.h"
#include "ui/rewards/bulkinvitedialog.h"
#include "ui/rewards/creditdialog.h"
#include "ui/shell/consolecontroller.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/messagebox.h"

#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

// Recognisable, and long enough that no accident contains them.
const QString AffiliateKey = u"SWEEP-affiliate-5f0c2e9a7b3d41c8"_s;
const QString ReferralKey = u"SWEEP-referral-9d4b1a6e2c8f07e3"_s;

QMutex logMutex;
QStringList &logLines() {
    static QStringList lines;
    return lines;
}
QtMessageHandler previousHandler = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    {
        QMutexLocker lock(&logMutex);
        logLines().append(message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

template <typename T> T *child(QObject *parent, const char *name) {
    return parent->findChild<T *>(QString::fromLatin1(name));
}

template <typename T, typename Start> bool finishes(Start start) {
    auto done = std::make_shared<bool>(false);
    start([done](const ApiResult<T> &) { *done = true; });
    return QTest::qWaitFor([done] { return *done; }, 15000);
}

} // namespace

class TestSecretSweep final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void sweepFindsAPlantedKey();
    void everyScreenAndAction();

private:
    // Every place the key was found: "path: form" for files, "log: form" for messages.
    QStringList findKeys(const QString &root, const QStringList &extraTexts) const;
    QStringList forms(const QString &key) const;
    void affiliateWork(Session *session);
    void referralWork(Session *session);

    SandboxProcess m_sandbox;
    QTemporaryDir m_exports;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<ConsoleController> m_controller;
    Profile m_affiliate;
    Profile m_referral;
};

QStringList TestSecretSweep::forms(const QString &key) const {
    const QByteArray utf8 = key.toUtf8();
    return {key,
            QString::fromLatin1(utf8.toBase64()),
            QString::fromLatin1(utf8.toPercentEncoding()),
            QString::fromLatin1(utf8.toHex()),
            key.toLower(),
            key.toUpper()};
}

QStringList TestSecretSweep::findKeys(const QString &root, const QStringList &extraTexts) const {
    QStringList hits;
    QStringList needles;
    for (const QString &key : {AffiliateKey, ReferralKey})
        needles += forms(key);
    // The keychain's own store is the one place the key belongs (encrypted, owned by the
    // Secret Service, not by the console).
    const QString keyrings = QDir(root).filePath(u".local/share/keyrings"_s);
    QDirIterator files(root, QDir::Files | QDir::Hidden | QDir::System,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        if (path.startsWith(keyrings))
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        // UTF-16 too: nothing in the console writes it, but a leak would hide there.
        const QString asUtf16 = QString::fromUtf16(
            reinterpret_cast<const char16_t *>(bytes.constData()), bytes.size() / 2);
        for (const QString &needle : std::as_const(needles)) {
            if (bytes.contains(needle.toUtf8()) || asUtf16.contains(needle))
                hits.append(path + u": "_s + needle);
        }
    }
    for (const QString &text : extraTexts) {
        for (const QString &needle : std::as_const(needles)) {
            if (text.contains(needle, Qt::CaseInsensitive))
                hits.append(u"output: "_s + text.left(200));
        }
    }
    return hits;
}

void TestSecretSweep::initTestCase() {
    QVERIFY2(qEnvironmentVariable("HOME").contains(u"partnero-keychain"_s),
             "run through with-keyring.sh: it gives the test a temporary home");
    QVERIFY(m_exports.isValid());
    previousHandler = qInstallMessageHandler(captureMessages);
    // Everything the console can say, so that the sweep sees all of it.
    QLoggingCategory::setFilterRules(u"partnero.*=true"_s);
    MessageBox::setNextAnswer(QMessageBox::Yes);

    QVERIFY2(m_sandbox.start({u"--customers"_s, u"30"_s, u"--affiliate-key"_s, AffiliateKey,
                              u"--referral-key"_s, ReferralKey}),
             qPrintable(m_sandbox.errorString()));
    QCOMPARE(m_sandbox.affiliateKey(), AffiliateKey);

    // The console's own objects, built as main() builds them (its names too, so that settings
    // and data land where the application's would, under the temporary home).
    QCoreApplication::setOrganizationName(u"Partnero"_s);
    QCoreApplication::setApplicationName(u"Partnero Console"_s);
    m_profiles = std::make_unique<ProfileStore>(QCoreApplication::organizationName(),
                                                QCoreApplication::applicationName());
    m_credentials = std::make_unique<CredentialStore>();
    m_profiles->setCredentialStore(m_credentials.get());
    m_journal = std::make_unique<Journal>();
    for (const auto &[kind, name, key] :
         {std::tuple{ProgramKind::Affiliate, u"Sweep affiliate"_s, AffiliateKey},
          std::tuple{ProgramKind::ReferAFriend, u"Sweep referral"_s, ReferralKey}}) {
        Profile profile;
        profile.name = name;
        profile.baseUrl = m_sandbox.baseUrl();
        profile.kind = kind;
        const QString id = m_profiles->add(profile);
        QVERIFY(!id.isEmpty());
        QSignalSpy written(m_credentials.get(), &CredentialStore::keyWritten);
        QSignalSpy failed(m_credentials.get(), &CredentialStore::failed);
        m_credentials->writeKey(id, key);
        QTRY_VERIFY_WITH_TIMEOUT(!written.isEmpty() || !failed.isEmpty(), 15000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(2).toString()));
        (kind == ProgramKind::Affiliate ? m_affiliate : m_referral) = *m_profiles->profile(id);
    }
    m_controller =
        std::make_unique<ConsoleController>(m_profiles.get(), m_credentials.get(), m_journal.get());
}

void TestSecretSweep::cleanupTestCase() {
    m_controller.reset();
    qInstallMessageHandler(previousHandler);
}

void TestSecretSweep::sweepFindsAPlantedKey() {
    // The sweep itself can fail: a key written anywhere under the root is found, in each form.
    QTemporaryDir root;
    int planted = 0;
    for (const QString &form : forms(ReferralKey)) {
        QFile file(root.filePath(u"planted-%1.txt"_s.arg(++planted)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("before " + form.toUtf8() + " after");
    }
    QSet<QString> found;
    for (const QString &hit : findKeys(root.path(), {}))
        found.insert(hit.section(u": "_s, 0, 0));
    QCOMPARE(found.size(), forms(ReferralKey).size()); // every planted file
    QVERIFY(findKeys(root.path(), {}).size() >= forms(ReferralKey).size());
    QVERIFY(!findKeys(m_exports.path(), {u"Authorization: Bearer "_s + AffiliateKey}).isEmpty());
}

void TestSecretSweep::affiliateWork(Session *session) {
    MainWindow *window = m_controller->mainWindow();
    CustomerPage *page = window->customerPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > 0, 15000);
    page->reload();
    window->lookUp(u"alice_brown"_s);
    window->lookUp(u"nobody@example.org"_s);
    Customer alice;
    alice.key = u"alice_brown"_s;
    CustomerDetailDialog *detail = window->openCustomer(alice);
    QVERIFY(detail);
    QTRY_VERIFY_WITH_TIMEOUT(detail->hasLoaded(), 15000);
    detail->close();

    CustomerService *customers = session->customers();
    AffiliateCustomerDraft draft;
    draft.key = u"sweep_one"_s;
    draft.email = u"sweep.one@example.com"_s;
    draft.partnerKey = u"partner_acme"_s;
    QVERIFY(finishes<Customer>([&](auto done) { return customers->create(draft, this, done); }));
    CustomerUpdate update;
    update.name = u"Swept"_s;
    QVERIFY(finishes<Customer>(
        [&](auto done) { return customers->update(u"sweep_one"_s, update, this, done); }));
    QVERIFY(
        finishes<void>([&](auto done) { return customers->suspend(u"sweep_one"_s, this, done); }));
    QVERIFY(
        finishes<void>([&](auto done) { return customers->approve(u"sweep_one"_s, this, done); }));
    // Errors make sentences and log lines: a refused, a failed and a dropped change.
    QVERIFY(m_sandbox.queueFault(u"PUT"_s, u"/v1/customers/sweep_one"_s, u"status=422"_s));
    QVERIFY(finishes<Customer>(
        [&](auto done) { return customers->update(u"sweep_one"_s, update, this, done); }));
    QVERIFY(m_sandbox.queueFault(u"POST"_s, u"/v1/customers/sweep_one/suspend"_s, u"status=500"_s));
    QVERIFY(
        finishes<void>([&](auto done) { return customers->suspend(u"sweep_one"_s, this, done); }));
    QVERIFY(m_sandbox.queueFault(u"GET"_s, u"/v1/customers/alice_brown"_s, u"status=401"_s));
    QVERIFY(finishes<Customer>(
        [&](auto done) { return customers->get(u"alice_brown"_s, this, done); }));
    QVERIFY(finishes<Page<Transaction>>(
        [&](auto done) { return customers->transactions(u"alice_brown"_s, 15, 1, this, done); }));
    QVERIFY(m_sandbox.queueFault(u"DELETE"_s, u"/v1/customers/sweep_one"_s, u"drop"_s));
    QVERIFY(
        finishes<void>([&](auto done) { return customers->remove(u"sweep_one"_s, this, done); }));
}

void TestSecretSweep::referralWork(Session *session) {
    MainWindow *window = m_controller->mainWindow();
    QTRY_VERIFY_WITH_TIMEOUT(window->customerPage()->model()->rowCount() > 0, 15000);
    Customer ada;
    ada.id = u"ada_lovelace"_s;
    ada.name = u"Ada"_s;

    // A credit through the dialog, as a manager makes it.
    CreditDialog *credit = window->creditCustomer(ada);
    QVERIFY(credit);
    QTRY_COMPARE_WITH_TIMEOUT(credit->stage(), CreditDialog::Stage::Form, 15000);
    auto *units = child<QComboBox>(credit, "unitsCombo");
    units->setCurrentIndex(qMax(0, units->findData(u"USD"_s)));
    QTest::keyClicks(child<QLineEdit>(credit, "amountEdit"), u"3"_s);
    QTest::keyClicks(child<QLineEdit>(credit, "reasonEdit"), u"Sweep"_s);
    QTest::mouseClick(child<QPushButton>(credit, "reviewButton"), Qt::LeftButton);
    QTRY_VERIFY(child<QPushButton>(credit, "confirmButton")->isEnabled());
    // Dropped on the way back: unknown, then decided later.
    QVERIFY(
        m_sandbox.queueFault(u"POST"_s, u"/v1/customers/ada_lovelace/balance/credit"_s, u"drop"_s));
    QTest::mouseClick(child<QPushButton>(credit, "confirmButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(credit->stage(), CreditDialog::Stage::Unknown, 20000);
    QTest::mouseClick(child<QPushButton>(credit, "decideLaterButton"), Qt::LeftButton);
    credit->close();

    CustomerService *customers = session->customers();
    ReferralService *referrals = session->referrals();
    ReferralCustomerDraft draft;
    draft.key = u"sweep_ref"_s;
    draft.email = u"sweep.ref@example.com"_s;
    QVERIFY(finishes<Customer>([&](auto done) { return customers->create(draft, this, done); }));
    QVERIFY(
        finishes<void>([&](auto done) { return customers->archive(u"sweep_ref"_s, this, done); }));
    QVERIFY(finishes<void>(
        [&](auto done) { return customers->revokeArchive(u"sweep_ref"_s, this, done); }));
    QVERIFY(finishes<CustomerStats>(
        [&](auto done) { return referrals->stats(u"ada_lovelace"_s, this, done); }));
    QVERIFY(finishes<Page<Customer>>(
        [&](auto done) { return referrals->referrals(u"ada_lovelace"_s, 15, 1, this, done); }));
    InviteRequest invite;
    invite.email = u"sweep.invite@example.com"_s;
    QVERIFY(finishes<void>([&](auto done) { return referrals->invite(invite, this, done); }));

    // Both bulk runs, with their result files.
    const QString creditCsv = m_exports.filePath(u"credits.csv"_s);
    {
        QFile file(creditCsv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("customer,amount,units,reason\nada_lovelace,1,USD,Sweep\n"
                   "grace_hopper,2,USD,Sweep\nnobody@example.org,1,USD,Sweep\n");
    }
    BulkCreditDialog bulkCredit(session, {});
    QVERIFY(bulkCredit.loadCsv(creditCsv));
    QVERIFY(bulkCredit.startRun());
    QTRY_COMPARE_WITH_TIMEOUT(bulkCredit.stage(), BulkCreditDialog::Stage::Finished, 30000);
    QVERIFY(bulkCredit.exportResults(m_exports.filePath(u"credit-results.csv"_s)));

    const QString inviteCsv = m_exports.filePath(u"invites.csv"_s);
    {
        QFile file(inviteCsv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("email,name\nsweep.a@example.com,A\nsweep.b@example.com,B\nnot-an-email,C\n");
    }
    BulkInviteDialog bulkInvite(session);
    QVERIFY(bulkInvite.loadCsv(inviteCsv));
    QVERIFY(bulkInvite.startRun());
    QTRY_VERIFY_WITH_TIMEOUT(bulkInvite.runner() &&
                                 bulkInvite.runner()->state() == BulkInviteRunner::State::Finished,
                             30000);
    QVERIFY(bulkInvite.exportResults(m_exports.filePath(u"invite-results.csv"_s)));
}

void TestSecretSweep::everyScreenAndAction() {
    QSignalSpy connected(m_controller.get(), &ConsoleController::sessionConnected);
    CommandLineOptions options;
    options.profileName = m_affiliate.name;
    m_controller->start(options); // reads the key from the keychain, as at every start
    QVERIFY(connected.wait(20000));
    affiliateWork(m_controller->session());
    if (QTest::currentTestFailed())
        return;

    // Switching profile goes through the keychain again.
    options.profileName = m_referral.name;
    m_controller->start(options);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->session() &&
                                 m_controller->session()->profile().id == m_referral.id &&
                                 m_controller->session()->isConnected(),
                             20000);
    referralWork(m_controller->session());
    if (QTest::currentTestFailed())
        return;

    JournalWindow journalWindow(m_journal.get());
    journalWindow.show();
    QString error;
    QVERIFY2(journalWindow.exportCsv(m_exports.filePath(u"journal.csv"_s), &error),
             qPrintable(error));
    QVERIFY(m_journal->entries().size() >= 10); // the work above was journaled

    // The customer index and the exports, as a timer and a person at a terminal run them:
    // the key from the keychain, from the environment, and from a file.
    const QString appName = QCoreApplication::applicationFilePath();
    const auto cli = [&](const QStringList &arguments, const QString &outputName) {
        QFile out(m_exports.filePath(outputName + u".out"_s));
        QFile err(m_exports.filePath(outputName + u".err"_s));
        if (!out.open(QIODevice::WriteOnly) || !err.open(QIODevice::WriteOnly))
            return -1;
        std::FILE *outStream = fdopen(dup(out.handle()), "w");
        std::FILE *errStream = fdopen(dup(err.handle()), "w");
        const int code = ConsoleCli::run(QStringList{appName} + arguments, outStream, errStream);
        std::fclose(outStream);
        std::fclose(errStream);
        return code;
    };
    QCOMPARE(cli({u"sync"_s, u"--profile"_s, m_referral.name}, u"sync"_s), 0);
    QCOMPARE(cli({u"export"_s, u"--profile"_s, m_referral.name, u"--output"_s,
                  m_exports.filePath(u"index.csv"_s)},
                 u"export-csv"_s),
             0);
    qputenv("PARTNERO_API_KEY", AffiliateKey.toUtf8());
    QCOMPARE(cli({u"export"_s, u"--base-url"_s, m_sandbox.baseUrl().toString(), u"--format"_s,
                  u"jsonl"_s, u"--output"_s, u"-"_s},
                 u"export-jsonl"_s),
             0);
    qunsetenv("PARTNERO_API_KEY");
    const QString keyFile = m_exports.filePath(u"key"_s);
    {
        QFile file(keyFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(AffiliateKey.toUtf8());
    }
    // A wrong key makes the error sentence: it must not quote the key either.
    const QString wrongFile = m_exports.filePath(u"wrong-key"_s);
    {
        QFile file(wrongFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("SWEEP-wrong-key-0000");
    }
    QCOMPARE(cli({u"export"_s, u"--base-url"_s, m_sandbox.baseUrl().toString(), u"--kind"_s,
                  u"affiliate"_s, u"--api-key-file"_s, wrongFile, u"--output"_s,
                  m_exports.filePath(u"never.csv"_s)},
                 u"export-wrong"_s),
             1);
    QVERIFY(QFile::remove(keyFile)); // the key file is the person's own copy, not the console's
    QVERIFY(QFile::remove(wrongFile));
    QVERIFY(QFileInfo(m_exports.filePath(u"index.csv"_s)).size() > 100);
    QTest::qWait(200); // late log lines and file writes

    // Everything the console wrote (settings, journal, state files, exports) and said.
    QStringList output;
    {
        QMutexLocker lock(&logMutex);
        output = logLines();
    }
    QVERIFY2(output.size() > 20, "the run logged too little to mean anything");
    int files = 0;
    for (QDirIterator it(qEnvironmentVariable("HOME"), QDir::Files | QDir::Hidden,
                         QDirIterator::Subdirectories);
         it.hasNext(); it.next())
        ++files;
    qInfo("swept %d files under the home folder, %d log lines", files, int(output.size()));
    QStringList hits = findKeys(qEnvironmentVariable("HOME"), output);
    hits += findKeys(m_exports.path(), {});
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
    // The sweep looked at real files: the journal and the exports are there.
    QVERIFY(QFile::exists(m_exports.filePath(u"journal.csv"_s)));
    QVERIFY(QFile::exists(m_exports.filePath(u"credit-results.csv"_s)));
}

QTEST_MAIN(TestSecretSweep)
#include "tst_secretsweep.moc"

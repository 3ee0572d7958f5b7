// SPDX-License-Identifier: GPL-3.0-or-later
// Help > Save diagnostics…, through the real menu action and file dialog, after real requests
// to a private sandbox through a real HTTP proxy with a password (tinyproxy): the file holds
// the versions, the settings and each request's method and status, and none of the API key,
// the proxy's password, or any customer's id, key, email or name.
#include "app/api/customerservice.h"
#include "app/credentials/credentialstore.h"
#include "app/journal/journal.h"
#include "app/profiles/networkpreferences.h"
#include "app/profiles/profilestore.h"
#include "app/session/session.h"
#include "tests/common/proxyprocess.h"
#include "tests/common/sandboxprocess.h"
#include "ui/shell/consolecontroller.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString ProxyUser = u"diag-proxy-user"_s;
const QString ProxyPassword = u"Diag-Proxy-Pw-55120"_s;

template <typename T>
std::optional<ApiResult<T>> wait(std::shared_ptr<std::optional<ApiResult<T>>> slot) {
    if (!QTest::qWaitFor([slot] { return slot->has_value(); }, 15000))
        return std::nullopt;
    return *slot;
}

template <typename T> ApiCallback<T> into(std::shared_ptr<std::optional<ApiResult<T>>> slot) {
    return [slot](const ApiResult<T> &result) {
        slot->emplace(result);
    };
}

} // namespace

class TestDiagnostics : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void fileHoldsRequestsButNoSecretsOrCustomers();

private:
    SandboxProcess m_sandbox;
    ProxyProcess m_proxy;
    QTemporaryDir m_dir;
};

void TestDiagnostics::initTestCase() {
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_sandbox.start({u"--customers"_s, u"20"_s}), qPrintable(m_sandbox.errorString()));
    QVERIFY2(m_proxy.start(ProxyProcess::Kind::Http, ProxyUser, ProxyPassword),
             qPrintable(m_proxy.errorString()));
}

void TestDiagnostics::fileHoldsRequestsButNoSecretsOrCustomers() {
    QSettings settings(m_dir.filePath(u"profiles.ini"_s), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    CredentialStore credentials;
    Journal journal(m_dir.filePath(u"journal.sqlite"_s));

    // A manual proxy with a user; its password as the keychain would give it at start.
    ProxySettings proxy;
    proxy.mode = ProxySettings::Mode::Manual;
    proxy.host = u"127.0.0.1"_s;
    proxy.port = m_proxy.port();
    proxy.user = ProxyUser;
    NetworkPreferences(&settings).setProxy(proxy);
    NetworkPreferences::rememberPassword(ProxyPassword);

    Profile profile;
    profile.name = u"Acme support"_s;
    profile.baseUrl = m_sandbox.baseUrl();
    profile.kind = ProgramKind::Affiliate;
    profile.caFile = QStringLiteral(SERVICE_TEST_DATA_DIR "/selfsigned-cert.pem");
    QString problem;
    profile.id = profiles.add(profile, &problem);
    QVERIFY2(!profile.id.isEmpty(), qPrintable(problem));

    ConsoleController controller(&profiles, &credentials, &journal);
    controller.mainWindow()->show();
    const QString key = m_sandbox.affiliateKey();
    controller.openProfile(profile, key);
    Session *session = controller.session();
    QVERIFY(session);
    QTRY_VERIFY_WITH_TIMEOUT(session->isConnected(), 15000);

    // Every customer of the program, to search the file for.
    CustomerQuery query;
    query.limit = 50;
    auto page = std::make_shared<std::optional<ApiResult<Page<Customer>>>>();
    session->customers()->list(query, this, into(page));
    const auto listed = wait(page);
    QVERIFY(listed && listed->ok());
    QStringList forbidden = {key, ProxyPassword};
    for (const Customer &customer : listed->value().items) {
        for (const QString &value :
             {customer.id, customer.key, customer.email, customer.name, customer.surname}) {
            if (value.size() >= 4) // "Li" would match inside ordinary words
                forbidden.append(value);
        }
    }
    QVERIFY(forbidden.size() > 40);
    const Customer known = listed->value().items.first();

    // A read by email (200), an unknown email (404), a refused create (422) and a server
    // error injected by the sandbox (500).
    auto found = std::make_shared<std::optional<ApiResult<Customer>>>();
    session->customers()->get(known.key, this, into(found));
    QVERIFY(wait(found) && (*found)->ok());
    const QString ghost = u"ghost.person@example.org"_s;
    forbidden.append(ghost);
    auto missing = std::make_shared<std::optional<ApiResult<Customer>>>();
    session->customers()->get(ghost, this, into(missing));
    QVERIFY(wait(missing));
    QCOMPARE((*missing)->error().httpStatus, 404);

    AffiliateCustomerDraft draft;
    draft.key = known.key; // taken
    draft.email = u"zoe.secretname@example.net"_s;
    draft.name = u"Zoë"_s;
    draft.surname = u"Secretname"_s;
    draft.partnerKey = u"partner_acme"_s;
    forbidden << draft.email << draft.surname;
    auto refused = std::make_shared<std::optional<ApiResult<Customer>>>();
    session->customers()->create(draft, this, into(refused));
    QVERIFY(wait(refused));
    QCOMPARE((*refused)->error().httpStatus, 422);

    QVERIFY(m_sandbox.queueFault(u"GET"_s, u"/v1/customers/*"_s, u"status=500"_s));
    auto broken = std::make_shared<std::optional<ApiResult<Customer>>>();
    session->customers()->get(known.email, this, into(broken));
    QVERIFY(wait(broken));
    QCOMPARE((*broken)->error().httpStatus, 500);

    // They went through the proxy, with its password.
    QVERIFY(m_proxy.log().contains(u"Request ("_s));

    // Help > Save diagnostics…: the file dialog runs its own event loop; the timer fills it.
    const QString path = m_dir.filePath(u"diagnostics.txt"_s);
    QString written;
    QTimer filler;
    filler.setInterval(20);
    connect(&filler, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        filler.stop();
        dialog->selectFile(path);
        // selectFile() can lose to the dialog's own listing of the folder, which then keeps
        // the proposed name: read whichever file the dialog really chose.
        written = dialog->selectedFiles().value(0);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() is protected
    });
    filler.start();
    auto *action = controller.mainWindow()->findChild<QAction *>(u"saveDiagnosticsAction"_s);
    QVERIFY(action);
    action->trigger();

    QVERIFY(!written.isEmpty());
    QFile file(written);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QString text = QString::fromUtf8(file.readAll());
    for (const QString &secret : std::as_const(forbidden))
        QVERIFY2(!text.contains(secret, Qt::CaseInsensitive),
                 qPrintable(u"found \"%1\" in:\n%2"_s.arg(secret, text)));

    // What helps: versions, settings, each request's method, path and status.
    QVERIFY(text.contains(QStringLiteral("console version: " PARTNERO_VERSION)));
    QVERIFY(text.contains(u"Qt version: "_s + QString::fromLatin1(qVersion())));
    QVERIFY(text.contains(u"proxy: HTTP 127.0.0.1:%1 (with a user name)"_s.arg(m_proxy.port())));
    QVERIFY2(text.contains(u"Acme support (connected): http 127.0.0.1:%1, kind affiliate, role "
                           "full, extra CA yes"_s.arg(m_sandbox.baseUrl().port())),
             qPrintable(text));
    QVERIFY(text.contains(u"GET /customers/{value} -> 200"_s));
    QVERIFY(text.contains(u"GET /customers/{value} -> 404 not_found"_s));
    QVERIFY(text.contains(u"POST /customers -> 422 validation"_s));
    QVERIFY(text.contains(u"GET /customers/{value} -> 500 server"_s));
    QVERIFY(text.contains(u"HTTP 500"_s)); // the recent errors, as our own sentences
    NetworkPreferences::rememberPassword({});
}

QTEST_MAIN(TestDiagnostics)
#include "tst_diagnostics.moc"

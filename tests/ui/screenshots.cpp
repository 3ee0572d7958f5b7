// partnero-screenshots: drives the real application against a private sandbox and writes the
// README's screenshots. Not a test: run it through packaging/screenshots.sh whenever the UI
// changes, so the pictures always show what the console really looks like.
#include "apiclient.h"
#include "connectiondialog.h"
#include "consolecontroller.h"
#include "credentialstore.h"
#include "customerdetaildialog.h"
#include "customerpage.h"
#include "customerservice.h"
#include "customertablemodel.h"
#include "journal.h"
#include "mainwindow.h"
#include "profilestore.h"
#include "session.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPixmap>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

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

} // namespace

int main(int argc, char *argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"PartneroScreenshots"_s);
    QApplication::setApplicationName(u"Partnero Console"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"docs/screenshots"_s;
    QDir().mkpath(outDir);

    QTemporaryDir state;
    QSettings settings(state.filePath(u"profiles.ini"_s), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    CredentialStore credentials;
    Journal journal(state.filePath(u"journal.jsonl"_s));

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
    const struct {
        ProgramKind kind;
        QString customer;
        QString suffix;
    } programs[] = {{ProgramKind::Affiliate, u"alice_brown"_s, u"affiliate"_s},
                    {ProgramKind::ReferAFriend, u"ada_lovelace"_s, u"refer"_s}};
    for (const auto &program : programs) {
        if (!showProgram(controller, program.kind)) {
            std::fprintf(stderr, "the %s program did not load\n", qPrintable(program.suffix));
            ++failures;
            continue;
        }
        window->customerPage()->view()->selectRow(0);
        failures += !save(window, outDir, u"main-%1.png"_s.arg(program.suffix));
        CustomerDetailDialog *dialog = openCustomer(controller, program.customer);
        if (!dialog) {
            std::fprintf(stderr, "%s could not be opened\n", qPrintable(program.customer));
            ++failures;
            continue;
        }
        failures += !save(dialog, outDir, u"detail-%1.png"_s.arg(program.suffix));
        dialog->close();
    }
    return failures == 0 ? 0 : 1;
}

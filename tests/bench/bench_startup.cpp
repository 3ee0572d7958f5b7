// SPDX-License-Identifier: GPL-3.0-or-later
// bench_startup: how soon the console's main window shows, against a bare QMainWindow holding
// a QTableView built and shown in the same run (budget: within 1.5x of it). The connection
// and the first page follow asynchronously and are printed as figures of their own: from
// opening a profile to connected, and to the first page of customers shown.
// Each side runs alternately, after one warm-up each, so fonts, styles and plugins loaded by
// the first window count for neither. Prints figures and asserts nothing beyond the run
// having worked.
//
//   bench_startup [runs]   (15 by default)
#include "app/credentials/credentialstore.h"
#include "app/journal/journal.h"
#include "app/profiles/profilestore.h"
#include "app/session/session.h"
#include "tests/common/sandboxprocess.h"
#include "ui/browse/customerpage.h"
#include "ui/shell/consolecontroller.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

double ms(const QElapsedTimer &timer) {
    return double(timer.nsecsElapsed()) / 1e6;
}

double percentile(QList<double> values, double p) {
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(p * double(values.size()))));
}

void line(const char *what, const QList<double> &runs) {
    std::printf("  %-44s median %7.1f ms  p95 %7.1f ms\n", what, percentile(runs, 0.5),
                percentile(runs, 0.95));
}

// A bare main window with an empty table, built and shown: what any Qt Widgets program pays.
double bareWindow() {
    QElapsedTimer timer;
    timer.start();
    QMainWindow window;
    auto *view = new QTableView(&window);
    auto *model = new QStandardItemModel(0, 8, view);
    view->setModel(model);
    window.setCentralWidget(view);
    window.resize(1240, 760);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return -1;
    return ms(timer);
}

struct ConsoleRun {
    double shown = -1;
    double connected = -1;
    double firstPage = -1;
};

// The console as it starts: its controller (which builds the main window, its menus, pages
// and models) shown, then a stored profile opened with its key.
ConsoleRun console(const SandboxProcess &sandbox, const QString &folder, int run) {
    ConsoleRun result;
    QSettings settings(folder + u"/console-%1.ini"_s.arg(run), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    Profile profile;
    profile.name = u"Bench"_s;
    profile.baseUrl = sandbox.baseUrl();
    profile.kind = ProgramKind::Affiliate;
    QString problem;
    profile.id = profiles.add(profile, &problem);
    if (profile.id.isEmpty())
        return result;
    CredentialStore credentials;
    Journal journal(folder + u"/journal-%1.sqlite"_s.arg(run));

    QElapsedTimer timer;
    timer.start();
    ConsoleController controller(&profiles, &credentials, &journal);
    controller.mainWindow()->show();
    if (!QTest::qWaitForWindowExposed(controller.mainWindow()))
        return result;
    result.shown = ms(timer);

    QSignalSpy pageShown(controller.mainWindow()->customerPage(), &CustomerPage::pageShown);
    QElapsedTimer opened;
    opened.start();
    controller.openProfile(profile, sandbox.affiliateKey());
    Session *session = controller.session();
    if (!session || !QTest::qWaitFor([session] { return session->isConnected(); }, 15000))
        return result;
    result.connected = ms(opened);
    if (pageShown.isEmpty() && !pageShown.wait(15000))
        return result;
    result.firstPage = ms(opened);
    return result;
}

} // namespace

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int runs = argc > 1 ? qMax(1, QString::fromLocal8Bit(argv[1]).toInt()) : 15;
    QTemporaryDir dir;
    SandboxProcess sandbox;
    if (!dir.isValid() || !sandbox.start({u"--customers"_s, u"2000"_s})) {
        std::fprintf(stderr, "the sandbox did not start: %s\n", qPrintable(sandbox.errorString()));
        return 1;
    }
    // Warm-up: the first window of a process loads fonts, the style and the platform plugin.
    bareWindow();
    console(sandbox, dir.path(), 0);

    QList<double> bare, shown, connected, firstPage;
    for (int run = 1; run <= runs; ++run) {
        const double b = bareWindow();
        const ConsoleRun c = console(sandbox, dir.path(), run);
        if (b < 0 || c.shown < 0 || c.connected < 0 || c.firstPage < 0) {
            std::fprintf(stderr, "run %d did not finish\n", run);
            return 1;
        }
        bare << b;
        shown << c.shown;
        connected << c.connected;
        firstPage << c.firstPage;
    }
    std::printf("start-up, %d runs each (QT_QPA_PLATFORM=%s):\n", runs,
                qPrintable(QGuiApplication::platformName()));
    line("bare QMainWindow with a QTableView, shown", bare);
    line("the console's main window, shown", shown);
    const double ratio = percentile(shown, 0.5) / percentile(bare, 0.5);
    std::printf("  console against bare: %.2fx (budget 1.5x)%s\n", ratio,
                ratio <= 1.5 ? "" : "  OVER BUDGET");
    line("profile opened to connected (sandbox)", connected);
    line("profile opened to first page shown (sandbox)", firstPage);
    return 0;
}

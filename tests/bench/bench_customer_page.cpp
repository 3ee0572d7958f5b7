// SPDX-License-Identifier: GPL-3.0-or-later
// bench_customer_page: how long a 250-row page takes from bytes to a painted table, stage by
// stage (parse, map, model, paint), and end to end through the real CustomerPage against a
// 100,000-customer sandbox (request, round trip, parse, model, paint); then Next while
// browsing with the page after it fetched ahead (click to painted rows).
// Prints each figure next to its budget (the budget applies to the median); asserts nothing.
// Usage: bench_customer_page [repetitions]
#include "app/api/customerprefetch.h"
#include "app/profiles/profile.h"
#include "app/profiles/profilestore.h"
#include "app/session/session.h"
#include "models/customertablemodel.h"
#include "models/jsonmapping.h"
#include "tests/common/sandboxprocess.h"
#include "ui/browse/customerpage.h"
#include "ui/browse/pagebar.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPixmap>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Stats {
    std::vector<double> samples;
    void add(qint64 ns) { samples.push_back(double(ns) / 1e6); }
    double at(double q) const {
        if (samples.empty())
            return 0;
        std::vector<double> sorted = samples;
        std::sort(sorted.begin(), sorted.end());
        return sorted[std::min(sorted.size() - 1, size_t(q * double(sorted.size())))];
    }
    void print(const char *what) const {
        std::printf("  %-34s median %7.2f ms   p95 %7.2f ms\n", what, at(0.5), at(0.95));
    }
};

QByteArray fetchBytes(const SandboxProcess &sandbox, const QString &key, const QString &path) {
    QNetworkAccessManager network;
    QNetworkRequest request(sandbox.url(path));
    request.setRawHeader("Accept"_ba, "application/json"_ba);
    request.setRawHeader("Authorization"_ba, "Bearer "_ba + key.toUtf8());
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body = reply->readAll();
    delete reply;
    return body;
}

void paint(QTableView &view) {
    QPixmap target(view.size());
    view.render(&target);
}

void stages(const QByteArray &bytes, ProgramKind kind, int repetitions) {
    CustomerTableModel model;
    model.setProgramKind(kind);
    QTableView view;
    view.setModel(&model);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.resize(1280, 700);
    view.show();
    Stats parse, map, records, setPage, painted, total;
    for (int i = 0; i < repetitions; ++i) {
        QElapsedTimer timer;
        timer.start();
        const QJsonDocument doc = QJsonDocument::fromJson(bytes);
        const qint64 t1 = timer.nsecsElapsed();
        Page<Customer> page;
        if (JsonMapping::readCustomerPage(doc, page)) {
            std::fprintf(stderr, "the page did not map\n");
            return;
        }
        const qint64 t2 = timer.nsecsElapsed();
        model.setPage(page);
        const qint64 t3 = timer.nsecsElapsed();
        paint(view);
        const qint64 t4 = timer.nsecsElapsed();
        parse.add(t1);
        map.add(t2 - t1);
        setPage.add(t3 - t2);
        painted.add(t4 - t3);
        total.add(t4);
        // The index's reading of the same page: each customer with its object as sent, cut
        // out of the bytes the page was parsed from (as CustomerService::listRecords reads).
        QElapsedTimer recordTimer;
        recordTimer.start();
        Page<CustomerRecord> recordPage;
        if (JsonMapping::readCustomerRecordPage(doc, bytes, recordPage)) {
            std::fprintf(stderr, "the page did not map to records\n");
            return;
        }
        records.add(recordTimer.nsecsElapsed());
    }
    std::printf("%s page of %lld bytes, %d rows, %d repetitions:\n",
                kind == ProgramKind::Affiliate ? "affiliate" : "refer-a-friend",
                qlonglong(bytes.size()), model.rowCount(), repetitions);
    parse.print("JSON parse");
    map.print("mapping to Customer");
    records.print("mapping to CustomerRecord");
    setPage.print("model setPage");
    painted.print("paint (1280x700 view)");
    total.print("bytes to painted table");
    // Budget: from bytes to customers at most twice what the parse alone takes.
    const double parseMs = parse.at(0.5);
    const double toCustomers = parseMs + map.at(0.5);
    const double toRecords = parseMs + records.at(0.5);
    std::printf("  bytes to customers: %.2f ms = %.1fx parse (budget 2x)%s\n", toCustomers,
                toCustomers / parseMs, toCustomers <= 2 * parseMs ? "" : "  OVER BUDGET");
    std::printf("  bytes to records:   %.2f ms = %.1fx parse (budget 2x)%s\n", toRecords,
                toRecords / parseMs, toRecords <= 2 * parseMs ? "" : "  OVER BUDGET");
}

void endToEnd(const SandboxProcess &sandbox, ProgramKind kind, const QString &key,
              int repetitions) {
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"p.ini"_s), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    Profile profile;
    profile.id = Profile::newId();
    profile.name = u"bench"_s;
    profile.baseUrl = sandbox.baseUrl();
    profile.kind = kind;
    Session session(profile, key, nullptr);
    CustomerPage page(&profiles);
    page.resize(1280, 760);
    page.show();
    page.setSession(&session);
    page.setPageSize(250);
    QSignalSpy shown(&page, &CustomerPage::pageShown);
    shown.wait(20000);
    Stats stats;
    for (int i = 0; i < repetitions; ++i) {
        shown.clear();
        QElapsedTimer timer;
        timer.start();
        page.showPage(1 + (i * 37) % 400);
        if (!shown.wait(20000)) {
            std::fprintf(stderr, "no page arrived\n");
            return;
        }
        paint(*page.view());
        stats.add(timer.nsecsElapsed());
    }
    std::printf("end to end through CustomerPage (%s, 100,000 customers, pages 1-400):\n",
                kind == ProgramKind::Affiliate ? "affiliate" : "refer-a-friend");
    stats.print("request to painted 250 rows");
}

// Next, as a person clicks it while reading: the page after the one shown was fetched ahead,
// so the click shows it without a request. Measured from the click to the painted rows.
void nextWithPrefetch(const SandboxProcess &sandbox, ProgramKind kind, const QString &key,
                      int repetitions) {
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"p.ini"_s), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    Profile profile;
    profile.id = Profile::newId();
    profile.name = u"bench"_s;
    profile.baseUrl = sandbox.baseUrl();
    profile.kind = kind;
    Session session(profile, key, nullptr);
    CustomerPage page(&profiles);
    page.resize(1280, 760);
    page.show();
    QSignalSpy shown(&page, &CustomerPage::pageShown);
    page.setSession(&session);
    page.setPageSize(250);
    QAction *next = page.pageBar()->nextAction();
    Stats stats;
    int fromNetwork = 0;
    for (int i = 0; i < repetitions; ++i) {
        // The person reads until the page after this one is there.
        if (!QTest::qWaitFor([&page] { return page.prefetch()->isReady() && !page.isLoading(); },
                             20000)) {
            std::fprintf(stderr, "nothing was fetched ahead\n");
            return;
        }
        shown.clear();
        QElapsedTimer timer;
        timer.start();
        next->trigger();
        if (shown.isEmpty()) {
            // Not from the page fetched ahead: counted, and waited for.
            ++fromNetwork;
            if (!shown.wait(20000)) {
                std::fprintf(stderr, "no page arrived\n");
                return;
            }
        }
        paint(*page.view());
        stats.add(timer.nsecsElapsed());
    }
    std::printf("Next while browsing with prefetch (%s, 250 rows a page, %d clicks, %d not "
                "fetched ahead):\n",
                kind == ProgramKind::Affiliate ? "affiliate" : "refer-a-friend", repetitions,
                fromNetwork);
    stats.print("click to painted 250 rows");
    std::printf("  click to painted rows: median %.2f ms (budget 16 ms)%s\n", stats.at(0.5),
                stats.at(0.5) <= 16 ? "" : "  OVER BUDGET");
}

} // namespace

int main(int argc, char *argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int repetitions = argc > 1 ? std::max(5, atoi(argv[1])) : 50;
    SandboxProcess sandbox;
    if (!sandbox.start({u"--customers"_s, u"100000"_s})) {
        std::fprintf(stderr, "%s\n", qPrintable(sandbox.errorString()));
        return 1;
    }
    const QString path = u"/customers?limit=250&page=7"_s;
    stages(fetchBytes(sandbox, sandbox.affiliateKey(), path), ProgramKind::Affiliate, repetitions);
    stages(fetchBytes(sandbox, sandbox.referralKey(), path), ProgramKind::ReferAFriend,
           repetitions);
    endToEnd(sandbox, ProgramKind::Affiliate, sandbox.affiliateKey(), repetitions);
    endToEnd(sandbox, ProgramKind::ReferAFriend, sandbox.referralKey(), repetitions);
    nextWithPrefetch(sandbox, ProgramKind::Affiliate, sandbox.affiliateKey(), repetitions);
    nextWithPrefetch(sandbox, ProgramKind::ReferAFriend, sandbox.referralKey(), repetitions);
    return 0;
}

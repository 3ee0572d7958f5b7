// bench_customer_page: how long a 250-row page takes from bytes to a painted table, stage by
// stage (parse, map, model, paint), and end to end through the real CustomerPage against a
// 100,000-customer sandbox (request, round trip, parse, model, paint).
// Prints figures; asserts nothing. Usage: bench_customer_page [repetitions]
#include "app/profiles/profile.h"
#include "app/profiles/profilestore.h"
#include "app/session/session.h"
#include "models/customertablemodel.h"
#include "models/jsonmapping.h"
#include "tests/common/sandboxprocess.h"
#include "ui/browse/customerpage.h"

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
    Stats parse, map, setPage, painted, total;
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
    }
    std::printf("%s page of %lld bytes, %d rows, %d repetitions:\n",
                kind == ProgramKind::Affiliate ? "affiliate" : "refer-a-friend",
                qlonglong(bytes.size()), model.rowCount(), repetitions);
    parse.print("JSON parse");
    map.print("mapping to Customer");
    setPage.print("model setPage");
    painted.print("paint (1280x700 view)");
    total.print("bytes to painted table");
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
    return 0;
}

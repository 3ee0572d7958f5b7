// SPDX-License-Identifier: GPL-3.0-or-later
// bench_sandbox: start-up time of a partnero-sandbox with 100,000 customers per program, and
// the round-trip time of 250-row pages over loopback (QNetworkAccessManager, keep-alive).
// Prints figures; asserts nothing. Usage: bench_sandbox [customers] [repetitions]
#include "tests/common/sandboxprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Fetch {
    double ms = 0;
    int status = 0;
    int rows = 0;
    qsizetype bytes = 0;
};

Fetch fetch(QNetworkAccessManager &network, const QUrl &url, const QString &key) {
    QNetworkRequest request(url);
    request.setRawHeader("Accept"_ba, "application/json"_ba);
    request.setRawHeader("Authorization"_ba, "Bearer " + key.toUtf8());
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const QByteArray body = reply->readAll();
    Fetch result;
    result.ms = double(timer.nsecsElapsed()) / 1e6;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.bytes = body.size();
    result.rows = int(QJsonDocument::fromJson(body).object().value(u"data"_s).toArray().size());
    reply->deleteLater();
    return result;
}

// The last page that has rows (the API gives no total): exponential, then binary search.
int lastPage(QNetworkAccessManager &network, const SandboxProcess &sandbox, const QString &path,
             const QString &key) {
    const auto hasRows = [&](int page) {
        return fetch(network, sandbox.url(path + u"&page="_s + QString::number(page)), key).rows >
               0;
    };
    int low = 1;
    int high = 2;
    while (hasRows(high)) {
        low = high;
        high *= 2;
    }
    while (high - low > 1) {
        const int middle = (low + high) / 2;
        (hasRows(middle) ? low : high) = middle;
    }
    return low;
}

void measure(QNetworkAccessManager &network, const SandboxProcess &sandbox, const char *label,
             const QString &path, const QString &key, int page, int repetitions) {
    const QUrl url = sandbox.url(path + u"&page="_s + QString::number(page));
    fetch(network, url, key); // warm-up (connection, caches)
    QList<double> times;
    Fetch last;
    for (int i = 0; i < repetitions; ++i) {
        last = fetch(network, url, key);
        times.append(last.ms);
    }
    std::sort(times.begin(), times.end());
    const double median = times.at(times.size() / 2);
    const double p95 = times.at(qMin(times.size() - 1, qsizetype(times.size() * 0.95)));
    std::printf("%-44s page %5d  rows %3d  %7.1f KB  median %6.2f ms  p95 %6.2f ms\n", label, page,
                last.rows, double(last.bytes) / 1024.0, median, p95);
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const QString customers = args.size() > 1 ? args.at(1) : u"100000"_s;
    const int repetitions = args.size() > 2 ? args.at(2).toInt() : 50;

    SandboxProcess sandbox;
    QElapsedTimer startup;
    startup.start();
    if (!sandbox.start({u"--customers"_s, customers})) {
        std::fprintf(stderr, "sandbox did not start: %s\n", qPrintable(sandbox.errorString()));
        return 1;
    }
    std::printf("partnero-sandbox --customers %s: ready (first line read) after %lld ms\n",
                qPrintable(customers), startup.elapsed());
    std::printf("%d repetitions per row, 250-row pages, loopback, keep-alive\n\n", repetitions);

    QNetworkAccessManager network;
    const QString affiliate = sandbox.affiliateKey();
    const QString referral = sandbox.referralKey();
    struct List {
        const char *label;
        QString path;
        QString key;
    };
    const QList<List> lists{
        {"affiliate /customers", u"/customers?limit=250"_s, affiliate},
        {"affiliate /customers?partner.key=partner_acme",
         u"/customers?limit=250&partner.key=partner_acme"_s, affiliate},
        {"refer-a-friend /customers", u"/customers?limit=250"_s, referral},
        {"refer-a-friend /customers?refer_status=referred",
         u"/customers?limit=250&refer_status=referred"_s, referral},
    };
    for (const List &list : lists) {
        const int last = lastPage(network, sandbox, list.path, list.key);
        for (const int page : {1, qMax(1, last / 2), last})
            measure(network, sandbox, list.label, list.path, list.key, page, repetitions);
    }
    return 0;
}

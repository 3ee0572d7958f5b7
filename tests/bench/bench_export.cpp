// SPDX-License-Identifier: GPL-3.0-or-later
// bench_export: exporting the customer index (app/index/customerexport) without a server. An
// index is filled directly through CustomerIndex::storePage with made-up customers of the API's
// shape (both kinds, with tags, metadata, custom fields and a referrer), then exported to a
// file as CSV (one pass over the index, the rows written once the columns are known) and as
// JSON lines. Prints the median and 95th percentile of several runs next to the budget from
// the issue that asked for the export (100,000 customers under 1 s), what reading the index
// alone costs (the floor under both), and the longest gap between two progress calls: what a
// dialog that answers Cancel from the callback would see as its longest freeze (budget 50 ms).
// Asserts nothing beyond the exports having worked.
//
//   bench_export [customers] [runs] [folder to keep the indexes in]   (100000 and 5)
#include "app/index/customerexport.h"
#include "app/index/customerindex.h"

#include "models/jsonmapping.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Qt::Literals::StringLiterals;

namespace {

double ms(qint64 nsecs) {
    return double(nsecs) / 1e6;
}

// Processor time of this process: on a machine shared with other work, wall time says more
// about the others than about the export.
double cpuMs() {
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double percentile(QList<double> values, double p) {
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(p * double(values.size()))));
}

const QStringList Names = {u"Noah"_s, u"Émilie"_s, u"Наталья"_s, u"芳"_s,
                           u"Jörg"_s, u"Ada"_s,    u"Grace"_s,   u"Linus"_s};
const QStringList Surnames = {u"Walker"_s, u"Durand"_s,   u"Ёлкина"_s,     u"王"_s,
                              u"Straße"_s, u"Lovelace"_s, u"Hopper, Jr."_s};

QJsonObject affiliateObject(int i) {
    QJsonArray tags;
    for (int t = 0; t < i % 3; ++t)
        tags.append(QJsonObject{{u"value"_s, u"tag%1"_s.arg(t)}});
    return {{u"key"_s, u"customer_%1"_s.arg(i)},
            {u"partner"_s, u"partner_%1"_s.arg(i % 50)},
            {u"deleted"_s, false},
            {u"name"_s, Names.at(i % Names.size())},
            {u"surname"_s, Surnames.at(i % Surnames.size())},
            {u"email"_s, u"person%1@example.com"_s.arg(i)},
            {u"status"_s, i % 10 ? u"active"_s : u"suspended"_s},
            {u"created_at"_s, u"2025-05-02T16:12:39.000000Z"_s},
            {u"updated_at"_s, u"2025-05-03T08:00:00.000000Z"_s},
            {u"deleted_at"_s, QJsonValue()},
            {u"tags"_s, tags}};
}

QJsonObject referralObject(int i) {
    const QString link = u"https://shop.example?ref=customer_%1"_s.arg(i);
    QJsonObject custom{{u"company"_s, u"Firm %1"_s.arg(i % 700)}};
    if (i % 4 == 0)
        custom.insert(u"size"_s, i % 90);
    return {{u"email"_s, u"person%1@example.com"_s.arg(i)},
            {u"created_at"_s, u"2025-05-09T17:42:13.000000Z"_s},
            {u"updated_at"_s, u"2025-05-09T17:42:13.000000Z"_s},
            {u"id"_s, u"customer_%1"_s.arg(i)},
            {u"name"_s, Names.at(i % Names.size())},
            {u"surname"_s, Surnames.at(i % Surnames.size())},
            {u"approved"_s, true},
            {u"status"_s, u"active"_s},
            {u"referring_customer"_s,
             i % 3 ? QJsonValue(QJsonObject{{u"id"_s, u"customer_%1"_s.arg(i / 3)},
                                            {u"email"_s, u"person%1@example.com"_s.arg(i / 3)},
                                            {u"name"_s, u"Ada"_s},
                                            {u"surname"_s, u"Lovelace"_s}})
                   : QJsonValue()},
            {u"referrals_count"_s, i % 7},
            {u"metadata"_s,
             QJsonObject{{u"date_of_birth"_s, i % 2 ? QJsonValue(u"1990-01-15"_s) : QJsonValue()}}},
            {u"referral_link"_s, link},
            {u"referral_links"_s, QJsonArray{link}},
            {u"custom_fields"_s, custom}};
}

bool fill(CustomerIndex &index, ProgramKind kind, int customers) {
    constexpr int PageSize = 250;
    const qint64 pass = index.beginPass(kind, PageSize);
    if (pass == 0)
        return false;
    const int pages = (customers + PageSize - 1) / PageSize;
    for (int page = 1; page <= pages; ++page) {
        QList<CustomerRecord> records;
        for (int i = (page - 1) * PageSize; i < qMin(customers, page * PageSize); ++i) {
            const QJsonObject object =
                kind == ProgramKind::Affiliate ? affiliateObject(i) : referralObject(i);
            CustomerRecord record;
            if (JsonMapping::readCustomerObject(object, u"data"_s, record.customer))
                return false;
            record.json = QJsonDocument(object).toJson(QJsonDocument::Compact);
            records.append(record);
        }
        if (!index.storePage(pass, page, records, page == pages))
            return false;
    }
    return index.completePass(pass);
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const int customers = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const int runs = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 5;
    // A folder to keep the filled indexes in, so that a second run skips filling them.
    const QString keep = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QString();
    QTemporaryDir dir;

    for (const ProgramKind kind : {ProgramKind::Affiliate, ProgramKind::ReferAFriend}) {
        const char *kindName = kind == ProgramKind::Affiliate ? "affiliate" : "refer-a-friend";
        CustomerIndex index;
        QElapsedTimer timer;
        timer.start();
        const QString file = QDir(keep.isEmpty() ? dir.path() : keep)
                                 .filePath(u"export-%1-%2.sqlite"_s.arg(int(kind)).arg(customers));
        if (!index.open(file) || (index.count() != customers && !fill(index, kind, customers))) {
            std::fprintf(stderr, "%s: the index could not be filled: %s\n", kindName,
                         qPrintable(index.errorString()));
            return 1;
        }
        std::printf("%s: index of %d customers filled in %.0f ms\n", kindName, index.count(),
                    ms(timer.nsecsElapsed()));

        // What reading the index costs by itself: the floor under both formats.
        {
            QList<double> times;
            QList<double> cpuTimes;
            for (int run = 0; run < runs; ++run) {
                const double cpuStart = cpuMs();
                timer.start();
                qint64 bytes = 0;
                index.forEachRecord(IndexQuery(), [&](const CustomerRecord &record) {
                    bytes += record.json.size();
                    return true;
                });
                times << ms(timer.nsecsElapsed());
                cpuTimes << cpuMs() - cpuStart;
            }
            std::printf("%s: reading every record of the index, nothing written: median %.0f ms, "
                        "p95 %.0f ms (processor time %.0f ms)\n",
                        kindName, percentile(times, 0.5), percentile(times, 0.95),
                        percentile(cpuTimes, 0.5));
        }

        for (const auto format : {CustomerExport::Format::Csv, CustomerExport::Format::JsonLines}) {
            QList<double> times;
            QList<double> cpuTimes;
            double longestGap = 0;
            int longestGapAt = 0; // the count of the call that ended it
            qint64 bytes = 0;
            int written = 0;
            for (int run = 0; run < runs; ++run) {
                // A file, written as the export dialog writes it.
                QSaveFile buffer(dir.filePath(u"export.out"_s));
                buffer.open(QIODevice::WriteOnly);
                QString error;
                QElapsedTimer gap;
                gap.start();
                const double cpuStart = cpuMs();
                timer.start();
                const bool ok = CustomerExport::write(&buffer, index, IndexQuery(), format, kind,
                                                      &written, &error, [&](int count) {
                                                          if (ms(gap.nsecsElapsed()) > longestGap) {
                                                              longestGap = ms(gap.nsecsElapsed());
                                                              longestGapAt = count;
                                                          }
                                                          gap.start();
                                                          return true;
                                                      });
                times << ms(timer.nsecsElapsed());
                cpuTimes << cpuMs() - cpuStart;
                if (ms(gap.nsecsElapsed()) > longestGap) {
                    longestGap = ms(gap.nsecsElapsed());
                    longestGapAt = -1; // after the last call
                }
                if (!ok) {
                    std::fprintf(stderr, "%s: export failed: %s\n", kindName, qPrintable(error));
                    return 1;
                }
                bytes = buffer.size();
                buffer.commit();
            }
            std::printf("%s: export of %d customers as %s: median %.0f ms, p95 %.0f ms "
                        "(budget 1000 ms; processor time %.0f ms), %.1f MB; longest gap between "
                        "progress calls %.1f ms "
                        "(budget 50 ms), ending at customer %d\n",
                        kindName, written,
                        format == CustomerExport::Format::Csv ? "CSV" : "JSON lines",
                        percentile(times, 0.5), percentile(times, 0.95), percentile(cpuTimes, 0.5),
                        double(bytes) / 1e6, longestGap, longestGapAt);
        }
    }
    return 0;
}

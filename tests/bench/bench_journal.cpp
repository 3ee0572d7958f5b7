// SPDX-License-Identifier: GPL-3.0-or-later
// bench_journal: the journal on SQLite (app/journal, app/store) on a real file in a temporary
// folder. Prints: begin() + finish() per operation (both committed to disk, median and 95th
// percentile over 1,000); the one-time import of a 100,000-operation JSON-lines journal; on
// that journal, entries(filter) for a customer, for a day and for the changes needing a
// decision, the recent-credit lookup of the credit form, and reading everything. Prints
// figures and asserts nothing beyond the run having worked.
//
//   bench_journal [operations]   (100000 by default)
#include "app/bulk/recentcredits.h"
#include "app/journal/journal.h"
#include "app/journal/jsonlinesimport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace {

double ms(const QElapsedTimer &timer) {
    return double(timer.nsecsElapsed()) / 1e6;
}

double percentile(QList<double> values, double p) {
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(p * double(values.size()))));
}

// The median of `runs` timings of `work`, in ms; `found` gets the size of its last answer.
double medianOf(int runs, const std::function<qsizetype()> &work, qsizetype *found) {
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        *found = work();
        times << ms(timer);
    }
    return percentile(times, 0.5);
}

JournalOperation credit(const QString &profile, const QString &customer, double amount) {
    JournalOperation operation;
    operation.profileId = profile;
    operation.profileName = u"Bench "_s + profile;
    operation.action = u"credit"_s;
    operation.customer = customer;
    operation.method = u"POST"_s;
    operation.path = u"/v1/customers/"_s + customer + u"/balance/credit"_s;
    operation.payload = {
        {u"amount"_s, amount}, {u"amount_units"_s, u"USD"_s}, {u"is_currency"_s, true}};
    operation.reason = u"bench"_s;
    return operation;
}

// A JSON-lines journal as earlier versions wrote it: `count` operations over the last 30
// days, five profiles, 20,000 customers, mostly credits; outcomes of every kind, some
// decisions.
bool writeOldJournal(const QString &path, int count, const QDateTime &now) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const qint64 span = 30LL * 24 * 3600 * 1000;
    const QStringList actions{u"credit"_s, u"credit"_s, u"credit"_s, u"update"_s, u"invite"_s};
    const QStringList outcomes{u"succeeded"_s, u"succeeded"_s, u"succeeded"_s, u"not_made"_s,
                               u"unknown"_s};
    QByteArray out;
    for (int i = 0; i < count; ++i) {
        const QDateTime time = now.addMSecs(-span + span * i / count);
        const QString op = u"op-%1"_s.arg(i);
        const QString customer = u"cust_%1"_s.arg(i % 20000, 5, 10, QLatin1Char('0'));
        const QString profile = u"p-%1"_s.arg(i % 5);
        const QJsonObject begin{
            {u"type"_s, u"begin"_s},
            {u"op"_s, op},
            {u"time"_s, time.toString(Qt::ISODateWithMs)},
            {u"profile"_s, profile},
            {u"profileName"_s, QString(u"Bench "_s + profile)},
            {u"action"_s, actions.at(i % actions.size())},
            {u"customer"_s, customer},
            {u"method"_s, u"POST"_s},
            {u"path"_s, QString(u"/v1/customers/"_s + customer + u"/balance/credit"_s)},
            {u"payload"_s, QJsonObject{{u"amount"_s, 1 + i % 50}, {u"amount_units"_s, u"USD"_s}}},
            {u"reason"_s, u"imported"_s},
        };
        out += QJsonDocument(begin).toJson(QJsonDocument::Compact) + '\n';
        if (i % 97 == 0)
            continue; // no outcome: left by a crash
        const QJsonObject outcome{
            {u"type"_s, u"outcome"_s},
            {u"op"_s, op},
            {u"time"_s, time.addMSecs(300).toString(Qt::ISODateWithMs)},
            {u"outcome"_s, outcomes.at(i % outcomes.size())},
            {u"status"_s, 200},
            {u"detail"_s, QString()},
        };
        out += QJsonDocument(outcome).toJson(QJsonDocument::Compact) + '\n';
        if (i % 10 == 4) {
            const QJsonObject decision{{u"type"_s, u"decision"_s},
                                       {u"op"_s, op},
                                       {u"time"_s, time.addSecs(60).toString(Qt::ISODateWithMs)},
                                       {u"decision"_s, u"went_through"_s},
                                       {u"by"_s, u"bench"_s}};
            out += QJsonDocument(decision).toJson(QJsonDocument::Compact) + '\n';
        }
    }
    return file.write(out) == out.size();
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const int operations = argc > 1 ? qMax(1000, QString::fromLocal8Bit(argv[1]).toInt()) : 100000;
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;

    // begin() + finish(): what every change costs before and after its request.
    {
        Journal journal(dir.filePath(u"writes/journal.sqlite"_s));
        if (!journal.isOpen()) {
            std::fprintf(stderr, "%s\n", qPrintable(journal.problems().join(u' ')));
            return 1;
        }
        constexpr int Writes = 1000;
        QList<double> times;
        for (int i = 0; i < Writes; ++i) {
            QElapsedTimer timer;
            timer.start();
            const QString opId = journal.begin(credit(u"p-1"_s, u"cust_%1"_s.arg(i), 10));
            if (opId.isEmpty() || !journal.finish(opId, JournalOutcome::Succeeded, 200, {})) {
                std::fprintf(stderr, "%s\n", qPrintable(journal.errorString()));
                return 1;
            }
            times << ms(timer);
        }
        std::printf("begin()+finish(), each committed to disk: median %.2f ms, p95 %.2f ms "
                    "(%d operations)\n",
                    percentile(times, 0.5), percentile(times, 0.95), Writes);
    }

    // A large journal, made the way an upgrade makes it: the one-time import.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString folder = dir.filePath(u"large"_s);
    QDir().mkpath(folder);
    if (!writeOldJournal(folder + u"/journal.jsonl"_s, operations, now)) {
        std::fprintf(stderr, "could not write the old journal\n");
        return 1;
    }
    {
        QElapsedTimer readTimer;
        readTimer.start();
        JsonLinesImport reader;
        reader.read(folder + u"/journal.jsonl"_s);
        std::printf("reading those JSON lines alone (as every read did before): %.0f ms\n",
                    ms(readTimer));
    }
    QElapsedTimer importTimer;
    importTimer.start();
    Journal journal(folder + u"/journal.sqlite"_s);
    const double importMs = ms(importTimer);
    if (!journal.isOpen() || !journal.problems().isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(journal.problems().join(u' ')));
        return 1;
    }
    std::printf("import of a %d-operation JSON-lines journal (once, at the first start): %.0f ms\n",
                operations, importMs);

    qsizetype found = 0;
    JournalFilter byCustomer;
    byCustomer.customer = u"cust_01230"_s;
    byCustomer.action = u"credit"_s;
    double t = medianOf(
        9, [&] { return journal.entries(byCustomer).size(); }, &found);
    std::printf("entries(filter) one customer's credits: %.2f ms (%lld entries)\n", t,
                qlonglong(found));

    JournalFilter oneDay;
    oneDay.from = now.addDays(-3);
    oneDay.to = now.addDays(-2);
    t = medianOf(
        9, [&] { return journal.entries(oneDay).size(); }, &found);
    std::printf("entries(filter) one day: %.2f ms (%lld entries)\n", t, qlonglong(found));

    t = medianOf(
        9, [&] { return journal.needingDecision().size(); }, &found);
    std::printf("needingDecision(): %.2f ms (%lld entries)\n", t, qlonglong(found));

    // What the credit form asks on every keystroke.
    const RecentCredits recent(&journal, u"p-1"_s);
    t = medianOf(
        51, [&] { return qsizetype(recent.find({u"cust_19999"_s}, 10, u"USD"_s, now) ? 1 : 0); },
        &found);
    std::printf("recent-credit lookup (RecentCredits::find, one profile, 10 minutes): %.3f ms "
                "(%lld found; %lld credits in the window)\n",
                t, qlonglong(found), qlonglong(recent.recentEntries(now).size()));

    t = medianOf(
        3, [&] { return journal.entries().size(); }, &found);
    std::printf("entries() everything: %.0f ms (%lld entries)\n", t, qlonglong(found));
    return found == operations ? 0 : 1;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// bench_allcustomers: the "All customers" view (ui/index) over an index of made-up customers
// stored straight through CustomerIndex (no sandbox: the view's speed, not the sync's).
// Prints, each next to its budget:
// - sorting every customer by each column the index orders, from the click to the first
//   screen painted in an offscreen table (median and 95th percentile of every run);
// - filters and a search, from the change to the first screen painted;
// - jumping to the middle and to the end, and paging down from there: the longest a single
//   step held the GUI thread (nothing over 50 ms).
// Prints figures and asserts nothing beyond the run having worked.
//
//   bench_allcustomers [customers]   (100000 by default)
#include "app/index/customerindex.h"
#include "app/index/indexcustomermodel.h"
#include "tests/common/madeupcustomers.h"
#include "ui/index/allcustomerspage.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

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

// How long `step` and painting what it changed take, synchronously: the time the person
// waits, and the time the event loop is held.
double timed(QTableView *view, const std::function<void()> &step) {
    QElapsedTimer timer;
    timer.start();
    step();
    view->viewport()->repaint();
    return ms(timer);
}

void line(const char *what, const QList<double> &runs, double budget) {
    const double median = percentile(runs, 0.5);
    std::printf("  %-34s median %7.2f ms  p95 %7.2f ms   (budget: median under %.0f ms) %s\n", what,
                median, percentile(runs, 0.95), budget, median < budget ? "ok" : "OVER");
}

} // namespace

int main(int argc, char *argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int customers = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    constexpr int Runs = 7;

    QTemporaryDir dir;
    CustomerIndex index;
    if (!dir.isValid() || !index.open(dir.filePath(u"customers.sqlite"_s))) {
        std::fprintf(stderr, "index: %s\n", qPrintable(index.errorString()));
        return 1;
    }
    QElapsedTimer fill;
    fill.start();
    if (!MadeUpCustomers::store(index, ProgramKind::Affiliate,
                                MadeUpCustomers::many(ProgramKind::Affiliate, customers))) {
        std::fprintf(stderr, "could not fill the index\n");
        return 1;
    }
    std::printf("bench_allcustomers: %d affiliate customers stored in %.1f s (no budget)\n",
                customers, double(fill.elapsed()) / 1000.0);

    AllCustomersPage page;
    page.resize(1400, 900);
    page.show();
    // Painting before the window is exposed paints nothing, and would time nothing.
    if (!QTest::qWaitForWindowExposed(&page))
        return 1;
    auto *view = page.findChild<QTableView *>(u"allCustomersTable"_s);
    QElapsedTimer open;
    open.start();
    page.setIndex(&index, ProgramKind::Affiliate);
    view->viewport()->repaint();
    std::printf("  index shown, first screen painted:  %.2f ms (%d rows counted)\n", ms(open),
                page.totalCount());
    const auto *model = qobject_cast<const IndexCustomerModel *>(view->model());
    if (page.totalCount() != customers || !model || model->blocksRead() == 0) {
        std::fprintf(stderr, "the table did not show the index's rows\n");
        return 1;
    }

    // 1. Sort by each column the index orders, both ways.
    std::printf("\nsort every customer, click to first screen painted (%d runs each way):\n", Runs);
    QList<double> all;
    for (int section = 0; section < model->columnCount(); ++section) {
        const QString name = model->headerData(section, Qt::Horizontal).toString();
        if (!model->isSortable(section)) {
            std::printf("  %-34s (the index keeps no order for it: not sortable)\n",
                        qPrintable(name));
            continue;
        }
        QList<double> runs;
        for (int run = 0; run < Runs; ++run) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                runs.append(timed(view, [&] { view->sortByColumn(section, order); }));
            }
        }
        line(qPrintable(u"by "_s + name), runs, 50);
        all += runs;
    }
    line("every sortable column", all, 50);

    // 2. Filters and a search, from the change to the first screen.
    std::printf("\nfilters and search, change to first screen painted, count included (%d runs;\n"
                "the budget is the stall's; the index's own query budget is 20 ms):\n",
                Runs);
    view->sortByColumn(1, Qt::AscendingOrder);
    const auto filterRuns = [&](const char *what, const QString &search) {
        QList<double> runs;
        for (int run = 0; run < Runs; ++run) {
            runs.append(timed(view, [&] { page.setSearchText(search); }));
            timed(view, [&] { page.setSearchText({}); });
        }
        line(what, runs, 50);
    };
    filterRuns("search \"walker\"", u"walker"_s);
    filterRuns("search \"noah walk\"", u"noah walk"_s);
    filterRuns("search \"c0500\" (a key part)", u"c0500"_s);
    filterRuns("search \"zz\" (no match)", u"zz"_s);
    auto *status = page.findChild<QComboBox *>(u"allStatus"_s);
    auto *partner = page.findChild<QLineEdit *>(u"allPartner"_s);
    const auto chooseStatus = [&](const QString &value) {
        const int row = status->findData(value);
        status->setCurrentIndex(row);
        Q_EMIT status->activated(row);
    };
    QList<double> statusRuns;
    QList<double> bothRuns;
    for (int run = 0; run < Runs; ++run) {
        statusRuns.append(timed(view, [&] { chooseStatus(u"suspended"_s); }));
        timed(view, [&] { chooseStatus(QString()); });
        // The partner typed first (applied after the typing pause, not timed), then the
        // status chosen: both apply together.
        partner->setText(u"partner_b"_s);
        Q_EMIT partner->textEdited(partner->text());
        QTest::qWait(300);
        bothRuns.append(timed(view, [&] { chooseStatus(u"suspended"_s); }));
        timed(view, [&] { page.clearFilters(); });
    }
    line("status = suspended", statusRuns, 50);
    line("partner and status", bothRuns, 50);

    // 3. Scrolling: jumps and paging, each step held the GUI thread this long.
    std::printf("\nscrolling, sorted by name (a step is the scroll and its paint):\n");
    QScrollBar *bar = view->verticalScrollBar();
    QList<double> steps;
    for (int run = 0; run < Runs; ++run) {
        steps.append(timed(view, [&] { bar->setValue(0); }));
        steps.append(timed(view, [&] { bar->setValue(bar->maximum() / 2); }));
        steps.append(timed(view, [&] { bar->setValue(bar->maximum()); }));
    }
    line("jump to top, middle and end", steps, 50);
    std::printf("  longest jump:                      %7.2f ms   (budget: no stall over 50 ms) "
                "%s\n",
                *std::max_element(steps.cbegin(), steps.cend()),
                *std::max_element(steps.cbegin(), steps.cend()) < 50 ? "ok" : "OVER");
    QList<double> pages;
    bar->setValue(bar->maximum() / 2);
    for (int step = 0; step < 300; ++step)
        pages.append(timed(view, [&] { bar->triggerAction(QAbstractSlider::SliderPageStepAdd); }));
    bar->setValue(bar->maximum());
    for (int step = 0; step < 300; ++step)
        pages.append(timed(view, [&] { bar->triggerAction(QAbstractSlider::SliderPageStepSub); }));
    line("page down (middle), page up (end)", pages, 50);
    std::printf("  longest page step:                 %7.2f ms   (budget: no stall over 50 ms) "
                "%s\n",
                *std::max_element(pages.cbegin(), pages.cend()),
                *std::max_element(pages.cbegin(), pages.cend()) < 50 ? "ok" : "OVER");
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// bench_referraltree: ReferralTreeModel in a QTreeView with in-memory loaders that answer at
// once, so the figures are the model's and the view's own cost, not the network's.
// Prints: loading 5,000 roots; expanding all 5,000 (each loads its two referrals: 15,000
// rows in sight); painting at the top and at the bottom; identifier lookups; revealing a
// customer at depth six. Prints figures and asserts nothing.
#include "models/referraltreemodel.h"
#include "tests/common/referraltreefake.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTreeView>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

double ms(const QElapsedTimer &timer) {
    return double(timer.nsecsElapsed()) / 1e6;
}

void run(bool uniformRowHeights) {
    constexpr int Roots = 5000;
    FakeReferralTree fake;
    fake.synchronous = true;
    fake.pageSize = 250;
    for (int i = 0; i < Roots; ++i) {
        const QString root = u"r%1"_s.arg(i, 5, 10, QLatin1Char('0'));
        fake.add(root);
        fake.add(root + u"a"_s, root);
        fake.add(root + u"b"_s, root);
    }
    // A chain six levels deep under the last root's first referral.
    QString parent = u"r%1a"_s.arg(Roots - 1, 5, 10, QLatin1Char('0'));
    for (int level = 2; level < 6; ++level) {
        const QString id = u"deep%1"_s.arg(level);
        fake.add(id, parent);
        parent = id;
    }

    ReferralTreeModel model;
    fake.attach(model);
    QTreeView view;
    view.setUniformRowHeights(uniformRowHeights);
    view.setModel(&model);
    view.resize(1000, 700);
    view.show();
    QCoreApplication::processEvents();

    QElapsedTimer timer;
    timer.start();
    while (!model.isComplete()) {
        if (!model.loadMore())
            QCoreApplication::processEvents(); // the view's own fetchMore() is on its way
    }
    QCoreApplication::processEvents();
    const double loadRoots = ms(timer);

    timer.restart();
    for (int row = 0; row < Roots; ++row)
        view.expand(model.index(row, 0)); // each expand loads the node's referrals
    QCoreApplication::processEvents();
    const double expandAll = ms(timer);

    timer.restart();
    view.viewport()->repaint();
    const double paintTop = ms(timer);
    timer.restart();
    view.scrollToBottom();
    view.viewport()->repaint();
    const double paintBottom = ms(timer);

    timer.restart();
    int found = 0;
    for (int i = 0; i < 100000; ++i)
        found +=
            model.indexOfIdentifier(u"r%1b"_s.arg(i % Roots, 5, 10, QLatin1Char('0'))).isValid();
    const double lookups = ms(timer);

    timer.restart();
    bool revealed = false;
    QObject::connect(&model, &ReferralTreeModel::revealed, &view, [&](const QModelIndex &index) {
        for (QModelIndex at = index.parent(); at.isValid(); at = at.parent())
            view.expand(at);
        view.scrollTo(index);
        revealed = true;
    });
    model.revealPath(fake.idsTo(u"deep5"_s));
    view.viewport()->repaint();
    const double reveal = ms(timer);

    std::printf("uniform row heights %s\n", uniformRowHeights ? "ON (as the page sets it)" : "OFF");
    std::printf("  load 5,000 roots (20 pages of 250):        %8.1f ms\n", loadRoots);
    std::printf("  expand 5,000 nodes (%d customers loaded):  %8.1f ms  (%.3f ms per node)\n",
                model.loadedCount(), expandAll, expandAll / Roots);
    std::printf("  paint the viewport at the top:             %8.2f ms\n", paintTop);
    std::printf("  scroll to the bottom and paint:            %8.2f ms\n", paintBottom);
    std::printf("  100,000 identifier lookups (%d found):  %8.1f ms\n", found, lookups);
    std::printf("  reveal depth 6 (4 levels to load): %s     %8.2f ms\n",
                revealed ? "done" : "FAILED", reveal);
}

} // namespace

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    run(true);
    run(false);
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/browse/tablecopy.h"

#include "models/csvfield.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMimeData>
#include <QStringList>
#include <QTableView>

#include <algorithm>

namespace {

// Guarded first, so that a value starting with a tab is guarded before the tab becomes a space.
QString cell(const QString &value) {
    QString text = CsvField::guarded(value);
    for (QChar &c : text) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
    }
    return text;
}

QList<int> selectedRows(const QTableView *view) {
    QList<int> rows;
    if (!view->selectionModel())
        return rows;
    const QModelIndexList indexes = view->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : indexes) {
        if (!rows.contains(index.row()))
            rows.append(index.row());
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

} // namespace

QString TableCopy::selectedRowsAsTsv(const QTableView *view) {
    const QAbstractItemModel *model = view->model();
    if (!model)
        return {};
    const QList<int> rows = selectedRows(view);
    if (rows.isEmpty())
        return {};

    const QHeaderView *header = view->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }

    QStringList lines;
    lines.reserve(rows.size() + 1);
    QStringList fields;
    for (int column : columns)
        fields.append(cell(model->headerData(column, Qt::Horizontal).toString()));
    lines.append(fields.join(QLatin1Char('\t')));
    for (int row : rows) {
        fields.clear();
        for (int column : columns)
            fields.append(cell(model->index(row, column).data(Qt::DisplayRole).toString()));
        lines.append(fields.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

int TableCopy::copySelectedRows(const QTableView *view) {
    const QString text = selectedRowsAsTsv(view);
    if (text.isEmpty())
        return 0;
    auto *mime = new QMimeData;
    mime->setText(text);
    // Spreadsheets recognise this type and split the columns without asking.
    mime->setData(QStringLiteral("text/tab-separated-values"), text.toUtf8());
    QGuiApplication::clipboard()->setMimeData(mime);
    return static_cast<int>(text.count(QLatin1Char('\n'))) - 1;
}

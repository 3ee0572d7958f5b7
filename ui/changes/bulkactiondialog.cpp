// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/changes/bulkactiondialog.h"

#include "app/api/changeerror.h"
#include "models/displayformat.h"
#include "ui/widgets/statecolorpalette.h"

#include <algorithm>

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

BulkActionDialog::BulkActionDialog(const QString &title, const QList<Customer> &customers,
                                   Operation operation, QWidget *parent)
    : QDialog(parent)
    , m_customers(customers)
    , m_operation(std::move(operation))
    , m_states(customers.size(), RowState::Waiting)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(int(customers.size()), 2, this))
    , m_progress(new QProgressBar(this))
    , m_close(new QPushButton(tr("Cancel"), this)) {
    setWindowTitle(title);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_table->setHorizontalHeaderLabels({tr("Customer"), tr("Result")});
    m_table->setAccessibleName(tr("Customers and results"));
    m_table->setTabKeyNavigation(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(0, m_table->fontMetrics().averageCharWidth() * 30);
    m_table->setWordWrap(false);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const Customer &customer = m_customers.at(row);
        const QString name = customer.displayName() == customer.identifier()
                                 ? customer.identifier()
                                 : tr("%1 (%2)").arg(customer.displayName(), customer.identifier());
        m_table->setItem(row, 0, new QTableWidgetItem(name));
        m_table->setItem(row, 1, new QTableWidgetItem(tr("Waiting")));
    }
    m_progress->setRange(0, int(customers.size()));
    m_progress->setValue(0);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    connect(m_close, &QPushButton::clicked, this, &BulkActionDialog::reject);
    m_summary->setText(tr("%n customers, one request at a time.", nullptr, int(customers.size())));
    resize(560, 360);
}

void BulkActionDialog::start() {
    if (m_started)
        return; // a second start would send everything twice
    m_started = true;
    next();
}

void BulkActionDialog::cancel() {
    if (!isRunning() || m_cancelled)
        return;
    m_cancelled = true;
    m_close->setEnabled(false);
    m_summary->setText(tr("Stopping after the request in flight…"));
}

void BulkActionDialog::reject() {
    if (isRunning()) {
        cancel(); // the dialog stays until the request in flight has its result
        return;
    }
    QDialog::reject();
}

QString BulkActionDialog::resultText(int row) const {
    const QTableWidgetItem *item = m_table->item(row, 1);
    return item ? item->text() : QString();
}

QList<Customer> BulkActionDialog::succeeded() const {
    QList<Customer> result;
    for (int row = 0; row < m_states.size(); ++row) {
        if (m_states.at(row) == RowState::Succeeded)
            result.append(m_customers.at(row));
    }
    return result;
}

int BulkActionDialog::failedCount() const {
    return int(std::count(m_states.cbegin(), m_states.cend(), RowState::Failed));
}

void BulkActionDialog::setRow(int row, RowState state, const QString &text) {
    m_states[row] = state;
    QTableWidgetItem *item = m_table->item(row, 1);
    item->setText(text);
    item->setToolTip(DisplayFormat::plainToolTip(text));
    if (state == RowState::Failed)
        item->setForeground(
            StateColorPalette(m_table->palette()).text(StateColorPalette::State::Error));
}

void BulkActionDialog::next() {
    ++m_current;
    if (m_current >= m_customers.size() || m_cancelled) {
        finish();
        return;
    }
    const int row = m_current;
    setRow(row, RowState::Running, tr("Sending…"));
    m_table->scrollToItem(m_table->item(row, 0));
    m_summary->setText(
        tr("%1 of %2: %3").arg(row + 1).arg(m_customers.size()).arg(m_table->item(row, 0)->text()));
    m_call = m_operation(m_customers.at(row), this, [this, row](const ApiResult<void> &result) {
        if (result) {
            setRow(row, RowState::Succeeded, tr("Done"));
            Q_EMIT customerSucceeded(m_customers.at(row));
        } else {
            setRow(row, RowState::Failed, ChangeError::sentence(result.error()));
            Q_EMIT customerFailed(m_customers.at(row), result.error());
        }
        m_progress->setValue(row + 1);
        // From the event loop, not from inside the finished call's delivery.
        QMetaObject::invokeMethod(this, &BulkActionDialog::next, Qt::QueuedConnection);
    });
}

void BulkActionDialog::finish() {
    for (int row = 0; row < m_states.size(); ++row) {
        if (m_states.at(row) == RowState::Waiting)
            setRow(row, RowState::NotSent, tr("Not sent (stopped)"));
    }
    m_done = true;
    const int ok = int(succeeded().size());
    const int failed = failedCount();
    if (failed == 0 && !m_cancelled)
        m_summary->setText(tr("All %n customers done.", nullptr, ok));
    else
        m_summary->setText(
            tr("%1 done, %2 failed, %3 not sent.").arg(ok).arg(failed).arg(count() - ok - failed));
    m_close->setText(tr("Close"));
    m_close->setEnabled(true);
    Q_EMIT allDone(ok, failed);
}

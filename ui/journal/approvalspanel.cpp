// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/journal/approvalspanel.h"

#include "app/journal/journal.h"
#include "app/team/creditapprovals.h"
#include "app/team/teamstore.h"
#include "app/team/teamstoreprobe.h"
#include "models/displayformat.h"
#include "ui/journal/approvalthresholdsdialog.h"
#include "ui/widgets/dialogparts.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int RefreshMs = 30 * 1000;

enum Column {
    Asked,
    AskedBy,
    CustomerColumn,
    AmountColumn,
    ReasonColumn,
    StateColumn,
    DecidedBy,
    ColumnCount
};

QTableWidgetItem *plainItem(const QString &text) {
    // QTableWidget never renders an item's text as HTML: server and person text stays text.
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

} // namespace

ApprovalsPanel::ApprovalsPanel(TeamStore *team, bool mayDecide, QString displayName,
                               QWidget *parent)
    : QWidget(parent)
    , m_team(team)
    , m_mayDecide(mayDecide)
    , m_displayName(std::move(displayName))
    , m_heading(DialogParts::heading(tr("Credits waiting for approval"), this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_approve(DialogParts::button(tr("A&pprove and send…"), u"approveButton"_s, this))
    , m_reject(DialogParts::button(tr("Re&ject"), u"rejectButton"_s, this))
    , m_thresholds(DialogParts::button(tr("Approval &thresholds…"), u"thresholdsButton"_s, this))
    , m_status(new QLabel(this))
    , m_timer(new QTimer(this)) {
    setObjectName(u"approvalsPanel"_s);
    m_table->setObjectName(u"approvalsTable"_s);
    m_table->setAccessibleName(tr("Credits waiting for approval"));
    m_table->setHorizontalHeaderLabels({tr("Asked"), tr("Asked by"), tr("Customer"), tr("Amount"),
                                        tr("Reason"), tr("State"), tr("Decided by")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_status->setObjectName(u"approvalsStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_approve->setVisible(m_mayDecide);
    m_reject->setVisible(m_mayDecide);
    m_thresholds->setVisible(m_mayDecide);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_approve);
    buttons->addWidget(m_reject);
    buttons->addStretch();
    buttons->addWidget(m_thresholds);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ApprovalsPanel::updateButtons);
    connect(m_approve, &QPushButton::clicked, this, [this] {
        if (const auto request = selected())
            Q_EMIT approveRequested(*request);
    });
    connect(m_reject, &QPushButton::clicked, this, [this] { rejectSelected(); });
    connect(m_thresholds, &QPushButton::clicked, this, &ApprovalsPanel::editThresholds);
    if (m_team)
        connect(m_team, &TeamStore::approvalsChanged, this, &ApprovalsPanel::refresh);
    connect(m_timer, &QTimer::timeout, this, &ApprovalsPanel::refreshInBackground);
    m_timer->start(RefreshMs);
    refresh();
}

int ApprovalsPanel::waitingCount() const {
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(), [](const auto &request) {
        return request.state == ApprovalRequest::State::Waiting;
    }));
}

bool ApprovalsPanel::isMine(const ApprovalRequest &request) const {
    return request.askedByUser == Journal::currentUser();
}

void ApprovalsPanel::refresh() {
    if (!m_team)
        return;
    ++m_refreshes;
    if (!m_team->ensureConnected()) {
        m_status->setText(m_team->errorString());
        updateButtons();
        return;
    }
    const QList<ApprovalRequest> read = m_team->approvals()->requests();
    if (!m_team->approvals()->errorString().isEmpty()) {
        m_status->setText(m_team->approvals()->errorString());
        return;
    }
    showRequests(read);
}

void ApprovalsPanel::refreshInBackground() {
    if (!m_team)
        return;
    if (!m_probe) {
        m_probe = new TeamStoreProbe(this);
        connect(m_probe, &TeamStoreProbe::approvalsListed, this,
                [this](const QList<ApprovalRequest> &read, const QString &error) {
                    if (m_backgroundFrom != m_refreshes)
                        return;
                    if (!error.isEmpty())
                        m_status->setText(error);
                    else
                        showRequests(read);
                });
    } else if (m_probe->isBusy()) {
        return;
    }
    m_backgroundFrom = m_refreshes;
    m_probe->listApprovals(m_team->target(), m_team->password(), m_team->programId());
}

void ApprovalsPanel::showRequests(const QList<ApprovalRequest> &read) {
    const QString keep = selected() ? selected()->id : QString();
    const int waitingBefore = waitingCount();
    m_requests = read;
    const QLocale locale;
    m_table->setRowCount(int(m_requests.size()));
    for (int row = 0; row < m_requests.size(); ++row) {
        const ApprovalRequest &request = m_requests.at(row);
        const QString customer =
            request.customerLabel.isEmpty() || request.customerLabel == request.customer
                ? request.customer
                : u"%1 (%2)"_s.arg(request.customerLabel, request.customer);
        m_table->setItem(
            row, Asked,
            plainItem(locale.toString(request.askedAt.toLocalTime(), QLocale::ShortFormat)));
        m_table->setItem(row, AskedBy, plainItem(request.askedBy()));
        m_table->setItem(row, CustomerColumn, plainItem(customer));
        m_table->setItem(
            row, AmountColumn,
            plainItem(DisplayFormat::amount(request.amount, request.units, request.isCurrency)));
        m_table->setItem(row, ReasonColumn, plainItem(request.reason));
        m_table->setItem(row, StateColumn, plainItem(CreditApprovals::stateText(request.state)));
        m_table->setItem(row, DecidedBy, plainItem(request.decidedBy()));
        m_table->item(row, Asked)->setData(Qt::UserRole, request.id);
    }
    const int waiting = waitingCount();
    m_heading->setText(waiting == 0 ? tr("Credits waiting for approval: none")
                                    : tr("Credits waiting for approval: %1").arg(waiting));
    m_status->clear();
    if (!keep.isEmpty())
        selectRequest(keep);
    updateButtons();
    if (waiting != waitingBefore)
        Q_EMIT waitingCountChanged(waiting);
}

void ApprovalsPanel::selectRequest(const QString &id) {
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, Asked)->data(Qt::UserRole).toString() == id) {
            m_table->selectRow(row);
            return;
        }
    }
}

std::optional<ApprovalRequest> ApprovalsPanel::selected() const {
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return std::nullopt;
    const int row = items.first()->row();
    if (row < 0 || row >= m_requests.size())
        return std::nullopt;
    return m_requests.at(row);
}

void ApprovalsPanel::updateButtons() {
    const auto request = selected();
    const bool decidable =
        m_mayDecide && request && request->state == ApprovalRequest::State::Waiting;
    m_approve->setEnabled(decidable && !isMine(*request));
    m_reject->setEnabled(decidable && !isMine(*request));
    if (decidable && isMine(*request))
        m_status->setText(tr("You asked for this credit: another person must approve or "
                             "reject it."));
}

bool ApprovalsPanel::rejectSelected() {
    const auto request = selected();
    if (!request || !m_team)
        return false;
    if (!m_team->ensureConnected()) {
        m_status->setText(m_team->errorString());
        return false;
    }
    if (!m_team->approvals()->reject(request->id, Journal::currentUser(), m_displayName)) {
        m_status->setText(m_team->approvals()->errorString());
        refresh();
        return false;
    }
    m_team->announceApprovals();
    refresh();
    m_status->setText(
        tr("Rejected: %1 to %2 will never be sent.")
            .arg(DisplayFormat::amount(request->amount, request->units, request->isCurrency),
                 request->customerLabel.isEmpty() ? request->customer : request->customerLabel));
    return true;
}

void ApprovalsPanel::editThresholds() {
    if (!m_team)
        return;
    auto *dialog = new ApprovalThresholdsDialog(m_team, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/browse/transactionspanel.h"

#include "app/api/apicall.h"
#include "app/api/apiclient.h" // before customerservice.h, which needs it complete
#include "app/api/apiresult.h"
#include "app/api/customerservice.h"
#include "app/api/latestrequest.h"
#include "app/session/session.h"
#include "models/transactiontablemodel.h"
#include "ui/browse/pagebar.h"
#include "ui/browse/statebanner.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

TransactionsPanel::TransactionsPanel(Session *session, const QString &identifier, ProgramKind kind,
                                     QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_identifier(identifier)
    , m_model(new TransactionTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_request(new LatestRequest(this))
    , m_banner(new StateBanner(this))
    , m_view(new QTableView(this))
    , m_pageBar(new PageBar(this)) {
    setObjectName(QStringLiteral("transactionsPanel"));
    m_model->setProgramKind(kind);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TransactionTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_view->setObjectName(QStringLiteral("transactionTable"));
    m_view->setAccessibleName(tr("Transactions"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    QHeaderView *rows = m_view->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    rows->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    header->setDefaultSectionSize(130);
    header->setToolTip(tr("Sorting orders the rows of this page only."));
    m_view->setSortingEnabled(true);

    m_pageBar->setPageSize(m_limit);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_pageBar);

    connect(m_pageBar, &PageBar::pageRequested, this, &TransactionsPanel::showPage);
    connect(m_pageBar, &PageBar::pageSizeChanged, this, &TransactionsPanel::setPageSize);
    connect(m_banner, &StateBanner::retryRequested, this, &TransactionsPanel::reload);
    connect(m_banner, &StateBanner::newKeyRequested, this, &TransactionsPanel::newKeyRequested);
}

void TransactionsPanel::ensureLoaded() {
    if (!m_hasPage && !m_loading)
        load(m_page);
}

void TransactionsPanel::reload() {
    load(m_page);
}

void TransactionsPanel::showPage(int page) {
    load(qMax(1, page));
}

void TransactionsPanel::setPageSize(int size) {
    const int firstRow = m_hasPage && m_model->pageInfo().from > 0 ? m_model->pageInfo().from
                                                                   : (m_page - 1) * m_limit + 1;
    m_limit = qBound(1, size, 250);
    m_pageBar->setPageSize(m_limit);
    load((firstRow - 1) / m_limit + 1);
}

void TransactionsPanel::load(int page) {
    if (!m_session)
        return;
    m_page = page;
    m_loading = true;
    m_banner->showLoading(tr("Loading transactions…"));
    ApiCall *call = m_session->customers()->transactions(
        m_identifier, m_limit, page, this,
        [this](const ApiResult<Page<Transaction>> &result) { onResult(result); });
    m_request->start(call);
    m_banner->followRetries(call);
}

void TransactionsPanel::onResult(const ApiResult<Page<Transaction>> &result) {
    m_loading = false;
    if (!result) {
        m_banner->showFailure(result.error());
        return;
    }
    m_model->setPage(result.value());
    m_hasPage = true;
    m_pageBar->setPageInfo(m_model->pageInfo());
    if (m_model->rowCount() == 0) {
        m_banner->showEmpty(m_page > 1 ? tr("There are no transactions on page %1.").arg(m_page)
                                       : tr("This customer has no transactions."));
    } else {
        m_banner->clear();
    }
    Q_EMIT pageShown(m_model->pageInfo());
}

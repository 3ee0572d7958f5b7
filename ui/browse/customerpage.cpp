// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/browse/customerpage.h"

#include <QEvent>

#include "app/api/apicall.h"
#include "app/api/apiresult.h"
#include "app/api/customerprefetch.h"
#include "app/api/latestrequest.h"
#include "app/profiles/profilestore.h"
#include "app/session/session.h"
#include "models/customerproxymodel.h"
#include "models/customertablemodel.h"
#include "ui/browse/columnlayout.h"
#include "ui/browse/pagebar.h"
#include "ui/browse/statebanner.h"
#include "ui/browse/tablecopy.h"
#include "ui/widgets/rowstatedelegate.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

CustomerPage::CustomerPage(ProfileStore *profiles, QWidget *parent)
    : QWidget(parent)
    , m_profiles(profiles)
    , m_model(new CustomerTableModel(this))
    , m_proxy(new CustomerProxyModel(this))
    , m_pageRequest(new LatestRequest(this))
    , m_prefetch(new CustomerPrefetch(this))
    , m_banner(new StateBanner(this))
    , m_view(new QTableView(this))
    , m_columns(nullptr)
    , m_pageBar(new PageBar(this))
    , m_copy(new QAction(this))
    , m_open(new QAction(this)) {
    setObjectName(QStringLiteral("customerPage"));
    m_query.limit = Profile::DefaultPageSize;

    m_proxy->setSourceModel(m_model);

    m_view->setObjectName(QStringLiteral("customerTable"));
    m_view->setModel(m_proxy);
    // Marks a customer the server's answer held in a shape beyond repair.
    m_view->setItemDelegate(new RowStateDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setCornerButtonEnabled(false);
    m_view->setTabKeyNavigation(false); // Tab leaves the table, as everywhere else
    // One fixed row height: a 250-row page lays out in no time and rows never jump.
    QHeaderView *rows = m_view->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    rows->setMinimumSectionSize(m_view->fontMetrics().height() + 4);
    rows->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    m_view->setSortingEnabled(true);
    m_columns = new ColumnLayout(header, this);

    m_copy->setObjectName(QStringLiteral("copyRowsAction"));
    m_copy->setShortcut(QKeySequence::Copy);
    // Only while the table has the focus: Ctrl+C in the lookup box copies its text.
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    // Right-click on a row: the same two actions as the menus.
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(m_open);
    m_view->addAction(m_copy);
    connect(m_copy, &QAction::triggered, this, &CustomerPage::copySelectedRows);
    m_open->setObjectName(QStringLiteral("openCustomerAction"));
    connect(m_open, &QAction::triggered, this, &CustomerPage::openCurrent);

    buildFilterBar();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_affiliateFilters);
    filters->addWidget(m_referralFilters);
    filters->addWidget(m_noFilters);
    filters->addStretch(1);
    layout->addLayout(filters);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_pageBar);

    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (source.isValid())
            Q_EMIT customerActivated(m_model->customerAt(source.row()));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CustomerPage::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CustomerPage::updateActions);
    connect(m_pageBar, &PageBar::pageRequested, this, &CustomerPage::showPage);
    connect(m_pageBar, &PageBar::pageSizeChanged, this, &CustomerPage::setPageSize);
    connect(m_banner, &StateBanner::retryRequested, this, &CustomerPage::reload);
    connect(m_banner, &StateBanner::newKeyRequested, this, &CustomerPage::newKeyRequested);

    m_pageBar->setPageSize(m_query.limit);
    retranslate();
    setSession(nullptr);
}

void CustomerPage::retranslate() {
    m_copy->setText(tr("Cop&y selected rows"));
    m_open->setText(tr("&Open customer"));
    m_view->setAccessibleName(tr("Customers"));
    for (QLineEdit *edit : {m_partnerKey, m_partnerEmail})
        edit->setPlaceholderText(tr("any partner"));
    m_partnerKey->setAccessibleName(tr("Partner key filter"));
    m_partnerEmail->setAccessibleName(tr("Partner email filter"));
    m_applyFilter->setText(tr("&Apply filter"));
    m_clearFilter->setText(tr("C&lear"));
    m_clearFilter->setAccessibleName(tr("Clear the partner filter"));
    m_keyLabel->setText(tr("Partner &key:"));
    m_emailLabel->setText(tr("Partner e&mail:"));
    m_referStatus->setAccessibleName(tr("Referred or not"));
    m_referStatus->setItemText(0, tr("All customers"));
    m_referStatus->setItemText(1, tr("Referred by another customer"));
    m_referStatus->setItemText(2, tr("Not referred"));
    m_showLabel->setText(tr("&Show:"));
    m_noFilters->setText(tr("Filters appear once the program's kind is known."));
}

void CustomerPage::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

CustomerPage::~CustomerPage() = default;

void CustomerPage::buildFilterBar() {
    m_affiliateFilters = new QWidget(this);
    m_affiliateFilters->setObjectName(QStringLiteral("affiliateFilters"));
    m_partnerKey = new QLineEdit(m_affiliateFilters);
    m_partnerKey->setObjectName(QStringLiteral("partnerKeyFilter"));
    m_partnerKey->setClearButtonEnabled(true);
    m_partnerEmail = new QLineEdit(m_affiliateFilters);
    m_partnerEmail->setObjectName(QStringLiteral("partnerEmailFilter"));
    m_partnerEmail->setClearButtonEnabled(true);
    m_applyFilter = new QPushButton(m_affiliateFilters);
    m_applyFilter->setObjectName(QStringLiteral("applyFilterButton"));
    m_clearFilter = new QPushButton(m_affiliateFilters);
    m_clearFilter->setObjectName(QStringLiteral("clearFilterButton"));
    auto *keyLabel = new QLabel(m_affiliateFilters);
    m_keyLabel = keyLabel;
    keyLabel->setBuddy(m_partnerKey);
    auto *emailLabel = new QLabel(m_affiliateFilters);
    m_emailLabel = emailLabel;
    emailLabel->setBuddy(m_partnerEmail);
    auto *affiliate = new QHBoxLayout(m_affiliateFilters);
    affiliate->setContentsMargins(0, 0, 0, 0);
    affiliate->addWidget(keyLabel);
    affiliate->addWidget(m_partnerKey);
    affiliate->addWidget(emailLabel);
    affiliate->addWidget(m_partnerEmail);
    affiliate->addWidget(m_applyFilter);
    affiliate->addWidget(m_clearFilter);
    connect(m_partnerKey, &QLineEdit::returnPressed, this, &CustomerPage::applyFilterFields);
    connect(m_partnerEmail, &QLineEdit::returnPressed, this, &CustomerPage::applyFilterFields);
    connect(m_applyFilter, &QPushButton::clicked, this, &CustomerPage::applyFilterFields);
    connect(m_clearFilter, &QPushButton::clicked, this, &CustomerPage::clearFilters);

    m_referralFilters = new QWidget(this);
    m_referralFilters->setObjectName(QStringLiteral("referralFilters"));
    m_referStatus = new QComboBox(m_referralFilters);
    m_referStatus->setObjectName(QStringLiteral("referStatusFilter"));
    // In this order: retranslate() names them by row.
    m_referStatus->addItem(QString(), QVariant::fromValue(int(CustomerQuery::ReferStatus::Any)));
    m_referStatus->addItem(QString(),
                           QVariant::fromValue(int(CustomerQuery::ReferStatus::Referred)));
    m_referStatus->addItem(QString(),
                           QVariant::fromValue(int(CustomerQuery::ReferStatus::NonReferred)));
    auto *showLabel = new QLabel(m_referralFilters);
    m_showLabel = showLabel;
    showLabel->setBuddy(m_referStatus);
    auto *referral = new QHBoxLayout(m_referralFilters);
    referral->setContentsMargins(0, 0, 0, 0);
    referral->addWidget(showLabel);
    referral->addWidget(m_referStatus);
    connect(m_referStatus, &QComboBox::activated, this, &CustomerPage::applyFilterFields);

    m_noFilters = new QLabel(this);
    m_noFilters->setObjectName(QStringLiteral("noFiltersLabel"));
}

Session *CustomerPage::session() const {
    return m_session;
}

QSortFilterProxyModel *CustomerPage::proxyModel() const {
    return m_proxy;
}

QString CustomerPage::columnsKey(ProgramKind kind) {
    return QStringLiteral("columns/") + programKindId(kind);
}

void CustomerPage::setSession(Session *session) {
    m_pageRequest->clear();
    dropPrefetched();
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_loading = false;
    m_hasPage = false;
    if (m_model->rowCount() > 0)
        m_model->clear();
    m_pageBar->clearPageInfo();
    m_query = CustomerQuery();
    resetFilterFields();

    if (!session) {
        applyKind(ProgramKind::Unknown);
        m_query.limit = m_pageBar->pageSize();
        m_banner->showEmpty(tr("Not connected. Choose a profile under Connection."));
        setRequestState(QString());
        updateActions();
        return;
    }

    int size = session->profile().pageSize;
    if (m_profiles) {
        if (const auto stored = m_profiles->profile(session->profile().id))
            size = stored->pageSize;
    }
    m_query.limit = qBound(1, size, 250);
    m_pageBar->setPageSize(m_query.limit);
    applyKind(session->kind());

    connect(session, &Session::connected, this, [this] {
        if (!m_session)
            return;
        if (m_session->kind() != m_kind) {
            applyKind(m_session->kind());
            CustomerQuery query;
            query.limit = m_query.limit;
            load(query);
        } else if (!m_hasPage && !m_loading) {
            load(m_query);
        }
    });
    connect(session, &Session::connectionFailed, this, [this](const ApiError &error) {
        if (!m_loading)
            showFailure(error, m_query.page);
    });

    if (session->kind() != ProgramKind::Unknown || session->isConnected()) {
        load(m_query);
    } else {
        // The kind decides the columns and filters: wait for the server to tell it.
        m_banner->showLoading(tr("Connecting…"));
        setRequestState(tr("Connecting…"));
    }
    updateActions();
}

void CustomerPage::applyKind(ProgramKind kind) {
    m_columns->save();
    m_kind = kind;
    m_model->setProgramKind(kind);
    QList<int> hidden;
    if (kind == ProgramKind::Affiliate) {
        // The list endpoint gives neither (documented); the detail dialog shows both. A
        // person who wants them, e.g. against a server that sends them, shows them.
        hidden = {m_model->sectionOf(CustomerTableModel::StatusColumn),
                  m_model->sectionOf(CustomerTableModel::TagsColumn)};
    }
    m_columns->setDefaultHidden(hidden);
    m_columns->setStorage(m_profiles, m_session ? m_session->profile().id : QString(),
                          columnsKey(kind));
    // A restored sort indicator sorts at once; without one the server's order stays.
    const QHeaderView *header = m_view->horizontalHeader();
    m_proxy->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    m_affiliateFilters->setVisible(kind == ProgramKind::Affiliate);
    m_referralFilters->setVisible(kind == ProgramKind::ReferAFriend);
    m_noFilters->setVisible(kind == ProgramKind::Unknown && m_session);
}

void CustomerPage::reload() {
    dropPrefetched();
    if (m_session)
        load(m_query);
}

void CustomerPage::dropPrefetched() {
    ++m_prefetchTurn;
    m_prefetch->drop();
}

void CustomerPage::setPrefetching(bool on) {
    m_prefetching = on;
    if (!on)
        dropPrefetched();
}

void CustomerPage::showPage(int page) {
    CustomerQuery query = m_query;
    query.page = qMax(1, page);
    load(query);
}

void CustomerPage::showFirstPage() {
    showPage(1);
}

void CustomerPage::showPreviousPage() {
    if (m_pageBar->previousAction()->isEnabled())
        showPage(m_model->pageInfo().currentPage - 1);
}

void CustomerPage::showNextPage() {
    if (m_pageBar->nextAction()->isEnabled())
        showPage(m_model->pageInfo().currentPage + 1);
}

void CustomerPage::setPageSize(int size) {
    size = qBound(1, size, 250);
    m_pageBar->setPageSize(size);
    rememberPageSize(size);
    if (size == m_query.limit && (m_hasPage || m_loading))
        return;
    // Stay near what the person was looking at: the page holding the first row shown.
    const PageInfo &shown = m_model->pageInfo();
    const int firstRow =
        m_hasPage && shown.from > 0 ? shown.from : (m_query.page - 1) * m_query.limit + 1;
    CustomerQuery query = m_query;
    query.limit = size;
    query.page = (firstRow - 1) / size + 1;
    m_query.limit = size;
    if (m_session)
        load(query);
}

int CustomerPage::pageSize() const {
    return m_query.limit;
}

void CustomerPage::rememberPageSize(int size) {
    if (!m_profiles || !m_session)
        return;
    auto profile = m_profiles->profile(m_session->profile().id);
    if (!profile || profile->pageSize == size)
        return;
    profile->pageSize = size;
    m_profiles->update(*profile);
}

void CustomerPage::setPartnerFilter(const QString &partnerKey, const QString &partnerEmail) {
    m_partnerKey->setText(partnerKey.trimmed());
    m_partnerEmail->setText(partnerEmail.trimmed());
    applyFilterFields();
}

void CustomerPage::setReferStatusFilter(CustomerQuery::ReferStatus status) {
    m_referStatus->setCurrentIndex(qMax(0, m_referStatus->findData(int(status))));
    applyFilterFields();
}

void CustomerPage::clearFilters() {
    resetFilterFields();
    applyFilterFields();
}

bool CustomerPage::hasFilter() const {
    return !m_query.partnerKey.isEmpty() || !m_query.partnerEmail.isEmpty() ||
           m_query.referStatus != CustomerQuery::ReferStatus::Any;
}

void CustomerPage::resetFilterFields() {
    m_partnerKey->clear();
    m_partnerEmail->clear();
    m_referStatus->setCurrentIndex(0);
}

void CustomerPage::applyFilterFields() {
    CustomerQuery query;
    query.limit = m_query.limit;
    query.page = 1;
    if (m_kind == ProgramKind::Affiliate) {
        query.partnerKey = m_partnerKey->text().trimmed();
        query.partnerEmail = m_partnerEmail->text().trimmed();
    } else if (m_kind == ProgramKind::ReferAFriend) {
        query.referStatus =
            static_cast<CustomerQuery::ReferStatus>(m_referStatus->currentData().toInt());
    }
    if (m_session)
        load(query);
    else
        m_query = query;
}

void CustomerPage::load(const CustomerQuery &query) {
    if (!m_session)
        return;
    ++m_prefetchTurn;
    if (std::optional<Page<Customer>> page = m_prefetch->take(query)) {
        // Read ahead while the person read the page before: shown now, without a request.
        m_pageRequest->clear();
        m_query = query;
        onPageResult(query, ApiResult<Page<Customer>>(std::move(*page)));
        return;
    }
    m_query = query;
    m_loading = true;
    const QString sentence = tr("Loading page %1…").arg(query.page);
    // The rows shown stay visible underneath until the new page replaces them.
    m_banner->showLoading(sentence);
    setRequestState(sentence);
    ApiCall *ahead = m_prefetch->claim(query, [this, query](const ApiResult<Page<Customer>> &r) {
        // A page read ahead that failed is not shown: it is asked for again, as usual.
        if (r || r.error().kind == ApiError::Kind::Cancelled)
            onPageResult(query, r);
        else
            request(query);
    });
    if (ahead) {
        // On its way already: waiting for it is quicker than asking again.
        m_pageRequest->clear();
        watchRetries(ahead);
        return;
    }
    m_prefetch->drop();
    request(query);
}

void CustomerPage::request(const CustomerQuery &query) {
    ApiCall *call = m_session->customers()->list(
        query, this,
        [this, query](const ApiResult<Page<Customer>> &result) { onPageResult(query, result); });
    m_pageRequest->start(call);
    watchRetries(call);
}

void CustomerPage::watchRetries(ApiCall *call) {
    if (!call)
        return;
    connect(call, &ApiCall::retrying, this, [this, call](int, int delayMs, const ApiError &reason) {
        if (m_pageRequest->current() != call && !m_prefetch->isClaimed(call))
            return; // a superseded page says nothing
        const int seconds = (delayMs + 999) / 1000;
        m_banner->showRetrying(reason, seconds);
        // The wait of a rate limit is counted down once, in the window's status bar.
        setRequestState(reason.kind == ApiError::Kind::RateLimited
                            ? tr("Rate limited; trying again when the server allows…")
                            : tr("The server had a problem; trying again in %n "
                                 "seconds…",
                                 nullptr, seconds));
    });
}

void CustomerPage::prefetchNext() {
    // After the rows are painted, so that reading ahead never delays the page asked for.
    const quint64 turn = m_prefetchTurn;
    QTimer::singleShot(0, this, [this, turn] {
        if (turn != m_prefetchTurn || !m_prefetching || !m_session || m_loading || !m_hasPage)
            return;
        const PageInfo &info = m_model->pageInfo();
        if (!info.hasNext)
            return;
        CustomerQuery next = m_query;
        next.page = info.currentPage + 1;
        m_prefetch->start(m_session->customers(), next);
    });
}

void CustomerPage::onPageResult(const CustomerQuery &query,
                                const ApiResult<Page<Customer>> &result) {
    m_loading = false;
    if (!result) {
        showFailure(result.error(), query.page);
        return;
    }

    // Keep the person's place on a refresh of the same page.
    const std::optional<Customer> current = currentCustomer();
    const bool samePage =
        m_hasPage && m_model->pageInfo().currentPage == result.value().info.currentPage;
    m_model->setPage(result.value());
    m_hasPage = true;
    const PageInfo &info = m_model->pageInfo();
    m_pageBar->setPageInfo(info);

    if (m_model->rowCount() == 0) {
        m_banner->showEmpty(emptyText(query));
    } else {
        m_banner->clear();
        int row = samePage && current ? m_model->rowOfIdentifier(current->identifier()) : -1;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(qMax(0, row), 0));
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    }
    setRequestState(m_model->rowCount() == 0
                        ? tr("Page %1 is empty.").arg(info.currentPage)
                        : tr("Page %1: %2.").arg(info.currentPage).arg(PageBar::rowsText(info)));
    updateActions();
    Q_EMIT pageShown(info);
    prefetchNext();
}

void CustomerPage::showFailure(const ApiError &error, int page) {
    switch (error.kind) {
    case ApiError::Kind::Cancelled:
        m_banner->clear();
        setRequestState(tr("Cancelled."));
        return;
    case ApiError::Kind::Unauthorized:
        m_banner->showSignedOut(error);
        setRequestState(tr("Signed out: the API key was not accepted."));
        return;
    case ApiError::Kind::RateLimited:
        m_banner->showRateLimited(error.retryAfter > 0 ? error.retryAfter : 0);
        setRequestState(tr("Page %1 was not loaded: the server is limiting requests.").arg(page));
        return;
    default:
        m_banner->showError(error);
        // Short for the status bar; the banner above the table has the whole sentence.
        setRequestState(
            error.httpStatus > 0
                ? tr("Page %1 could not be loaded (HTTP %2).").arg(page).arg(error.httpStatus)
                : tr("Page %1 could not be loaded.").arg(page));
        return;
    }
}

QString CustomerPage::emptyText(const CustomerQuery &query) const {
    // The value may be the partner's key or an opaque id (the API's examples show both in a
    // customer's `partner`), and the filter is by key: an empty answer does not prove that
    // the partner has no customers.
    if (!query.partnerKey.isEmpty())
        return tr("No customers were found for the partner filter “%1”. The server may identify "
                  "partners by a different value than the one shown.")
            .arg(query.partnerKey);
    if (!query.partnerEmail.isEmpty())
        return tr("No customers belong to the partner with the email “%1”.")
            .arg(query.partnerEmail);
    if (query.referStatus == CustomerQuery::ReferStatus::Referred)
        return tr("No customer was referred by another customer.");
    if (query.referStatus == CustomerQuery::ReferStatus::NonReferred)
        return tr("Every customer was referred by another customer.");
    if (query.page > 1)
        return tr("There are no customers on page %1. Go back with Previous page.").arg(query.page);
    return tr("This program has no customers yet.");
}

void CustomerPage::setRequestState(const QString &sentence) {
    if (sentence == m_requestState)
        return;
    m_requestState = sentence;
    Q_EMIT requestStateChanged(sentence);
}

QList<Customer> CustomerPage::selectedCustomers() const {
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<Customer> customers;
    for (int row : rows) {
        const QModelIndex source = m_proxy->mapToSource(m_proxy->index(row, 0));
        customers.append(m_model->customerAt(source.row()));
    }
    return customers;
}

bool CustomerPage::selectCustomer(const QString &identifier) {
    const int row = identifier.isEmpty() ? -1 : m_model->rowOfIdentifier(identifier);
    const QModelIndex index =
        row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_view->clearSelection();
        return false;
    }
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

std::optional<Customer> CustomerPage::currentCustomer() const {
    const QModelIndex source = m_proxy->mapToSource(m_view->currentIndex());
    if (!source.isValid())
        return std::nullopt;
    return m_model->customerAt(source.row());
}

QString CustomerPage::selectedRowsAsText() const {
    return TableCopy::selectedRowsAsTsv(m_view);
}

void CustomerPage::copySelectedRows() {
    const int rows = TableCopy::copySelectedRows(m_view);
    if (rows > 0)
        setRequestState(tr("Copied %n rows.", nullptr, rows));
}

void CustomerPage::openCurrent() {
    if (const auto customer = currentCustomer())
        Q_EMIT customerActivated(*customer);
}

void CustomerPage::saveColumns() {
    m_columns->save();
}

QMenu *CustomerPage::createColumnsMenu(QWidget *parent) {
    return m_columns->createMenu(parent);
}

void CustomerPage::updateActions() {
    m_copy->setEnabled(m_view->selectionModel()->hasSelection());
    m_open->setEnabled(m_view->currentIndex().isValid());
}

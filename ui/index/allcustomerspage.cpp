// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/index/allcustomerspage.h"

#include <QEvent>

#include "app/index/indexcustomermodel.h"
#include "app/index/sharedindexreader.h"
#include "models/displayformat.h"
#include "ui/widgets/rowstatedelegate.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

// How long typing must pause before the index is asked again.
constexpr int TypingPauseMs = 150;

QDateEdit *dateEdit(const QString &objectName, QWidget *parent) {
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDate(QDate::currentDate());
    edit->setEnabled(false);
    return edit;
}

} // namespace

AllCustomersPage::AllCustomersPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new IndexCustomerModel(this))
    , m_typing(new QTimer(this)) {
    setObjectName(u"allCustomersPage"_s);
    m_typing->setSingleShot(true);
    m_typing->setInterval(TypingPauseMs);
    connect(m_typing, &QTimer::timeout, this, &AllCustomersPage::applyFilters);
}

void AllCustomersPage::setVisible(bool visible) {
    // Before Qt shows the children and lays them out, so the page's first frame is complete.
    if (visible)
        ensureBuilt();
    QWidget::setVisible(visible);
}

void AllCustomersPage::ensureBuilt() const {
    if (!m_view)
        const_cast<AllCustomersPage *>(this)->build();
}

void AllCustomersPage::build() {
    m_stack = new QStackedWidget(this);
    m_view = new QTableView(this);
    m_empty = new QLabel(this);
    m_count = new QLabel(this);
    buildFilterBar();
    setUpTable();

    m_empty->setObjectName(u"allCustomersEmpty"_s);
    // The sentence may quote the search words as typed: never markup.
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_stack->setObjectName(u"allCustomersStack"_s);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    m_count->setObjectName(u"allCustomersCount"_s);
    m_count->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *first = new QHBoxLayout;
    first->addWidget(m_search, 2);
    first->addWidget(m_status);
    first->addWidget(m_affiliateFilters, 3);
    first->addWidget(m_referralFilters, 3);
    layout->addLayout(first);
    auto *second = new QHBoxLayout;
    second->addWidget(m_created);
    second->addWidget(m_createdFrom);
    m_createdToLabel = new QLabel(this);
    second->addWidget(m_createdToLabel);
    second->addWidget(m_createdTo);
    second->addSpacing(12);
    second->addWidget(m_updated);
    second->addWidget(m_updatedFrom);
    m_updatedToLabel = new QLabel(this);
    second->addWidget(m_updatedToLabel);
    second->addWidget(m_updatedTo);
    second->addStretch(1);
    layout->addLayout(second);
    layout->addWidget(m_stack, 1);
    // Clear sits with the count, out of the filter rows: they stay narrow enough for a small
    // window.
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_clear);
    layout->addLayout(bottom);

    retranslate();
    for (const auto &action : std::as_const(m_contextActions)) {
        if (action)
            m_view->addAction(action);
    }
    keepTabPlace();
    setIndex(m_index, m_kind);
}

void AllCustomersPage::keepTabPlace() {
    // Built after the window, the fields were put at the end of its Tab order: they go back
    // to the page's own place, after whatever comes before the page (the tab bar).
    if (isWindow())
        return;
    QWidget *anchor = previousInFocusChain();
    while (anchor != window() && (anchor->focusPolicy() == Qt::NoFocus || isAncestorOf(anchor)))
        anchor = anchor->previousInFocusChain();
    if (anchor == window())
        return;
    const auto ownStop = [this](QWidget *widget) {
        if (!isAncestorOf(widget) || !(widget->focusPolicy() & Qt::TabFocus))
            return false;
        // A field inside a field (a date edit's line edit) moves with it.
        for (QWidget *up = widget->parentWidget(); up != this; up = up->parentWidget()) {
            if (up->focusPolicy() != Qt::NoFocus)
                return false;
        }
        return true;
    };
    QList<QWidget *> fields;
    for (QWidget *widget = window()->nextInFocusChain(); widget != window();
         widget = widget->nextInFocusChain()) {
        if (ownStop(widget))
            fields.append(widget);
    }
    QWidget *previous = anchor;
    for (QWidget *field : std::as_const(fields)) {
        QWidget::setTabOrder(previous, field);
        previous = field;
    }
}

void AllCustomersPage::retranslate() {
    m_createdToLabel->setText(tr("to"));
    m_updatedToLabel->setText(tr("to"));
    m_search->setAccessibleName(tr("Search all customers"));
    m_search->setPlaceholderText(tr("Search names, emails, keys and IDs"));
    m_status->setAccessibleName(tr("Status"));
    m_partner->setAccessibleName(tr("Partner"));
    m_partner->setPlaceholderText(tr("Partner key"));
    m_tag->setAccessibleName(tr("Tag"));
    m_tag->setPlaceholderText(tr("Tag"));
    m_referrer->setAccessibleName(tr("Referrer"));
    m_referrer->setPlaceholderText(tr("Referrer's ID"));
    m_referStatus->setAccessibleName(tr("Refer status"));
    m_referStatus->setItemText(0, tr("Referred or not"));
    m_referStatus->setItemText(1, tr("Referred"));
    m_referStatus->setItemText(2, tr("Not referred"));
    m_created->setText(tr("Created from"));
    m_createdFrom->setAccessibleName(tr("Created from"));
    m_createdTo->setAccessibleName(tr("Created until"));
    m_updated->setText(tr("Updated from"));
    m_updatedFrom->setAccessibleName(tr("Updated from"));
    m_updatedTo->setAccessibleName(tr("Updated until"));
    m_clear->setText(tr("Clear filters"));
    m_view->setAccessibleName(tr("All customers"));
    for (int i = 0; i < m_status->count(); ++i) {
        const QString status = m_status->itemData(i).toString();
        m_status->setItemText(i, status.isEmpty() ? tr("Any status")
                                                  : DisplayFormat::customerStatus(status));
    }
}

void AllCustomersPage::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);
    // Not built yet: it is built in the language of the day.
    if (event->type() == QEvent::LanguageChange && m_view) {
        retranslate();
        // The count and the empty page's sentence, with numbers in the new locale.
        if (m_empty)
            showState();
    }
}

AllCustomersPage::~AllCustomersPage() = default;

void AllCustomersPage::buildFilterBar() {
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"allSearch"_s);
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));

    m_status = new QComboBox(this);
    m_status->setObjectName(u"allStatus"_s);
    connect(m_status, &QComboBox::activated, this, &AllCustomersPage::applyFilters);

    m_affiliateFilters = new QWidget(this);
    m_partner = new QLineEdit(m_affiliateFilters);
    m_partner->setObjectName(u"allPartner"_s);
    m_partner->setClearButtonEnabled(true);
    connect(m_partner, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    m_tag = new QLineEdit(m_affiliateFilters);
    m_tag->setObjectName(u"allTag"_s);
    m_tag->setClearButtonEnabled(true);
    connect(m_tag, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    auto *affiliate = new QHBoxLayout(m_affiliateFilters);
    affiliate->setContentsMargins(0, 0, 0, 0);
    affiliate->addWidget(m_partner);
    affiliate->addWidget(m_tag);

    m_referralFilters = new QWidget(this);
    m_referStatus = new QComboBox(m_referralFilters);
    m_referStatus->setObjectName(u"allReferStatus"_s);
    // In this order: retranslate() names them by row.
    m_referStatus->addItem(QString(), int(IndexQuery::ReferStatus::Any));
    m_referStatus->addItem(QString(), int(IndexQuery::ReferStatus::Referred));
    m_referStatus->addItem(QString(), int(IndexQuery::ReferStatus::NonReferred));
    connect(m_referStatus, &QComboBox::activated, this, &AllCustomersPage::applyFilters);
    m_referrer = new QLineEdit(m_referralFilters);
    m_referrer->setObjectName(u"allReferrer"_s);
    m_referrer->setClearButtonEnabled(true);
    connect(m_referrer, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    auto *referral = new QHBoxLayout(m_referralFilters);
    referral->setContentsMargins(0, 0, 0, 0);
    referral->addWidget(m_referStatus);
    referral->addWidget(m_referrer);

    m_created = new QCheckBox(this);
    m_created->setObjectName(u"allCreatedRange"_s);
    m_createdFrom = dateEdit(u"allCreatedFrom"_s, this);
    m_createdTo = dateEdit(u"allCreatedTo"_s, this);
    m_updated = new QCheckBox(this);
    m_updated->setObjectName(u"allUpdatedRange"_s);
    m_updatedFrom = dateEdit(u"allUpdatedFrom"_s, this);
    m_updatedTo = dateEdit(u"allUpdatedTo"_s, this);
    for (QCheckBox *range : {m_created, m_updated}) {
        connect(range, &QCheckBox::toggled, this, [this] {
            m_createdFrom->setEnabled(m_created->isChecked());
            m_createdTo->setEnabled(m_created->isChecked());
            m_updatedFrom->setEnabled(m_updated->isChecked());
            m_updatedTo->setEnabled(m_updated->isChecked());
            applyFilters();
        });
    }
    for (QDateEdit *edit : {m_createdFrom, m_createdTo, m_updatedFrom, m_updatedTo})
        connect(edit, &QDateEdit::dateChanged, m_typing, qOverload<>(&QTimer::start));

    m_clear = new QPushButton(this);
    m_clear->setObjectName(u"clearFilters"_s);
    connect(m_clear, &QPushButton::clicked, this, &AllCustomersPage::clearFilters);
}

void AllCustomersPage::setUpTable() {
    m_view->setObjectName(u"allCustomersTable"_s);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new RowStateDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setCornerButtonEnabled(false);
    m_view->setTabKeyNavigation(false);
    // The window adds the change actions (Edit, Suspend, Delete…) to the view.
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    // One fixed row height: the view lays out 100,000 rows without asking for any of them.
    QHeaderView *rows = m_view->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    rows->setMinimumSectionSize(m_view->fontMetrics().height() + 4);
    rows->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    header->setDefaultSectionSize(150);
    // The arrow on the model's order (names) before sorting is on, which sorts by the arrow.
    keepSortIndicator();
    m_view->setSortingEnabled(true);
    // After the view's own connection has asked the model to sort: a column the index keeps
    // no order for did not sort, so the arrow goes back to the column that did.
    connect(header, &QHeaderView::sortIndicatorChanged, this, &AllCustomersPage::keepSortIndicator);

    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const auto customer = m_model->customerAt(index.row()))
            Q_EMIT customerActivated(*customer);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AllCustomersPage::selectionChanged);
    // A new order or new filters start at the top; reload() keeps the place itself.
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QAbstractItemView::scrollToTop);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AllCustomersPage::showState);
    // A shared index counts further when the view reaches the end of what it counted; its
    // count arrives after the query (rows inserted), or moves the end after a reload.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AllCustomersPage::showState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AllCustomersPage::showState);
    connect(m_model, &IndexCustomerModel::loadingChanged, this, &AllCustomersPage::showState);
    connect(m_model, &IndexCustomerModel::readFailed, this, &AllCustomersPage::showState);
}

void AllCustomersPage::keepSortIndicator() {
    const int section =
        m_model->sectionOf(IndexCustomerModel::tableColumnOf(m_model->query().sort));
    QHeaderView *header = m_view->horizontalHeader();
    if (header->sortIndicatorSection() != section ||
        header->sortIndicatorOrder() != m_model->query().order)
        header->setSortIndicator(section, m_model->query().order);
}

void AllCustomersPage::setIndex(CustomerIndex *index, ProgramKind kind) {
    m_index = index;
    m_kind = kind;
    // Read when the page is built.
    if (!m_view)
        return;
    showKindFilters();
    m_model->setIndex(index, kind);
    readIndexState();
    applyFilters();
    keepSortIndicator();
}

void AllCustomersPage::showKindFilters() {
    const bool referral = m_kind == ProgramKind::ReferAFriend;
    m_affiliateFilters->setVisible(!referral);
    m_referralFilters->setVisible(referral);
    const QStringList statuses = referral ? QStringList{u"active"_s, u"archived"_s}
                                          : QStringList{u"active"_s, u"suspended"_s, u"pending"_s};
    m_status->clear();
    m_status->addItem(tr("Any status"), QString());
    for (const QString &status : statuses)
        m_status->addItem(DisplayFormat::customerStatus(status), status);
}

void AllCustomersPage::clearFilters() {
    ensureBuilt();
    m_typing->stop();
    m_search->clear();
    m_partner->clear();
    m_tag->clear();
    m_referrer->clear();
    m_status->setCurrentIndex(0);
    m_referStatus->setCurrentIndex(0);
    const QSignalBlocker blockCreated(m_created);
    const QSignalBlocker blockUpdated(m_updated);
    m_created->setChecked(false);
    m_updated->setChecked(false);
    for (QDateEdit *edit : {m_createdFrom, m_createdTo, m_updatedFrom, m_updatedTo}) {
        const QSignalBlocker block(edit);
        edit->setDate(QDate::currentDate());
        edit->setEnabled(false);
    }
    applyFilters();
}

void AllCustomersPage::setSearchText(const QString &text) {
    ensureBuilt();
    m_search->setText(text);
    applyFilters();
}

IndexQuery AllCustomersPage::queryFromFields() const {
    IndexQuery query;
    const IndexQuery current = m_model->query();
    query.sort = current.sort;
    query.order = current.order;
    query.search = m_search->text().trimmed();
    query.status = m_status->currentData().toString();
    if (m_kind == ProgramKind::ReferAFriend) {
        query.referStatus = IndexQuery::ReferStatus(m_referStatus->currentData().toInt());
        query.referrer = m_referrer->text().trimmed();
    } else {
        query.partner = m_partner->text().trimmed();
        query.tag = m_tag->text().trimmed();
    }
    // Whole days in local time, both ends included.
    if (m_created->isChecked()) {
        query.createdFrom = m_createdFrom->date().startOfDay();
        query.createdTo = m_createdTo->date().endOfDay();
    }
    if (m_updated->isChecked()) {
        query.updatedFrom = m_updatedFrom->date().startOfDay();
        query.updatedTo = m_updatedTo->date().endOfDay();
    }
    return query;
}

bool AllCustomersPage::hasFilters(const IndexQuery &query) const {
    return !query.search.isEmpty() || !query.partner.isEmpty() || !query.status.isEmpty() ||
           !query.tag.isEmpty() || query.referStatus != IndexQuery::ReferStatus::Any ||
           !query.referrer.isEmpty() || query.createdFrom.isValid() || query.createdTo.isValid() ||
           query.updatedFrom.isValid() || query.updatedTo.isValid();
}

void AllCustomersPage::applyFilters() {
    m_typing->stop();
    m_model->setQuery(queryFromFields());
}

void AllCustomersPage::reload() {
    // Not built yet: building reads the index as it is then.
    if (!m_view)
        return;
    // The same place in the table after the index changed, as far as it still exists.
    const int scroll = m_view->verticalScrollBar()->value();
    const int current = m_view->currentIndex().row();
    const int currentColumn = std::max(0, m_view->currentIndex().column());
    readIndexState();
    m_model->reload();
    m_view->verticalScrollBar()->setValue(scroll);
    if (current >= 0 && current < m_model->rowCount())
        m_view->setCurrentIndex(m_model->index(current, currentColumn));
}

void AllCustomersPage::readIndexState() {
    if (SharedIndexReader *reader = m_model->reader()) {
        // A shared index is read on the model's reader; the window gives the page an index
        // once it has a complete pass, so it is taken as one until the state says otherwise.
        // The count it holds stays what it was until then (unknown at first).
        if (!m_hasIndex)
            m_indexCount = -1;
        m_hasIndex = true;
        connect(reader, &SharedIndexReader::stateRead, this, &AllCustomersPage::onIndexStateRead,
                Qt::UniqueConnection);
        m_stateTicket = reader->readState();
        return;
    }
    m_stateTicket = 0;
    m_hasIndex = m_index && m_index->isOpen() && m_index->completePass().has_value();
    m_indexCount = m_hasIndex ? m_index->count() : 0;
}

void AllCustomersPage::onIndexStateRead(quint64 ticket, const SharedIndexState &state) {
    if (ticket != m_stateTicket)
        return;
    m_stateTicket = 0;
    m_hasIndex = state.ready;
    m_indexCount = state.ready ? state.count : 0;
    showState();
}

void AllCustomersPage::showState() {
    const bool hasIndex = m_hasIndex;
    const int matching = m_model->rowCount();
    const IndexQuery query = m_model->query();
    const bool filtered = hasFilters(query);
    // A shared index is read on another thread: the count of the query, and how many the
    // index holds, may still be on their way.
    const bool loading = m_model->isLoading();
    const bool totalKnown = !filtered || m_indexCount >= 0;
    const int all = filtered ? std::max(m_indexCount, 0) : matching;
    const QString failure = m_model->errorString();

    for (QWidget *filter : std::initializer_list<QWidget *>{
             m_search, m_status, m_affiliateFilters, m_referralFilters, m_created, m_updated})
        filter->setEnabled(hasIndex);
    m_clear->setEnabled(hasIndex && filtered);

    if (!hasIndex) {
        m_empty->setText(tr("No index yet: Index all customers (Shift+F5) to see every "
                            "customer here, search them by any part of a name or email, and "
                            "sort and filter across all of them."));
        m_count->clear();
    } else if (loading) {
        m_count->setText(tr("Loading…"));
    } else if (matching == 0 && !failure.isEmpty()) {
        //: %1 is the database's sentence.
        m_empty->setText(tr("The index could not be read: %1").arg(failure));
        m_count->clear();
    } else if (!totalKnown) {
        m_count->setText(matching > 0 && m_model->isCountCapped()
                             ? tr("%1+ customers match").arg(QLocale().toString(matching - 1))
                             : tr("%Ln customers match", nullptr, matching));
    } else if (all == 0) {
        m_empty->setText(tr("The index holds no customers: the program had none when it was "
                            "indexed."));
        m_count->setText(tr("%Ln customers", nullptr, 0));
    } else if (matching == 0) {
        if (!query.search.isEmpty()) {
            //: %1 is the search words as typed.
            m_empty->setText(tr("No customer matches “%1” with these filters.").arg(query.search));
        } else {
            m_empty->setText(tr("No customer matches these filters."));
        }
    }
    if (hasIndex && !loading && totalKnown && all > 0) {
        if (filtered && m_model->isCountCapped()) {
            // A shared index stopped counting: "10,000+ of 1,000,000 customers match".
            //: %1 is the number counted up to, %Ln how many the index holds.
            m_count->setText(tr("%1+ of %Ln customers match", nullptr, all)
                                 .arg(QLocale().toString(matching - 1)));
        } else if (filtered) {
            //: %1 is how many match, %Ln how many the index holds.
            m_count->setText(
                tr("%1 of %Ln customers match", nullptr, all).arg(QLocale().toString(matching)));
        } else {
            m_count->setText(tr("%Ln customers", nullptr, all));
        }
    }
    // While the count is on its way the table stays (empty), rather than a sentence that
    // may not hold.
    m_stack->setCurrentWidget(hasIndex && (matching > 0 || loading) ? static_cast<QWidget *>(m_view)
                                                                    : m_empty);
    if (matching != m_lastCount) {
        m_lastCount = matching;
        Q_EMIT countChanged(matching);
    }
    Q_EMIT selectionChanged();
}

IndexQuery AllCustomersPage::query() const {
    ensureBuilt();
    return m_model->query();
}

int AllCustomersPage::totalCount() const {
    ensureBuilt();
    return m_model->rowCount();
}

QTableView *AllCustomersPage::view() const {
    ensureBuilt();
    return m_view;
}

void AllCustomersPage::setContextActions(const QList<QAction *> &actions) {
    if (m_view) {
        for (const auto &action : std::as_const(m_contextActions)) {
            if (action)
                m_view->removeAction(action);
        }
        m_view->addActions(actions);
    }
    m_contextActions.clear();
    for (QAction *action : actions)
        m_contextActions.append(action);
}

void AllCustomersPage::clearSelection() {
    if (m_view)
        m_view->clearSelection();
}

QList<Customer> AllCustomersPage::selectedCustomers() const {
    // Never built: nothing can have been chosen.
    if (!m_view)
        return {};
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<Customer> customers;
    customers.reserve(rows.size());
    for (const QModelIndex &row : std::as_const(rows)) {
        if (const auto customer = m_model->customerAt(row.row()))
            customers.append(*customer);
    }
    return customers;
}

std::optional<Customer> AllCustomersPage::currentCustomer() const {
    if (!m_view)
        return std::nullopt;
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_model->customerAt(current.row());
}

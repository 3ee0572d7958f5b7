// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/referral/referraltreepage.h"

#include <QEvent>

#include "app/api/apierror.h"
#include "app/session/referralloader.h"
#include "app/session/session.h"
#include "models/displayformat.h"
#include "models/referraltreemodel.h"
#include "ui/widgets/statecolorpalette.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

using RowKind = ReferralTreeModel::RowKind;

RowKind rowKindOf(const QModelIndex &index) {
    return static_cast<RowKind>(index.data(ReferralTreeModel::RowKindRole).toInt());
}

// Paints the trailing rows as what they are: "Loading…" quiet, "Load more…" as a link, an
// error in red with its Retry, archived customers dimmed.
class ReferralTreeDelegate final : public QStyledItemDelegate {
public:
    explicit ReferralTreeDelegate(QObject *parent)
        : QStyledItemDelegate(parent) {}

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override {
        QStyledItemDelegate::initStyleOption(option, index);
        QPalette &palette = option->palette;
        switch (rowKindOf(index)) {
        case RowKind::Customer:
            if (Customer::isRestorableStatus(index.data(ReferralTreeModel::StatusRole).toString()))
                palette.setColor(QPalette::Text, palette.color(QPalette::PlaceholderText));
            break;
        case RowKind::Loading:
            palette.setColor(QPalette::Text, palette.color(QPalette::PlaceholderText));
            break;
        case RowKind::LoadMore:
            palette.setColor(QPalette::Text, palette.color(QPalette::Link));
            break;
        case RowKind::Error:
            palette.setColor(QPalette::Text,
                             StateColorPalette(palette).text(StateColorPalette::State::Error));
            if (index.column() == ReferralTreeModel::NameColumn) {
                option->text = ReferralTreePage::tr("%1  ·  Retry").arg(option->text);
                if (m_warning.isNull() && option->widget)
                    m_warning = option->widget->style()->standardIcon(QStyle::SP_MessageBoxWarning);
                option->icon = m_warning;
                option->features |= QStyleOptionViewItem::HasDecoration;
            }
            break;
        }
    }

private:
    mutable QIcon m_warning;
};

} // namespace

ReferralTreePage::ReferralTreePage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ReferralTreeModel(this))
    , m_loader(new ReferralLoader(session, this)) {
    m_find = new QLineEdit(this);
    m_find->setObjectName(u"referralTreeFind"_s);
    m_find->setClearButtonEnabled(true);
    m_find->setMaximumWidth(fontMetrics().averageCharWidth() * 44);

    m_showButton = new QPushButton(this);
    m_showButton->setObjectName(u"referralTreeShow"_s);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"referralTreeSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    m_refreshButton = new QToolButton(this);
    m_refreshButton->setObjectName(u"referralTreeRefresh"_s);
    m_refreshButton->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_refreshButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *top = new QHBoxLayout;
    top->addWidget(m_find, 1);
    top->addWidget(m_showButton);
    top->addStretch(1);
    top->addWidget(m_summary);
    top->addSpacing(8);
    top->addWidget(m_refreshButton);

    m_view = new QTreeView(this);
    m_view->setObjectName(u"referralTreeView"_s);
    // Thousands of expanded nodes stay smooth only with one row height for all.
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setExpandsOnDoubleClick(false); // double-click opens the customer
    m_view->setAnimated(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setItemDelegate(new ReferralTreeDelegate(m_view));
    m_view->setModel(m_model);

    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ReferralTreeModel::NameColumn, QHeaderView::Stretch);
    const int ch = fontMetrics().averageCharWidth();
    header->resizeSection(ReferralTreeModel::IdColumn, ch * 18);
    header->resizeSection(ReferralTreeModel::EmailColumn, ch * 30);
    header->resizeSection(ReferralTreeModel::ReferralsColumn, ch * 12);
    header->resizeSection(ReferralTreeModel::StatusColumn, ch * 12);
    header->resizeSection(ReferralTreeModel::CreatedColumn, ch * 20);
    header->setMinimumSectionSize(ch * 8);

    m_message = new QLabel(this);
    m_message->setObjectName(u"referralTreeMessage"_s);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);

    m_loader->attach(m_model);

    connect(m_find, &QLineEdit::returnPressed, this, [this] { showIdentifier(m_find->text()); });
    connect(m_showButton, &QPushButton::clicked, this, [this] { showIdentifier(m_find->text()); });
    connect(m_refreshButton, &QToolButton::clicked, this, &ReferralTreePage::refresh);
    connect(m_view, &QTreeView::activated, this, &ReferralTreePage::onActivated);
    connect(m_view, &QTreeView::clicked, this, &ReferralTreePage::onClicked);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ReferralTreePage::onContextMenu);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ReferralTreePage::onRowsInserted);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReferralTreePage::updateSummary);
    connect(m_model, &ReferralTreeModel::pageLoaded, this, [this](const QModelIndex &under) {
        updateSummary();
        // After a page of roots, the view's bottom may still be empty: fill it, once the
        // view has laid the new rows out.
        if (!under.isValid())
            QTimer::singleShot(0, this, &ReferralTreePage::loadMoreRootsIfInSight);
    });
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &ReferralTreePage::loadMoreRootsIfInSight);
    connect(m_model, &ReferralTreeModel::revealed, this, &ReferralTreePage::onRevealed);
    connect(m_model, &ReferralTreeModel::revealFailed, this, &ReferralTreePage::onRevealFailed);

    // Moving up a chain is what a person does most in a tree of referrals.
    m_goToReferrer = new QAction(this);
    m_goToReferrer->setObjectName(u"goToReferrerAction"_s);
    m_goToReferrer->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_goToReferrer->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_goToRoot = new QAction(this);
    m_goToRoot->setObjectName(u"goToRootAction"_s);
    m_goToRoot->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    m_goToRoot->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_goToReferrer);
    addAction(m_goToRoot);
    connect(m_goToReferrer, &QAction::triggered, this, &ReferralTreePage::goToReferrer);
    connect(m_goToRoot, &QAction::triggered, this, &ReferralTreePage::goToRoot);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateNavigation();
        Q_EMIT selectionChanged();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateNavigation();
        Q_EMIT selectionChanged();
    });
    updateNavigation();
    retranslate(); // with the summary
}

std::optional<Customer> ReferralTreePage::selectedCustomer() const {
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || rowKindOf(current) != RowKind::Customer)
        return std::nullopt;
    return m_model->customerAt(current);
}

void ReferralTreePage::select(const QModelIndex &index) {
    const QModelIndex first = index.siblingAtColumn(0);
    m_view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(first);
}

bool ReferralTreePage::goToReferrer() {
    const QModelIndex current = m_view->currentIndex();
    const QModelIndex referrer = current.isValid() ? current.parent() : QModelIndex();
    if (!referrer.isValid())
        return false;
    select(referrer);
    return true;
}

bool ReferralTreePage::goToRoot() {
    QModelIndex top = m_view->currentIndex();
    if (!top.isValid() || !top.parent().isValid())
        return false;
    while (top.parent().isValid())
        top = top.parent();
    select(top);
    return true;
}

void ReferralTreePage::updateNavigation() {
    const QModelIndex current = m_view->currentIndex();
    const bool hasReferrer = current.isValid() && current.parent().isValid();
    m_goToReferrer->setEnabled(hasReferrer);
    m_goToRoot->setEnabled(hasReferrer);
}

void ReferralTreePage::setCustomerActions(const QList<QAction *> &actions) {
    m_customerActions.clear();
    for (QAction *action : actions)
        m_customerActions.append(action);
}

ReferralTreePage::~ReferralTreePage() = default;

QString ReferralTreePage::message() const {
    return m_message->isHidden() ? QString() : m_message->text();
}

void ReferralTreePage::refresh() {
    setMessage(QString());
    m_loader->cancelResolve();
    m_model->reload();
    m_model->loadMore(); // the view would ask too, but only once it is laid out
}

void ReferralTreePage::showCustomer(const Customer &customer) {
    m_pendingName = customer.displayName();
    setMessage(tr("Finding %1 in the referral tree…").arg(m_pendingName));
    m_loader->resolveChain(customer, [this](const QList<Customer> &chain, const ApiError &error) {
        showChain(chain, error);
    });
}

void ReferralTreePage::showIdentifier(const QString &text) {
    const QString wanted = text.trimmed();
    if (wanted.isEmpty()) {
        m_find->setFocus();
        return;
    }
    m_pendingName = wanted;
    setMessage(tr("Looking up %1…").arg(wanted));
    m_loader->findAndResolve(wanted, [this](const QList<Customer> &chain, const ApiError &error) {
        showChain(chain, error);
    });
}

void ReferralTreePage::showChain(const QList<Customer> &chain, const ApiError &error) {
    if (error.isError() || chain.isEmpty()) {
        setMessage(tr("Could not show %1 in the tree: %2").arg(m_pendingName, error.sentence()),
                   true);
        return;
    }
    m_pendingName = chain.constLast().displayName();
    setMessage(tr("Finding %1 in the referral tree…").arg(m_pendingName));
    m_model->revealChain(chain);
}

void ReferralTreePage::onRevealed(const QModelIndex &index) {
    QList<QModelIndex> above;
    for (QModelIndex at = index.parent(); at.isValid(); at = at.parent())
        above.prepend(at);
    for (const QModelIndex &at : std::as_const(above))
        m_view->expand(at);
    const QModelIndex target = index.siblingAtColumn(ReferralTreeModel::NameColumn);
    m_view->selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_view->scrollTo(target, QAbstractItemView::PositionAtCenter);
    setMessage(QString());
    Q_EMIT customerShown(m_model->customerAt(target));
}

void ReferralTreePage::onRevealFailed(const QString &identifier, const QString &sentence) {
    const QString who = m_pendingName.isEmpty() ? identifier : m_pendingName;
    setMessage(tr("Could not show %1 in the tree: %2").arg(who, sentence), true);
}

void ReferralTreePage::onActivated(const QModelIndex &index) {
    switch (rowKindOf(index)) {
    case RowKind::Customer:
        Q_EMIT customerActivated(m_model->customerAt(index));
        break;
    case RowKind::Error:
        m_model->retry(index);
        break;
    case RowKind::LoadMore:
        m_model->loadMore(index.parent());
        break;
    case RowKind::Loading:
        break;
    }
}

void ReferralTreePage::onClicked(const QModelIndex &index) {
    // The trailing rows look and act like links: one click is enough.
    const RowKind kind = rowKindOf(index);
    if (kind == RowKind::Error || kind == RowKind::LoadMore)
        onActivated(index);
}

void ReferralTreePage::onRowsInserted(const QModelIndex &parent, int first, int last) {
    Q_UNUSED(first);
    // Only the last row of a parent can be a trailing row; its text takes the whole width.
    if (rowKindOf(m_model->index(last, 0, parent)) != RowKind::Customer)
        m_view->setFirstColumnSpanned(last, parent, true);
}

void ReferralTreePage::onContextMenu(const QPoint &pos) {
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid() || rowKindOf(index) != RowKind::Customer)
        return;
    // The menu's changes act on the selection: make it the row clicked.
    if (m_view->currentIndex().siblingAtColumn(0) != index.siblingAtColumn(0))
        select(index);
    const Customer customer = m_model->customerAt(index);
    QMenu menu(this);
    QAction *open = menu.addAction(tr("O&pen Details"));
    QAction *copy = menu.addAction(tr("Cop&y ID"));
    menu.addSeparator();
    menu.addAction(m_goToReferrer);
    menu.addAction(m_goToRoot);
    bool separated = false;
    for (const auto &action : std::as_const(m_customerActions)) {
        if (!action || !action->isVisible())
            continue;
        if (!separated && !action->isSeparator())
            menu.addSeparator();
        separated = true;
        menu.addAction(action);
    }
    QAction *chosen = menu.exec(m_view->viewport()->mapToGlobal(pos));
    if (chosen == open)
        Q_EMIT customerActivated(customer);
    else if (chosen == copy)
        QGuiApplication::clipboard()->setText(customer.identifier());
}

void ReferralTreePage::loadMoreRootsIfInSight() {
    // The model offers only the first page of roots to the view (see ReferralTreeModel): the
    // next one is asked for here, once the last root row is in sight. A failed page waits
    // for the person's Retry.
    if (m_model->isComplete() || m_model->isLoading() || !m_model->errorText().isEmpty())
        return;
    const int last = m_model->rowCount() - 1;
    if (last < 0)
        return;
    const QRect rect = m_view->visualRect(m_model->index(last, 0));
    if (rect.isValid() && m_view->viewport()->rect().intersects(rect))
        m_model->loadMore();
}

void ReferralTreePage::retranslate() {
    m_view->setAccessibleName(tr("Referral tree"));
    m_find->setAccessibleName(tr("Find in the referral tree"));
    m_find->setPlaceholderText(tr("Customer ID, key or email"));
    m_find->setToolTip(tr("Find a customer and show where they sit in the referral tree."));
    m_showButton->setText(tr("Show in Tree"));
    m_refreshButton->setText(tr("Refresh"));
    m_refreshButton->setToolTip(tr("Load the tree again from the server"));
    m_goToReferrer->setText(tr("Go to re&ferrer"));
    m_goToReferrer->setStatusTip(tr("Select the customer who referred this one"));
    m_goToRoot->setText(tr("Go to r&oot"));
    m_goToRoot->setStatusTip(tr("Select the customer at the top of this chain of referrals"));
    updateSummary();
}

void ReferralTreePage::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void ReferralTreePage::updateSummary() {
    const int count = m_model->loadedCount();
    m_summary->setText(count > 0 ? tr("Customers loaded: %1").arg(QLocale().toString(count))
                                 : QString());
    if (count == 0 && m_model->isComplete())
        setMessage(tr("Nobody in this program has been referred yet, and nobody refers others."));
}

void ReferralTreePage::setMessage(const QString &text, bool isError) {
    if (text.isEmpty()) {
        m_message->clear();
        m_message->hide();
        return;
    }
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText,
                     isError ? StateColorPalette(palette).text(StateColorPalette::State::Error)
                             : QApplication::palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
    m_message->setText(text);
    m_message->show();
}

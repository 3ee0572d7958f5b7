// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/referraltreemodel.h"

#include <QEvent>

#include "models/displayformat.h"

#include <QPointer>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

// One customer of the tree, or the invisible root (no customer, no parent). Children are only
// ever appended within one generation, so `row` never changes and a node pointer stays valid
// until the next reset: that is what keeps parent() and the id lookup O(1).
struct ReferralTreeNode {
    Customer customer;
    QString id;
    // Texts for people, made once when the node is made, so that data() allocates nothing.
    QString name;
    QString statusText;
    QString created;
    QString error;
    ReferralTreeNode *parent = nullptr;
    std::vector<std::unique_ptr<ReferralTreeNode>> children;
    int row = 0;
    int depth = -1; // -1: the invisible root
    int pagesLoaded = 0;
    bool fetching = false;  // a page is on its way (or queued to start)
    bool exhausted = false; // every page is loaded, or there is nothing to load
    ReferralTreeModel::Trailing trailing = ReferralTreeModel::Trailing::None;
};

namespace {

// A trailing row's internal id is its owner's address with the lowest bit set; nodes are
// aligned, so that bit is never set for a customer row.
static_assert(alignof(ReferralTreeNode) >= 2);
constexpr quintptr StatusTag = 1;

} // namespace

ReferralTreeModel::ReferralTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<ReferralTreeNode>()) {
    m_italic.setItalic(true);
}

ReferralTreeModel::~ReferralTreeModel() = default;

void ReferralTreeModel::setLoaders(RootLoader roots, ChildLoader children) {
    m_rootLoader = std::move(roots);
    m_childLoader = std::move(children);
    reload();
}

void ReferralTreeModel::setAutoFetch(bool on) {
    m_autoFetch = on;
}

void ReferralTreeModel::reload() {
    // Listeners of modelReset (views, testers) ask for the first page at once: that load
    // must start after the reset is over, not inside it.
    ++m_changing;
    beginResetModel();
    // Answers to requests made before this point carry an older generation and are dropped.
    ++m_generation;
    m_reveal = Reveal();
    m_byId.clear();
    m_root = std::make_unique<ReferralTreeNode>();
    endResetModel();
    --m_changing;
}

// ---- structure --------------------------------------------------------------------------

ReferralTreeNode *ReferralTreeModel::nodeForParent(const QModelIndex &parent) const {
    if (!parent.isValid())
        return m_root.get();
    if (parent.model() != this || parent.column() != 0)
        return nullptr;
    return customerNode(parent);
}

ReferralTreeNode *ReferralTreeModel::customerNode(const QModelIndex &index) const {
    if (!index.isValid() || (index.internalId() & StatusTag))
        return nullptr;
    return static_cast<ReferralTreeNode *>(index.internalPointer());
}

ReferralTreeNode *ReferralTreeModel::trailingOwner(const QModelIndex &index) const {
    if (!index.isValid() || !(index.internalId() & StatusTag))
        return nullptr;
    return reinterpret_cast<ReferralTreeNode *>(index.internalId() & ~StatusTag);
}

QModelIndex ReferralTreeModel::indexOfNode(const ReferralTreeNode *node, int column) const {
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<ReferralTreeNode *>(node));
}

QModelIndex ReferralTreeModel::index(int row, int column, const QModelIndex &parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    ReferralTreeNode *node = nodeForParent(parent);
    if (!node)
        return {};
    const auto childCount = static_cast<int>(node->children.size());
    if (row < childCount)
        return createIndex(row, column, node->children[size_t(row)].get());
    if (row == childCount && node->trailing != Trailing::None)
        return createIndex(row, column, reinterpret_cast<quintptr>(node) | StatusTag);
    return {};
}

QModelIndex ReferralTreeModel::parent(const QModelIndex &index) const {
    if (!index.isValid())
        return {};
    if (const ReferralTreeNode *owner = trailingOwner(index))
        return indexOfNode(owner);
    return indexOfNode(customerNode(index)->parent);
}

QModelIndex ReferralTreeModel::sibling(int row, int column, const QModelIndex &index) const {
    if (!index.isValid())
        return {};
    if (row == index.row() && column >= 0 && column < ColumnCount)
        return createIndex(row, column, index.internalId());
    return QAbstractItemModel::sibling(row, column, index);
}

int ReferralTreeModel::rowCount(const QModelIndex &parent) const {
    const ReferralTreeNode *node = nodeForParent(parent);
    if (!node)
        return 0;
    return static_cast<int>(node->children.size()) + (node->trailing != Trailing::None ? 1 : 0);
}

int ReferralTreeModel::columnCount(const QModelIndex &parent) const {
    Q_UNUSED(parent);
    return ColumnCount;
}

bool ReferralTreeModel::hasChildren(const QModelIndex &parent) const {
    const ReferralTreeNode *node = nodeForParent(parent);
    if (!node)
        return false;
    if (!node->children.empty() || node->trailing != Trailing::None)
        return true;
    // Not loaded yet: referrals_count says whether expanding is worth it (unknown: maybe).
    return !node->exhausted && node->pagesLoaded == 0 &&
           (node == m_root.get() || node->customer.referralsCount != 0);
}

ReferralTreeNode *ReferralTreeModel::anyColumnNode(const QModelIndex &index) const {
    if (!index.isValid())
        return m_root.get();
    if (index.model() != this)
        return nullptr;
    return customerNode(index);
}

// ---- the trailing row -------------------------------------------------------------------

void ReferralTreeModel::setTrailing(ReferralTreeNode *node, Trailing trailing) {
    const Trailing old = node->trailing;
    const QModelIndex parentIndex = indexOfNode(node);
    const auto row = static_cast<int>(node->children.size());
    if (old == trailing && trailing != Trailing::Error)
        return;
    if (old == Trailing::None) {
        beginInsertRows(parentIndex, row, row);
        node->trailing = trailing;
        endInsertRows();
    } else if (trailing == Trailing::None) {
        beginRemoveRows(parentIndex, row, row);
        node->trailing = trailing;
        endRemoveRows();
    } else {
        // Loading -> error -> loading -> more: the same row, changed in place.
        node->trailing = trailing;
        const QModelIndex first = index(row, 0, parentIndex);
        Q_EMIT dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
    }
}

// ---- loading ----------------------------------------------------------------------------

bool ReferralTreeModel::mayLoad(const ReferralTreeNode *node) const {
    if (!node || node->fetching || node->exhausted)
        return false;
    if (node == m_root.get())
        return bool(m_rootLoader);
    return bool(m_childLoader) && !node->id.isEmpty();
}

bool ReferralTreeModel::startLoad(ReferralTreeNode *node, bool deferred) {
    if (!mayLoad(node))
        return false;
    node->fetching = true;
    if (deferred || m_changing > 0) {
        // Asked from inside a view's layout (fetchMore) or a change notification (a model
        // tester walking the tree in rowsAboutToBeInserted): changing rows now would pull
        // the ground from under the caller.
        const quint64 generation = m_generation;
        QMetaObject::invokeMethod(
            this,
            [this, node, generation] {
                if (generation == m_generation)
                    beginLoad(node);
            },
            Qt::QueuedConnection);
        return true;
    }
    beginLoad(node);
    return true;
}

void ReferralTreeModel::beginLoad(ReferralTreeNode *node) {
    ++m_changing;
    node->error.clear();
    setTrailing(node, Trailing::Loading);
    --m_changing;

    const int page = node->pagesLoaded + 1;
    const QPointer<ReferralTreeModel> self(this);
    const quint64 generation = m_generation;
    // `node` stays valid as long as the generation does: nodes are only freed by a reset.
    PageCallback done = [self, generation, node](const Page<Customer> &result,
                                                 const QString &error) {
        if (self && self->m_generation == generation)
            self->finishLoad(node, result, error);
    };
    if (node == m_root.get())
        m_rootLoader(page, done);
    else
        m_childLoader(node->id, page, done);
}

std::unique_ptr<ReferralTreeNode> ReferralTreeModel::makeNode(const Customer &customer,
                                                              ReferralTreeNode *parent) const {
    auto node = std::make_unique<ReferralTreeNode>();
    node->customer = customer;
    node->id = customer.identifier();
    node->name = customer.displayName();
    node->statusText = DisplayFormat::customerStatus(customer.status);
    // The date reads at a glance in a narrow column; the time is in the tooltip.
    if (customer.createdAt.isValid())
        node->created =
            QLocale().toString(customer.createdAt.toLocalTime().date(), QLocale::ShortFormat);
    node->parent = parent;
    node->depth = parent->depth + 1;
    node->exhausted = customer.referralsCount == 0;
    return node;
}

void ReferralTreeModel::appendNodes(ReferralTreeNode *parent,
                                    std::vector<std::unique_ptr<ReferralTreeNode>> nodes) {
    if (nodes.empty())
        return;
    const auto first = static_cast<int>(parent->children.size());
    const auto last = first + static_cast<int>(nodes.size()) - 1;
    beginInsertRows(indexOfNode(parent), first, last);
    parent->children.reserve(parent->children.size() + nodes.size());
    for (auto &node : nodes) {
        node->row = static_cast<int>(parent->children.size());
        m_byId.insert(node->id, node.get());
        parent->children.push_back(std::move(node));
    }
    endInsertRows();
}

void ReferralTreeModel::finishLoad(ReferralTreeNode *node, const Page<Customer> &page,
                                   const QString &error) {
    if (!node->fetching)
        return; // a loader that answered twice
    node->fetching = false;
    const QModelIndex parentIndex = indexOfNode(node);

    if (!error.isEmpty()) {
        node->error = error;
        ++m_changing;
        setTrailing(node, Trailing::Error);
        --m_changing;
        Q_EMIT loadFailed(parentIndex, error);
        if (m_reveal.active && m_reveal.waitingOn == node)
            failReveal(m_reveal.steps.value(m_reveal.level).id, error);
        return;
    }

    ++node->pagesLoaded;
    std::vector<std::unique_ptr<ReferralTreeNode>> fresh;
    fresh.reserve(size_t(page.items.size()));
    QSet<QString> inThisPage;
    for (const Customer &customer : page.items) {
        const QString id = customer.identifier();
        // Offset paging over data that changes repeats customers (and a revealed customer
        // may already be here): each customer is shown once.
        if (id.isEmpty() || m_byId.contains(id) || inThisPage.contains(id))
            continue;
        inThisPage.insert(id);
        fresh.push_back(makeNode(customer, node));
    }
    const bool more = page.info.hasNext && !page.items.isEmpty();
    node->exhausted = !more;
    const auto added = static_cast<int>(fresh.size());

    ++m_changing;
    // The trailing row settles first, so whoever reacts to the inserted rows sees the state
    // as it will stay.
    setTrailing(node, more ? Trailing::More : Trailing::None);
    appendNodes(node, std::move(fresh));
    --m_changing;

    Q_EMIT pageLoaded(parentIndex, added);
    if (m_reveal.active && m_reveal.waitingOn == node)
        continueReveal();
}

bool ReferralTreeModel::loadMore(const QModelIndex &parent) {
    return startLoad(anyColumnNode(parent));
}

bool ReferralTreeModel::retry(const QModelIndex &index) {
    ReferralTreeNode *node = trailingOwner(index);
    if (!node)
        node = anyColumnNode(index);
    if (!node || node->trailing != Trailing::Error)
        return false;
    return startLoad(node);
}

bool ReferralTreeModel::isLoading(const QModelIndex &parent) const {
    const ReferralTreeNode *node = anyColumnNode(parent);
    return node && node->fetching;
}

bool ReferralTreeModel::isComplete(const QModelIndex &parent) const {
    const ReferralTreeNode *node = anyColumnNode(parent);
    return node && node->exhausted;
}

QString ReferralTreeModel::errorText(const QModelIndex &parent) const {
    const ReferralTreeNode *node = anyColumnNode(parent);
    return node ? node->error : QString();
}

int ReferralTreeModel::loadedChildCount(const QModelIndex &parent) const {
    const ReferralTreeNode *node = anyColumnNode(parent);
    return node ? static_cast<int>(node->children.size()) : 0;
}

bool ReferralTreeModel::canFetchMore(const QModelIndex &parent) const {
    if (!m_autoFetch)
        return false;
    const ReferralTreeNode *node = nodeForParent(parent);
    if (!mayLoad(node) || node->trailing == Trailing::Error)
        return false;              // an error waits for the person's Retry, never loops
    return node->pagesLoaded == 0; // see the class comment: later pages are asked for
}

void ReferralTreeModel::fetchMore(const QModelIndex &parent) {
    if (canFetchMore(parent))
        startLoad(nodeForParent(parent), true);
}

// ---- lookups ----------------------------------------------------------------------------

ReferralTreeModel::RowKind ReferralTreeModel::rowKind(const QModelIndex &index) const {
    const ReferralTreeNode *owner = trailingOwner(index);
    if (!owner)
        return RowKind::Customer;
    switch (owner->trailing) {
    case Trailing::Loading:
        return RowKind::Loading;
    case Trailing::Error:
        return RowKind::Error;
    case Trailing::More:
    case Trailing::None:
        break;
    }
    return RowKind::LoadMore;
}

Customer ReferralTreeModel::customerAt(const QModelIndex &index) const {
    const ReferralTreeNode *node = index.model() == this ? customerNode(index) : nullptr;
    return node ? node->customer : Customer();
}

QModelIndex ReferralTreeModel::indexOfIdentifier(const QString &identifier, int column) const {
    return indexOfNode(m_byId.value(identifier), column);
}

bool ReferralTreeModel::updateCustomer(const QString &identifier, const Customer &customer) {
    ReferralTreeNode *node = m_byId.value(identifier);
    if (!node)
        return false;
    // The row keeps its place and its loaded referrals; only what it shows changes.
    const auto fresh = makeNode(customer, node->parent);
    node->customer = fresh->customer;
    node->name = fresh->name;
    node->statusText = fresh->statusText;
    node->created = fresh->created;
    if (fresh->id != node->id) {
        m_byId.remove(node->id);
        node->id = fresh->id;
        m_byId.insert(node->id, node);
    }
    Q_EMIT dataChanged(indexOfNode(node, 0), indexOfNode(node, ColumnCount - 1));
    return true;
}

// ---- reveal -----------------------------------------------------------------------------

void ReferralTreeModel::revealPath(const QStringList &idsFromRoot) {
    QList<RevealStep> steps;
    steps.reserve(idsFromRoot.size());
    for (const QString &id : idsFromRoot)
        steps.append({id, std::nullopt});
    startReveal(std::move(steps));
}

void ReferralTreeModel::revealChain(const QList<Customer> &chainFromRoot) {
    QList<RevealStep> steps;
    steps.reserve(chainFromRoot.size());
    for (const Customer &customer : chainFromRoot)
        steps.append({customer.identifier(), customer});
    startReveal(std::move(steps));
}

void ReferralTreeModel::cancelReveal() {
    m_reveal = Reveal();
}

void ReferralTreeModel::startReveal(QList<RevealStep> steps) {
    m_reveal = Reveal();
    ++m_revealSerial;
    if (steps.isEmpty()) {
        Q_EMIT revealFailed(QString(), tr("No customer was given."));
        return;
    }
    m_reveal.steps = std::move(steps);
    m_reveal.at = m_root.get();
    m_reveal.active = true;
    continueReveal();
}

void ReferralTreeModel::failReveal(const QString &identifier, const QString &sentence) {
    m_reveal = Reveal();
    Q_EMIT revealFailed(identifier, sentence);
}

void ReferralTreeModel::continueReveal() {
    m_reveal.waitingOn = nullptr;
    const quint64 serial = m_revealSerial;
    const auto stillMine = [this, serial] {
        return m_reveal.active && m_revealSerial == serial;
    };

    while (m_reveal.level < m_reveal.steps.size()) {
        ReferralTreeNode *at = m_reveal.at;
        const RevealStep step = m_reveal.steps.at(m_reveal.level);
        if (ReferralTreeNode *found = m_byId.value(step.id)) {
            if (found->parent != at) {
                failReveal(step.id, tr("The customer %1 is no longer where the referral chain "
                                       "says. Reload the tree and try again.")
                                        .arg(step.id));
                return;
            }
            m_reveal.at = found;
            ++m_reveal.level;
            m_reveal.pagesAtLevel = 0;
            continue;
        }
        if (at->fetching) {
            m_reveal.waitingOn = at; // someone else's page is on its way: use it
            return;
        }
        const bool canAdd = step.customer.has_value();
        if (!at->exhausted && (!canAdd || m_reveal.pagesAtLevel < RevealPageBudget)) {
            if (!startLoad(at)) {
                failReveal(step.id, tr("The referrals of this customer cannot be loaded."));
                return;
            }
            if (!stillMine())
                return;
            ++m_reveal.pagesAtLevel;
            if (at->fetching) {
                m_reveal.waitingOn = at;
                return;
            }
            // The loader answered at once.
            if (!at->error.isEmpty()) {
                failReveal(step.id, at->error);
                return;
            }
            continue;
        }
        if (canAdd) {
            std::vector<std::unique_ptr<ReferralTreeNode>> one;
            one.push_back(makeNode(*step.customer, at));
            ++m_changing;
            appendNodes(at, std::move(one));
            --m_changing;
            if (!stillMine())
                return;
            continue;
        }
        failReveal(step.id, tr("The customer %1 was not found in the referral tree.").arg(step.id));
        return;
    }
    const QModelIndex target = indexOfNode(m_reveal.at);
    m_reveal = Reveal();
    Q_EMIT revealed(target);
}

// ---- data -------------------------------------------------------------------------------

QVariant ReferralTreeModel::data(const QModelIndex &index, int role) const {
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    if (!index.isValid())
        return {};
    if (const ReferralTreeNode *owner = trailingOwner(index))
        return trailingData(owner, index.column(), role);
    return customerData(customerNode(index), index.column(), role);
}

QVariant ReferralTreeModel::customerData(const ReferralTreeNode *node, int column, int role) const {
    const Customer &customer = node->customer;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return node->name;
        case IdColumn:
            return node->id;
        case EmailColumn:
            return customer.email;
        case ReferralsColumn:
            return customer.referralsCount >= 0 ? QVariant(customer.referralsCount) : QVariant();
        case StatusColumn:
            return node->statusText;
        case CreatedColumn:
            return node->created;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == CreatedColumn)
            return DisplayFormat::dateTime(customer.createdAt, QLocale::LongFormat);
        if (column == NameColumn && customer.referralsCount >= 0)
            return tr("Referred customers: %1").arg(QLocale().toString(customer.referralsCount));
        return {};
    case Qt::TextAlignmentRole:
        if (column == ReferralsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RowKindRole:
        return int(RowKind::Customer);
    case CustomerRole:
        return QVariant::fromValue(customer);
    case IdentifierRole:
        return node->id;
    case ReferralsCountRole:
        return customer.referralsCount;
    case DepthRole:
        return node->depth;
    case StatusRole:
        return customer.status;
    default:
        return {};
    }
}

QVariant ReferralTreeModel::trailingData(const ReferralTreeNode *owner, int column,
                                         int role) const {
    const RowKind kind = owner->trailing == Trailing::Loading ? RowKind::Loading
                         : owner->trailing == Trailing::Error ? RowKind::Error
                                                              : RowKind::LoadMore;
    switch (role) {
    case Qt::DisplayRole:
        if (column != NameColumn)
            return {};
        switch (kind) {
        case RowKind::Loading:
            return tr("Loading…");
        case RowKind::Error:
            return tr("Could not load: %1").arg(owner->error);
        case RowKind::LoadMore:
            if (owner == m_root.get())
                return tr("Load more customers…");
            // Not "n of m shown": the row's text must not change when rows go in before it.
            if (owner->customer.referralsCount > 0) {
                return tr("Load more referrals (%1 in all)…")
                    .arg(QLocale().toString(owner->customer.referralsCount));
            }
            return tr("Load more referrals…");
        case RowKind::Customer:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (kind == RowKind::Error)
            return DisplayFormat::plainToolTip(
                tr("%1\nActivate this row to try again.").arg(owner->error));
        if (kind == RowKind::LoadMore)
            return tr("Activate this row to load the next page.");
        return {};
    case Qt::FontRole:
        if (kind != RowKind::Error)
            return m_italic;
        return {};
    case RowKindRole:
        return int(kind);
    case ErrorRole:
        return owner->error;
    case DepthRole:
        return owner->depth + 1;
    default:
        return {};
    }
}

QVariant ReferralTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole && section == ReferralsColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case NameColumn:
        return tr("Customer");
    case IdColumn:
        return tr("ID");
    case EmailColumn:
        return tr("Email");
    case ReferralsColumn:
        return tr("Referrals");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Joined");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags ReferralTreeModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    // Trailing rows are actions, not data: they can be activated but not selected.
    if (trailingOwner(index))
        return Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QHash<int, QByteArray> ReferralTreeModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(RowKindRole, "rowKind"_ba);
    names.insert(CustomerRole, "customer"_ba);
    names.insert(IdentifierRole, "identifier"_ba);
    names.insert(ReferralsCountRole, "referralsCount"_ba);
    names.insert(ErrorRole, "error"_ba);
    names.insert(DepthRole, "depth"_ba);
    names.insert(StatusRole, "status"_ba);
    return names;
}

bool ReferralTreeModel::event(QEvent *event) {
    if (event->type() == QEvent::LanguageChange && columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    return QAbstractItemModel::event(event);
}

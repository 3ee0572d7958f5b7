// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/customer.h"
#include "models/pageinfo.h"

#include <QAbstractItemModel>
#include <QFont>
#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

struct ReferralTreeNode;

// The referral tree of a refer-a-friend program: the roots are the customers nobody referred,
// each node's children are the customers it referred (GET /customers/{id}/referrals), to any
// depth. Everything loads lazily, a page at a time, through injected loaders, so this model
// never touches the network itself.
//
// - hasChildren() comes from referrals_count, before anything was loaded.
// - A parent that is loading shows a trailing "Loading…" row; a failed load turns it into an
//   error row (ErrorRole holds the sentence; retry() or loadMore() tries again); a parent with
//   more pages on the server ends with a "Load more…" row.
// - Each page arrives as ONE beginInsertRows/endInsertRows, inserted before the trailing row.
// - canFetchMore()/fetchMore() start the FIRST page under a parent only: the roots' when a
//   view first lays out, a node's when it is expanded. Later pages load through loadMore():
//   the person activates the "Load more…" row, or the page asks when the last root scrolls
//   into sight. QTreeView calls fetchMore() on every relayout, not only at the bottom, so a
//   true canFetchMore() after each page would pull in every page of the roots one after the
//   other; and collapsing and expanding a node must not fetch behind the person's back.
//   fetchMore() starts the load on the next turn of the event loop: QTreeView calls it from
//   inside its own layout, which must not see rows come and go (a loader that answers at
//   once would remove the loading row right there). loadMore() starts at once.
// - reload() resets the model; results of requests made before it are dropped (generation).
// - Lookups by identifier are O(1); data() allocates nothing for customer rows.
class ReferralTreeModel final : public QAbstractItemModel {
    Q_OBJECT

public:
    // A loader answers exactly once: the page, or a non-empty error sentence for people.
    // It may answer synchronously or later; answers for a model that was reset or destroyed
    // in the meantime are ignored.
    using PageCallback = std::function<void(const Page<Customer> &page, const QString &error)>;
    // Page `page` (1-based) of the customers who were not referred.
    using RootLoader = std::function<void(int page, const PageCallback &done)>;
    // Page `page` of the customers `parentId` referred directly.
    using ChildLoader =
        std::function<void(const QString &parentId, int page, const PageCallback &done)>;

    enum Column {
        NameColumn,
        IdColumn,
        EmailColumn,
        ReferralsColumn,
        StatusColumn,
        CreatedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum class RowKind { Customer, Loading, Error, LoadMore };
    Q_ENUM(RowKind)

    enum Role {
        RowKindRole = Qt::UserRole + 1, // int(RowKind)
        CustomerRole,                   // Customer (customer rows)
        IdentifierRole,                 // Customer::identifier() (customer rows)
        ReferralsCountRole,             // int, -1 when the server did not say
        ErrorRole,                      // the sentence of an error row
        DepthRole,                      // 0 for roots
        StatusRole,                     // the raw status ("active", "archived", ...)
    };
    Q_ENUM(Role)

    explicit ReferralTreeModel(QObject *parent = nullptr);
    ~ReferralTreeModel() override;

    // Sets the loaders and resets the model. Either may be empty (nothing loads there).
    void setLoaders(RootLoader roots, ChildLoader children);

    // When off, canFetchMore() is false and fetchMore() does nothing: only loadMore(),
    // retry() and reveal*() load. For tests whose QAbstractItemModelTester would otherwise
    // load every node it walks. On by default.
    void setAutoFetch(bool on);
    bool autoFetch() const { return m_autoFetch; }

    // Forgets everything (one model reset) and drops every answer still on its way. The next
    // fetchMore() or loadMore() on the root loads page 1 again.
    void reload();
    quint64 generation() const { return m_generation; }

    // Starts loading the next page under `parent` (invalid: the roots), whatever autoFetch
    // says. False when a page is already on its way, every page is loaded, or `parent` is not
    // a customer row.
    bool loadMore(const QModelIndex &parent = QModelIndex());
    // For an error row or its parent: loads the page that failed again.
    bool retry(const QModelIndex &index);

    bool isLoading(const QModelIndex &parent = QModelIndex()) const;
    // Every page under `parent` is loaded (a customer with no referrals counts as loaded).
    bool isComplete(const QModelIndex &parent = QModelIndex()) const;
    // The error sentence of the last failed load under `parent`, or empty.
    QString errorText(const QModelIndex &parent = QModelIndex()) const;
    // Customer rows loaded under `parent`, without the trailing row.
    int loadedChildCount(const QModelIndex &parent = QModelIndex()) const;
    // Customer rows loaded in the whole tree.
    int loadedCount() const { return static_cast<int>(m_byId.size()); }

    RowKind rowKind(const QModelIndex &index) const;
    // The customer of a customer row; an empty Customer for other rows.
    Customer customerAt(const QModelIndex &index) const;
    // The loaded node of a customer (O(1)), or an invalid index.
    QModelIndex indexOfIdentifier(const QString &identifier, int column = 0) const;
    // A change made elsewhere (an edit, archive, restore): the row of `identifier` shows
    // `customer` from now on. False when the tree does not hold that customer.
    bool updateCustomer(const QString &identifier, const Customer &customer);

    // "Show in tree": makes the chain visible, root first, loading each level as needed, then
    // emits revealed() with the index of the last one (or revealFailed()). A newer reveal or a
    // reload() replaces one that is running.
    // - revealPath() knows identifiers only: it pages through each level until it finds the
    //   next identifier or the level is exhausted.
    // - revealChain() knows the customers (e.g. from GET /customers/{id}): after a few pages of
    //   a level without the next customer it adds that customer to the loaded rows, so a root
    //   on page 300 does not need 300 requests. A later page that repeats it is not shown twice.
    void revealPath(const QStringList &idsFromRoot);
    void revealChain(const QList<Customer> &chainFromRoot);
    void cancelReveal();
    bool isRevealing() const { return m_reveal.active; }
    // Pages revealChain() reads per level before it adds the customer itself.
    static constexpr int RevealPageBudget = 3;

    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &index) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // A language switch reaches the model through the widget that owns it (QWidget passes
    // QEvent::LanguageChange to its children): the views ask for the headers again.
    bool event(QEvent *event) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // A page arrived under `parent`; `added` customer rows were inserted (duplicates skipped).
    void pageLoaded(const QModelIndex &parent, int added);
    void loadFailed(const QModelIndex &parent, const QString &sentence);
    void revealed(const QModelIndex &index);
    // `identifier` is the customer the reveal could not reach.
    void revealFailed(const QString &identifier, const QString &sentence);

private:
    friend struct ReferralTreeNode;
    // The row after a parent's customers, if any.
    enum class Trailing : quint8 { None, Loading, Error, More };

    struct RevealStep {
        QString id;
        std::optional<Customer> customer;
    };
    struct Reveal {
        QList<RevealStep> steps;
        int level = 0;
        int pagesAtLevel = 0;
        ReferralTreeNode *at = nullptr; // the last node reached (the root at first)
        ReferralTreeNode *waitingOn = nullptr;
        bool active = false;
    };

    ReferralTreeNode *nodeForParent(const QModelIndex &parent) const;
    ReferralTreeNode *customerNode(const QModelIndex &index) const;
    ReferralTreeNode *anyColumnNode(const QModelIndex &index) const; // root for invalid
    ReferralTreeNode *trailingOwner(const QModelIndex &index) const;
    QModelIndex indexOfNode(const ReferralTreeNode *node, int column = 0) const;
    bool mayLoad(const ReferralTreeNode *node) const;
    bool startLoad(ReferralTreeNode *node, bool deferred = false);
    void beginLoad(ReferralTreeNode *node);
    void finishLoad(ReferralTreeNode *node, const Page<Customer> &page, const QString &error);
    void setTrailing(ReferralTreeNode *node, Trailing trailing);
    std::unique_ptr<ReferralTreeNode> makeNode(const Customer &customer,
                                               ReferralTreeNode *parent) const;
    void appendNodes(ReferralTreeNode *parent,
                     std::vector<std::unique_ptr<ReferralTreeNode>> nodes);
    void startReveal(QList<RevealStep> steps);
    void continueReveal();
    void failReveal(const QString &identifier, const QString &sentence);
    QVariant trailingData(const ReferralTreeNode *owner, int column, int role) const;
    QVariant customerData(const ReferralTreeNode *node, int column, int role) const;

    std::unique_ptr<ReferralTreeNode> m_root;
    QHash<QString, ReferralTreeNode *> m_byId;
    RootLoader m_rootLoader;
    ChildLoader m_childLoader;
    Reveal m_reveal;
    QFont m_italic;
    quint64 m_generation = 1;
    quint64 m_revealSerial = 0;
    int m_changing = 0; // > 0 between begin*/end* pairs: loads started then are queued
    bool m_autoFetch = true;
};

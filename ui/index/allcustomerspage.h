// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/index/customerindex.h"
#include "models/customer.h"
#include "models/programkind.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <optional>

class IndexCustomerModel;
struct SharedIndexState;
class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

// "All customers": every customer of the local index in one table, with the page table's
// columns, sorted by any column the index keeps an order for, narrowed by filters that all
// apply together (partner, status and tag for an affiliate program; status, refer status and
// referrer for refer-a-friend; created and updated ranges and the search words for both). A
// count says how many match; a sentence stands in for the table when nothing does, or when
// there is no index yet. Rows are read from the index as the view shows them, so 100,000
// customers scroll without being loaded. On a team's shared index everything is read on the
// model's reader thread: the count says "Loading…" until the query's count arrives. The page builds
// its filters and table when it is first shown or asked for them, not with the window: most
// sessions never open it.
class AllCustomersPage final : public QWidget {
    Q_OBJECT

public:
    explicit AllCustomersPage(QWidget *parent = nullptr);
    ~AllCustomersPage() override;

    // The index to show (not owned; it must outlive the page or be replaced first) and the
    // program's kind, which decides the columns and the filters. Null: there is no index.
    void setIndex(CustomerIndex *index, ProgramKind kind);
    // Reads the index again after it changed (a pass completed, the console changed a
    // customer); the filters, the order and the place in the table stay.
    void reload();
    // Shows the customers whose text holds every word of `text` (the Find box's "Show all").
    void setSearchText(const QString &text);

    // The filters, search and order on screen (what File > Export writes).
    IndexQuery query() const;
    QList<Customer> selectedCustomers() const;
    std::optional<Customer> currentCustomer() const;
    // How many customers the query selects.
    int totalCount() const;

    // Every filter back to "any" and the search emptied.
    void clearFilters();

    // The window puts the change actions on its rows' context menu (kept until the table is
    // built, then added to it).
    void setContextActions(const QList<QAction *> &actions);
    // The table (built now when it was not yet).
    QTableView *view() const;
    // No row chosen (nothing to do when the table was never built).
    void clearSelection();

    // Builds the page before it is first shown.
    void setVisible(bool visible) override;

signals:
    void customerActivated(const Customer &customer);
    // totalCount() changed.
    void countChanged(int count);
    void selectionChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void ensureBuilt() const;
    void build();
    void keepTabPlace();
    // Every text the page sets itself, in the current language.
    void retranslate();
    void buildFilterBar();
    void setUpTable();
    void showKindFilters();
    void applyFilters();
    IndexQuery queryFromFields() const;
    bool hasFilters(const IndexQuery &query) const;
    void showState();
    void keepSortIndicator();
    void readIndexState();
    void onIndexStateRead(quint64 ticket, const SharedIndexState &state);

    CustomerIndex *m_index = nullptr;
    ProgramKind m_kind = ProgramKind::Unknown;
    IndexCustomerModel *m_model;
    int m_lastCount = -1;
    // Whether the index has a complete pass, and how many customers it holds: read when the
    // index is set or reloaded, not on every filter change.
    bool m_hasIndex = false;
    int m_indexCount = 0; // -1: a shared index's, not read yet
    quint64 m_stateTicket = 0;

    QLineEdit *m_search = nullptr;
    QWidget *m_affiliateFilters = nullptr;
    QLineEdit *m_partner = nullptr;
    QLineEdit *m_tag = nullptr;
    QWidget *m_referralFilters = nullptr;
    QComboBox *m_referStatus = nullptr;
    QLineEdit *m_referrer = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_created = nullptr;
    QDateEdit *m_createdFrom = nullptr;
    QDateEdit *m_createdTo = nullptr;
    QCheckBox *m_updated = nullptr;
    QDateEdit *m_updatedFrom = nullptr;
    QDateEdit *m_updatedTo = nullptr;
    QPushButton *m_clear = nullptr;
    // Typing waits for a pause before the index is asked again.
    QTimer *m_typing = nullptr;

    QStackedWidget *m_stack = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_createdToLabel = nullptr;
    QLabel *m_updatedToLabel = nullptr;
    QLabel *m_count = nullptr;
    QList<QPointer<QAction>> m_contextActions;
};

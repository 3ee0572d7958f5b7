// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/customer.h"
// customerservice.h needs ApiClient complete (its inline client() converts a QPointer).
#include "app/api/apiclient.h"
#include "app/api/customerservice.h"
#include "models/pageinfo.h"
#include "models/programkind.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class ApiCall;
class ApiError;
class ColumnLayout;
class CustomerPrefetch;
class CustomerProxyModel;
class CustomerTableModel;
class LatestRequest;
class PageBar;
class ProfileStore;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class Session;
class StateBanner;
template <typename T> class ApiResult;

// The main window's central widget: the customer table, one page at a time.
//
// A filter bar for the program kind (partner key or email for affiliate programs, referred or
// not for refer-a-friend programs), the table (sortable within the page, columns chosen,
// moved and resized, remembered per profile and kind), the page bar, and a banner for every
// state other than "here are your rows". Page loads go through one LatestRequest, so a page
// that arrives late never replaces the one asked for after it.
class CustomerPage final : public QWidget {
    Q_OBJECT

public:
    explicit CustomerPage(ProfileStore *profiles, QWidget *parent = nullptr);
    ~CustomerPage() override;

    // Not owned; null shows "not connected". A new session starts again at page 1 with no
    // filters, the columns and page size of its profile, and the columns of its kind.
    void setSession(Session *session);
    Session *session() const;
    ProgramKind programKind() const { return m_kind; }

    // The last page asked for (again, after an error: that is what Retry does). F5. Drops
    // the page fetched ahead, so that Next shows the server's rows as they are now.
    void reload();
    void showPage(int page);
    void showFirstPage();
    void showPreviousPage();
    void showNextPage();
    // Remembered for the profile; keeps the first row shown within view.
    void setPageSize(int size);
    int pageSize() const;

    // Affiliate filters; empty values mean "any partner". Both start again at page 1.
    void setPartnerFilter(const QString &partnerKey, const QString &partnerEmail = {});
    // Refer-a-friend filter.
    void setReferStatusFilter(CustomerQuery::ReferStatus status);
    void clearFilters();
    bool hasFilter() const;

    // Forgets the page fetched ahead (see CustomerPrefetch): the window calls it when the
    // console changed a customer, whose row that page may hold as it was before.
    void dropPrefetched();
    // On by default. Off: every page is asked for when it is shown (tests that watch each
    // request turn it off).
    void setPrefetching(bool on);
    bool isPrefetching() const { return m_prefetching; }

    // What the last request asked for.
    const CustomerQuery &query() const { return m_query; }
    bool isLoading() const { return m_loading; }
    // The customers of the selected rows, in the order shown.
    QList<Customer> selectedCustomers() const;
    // The customer of the current row, when there is one.
    std::optional<Customer> currentCustomer() const;
    // Selected rows as TSV (header row first), and the same to the clipboard.
    QString selectedRowsAsText() const;
    void copySelectedRows();
    // Emits customerActivated() for the current row.
    void openCurrent();
    // Makes the row of `identifier` the current and only selected one; false (the selection
    // cleared) when it is not on this page.
    bool selectCustomer(const QString &identifier);

    // Saves the column layout now (the window does so before it closes).
    void saveColumns();
    // The column chooser for a menu; the caller owns it.
    QMenu *createColumnsMenu(QWidget *parent);

    // For tests and the screenshot tool.
    QTableView *view() const { return m_view; }
    CustomerTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxyModel() const;
    PageBar *pageBar() const { return m_pageBar; }
    StateBanner *banner() const { return m_banner; }
    CustomerPrefetch *prefetch() const { return m_prefetch; }
    QLineEdit *partnerKeyEdit() const { return m_partnerKey; }
    QLineEdit *partnerEmailEdit() const { return m_partnerEmail; }
    QComboBox *referStatusCombo() const { return m_referStatus; }
    QAction *copyAction() const { return m_copy; }
    QAction *openAction() const { return m_open; }
    // The sentence the status bar shows for the last request.
    QString requestState() const { return m_requestState; }

    // Settings key of the column layout for a kind ("columns/affiliate").
    static QString columnsKey(ProgramKind kind);

Q_SIGNALS:
    void customerActivated(const Customer &customer);
    void newKeyRequested();
    void requestStateChanged(const QString &sentence);
    // After a page replaced the rows.
    void pageShown(const PageInfo &info);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Every text the page sets itself, in the current language.
    void retranslate();
    void buildFilterBar();
    void applyKind(ProgramKind kind);
    // Shows `query` from the page fetched ahead when it is that page, else asks the server.
    void load(const CustomerQuery &query);
    void request(const CustomerQuery &query);
    void watchRetries(ApiCall *call);
    void prefetchNext();
    void onPageResult(const CustomerQuery &query, const ApiResult<Page<Customer>> &result);
    void showFailure(const ApiError &error, int page);
    void applyFilterFields();
    void resetFilterFields();
    void setRequestState(const QString &sentence);
    void rememberPageSize(int size);
    void updateActions();
    QString emptyText(const CustomerQuery &query) const;

    QPointer<ProfileStore> m_profiles;
    QPointer<Session> m_session;
    ProgramKind m_kind = ProgramKind::Unknown;
    CustomerQuery m_query;
    bool m_loading = false;
    bool m_hasPage = false;
    QString m_requestState;

    CustomerTableModel *m_model;
    CustomerProxyModel *m_proxy;
    LatestRequest *m_pageRequest;
    CustomerPrefetch *m_prefetch;
    bool m_prefetching = true;
    quint64 m_prefetchTurn = 0; // a newer page cancels the prefetch planned after an older one
    QWidget *m_affiliateFilters = nullptr;
    QWidget *m_referralFilters = nullptr;
    QLabel *m_noFilters = nullptr;
    QLabel *m_keyLabel = nullptr;
    QLabel *m_emailLabel = nullptr;
    QLabel *m_showLabel = nullptr;
    QLineEdit *m_partnerKey = nullptr;
    QLineEdit *m_partnerEmail = nullptr;
    QPushButton *m_applyFilter = nullptr;
    QPushButton *m_clearFilter = nullptr;
    QComboBox *m_referStatus = nullptr;
    StateBanner *m_banner;
    QTableView *m_view;
    ColumnLayout *m_columns;
    PageBar *m_pageBar;
    QAction *m_copy;
    QAction *m_open;
};

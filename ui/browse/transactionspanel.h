// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/pageinfo.h"
#include "models/programkind.h"
#include "models/transaction.h"

#include <QPointer>
#include <QWidget>

class ApiError;
class LatestRequest;
class PageBar;
class QSortFilterProxyModel;
class QTableView;
class Session;
class StateBanner;
class TransactionTableModel;
template <typename T> class ApiResult;

// A customer's transactions, a page at a time (the Transactions tab of the detail dialog).
// Loads when first shown; its requests belong to it, so closing the dialog cancels them.
class TransactionsPanel final : public QWidget {
    Q_OBJECT

public:
    TransactionsPanel(Session *session, const QString &identifier, ProgramKind kind,
                      QWidget *parent = nullptr);

    // Loads page 1 unless a page was loaded or is loading.
    void ensureLoaded();
    void reload();
    void showPage(int page);
    void setPageSize(int size);

    bool isLoading() const { return m_loading; }
    bool hasLoaded() const { return m_hasPage; }

    TransactionTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    PageBar *pageBar() const { return m_pageBar; }
    StateBanner *banner() const { return m_banner; }

Q_SIGNALS:
    void newKeyRequested();
    void pageShown(const PageInfo &info);

private:
    void load(int page);
    void onResult(const ApiResult<Page<Transaction>> &result);

    QPointer<Session> m_session;
    QString m_identifier;
    int m_page = 1;
    int m_limit = 25;
    bool m_loading = false;
    bool m_hasPage = false;
    TransactionTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    LatestRequest *m_request;
    StateBanner *m_banner;
    QTableView *m_view;
    PageBar *m_pageBar;
};

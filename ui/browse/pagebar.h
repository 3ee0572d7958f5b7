// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/pageinfo.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QToolButton;

// First / Previous / Next, "Rows 51–100", the page number and the page size. The API gives
// no total, so there is no "Last" and no "of N".
//
// The three moves are actions (Alt+Home, Alt+Left, Alt+Right) that the owner may also put in
// a menu; they act on the page shown, so pressing Next twice during a slow load asks for the
// same page twice instead of skipping one the person never saw.
class PageBar final : public QWidget {
    Q_OBJECT

public:
    explicit PageBar(QWidget *parent = nullptr);

    // The page sizes offered (the API allows 1-250).
    static QList<int> standardPageSizes();

    // The page shown now; enables the moves it allows.
    void setPageInfo(const PageInfo &info);
    const PageInfo &pageInfo() const { return m_info; }
    // Forgets the page (nothing shown yet): every move is disabled.
    void clearPageInfo();

    // Selects `size` without emitting pageSizeChanged (a size outside the list is added).
    void setPageSize(int size);
    int pageSize() const;

    // "Rows 51–100", or "No rows".
    QString rowsText() const;
    QString pageText() const;

    QAction *firstAction() const { return m_first; }
    QAction *previousAction() const { return m_previous; }
    QAction *nextAction() const { return m_next; }
    QComboBox *pageSizeCombo() const { return m_pageSize; }
    QLabel *rowsLabel() const { return m_rows; }

    static QString rowsText(const PageInfo &info);

Q_SIGNALS:
    void pageRequested(int page);
    void pageSizeChanged(int size);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Every text of the bar in the current language and locale.
    void retranslate();
    void updateActions();

    PageInfo m_info;
    bool m_hasPage = false;
    QAction *m_first;
    QAction *m_previous;
    QAction *m_next;
    QLabel *m_rows;
    QLabel *m_page;
    QComboBox *m_pageSize;
    QLabel *m_sizeLabel = nullptr;
};

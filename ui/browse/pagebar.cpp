// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/browse/pagebar.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QToolButton>

namespace {

QToolButton *buttonFor(QAction *action, QWidget *parent) {
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(false);
    button->setFocusPolicy(Qt::StrongFocus);
    return button;
}

} // namespace

PageBar::PageBar(QWidget *parent)
    : QWidget(parent)
    , m_first(new QAction(this))
    , m_previous(new QAction(this))
    , m_next(new QAction(this))
    , m_rows(new QLabel(this))
    , m_page(new QLabel(this))
    , m_pageSize(new QComboBox(this)) {
    setObjectName(QStringLiteral("pageBar"));

    m_first->setObjectName(QStringLiteral("firstPageAction"));
    m_first->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    m_first->setIcon(style()->standardIcon(QStyle::SP_MediaSkipBackward, nullptr, this));
    m_previous->setObjectName(QStringLiteral("previousPageAction"));
    m_previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_previous->setIcon(style()->standardIcon(QStyle::SP_ArrowBack, nullptr, this));
    m_next->setObjectName(QStringLiteral("nextPageAction"));
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_next->setIcon(style()->standardIcon(QStyle::SP_ArrowForward, nullptr, this));
    for (QAction *action : {m_first, m_previous, m_next}) {
        // The owner's window gets the shortcuts wherever the focus is.
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
    }

    auto *first = buttonFor(m_first, this);
    first->setObjectName(QStringLiteral("firstPageButton"));
    auto *previous = buttonFor(m_previous, this);
    previous->setObjectName(QStringLiteral("previousPageButton"));
    auto *next = buttonFor(m_next, this);
    next->setObjectName(QStringLiteral("nextPageButton"));
    // Icon after text reads "Next ▶", as people expect.
    next->setLayoutDirection(layoutDirection() == Qt::LeftToRight ? Qt::RightToLeft
                                                                  : Qt::LeftToRight);

    m_rows->setObjectName(QStringLiteral("rowsLabel"));
    m_page->setObjectName(QStringLiteral("pageLabel"));
    m_rows->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_pageSize->setObjectName(QStringLiteral("pageSizeCombo"));
    for (int size : standardPageSizes())
        m_pageSize->addItem(QString(), size);
    auto *sizeLabel = new QLabel(this);
    m_sizeLabel = sizeLabel;
    sizeLabel->setBuddy(m_pageSize);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(first);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addSpacing(12);
    layout->addWidget(m_page);
    layout->addSpacing(12);
    layout->addWidget(m_rows);
    layout->addStretch(1);
    layout->addWidget(sizeLabel);
    layout->addWidget(m_pageSize);

    connect(m_first, &QAction::triggered, this, [this] { Q_EMIT pageRequested(1); });
    connect(m_previous, &QAction::triggered, this,
            [this] { Q_EMIT pageRequested(qMax(1, m_info.currentPage - 1)); });
    connect(m_next, &QAction::triggered, this,
            [this] { Q_EMIT pageRequested(m_info.currentPage + 1); });
    connect(m_pageSize, &QComboBox::activated, this,
            [this] { Q_EMIT pageSizeChanged(pageSize()); });

    clearPageInfo();
    retranslate();
}

void PageBar::retranslate() {
    m_first->setText(tr("&First page"));
    m_first->setIconText(tr("First"));
    m_previous->setText(tr("&Previous page"));
    m_previous->setIconText(tr("Previous"));
    m_next->setText(tr("&Next page"));
    m_next->setIconText(tr("Next"));
    for (QAction *action : {m_first, m_previous, m_next}) {
        action->setToolTip(
            QStringLiteral("%1 (%2)").arg(action->text().remove(QLatin1Char('&')),
                                          action->shortcut().toString(QKeySequence::NativeText)));
    }
    m_pageSize->setAccessibleName(tr("Rows per page"));
    m_sizeLabel->setText(tr("Rows per pa&ge:"));
    // The numbers in the new locale too.
    for (int i = 0; i < m_pageSize->count(); ++i)
        m_pageSize->setItemText(i, QLocale().toString(m_pageSize->itemData(i).toInt()));
    m_rows->setText(rowsText());
    m_page->setText(pageText());
}

void PageBar::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

QList<int> PageBar::standardPageSizes() {
    return {15, 25, 50, 100, 250};
}

void PageBar::setPageInfo(const PageInfo &info) {
    m_info = info;
    m_hasPage = true;
    m_rows->setText(rowsText());
    m_page->setText(pageText());
    updateActions();
}

void PageBar::clearPageInfo() {
    m_info = PageInfo();
    m_hasPage = false;
    m_rows->clear();
    m_page->clear();
    updateActions();
}

void PageBar::setPageSize(int size) {
    int index = m_pageSize->findData(size);
    if (index < 0) {
        // A size set elsewhere (the profile allows 1-250): offer it too, in order.
        index = 0;
        while (index < m_pageSize->count() && m_pageSize->itemData(index).toInt() < size)
            ++index;
        m_pageSize->insertItem(index, QLocale().toString(size), size);
    }
    m_pageSize->setCurrentIndex(index);
}

int PageBar::pageSize() const {
    return m_pageSize->currentData().toInt();
}

QString PageBar::rowsText() const {
    return m_hasPage ? rowsText(m_info) : QString();
}

QString PageBar::rowsText(const PageInfo &info) {
    if (info.from <= 0 || info.to < info.from)
        return tr("No rows");
    const QLocale locale;
    return tr("Rows %1–%2").arg(locale.toString(info.from), locale.toString(info.to));
}

QString PageBar::pageText() const {
    return m_hasPage ? tr("Page %1").arg(QLocale().toString(m_info.currentPage)) : QString();
}

void PageBar::updateActions() {
    m_first->setEnabled(m_hasPage && m_info.currentPage > 1);
    m_previous->setEnabled(m_hasPage && (m_info.hasPrev || m_info.currentPage > 1));
    m_next->setEnabled(m_hasPage && m_info.hasNext);
}

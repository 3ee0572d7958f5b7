// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/index/findpopup.h"

#include "app/index/customerindex.h"
#include "app/index/sharedindexreader.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

// The row's line: name, then email and key where they add something. Plain text: a list
// widget's item text is never rendered as markup.
QString matchText(const Customer &customer) {
    QStringList parts{customer.displayName()};
    if (!customer.email.isEmpty() && customer.email != parts.first())
        parts.append(customer.email);
    const QString identifier = customer.key.isEmpty() ? customer.id : customer.key;
    if (!identifier.isEmpty() && !parts.contains(identifier))
        parts.append(identifier);
    return parts.join(u"  ·  "_s);
}

} // namespace

FindPopup::FindPopup(QLineEdit *edit, QWidget *window)
    : QFrame(window)
    , m_edit(edit)
    , m_window(window)
    , m_list(new QListWidget(this)) {
    setObjectName(u"findPopup"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_list->setObjectName(u"findMatches"_s);
    m_list->setFocusPolicy(Qt::NoFocus);
    // The keys for the list are the Find box's (Up, Down, Enter): it keeps the focus.
    m_list->setFocusProxy(m_edit);
    m_list->setUniformItemSizes(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->addWidget(m_list);
    hide();

    connect(m_list, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { activate(m_list->row(item)); });
    connect(m_edit, &QLineEdit::textEdited, this, &FindPopup::search);
    m_edit->installEventFilter(this);
    retranslate();
}

void FindPopup::retranslate() {
    m_list->setAccessibleName(tr("Matching customers"));
    // The last row counts the matches in words ("Show all 12 matches").
    if (!m_matches.isEmpty() && m_list->count() == m_matches.size() + 1)
        m_list->item(m_list->count() - 1)->setText(showAllText());
}

QString FindPopup::showAllText() const {
    // A shared index counts up to its cap: "Show all 10,000+ matches".
    const int cap = CustomerIndex::findCountCap(m_edit->text());
    if (m_index && m_index->isShared() && m_total > cap) {
        //: %1 is the number counted up to (10,000 or 1,000); there are more.
        return tr("Show all %1+ matches").arg(QLocale().toString(cap));
    }
    return tr("Show all %Ln matches", nullptr, m_total);
}

void FindPopup::changeEvent(QEvent *event) {
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void FindPopup::setIndex(CustomerIndex *index) {
    m_index = index;
    // A shared index is never connected on this thread (ProfileIndex): only its location.
    const bool shared = index && index->isShared();
    // The window sets the index again after every change: the same index keeps its reader.
    if (m_reader && (!shared || !m_reader->readsFrom(index->location()))) {
        delete m_reader;
        m_reader = nullptr;
        m_findTicket = 0;
    }
    if (shared && !m_reader) {
        m_reader = new SharedIndexReader(index->location(), this);
        connect(m_reader, &SharedIndexReader::found, this, &FindPopup::onFound);
        connect(m_reader, &SharedIndexReader::failed, this,
                [this](quint64 ticket, const QString &error) {
                    // Nothing to show for the text: the window's hint says why.
                    if (ticket != m_findTicket)
                        return;
                    m_findTicket = 0;
                    m_error = error;
                    emit matchesChanged();
                });
    }
    refresh();
}

void FindPopup::refresh() {
    if (isVisible() || (m_edit->hasFocus() && !m_edit->text().trimmed().isEmpty()))
        search();
}

void FindPopup::search() {
    const QString text = m_edit->text().trimmed();
    m_matches.clear();
    m_total = 0;
    m_list->clear();
    m_findTicket = 0;
    m_error.clear();
    if (!m_index || text.isEmpty()) {
        hide();
        emit matchesChanged();
        return;
    }
    if (m_reader) {
        // Matches of the text before are not this text's: none are shown until the answer.
        hide();
        m_findTicket = m_reader->find(text, MaxShown);
        emit matchesChanged();
        return;
    }
    m_matches = m_index->find(text, MaxShown, &m_total);
    showMatches();
}

void FindPopup::onFound(quint64 ticket, const QString &text, const QList<Customer> &matches,
                        int total) {
    if (ticket != m_findTicket || text != m_edit->text().trimmed())
        return;
    m_findTicket = 0;
    m_matches = matches;
    m_total = total;
    showMatches();
}

void FindPopup::showMatches() {
    if (m_matches.isEmpty()) {
        hide();
        emit matchesChanged();
        return;
    }
    for (const Customer &customer : std::as_const(m_matches)) {
        auto *item = new QListWidgetItem(matchText(customer), m_list);
        item->setToolTip(QString()); // names are shown whole in the detail dialog
    }
    auto *all = new QListWidgetItem(showAllText(), m_list);
    QFont font = all->font();
    font.setItalic(true);
    all->setFont(font);
    // The best match is chosen, so Enter opens it as a completer would.
    m_list->setCurrentRow(0);
    place();
    show();
    raise();
    emit matchesChanged();
}

void FindPopup::place() {
    if (!m_window)
        return;
    const QPoint below = m_edit->mapTo(m_window, QPoint(0, m_edit->height()));
    const int rows = m_list->count();
    const int rowHeight =
        m_list->sizeHintForRow(0) > 0 ? m_list->sizeHintForRow(0) : fontMetrics().height() + 4;
    const int width = qMax(m_edit->width(), qMin(560, m_window->width() - below.x() - 8));
    const int height = qMin(rows, MaxShown + 1) * rowHeight + 2 * frameWidth() + 4;
    setGeometry(below.x(), below.y(), width, height);
}

void FindPopup::activate(int row) {
    if (row < 0)
        return;
    const QString text = m_edit->text().trimmed();
    hide();
    if (row < m_matches.size())
        emit customerChosen(m_matches.at(row));
    else
        emit showAllRequested(text);
}

bool FindPopup::activateCurrent() {
    if (!isVisible() || m_list->currentRow() < 0)
        return false;
    activate(m_list->currentRow());
    return true;
}

bool FindPopup::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_edit && event->type() == QEvent::FocusOut && isVisible()) {
        // A click on a row takes no focus (the list has none), so leaving the box for
        // anything else closes the list.
        hide();
    }
    if (watched != m_edit || event->type() != QEvent::KeyPress || !isVisible())
        return QFrame::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const int row = m_list->currentRow();
    switch (key->key()) {
    case Qt::Key_Down:
        m_list->setCurrentRow(qMin(row + 1, m_list->count() - 1));
        return true;
    case Qt::Key_Up:
        m_list->setCurrentRow(qMax(row - 1, 0));
        return true;
    case Qt::Key_PageDown:
        m_list->setCurrentRow(m_list->count() - 1);
        return true;
    case Qt::Key_PageUp:
        m_list->setCurrentRow(0);
        return true;
    case Qt::Key_Escape:
        hide();
        return true;
    default:
        return QFrame::eventFilter(watched, event);
    }
}

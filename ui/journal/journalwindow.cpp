// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/journal/journalwindow.h"

#include "app/journal/journal.h"
#include "app/journal/journalmodel.h"
#include "ui/widgets/dialogparts.h"
#include "ui/widgets/filterdateedit.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/statecolorpalette.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

// Sorts by the model's raw values and paints the operations nobody knows the outcome of.
class JournalProxy final : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex &index, int role) const override {
        if (role == Qt::BackgroundRole && index.isValid() &&
            QSortFilterProxyModel::data(index, JournalModel::NeedsDecisionRole).toBool()) {
            return StateColorPalette(QGuiApplication::palette())
                .background(StateColorPalette::State::Pending);
        }
        if (role == Qt::ForegroundRole && index.isValid() &&
            QSortFilterProxyModel::data(index, JournalModel::NeedsDecisionRole).toBool()) {
            // Text meant for the tint, which is light or dark with the theme.
            return StateColorPalette(QGuiApplication::palette()).textOnBackground();
        }
        return QSortFilterProxyModel::data(index, role);
    }

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override {
        const QVariant a = left.data(sortRole());
        const QVariant b = right.data(sortRole());
        const auto order = QVariant::compare(a, b);
        if (order == QPartialOrdering::Less)
            return true;
        if (order == QPartialOrdering::Greater)
            return false;
        // Lines written within the same millisecond keep the journal's order.
        return left.row() < right.row();
    }
};

// The outcome filter's choice for JournalFilter::needsDecision (outcomes are 0 and up).
constexpr int NeedsDecisionChoice = -2;

// The "no limit" value of a date filter: shown as "Any".
const QDate NoDate(2000, 1, 1);

QDateEdit *makeDateEdit(QWidget *parent) {
    auto *edit = new FilterDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDateRange(NoDate, QDate(2200, 12, 31));
    edit->setDate(NoDate);
    return edit;
}

} // namespace

JournalWindow::JournalWindow(Journal *journal, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_model(new JournalModel(this))
    , m_proxy(new JournalProxy(this))
    , m_view(new QTableView(this))
    , m_customer(new QLineEdit(this))
    , m_madeBy(new QLineEdit(this))
    , m_action(new QComboBox(this))
    , m_from(makeDateEdit(this))
    , m_to(makeDateEdit(this))
    , m_outcome(new QComboBox(this))
    , m_refresh(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_wentThrough(new QPushButton(this))
    , m_notMade(new QPushButton(this))
    , m_decideLater(new QPushButton(this))
    , m_showUndecided(new QPushButton(this))
    , m_pendingLabel(new QLabel(this))
    , m_countLabel(new QLabel(this))
    , m_reload(new QTimer(this)) {
    // Customer names and server sentences reach these lines: data, never markup.
    m_pendingLabel->setTextFormat(Qt::PlainText);
    m_countLabel->setTextFormat(Qt::PlainText);
    setWindowFlag(Qt::Window);
    setModal(false);
    setAttribute(Qt::WA_DeleteOnClose, false);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(JournalModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setTabKeyNavigation(false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(JournalModel::TimeColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // Widths from the font, never resize-to-contents: the journal only grows. The time is
    // measured as this locale writes it, so it is never cut; the spare width goes to what a
    // change sent (Changes), not to the Reason at the far end.
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    const QFontMetrics metrics = m_view->fontMetrics();
    const int em = metrics.horizontalAdvance(u'M');
    const int padding = 2 * em;
    const QString longestTime =
        QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 58)), QLocale::ShortFormat);
    m_view->setColumnWidth(JournalModel::TimeColumn,
                           metrics.horizontalAdvance(longestTime) + padding);
    m_view->setColumnWidth(JournalModel::ProfileColumn, 9 * em);
    m_view->setColumnWidth(JournalModel::ByColumn, 8 * em);
    m_view->setColumnWidth(JournalModel::ActionColumn, 6 * em);
    m_view->setColumnWidth(JournalModel::CustomerColumn, 13 * em);
    m_view->setColumnWidth(JournalModel::AmountColumn, 7 * em);
    m_view->setColumnWidth(JournalModel::OutcomeColumn, 8 * em);
    m_view->setColumnWidth(JournalModel::DecisionColumn, 10 * em);
    m_view->setColumnWidth(JournalModel::HttpStatusColumn, 4 * em);
    m_view->setColumnWidth(JournalModel::DetailColumn, 14 * em);
    m_view->setColumnWidth(JournalModel::ReasonColumn, 10 * em);
    // A heading is never cut ("HTTP status" in a narrow column read "TP sta").
    const QFontMetrics headerMetrics = header->fontMetrics();
    for (int column = 0; column < JournalModel::ColumnCount; ++column) {
        const QString heading = m_model->headerData(column, Qt::Horizontal).toString();
        const int needed = headerMetrics.horizontalAdvance(heading) + padding;
        if (m_view->columnWidth(column) < needed)
            m_view->setColumnWidth(column, needed);
    }
    header->setSectionResizeMode(JournalModel::ChangesColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(3 * em);

    m_customer->setClearButtonEnabled(true);
    m_madeBy->setObjectName(u"madeByFilter"_s);
    m_madeBy->setClearButtonEnabled(true);
    m_outcome->addItem({}, -1);
    for (const JournalOutcome outcome :
         {JournalOutcome::Succeeded, JournalOutcome::NotMade, JournalOutcome::NotSent,
          JournalOutcome::Unknown, JournalOutcome::None}) {
        m_outcome->addItem({}, int(outcome));
    }
    m_outcome->addItem({}, NeedsDecisionChoice);
    m_pendingLabel->setWordWrap(true);
    m_pendingLabel->setVisible(false);
    m_pendingLabel->setAutoFillBackground(true);
    m_pendingLabel->setMargin(6);
    tintPendingLabel();

    auto *filters = new QHBoxLayout;
    const auto addFilter = [this, filters](QWidget *editor) {
        auto *label = new QLabel(this);
        label->setBuddy(editor);
        filters->addWidget(label);
        filters->addWidget(editor);
        m_filterLabels.append(label);
    };
    addFilter(m_customer);
    addFilter(m_madeBy);
    addFilter(m_action);
    addFilter(m_from);
    addFilter(m_to);
    addFilter(m_outcome);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_refresh, QDialogButtonBox::ActionRole);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    for (QPushButton *button : {m_wentThrough, m_notMade, m_decideLater})
        buttons->addButton(button, QDialogButtonBox::ActionRole);
    for (QPushButton *button : {m_refresh, m_export, m_wentThrough, m_notMade, m_decideLater})
        button->setAutoDefault(false);

    auto *banner = new QWidget(this);
    banner->setObjectName(u"decisionBannerRow"_s);
    auto *bannerLayout = new QHBoxLayout(banner);
    bannerLayout->setContentsMargins(0, 0, 0, 0);
    bannerLayout->addWidget(m_pendingLabel, 1);
    bannerLayout->addWidget(m_showUndecided);
    m_showUndecided->setAutoDefault(false);
    connect(m_showUndecided, &QPushButton::clicked, this, &JournalWindow::showNeedingDecision);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(banner);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_countLabel);
    layout->addWidget(buttons);
    // The buttons were made before the box, so the box comes after them in the focus chain,
    // and it hands focus to its first button (its focus proxy): Tab went round Refresh and
    // Export for good, never to Close or back to the table. Without the proxy Tab goes on.
    buttons->setFocusProxy(nullptr);

    // Follows the journal live; a burst of lines (a bulk action) costs one reload.
    m_reload->setSingleShot(true);
    m_reload->setInterval(150);
    connect(m_reload, &QTimer::timeout, this, &JournalWindow::refresh);
    if (m_journal) {
        connect(m_journal, &Journal::written, m_reload, qOverload<>(&QTimer::start));
        // Another console of the team wrote to the shared journal: shown without any action.
        connect(m_journal, &Journal::changedElsewhere, m_reload, qOverload<>(&QTimer::start));
    }

    connect(m_customer, &QLineEdit::textChanged, this, &JournalWindow::applyFilter);
    connect(m_madeBy, &QLineEdit::textChanged, this, &JournalWindow::applyFilter);
    connect(m_action, &QComboBox::currentIndexChanged, this, &JournalWindow::applyFilter);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &JournalWindow::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &JournalWindow::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &JournalWindow::applyFilter);
    connect(m_refresh, &QPushButton::clicked, this, &JournalWindow::refresh);
    connect(m_export, &QPushButton::clicked, this, &JournalWindow::exportWithDialog);
    connect(m_wentThrough, &QPushButton::clicked, this,
            [this] { decideSelected(JournalDecision::WentThrough); });
    connect(m_notMade, &QPushButton::clicked, this,
            [this] { decideSelected(JournalDecision::NotMade); });
    connect(m_decideLater, &QPushButton::clicked, this,
            [this] { decideSelected(JournalDecision::Later); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &JournalWindow::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &JournalWindow::updateButtons);

    resize(1240, 560);
    retranslate(); // reads the journal too
}

void JournalWindow::retranslate() {
    setWindowTitle(tr("Journal of changes"));
    m_view->setAccessibleName(tr("Changes"));
    m_from->setAccessibleName(tr("From day"));
    m_to->setAccessibleName(tr("To day"));
    for (QDateEdit *edit : {m_from, m_to})
        edit->setSpecialValueText(tr("Any"));
    m_refresh->setText(tr("&Refresh"));
    m_export->setText(tr("&Export CSV…"));
    m_wentThrough->setText(tr("It went &through"));
    m_notMade->setText(tr("It was &not made"));
    m_decideLater->setText(tr("Decide &later"));
    m_showUndecided->setText(tr("&Show them"));
    for (QPushButton *button : {m_wentThrough, m_notMade, m_decideLater}) {
        button->setToolTip(tr("Record what you found for the selected changes whose outcome "
                              "is unknown. The journal keeps who decided and when."));
    }
    m_customer->setPlaceholderText(tr("Key, ID or email"));
    m_madeBy->setPlaceholderText(tr("Name or user"));
    const QStringList labels{tr("&Customer:"), tr("&By:"), tr("&Action:"),
                             tr("&From:"),     tr("&To:"), tr("&Outcome:")};
    for (int i = 0; i < m_filterLabels.size() && i < labels.size(); ++i)
        m_filterLabels.at(i)->setText(labels.at(i));
    for (int i = 0; i < m_outcome->count(); ++i) {
        const int choice = m_outcome->itemData(i).toInt();
        if (choice == -1)
            m_outcome->setItemText(i, tr("All outcomes"));
        else if (choice == NeedsDecisionChoice)
            m_outcome->setItemText(i, tr("Needs a decision"));
        else
            m_outcome->setItemText(i, Journal::outcomeText(JournalOutcome(choice)));
    }
    // The action names, the banner and the count are sentences of their own: built again.
    refresh();
}

void JournalWindow::tintPendingLabel() {
    QPalette pal = palette();
    const StateColorPalette states(pal);
    pal.setColor(QPalette::Window, states.background(StateColorPalette::State::Pending));
    pal.setColor(QPalette::WindowText, states.textOnBackground());
    m_pendingLabel->setPalette(pal);
}

void JournalWindow::changeEvent(QEvent *event) {
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        tintPendingLabel(); // a theme switched at run time: the tint follows it
}

void JournalWindow::refresh() {
    updateActionChoices();
    applyFilter();
}

void JournalWindow::updateActionChoices() {
    const QString current = m_action->currentData().toString();
    // The actions the console sends, plus any a newer version wrote.
    QStringList actions{u"create"_s,  u"update"_s,         u"delete"_s, u"suspend"_s, u"approve"_s,
                        u"archive"_s, u"revoke_archive"_s, u"credit"_s, u"invite"_s};
    const QStringList recorded = m_journal ? m_journal->actions() : QStringList();
    for (const QString &action : recorded) {
        if (!action.isEmpty() && !actions.contains(action))
            actions.append(action);
    }
    const QSignalBlocker blocker(m_action);
    m_action->clear();
    m_action->addItem(tr("All actions"), QString());
    for (const QString &action : std::as_const(actions))
        m_action->addItem(JournalModel::actionText(action), action);
    const int index = m_action->findData(current);
    m_action->setCurrentIndex(index < 0 ? 0 : index);
}

JournalFilter JournalWindow::filter() const {
    JournalFilter filter;
    filter.customer = m_customer->text().trimmed();
    filter.madeBy = m_madeBy->text().trimmed();
    filter.action = m_action->currentData().toString();
    if (m_from->date() != NoDate)
        filter.from = m_from->date().startOfDay().toUTC();
    if (m_to->date() != NoDate)
        filter.to = m_to->date().addDays(1).startOfDay().toUTC();
    const int outcome = m_outcome->currentData().toInt();
    if (outcome >= 0)
        filter.outcome = JournalOutcome(outcome);
    filter.needsDecision = outcome == NeedsDecisionChoice;
    return filter;
}

void JournalWindow::setDateRange(const QDate &from, const QDate &to) {
    m_from->setDate(from.isValid() ? from : NoDate);
    m_to->setDate(to.isValid() ? to : NoDate);
}

void JournalWindow::applyFilter() {
    // The database filters, so a journal of years stays quick to browse.
    const QList<JournalEntry> visible =
        m_journal ? m_journal->entries(filter()) : QList<JournalEntry>();
    m_model->setEntries(visible);

    JournalFilter undecidedOnly;
    undecidedOnly.needsDecision = true;
    const int undecided = m_journal ? m_journal->count(undecidedOnly) : 0;
    const int total = m_journal ? m_journal->count() : 0;
    if (undecided > 0) {
        m_pendingLabel->setText(
            tr("%n changes need a decision: nobody knows whether they were made. Check those "
               "customers, then select the rows and say what you found.",
               nullptr, undecided));
    }
    m_pendingLabel->setVisible(undecided > 0);
    m_showUndecided->setVisible(undecided > 0 && !filter().needsDecision);
    QString count = tr("%n of %1 operations shown.", nullptr, int(visible.size())).arg(total);
    if (m_journal && m_journal->skippedLines() > 0) {
        count += u' ' + tr("%n unreadable lines skipped.", nullptr, m_journal->skippedLines());
    }
    // A team's store out of reach: say so where the count would be, instead of "0 of 0".
    if (m_journal && !m_journal->readProblem().isEmpty())
        count = m_journal->readProblem();
    if (m_journal && !m_journal->outboxNotice().isEmpty())
        count += u' ' + m_journal->outboxNotice();
    m_countLabel->setText(count);
    updateButtons();
}

QList<JournalEntry> JournalWindow::visibleEntries() const {
    return m_model->entries();
}

namespace {

// The selected operations a decision applies to: those whose outcome nobody knows. A decision
// already made may be corrected: the journal keeps every one and the last counts.
QStringList undecidableIds(const QTableView *view) {
    QStringList ids;
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        const auto entry = row.data(JournalModel::EntryRole).value<JournalEntry>();
        if (entry.outcomeUnknown())
            ids.append(entry.opId);
    }
    return ids;
}

} // namespace

void JournalWindow::updateButtons() {
    const bool any = m_journal && !undecidableIds(m_view).isEmpty();
    for (QPushButton *button : {m_wentThrough, m_notMade, m_decideLater})
        button->setEnabled(any);
    m_export->setEnabled(m_model->rowCount() > 0);
}

void JournalWindow::showNeedingDecision() {
    m_outcome->setCurrentIndex(m_outcome->findData(NeedsDecisionChoice));
}

int JournalWindow::decideSelected(JournalDecision decision) {
    if (!m_journal)
        return 0;
    const QStringList ids = undecidableIds(m_view);
    int marked = 0;
    for (const QString &id : ids) {
        QString error;
        if (!m_journal->decide(id, decision, {}, &error)) {
            MessageBox::warning(this, tr("Journal"), error);
            break;
        }
        ++marked;
    }
    m_reload->stop();
    refresh();
    return marked;
}

bool JournalWindow::exportCsv(const QString &path, QString *error) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("%1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    if (!Journal::exportCsv(&file, visibleEntries()) || !file.commit()) {
        if (error)
            *error = tr("%1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void JournalWindow::exportWithDialog() {
    const QString folder = DialogParts::documentsFolder();
    const QString suggested =
        folder + u"/partnero-journal-"_s + QDate::currentDate().toString(Qt::ISODate) + u".csv"_s;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the journal"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error)) {
        MessageBox::warning(this, tr("Export the journal"), error);
        return;
    }
    m_countLabel->setText(
        tr("%n operations exported to %1.", nullptr, int(visibleEntries().size())).arg(path));
}

void JournalWindow::setApprovalsPanel(QWidget *panel) {
    if (m_approvals)
        delete m_approvals;
    m_approvals = panel;
    if (!panel)
        return;
    panel->setParent(this);
    // Above everything else: these wait for somebody, the journal below is history. A few
    // rows high; the journal keeps the spare height.
    panel->setMaximumHeight(fontMetrics().height() * 16);
    if (auto *box = qobject_cast<QVBoxLayout *>(layout()))
        box->insertWidget(0, panel);
    panel->show();
}

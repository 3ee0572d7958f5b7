// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rewards/bulkinvitedialog.h"

#include "app/api/apiclient.h"
#include "app/api/referralservice.h"
#include "app/bulk/csvwriter.h"
#include "app/bulk/inviterowsmodel.h"
#include "app/session/session.h"
#include "ui/rewards/csvencodingrow.h"
#include "ui/widgets/dialogparts.h"
#include "ui/widgets/messagebox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

enum Page { SourcePage, RunPage };

QTableView *rowsView(QAbstractItemModel *model, const QString &name, QWidget *parent) {
    auto *view = DialogParts::rowsView(model, name, parent);
    view->horizontalHeader()->setStretchLastSection(true);
    // In characters of the font, so a larger font or another language keeps the headings.
    const int ch = view->fontMetrics().averageCharWidth();
    view->setColumnWidth(InviteRowsModel::Line, 7 * ch);
    view->setColumnWidth(InviteRowsModel::Email, 30 * ch);
    view->setColumnWidth(InviteRowsModel::Name, 17 * ch);
    view->setColumnWidth(InviteRowsModel::Personalization, 22 * ch);
    view->setMinimumHeight(10 * view->fontMetrics().height());
    return view;
}

} // namespace

BulkInviteDialog::BulkInviteDialog(Session *session, QWidget *parent, const QString &stateFilePath)
    : QDialog(parent)
    , m_session(session)
    , m_statePath(stateFilePath) {
    setWindowTitle(tr("Invite from a list"));
    setObjectName(u"bulkInviteDialog"_s);
    resize(820, 600);
    if (m_statePath.isEmpty() && session)
        m_statePath = BulkRunState::defaultFilePath(session->profile().id);
    m_state = std::make_unique<BulkRunState>(m_statePath);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    m_pages = {buildSourcePage(), buildRunPage()};
    for (QWidget *page : std::as_const(m_pages))
        layout->addWidget(page, 1);

    // An interrupted run of this profile waits on disk: offer it before anything else.
    if (m_state->exists() && m_state->load() && m_state->isResumable() &&
        (!session || m_state->profileId() == session->profile().id)) {
        m_resumeOffered = true;
        m_initiallySkipped = m_state->count(BulkRowStatus::Skipped);
        attachRunner();
        const int unknown = m_state->count(BulkRowStatus::Unknown);
        QString text =
            tr("An interrupted run from %1 (%2): %3 invited, %4 still to send.")
                .arg(QLocale().toString(m_state->createdAt().toLocalTime(), QLocale::ShortFormat),
                     QFileInfo(m_state->source()).fileName())
                .arg(m_state->count(BulkRowStatus::Sent))
                .arg(m_state->count(BulkRowStatus::Pending));
        if (unknown == 1) {
            text += u' ' + tr("One invitation may or may not have been sent when it stopped: it "
                              "is not sent again unless you say so.");
        } else if (unknown > 1) {
            text += u' ' + tr("%1 invitations may or may not have been sent when it stopped: "
                              "they are not sent again unless you say so.")
                               .arg(unknown);
        }
        m_resumeText->setText(text);
        m_resumeBanner->setVisible(true);
        showPage(RunPage);
    } else {
        showPage(SourcePage);
    }
}

BulkInviteDialog::~BulkInviteDialog() = default;

bool BulkInviteDialog::hasInterruptedRun(Session *session, const QString &stateFilePath) {
    const QString path =
        !stateFilePath.isEmpty()
            ? stateFilePath
            : (session ? BulkRunState::defaultFilePath(session->profile().id) : QString());
    if (path.isEmpty())
        return false;
    BulkRunState state(path);
    return state.exists() && state.load() && state.isResumable();
}

// --- source page -------------------------------------------------------------------------------

QWidget *BulkInviteDialog::buildSourcePage() {
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(DialogParts::heading(tr("Invite people from a CSV file"), page));
    layout->addWidget(DialogParts::muted(
        tr("One person per line. Spreadsheets save CSV with commas or semicolons; both work. "
           "Invalid addresses, duplicates and people this console invited before are skipped."),
        page));

    auto *fileRow = new QHBoxLayout;
    m_fileLabel = new QLabel(tr("No file chosen"), page);
    m_fileLabel->setObjectName(u"fileLabel"_s);
    m_fileLabel->setTextFormat(Qt::PlainText);
    auto *choose = DialogParts::button(tr("Choose file…"), u"chooseFileButton"_s, page);
    connect(choose, &QPushButton::clicked, this, &BulkInviteDialog::chooseFile);
    fileRow->addWidget(m_fileLabel, 1);
    fileRow->addWidget(choose);
    layout->addLayout(fileRow);
    m_fileProblem = DialogParts::problemLabel(page);
    m_fileProblem->setObjectName(u"fileProblem"_s);
    layout->addWidget(m_fileProblem);
    m_encodingRow = new CsvEncodingRow(page);
    layout->addWidget(m_encodingRow);
    connect(m_encodingRow, &CsvEncodingRow::encodingChosen, this,
            [this](CsvEncoding encoding) { loadCsv(m_sourcePath, encoding); });

    auto *mapping = new QHBoxLayout;
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_headerCheck = new QCheckBox(tr("The first line holds column names"), page);
    m_headerCheck->setObjectName(u"headerCheck"_s);
    form->addRow(QString(), m_headerCheck);
    m_emailColumn = new QComboBox(page);
    m_emailColumn->setObjectName(u"emailColumnCombo"_s);
    form->addRow(tr("&Email column:"), m_emailColumn);
    m_nameColumn = new QComboBox(page);
    m_nameColumn->setObjectName(u"nameColumnCombo"_s);
    form->addRow(tr("&Name column:"), m_nameColumn);
    m_includeInvited = new QCheckBox(tr("Invite people this console invited before again"), page);
    m_includeInvited->setObjectName(u"includeInvitedCheck"_s);
    form->addRow(QString(), m_includeInvited);
    mapping->addLayout(form, 3);
    auto *pairsBox = new QVBoxLayout;
    auto *personalizationLabel = new QLabel(tr("Send as personalization:"), page);
    pairsBox->addWidget(personalizationLabel);
    m_personalization = new QListWidget(page);
    // A list's accessible name is never taken from a label: say it.
    m_personalization->setAccessibleName(tr("Send as personalization"));
    personalizationLabel->setBuddy(m_personalization);
    m_personalization->setObjectName(u"personalizationList"_s);
    m_personalization->setMaximumHeight(96);
    pairsBox->addWidget(m_personalization);
    mapping->addLayout(pairsBox, 2);
    layout->addLayout(mapping);

    m_previewModel = new InviteRowsModel(true, this);
    m_previewModel->setSource([this] { return &m_preview; });
    m_previewView = rowsView(m_previewModel, u"previewTable"_s, page);
    m_previewView->setAccessibleName(tr("People to invite"));
    layout->addWidget(m_previewView, 1);

    m_summary = new QLabel(page);
    m_summary->setObjectName(u"summaryLabel"_s);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);

    auto *cancel = DialogParts::button(tr("Cancel"), u"sourceCancelButton"_s, page);
    connect(cancel, &QPushButton::clicked, this, &BulkInviteDialog::reject);
    m_start = DialogParts::button(tr("Send invitations"), u"startButton"_s, page);
    m_start->setEnabled(false);
    connect(m_start, &QPushButton::clicked, this, &BulkInviteDialog::startClicked);
    layout->addLayout(DialogParts::buttonRow({}, {cancel, m_start}));

    connect(m_headerCheck, &QCheckBox::toggled, this, [this] { applyTable(true); });
    connect(m_emailColumn, &QComboBox::currentIndexChanged, this, [this] { rebuildPreview(); });
    connect(m_nameColumn, &QComboBox::currentIndexChanged, this, [this] { rebuildPreview(); });

    connect(m_personalization, &QListWidget::itemChanged, this, [this] { rebuildPreview(); });
    connect(m_includeInvited, &QCheckBox::toggled, this, [this] { rebuildPreview(); });
    return page;
}

void BulkInviteDialog::showPage(int index) {
    for (int i = 0; i < m_pages.size(); ++i)
        m_pages.at(i)->setVisible(i == index);
    if (index == SourcePage)
        m_start->setDefault(true);
}

void BulkInviteDialog::chooseFile() {
    const QString folder = DialogParts::documentsFolder();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose a list of people to invite"), folder,
                                     tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadCsv(path);
}

bool BulkInviteDialog::loadCsv(const QString &path, CsvEncoding encoding) {
    QString error;
    CsvTable table;
    if (!CsvReader::readFile(path, &table, &error, encoding)) {
        DialogParts::setProblem(m_fileProblem, error);
        return false;
    }
    m_table = table;
    m_sourcePath = path;
    m_fileLabel->setText(QDir::toNativeSeparators(path));
    m_encodingRow->showTable(table);
    DialogParts::setProblem(m_fileProblem, table.error);
    if (m_session)
        m_invitedBefore = InviteCsv::invitedBefore(m_session->journal(), m_session->profile().id);
    {
        const QSignalBlocker blocker(m_headerCheck);
        m_headerCheck->setChecked(InviteCsv::looksLikeHeader(m_table));
    }
    applyTable(true);
    return true;
}

void BulkInviteDialog::applyTable(bool guessColumns) {
    fillColumnChoices();
    if (guessColumns) {
        const InviteColumns guess = InviteCsv::guessColumns(m_table, m_headerCheck->isChecked());
        const QSignalBlocker b1(m_emailColumn);
        const QSignalBlocker b2(m_nameColumn);
        const QSignalBlocker b3(m_personalization);
        m_emailColumn->setCurrentIndex(m_emailColumn->findData(guess.email));
        m_nameColumn->setCurrentIndex(qMax(0, m_nameColumn->findData(guess.name)));
        for (int i = 0; i < m_personalization->count(); ++i) {
            QListWidgetItem *item = m_personalization->item(i);
            item->setCheckState(guess.personalization.contains(item->data(Qt::UserRole).toInt())
                                    ? Qt::Checked
                                    : Qt::Unchecked);
        }
    }
    rebuildPreview();
}

void BulkInviteDialog::fillColumnChoices() {
    const QStringList names = InviteCsv::columnNames(m_table, m_headerCheck->isChecked());
    const QSignalBlocker b1(m_emailColumn);
    const QSignalBlocker b2(m_nameColumn);
    const QSignalBlocker b3(m_personalization);
    m_emailColumn->clear();
    m_nameColumn->clear();
    m_personalization->clear();
    m_nameColumn->addItem(tr("(none)"), -1);
    for (int i = 0; i < names.size(); ++i) {
        m_emailColumn->addItem(names.at(i), i);
        m_nameColumn->addItem(names.at(i), i);
        auto *item = new QListWidgetItem(names.at(i), m_personalization);
        item->setData(Qt::UserRole, i);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

InviteColumns BulkInviteDialog::currentColumns() const {
    InviteColumns columns;
    columns.email = m_emailColumn->currentIndex() >= 0 ? m_emailColumn->currentData().toInt() : -1;
    columns.name = m_nameColumn->currentIndex() >= 0 ? m_nameColumn->currentData().toInt() : -1;
    for (int i = 0; i < m_personalization->count(); ++i) {
        const QListWidgetItem *item = m_personalization->item(i);
        const int column = item->data(Qt::UserRole).toInt();
        if (item->checkState() == Qt::Checked && column != columns.email && column != columns.name)
            columns.personalization << column;
    }
    return columns;
}

void BulkInviteDialog::rebuildPreview() {
    const InviteColumns columns = currentColumns();
    // The e-mail and name columns are sent as such, never as personalization as well.
    for (int i = 0; i < m_personalization->count(); ++i) {
        QListWidgetItem *item = m_personalization->item(i);
        const int column = item->data(Qt::UserRole).toInt();
        item->setHidden(column == columns.email || column == columns.name);
    }
    InviteCsv::Summary summary;
    m_previewModel->replaceRows([&] {
        m_preview = InviteCsv::buildRows(m_table, m_headerCheck->isChecked(), columns,
                                         m_invitedBefore, m_includeInvited->isChecked(), &summary);
    });

    const int ready = summary.ready;
    QStringList parts;
    parts << tr("%n to invite", nullptr, ready);
    if (summary.invalid > 0)
        parts << tr("%n without a valid address", nullptr, summary.invalid);
    if (summary.duplicates > 0)
        parts << tr("%n duplicates", nullptr, summary.duplicates);
    if (summary.invitedBefore > 0)
        parts << tr("%n invited before", nullptr, summary.invitedBefore);
    m_summary->setText(m_table.isEmpty() ? QString() : parts.join(u"  ·  "_s));
    if (columns.email < 0 && !m_table.isEmpty())
        DialogParts::setProblem(m_fileProblem, tr("Choose the column that holds the email."));
    else
        DialogParts::setProblem(m_fileProblem, m_table.error);
    m_start->setText(ready > 0 ? tr("Send %n invitations", nullptr, ready)
                               : tr("Send invitations"));
    m_start->setEnabled(ready > 0 && m_session);
}

int BulkInviteDialog::previewSendableCount() const {
    int ready = 0;
    for (const BulkInviteRow &row : m_preview)
        ready += row.status != BulkRowStatus::Skipped ? 1 : 0;
    return ready;
}

void BulkInviteDialog::startClicked() {
    const int count = previewSendableCount();
    if (count == 0 || !m_start->isEnabled())
        return;
    const auto answer = MessageBox::confirm(
        this, tr("Send the invitations?"),
        tr("Partnero will email an invitation to %n people, one after the other. You can pause "
           "or cancel while it runs.\n\nSend %n invitations now?",
           nullptr, count),
        tr("Send %n invitations", nullptr, count));
    if (answer != QMessageBox::Yes)
        return;
    startRun();
}

bool BulkInviteDialog::startRun() {
    if (!m_session || !m_session->referrals() || previewSendableCount() == 0 || m_runner)
        return false;
    QString error;
    if (!m_state->create(m_session->profile().id, m_sourcePath, m_preview, &error)) {
        DialogParts::setProblem(m_fileProblem, error);
        return false;
    }
    m_initiallySkipped = m_state->count(BulkRowStatus::Skipped);
    attachRunner();
    m_resumeBanner->setVisible(false);
    showPage(RunPage);
    m_runner->start();
    return true;
}

// --- run page ----------------------------------------------------------------------------------

QWidget *BulkInviteDialog::buildRunPage() {
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(DialogParts::heading(tr("Sending invitations"), page));
    m_runSource = DialogParts::muted(QString(), page);
    m_runSource->setObjectName(u"runSource"_s);
    layout->addWidget(m_runSource);

    m_resumeBanner = DialogParts::banner(DialogParts::Tone::Info, &m_resumeText, page,
                                         tr("Resume the interrupted run?"));
    m_resumeText->setObjectName(u"resumeText"_s);
    m_discard = DialogParts::button(tr("Discard the run"), u"discardButton"_s, m_resumeBanner);
    m_resume = DialogParts::button(tr("Resume sending"), u"resumeButton"_s, m_resumeBanner);
    qobject_cast<QBoxLayout *>(m_resumeBanner->layout())
        ->addLayout(DialogParts::buttonRow({}, {m_discard, m_resume}));
    m_resumeBanner->setVisible(false);
    connect(m_resume, &QPushButton::clicked, this, &BulkInviteDialog::resumeClicked);
    connect(m_discard, &QPushButton::clicked, this, &BulkInviteDialog::discardClicked);
    layout->addWidget(m_resumeBanner);

    m_progress = new QProgressBar(page);
    m_progress->setObjectName(u"progressBar"_s);
    m_progress->setFormat(tr("%v of %m"));
    layout->addWidget(m_progress);
    auto *statusRow = new QHBoxLayout;
    m_runStatus = new QLabel(page);
    m_runStatus->setObjectName(u"runStatus"_s);
    m_runStatus->setTextFormat(Qt::PlainText);
    m_counts = DialogParts::muted(QString(), page);
    m_counts->setObjectName(u"countsLabel"_s);
    m_counts->setWordWrap(false);
    statusRow->addWidget(m_runStatus, 1);
    statusRow->addWidget(m_counts);
    layout->addLayout(statusRow);

    m_resultsModel = new InviteRowsModel(false, this);
    m_resultsModel->setSendingRow(
        [this] { return m_runner && m_runner->isBusy() ? m_runner->currentRow() : -1; });
    m_resultsView = rowsView(m_resultsModel, u"resultsTable"_s, page);
    m_resultsView->setAccessibleName(tr("Invitations"));
    m_resultsView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    layout->addWidget(m_resultsView, 1);

    m_unknownBanner = DialogParts::banner(DialogParts::Tone::Warning, &m_unknownText, page);
    m_unknownText->setObjectName(u"unknownText"_s);
    auto *selectUnknown =
        DialogParts::button(tr("Select them"), u"selectUnknownButton"_s, m_unknownBanner);
    connect(selectUnknown, &QPushButton::clicked, this, [this] {
        m_resultsView->clearSelection();
        int first = -1;
        for (int row = 0; row < m_state->rows().size(); ++row) {
            const BulkInviteRow &r = m_state->rows().at(row);
            if (r.status != BulkRowStatus::Unknown ||
                (m_runner && m_runner->currentRow() == row && m_runner->isBusy()))
                continue;
            m_resultsView->selectionModel()->select(m_resultsModel->index(row, 0),
                                                    QItemSelectionModel::Select |
                                                        QItemSelectionModel::Rows);
            if (first < 0)
                first = row;
        }
        if (first >= 0)
            m_resultsView->scrollTo(m_resultsModel->index(first, 0),
                                    QAbstractItemView::PositionAtCenter);
    });
    m_markSent =
        DialogParts::button(tr("Mark selected as invited"), u"markSentButton"_s, m_unknownBanner);
    m_sendAgain =
        DialogParts::button(tr("Send selected again…"), u"sendAgainButton"_s, m_unknownBanner);
    qobject_cast<QBoxLayout *>(m_unknownBanner->layout())
        ->addLayout(DialogParts::buttonRow({}, {selectUnknown, m_markSent, m_sendAgain}));
    m_unknownBanner->setVisible(false);
    connect(m_markSent, &QPushButton::clicked, this, &BulkInviteDialog::markSelectedSent);
    connect(m_sendAgain, &QPushButton::clicked, this, &BulkInviteDialog::sendSelectedAgain);
    layout->addWidget(m_unknownBanner);

    m_pause = DialogParts::button(tr("Pause"), u"pauseButton"_s, page);
    m_cancel = DialogParts::button(tr("Cancel sending"), u"cancelButton"_s, page);
    m_retryFailed = DialogParts::button(tr("Retry failed"), u"retryFailedButton"_s, page);
    m_export = DialogParts::button(tr("Export results…"), u"exportButton"_s, page);
    m_close = DialogParts::button(tr("Close"), u"closeButton"_s, page);
    connect(m_pause, &QPushButton::clicked, this, &BulkInviteDialog::pauseClicked);
    connect(m_cancel, &QPushButton::clicked, this, &BulkInviteDialog::cancelClicked);
    connect(m_retryFailed, &QPushButton::clicked, this, &BulkInviteDialog::retryFailedClicked);
    connect(m_export, &QPushButton::clicked, this, &BulkInviteDialog::exportClicked);
    connect(m_close, &QPushButton::clicked, this, &BulkInviteDialog::reject);
    layout->addLayout(
        DialogParts::buttonRow({m_pause, m_cancel, m_retryFailed}, {m_export, m_close}));
    return page;
}

void BulkInviteDialog::attachRunner() {
    if (m_runner || !m_session || !m_session->referrals())
        return;
    m_runner = new BulkInviteRunner(m_session->referrals(), m_state.get(), this);
    m_resultsModel->setSource([this] { return &m_state->rows(); });
    connect(m_runner, &BulkInviteRunner::rowChanged, this, &BulkInviteDialog::onRowChanged);
    connect(m_runner, &BulkInviteRunner::stateChanged, this, [this] {
        updateRun();
        if (m_closeWhenIdle && !m_runner->isBusy())
            done(QDialog::Rejected);
    });
    connect(m_runner, &BulkInviteRunner::rateLimited, this, [this] { updateRun(); });
    // The countdown of a 429 wait.
    auto *tick = new QTimer(m_runner);
    tick->setInterval(500);
    connect(tick, &QTimer::timeout, this, &BulkInviteDialog::updateRun);
    connect(m_runner, &BulkInviteRunner::stateChanged, tick, [tick](BulkInviteRunner::State s) {
        if (s == BulkInviteRunner::State::Waiting)
            tick->start();
        else
            tick->stop();
    });
    connect(m_runner, &BulkInviteRunner::failed, this, [this](const QString &sentence) {
        MessageBox::critical(this, tr("Sending stopped"),
                             tr("The progress of the run could not be saved, so nothing more "
                                "is sent: %1")
                                 .arg(sentence));
    });
    connect(m_runner, &BulkInviteRunner::sending, this, [this](int row) {
        // Centred: the person sees what was sent and what comes next.
        m_resultsView->scrollTo(m_resultsModel->index(row, 0), QAbstractItemView::PositionAtCenter);
        // The row was written before the request left, while the runner was not busy yet:
        // count it as on its way now, not as unknown.
        m_resultsModel->rowUpdated(row);
        updateRun();
    });
    connect(m_resultsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BulkInviteDialog::updateRun);
    m_runSource->setText(
        tr("From %1, started %2")
            .arg(QFileInfo(m_state->source()).fileName(),
                 QLocale().toString(m_state->createdAt().toLocalTime(), QLocale::ShortFormat)));
    updateRun();
}

void BulkInviteDialog::onRowChanged(int row) {
    m_resultsModel->rowUpdated(row);
    updateRun();
}

QList<int> BulkInviteDialog::selectedRows() const {
    QList<int> rows;
    const QModelIndexList selected = m_resultsView->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void BulkInviteDialog::updateRun() {
    if (!m_runner)
        return;
    const int sent = m_state->count(BulkRowStatus::Sent);
    const int failed = m_state->count(BulkRowStatus::Failed);
    const int unknown = m_state->count(BulkRowStatus::Unknown);
    const int pending = m_state->count(BulkRowStatus::Pending);
    const int total = int(m_state->rows().size()) - m_initiallySkipped;
    const int inFlight = m_runner->isBusy() ? 1 : 0;
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(
        qMin(total, sent + failed + unknown - inFlight +
                        (m_state->count(BulkRowStatus::Skipped) - m_initiallySkipped)));
    m_counts->setText(tr("Invited %1  ·  Failed %2  ·  Unknown %3  ·  To send %4")
                          .arg(sent)
                          .arg(failed)
                          .arg(unknown - inFlight)
                          .arg(pending + inFlight));

    using State = BulkInviteRunner::State;
    const State state = m_runner->state();
    QString status;
    switch (state) {
    case State::Idle:
        status = m_resumeOffered ? tr("Interrupted. Resume to send the rest.") : QString();
        break;
    case State::Running:
        status = tr("Sending…");
        if (m_runner->pacingMs() > 0)
            status = tr("Sending, slowly: the server asked to slow down.");
        break;
    case State::Waiting:
        status = tr("Waiting %1 s: the server asked to slow down (429). The same invitation is "
                    "sent again after the wait; it was refused, not sent.")
                     .arg((m_runner->waitRemainingMs() + 999) / 1000);
        break;
    case State::Paused:
        status =
            m_runner->isBusy() ? tr("Pausing after the invitation on its way…") : tr("Paused.");
        break;
    case State::Finished:
        // Every row of the file is accounted for: the skipped ones too.
        status = tr("Done: %1 invited, %2 failed, %3 skipped.")
                     .arg(sent)
                     .arg(failed)
                     .arg(m_state->count(BulkRowStatus::Skipped));
        break;
    case State::Stopped:
        status = m_runner->errorString().isEmpty()
                     ? tr("Cancelled: %1 invited; the rest was not sent.").arg(sent)
                     : tr("Stopped: %1").arg(m_runner->errorString());
        break;
    }
    m_runStatus->setText(status);

    const bool active = state == State::Running || state == State::Waiting;
    const bool open = state != State::Finished && state != State::Stopped;
    m_pause->setEnabled(open && state != State::Idle);
    m_pause->setText(state == State::Paused ? tr("Resume") : tr("Pause"));
    m_cancel->setEnabled(open && state != State::Idle);
    m_retryFailed->setEnabled(!active && !m_runner->isBusy() && failed > 0);
    m_export->setEnabled(!m_state->rows().isEmpty());
    m_resume->setEnabled(state == State::Idle);
    m_discard->setEnabled(state == State::Idle);
    if (state != State::Idle)
        m_resumeBanner->setVisible(false);

    const int decidable = unknown - inFlight;
    m_unknownBanner->setVisible(decidable > 0 && !active);
    if (decidable == 1) {
        m_unknownText->setText(tr("One invitation may or may not have been sent (no answer came "
                                  "back). It is not sent again on its own: select it and "
                                  "decide."));
    } else if (decidable > 1) {
        m_unknownText->setText(tr("%1 invitations may or may not have been sent (no answer came "
                                  "back). They are not sent again on their own: select them "
                                  "and decide.")
                                   .arg(decidable));
    }
    bool unknownSelected = false;
    for (int row : selectedRows()) {
        if (m_state->rows().at(row).status == BulkRowStatus::Unknown)
            unknownSelected = true;
    }
    m_markSent->setEnabled(unknownSelected && !m_runner->isBusy() && !active);
    m_sendAgain->setEnabled(unknownSelected && !m_runner->isBusy() && !active);
}

void BulkInviteDialog::resumeClicked() {
    if (!m_runner || m_runner->state() != BulkInviteRunner::State::Idle)
        return;
    m_resumeBanner->setVisible(false);
    m_runner->start();
}

void BulkInviteDialog::discardClicked() {
    if (!m_runner || m_runner->state() != BulkInviteRunner::State::Idle)
        return;
    const int unknown = m_state->count(BulkRowStatus::Unknown);
    const auto answer = MessageBox::confirm(
        this, tr("Discard the interrupted run?"),
        tr("%1 invitations were not sent yet and will not be sent. %2\n\nDiscard the run?")
            .arg(m_state->count(BulkRowStatus::Pending))
            .arg(unknown > 0 ? tr("Invitations with an unknown outcome: %1.").arg(unknown)
                             : QString()),
        tr("Discard the run"), tr("Keep it"));
    if (answer != QMessageBox::Yes)
        return;
    delete m_runner;
    m_runner = nullptr;
    m_resultsModel->setSource({});
    m_state->discard();
    m_resumeOffered = false;
    showPage(SourcePage);
}

void BulkInviteDialog::pauseClicked() {
    if (!m_runner)
        return;
    if (m_runner->state() == BulkInviteRunner::State::Paused)
        m_runner->resume();
    else
        m_runner->pause();
    updateRun();
}

void BulkInviteDialog::cancelClicked() {
    if (!m_runner)
        return;
    const auto answer = MessageBox::confirm(
        this, tr("Cancel sending?"),
        tr("The invitations not sent yet will not be sent. The one on its way, if any, is "
           "finished first.\n\nCancel sending?"),
        tr("Cancel sending"), tr("Go on sending"));
    if (answer == QMessageBox::Yes)
        m_runner->cancel();
    updateRun();
}

void BulkInviteDialog::markSelectedSent() {
    if (!m_runner)
        return;
    for (int row : selectedRows()) {
        if (m_state->rows().at(row).status == BulkRowStatus::Unknown)
            m_runner->markSent(row);
    }
    updateRun();
}

void BulkInviteDialog::sendSelectedAgain() {
    if (!m_runner)
        return;
    QList<int> rows;
    QStringList emails;
    for (int row : selectedRows()) {
        if (m_state->rows().at(row).status == BulkRowStatus::Unknown) {
            rows << row;
            emails << m_state->rows().at(row).email;
        }
    }
    if (rows.isEmpty())
        return;
    const auto answer = MessageBox::confirm(
        this, tr("Send again?"),
        tr("These invitations may already have arrived. Anyone who got one receives a second "
           "email:\n%1\n\nSend them again?")
            .arg(emails.mid(0, 10).join(u"\n"_s) + (emails.size() > 10 ? u"\n…"_s : QString())),
        tr("Send again"), tr("Do not send"));
    if (answer != QMessageBox::Yes)
        return;
    for (int row : std::as_const(rows))
        m_runner->sendAgain(row);
    m_runner->start();
    updateRun();
}

void BulkInviteDialog::retryFailedClicked() {
    if (!m_runner || m_runner->isBusy())
        return;
    // A failed invitation was refused by the server: nothing happened, sending it again on
    // the person's click cannot invite anyone twice.
    if (m_runner->retryFailed() > 0)
        m_runner->start();
    updateRun();
}

bool BulkInviteDialog::exportResults(const QString &path, QString *errorMessage) const {
    CsvWriter writer;
    writer.addRow({tr("Line"), tr("Email"), tr("Name"), tr("Result"), tr("Detail")});
    const QList<BulkInviteRow> &rows =
        m_state && !m_state->rows().isEmpty() ? m_state->rows() : m_preview;
    for (const BulkInviteRow &row : rows) {
        writer.addRow({QString::number(row.sourceLine), row.email, row.name,
                       BulkRunState::statusText(row.status), row.detail});
    }
    return writer.writeToFile(path, errorMessage);
}

void BulkInviteDialog::exportClicked() {
    DialogParts::exportFile(
        this, u"invitation-results.csv"_s,
        {tr("Export the results"), tr("CSV files (*.csv)"), tr("Export failed")},
        [this](const QString &path, QString *error) { return exportResults(path, error); });
}

void BulkInviteDialog::reject() {
    if (m_runner && (m_runner->state() == BulkInviteRunner::State::Running ||
                     m_runner->state() == BulkInviteRunner::State::Waiting || m_runner->isBusy())) {
        const auto answer = MessageBox::confirm(
            this, tr("Stop sending?"),
            tr("Sending is paused and the window closes once the invitation on its way is "
               "answered. The rest can be sent later: the console offers to resume when you "
               "open this window again.\n\nStop sending and close?"),
            tr("Stop and close"), tr("Go on sending"));
        if (answer != QMessageBox::Yes)
            return;
        m_runner->pause();
        if (m_runner->isBusy()) {
            m_closeWhenIdle = true;
            return;
        }
    }
    QDialog::reject();
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rewards/bulkcreditdialog.h"

#include "app/bulk/bulkcreditmodel.h"
#include "app/journal/journal.h"
#include "app/session/session.h"
#include "app/team/creditapprovals.h"
#include "app/team/teamstore.h"
#include "models/displayformat.h"
#include "models/fieldchecks.h"
#include "ui/rewards/csvencodingrow.h"
#include "ui/widgets/amountvalidator.h"
#include "ui/widgets/dialogparts.h"
#include "ui/widgets/messagebox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

using Row = BulkCreditDialog::Row;
using RowResult = BulkCreditDialog::RowResult;
using Decision = BulkCreditRunner::Decision;

namespace {

enum Page { PreparePage, RunPage };

QTableView *rowsView(QAbstractItemModel *model, const QString &name, QWidget *parent) {
    auto *view = DialogParts::rowsView(model, name, parent);
    view->horizontalHeader()->setStretchLastSection(false);
    view->horizontalHeader()->setSectionResizeMode(BulkCreditModel::Check, QHeaderView::Stretch);
    // In characters of the font, so a larger font or another language keeps the headings.
    const int ch = view->fontMetrics().averageCharWidth();
    view->setColumnWidth(BulkCreditModel::Line, 7 * ch);
    view->setColumnWidth(BulkCreditModel::Customer_, 23 * ch);
    view->setColumnWidth(BulkCreditModel::Amount, 14 * ch);
    view->setColumnWidth(BulkCreditModel::Reason, 19 * ch);
    view->setColumnWidth(BulkCreditModel::Before, 14 * ch);
    view->setColumnWidth(BulkCreditModel::After, 14 * ch);
    view->setMinimumHeight(9 * view->fontMetrics().height());
    return view;
}

} // namespace

BulkCreditDialog::BulkCreditDialog(Session *session, const QList<Customer> &selected,
                                   QWidget *parent)
    : QDialog(parent)
    , m_session(session) {
    setWindowTitle(tr("Credit several customers"));
    setObjectName(u"bulkCreditDialog"_s);
    resize(860, 600);
    m_runner = new BulkCreditRunner(session, this);
    // Amounts are read as the amount field reads them: in the person's locale, and from a
    // file with a dot first.
    m_runner->setAmountReader(
        [this](const QString &text, bool fromFile, bool isCurrency, const QString &units) {
            const int decimals = AmountValidator::maxDecimalsFor(isCurrency);
            const QLocale locale = m_validator->locale();
            const AmountValidator::Parsed parsed =
                fromFile ? AmountValidator::parseFlexible(text, locale, decimals)
                         : AmountValidator::parse(text, locale, decimals);
            BulkCreditRunner::Amount amount;
            amount.value = parsed.value;
            if (!parsed.ok())
                amount.problem = AmountValidator::problemText(parsed.problem, decimals, units);
            return amount;
        });
    m_runner->setRows(BulkCreditRunner::rowsFromCustomers(selected));
    m_model = new BulkCreditModel(m_runner, this);
    connect(m_runner, &BulkCreditRunner::rowsChecked, this, &BulkCreditDialog::updatePrepare);
    connect(m_runner, &BulkCreditRunner::rowChanged, this, &BulkCreditDialog::updateRun);
    connect(m_runner, &BulkCreditRunner::stageChanged, this, &BulkCreditDialog::updateRun);
    connect(m_runner, &BulkCreditRunner::waiting, this, &BulkCreditDialog::updateRun);
    connect(m_runner, &BulkCreditRunner::rowStarted, this, [this](int row) {
        m_runView->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
        updateRun();
    });
    connect(m_runner, &BulkCreditRunner::credited, this, &BulkCreditDialog::credited);
    connect(m_runner, &BulkCreditRunner::unknownOutcome, this, &BulkCreditDialog::askAboutUnknown);
    connect(m_runner, &BulkCreditRunner::finished, this, &BulkCreditDialog::onFinished);

    auto *layout = new QVBoxLayout(this);
    m_pages = {buildPreparePage(), buildRunPage()};
    // Balances are only known once the run reads them.
    m_prepareView->setColumnHidden(BulkCreditModel::Before, true);
    m_prepareView->setColumnHidden(BulkCreditModel::After, true);
    for (QWidget *page : std::as_const(m_pages))
        layout->addWidget(page, 1);
    showPage(PreparePage);
    m_sourceLabel->setText(selected.isEmpty()
                               ? tr("Load a CSV file, or select customers in the main window.")
                               : tr("%n selected customers", nullptr, int(selected.size())));
    fillUnits();
    validateRows();
}

BulkCreditDialog::~BulkCreditDialog() = default;

const QList<BulkCreditDialog::Row> &BulkCreditDialog::rows() const {
    return m_runner->rows();
}

BulkCreditDialog::Stage BulkCreditDialog::stage() const {
    return m_runner->stage();
}

// --- prepare -----------------------------------------------------------------------------------

QWidget *BulkCreditDialog::buildPreparePage() {
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(DialogParts::heading(tr("Credit several customers"), page));

    auto *sourceRow = new QHBoxLayout;
    m_sourceLabel = new QLabel(page);
    m_sourceLabel->setObjectName(u"sourceLabel"_s);
    m_sourceLabel->setTextFormat(Qt::PlainText);
    auto *load = DialogParts::button(tr("Load CSV…"), u"loadCsvButton"_s, page);
    load->setToolTip(tr("Columns: customer key or email, amount, units, reason. Empty amount, "
                        "units or reason: the values below."));
    connect(load, &QPushButton::clicked, this, &BulkCreditDialog::chooseFile);
    sourceRow->addWidget(m_sourceLabel, 1);
    sourceRow->addWidget(load);
    layout->addLayout(sourceRow);
    m_fileProblem = DialogParts::problemLabel(page);
    m_fileProblem->setObjectName(u"fileProblem"_s);
    layout->addWidget(m_fileProblem);
    m_encodingRow = new CsvEncodingRow(page);
    layout->addWidget(m_encodingRow);
    connect(m_encodingRow, &CsvEncodingRow::encodingChosen, this,
            [this](CsvEncoding encoding) { loadCsv(m_sourcePath, encoding); });

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *amountRow = new QHBoxLayout;
    m_amount = new QLineEdit(page);
    m_amount->setObjectName(u"amountEdit"_s);
    m_amount->setAlignment(Qt::AlignRight);
    m_amount->setAccessibleName(tr("Amount each"));
    m_amount->setMaximumWidth(m_amount->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 20);
    m_validator = new AmountValidator(m_amount);
    m_validator->setLocale(QLocale());
    m_amount->setValidator(m_validator);
    m_units = new QComboBox(page);
    m_units->setObjectName(u"unitsCombo"_s);
    m_units->setAccessibleName(tr("Currency or unit"));
    amountRow->addWidget(m_amount);
    amountRow->addWidget(m_units);
    amountRow->addStretch(1);
    form->addRow(tr("&Amount each:"), amountRow);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(amountRow)))
        label->setBuddy(m_amount);
    m_reason = new QLineEdit(page);
    m_reason->setObjectName(u"reasonEdit"_s);
    m_reason->setPlaceholderText(m_session && m_session->journal() &&
                                         m_session->journal()->isShared()
                                     ? tr("Kept in the team's journal with every credit")
                                     : tr("Kept in this computer's journal with every credit"));
    form->addRow(tr("&Reason:"), m_reason);
    m_sharedHint = DialogParts::muted(
        tr("Used for every row that does not give its own amount, units or reason."), page);
    form->addRow(QString(), m_sharedHint);
    m_allowRepeats = new QCheckBox(
        tr("Also credit rows that repeat a credit (twice in the list, or the same amount "
           "credited by this console in the last 10 minutes)"),
        page);
    m_allowRepeats->setObjectName(u"allowRepeatsCheck"_s);
    form->addRow(QString(), m_allowRepeats);
    layout->addLayout(form);

    m_prepareView = rowsView(m_model, u"prepareTable"_s, page);
    m_prepareView->setAccessibleName(tr("Credits to send"));
    layout->addWidget(m_prepareView, 1);
    m_summary = new QLabel(page);
    m_summary->setObjectName(u"summaryLabel"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *cancel = DialogParts::button(tr("Cancel"), u"prepareCancelButton"_s, page);
    connect(cancel, &QPushButton::clicked, this, &BulkCreditDialog::reject);
    m_start = DialogParts::button(tr("Credit…"), u"startButton"_s, page);
    connect(m_start, &QPushButton::clicked, this, &BulkCreditDialog::startClicked);
    layout->addLayout(DialogParts::buttonRow({}, {cancel, m_start}));

    connect(m_amount, &QLineEdit::textChanged, this, &BulkCreditDialog::validateRows);
    connect(m_reason, &QLineEdit::textChanged, this, &BulkCreditDialog::validateRows);
    connect(m_units, &QComboBox::currentIndexChanged, this, &BulkCreditDialog::validateRows);
    connect(m_allowRepeats, &QCheckBox::toggled, this, &BulkCreditDialog::validateRows);
    return page;
}

void BulkCreditDialog::showPage(int index) {
    for (int i = 0; i < m_pages.size(); ++i)
        m_pages.at(i)->setVisible(i == index);
    m_model->setRunning(index == RunPage);
}

void BulkCreditDialog::setProgramCurrencies(const QStringList &codes) {
    m_programCurrencies = codes;
    fillUnits();
}

void BulkCreditDialog::fillUnits() {
    const QString previous = m_units->currentText();
    QStringList units;
    const auto add = [&units](const QString &u) {
        if (!u.isEmpty() && !units.contains(u, Qt::CaseInsensitive))
            units << u;
    };
    for (const QString &code : std::as_const(m_programCurrencies))
        add(code.trimmed().toUpper());
    if (m_session && m_session->journal()) {
        JournalFilter filter;
        filter.action = u"credit"_s;
        const QList<JournalEntry> credits = m_session->journal()->entries(filter);
        for (auto it = credits.crbegin(); it != credits.crend(); ++it) {
            if (it->operation.profileId == m_session->profile().id &&
                it->operation.payload.value("is_currency"_L1).toBool())
                add(it->operation.payload.value("amount_units"_L1).toString().toUpper());
        }
    }
    if (units.isEmpty()) {
        const QString local = QLocale().currencySymbol(QLocale::CurrencyIsoCode);
        add(local.size() == 3 ? local : u"USD"_s);
    }
    add(u"points"_s);
    const QSignalBlocker blocker(m_units);
    m_units->clear();
    m_units->addItems(units);
    const int index = m_units->findText(previous);
    m_units->setCurrentIndex(index >= 0 ? index : 0);
}

void BulkCreditDialog::chooseFile() {
    const QString folder = DialogParts::documentsFolder();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a list of credits"), folder,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadCsv(path);
}

bool BulkCreditDialog::loadCsv(const QString &path, CsvEncoding encoding) {
    if (stage() != Stage::Preparing)
        return false;
    CsvTable table;
    QString error;
    if (!CsvReader::readFile(path, &table, &error, encoding)) {
        DialogParts::setProblem(m_fileProblem, error);
        return false;
    }
    const QList<Row> rows = BulkCreditRunner::rowsFromCsv(table);
    m_runner->setRows(rows);
    m_sourcePath = path;
    m_sourceLabel->setText(
        tr("%1: %n rows", nullptr, int(rows.size())).arg(QDir::toNativeSeparators(path)));
    m_encodingRow->showTable(table);
    DialogParts::setProblem(m_fileProblem, table.error);
    for (const Row &row : rows) {
        if (!row.unitsText.isEmpty() && m_units->findText(row.unitsText, Qt::MatchFixedString) < 0)
            m_units->addItem(
                FieldChecks::isCurrencyCode(row.unitsText, FieldChecks::LetterCase::Any)
                    ? row.unitsText.toUpper()
                    : row.unitsText);
    }
    validateRows();
    return true;
}

void BulkCreditDialog::validateRows() {
    if (stage() != Stage::Preparing)
        return;
    const QString sharedUnits = m_units->currentText();
    m_validator->setMaxDecimals(AmountValidator::maxDecimalsFor(
        FieldChecks::isCurrencyCode(sharedUnits, FieldChecks::LetterCase::Any)));
    BulkCreditRunner::Shared shared;
    shared.amountText = m_amount->text();
    shared.units = sharedUnits;
    shared.reason = m_reason->text();
    shared.allowRepeats = m_allowRepeats->isChecked();
    m_runner->check(shared); // updatePrepare() follows
}

int BulkCreditDialog::sendableCount() const {
    return m_runner->sendableCount();
}

void BulkCreditDialog::updatePrepare() {
    int invalid = 0;
    int held = 0;
    QMap<QString, double> totals;
    QMap<QString, bool> currency;
    for (const Row &row : rows()) {
        if (row.result == RowResult::Invalid)
            ++invalid;
        else if (row.result == RowResult::Held)
            ++held;
        else if (row.result == RowResult::NotSent) {
            totals[row.units] += row.amount;
            currency[row.units] = row.isCurrency;
        }
    }
    const int ready = sendableCount();
    QStringList parts{tr("%1 ready").arg(ready)};
    if (invalid > 0)
        parts << tr("%1 with problems (not sent)").arg(invalid);
    if (held == 1)
        parts << tr("1 repeat held back");
    else if (held > 1)
        parts << tr("%1 repeats held back").arg(held);
    QStringList sums;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        sums << DisplayFormat::amount(it.value(), it.key(), currency.value(it.key()));
    QString text = parts.join(u"  ·  "_s);
    if (!sums.isEmpty())
        text += u"\n"_s + tr("Total: %1").arg(sums.join(u", "_s));
    m_summary->setText(rows().isEmpty() ? QString() : text);
    m_start->setText(tr("Credit %n customers…", nullptr, ready));
    m_start->setEnabled(ready > 0 && m_session && stage() == Stage::Preparing);
}

void BulkCreditDialog::startClicked() {
    const int ready = sendableCount();
    if (ready == 0 || stage() != Stage::Preparing)
        return;
    const auto answer = MessageBox::confirm(
        this, tr("Credit the customers?"),
        tr("%1\n\nThe credits are sent one after the other; each is recorded in the journal "
           "with its reason. Credit %2 customers now?")
            .arg(m_summary->text())
            .arg(ready),
        tr("Credit %n customers", nullptr, ready));
    if (answer == QMessageBox::Yes)
        startRun();
}

QString BulkCreditDialog::fourEyesRefusal() const {
    TeamStore *team = m_session ? m_session->team() : nullptr;
    if (!team)
        return {};
    if (!team->ensureConnected())
        return tr("Whether these credits need a second person's approval cannot be checked, "
                  "so none is sent: %1")
            .arg(team->errorString());
    int above = 0;
    for (const Row &row : rows()) {
        if (row.result == RowResult::NotSent &&
            team->approvals()->needsApproval(row.amount, row.units))
            ++above;
    }
    if (above == 0)
        return {};
    // A run cannot stop for somebody else's decision: those rows go one by one, each asking.
    return tr("%n credits of this file are above the team's approval threshold. A bulk run "
              "cannot wait for approval: take them out of the file and credit them one by "
              "one, where each asks for approval. Nothing was sent.",
              nullptr, above);
}

bool BulkCreditDialog::startRun() {
    if (stage() != Stage::Preparing || sendableCount() == 0 || !m_session ||
        !m_session->referrals())
        return false;
    if (const QString refusal = fourEyesRefusal(); !refusal.isEmpty()) {
        MessageBox::warning(this, tr("Credits need approval"), refusal);
        return false;
    }
    m_start->setEnabled(false);
    showPage(RunPage);
    return m_runner->start();
}

// --- run ---------------------------------------------------------------------------------------

QWidget *BulkCreditDialog::buildRunPage() {
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(DialogParts::heading(tr("Crediting customers"), page));
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(u"progressBar"_s);
    m_progress->setFormat(tr("%v of %m"));
    layout->addWidget(m_progress);
    m_runStatus = new QLabel(page);
    m_runStatus->setObjectName(u"runStatus"_s);
    m_runStatus->setTextFormat(Qt::PlainText);
    m_runStatus->setWordWrap(true);
    layout->addWidget(m_runStatus);
    m_runView = rowsView(m_model, u"runTable"_s, page);
    m_runView->setAccessibleName(tr("Credits"));
    layout->addWidget(m_runView, 1);
    m_cancel = DialogParts::button(tr("Cancel"), u"cancelButton"_s, page);
    m_retryFailed = DialogParts::button(tr("Retry failed rows…"), u"retryFailedButton"_s, page);
    connect(m_retryFailed, &QPushButton::clicked, this, &BulkCreditDialog::retryFailedClicked);
    // The countdown of a 429 wait.
    auto *tick = new QTimer(this);
    tick->setInterval(500);
    connect(tick, &QTimer::timeout, this, [this] {
        if (m_runner->isWaiting())
            updateRun();
    });
    tick->start();
    m_export = DialogParts::button(tr("Export results…"), u"exportButton"_s, page);
    m_close = DialogParts::button(tr("Close"), u"closeButton"_s, page);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (stage() != Stage::Running)
            return;
        m_runner->cancel();
        updateRun();
    });
    connect(m_export, &QPushButton::clicked, this, &BulkCreditDialog::exportClicked);
    connect(m_close, &QPushButton::clicked, this, &BulkCreditDialog::reject);
    layout->addLayout(DialogParts::buttonRow({m_cancel, m_retryFailed}, {m_export, m_close}));
    return page;
}

void BulkCreditDialog::updateRun() {
    int total = 0;
    int done = 0;
    int credited = 0;
    int failed = 0;
    int unknown = 0;
    for (const Row &row : rows()) {
        if (row.result == RowResult::Invalid || row.result == RowResult::Held)
            continue;
        ++total;
        if (row.result != RowResult::NotSent)
            ++done;
        credited += row.result == RowResult::Credited || row.result == RowResult::Decided;
        failed += row.result == RowResult::Failed;
        unknown += row.result == RowResult::Unknown;
    }
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(done);
    QString status;
    const Stage now = stage();
    switch (now) {
    case Stage::Preparing:
        break;
    case Stage::Running:
        if (m_runner->isCancelRequested())
            status = tr("Stopping after the credit on its way…");
        else if (m_runner->isWaiting())
            status = tr("Waiting %1 s: the server asked to slow down.")
                         .arg((m_runner->waitRemainingMs() + 999) / 1000);
        else
            status = tr("Crediting %1 of %2…").arg(done + 1).arg(total);
        break;
    case Stage::Asking:
        status = tr("The last credit has an unknown outcome: waiting for your decision.");
        break;
    case Stage::Finished:
        status =
            tr("Done: %1 credited, %2 failed, %3 unknown.").arg(credited).arg(failed).arg(unknown);
        break;
    }
    m_runStatus->setText(status);
    m_cancel->setEnabled(now == Stage::Running && !m_runner->isCancelRequested());
    m_retryFailed->setEnabled(now == Stage::Finished && failed > 0);
    m_export->setEnabled(now == Stage::Finished);
    m_close->setEnabled(!m_runner->isBusy());
}

void BulkCreditDialog::askAboutUnknown(int row, const ApiError &error,
                                       const std::optional<Balance> &now,
                                       const ApiError &readError) {
    const Row &r = rows().at(row);
    const QString amount = DisplayFormat::amount(r.amount, r.units, r.isCurrency);
    const QString who = r.customer ? r.customer->displayName() : r.customerText;
    QString text = tr("The credit of %1 to %2 may or may not have gone through (%3).")
                       .arg(amount, who, error.sentence());
    text += u"\n\n"_s;
    if (r.before)
        text +=
            tr("Balance before: %1").arg(DisplayFormat::amount(*r.before, r.units, r.isCurrency)) +
            u'\n';
    std::optional<double> nowAmount;
    if (now) {
        nowAmount = now->amountIn(r.units);
        text +=
            tr("Balance now: %1").arg(DisplayFormat::amount(*nowAmount, r.units, r.isCurrency)) +
            u'\n';
    } else {
        text += tr("Balance now: could not be read (%1)").arg(readError.sentence()) + u'\n';
    }
    if (r.before) {
        text += tr("If it went through: %1")
                    .arg(DisplayFormat::amount(*r.before + r.amount, r.units, r.isCurrency));
    }
    text += u"\n\n"_s +
            tr("Leave it as unknown: it is not sent again, and the run goes on. Stop the run: "
               "leave it as unknown and send nothing more.");
    const auto answer = MessageBox::chooseOfThree(this, tr("Did the credit go through?"), text,
                                                  tr("It went through"), tr("Leave it as unknown"),
                                                  tr("Stop the run"));
    // The row's balance after is the one read again; a Yes reports it as credited.
    m_runner->decide(row, answer == QMessageBox::Yes     ? Decision::WentThrough
                          : answer == QMessageBox::Abort ? Decision::LeaveUnknownAndStop
                                                         : Decision::LeaveUnknown);
}

void BulkCreditDialog::retryFailedClicked() {
    if (stage() != Stage::Finished)
        return;
    const int failed = m_runner->count(RowResult::Failed);
    if (failed == 0)
        return;
    // Failed means the server refused or the customer was not found: nothing was credited,
    // so sending these again on the person's word cannot credit anyone twice.
    const auto answer = MessageBox::confirm(
        this, tr("Retry the failed rows?"),
        tr("Nothing was credited for the %n failed rows. Send them again now?", nullptr, failed),
        tr("Send again"));
    if (answer != QMessageBox::Yes)
        return;
    m_runner->retryFailed();
}

void BulkCreditDialog::onFinished() {
    updateRun();
    Q_EMIT runFinished();
    if (m_closeWhenIdle)
        done(QDialog::Rejected);
}

bool BulkCreditDialog::exportResults(const QString &path, QString *errorMessage) const {
    return m_runner->exportResults(path, errorMessage);
}

void BulkCreditDialog::exportClicked() {
    DialogParts::exportFile(
        this, u"credit-results.csv"_s,
        {tr("Export the results"), tr("CSV files (*.csv)"), tr("Export failed")},
        [this](const QString &path, QString *error) { return exportResults(path, error); });
}

void BulkCreditDialog::reject() {
    if (stage() == Stage::Running || stage() == Stage::Asking) {
        const auto answer = MessageBox::confirm(
            this, tr("Stop crediting?"),
            tr("The credit on its way, if any, is finished first; the rest is not sent.\n\n"
               "Stop and close?"),
            tr("Stop and close"), tr("Go on crediting"));
        if (answer != QMessageBox::Yes)
            return;
        m_closeWhenIdle = true; // onFinished() closes
        m_runner->cancel();
        updateRun();
        return;
    }
    QDialog::reject();
}

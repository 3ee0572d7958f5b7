#include "ui/rewards/bulkcreditdialog.h"

#include "app/api/apiclient.h"
#include "app/api/changeoutcome.h"
#include "app/api/customerservice.h"
#include "app/api/referralservice.h"
#include "app/bulk/csvwriter.h"
#include "app/bulk/recentcredits.h"
#include "app/journal/journal.h"
#include "app/session/session.h"
#include "models/displayformat.h"
#include "ui/rewards/creditdialog.h"
#include "ui/widgets/amountvalidator.h"
#include "ui/widgets/dialogparts.h"
#include "ui/widgets/messagebox.h"

#include <QAbstractTableModel>
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
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

using Row = BulkCreditDialog::Row;
using RowResult = BulkCreditDialog::RowResult;

// The rows: checked before the run, with their result, balance before and after during it.
class BulkCreditModel final : public QAbstractTableModel {
public:
    enum Column { Line, Customer_, Amount, Reason, Check, Before, After, ColumnCount };

    BulkCreditModel(const QList<Row> *rows, QObject *parent)
        : QAbstractTableModel(parent)
        , m_rows(rows) {}

    void reset() {
        beginResetModel();
        endResetModel();
    }
    void rowUpdated(int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); }
    void setRunning(bool running) {
        m_running = running;
        Q_EMIT headerDataChanged(Qt::Horizontal, Check, Check);
    }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override {
        return parent.isValid() ? 0 : int(m_rows->size());
    }
    int columnCount(const QModelIndex &parent = QModelIndex()) const override {
        return parent.isValid() ? 0 : ColumnCount;
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case Line:
            return BulkCreditDialog::tr("Line");
        case Customer_:
            return BulkCreditDialog::tr("Customer");
        case Amount:
            return BulkCreditDialog::tr("Amount");
        case Reason:
            return BulkCreditDialog::tr("Reason");
        case Check:
            return m_running ? BulkCreditDialog::tr("Result") : BulkCreditDialog::tr("Check");
        case Before:
            return BulkCreditDialog::tr("Before");
        case After:
            return BulkCreditDialog::tr("After");
        default:
            return {};
        }
    }

    QVariant data(const QModelIndex &index, int role) const override {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Row &row = m_rows->at(index.row());
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            switch (index.column()) {
            case Line:
                return row.sourceLine > 0 ? QVariant(row.sourceLine) : QVariant();
            case Customer_:
                return row.customer ? row.customer->displayName() : row.customerText;
            case Amount:
                // A row with a problem shows what was given, not a rounded reading of it.
                if (!row.problem.isEmpty())
                    return row.amountText.isEmpty() ? QString()
                                                    : row.amountText + u' ' + row.unitsText;
                return DisplayFormat::amount(row.amount, row.units, row.isCurrency);
            case Reason:
                return row.reason;
            case Check:
                return checkText(row);
            case Before:
                return row.before ? DisplayFormat::amount(*row.before, row.units, row.isCurrency)
                                  : QVariant();
            case After:
                return row.after ? DisplayFormat::amount(*row.after, row.units, row.isCurrency)
                                 : QVariant();
            default:
                return {};
            }
        }
        if (role == Qt::TextAlignmentRole &&
            (index.column() == Amount || index.column() == Before || index.column() == After ||
             index.column() == Line))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::BackgroundRole)
            return tint(row);
        if (role == Qt::ForegroundRole && tint(row).isValid())
            return QColor(0x1f, 0x1f, 0x1f);
        return {};
    }

private:
    QString checkText(const Row &row) const {
        switch (row.result) {
        case RowResult::Invalid:
            return row.problem;
        case RowResult::Held:
            return BulkCreditDialog::tr("Held back: %1").arg(row.repeat);
        case RowResult::NotSent:
            if (!row.repeat.isEmpty())
                return BulkCreditDialog::tr("Ready (repeat allowed): %1").arg(row.repeat);
            return m_running ? BulkCreditDialog::tr("To send") : BulkCreditDialog::tr("Ready");
        default:
            break;
        }
        const QString text = BulkCreditDialog::resultText(row.result);
        return row.detail.isEmpty() ? text : text + u": "_s + row.detail;
    }

    QVariant tint(const Row &row) const {
        switch (row.result) {
        case RowResult::Invalid:
        case RowResult::Failed:
            return QColor(0xfd, 0xec, 0xea);
        case RowResult::Held:
        case RowResult::Unknown:
            return QColor(0xff, 0xf5, 0xd6);
        case RowResult::Credited:
        case RowResult::Decided:
            return QColor(0xe9, 0xf6, 0xec);
        default:
            return {};
        }
    }

    const QList<Row> *m_rows;
    bool m_running = false;
};

namespace {

enum Page { PreparePage, RunPage };

QTableView *rowsView(QAbstractItemModel *model, const QString &name, QWidget *parent) {
    auto *view = DialogParts::rowsView(model, name, parent);
    view->horizontalHeader()->setStretchLastSection(false);
    view->horizontalHeader()->setSectionResizeMode(BulkCreditModel::Check, QHeaderView::Stretch);
    view->setColumnWidth(BulkCreditModel::Line, 48);
    view->setColumnWidth(BulkCreditModel::Customer_, 170);
    view->setColumnWidth(BulkCreditModel::Amount, 100);
    view->setColumnWidth(BulkCreditModel::Reason, 140);
    view->setColumnWidth(BulkCreditModel::Before, 100);
    view->setColumnWidth(BulkCreditModel::After, 100);
    view->setMinimumHeight(180);
    return view;
}

bool isCurrencyCode(const QString &units) {
    static const QRegularExpression code(u"^[A-Za-z]{3}$"_s);
    return code.match(units).hasMatch() && units.compare(u"pts"_s, Qt::CaseInsensitive) != 0;
}

QString norm(const QString &name) {
    QString n = name.trimmed().toLower();
    n.remove(u' ');
    n.remove(u'_');
    n.remove(u'-');
    return n;
}

} // namespace

BulkCreditDialog::BulkCreditDialog(Session *session, const QList<Customer> &selected,
                                   QWidget *parent)
    : QDialog(parent)
    , m_session(session) {
    setWindowTitle(tr("Credit several customers"));
    setObjectName(u"bulkCreditDialog"_s);
    resize(860, 600);
    for (const Customer &customer : selected) {
        Row row;
        row.customer = customer;
        row.customerText = customer.identifier();
        m_rows.append(row);
    }
    m_model = new BulkCreditModel(&m_rows, this);

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
                               : tr("%1 selected customers").arg(selected.size()));
    fillUnits();
    validateRows();
}

BulkCreditDialog::~BulkCreditDialog() = default;

QString BulkCreditDialog::resultText(RowResult result) {
    switch (result) {
    case RowResult::NotSent:
        return tr("Not sent");
    case RowResult::Invalid:
        return tr("Invalid");
    case RowResult::Held:
        return tr("Held back");
    case RowResult::Credited:
        return tr("Credited");
    case RowResult::Decided:
        return tr("Credited (your decision)");
    case RowResult::Failed:
        return tr("Failed");
    case RowResult::Unknown:
        return tr("Unknown");
    case RowResult::Cancelled:
        return tr("Cancelled");
    }
    return {};
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
    load->setToolTip(tr("Columns: customer key or e-mail, amount, units, reason. Empty amount, "
                        "units or reason: the values below."));
    connect(load, &QPushButton::clicked, this, &BulkCreditDialog::chooseFile);
    sourceRow->addWidget(m_sourceLabel, 1);
    sourceRow->addWidget(load);
    layout->addLayout(sourceRow);
    m_fileProblem = DialogParts::problemLabel(page);
    m_fileProblem->setObjectName(u"fileProblem"_s);
    layout->addWidget(m_fileProblem);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *amountRow = new QHBoxLayout;
    m_amount = new QLineEdit(page);
    m_amount->setObjectName(u"amountEdit"_s);
    m_amount->setAlignment(Qt::AlignRight);
    m_amount->setMaximumWidth(160);
    m_validator = new AmountValidator(m_amount);
    m_validator->setLocale(QLocale());
    m_amount->setValidator(m_validator);
    m_units = new QComboBox(page);
    m_units->setObjectName(u"unitsCombo"_s);
    amountRow->addWidget(m_amount);
    amountRow->addWidget(m_units);
    amountRow->addStretch(1);
    form->addRow(tr("&Amount each:"), amountRow);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(amountRow)))
        label->setBuddy(m_amount);
    m_reason = new QLineEdit(page);
    m_reason->setObjectName(u"reasonEdit"_s);
    m_reason->setPlaceholderText(tr("Kept in this computer's journal with every credit"));
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
    layout->addWidget(m_prepareView, 1);
    m_summary = new QLabel(page);
    m_summary->setObjectName(u"summaryLabel"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *cancel = DialogParts::button(tr("Cancel"), u"prepareCancelButton"_s, page);
    connect(cancel, &QPushButton::clicked, this, &BulkCreditDialog::reject);
    m_start = DialogParts::button(tr("Credit…"), u"startButton"_s, page);
    connect(m_start, &QPushButton::clicked, this, &BulkCreditDialog::startClicked);
    buttons->addWidget(cancel);
    buttons->addWidget(m_start);
    layout->addLayout(buttons);

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
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a list of credits"), folder,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadCsv(path);
}

bool BulkCreditDialog::loadCsv(const QString &path) {
    if (m_stage != Stage::Preparing)
        return false;
    CsvTable table;
    QString error;
    if (!CsvReader::readFile(path, &table, &error)) {
        DialogParts::setProblem(m_fileProblem, error);
        return false;
    }
    // Columns by name when the first line names them, else in the documented order.
    int customer = 0;
    int amount = 1;
    int units = 2;
    int reason = 3;
    bool header = false;
    if (!table.records.isEmpty()) {
        const QStringList &first = table.records.first();
        int c = -1, a = -1, u = -1, r = -1;
        for (int i = 0; i < first.size(); ++i) {
            const QString n = norm(first.at(i));
            if (c < 0 && (n == "customer"_L1 || n == "key"_L1 || n == "id"_L1 || n == "email"_L1 ||
                          n == "customerkey"_L1 || n == "customerid"_L1 || n == "keyoremail"_L1 ||
                          n == "kunde"_L1))
                c = i;
            else if (a < 0 && (n == "amount"_L1 || n == "betrag"_L1))
                a = i;
            else if (u < 0 && (n == "units"_L1 || n == "unit"_L1 || n == "amountunits"_L1 ||
                               n == "currency"_L1 || n == "währung"_L1 || n == "einheit"_L1))
                u = i;
            else if (r < 0 &&
                     (n == "reason"_L1 || n == "note"_L1 || n == "comment"_L1 || n == "grund"_L1))
                r = i;
        }
        header = c >= 0 && a >= 0;
        if (header) {
            customer = c;
            amount = a;
            units = u;
            reason = r;
        }
    }
    QList<Row> rows;
    for (int i = header ? 1 : 0; i < table.records.size(); ++i) {
        const QStringList &record = table.records.at(i);
        const auto field = [&record](int column) {
            return column >= 0 && column < record.size() ? record.at(column).trimmed() : QString();
        };
        Row row;
        row.sourceLine = table.lineNumbers.value(i, i + 1);
        row.customerText = field(customer);
        row.amountText = field(amount);
        row.unitsText = field(units);
        row.reasonText = field(reason);
        rows << row;
    }
    m_rows = rows;
    m_sourcePath = path;
    m_sourceLabel->setText(tr("%1: %2 rows").arg(QDir::toNativeSeparators(path)).arg(rows.size()));
    DialogParts::setProblem(m_fileProblem, table.error);
    for (const Row &row : std::as_const(m_rows)) {
        if (!row.unitsText.isEmpty() && m_units->findText(row.unitsText, Qt::MatchFixedString) < 0)
            m_units->addItem(isCurrencyCode(row.unitsText) ? row.unitsText.toUpper()
                                                           : row.unitsText);
    }
    validateRows();
    return true;
}

void BulkCreditDialog::validateRows() {
    if (m_stage != Stage::Preparing)
        return;
    const QLocale locale = m_validator->locale();
    const QString sharedUnits = m_units->currentText();
    const QString sharedReason = m_reason->text().trimmed();
    QList<JournalEntry> recent;
    QString profileId;
    if (m_session && m_session->journal()) {
        profileId = m_session->profile().id;
        recent = RecentCredits(m_session->journal(), profileId).recentEntries();
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QHash<QString, int> firstLine; // customer|amount|units -> row number for people
    const bool shared = !m_amount->text().trimmed().isEmpty();
    m_validator->setMaxDecimals(AmountValidator::maxDecimalsFor(isCurrencyCode(sharedUnits)));

    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        const QString unitsText = row.unitsText.isEmpty() ? sharedUnits : row.unitsText;
        row.isCurrency = isCurrencyCode(unitsText);
        row.units = row.isCurrency ? unitsText.toUpper() : unitsText;
        row.reason = row.reasonText.isEmpty() ? sharedReason : row.reasonText;
        const int decimals = AmountValidator::maxDecimalsFor(row.isCurrency);
        AmountValidator::Parsed parsed;
        if (!row.amountText.isEmpty())
            parsed = AmountValidator::parseFlexible(row.amountText, locale, decimals);
        else
            parsed = AmountValidator::parse(m_amount->text(), locale, decimals);
        row.amount = parsed.value;
        row.problem.clear();
        row.repeat.clear();
        if (row.customerText.isEmpty())
            row.problem = tr("No customer.");
        else if (row.units.isEmpty())
            row.problem = tr("No units.");
        else if (!parsed.ok())
            row.problem = row.amountText.isEmpty() && !shared
                              ? tr("No amount: type one above.")
                              : AmountValidator::problemText(parsed.problem, decimals, row.units);
        else if (row.reason.isEmpty())
            row.problem = tr("No reason: type one above.");

        if (row.problem.isEmpty()) {
            const QString key = row.customerText.toLower() + u'|' +
                                QString::number(std::round(row.amount * 100)) + u'|' +
                                row.units.toLower();
            QStringList ids{row.customerText};
            if (row.customer) {
                ids << row.customer->id << row.customer->key;
            }
            if (firstLine.contains(key)) {
                row.repeat = row.sourceLine > 0
                                 ? tr("the same as line %1").arg(firstLine.value(key))
                                 : tr("the same as row %1").arg(firstLine.value(key));
            } else if (const auto entry = RecentCredits::findIn(recent, profileId, ids, row.amount,
                                                                row.units, now)) {
                row.repeat = tr("credited %1").arg(RecentCredits::describe(*entry, now));
            }
            firstLine.insert(key, row.sourceLine > 0 ? row.sourceLine : i + 1);
        }
        if (!row.problem.isEmpty())
            row.result = RowResult::Invalid;
        else if (!row.repeat.isEmpty() && !m_allowRepeats->isChecked())
            row.result = RowResult::Held;
        else
            row.result = RowResult::NotSent;
    }
    m_model->reset();
    updatePrepare();
}

int BulkCreditDialog::sendableCount() const {
    int count = 0;
    for (const Row &row : m_rows)
        count += row.result == RowResult::NotSent ? 1 : 0;
    return count;
}

void BulkCreditDialog::updatePrepare() {
    int invalid = 0;
    int held = 0;
    QMap<QString, double> totals;
    QMap<QString, bool> currency;
    for (const Row &row : std::as_const(m_rows)) {
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
    m_summary->setText(m_rows.isEmpty() ? QString() : text);
    m_start->setText(ready == 1 ? tr("Credit 1 customer…") : tr("Credit %1 customers…").arg(ready));
    m_start->setEnabled(ready > 0 && m_session && m_stage == Stage::Preparing);
}

void BulkCreditDialog::startClicked() {
    const int ready = sendableCount();
    if (ready == 0 || m_stage != Stage::Preparing)
        return;
    const auto answer = MessageBox::question(
        this, tr("Credit the customers?"),
        tr("%1\n\nThe credits are sent one after the other; each is recorded in the journal "
           "with its reason. Credit %2 customers now?")
            .arg(m_summary->text())
            .arg(ready),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        startRun();
}

bool BulkCreditDialog::startRun() {
    if (m_stage != Stage::Preparing || sendableCount() == 0 || !m_session ||
        !m_session->referrals())
        return false;
    m_stage = Stage::Running;
    m_start->setEnabled(false);
    showPage(RunPage);
    m_current = -1;
    updateRun();
    nextRow();
    return true;
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
    layout->addWidget(m_runView, 1);
    auto *buttons = new QHBoxLayout;
    m_cancel = DialogParts::button(tr("Cancel"), u"cancelButton"_s, page);
    m_retryFailed = DialogParts::button(tr("Retry failed rows…"), u"retryFailedButton"_s, page);
    connect(m_retryFailed, &QPushButton::clicked, this, &BulkCreditDialog::retryFailedClicked);
    m_waitTimer = new QTimer(this);
    m_waitTimer->setSingleShot(true);
    connect(m_waitTimer, &QTimer::timeout, this, &BulkCreditDialog::nextRow);
    auto *tick = new QTimer(this);
    tick->setInterval(500);
    connect(tick, &QTimer::timeout, this, [this] {
        if (m_waitTimer->isActive())
            updateRun();
    });
    tick->start();
    m_export = DialogParts::button(tr("Export results…"), u"exportButton"_s, page);
    m_close = DialogParts::button(tr("Close"), u"closeButton"_s, page);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_stage != Stage::Running)
            return;
        // Never aborts the credit on its way (that would make its outcome unknown): the run
        // stops once it is answered.
        m_cancelRequested = true;
        updateRun();
        if (!m_busy || m_waitTimer->isActive()) {
            m_waitTimer->stop();
            nextRow();
        }
    });
    connect(m_export, &QPushButton::clicked, this, &BulkCreditDialog::exportClicked);
    connect(m_close, &QPushButton::clicked, this, &BulkCreditDialog::reject);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_retryFailed);
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);
    return page;
}

void BulkCreditDialog::updateRun() {
    int total = 0;
    int done = 0;
    int credited = 0;
    int failed = 0;
    int unknown = 0;
    for (const Row &row : std::as_const(m_rows)) {
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
    switch (m_stage) {
    case Stage::Preparing:
        break;
    case Stage::Running:
        if (m_cancelRequested)
            status = tr("Stopping after the credit on its way…");
        else if (m_waitTimer->isActive())
            status = tr("Waiting %1 s: the server asked to slow down.")
                         .arg((qMax<qint64>(0, m_waitUntil.remainingTime()) + 999) / 1000);
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
    m_cancel->setEnabled(m_stage == Stage::Running && !m_cancelRequested);
    m_retryFailed->setEnabled(m_stage == Stage::Finished && failed > 0);
    m_export->setEnabled(m_stage == Stage::Finished);
    m_close->setEnabled(!m_busy);
}

void BulkCreditDialog::finishRow(int row, RowResult result, const QString &detail) {
    m_rows[row].result = result;
    m_rows[row].detail = detail;
    m_model->rowUpdated(row);
    updateRun();
}

void BulkCreditDialog::nextRow() {
    m_busy = false;
    if (m_stage != Stage::Running)
        return;
    if (m_closeWhenIdle) {
        m_cancelRequested = true;
    }
    int next = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).result == RowResult::NotSent) {
            next = i;
            break;
        }
    }
    if (next < 0) {
        finishRun();
        return;
    }
    if (m_cancelRequested) {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).result == RowResult::NotSent)
                finishRow(i, RowResult::Cancelled, tr("Not sent."));
        }
        finishRun();
        return;
    }
    m_current = next;
    m_runView->scrollTo(m_model->index(next, 0), QAbstractItemView::PositionAtCenter);
    updateRun();
    resolveCustomer(next);
}

void BulkCreditDialog::resolveCustomer(int row) {
    const Row &r = m_rows.at(row);
    if (r.customer) {
        m_rows[row].identifier = r.customer->identifier();
        readBefore(row);
        return;
    }
    if (!r.customerText.contains(u'@')) {
        m_rows[row].identifier = r.customerText;
        readBefore(row);
        return;
    }
    // An e-mail: find the one customer it belongs to (a GET, safe to repeat).
    m_busy = true;
    const QString email = r.customerText;
    m_session->customers()->search(
        CustomerSearchField::Email, email, this,
        [this, row, email](const ApiResult<QList<Customer>> &result) {
            if (!result) {
                finishRow(row, RowResult::Failed,
                          tr("Could not look the e-mail up: %1").arg(result.error().sentence()));
                nextRow();
                return;
            }
            QList<Customer> matches;
            for (const Customer &c : result.value()) {
                if (c.email.compare(email, Qt::CaseInsensitive) == 0)
                    matches << c;
            }
            if (matches.isEmpty()) {
                finishRow(row, RowResult::Failed, tr("No customer has this e-mail."));
            } else if (matches.size() > 1) {
                finishRow(row, RowResult::Failed,
                          tr("Several customers have this e-mail: use the key instead."));
            } else {
                m_rows[row].identifier = matches.first().identifier();
                readBefore(row);
                return;
            }
            nextRow();
        });
}

void BulkCreditDialog::readBefore(int row) {
    m_busy = true;
    // Checked again now: the journal may have a new credit since the preview (another window).
    if (!m_allowRepeats->isChecked() && m_session->journal()) {
        Row &r = m_rows[row];
        QStringList ids{r.identifier, r.customerText};
        if (const auto entry = RecentCredits(m_session->journal(), m_session->profile().id)
                                   .find(ids, r.amount, r.units)) {
            r.repeat = tr("credited %1").arg(RecentCredits::describe(*entry));
            finishRow(row, RowResult::Held, QString());
            nextRow();
            return;
        }
    }
    m_session->referrals()->balance(
        m_rows.at(row).identifier, this, [this, row](const ApiResult<Balance> &result) {
            if (!result) {
                finishRow(row, RowResult::Failed,
                          tr("Could not read the balance, nothing was sent: %1")
                              .arg(result.error().sentence()));
                nextRow();
                return;
            }
            m_rows[row].before = CreditDialog::amountIn(result.value(), m_rows.at(row).units);
            m_model->rowUpdated(row);
            sendCredit(row);
        });
}

void BulkCreditDialog::sendCredit(int row) {
    const Row &r = m_rows.at(row);
    CreditRequest credit;
    credit.amount = r.amount;
    credit.amountUnits = r.units;
    credit.isCurrency = r.isCurrency;
    m_busy = true;
    m_session->referrals()->creditBalance(r.identifier, credit, r.reason, this,
                                          [this, row](const ApiResult<Balance> &result) {
                                              if (result)
                                                  onCredit(row, &result.value(), ApiError());
                                              else
                                                  onCredit(row, nullptr, result.error());
                                          });
}

void BulkCreditDialog::onCredit(int row, const Balance *balance, const ApiError &error) {
    Row &r = m_rows[row];
    Customer customer = r.customer.value_or(Customer());
    if (!r.customer)
        customer.id = r.identifier;
    if (balance) {
        m_backoffMs = 0;
        r.after = CreditDialog::amountIn(*balance, r.units);
        finishRow(row, RowResult::Credited, QString());
        Q_EMIT credited(customer, *balance);
        nextRow();
        return;
    }
    if (error.kind == ApiError::Kind::RateLimited) {
        // Refused, so nothing was credited. A credit is never sent again on its own, not even
        // this one: the row is marked failed for "Retry failed rows", and the queue slows
        // down by waiting as the server asked before the NEXT row.
        finishRow(row, RowResult::Failed,
                  tr("The server asked to slow down; nothing was credited."));
        m_backoffMs = m_backoffMs == 0 ? 1000 : qMin(m_backoffMs * 2, 60000);
        const int waitMs = error.retryAfter >= 0 ? qMin(error.retryAfter, 300) * 1000 : m_backoffMs;
        m_waitUntil = QDeadlineTimer(waitMs);
        updateRun();
        m_waitTimer->start(waitMs);
        return;
    }
    m_backoffMs = 0;
    if (error.outcome != ChangeOutcome::Unknown) {
        finishRow(row, RowResult::Failed, tr("Nothing was credited: %1").arg(error.sentence()));
        nextRow();
        return;
    }
    // Unknown: stop, read the balance again, and let the person decide.
    m_stage = Stage::Asking;
    updateRun();
    m_session->referrals()->balance(
        r.identifier, this, [this, row, error](const ApiResult<Balance> &result) {
            if (result)
                askAboutUnknown(row, error, result.value(), ApiError());
            else
                askAboutUnknown(row, error, std::nullopt, result.error());
        });
}

void BulkCreditDialog::askAboutUnknown(int row, const ApiError &error,
                                       const std::optional<Balance> &now,
                                       const ApiError &readError) {
    Row &r = m_rows[row];
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
        nowAmount = CreditDialog::amountIn(*now, r.units);
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
            tr("Yes: it went through.\nNo: leave it as unknown (not sent again) and go on.\n"
               "Abort: leave it as unknown and stop the run.");
    const auto answer = MessageBox::question(
        this, tr("Did the credit go through?"), text,
        QMessageBox::Yes | QMessageBox::No | QMessageBox::Abort, QMessageBox::No);
    m_stage = Stage::Running;
    if (nowAmount)
        r.after = *nowAmount;
    if (answer == QMessageBox::Yes) {
        finishRow(row, RowResult::Decided, tr("You decided it went through."));
        if (now) {
            Customer customer = r.customer.value_or(Customer());
            if (!r.customer)
                customer.id = r.identifier;
            Q_EMIT credited(customer, *now);
        }
    } else {
        finishRow(row, RowResult::Unknown,
                  tr("May or may not have gone through; check the balance before crediting "
                     "again."));
        if (answer == QMessageBox::Abort)
            m_cancelRequested = true;
    }
    nextRow();
}

void BulkCreditDialog::retryFailedClicked() {
    if (m_stage != Stage::Finished)
        return;
    QList<int> failed;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).result == RowResult::Failed)
            failed << i;
    }
    if (failed.isEmpty())
        return;
    // Failed means the server refused or the customer was not found: nothing was credited,
    // so sending these again on the person's word cannot credit anyone twice.
    const auto answer = MessageBox::question(
        this, tr("Retry the failed rows?"),
        tr("Nothing was credited for the %1 failed rows. Send them again now?").arg(failed.size()),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    for (int i : std::as_const(failed)) {
        m_rows[i].result = RowResult::NotSent;
        m_rows[i].detail.clear();
        m_rows[i].before.reset();
        m_rows[i].after.reset();
        m_model->rowUpdated(i);
    }
    m_cancelRequested = false;
    m_stage = Stage::Running;
    updateRun();
    nextRow();
}

void BulkCreditDialog::finishRun() {
    m_busy = false;
    m_stage = Stage::Finished;
    m_current = -1;
    updateRun();
    Q_EMIT runFinished();
    if (m_closeWhenIdle)
        done(QDialog::Rejected);
}

bool BulkCreditDialog::exportResults(const QString &path, QString *errorMessage) const {
    CsvWriter writer;
    writer.addRow({tr("Line"), tr("Customer"), tr("Amount"), tr("Units"), tr("Reason"),
                   tr("Result"), tr("Detail"), tr("Balance before"), tr("Balance after")});
    const QLocale c = QLocale::c();
    for (const Row &row : m_rows) {
        const auto number = [&c](const std::optional<double> &v) {
            return v ? c.toString(*v, 'f', 2) : QString();
        };
        QString detail = row.detail;
        if (row.result == RowResult::Invalid)
            detail = row.problem;
        else if (row.result == RowResult::Held)
            detail = row.repeat;
        writer.addRow(
            {row.sourceLine > 0 ? QString::number(row.sourceLine) : QString(),
             row.identifier.isEmpty() ? row.customerText : row.identifier,
             row.amount > 0 ? c.toString(row.amount, 'f', row.isCurrency ? 2 : -1) : row.amountText,
             row.units, row.reason, resultText(row.result), detail, number(row.before),
             number(row.after)});
    }
    return writer.writeToFile(path, errorMessage);
}

void BulkCreditDialog::exportClicked() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the results"), folder + u"/credit-results.csv"_s, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportResults(path, &error))
        MessageBox::warning(this, tr("Export failed"), error);
}

void BulkCreditDialog::reject() {
    if (m_stage == Stage::Running || m_stage == Stage::Asking) {
        const auto answer = MessageBox::question(
            this, tr("Stop crediting?"),
            tr("The credit on its way, if any, is finished first; the rest is not sent.\n\n"
               "Stop and close?"));
        if (answer != QMessageBox::Yes)
            return;
        m_cancelRequested = true;
        m_closeWhenIdle = true; // finishRun() closes
        updateRun();
        if (m_stage == Stage::Running && (!m_busy || m_waitTimer->isActive())) {
            m_waitTimer->stop();
            nextRow();
        }
        return;
    }
    QDialog::reject();
}

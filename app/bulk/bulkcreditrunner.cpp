// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/bulk/bulkcreditrunner.h"

#include "app/api/apicall.h"
#include "app/api/apiclient.h"
#include "app/api/changeoutcome.h"
#include "app/api/customerservice.h"
#include "app/api/referralservice.h"
#include "app/bulk/csvwriter.h"
#include "app/bulk/recentcredits.h"
#include "app/bulk/undecidedcredits.h"
#include "app/journal/journal.h"
#include "app/session/session.h"
#include "models/fieldchecks.h"

#include <QHash>
#include <QLocale>
#include <QTimer>
#include <QUuid>

#include <cmath>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {

// The names a column may go by, normalised by CsvReader::headerKey(): English and German, as people
// export them from their own tools. Written as UTF-16 literals: a u8 or Latin-1 spelling of "ä"
// would not compare equal to the QString read from the file.
bool isOneOf(const QString &name, std::initializer_list<QStringView> names) {
    for (QStringView candidate : names) {
        if (name == candidate)
            return true;
    }
    return false;
}

} // namespace

BulkCreditRunner::BulkCreditRunner(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_waitTimer(new QTimer(this)) {
    m_waitTimer->setSingleShot(true);
    connect(m_waitTimer, &QTimer::timeout, this, &BulkCreditRunner::nextRow);
}

BulkCreditRunner::~BulkCreditRunner() = default;

QString BulkCreditRunner::resultText(RowResult result) {
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

QList<BulkCreditRunner::Row> BulkCreditRunner::rowsFromCustomers(const QList<Customer> &customers) {
    QList<Row> rows;
    for (const Customer &customer : customers) {
        Row row;
        row.customer = customer;
        row.customerText = customer.identifier();
        rows.append(row);
    }
    return rows;
}

QList<BulkCreditRunner::Row> BulkCreditRunner::rowsFromCsv(const CsvTable &table) {
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
            const QString n = CsvReader::headerKey(first.at(i));
            if (c < 0 &&
                isOneOf(n, {u"customer", u"key", u"id", u"email", u"customerkey", u"customerid",
                            u"keyoremail", u"kunde", u"kundennummer", u"schlüssel"}))
                c = i;
            else if (a < 0 && isOneOf(n, {u"amount", u"betrag"}))
                a = i;
            else if (u < 0 && isOneOf(n, {u"units", u"unit", u"amountunits", u"currency",
                                          u"währung", u"einheit"}))
                u = i;
            else if (r < 0 &&
                     isOneOf(n, {u"reason", u"note", u"comment", u"grund", u"notiz", u"kommentar"}))
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
    return rows;
}

bool BulkCreditRunner::setRows(const QList<Row> &rows) {
    if (m_stage != Stage::Preparing)
        return false;
    Q_EMIT rowsAboutToBeReplaced();
    m_rows = rows;
    Q_EMIT rowsReplaced();
    return true;
}

BulkCreditRunner::Amount BulkCreditRunner::readAmount(const QString &text, bool fromFile,
                                                      bool isCurrency, const QString &units) const {
    if (m_readAmount)
        return m_readAmount(text, fromFile, isCurrency, units);
    Amount amount;
    bool ok = false;
    amount.value = QLocale::c().toDouble(text.trimmed(), &ok);
    const double cents = amount.value * 100;
    if (!ok || amount.value <= 0 || (!isCurrency && amount.value != std::floor(amount.value)) ||
        std::abs(cents - std::round(cents)) > 1e-6)
        amount.problem = tr("Not a valid amount for %1.").arg(units);
    return amount;
}

void BulkCreditRunner::check(const Shared &shared) {
    if (m_stage != Stage::Preparing)
        return;
    m_allowRepeats = shared.allowRepeats;
    const QString sharedUnits = shared.units;
    const QString sharedReason = shared.reason.trimmed();
    QList<JournalEntry> recent;
    QString profileId;
    if (m_session && m_session->journal()) {
        profileId = RecentCredits::scopeFor(m_session->journal(), m_session->profile().id);
        recent = RecentCredits(m_session->journal(), profileId).recentEntries();
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QHash<QString, int> firstLine; // customer|amount|units -> row number for people
    const bool hasShared = !shared.amountText.trimmed().isEmpty();

    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        const QString unitsText = row.unitsText.isEmpty() ? sharedUnits : row.unitsText;
        row.isCurrency = FieldChecks::isCurrencyCode(unitsText, FieldChecks::LetterCase::Any);
        row.units = row.isCurrency ? unitsText.toUpper() : unitsText;
        row.reason = row.reasonText.isEmpty() ? sharedReason : row.reasonText;
        const Amount parsed = row.amountText.isEmpty()
                                  ? readAmount(shared.amountText, false, row.isCurrency, row.units)
                                  : readAmount(row.amountText, true, row.isCurrency, row.units);
        row.amount = parsed.value;
        row.problem.clear();
        row.repeat.clear();
        row.blocked.clear();
        if (row.customerText.isEmpty())
            row.problem = tr("No customer.");
        else if (row.units.isEmpty())
            row.problem = tr("No units.");
        else if (!parsed.problem.isEmpty())
            row.problem = row.amountText.isEmpty() && !hasShared ? tr("No amount: type one above.")
                                                                 : parsed.problem;
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
            if (m_session) {
                const QList<JournalEntry> undecided =
                    UndecidedCredits::find(m_session->journal(), profileId, ids);
                if (!undecided.isEmpty())
                    row.blocked = UndecidedCredits::describe(undecided.first());
            }
            firstLine.insert(key, row.sourceLine > 0 ? row.sourceLine : i + 1);
        }
        if (!row.problem.isEmpty())
            row.result = RowResult::Invalid;
        else if (!row.blocked.isEmpty())
            row.result = RowResult::Held;
        else if (!row.repeat.isEmpty() && !shared.allowRepeats)
            row.result = RowResult::Held;
        else
            row.result = RowResult::NotSent;
    }
    Q_EMIT rowsChecked();
}

int BulkCreditRunner::sendableCount() const {
    return count(RowResult::NotSent);
}

int BulkCreditRunner::count(RowResult result) const {
    int n = 0;
    for (const Row &row : m_rows)
        n += row.result == result ? 1 : 0;
    return n;
}

bool BulkCreditRunner::isWaiting() const {
    return m_waitTimer->isActive();
}

int BulkCreditRunner::waitRemainingMs() const {
    return m_waitTimer->isActive() ? int(qMax<qint64>(0, m_waitUntil.remainingTime())) : 0;
}

void BulkCreditRunner::setStage(Stage stage) {
    if (m_stage == stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

bool BulkCreditRunner::start() {
    if (m_stage != Stage::Preparing || sendableCount() == 0 || !m_session ||
        !m_session->referrals())
        return false;
    m_current = -1;
    setStage(Stage::Running);
    nextRow();
    return true;
}

void BulkCreditRunner::cancel() {
    if (m_stage != Stage::Running && m_stage != Stage::Asking)
        return;
    // Never aborts the credit on its way (that would make its outcome unknown): the run
    // stops once it is answered.
    m_cancelRequested = true;
    if (m_stage == Stage::Running && (!m_busy || m_waitTimer->isActive())) {
        m_waitTimer->stop();
        nextRow();
    }
}

void BulkCreditRunner::finishRow(int row, RowResult result, const QString &detail) {
    m_rows[row].result = result;
    m_rows[row].detail = detail;
    Q_EMIT rowChanged(row);
}

void BulkCreditRunner::nextRow() {
    m_busy = false;
    if (m_stage != Stage::Running)
        return;
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
    Q_EMIT rowStarted(next);
    resolveCustomer(next);
}

void BulkCreditRunner::resolveCustomer(int row) {
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
                          tr("Could not look the email up: %1").arg(result.error().sentence()));
                nextRow();
                return;
            }
            QList<Customer> matches;
            for (const Customer &c : result.value()) {
                if (c.email.compare(email, Qt::CaseInsensitive) == 0)
                    matches << c;
            }
            if (matches.isEmpty()) {
                finishRow(row, RowResult::Failed, tr("No customer has this email."));
            } else if (matches.size() > 1) {
                finishRow(row, RowResult::Failed,
                          tr("Several customers have this email: use the key instead."));
            } else {
                m_rows[row].identifier = matches.first().identifier();
                readBefore(row);
                return;
            }
            nextRow();
        });
}

void BulkCreditRunner::readBefore(int row) {
    m_busy = true;
    // Checked again now: the journal may have a new credit since the preview (another window,
    // or an earlier row of this run left undecided).
    if (m_session->journal()) {
        Row &r = m_rows[row];
        QStringList ids{r.identifier, r.customerText};
        const QList<JournalEntry> undecided =
            UndecidedCredits::find(m_session->journal(), m_session->profile().id, ids);
        if (!undecided.isEmpty()) {
            r.blocked = UndecidedCredits::describe(undecided.first());
            finishRow(row, RowResult::Held, QString());
            nextRow();
            return;
        }
    }
    if (!m_allowRepeats && m_session->journal()) {
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
            m_rows[row].before = result.value().amountIn(m_rows.at(row).units);
            Q_EMIT rowChanged(row);
            sendCredit(row);
        });
}

void BulkCreditRunner::sendCredit(int row) {
    const Row &r = m_rows.at(row);
    CreditRequest credit;
    credit.amount = r.amount;
    credit.amountUnits = r.units;
    credit.isCurrency = r.isCurrency;
    m_busy = true;
    ApiCall *call = m_session->referrals()->creditBalance(
        r.identifier, credit, r.reason, this, [this, row](const ApiResult<Balance> &result) {
            if (result)
                onCredit(row, &result.value(), ApiError());
            else
                onCredit(row, nullptr, result.error());
        });
    // Journaled under the call's id before creditBalance() returned: the decision on an
    // unknown outcome names it.
    m_rows[row].opId = call ? call->operationId().toString(QUuid::WithoutBraces) : QString();
}

Customer BulkCreditRunner::customerOf(const Row &row) const {
    Customer customer = row.customer.value_or(Customer());
    if (!row.customer)
        customer.id = row.identifier;
    return customer;
}

void BulkCreditRunner::onCredit(int row, const Balance *balance, const ApiError &error) {
    Row &r = m_rows[row];
    if (balance) {
        m_backoffMs = 0;
        if (balance->unread)
            r.after.reset(); // credited; what it left could not be read
        else
            r.after = balance->amountIn(r.units);
        finishRow(row, RowResult::Credited, QString());
        Q_EMIT credited(customerOf(r), *balance);
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
        m_waitTimer->start(waitMs);
        Q_EMIT waiting(waitMs);
        return;
    }
    m_backoffMs = 0;
    if (error.outcome != ChangeOutcome::Unknown) {
        finishRow(row, RowResult::Failed, tr("Nothing was credited: %1").arg(error.sentence()));
        nextRow();
        return;
    }
    // Unknown: stop, read the balance again, and let the person decide.
    setStage(Stage::Asking);
    m_session->referrals()->balance(
        r.identifier, this, [this, row, error](const ApiResult<Balance> &result) {
            if (result)
                m_askedNow = result.value();
            else
                m_askedNow.reset();
            Q_EMIT unknownOutcome(row, error, m_askedNow, result ? ApiError() : result.error());
        });
}

void BulkCreditRunner::decide(int row, Decision decision) {
    if (m_stage != Stage::Asking || row < 0 || row >= m_rows.size())
        return;
    const std::optional<Balance> now = std::exchange(m_askedNow, std::nullopt);
    Row &r = m_rows[row];
    setStage(Stage::Running);
    if (now)
        r.after = now->amountIn(r.units);
    if (!r.opId.isEmpty() && m_session && m_session->journal()) {
        // A failed write is not fatal here: the entry then stays "needs a decision", which
        // blocks the customer and is listed at the next start; it never allows a second credit.
        m_session->journal()->decide(r.opId, decision == Decision::WentThrough
                                                 ? JournalDecision::WentThrough
                                                 : JournalDecision::Later);
    }
    if (decision == Decision::WentThrough) {
        finishRow(row, RowResult::Decided, tr("You decided it went through."));
        if (now)
            Q_EMIT credited(customerOf(r), *now);
    } else {
        finishRow(row, RowResult::Unknown,
                  tr("May or may not have gone through; check the balance before crediting "
                     "again."));
        if (decision == Decision::LeaveUnknownAndStop)
            m_cancelRequested = true;
    }
    nextRow();
}

int BulkCreditRunner::retryFailed() {
    if (m_stage != Stage::Finished)
        return 0;
    QList<int> failed;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).result == RowResult::Failed)
            failed << i;
    }
    if (failed.isEmpty())
        return 0;
    // Failed means the server refused or the customer was not found: nothing was credited,
    // so sending these again on the person's word cannot credit anyone twice.
    for (int i : std::as_const(failed)) {
        m_rows[i].result = RowResult::NotSent;
        m_rows[i].detail.clear();
        m_rows[i].before.reset();
        m_rows[i].after.reset();
        Q_EMIT rowChanged(i);
    }
    m_cancelRequested = false;
    setStage(Stage::Running);
    nextRow();
    return int(failed.size());
}

void BulkCreditRunner::finishRun() {
    m_busy = false;
    m_current = -1;
    setStage(Stage::Finished);
    Q_EMIT finished();
}

bool BulkCreditRunner::exportResults(const QString &path, QString *errorMessage) const {
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
            detail = row.blocked.isEmpty() ? row.repeat : row.blocked;
        writer.addRow(
            {row.sourceLine > 0 ? QString::number(row.sourceLine) : QString(),
             row.identifier.isEmpty() ? row.customerText : row.identifier,
             row.amount > 0 ? c.toString(row.amount, 'f', row.isCurrency ? 2 : -1) : row.amountText,
             row.units, row.reason, resultText(row.result), detail, number(row.before),
             number(row.after)});
    }
    return writer.writeToFile(path, errorMessage);
}

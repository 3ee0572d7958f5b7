// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/journal/journalmodel.h"

#include "app/journal/journal.h"
#include "models/displayformat.h"

#include <QEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

JournalModel::JournalModel(QObject *parent)
    : QAbstractTableModel(parent) {
}

bool JournalModel::event(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    return QAbstractTableModel::event(event);
}

void JournalModel::setEntries(const QList<JournalEntry> &entries) {
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void JournalModel::clear() {
    setEntries({});
}

const JournalEntry &JournalModel::entryAt(int row) const {
    Q_ASSERT(row >= 0 && row < m_entries.size());
    return m_entries.at(row);
}

int JournalModel::needingDecisionCount() const {
    int count = 0;
    for (const JournalEntry &entry : m_entries)
        count += entry.needsDecision() ? 1 : 0;
    return count;
}

QString JournalModel::actionText(const QString &action) {
    if (action == "create"_L1)
        return tr("Create");
    if (action == "update"_L1)
        return tr("Edit");
    if (action == "delete"_L1)
        return tr("Delete");
    if (action == "suspend"_L1)
        return tr("Suspend");
    if (action == "approve"_L1)
        return tr("Approve");
    if (action == "archive"_L1)
        return tr("Archive");
    if (action == "revoke_archive"_L1)
        return tr("Restore");
    if (action == "credit"_L1)
        return tr("Credit");
    if (action == "invite"_L1)
        return tr("Invite");
    return action; // an action a newer version wrote: show it as recorded
}

QString JournalModel::outcomeText(const JournalEntry &entry) {
    if (entry.notInTeamStore) {
        return tr("%1 (on this computer only)", "outcome kept until the team's store is back")
            .arg(Journal::outcomeText(entry.outcome));
    }
    return Journal::outcomeText(entry.outcome);
}

QString JournalModel::amountText(const JournalEntry &entry) {
    const QJsonObject &payload = entry.operation.payload;
    if (entry.operation.action != "credit"_L1 || !payload.contains("amount"_L1))
        return {};
    return DisplayFormat::amount(payload.value("amount"_L1).toDouble(),
                                 payload.value("amount_units"_L1).toString(),
                                 payload.value("is_currency"_L1).toBool(true));
}

namespace {

// One value of a payload as a person reads it: text as is, lists joined, objects dotted.
void appendFields(const QString &prefix, const QJsonValue &value, QStringList *out) {
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            appendFields(prefix.isEmpty() ? it.key() : prefix + u'.' + it.key(), it.value(), out);
        return;
    }
    QString text;
    if (value.isArray()) {
        QStringList items;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            items.append(item.isString()
                             ? item.toString()
                             : QString::fromUtf8(
                                   QJsonDocument(QJsonArray{item}).toJson(QJsonDocument::Compact))
                                   .mid(1)
                                   .chopped(1));
        text = items.isEmpty() ? JournalModel::tr("(none)") : items.join(u", "_s);
    } else if (value.isString()) {
        text = value.toString().isEmpty() ? JournalModel::tr("(empty)") : value.toString();
    } else if (value.isBool()) {
        text = value.toBool() ? JournalModel::tr("yes") : JournalModel::tr("no");
    } else if (value.isNull()) {
        text = JournalModel::tr("(removed)");
    } else {
        text = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
                   .mid(1)
                   .chopped(1);
    }
    //: a field a change sent and its value, e.g. "email: b@x.com"
    out->append(JournalModel::tr("%1: %2").arg(prefix, text));
}

} // namespace

QString JournalModel::changesText(const JournalEntry &entry, const QString &separator) {
    QJsonObject payload = entry.operation.payload;
    // An edit sends its fields inside {"update": {…}}: the fields are what changed.
    if (payload.size() == 1 && payload.value("update"_L1).isObject())
        payload = payload.value("update"_L1).toObject();
    if (entry.operation.action == "credit"_L1) {
        for (const auto key : {"amount"_L1, "amount_units"_L1, "is_currency"_L1})
            payload.remove(key);
    }
    QStringList fields;
    for (auto it = payload.begin(); it != payload.end(); ++it)
        appendFields(it.key(), it.value(), &fields);
    return fields.join(separator);
}

QString JournalModel::madeByText(const JournalEntry &entry) {
    if (entry.madeByName.isEmpty() || entry.madeByName == entry.madeByUser)
        return entry.madeByName.isEmpty() ? entry.madeByUser : entry.madeByName;
    if (entry.madeByUser.isEmpty())
        return entry.madeByName;
    return entry.madeByName + u" ("_s + entry.madeByUser + u')';
}

QString JournalModel::decisionText(const JournalEntry &entry) {
    if (entry.decision == JournalDecision::None)
        return {};
    const QString when = QLocale().toString(entry.decisionTime.toLocalTime(), QLocale::ShortFormat);
    const QString who = entry.decidedBy.isEmpty() ? when : entry.decidedBy + u", "_s + when;
    //: %1 is the decision ("It went through"), %2 who and when ("anna, 04/12/2026 14:02")
    return tr("%1 (%2)").arg(Journal::decisionText(entry.decision), who);
}

int JournalModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

int JournalModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JournalModel::data(const QModelIndex &index, int role) const {
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    if (!index.isValid())
        return {};
    const JournalEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(entry, index.column());
    case Qt::ToolTipRole:
        return toolTipData(entry, index.column());
    case SortRole:
        return sortData(entry, index.column());
    case EntryRole:
        return QVariant::fromValue(entry);
    case NeedsDecisionRole:
        return entry.needsDecision();
    case OpIdRole:
        return entry.opId;
    case Qt::TextAlignmentRole:
        if (index.column() == HttpStatusColumn || index.column() == AmountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant JournalModel::displayData(const JournalEntry &entry, int column) const {
    switch (column) {
    case TimeColumn:
        return QLocale().toString(entry.time.toLocalTime(), QLocale::ShortFormat);
    case ProfileColumn:
        return entry.operation.profileName;
    case ByColumn:
        return madeByText(entry);
    case ActionColumn:
        return actionText(entry.operation.action);
    case CustomerColumn:
        return entry.operation.customer;
    case AmountColumn:
        return amountText(entry);
    case OutcomeColumn:
        return outcomeText(entry);
    case DecisionColumn:
        return decisionText(entry);
    case HttpStatusColumn:
        return entry.httpStatus > 0 ? QString::number(entry.httpStatus) : QString();
    case ChangesColumn:
        return changesText(entry);
    case DetailColumn:
        return entry.detail;
    case ReasonColumn:
        return entry.operation.reason;
    default:
        return {};
    }
}

QVariant JournalModel::sortData(const JournalEntry &entry, int column) const {
    switch (column) {
    case TimeColumn:
        return entry.time;
    case HttpStatusColumn:
        return entry.httpStatus;
    case OutcomeColumn:
        return int(entry.outcome);
    case AmountColumn:
        return entry.operation.payload.value("amount"_L1).toDouble();
    case DecisionColumn:
        return entry.decisionTime;
    case ActionColumn:
        return entry.operation.action;
    default:
        return displayData(entry, column);
    }
}

QVariant JournalModel::toolTipData(const JournalEntry &entry, int column) const {
    switch (column) {
    case TimeColumn:
    case ActionColumn: {
        // What exactly was sent: enough to check by hand what an unknown outcome did.
        const QString payload =
            entry.operation.payload.isEmpty()
                ? QString()
                : QString::fromUtf8(
                      QJsonDocument(entry.operation.payload).toJson(QJsonDocument::Compact));
        QString text = entry.operation.method % u' ' % entry.operation.path;
        if (!payload.isEmpty())
            text += u'\n' % payload;
        return text;
    }
    case OutcomeColumn:
        if (entry.notInTeamStore) {
            return tr("Kept on this computer: the team's shared store could not be reached. It "
                      "reaches the store when the store is back; until then the other consoles "
                      "see this change without an outcome.");
        }
        if (!entry.hasOutcome()) {
            return tr("No answer was recorded: the program stopped before the server answered. "
                      "Check the customer to learn whether the change was made.");
        }
        if (entry.outcome == JournalOutcome::Unknown) {
            return tr("No answer said whether the change was made (a server error, a dropped "
                      "connection or a timeout): it may or may not have been made.");
        }
        if (entry.outcome == JournalOutcome::NotSent)
            return tr("Nothing reached the server: the change was not made.");
        if (entry.outcomeTime.isValid())
            return QLocale().toString(entry.outcomeTime.toLocalTime(), QLocale::LongFormat);
        return {};
    case ChangesColumn:
        // One field a line: a long edit is read in full without widening the column.
        return changesText(entry, u"\n"_s);
    case DetailColumn:
    case ReasonColumn:
    case DecisionColumn:
        return displayData(entry, column);
    default:
        return {};
    }
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ProfileColumn:
        return tr("Profile");
    case ByColumn:
        //: the column of who made a change
        return tr("By");
    case ActionColumn:
        return tr("Action");
    case CustomerColumn:
        return tr("Customer");
    case AmountColumn:
        return tr("Amount");
    case OutcomeColumn:
        return tr("Outcome");
    case DecisionColumn:
        return tr("Decision");
    case HttpStatusColumn:
        return tr("HTTP status");
    case ChangesColumn:
        return tr("Changes");
    case DetailColumn:
        return tr("Detail");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

Qt::ItemFlags JournalModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

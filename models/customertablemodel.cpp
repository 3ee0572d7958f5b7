// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/customertablemodel.h"

#include "models/displayformat.h"
#include "models/rowstate.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace {

QString joinedTags(const Customer &customer) {
    return customer.tags.join(u", "_s);
}

} // namespace

CustomerTableModel::CustomerTableModel(QObject *parent)
    : PagedTableModel(parent) {
}

QList<CustomerTableColumns::Column> CustomerTableColumns::columnsFor(ProgramKind kind) {
    switch (kind) {
    case ProgramKind::Affiliate:
        return {KeyColumn,    NameColumn, EmailColumn,   PartnerColumn,
                StatusColumn, TagsColumn, CreatedColumn, UpdatedColumn};
    case ProgramKind::ReferAFriend:
        return {IdColumn,        NameColumn,   EmailColumn,    ReferredByColumn,
                ReferralsColumn, StatusColumn, ApprovedColumn, CreatedColumn};
    case ProgramKind::Unknown:
        break;
    }
    return {KeyColumn,    IdColumn,      NameColumn,   EmailColumn,
            StatusColumn, CreatedColumn, UpdatedColumn};
}

void CustomerTableModel::pageReplaced() {
    m_rowOfIdentifier.clear();
    rebuildIndex(0);
}

const Customer &CustomerTableModel::customerAt(int row) const {
    Q_ASSERT(row >= 0 && row < m_items.size());
    return m_items.at(row);
}

int CustomerTableModel::rowOfIdentifier(const QString &identifier) const {
    return m_rowOfIdentifier.value(identifier, -1);
}

bool CustomerTableModel::updateCustomer(const Customer &customer) {
    return replaceCustomer(customer.identifier(), customer);
}

bool CustomerTableModel::replaceCustomer(const QString &identifier, const Customer &customer) {
    const int row = rowOfIdentifier(identifier);
    if (row < 0)
        return false;
    const QString newIdentifier = customer.identifier();
    m_items[row] = customer;
    if (newIdentifier != identifier) {
        m_rowOfIdentifier.remove(identifier);
        // A page with two rows of one identifier keeps the first in the index.
        if (!newIdentifier.isEmpty() && !m_rowOfIdentifier.contains(newIdentifier))
            m_rowOfIdentifier.insert(newIdentifier, row);
    }
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    return true;
}

bool CustomerTableModel::removeCustomer(const QString &identifier) {
    const int row = rowOfIdentifier(identifier);
    if (row < 0)
        return false;
    beginRemoveRows(QModelIndex(), row, row);
    m_items.removeAt(row);
    rebuildIndex(row);
    endRemoveRows();
    return true;
}

void CustomerTableModel::rebuildIndex(int fromRow) {
    // Rows before fromRow keep their place; everything from it on is indexed anew.
    for (auto it = m_rowOfIdentifier.begin(); it != m_rowOfIdentifier.end();) {
        if (it.value() >= fromRow)
            it = m_rowOfIdentifier.erase(it);
        else
            ++it;
    }
    m_rowOfIdentifier.reserve(m_items.size());
    for (int row = fromRow; row < m_items.size(); ++row) {
        const QString identifier = m_items.at(row).identifier();
        if (!identifier.isEmpty() && !m_rowOfIdentifier.contains(identifier))
            m_rowOfIdentifier.insert(identifier, row);
    }
}

QVariant CustomerTableModel::otherData(const Customer &customer, int role) const {
    if (role == IdentifierRole)
        return customer.identifier();
    if (role == RowStateRole)
        return rowStateOf(customer);
    return {};
}

int CustomerTableModel::rowStateOf(const Customer &customer) {
    return int(customer.isUnreadable() ? RowState::Error : RowState::None);
}

QVariant CustomerTableModel::displayData(const Customer &customer, Column column) const {
    return cellDisplay(customer, column);
}

QVariant CustomerTableModel::sortData(const Customer &customer, Column column) const {
    return cellSortValue(customer, column);
}

QVariant CustomerTableModel::toolTipData(const Customer &customer, Column column) const {
    return cellToolTip(customer, column);
}

QString CustomerTableModel::headerText(Column column) const {
    return columnHeader(column);
}

QVariant CustomerTableModel::cellDisplay(const Customer &customer, Column column) {
    switch (column) {
    case KeyColumn:
        return customer.key;
    case IdColumn:
        return customer.id;
    case NameColumn:
        // A row that could not be read says so where a name would be, if it has none.
        if (customer.isUnreadable() && customer.fullName().isEmpty())
            return tr("Could not be read");
        // As given: a right-to-left name is passed through untouched, the view lays it out.
        return customer.fullName();
    case EmailColumn:
        return customer.email;
    case PartnerColumn:
        return customer.partner;
    case StatusColumn:
        if (customer.status.isEmpty() && customer.deleted)
            return DisplayFormat::customerStatus(u"deleted"_s);
        return DisplayFormat::customerStatus(customer.status);
    case TagsColumn:
        return joinedTags(customer);
    case ReferredByColumn:
        return customer.referringCustomer ? customer.referringCustomer->displayName() : QString();
    case ReferralsColumn:
        return customer.referralsCount >= 0 ? QLocale().toString(customer.referralsCount)
                                            : QString();
    case ApprovedColumn:
        if (!customer.approved)
            return QString();
        return *customer.approved ? tr("Yes") : tr("No");
    case CreatedColumn:
        return DisplayFormat::dateTime(customer.createdAt);
    case UpdatedColumn:
        return DisplayFormat::dateTime(customer.updatedAt);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CustomerTableModel::cellSortValue(const Customer &customer, Column column) {
    switch (column) {
    case NameColumn:
        return customer.fullName();
    case StatusColumn:
        return customer.status;
    case TagsColumn:
        return joinedTags(customer);
    case ReferredByColumn:
        return customer.referringCustomer ? customer.referringCustomer->displayName() : QString();
    case ReferralsColumn:
        return customer.referralsCount;
    case ApprovedColumn:
        return customer.approved ? int(*customer.approved) : -1;
    case CreatedColumn:
        return customer.createdAt;
    case UpdatedColumn:
        return customer.updatedAt;
    case KeyColumn:
    case IdColumn:
    case EmailColumn:
    case PartnerColumn:
        return cellDisplay(customer, column);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CustomerTableModel::cellToolTip(const Customer &customer, Column column) {
    if (customer.isUnreadable()) {
        //: %1 is what was wrong, e.g. "The field data[3].email is not text."
        return tr("This customer could not be read from the server's answer: %1")
            .arg(customer.problem);
    }
    switch (column) {
    case NameColumn: {
        const QString name = customer.fullName();
        if (name.isEmpty() || customer.email.isEmpty())
            return customer.displayName();
        return QString(name % u'\n' % customer.email);
    }
    case ReferredByColumn: {
        if (!customer.referringCustomer)
            return tr("Not referred by another customer");
        const CustomerRef &ref = *customer.referringCustomer;
        const QString name = ref.displayName();
        const QString identifier = ref.identifier();
        if (identifier.isEmpty() || identifier == name)
            return name;
        return QString(name % u" (" % identifier % u')');
    }
    case CreatedColumn:
        return DisplayFormat::dateTime(customer.createdAt, QLocale::LongFormat);
    case UpdatedColumn:
        return DisplayFormat::dateTime(customer.updatedAt, QLocale::LongFormat);
    case StatusColumn:
        if (customer.deletedAt.isValid()) {
            return tr("Deleted on %1")
                .arg(DisplayFormat::dateTime(customer.deletedAt, QLocale::LongFormat));
        }
        break;
    case ReferralsColumn:
        if (customer.referralsCount >= 0)
            return tr("Referred %n customers", nullptr, customer.referralsCount);
        break;
    default:
        break;
    }
    // Nothing more to say: the cell's text, if any.
    const QVariant display = cellDisplay(customer, column);
    return display.toString().isEmpty() ? QVariant() : display;
}

QString CustomerTableModel::columnHeader(Column column) {
    switch (column) {
    case KeyColumn:
        return tr("Key");
    case IdColumn:
        return tr("ID");
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("Email");
    case PartnerColumn:
        return tr("Partner");
    case StatusColumn:
        return tr("Status");
    case TagsColumn:
        return tr("Tags");
    case ReferredByColumn:
        return tr("Referred by");
    case ReferralsColumn:
        return tr("Referrals");
    case ApprovedColumn:
        return tr("Approved");
    case CreatedColumn:
        return tr("Created");
    case UpdatedColumn:
        return tr("Updated");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> CustomerTableModel::roleNames() const {
    QHash<int, QByteArray> names = PagedTableModel::roleNames();
    names.insert(IdentifierRole, "identifier"_ba);
    return names;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/changes/customerformwidget.h"

#include "app/api/changeerror.h"
#include "ui/changes/referringcustomerlookup.h"
#include "ui/changes/taglistedit.h"
#include "ui/widgets/dialogparts.h"
#include "ui/widgets/fielderrorlabel.h"
#include "ui/widgets/fieldrules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSet>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString KeyField = u"key"_s;
const QString IdField = u"id"_s;
const QString EmailField = u"email"_s;
const QString NameField = u"name"_s;
const QString SurnameField = u"surname"_s;
const QString TagsField = u"tags"_s;
const QString PartnerField = u"partner"_s;
const QString ReferralUrlField = u"referral_url"_s;
const QString BirthDateField = u"date_of_birth"_s;
const QString ReferringField = u"referring_customer"_s;

constexpr int MaxTextLength = 255;

} // namespace

CustomerFormWidget::CustomerFormWidget(Session *session, ProgramKind kind, Mode mode,
                                       QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_kind(kind)
    , m_mode(mode)
    , m_layout(new QFormLayout(this)) {
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const bool affiliate = kind != ProgramKind::ReferAFriend;
    const bool creating = mode == Mode::Create;

    if (affiliate) {
        addLine(KeyField, tr("&Key:"), tr("Your system's ID for this customer (required)"));
    } else {
        addLine(KeyField, tr("&Key:"),
                creating ? tr("Optional: Partnero makes one when left empty")
                         : tr("Unchanged (the API does not show it)"));
        if (creating)
            addLine(IdField, tr("&ID:"), tr("Optional: another identifier for this customer"));
    }
    addLine(EmailField, tr("&Email:"), tr("name@example.com"));
    addLine(NameField, tr("&Name:"), QString());
    addLine(SurnameField, tr("&Surname:"), QString());

    if (affiliate) {
        m_tags = new TagListEdit(this);
        addRow(TagsField, tr("&Tags:"), m_tags);
        connect(m_tags, &TagListEdit::tagsChanged, this, [this] { onFieldEdited(TagsField); });
        connect(m_tags, &TagListEdit::pendingTextChanged, this,
                [this] { onFieldEdited(TagsField); });
        if (creating) {
            auto *partner = new QWidget(this);
            m_partnerBy = new QComboBox(partner);
            m_partnerBy->addItem(tr("Key"), int(PartnerBy::Key));
            m_partnerBy->addItem(tr("ID"), int(PartnerBy::Id));
            m_partnerBy->addItem(tr("Email"), int(PartnerBy::Email));
            m_partnerBy->setAccessibleName(tr("Identify the partner by"));
            m_partner = new QLineEdit(partner);
            m_partner->setPlaceholderText(tr("The partner's referral key, ID or email (required)"));
            m_partner->setMaxLength(MaxTextLength);
            m_partner->setAccessibleName(tr("Partner"));
            auto *row = new QHBoxLayout(partner);
            row->setContentsMargins(0, 0, 0, 0);
            row->addWidget(m_partnerBy);
            row->addWidget(m_partner, 1);
            addRow(PartnerField, tr("&Partner:"), partner);
            m_fields[PartnerField].editor = m_partner;
            connect(m_partner, &QLineEdit::textChanged, this,
                    [this] { onFieldEdited(PartnerField); });
            connect(m_partnerBy, &QComboBox::currentIndexChanged, this,
                    [this] { onFieldEdited(PartnerField); });
            addLine(ReferralUrlField, tr("&Referral URL:"),
                    tr("Optional: https://example.com/?aff=partner"));
        }
    } else {
        auto *birth = new QWidget(this);
        m_hasBirthDate = new QCheckBox(tr("Known"), birth);
        m_birthDate = new QDateEdit(birth);
        m_birthDate->setCalendarPopup(true);
        // A wide range on purpose: a date the rules refuse is shown and explained, not clamped.
        m_birthDate->setDateRange(QDate(1800, 1, 1), QDate(2200, 12, 31));
        m_birthDate->setDate(QDate(1990, 1, 1));
        m_birthDate->setEnabled(false);
        m_birthDate->setAccessibleName(tr("Date of birth"));
        auto *row = new QHBoxLayout(birth);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(m_hasBirthDate);
        row->addWidget(m_birthDate, 1);
        addRow(BirthDateField, tr("Date of &birth:"), birth);
        m_fields[BirthDateField].editor = m_birthDate;
        connect(m_hasBirthDate, &QCheckBox::toggled, this, [this](bool on) {
            m_birthDate->setEnabled(on);
            onFieldEdited(BirthDateField);
        });
        connect(m_birthDate, &QDateEdit::dateChanged, this,
                [this] { onFieldEdited(BirthDateField); });
        if (creating) {
            m_referring = new ReferringCustomerLookup(session, this);
            addRow(ReferringField, tr("&Referred by:"), m_referring);
            connect(m_referring, &ReferringCustomerLookup::changed, this,
                    [this] { onFieldEdited(ReferringField); });
        }
    }
    refreshMessages();
}

QLineEdit *CustomerFormWidget::addLine(const QString &field, const QString &label,
                                       const QString &placeholder) {
    auto *edit = new QLineEdit(this);
    edit->setPlaceholderText(placeholder);
    edit->setMaxLength(MaxTextLength);
    edit->setClearButtonEnabled(true);
    if (field == EmailField) {
        edit->setValidator(new RuleValidator(&FieldRules::emailProblem, edit));
    } else if (field == ReferralUrlField) {
        edit->setValidator(new RuleValidator(&FieldRules::urlProblem, edit));
    } else if (field == KeyField || field == IdField) {
        const bool required = field == KeyField && m_kind != ProgramKind::ReferAFriend;
        const FieldRules::Identifier what =
            field == KeyField ? FieldRules::Identifier::Key : FieldRules::Identifier::Id;
        edit->setValidator(new RuleValidator(
            [required, what](const QString &text) {
                return FieldRules::keyProblem(text, required, what);
            },
            edit));
    }
    addRow(field, label, edit);
    connect(edit, &QLineEdit::textChanged, this, [this, field] { onFieldEdited(field); });
    return edit;
}

void CustomerFormWidget::addRow(const QString &field, const QString &label, QWidget *editor) {
    auto *cell = new QWidget(this);
    auto *column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    editor->setParent(cell);
    column->addWidget(editor);
    auto *message = new FieldErrorLabel(cell);
    message->setObjectName(field + u"Message"_s);
    column->addWidget(message);
    editor->setObjectName(field);
    m_layout->addRow(label, cell);
    if (auto *formLabel = qobject_cast<QLabel *>(m_layout->labelForField(cell)))
        formLabel->setBuddy(editor);
    // The field sits in a cell with its message, so the label is no sibling of it and Qt's
    // buddy lookup does not name it for a screen reader: the label's words name it.
    if (editor->accessibleName().isEmpty())
        editor->setAccessibleName(DialogParts::accessibleText(label));
    Field entry;
    entry.editor = editor;
    entry.label = message;
    m_fields.insert(field, entry);
    m_order.append(field);
}

QWidget *CustomerFormWidget::editor(const QString &field) const {
    return m_fields.value(field).editor;
}

QLineEdit *CustomerFormWidget::lineEdit(const QString &field) const {
    return qobject_cast<QLineEdit *>(editor(field));
}

FieldErrorLabel *CustomerFormWidget::messageLabel(const QString &field) const {
    return m_fields.value(field).label;
}

QString CustomerFormWidget::message(const QString &field) const {
    const FieldErrorLabel *label = messageLabel(field);
    return label ? label->text() : QString();
}

QString CustomerFormWidget::text(const QString &field) const {
    const QLineEdit *edit = lineEdit(field);
    return edit ? edit->text().trimmed() : QString();
}

void CustomerFormWidget::setText(const QString &field, const QString &value) {
    if (QLineEdit *edit = lineEdit(field))
        edit->setText(value);
}

QDate CustomerFormWidget::parseDate(const QString &text) {
    return QDate::fromString(text.left(10), Qt::ISODate);
}

QString CustomerFormWidget::originalText(const QString &field) const {
    if (field == KeyField)
        return m_original.key;
    if (field == IdField)
        return m_original.id;
    if (field == EmailField)
        return m_original.email;
    if (field == NameField)
        return m_original.name;
    if (field == SurnameField)
        return m_original.surname;
    return {};
}

bool CustomerFormWidget::keptFromServer(const QString &field) const {
    return m_longFromServer.contains(field) && text(field) == originalText(field).trimmed();
}

void CustomerFormWidget::setCustomer(const Customer &customer) {
    m_original = customer;
    m_longFromServer.clear();
    for (const QString &field : {KeyField, IdField, EmailField, NameField, SurnameField}) {
        QLineEdit *edit = lineEdit(field);
        if (!edit)
            continue;
        const QString value = originalText(field);
        // The form's limit is for what a person types; a longer value the server already
        // holds is shown whole, so that an untouched field is never cut and sent back cut.
        edit->setMaxLength(qMax(MaxTextLength, int(qMin<qsizetype>(value.size(), 32767))));
        if (value.size() > MaxTextLength)
            m_longFromServer.insert(field);
        edit->setText(value);
        edit->setCursorPosition(0);
    }
    if (m_tags)
        m_tags->setTags(customer.tags);
    if (m_birthDate)
        setDateOfBirth(parseDate(customer.dateOfBirth()));
    clearServerErrors();
}

QDate CustomerFormWidget::dateOfBirth() const {
    if (!m_hasBirthDate || !m_hasBirthDate->isChecked())
        return {};
    return m_birthDate->date();
}

void CustomerFormWidget::setDateOfBirth(const QDate &date) {
    if (!m_birthDate)
        return;
    if (date.isValid())
        m_birthDate->setDate(date);
    m_hasBirthDate->setChecked(date.isValid());
    refreshMessages();
}

void CustomerFormWidget::setPartner(PartnerBy by, const QString &value) {
    if (!m_partner)
        return;
    m_partnerBy->setCurrentIndex(m_partnerBy->findData(int(by)));
    m_partner->setText(value);
}

void CustomerFormWidget::onFieldEdited(const QString &field) {
    // The server spoke about the value it was sent; once the person changes it, that message
    // no longer describes what is in the field.
    if (m_fields.contains(field))
        m_fields[field].serverError.clear();
    refreshMessages();
    Q_EMIT changed();
}

QString CustomerFormWidget::problem(const QString &field) const {
    if (keptFromServer(field))
        return {}; // not sent, so not the form's to judge
    if (m_longFromServer.contains(field) && text(field).size() > MaxTextLength) {
        return tr("At most %1 characters can be sent; this has %2. Shorten it, or undo your "
                  "change to keep the server's value.")
            .arg(MaxTextLength)
            .arg(text(field).size());
    }
    const bool affiliate = m_kind != ProgramKind::ReferAFriend;
    if (field == KeyField)
        return FieldRules::keyProblem(text(KeyField), affiliate, FieldRules::Identifier::Key);
    if (field == IdField)
        return FieldRules::keyProblem(text(IdField), false, FieldRules::Identifier::Id);
    if (field == EmailField)
        return FieldRules::emailProblem(text(EmailField));
    if (field == TagsField && m_tags) {
        const QString pending = m_tags->pendingText();
        if (!pending.isEmpty()) {
            const QString why = FieldRules::tagProblem(pending);
            return why.isEmpty() ? tr("Press Enter to add the tag “%1”, or clear it.").arg(pending)
                                 : why;
        }
        return {};
    }
    if (field == PartnerField && m_partner) {
        const QString value = m_partner->text().trimmed();
        if (value.isEmpty())
            return tr("Give the partner's referral key, ID or email.");
        if (PartnerBy(m_partnerBy->currentData().toInt()) == PartnerBy::Email)
            return FieldRules::emailProblem(value);
        return FieldRules::keyProblem(value, true, FieldRules::Identifier::Partner);
    }
    if (field == ReferralUrlField)
        return FieldRules::urlProblem(text(ReferralUrlField));
    if (field == BirthDateField)
        return FieldRules::dateOfBirthProblem(dateOfBirth());
    if (field == ReferringField && m_referring)
        return m_referring->problem();
    return {};
}

QString CustomerFormWidget::warning(const QString &field) const {
    if (keptFromServer(field)) {
        return tr("The server holds %1 characters here, more than the %2 this form can send. "
                  "The value is kept as it is unless you change this field.")
            .arg(originalText(field).size())
            .arg(MaxTextLength);
    }
    if (field != KeyField || m_mode != Mode::Edit || !keyChanged())
        return {};
    if (m_original.key.isEmpty()) {
        return tr("The customer gets a new key. Integrations that use the old key will no "
                  "longer find this customer.");
    }
    return tr("The key changes from “%1”. Integrations that use the old key will no longer "
              "find this customer.")
        .arg(m_original.key);
}

void CustomerFormWidget::refreshMessages() {
    for (const QString &field : std::as_const(m_order)) {
        const Field &entry = m_fields[field];
        if (!entry.serverError.isEmpty()) {
            entry.label->setMessage(entry.serverError, FieldErrorLabel::Severity::Error);
            continue;
        }
        const QString why = problem(field);
        if (!why.isEmpty()) {
            // Not done yet is not wrong: a required field still empty, a tag still being
            // typed or a lookup not yet made is a hint, not an error.
            bool unfinished = false;
            if (field == KeyField || field == PartnerField)
                unfinished =
                    (field == KeyField ? text(KeyField) : m_partner->text()).trimmed().isEmpty();
            else if (field == TagsField)
                unfinished = FieldRules::tagProblem(m_tags->pendingText()).isEmpty();
            else if (field == ReferringField)
                unfinished = m_referring->state() == ReferringCustomerLookup::State::Typed ||
                             m_referring->state() == ReferringCustomerLookup::State::Searching;
            entry.label->setMessage(why, unfinished ? FieldErrorLabel::Severity::Hint
                                                    : FieldErrorLabel::Severity::Error);
            continue;
        }
        entry.label->setMessage(warning(field), FieldErrorLabel::Severity::Warning);
    }
}

bool CustomerFormWidget::isValid() const {
    return firstProblem().isEmpty();
}

QString CustomerFormWidget::firstProblem() const {
    for (const QString &field : m_order) {
        const QString why = problem(field);
        if (!why.isEmpty())
            return why;
    }
    return {};
}

bool CustomerFormWidget::keyChanged() const {
    return changes().key.has_value();
}

CustomerUpdate CustomerFormWidget::changes() const {
    CustomerUpdate update;
    if (hasField(KeyField)) {
        const QString key = text(KeyField);
        // Refer-a-friend responses do not show the key: an empty field means "unchanged".
        const bool keyMeansChange = m_kind == ProgramKind::ReferAFriend ? !key.isEmpty() : true;
        if (keyMeansChange && key != m_original.key.trimmed())
            update.key = key;
    }
    const auto compare = [this](const QString &field, const QString &before,
                                std::optional<QString> &out) {
        if (!hasField(field))
            return;
        const QString now = text(field);
        if (now != before.trimmed())
            out = now;
    };
    compare(EmailField, m_original.email, update.email);
    compare(NameField, m_original.name, update.name);
    compare(SurnameField, m_original.surname, update.surname);
    if (m_tags) {
        const QStringList now = m_tags->tags();
        const QSet<QString> nowSet(now.cbegin(), now.cend());
        const QSet<QString> beforeSet(m_original.tags.cbegin(), m_original.tags.cend());
        if (nowSet != beforeSet)
            update.tags = now; // an empty list is sent as [] and clears the tags
    }
    if (m_birthDate) {
        const QDate now = dateOfBirth();
        const QDate before = parseDate(m_original.dateOfBirth());
        if (now != before)
            update.dateOfBirth = now; // invalid: clears the date of birth
    }
    return update;
}

AffiliateCustomerDraft CustomerFormWidget::affiliateDraft() const {
    AffiliateCustomerDraft draft;
    draft.key = text(KeyField);
    draft.email = text(EmailField);
    draft.name = text(NameField);
    draft.surname = text(SurnameField);
    if (m_tags)
        draft.tags = m_tags->tags();
    if (m_partner) {
        const QString value = m_partner->text().trimmed();
        switch (PartnerBy(m_partnerBy->currentData().toInt())) {
        case PartnerBy::Key:
            draft.partnerKey = value;
            break;
        case PartnerBy::Id:
            draft.partnerId = value;
            break;
        case PartnerBy::Email:
            draft.partnerEmail = value;
            break;
        }
    }
    draft.referralUrl = text(ReferralUrlField);
    return draft;
}

ReferralCustomerDraft CustomerFormWidget::referralDraft() const {
    ReferralCustomerDraft draft;
    draft.key = text(KeyField);
    draft.id = text(IdField);
    draft.email = text(EmailField);
    draft.name = text(NameField);
    draft.surname = text(SurnameField);
    draft.dateOfBirth = dateOfBirth();
    if (m_referring) {
        draft.referringKey = m_referring->referringKey();
        draft.referringId = m_referring->referringId();
    }
    return draft;
}

QString CustomerFormWidget::fieldForServerName(const QString &serverField) {
    QString name = serverField;
    if (name.startsWith("update."_L1))
        name = name.mid(7);
    const auto under = [&name](QLatin1String prefix) {
        return name == prefix || name.startsWith(prefix + u'.');
    };
    if (under("partner"_L1))
        return PartnerField;
    if (under("referring_customer"_L1))
        return ReferringField;
    if (under("metadata"_L1))
        return BirthDateField;
    if (under("tags"_L1))
        return TagsField;
    if (under("options"_L1) || name == "referral_url"_L1)
        return ReferralUrlField;
    if (name == KeyField || name == IdField || name == EmailField || name == NameField ||
        name == SurnameField) {
        return name;
    }
    return {};
}

QStringList CustomerFormWidget::showServerErrors(const QMap<QString, QStringList> &errors) {
    QStringList unmapped;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        const QString text = it.value().join(u' ');
        const QString field = fieldForServerName(it.key());
        if (field.isEmpty() || !hasField(field)) {
            unmapped.append(tr("%1: %2").arg(it.key(), text));
            continue;
        }
        QString &slot = m_fields[field].serverError;
        slot = slot.isEmpty() ? text : slot + u' ' + text;
    }
    refreshMessages();
    return unmapped;
}

void CustomerFormWidget::setServerError(const QString &field, const QString &message) {
    if (!hasField(field))
        return;
    m_fields[field].serverError = message;
    refreshMessages();
}

void CustomerFormWidget::clearServerErrors() {
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it)
        it->serverError.clear();
    refreshMessages();
}

QString CustomerFormWidget::applyError(const ApiError &error) {
    clearServerErrors();
    if (error.kind == ApiError::Kind::Validation && !error.fieldErrors.isEmpty()) {
        const QStringList unmapped = showServerErrors(error.fieldErrors);
        QString top = tr("The server did not accept the data. See the messages next to the "
                         "fields.");
        if (!unmapped.isEmpty())
            top += u'\n' + unmapped.join(u'\n');
        return top;
    }
    // The documented meaning of a 400 on create: the partner is unknown.
    if (error.kind == ApiError::Kind::Validation && error.httpStatus == 400 && m_partner) {
        setServerError(PartnerField, error.serverMessage.isEmpty()
                                         ? tr("The server does not know this partner.")
                                         : error.serverMessage);
        return tr("The server did not accept the partner.");
    }
    return ChangeError::sentence(error);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/apierror.h"
#include "models/customer.h"
#include "models/programkind.h"
#include "models/requests.h"

#include <QDate>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QStringList>
#include <QWidget>

class FieldErrorLabel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLineEdit;
class ReferringCustomerLookup;
class Session;
class TagListEdit;

// The fields of one customer, for the create and edit dialogs of both program kinds.
//
// Affiliate: key (required), email, name, surname, tags; when creating also the partner (by
// key, ID or email) and the referral URL. Refer-a-friend: key, email, name, surname, date of
// birth; when creating also the id and the referring customer (looked up).
//
// Every field has a line under it that says what is wrong (checked while typing) or what the
// server said about it (422 `errors`, mapped by name); the server's message goes away when the
// person edits that field. The input is never cleared by an error.
class CustomerFormWidget final : public QWidget {
    Q_OBJECT

public:
    enum class Mode { Create, Edit };
    enum class PartnerBy { Key, Id, Email };

    // `session` is used only for the referring-customer lookup and may be null.
    CustomerFormWidget(Session *session, ProgramKind kind, Mode mode, QWidget *parent = nullptr);

    ProgramKind kind() const { return m_kind; }
    Mode mode() const { return m_mode; }

    // Edit: fills the fields in and keeps `customer` as what changes are measured against.
    void setCustomer(const Customer &customer);
    const Customer &original() const { return m_original; }

    // Field names: key, id, email, name, surname, tags, partner, referral_url, date_of_birth,
    // referring_customer (only those this kind and mode show).
    QStringList fieldNames() const { return m_order; }
    bool hasField(const QString &field) const { return m_fields.contains(field); }
    QWidget *editor(const QString &field) const;
    QLineEdit *lineEdit(const QString &field) const; // null for fields that are not a line
    // What the line under the field says now (a problem, the server's message or a warning).
    QString message(const QString &field) const;
    FieldErrorLabel *messageLabel(const QString &field) const;

    // True when nothing blocks sending (server messages do not block: the person may retry).
    bool isValid() const;
    // The first field's problem, for a tooltip on the disabled button.
    QString firstProblem() const;
    // Edit: the fields that differ from original(), in the `update` object's terms.
    CustomerUpdate changes() const;
    // Edit: the key is being changed (an integration using the old key will miss it).
    bool keyChanged() const;

    AffiliateCustomerDraft affiliateDraft() const;
    ReferralCustomerDraft referralDraft() const;

    // Shows the server's field messages next to their fields; returns those that belong to no
    // field of this form ("field: message"), for the dialog to show at the top.
    QStringList showServerErrors(const QMap<QString, QStringList> &errors);
    // A message about one field that did not come as a field error (400 "Invalid partner key").
    void setServerError(const QString &field, const QString &message);
    void clearServerErrors();
    // Shows a failed create or update: field messages next to their fields, and returns the
    // sentence for the top of the dialog (what no field can say). Never touches the input.
    QString applyError(const ApiError &error);
    // "update.email" -> "email", "partner.key" -> "partner", "metadata.date_of_birth" ->
    // "date_of_birth", "tags.0" -> "tags"; empty when the name means nothing to the form.
    static QString fieldForServerName(const QString &serverField);

    // Date of birth: invalid means "not set".
    QDate dateOfBirth() const;
    void setDateOfBirth(const QDate &date);
    void setPartner(PartnerBy by, const QString &value);
    TagListEdit *tagsEdit() const { return m_tags; }
    ReferringCustomerLookup *referringLookup() const { return m_referring; }

Q_SIGNALS:
    // Any input changed; validity and changes() may differ now.
    void changed();

private:
    struct Field {
        QWidget *editor = nullptr;
        FieldErrorLabel *label = nullptr;
        QString serverError;
    };

    QLineEdit *addLine(const QString &field, const QString &label, const QString &placeholder);
    void addRow(const QString &field, const QString &label, QWidget *editor);
    void onFieldEdited(const QString &field);
    QString problem(const QString &field) const;
    QString warning(const QString &field) const;
    void refreshMessages();
    QString text(const QString &field) const;
    QString originalText(const QString &field) const;
    // The server's value is longer than the form allows and the person has not changed it:
    // it is kept as it is and not sent.
    bool keptFromServer(const QString &field) const;
    void setText(const QString &field, const QString &value);
    static QDate parseDate(const QString &text);

    Session *m_session;
    ProgramKind m_kind;
    Mode m_mode;
    Customer m_original;
    QFormLayout *m_layout;
    QHash<QString, Field> m_fields;
    QStringList m_order;
    QSet<QString> m_longFromServer;
    TagListEdit *m_tags = nullptr;
    QComboBox *m_partnerBy = nullptr;
    QLineEdit *m_partner = nullptr;
    QCheckBox *m_hasBirthDate = nullptr;
    QDateEdit *m_birthDate = nullptr;
    ReferringCustomerLookup *m_referring = nullptr;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// A customer as another customer refers to it (refer-a-friend `referring_customer`).
struct CustomerRef {
    QString key;
    QString id;
    QString email;
    QString name;
    QString surname;

    // The value to put in a path: the id when given, else the key.
    QString identifier() const;
    QString displayName() const;
};

// One type for both program kinds; fields the kind does not use stay empty.
struct Customer {
    QString key;
    QString id;
    QString email;
    QString name;
    QString surname;
    QString status; // data.status: "active", "suspended", "deleted", ...

    // Affiliate programs.
    // What `partner` is known to hold. The field table documents the partner's key, and a
    // bare string is read that way (AsGiven), though some published examples show an opaque id
    // there, which a bare string cannot be told apart from. An object says which it gives
    // (Key, Id, Email); a JSON number is never a key (Id).
    enum class PartnerForm { None, AsGiven, Key, Id, Email };
    QString partner; // as the API gives it (see partnerForm)
    PartnerForm partnerForm = PartnerForm::None;
    QStringList tags;
    bool deleted = false;

    // Refer-a-friend programs.
    std::optional<bool> approved;
    std::optional<CustomerRef> referringCustomer;
    int referralsCount = -1; // -1: not given
    QString referralLink;
    QStringList referralLinks;
    QJsonObject metadata;     // e.g. {"date_of_birth": "1990-01-15"}
    QJsonObject customFields; // custom signup field values

    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deletedAt;

    // Empty for a customer read as documented. Otherwise the item of a list could not be read
    // as a customer (not an object, neither key nor id, a field beyond repair): a translated
    // sentence that names the field, and the fields above hold whatever could be read. Such a
    // row is shown marked and is not acted on.
    QString problem;
    bool isUnreadable() const { return !problem.isEmpty(); }

    // Refer-a-friend: the documented statuses are "active" and "deleted" (archived). A
    // customer whose status is given and is not "active" (whatever word a server uses for it)
    // can be restored; one whose status is "active" can be archived. An empty status tells
    // neither.
    bool isActiveReferral() const;
    bool isRestorable() const;
    // The same rule for a status alone (the referral tree's rows carry only the status).
    static bool isRestorableStatus(const QString &status);
    // Whether filtering by partner.key with `partner` can be trusted to find this partner's
    // customers: the value is the key, or documented as the key (AsGiven).
    bool partnerIsKey() const {
        return partnerForm == PartnerForm::Key || partnerForm == PartnerForm::AsGiven;
    }

    // The value to put in a path: the key when given, else the id.
    QString identifier() const;
    // "Name Surname" (either part may be missing), as given: no reordering for any script.
    QString fullName() const;
    // "Name Surname", else the email, else the identifier.
    QString displayName() const;
    QString dateOfBirth() const; // metadata.date_of_birth, or empty
};

Q_DECLARE_METATYPE(Customer)

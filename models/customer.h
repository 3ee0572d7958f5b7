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
    QString status; // data.status: "active", "suspended", "archived", "deleted", ...

    // Affiliate programs.
    QString partner; // as the API gives it (documented as the partner's key)
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

    // The value to put in a path: the key when given, else the id.
    QString identifier() const;
    // "Name Surname" (either part may be missing), as given: no reordering for any script.
    QString fullName() const;
    // "Name Surname", else the email, else the identifier.
    QString displayName() const;
    QString dateOfBirth() const; // metadata.date_of_birth, or empty
};

Q_DECLARE_METATYPE(Customer)

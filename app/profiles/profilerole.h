// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// What a person means to do with a profile. The console hides what lies outside it, so that
// a support person cannot credit a balance by a slip of the mouse. It is no security
// boundary: the API key behind the profile can do everything, and the command line ignores
// the role.
enum class ProfileRole {
    Full,     // everything; the default, also for profiles saved before roles existed
    Support,  // browse, edit, status changes (suspend, approve, archive, restore, their undo)
    Manager,  // Support, plus credits and bulk credits
    Marketer, // Support, plus invites and bulk invites
};

// The kinds of work a role allows or hides. Browsing (tables, details, the tree, the
// journal, exports) is always allowed.
enum class RoleAction {
    Edit,
    ChangeStatus,
    Create, // a new customer: Full only
    Delete, // Full only: it cannot be undone
    Credit,
    Invite,
};

class ProfileRoles final {
    Q_DECLARE_TR_FUNCTIONS(ProfileRoles)

public:
    static bool allows(ProfileRole role, RoleAction action);
    static QList<ProfileRole> all();
    // Stored in the settings file: "full", "support", "manager", "marketer".
    static QString id(ProfileRole role);
    // Unknown or empty text (a profile saved before roles, a hand edit): Full.
    static ProfileRole fromId(const QString &id);
    // For people: "Support", and a line on what it allows.
    static QString text(ProfileRole role);
    static QString description(ProfileRole role);
    // Said wherever a role is chosen.
    static QString notASecurityBoundary();
};

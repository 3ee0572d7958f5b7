// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/profiles/profilerole.h"

using namespace Qt::Literals::StringLiterals;

bool ProfileRoles::allows(ProfileRole role, RoleAction action) {
    switch (action) {
    case RoleAction::Edit:
    case RoleAction::ChangeStatus:
        return true;
    case RoleAction::Create:
    case RoleAction::Delete:
        return role == ProfileRole::Full;
    case RoleAction::Credit:
        return role == ProfileRole::Full || role == ProfileRole::Manager;
    case RoleAction::Invite:
        return role == ProfileRole::Full || role == ProfileRole::Marketer;
    }
    return false;
}

QList<ProfileRole> ProfileRoles::all() {
    return {ProfileRole::Full, ProfileRole::Support, ProfileRole::Manager, ProfileRole::Marketer};
}

QString ProfileRoles::id(ProfileRole role) {
    switch (role) {
    case ProfileRole::Support:
        return u"support"_s;
    case ProfileRole::Manager:
        return u"manager"_s;
    case ProfileRole::Marketer:
        return u"marketer"_s;
    case ProfileRole::Full:
        break;
    }
    return u"full"_s;
}

ProfileRole ProfileRoles::fromId(const QString &id) {
    const auto roles = all();
    for (ProfileRole role : roles) {
        if (ProfileRoles::id(role) == id.trimmed().toLower())
            return role;
    }
    return ProfileRole::Full;
}

QString ProfileRoles::text(ProfileRole role) {
    switch (role) {
    case ProfileRole::Support:
        return tr("Support");
    case ProfileRole::Manager:
        return tr("Manager");
    case ProfileRole::Marketer:
        return tr("Marketer");
    case ProfileRole::Full:
        break;
    }
    return tr("Full");
}

QString ProfileRoles::description(ProfileRole role) {
    switch (role) {
    case ProfileRole::Support:
        return tr("Browse, edit customers and change their status.");
    case ProfileRole::Manager:
        return tr("What Support does, and credit balances (also in bulk).");
    case ProfileRole::Marketer:
        return tr("What Support does, and invite people (also from a CSV file).");
    case ProfileRole::Full:
        break;
    }
    return tr("Everything, including creating and deleting customers.");
}

QString ProfileRoles::notASecurityBoundary() {
    return tr("A role hides the actions this profile does not need, to prevent mistakes. It is "
              "not a security boundary: the API key can still do everything, for example from "
              "the command line or another program.");
}

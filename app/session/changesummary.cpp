// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/session/changesummary.h"

using namespace Qt::Literals::StringLiterals;

QString ChangeSummary::shown(const QString &value) {
    return value.trimmed().isEmpty() ? tr("(none)") : value.trimmed();
}

QString ChangeSummary::tagsDelta(const QStringList &before, const QStringList &after) {
    if (after.isEmpty() && !before.isEmpty())
        return tr("all removed (%1)").arg(before.join(u", "_s));
    QStringList parts;
    for (const QString &tag : after) {
        if (!before.contains(tag))
            parts.append(u'+' + tag);
    }
    for (const QString &tag : before) {
        if (!after.contains(tag))
            parts.append(u'\u2212' + tag); // a real minus sign reads better than a hyphen
    }
    return parts.join(u' ');
}

QStringList ChangeSummary::lines(const Customer &before, const CustomerUpdate &update) {
    QStringList out;
    const auto line = [&out](const QString &label, const QString &from, const QString &to) {
        out.append(tr("%1: %2 → %3").arg(label, shown(from), shown(to)));
    };
    if (update.key) {
        if (before.key.isEmpty())
            out.append(tr("Key: set to %1").arg(shown(*update.key)));
        else
            line(tr("Key"), before.key, *update.key);
    }
    if (update.email)
        line(tr("Email"), before.email, *update.email);
    if (update.name)
        line(tr("Name"), before.name, *update.name);
    if (update.surname)
        line(tr("Surname"), before.surname, *update.surname);
    if (update.tags)
        out.append(tr("Tags: %1").arg(tagsDelta(before.tags, *update.tags)));
    if (update.dateOfBirth) {
        const QString to =
            update.dateOfBirth->isValid() ? update.dateOfBirth->toString(Qt::ISODate) : QString();
        line(tr("Date of birth"), before.dateOfBirth(), to);
    }
    return out;
}

QString ChangeSummary::confirmationText(const Customer &before, const CustomerUpdate &update) {
    QString text = tr("Save these changes to %1?").arg(before.displayName());
    text += u"\n\n"_s;
    const QStringList changed = lines(before, update);
    for (const QString &entry : changed)
        text += u"•  "_s + entry + u'\n';
    if (update.key) {
        text += u'\n';
        text += tr("Warning: the key changes. Integrations that look this customer up by the "
                   "old key (your website, billing, scripts) will no longer find them until "
                   "they use the new key.");
    }
    return text.trimmed();
}

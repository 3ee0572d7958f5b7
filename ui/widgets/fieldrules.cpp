// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/fieldrules.h"

#include "models/fieldchecks.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int MaxKeyLength = 255;
constexpr int MaxTagLength = 100;

} // namespace

QString FieldRules::emailProblem(const QString &text) {
    const QString value = text.trimmed();
    if (value.isEmpty())
        return {};
    if (value.contains(u' '))
        return tr("An email address has no spaces.");
    if (!value.contains(u'@'))
        return tr("An email address needs an @ (name@example.com).");
    if (!FieldChecks::isEmail(value))
        return tr("This does not look like an email address (name@example.com).");
    return {};
}

QString FieldRules::keyProblem(const QString &text, bool required, Identifier what) {
    const QString value = text.trimmed();
    if (value.isEmpty()) {
        if (!required)
            return {};
        switch (what) {
        case Identifier::Key:
            return tr("The key is required.");
        case Identifier::Id:
            return tr("The ID is required.");
        case Identifier::Partner:
            return tr("The partner is required.");
        }
    }
    if (value.size() > MaxKeyLength) {
        switch (what) {
        case Identifier::Key:
            return tr("The key is too long (at most %1 characters).").arg(MaxKeyLength);
        case Identifier::Id:
            return tr("The ID is too long (at most %1 characters).").arg(MaxKeyLength);
        case Identifier::Partner:
            return tr("The partner is too long (at most %1 characters).").arg(MaxKeyLength);
        }
    }
    if (value.contains(u'\n') || value.contains(u'\r') || value.contains(u'\t')) {
        switch (what) {
        case Identifier::Key:
            return tr("The key cannot contain line breaks or tabs.");
        case Identifier::Id:
            return tr("The ID cannot contain line breaks or tabs.");
        case Identifier::Partner:
            return tr("The partner cannot contain line breaks or tabs.");
        }
    }
    return {};
}

QString FieldRules::urlProblem(const QString &text) {
    const QString value = text.trimmed();
    if (value.isEmpty())
        return {};
    const QUrl url(value, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1) ||
        url.host().isEmpty()) {
        return tr("Give a full web address, starting with https://.");
    }
    return {};
}

QString FieldRules::dateOfBirthProblem(const QDate &date) {
    if (!date.isValid())
        return {};
    if (date > QDate::currentDate())
        return tr("The date of birth is in the future.");
    if (date.year() < 1900)
        return tr("The date of birth is before 1900.");
    return {};
}

QString FieldRules::tagProblem(const QString &text) {
    const QString value = text.trimmed();
    if (value.isEmpty())
        return tr("A tag cannot be empty.");
    if (value.size() > MaxTagLength)
        return tr("A tag is at most %1 characters long.").arg(MaxTagLength);
    return {};
}

RuleValidator::RuleValidator(Rule rule, QObject *parent)
    : QValidator(parent)
    , m_rule(std::move(rule)) {
}

QValidator::State RuleValidator::validate(QString &input, int &pos) const {
    Q_UNUSED(pos)
    return m_rule(input).isEmpty() ? Acceptable : Intermediate;
}

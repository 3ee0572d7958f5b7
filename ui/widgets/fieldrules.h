// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QValidator>

#include <functional>

// What the console checks before it sends a customer's fields. The server has the last word
// (its 422 messages are shown next to the same fields); these checks only catch what is
// plainly wrong so that the person learns it while typing. Each returns a translated sentence,
// or an empty string when the value is fine.
class FieldRules final {
    Q_DECLARE_TR_FUNCTIONS(FieldRules)

public:
    // FieldChecks::isEmail after trimming; empty is fine (the field is optional everywhere).
    static QString emailProblem(const QString &text);
    // Which identifier a sentence names: each has whole sentences of its own, since a word
    // inserted into a sentence does not translate.
    enum class Identifier { Key, Id, Partner };
    // A customer key or id: required or not, at most 255 characters, no line breaks.
    static QString keyProblem(const QString &text, bool required, Identifier what);
    // An absolute http(s) address; empty is fine.
    static QString urlProblem(const QString &text);
    // Not in the future and not before 1900; an invalid date means "not set" and is fine.
    static QString dateOfBirthProblem(const QDate &date);
    // A customer tag: not blank, at most 100 characters.
    static QString tagProblem(const QString &text);
};

// A QValidator over one of the rules above: Acceptable when the rule has nothing to say,
// Intermediate otherwise, so partial input is never refused keystroke by keystroke and the
// reason can be shown next to the field.
class RuleValidator final : public QValidator {
    Q_OBJECT

public:
    using Rule = std::function<QString(const QString &)>;
    explicit RuleValidator(Rule rule, QObject *parent = nullptr);

    State validate(QString &input, int &pos) const override;
    QString problem(const QString &input) const { return m_rule(input); }

private:
    Rule m_rule;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The shape rules that both the core (CSV files, bulk runs) and the forms apply, defined once so
// that a file and a form never disagree about the same text. They only catch what is plainly
// wrong; the server has the last word and its 422 messages are shown where they belong.
namespace FieldChecks {

// The longest address a mail server has to accept (RFC 5321: a 256-octet path less the
// angle brackets).
inline constexpr int MaxEmailLength = 254;

// name@domain.tld: one @, something before it, a domain that does not start with a dot and
// ends in a label without one, no blanks and none of , ; < > " (which would make the text a
// list of addresses or a quoted display name), at most MaxEmailLength characters. Anything
// else is left to the server: plus addressing, Unicode in the local part and international
// domain names pass. The text is taken as it is: callers trim what a person typed.
bool isEmail(const QString &text);

enum class LetterCase {
    // As the server writes a code in JSON keys and values ("revenue.USD"): capitals only, so
    // that an ordinary three-letter word in a key ("all", "new") is never read as money.
    Exact,
    // As people type one in a file or a field ("usd"): any case.
    Any,
};

// An ISO 4217-style code: exactly three Latin letters, and not "PTS", the short form of
// "points" that people write in a units column (points are not money).
bool isCurrencyCode(const QString &text, LetterCase letterCase = LetterCase::Exact);

} // namespace FieldChecks

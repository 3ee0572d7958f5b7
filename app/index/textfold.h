// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

// The one way text is made comparable for finding customers: what is stored in the index's
// search column and what a typed query becomes go through the same function, so that "e"
// finds "é", "ss" finds "ß" and "ΑΝΝΑ" finds "Άννα", in any script.
//
// Neither database can do this alone: SQLite's trigram tokenizer has no option to remove
// diacritics and QString::toCaseFolded() keeps ß (simple folding). So: compatibility
// decomposition (ligatures and full-width forms become their plain letters), combining marks
// dropped (accents, Hebrew points, Arabic vowel marks), full case folding, ß and ẞ to "ss".
namespace TextFold {

QString fold(QStringView text);

// A query as the words that must all match (each folded, empty ones dropped): "Noah  Walk"
// is {"noah", "walk"}.
QStringList words(QStringView query);

// Fields joined for the search column. The separator is not a character any query can
// contain after folding, so no word matches across two fields.
QString searchText(const QStringList &fields);

} // namespace TextFold

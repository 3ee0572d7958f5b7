// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// What the rows of one block of a shared index's name order hold, in a few kilobytes: every
// piece of one or two characters of their search text (exactly, but for characters outside
// plain ASCII letters, digits and marks, which share a few bits), and every piece of three
// characters in a Bloom filter. A find of short words reads the blocks whose filter holds all
// its pieces and walks only their rows (CustomerIndex::findShortWords()), where it walked the
// whole order before: on a million customers a two-letter word nobody has took 195 ms, and a
// three-letter word whose first match lies far down took 60.
//
// A filter never misses a block that holds a piece; it may name a block that does not (a
// three-character piece, a few percent of blocks), which the walk then reads for nothing.
class NameBlockFilter final {
public:
    // The two bitmaps a block stores, each in a row of its own, so a find reads only the one
    // its words need.
    enum class Kind { Short = 2, Three = 3 };
    // Bits of a bitmap; get_bit() in SQL numbers them as bitOffset() does.
    static constexpr int ShortBits = 64 * 64 + 64;
    static constexpr int ThreeBits = 32768;

    NameBlockFilter();

    // A row's search text (as stored: TextFold::searchText()).
    void add(const QString &search);
    QByteArray bytes(Kind kind) const;
    void clear();

    // The bitmap a query's words are checked on: three-character pieces when a word has
    // three characters (the rarer pieces), else those of one and two. Words must be folded
    // and shorter than four characters.
    static Kind kindFor(const QStringList &words);
    // The bits a block's bitmap of `kind` has set when its rows may hold every word.
    static QList<int> bitsOf(const QStringList &words, Kind kind);

private:
    static void set(QByteArray &bytes, int bit);
    static void addPieces(const QList<uint> &text, QList<int> *shortBits, QList<int> *threeBits);

    QByteArray m_short;
    QByteArray m_three;
};

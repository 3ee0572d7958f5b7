// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/index/nameblockfilter.h"

#include <algorithm>

namespace {

// One of 64 codes per character: the ones search text is mostly made of have their own, the
// rest share the last 21 (which only makes a block look as if it held a piece it does not).
int codeOf(uint c) {
    if (c >= 'a' && c <= 'z')
        return int(c - 'a');
    if (c >= '0' && c <= '9')
        return 26 + int(c - '0');
    switch (c) {
    case ' ':
        return 36;
    case '@':
        return 37;
    case '.':
        return 38;
    case '-':
        return 39;
    case '_':
        return 40;
    case '+':
        return 41;
    case 0x1f: // between the fields of a row (TextFold::searchText())
        return 42;
    default:
        return 43 + int(c % 21);
    }
}

// FNV-1a over the three code points: two bits of the Bloom filter from one hash.
quint64 hashOf(uint a, uint b, uint c) {
    quint64 h = 14695981039346656037ULL;
    for (const uint v : {a, b, c}) {
        for (int shift = 0; shift < 32; shift += 8) {
            h ^= (v >> shift) & 0xff;
            h *= 1099511628211ULL;
        }
    }
    return h;
}

} // namespace

NameBlockFilter::NameBlockFilter()
    : m_short(ShortBits / 8, '\0')
    , m_three(ThreeBits / 8, '\0') {
}

void NameBlockFilter::set(QByteArray &bytes, int bit) {
    // As PostgreSQL's get_bit() reads a bytea: byte bit / 8, from its least significant bit.
    bytes[bit / 8] = char(quint8(bytes.at(bit / 8)) | (1u << (bit % 8)));
}

void NameBlockFilter::addPieces(const QList<uint> &text, QList<int> *shortBits,
                                QList<int> *threeBits) {
    for (qsizetype i = 0; i < text.size(); ++i) {
        const int first = codeOf(text.at(i));
        if (shortBits) {
            shortBits->append(64 * 64 + first);
            if (i + 1 < text.size())
                shortBits->append(first * 64 + codeOf(text.at(i + 1)));
        }
        if (threeBits && i + 2 < text.size()) {
            const quint64 h = hashOf(text.at(i), text.at(i + 1), text.at(i + 2));
            threeBits->append(int(h % ThreeBits));
            threeBits->append(int((h >> 32) % ThreeBits));
        }
    }
}

void NameBlockFilter::add(const QString &search) {
    QList<int> shortBits;
    QList<int> threeBits;
    addPieces(search.toUcs4(), &shortBits, &threeBits);
    for (const int bit : std::as_const(shortBits))
        set(m_short, bit);
    for (const int bit : std::as_const(threeBits))
        set(m_three, bit);
}

QByteArray NameBlockFilter::bytes(Kind kind) const {
    return kind == Kind::Short ? m_short : m_three;
}

void NameBlockFilter::clear() {
    m_short.fill('\0');
    m_three.fill('\0');
}

NameBlockFilter::Kind NameBlockFilter::kindFor(const QStringList &words) {
    return std::any_of(words.begin(), words.end(),
                       [](const QString &word) { return word.toUcs4().size() >= 3; })
               ? Kind::Three
               : Kind::Short;
}

QList<int> NameBlockFilter::bitsOf(const QStringList &words, Kind kind) {
    QList<int> bits;
    for (const QString &word : words) {
        const QList<uint> text = word.toUcs4();
        // A word's own pieces only: the pieces of a longer word would need it whole.
        if (kind == Kind::Short && text.size() <= 2)
            addPieces(text, &bits, nullptr);
        else if (kind == Kind::Three && text.size() == 3)
            addPieces(text, nullptr, &bits);
    }
    std::sort(bits.begin(), bits.end());
    bits.erase(std::unique(bits.begin(), bits.end()), bits.end());
    return bits;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/index/foldedsearch.h"

#include <algorithm>
#include <cstring>

namespace {

constexpr char RowEnd = '\n';

const char *findIn(const char *from, const char *end, const QByteArray &word) {
    if (word.size() == 1)
        return static_cast<const char *>(std::memchr(from, word.at(0), size_t(end - from)));
    return static_cast<const char *>(
        ::memmem(from, size_t(end - from), word.constData(), size_t(word.size())));
}

} // namespace

void FoldedSearch::reserve(int rows, qsizetype bytes) {
    m_text.reserve(bytes);
    m_starts.reserve(size_t(rows) + 1);
    m_rowIds.reserve(size_t(rows));
}

void FoldedSearch::append(qint64 rowId, QByteArrayView folded) {
    insert(size(), rowId, folded);
}

void FoldedSearch::insert(int position, qint64 rowId, QByteArrayView folded) {
    if (m_starts.empty())
        m_starts.push_back(0);
    position = std::clamp(position, 0, size());
    const quint32 at = m_starts[size_t(position)];
    const auto length = quint32(folded.size() + 1);
    if (position == size()) {
        m_text.append(folded.data(), folded.size());
        m_text.append(RowEnd);
    } else {
        m_text.insert(at, QByteArray(folded.data(), folded.size()) + RowEnd);
    }
    m_starts.insert(m_starts.begin() + position, at);
    for (size_t i = size_t(position) + 1; i < m_starts.size(); ++i)
        m_starts[i] += length;
    m_rowIds.insert(m_rowIds.begin() + position, rowId);
}

bool FoldedSearch::remove(qint64 rowId) {
    const int position = positionOf(rowId);
    if (position < 0)
        return false;
    const quint32 at = m_starts[size_t(position)];
    const quint32 length = m_starts[size_t(position) + 1] - at;
    m_text.remove(at, length);
    m_starts.erase(m_starts.begin() + position);
    for (size_t i = size_t(position); i < m_starts.size(); ++i)
        m_starts[i] -= length;
    m_rowIds.erase(m_rowIds.begin() + position);
    return true;
}

int FoldedSearch::positionOf(qint64 rowId) const {
    const auto found = std::find(m_rowIds.begin(), m_rowIds.end(), rowId);
    return found == m_rowIds.end() ? -1 : int(found - m_rowIds.begin());
}

int FoldedSearch::find(const QList<QByteArray> &words, int limit, QList<qint64> *first) const {
    if (first)
        first->clear();
    if (m_rowIds.empty())
        return 0;
    if (words.isEmpty()) {
        if (first) {
            for (int i = 0; i < (limit < 0 ? size() : std::min(limit, size())); ++i)
                first->append(m_rowIds[size_t(i)]);
        }
        return size();
    }
    // The longest word is searched through the whole buffer (the fewest places to stop at);
    // the others only within the rows it found.
    const auto longest =
        std::max_element(words.begin(), words.end(), [](const QByteArray &a, const QByteArray &b) {
            return a.size() < b.size();
        });
    const QByteArray &lead = *longest;
    const char *const base = m_text.constData();
    const char *const end = base + m_text.size();
    int total = 0;
    size_t row = 0;
    const size_t rows = m_rowIds.size();
    for (const char *from = base; from < end;) {
        const char *hit = findIn(from, end, lead);
        if (!hit)
            break;
        const auto offset = quint32(hit - base);
        // The row holding the hit: usually the next few, so step before searching.
        if (m_starts[row + 1] <= offset) {
            ++row;
            if (m_starts[row + 1] <= offset) {
                row = size_t(std::upper_bound(m_starts.begin() + qsizetype(row) + 1,
                                              m_starts.begin() + qsizetype(rows) + 1, offset) -
                             m_starts.begin()) -
                      1;
            }
        }
        const char *rowBegin = base + m_starts[row];
        const char *rowEnd = base + m_starts[row + 1] - 1;
        bool all = true;
        for (auto word = words.begin(); all && word != words.end(); ++word) {
            if (word != longest)
                all = findIn(rowBegin, rowEnd, *word) != nullptr;
        }
        if (all) {
            if (first && (limit < 0 || total < limit))
                first->append(m_rowIds[row]);
            ++total;
        }
        from = rowEnd + 1;
        ++row;
        if (row >= rows)
            break;
    }
    return total;
}

qint64 FoldedSearch::memoryBytes() const {
    return m_text.capacity() + qint64(m_starts.capacity() * sizeof(quint32)) +
           qint64(m_rowIds.capacity() * sizeof(qint64));
}

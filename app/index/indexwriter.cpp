// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/index/indexwriter.h"

#include "app/index/customerindex.h"
#include "app/index/foldedsearch.h"

IndexWriter::IndexWriter(const IndexLocation &location)
    : m_location(location) {
}

// On the writer's thread (deleted when it finishes), so the connection closes where it opened.
IndexWriter::~IndexWriter() = default;

QString IndexWriter::errorString() const {
    return m_index ? m_index->errorString() : QString();
}

bool IndexWriter::open() {
    if (m_index && m_index->isOpen())
        return true;
    m_index = std::make_unique<CustomerIndex>();
    return m_index->open(m_location, CustomerIndex::Use::Writing);
}

qint64 IndexWriter::beginPass(ProgramKind kind, int pageSize, IndexPass *running) {
    if (!open())
        return 0;
    const qint64 pass = m_index->beginPass(kind, pageSize);
    if (pass > 0) {
        if (const auto found = m_index->runningPass())
            *running = *found;
    }
    return pass;
}

bool IndexWriter::storePages(qint64 pass, const QList<CustomerIndex::PageToStore> &pages,
                             int lastPage) {
    return open() && (pages.isEmpty() || m_index->storePages(pass, pages)) &&
           (lastPage <= 0 || m_index->setLastPage(pass, lastPage));
}

bool IndexWriter::completePass(qint64 pass, std::shared_ptr<FoldedSearch> *search, int *count) {
    if (!open() || !m_index->completePass(pass))
        return false;
    *search = m_index->loadSearch();
    // The loaded search holds every customer of the pass; a shared index keeps its count.
    *count = *search ? (*search)->size() : m_index->count();
    return true;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/api/latestrequest.h"

LatestRequest::LatestRequest(QObject *parent)
    : QObject(parent) {
}

LatestRequest::~LatestRequest() {
    clear();
}

ApiCall *LatestRequest::start(ApiCall *call) {
    const quint64 generation = ++m_generation;
    if (m_current && m_current != call)
        m_current->supersede();
    m_current = call;
    if (call) {
        const QPointer<LatestRequest> self(this);
        call->setDeliveryGate(
            [self, generation] { return self && self->m_generation == generation; });
    }
    return call;
}

void LatestRequest::cancel() {
    if (m_current)
        m_current->cancel();
    m_current = nullptr;
}

void LatestRequest::clear() {
    ++m_generation;
    if (m_current)
        m_current->supersede();
    m_current = nullptr;
}

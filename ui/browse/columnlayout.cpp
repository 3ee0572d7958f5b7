// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/browse/columnlayout.h"

#include "app/profiles/profilestore.h"
#include "ui/widgets/mnemonics.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QTimer>

ColumnLayout::ColumnLayout(QHeaderView *header, QObject *parent)
    : QObject(parent)
    , m_header(header)
    , m_saveTimer(new QTimer(this)) {
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(400);
    connect(m_saveTimer, &QTimer::timeout, this, &ColumnLayout::save);

    header->setSectionsMovable(true);
    header->setSectionsClickable(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setDefaultSectionSize(defaultSectionSize());
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &ColumnLayout::showContextMenu);
    connect(header, &QHeaderView::sectionMoved, this, &ColumnLayout::scheduleSave);
    connect(header, &QHeaderView::sectionResized, this, &ColumnLayout::scheduleSave);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &ColumnLayout::scheduleSave);
}

ColumnLayout::~ColumnLayout() {
    if (m_saveTimer->isActive())
        save();
}

void ColumnLayout::setStorage(ProfileStore *profiles, const QString &profileId,
                              const QString &key) {
    if (m_saveTimer->isActive())
        save();
    m_profiles = profiles;
    m_profileId = profileId;
    m_key = key;
    if (!m_header)
        return;

    m_restoring = true;
    const QByteArray state = m_profiles && !m_profileId.isEmpty()
                                 ? m_profiles->value(m_profileId, m_key).toByteArray()
                                 : QByteArray();
    // restoreState refuses a state saved for another number of columns.
    if (state.isEmpty() || !m_header->restoreState(state))
        resetToDefault();
    m_restoring = false;
}

void ColumnLayout::resetToDefault() {
    if (!m_header)
        return;
    const bool restoring = m_restoring;
    m_restoring = true;
    for (int logical = 0; logical < m_header->count(); ++logical) {
        m_header->setSectionHidden(logical, m_defaultHidden.contains(logical));
        const int visual = m_header->visualIndex(logical);
        if (visual != logical)
            m_header->moveSection(visual, logical);
        m_header->resizeSection(logical, defaultSectionSize());
    }
    // The server's order until the person sorts.
    m_header->setSortIndicator(-1, Qt::AscendingOrder);
    m_restoring = restoring;
    if (!m_restoring)
        scheduleSave();
}

void ColumnLayout::save() {
    m_saveTimer->stop();
    if (!m_header || !m_profiles || m_profileId.isEmpty() || m_key.isEmpty())
        return;
    m_profiles->setValue(m_profileId, m_key, m_header->saveState());
}

QMenu *ColumnLayout::createMenu(QWidget *parent) {
    auto *menu = new QMenu(tr("&Columns"), parent);
    if (!m_header || !m_header->model())
        return menu;
    const QAbstractItemModel *model = m_header->model();
    int visibleCount = 0;
    for (int logical = 0; logical < m_header->count(); ++logical)
        visibleCount += m_header->isSectionHidden(logical) ? 0 : 1;
    // In the order the person sees the columns.
    for (int visual = 0; visual < m_header->count(); ++visual) {
        const int logical = m_header->logicalIndex(visual);
        const QString title = model->headerData(logical, Qt::Horizontal).toString();
        QAction *action = menu->addAction(QString(title).replace(u'&', QStringLiteral("&&")));
        action->setCheckable(true);
        action->setChecked(!m_header->isSectionHidden(logical));
        // At least one column stays: a table without columns cannot be got back by mouse.
        action->setEnabled(!(action->isChecked() && visibleCount == 1));
        connect(action, &QAction::toggled, this,
                [this, logical](bool on) { setColumnVisible(logical, on); });
    }
    menu->addSeparator();
    QAction *reset = menu->addAction(tr("&Reset columns"));
    connect(reset, &QAction::triggered, this, &ColumnLayout::resetToDefault);
    // Column titles are not written as menu entries: each gets a free letter.
    Mnemonics::assign(menu);
    return menu;
}

void ColumnLayout::setColumnVisible(int logicalIndex, bool visible) {
    if (!m_header || logicalIndex < 0 || logicalIndex >= m_header->count())
        return;
    if (!visible && m_header->count() - m_header->hiddenSectionCount() <= 1)
        return;
    m_header->setSectionHidden(logicalIndex, !visible);
    if (visible && m_header->sectionSize(logicalIndex) == 0)
        m_header->resizeSection(logicalIndex, defaultSectionSize());
    scheduleSave();
}

void ColumnLayout::scheduleSave() {
    if (!m_restoring)
        m_saveTimer->start();
}

void ColumnLayout::showContextMenu(const QPoint &pos) {
    if (!m_header)
        return;
    QMenu *menu = createMenu(m_header);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_header->viewport()->mapToGlobal(pos));
}

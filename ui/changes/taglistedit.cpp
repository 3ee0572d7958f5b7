// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/changes/taglistedit.h"

#include "ui/widgets/fieldrules.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

TagListEdit::TagListEdit(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_input(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("&Remove"), this)) {
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setUniformItemSizes(true);
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 6);
    m_list->setAccessibleName(tr("Tags"));
    m_input->setPlaceholderText(tr("New tag"));
    m_input->setAccessibleName(tr("New tag"));
    m_input->setClearButtonEnabled(true);
    m_add->setAutoDefault(false);
    m_remove->setAutoDefault(false);

    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(m_add);
    inputRow->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(inputRow);

    // Enter adds the tag instead of pressing the dialog's default button (see eventFilter).
    m_input->installEventFilter(this);
    connect(m_add, &QPushButton::clicked, this, &TagListEdit::addFromInput);
    connect(m_remove, &QPushButton::clicked, this, &TagListEdit::removeSelected);
    connect(m_input, &QLineEdit::textChanged, this, [this] {
        updateButtons();
        Q_EMIT pendingTextChanged();
    });
    connect(m_list, &QListWidget::itemSelectionChanged, this, &TagListEdit::updateButtons);
    updateButtons();
}

QStringList TagListEdit::tags() const {
    QStringList result;
    result.reserve(m_list->count());
    for (int i = 0; i < m_list->count(); ++i)
        result.append(m_list->item(i)->text());
    return result;
}

void TagListEdit::setTags(const QStringList &tags) {
    m_list->clear();
    for (const QString &tag : tags) {
        const QString value = tag.trimmed();
        if (!value.isEmpty() && m_list->findItems(value, Qt::MatchExactly).isEmpty())
            m_list->addItem(value);
    }
    updateButtons();
    Q_EMIT tagsChanged();
}

bool TagListEdit::addTag(const QString &tag) {
    const QString value = tag.trimmed();
    if (!FieldRules::tagProblem(value).isEmpty())
        return false;
    if (!m_list->findItems(value, Qt::MatchExactly).isEmpty())
        return false;
    m_list->addItem(value);
    updateButtons();
    Q_EMIT tagsChanged();
    return true;
}

bool TagListEdit::removeTag(const QString &tag) {
    const auto found = m_list->findItems(tag, Qt::MatchExactly);
    if (found.isEmpty())
        return false;
    delete found.first();
    updateButtons();
    Q_EMIT tagsChanged();
    return true;
}

QString TagListEdit::pendingText() const {
    return m_input->text().trimmed();
}

bool TagListEdit::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            !m_input->text().trimmed().isEmpty()) {
            addFromInput();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TagListEdit::addFromInput() {
    const QString value = m_input->text().trimmed();
    if (value.isEmpty())
        return;
    // A duplicate is "added" too: the person's intent is already met.
    if (addTag(value) || !m_list->findItems(value, Qt::MatchExactly).isEmpty())
        m_input->clear();
}

void TagListEdit::removeSelected() {
    const auto selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    for (QListWidgetItem *item : selected)
        delete item;
    updateButtons();
    Q_EMIT tagsChanged();
}

void TagListEdit::updateButtons() {
    m_add->setEnabled(!m_input->text().trimmed().isEmpty());
    m_remove->setEnabled(!m_list->selectedItems().isEmpty());
}

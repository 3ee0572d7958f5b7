// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/browse/linkfield.h"
#include "models/linkrule.h"

#include "models/displayformat.h"
#include "ui/widgets/safelink.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QUrl>

LinkField::LinkField(const QString &url, const QString &what, QWidget *parent,
                     const QKeySequence &shortcut)
    : QWidget(parent)
    , m_url(url)
    , m_label(new QLabel(url, this))
    , m_copy(new QToolButton(this))
    , m_open(new QToolButton(this))
    , m_copiedFeedback(new QTimer(this)) {
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_label->setAccessibleName(what);
    m_label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_label->setToolTip(DisplayFormat::plainToolTip(url));

    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_copy->setText(tr("Copy"));
    // "Name: value" rather than a sentence with a fragment inside, which does not translate.
    m_copy->setToolTip(
        shortcut.isEmpty()
            ? tr("Copy: %1").arg(what)
            : tr("Copy: %1 (%2)").arg(what, shortcut.toString(QKeySequence::NativeText)));
    m_copy->setAccessibleName(tr("Copy: %1").arg(what));
    m_copy->setFocusPolicy(Qt::StrongFocus);
    m_open->setObjectName(QStringLiteral("openButton"));
    m_open->setText(tr("Open in browser"));
    m_open->setToolTip(tr("Open in the web browser: %1").arg(what));
    m_open->setAccessibleName(tr("Open in the web browser: %1").arg(what));
    m_open->setFocusPolicy(Qt::StrongFocus);
    m_open->setEnabled(canOpen());

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_copy);
    layout->addWidget(m_open);

    m_copiedFeedback->setSingleShot(true);
    m_copiedFeedback->setInterval(2000);
    connect(m_copiedFeedback, &QTimer::timeout, this, [this] { m_copy->setText(tr("Copy")); });
    connect(m_copy, &QToolButton::clicked, this, &LinkField::copy);
    connect(m_open, &QToolButton::clicked, this, &LinkField::open);
}

bool LinkField::canOpen() const {
    return isOpenable(m_url);
}

bool LinkField::isOpenable(const QString &url) {
    return LinkRule::isOpenable(url);
}

void LinkField::copy() {
    QGuiApplication::clipboard()->setText(m_url);
    m_copy->setText(tr("Copied"));
    m_copiedFeedback->start();
    Q_EMIT copied(m_url);
}

void LinkField::open() {
    SafeLink::open(m_url, this);
}

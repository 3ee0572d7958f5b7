// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QKeySequence>
#include <QString>
#include <QWidget>

class QLabel;
class QTimer;
class QToolButton;

// A URL as a value in a form: the address (selectable), Copy, and Open in browser.
// Only what SafeLink allows opens (http, https, mailto): a server could send any scheme.
class LinkField final : public QWidget {
    Q_OBJECT

public:
    // `what` names the link for screen readers and tooltips ("referral link"); `shortcut`,
    // when the window has one that copies this link, is named in Copy's tooltip.
    LinkField(const QString &url, const QString &what, QWidget *parent = nullptr,
              const QKeySequence &shortcut = {});

    QString url() const { return m_url; }
    bool canOpen() const;

    QLabel *label() const { return m_label; }
    QToolButton *copyButton() const { return m_copy; }
    QToolButton *openButton() const { return m_open; }

    // Copies the address; the button says "Copied" for two seconds, so the person sees it
    // happened (a clipboard gives no sign of its own).
    void copy();
    void open();

    static bool isOpenable(const QString &url);

Q_SIGNALS:
    void copied(const QString &url);

private:
    QString m_url;
    QLabel *m_label;
    QToolButton *m_copy;
    QToolButton *m_open;
    QTimer *m_copiedFeedback;
};

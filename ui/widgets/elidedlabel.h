// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

// One line of plain text that is cut with "…" to the width it is given instead of asking for
// the width of the whole text: a 10,000-character name from the server must not make a window
// wider than the screen. The whole text is in fullText() and in the tooltip.
class ElidedLabel final : public QLabel {
    Q_OBJECT

public:
    explicit ElidedLabel(const QString &text = {}, QWidget *parent = nullptr);

    // Use this, not QLabel::setText(), which is not virtual.
    void setFullText(const QString &text);
    QString fullText() const { return m_full; }
    bool isElided() const { return text() != m_full; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateShown();

    QString m_full;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

// The line under a form field that says what is wrong with it (or what to mind). Hidden while
// there is nothing to say, so a valid form stays compact.
class FieldErrorLabel final : public QLabel {
    Q_OBJECT

public:
    enum class Severity {
        Hint,    // e.g. "Required.": not wrong yet, only not done
        Warning, // allowed, but has consequences (a new key)
        Error,   // wrong: the form cannot be sent like this
    };

    explicit FieldErrorLabel(QWidget *parent = nullptr);

    void setMessage(const QString &text, Severity severity);
    void clearMessage();
    Severity severity() const { return m_severity; }

protected:
    void changeEvent(QEvent *event) override;

private:
    // The text colour of the severity, from the palette the label is painted on.
    void applyColour();

    Severity m_severity = Severity::Hint;
    bool m_colouring = false; // setPalette() below sends a PaletteChange of its own
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

// A profile's extra certificate authority: the path of its PEM file, typed or chosen with
// "Choose…". Empty means none (the system's authorities only).
class CaFileField final : public QWidget {
    Q_OBJECT

public:
    explicit CaFileField(const QString &path, QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);
    // A sentence when the file cannot be read or holds no certificate; empty when the field
    // is empty or the file can be used.
    QString problem() const;

    QLineEdit *edit() const { return m_edit; }
    QPushButton *chooseButton() const { return m_choose; }

Q_SIGNALS:
    void changed();

private:
    QLineEdit *m_edit;
    QPushButton *m_choose;
};

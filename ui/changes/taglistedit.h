// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QPushButton;

// Tags edited as a list: type a tag and press Enter (or Add), select tags and Remove.
// Duplicates are ignored; order is kept as entered.
class TagListEdit final : public QWidget {
    Q_OBJECT

public:
    explicit TagListEdit(QWidget *parent = nullptr);

    QStringList tags() const;
    void setTags(const QStringList &tags);
    // Adds the tag (trimmed) unless it is empty or already there; true when added.
    bool addTag(const QString &tag);
    bool removeTag(const QString &tag);
    // A tag typed but not yet added: the form treats it as unfinished input.
    QString pendingText() const;

    QLineEdit *input() const { return m_input; }
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void tagsChanged();
    void pendingTextChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addFromInput();
    void removeSelected();
    void updateButtons();

    QListWidget *m_list;
    QLineEdit *m_input;
    QPushButton *m_add;
    QPushButton *m_remove;
};

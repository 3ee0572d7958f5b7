// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/customer.h"

#include <QFrame>
#include <QList>
#include <QPointer>

class CustomerIndex;
class SharedIndexReader;
class QLabel;
class QLineEdit;
class QListWidget;

// Matches from the customer index while a person types in the Find box: the best few with
// name, email and key, and a last row "Show all N matches". It is a child of the window laid
// over the content under the box, not a popup window, so typing never loses focus; the box's
// Up, Down, Enter and Escape keys move through it.
//
// Without an index it stays hidden: the window says how to get one.
//
// On a team's shared index the search runs on a SharedIndexReader's thread: typing never waits
// for the server. The matches shown are always those of the text in the box: while a search
// runs they are hidden, a newer text replaces a search still waiting, and an answer for a text
// that is no longer in the box is ignored.
class FindPopup final : public QFrame {
    Q_OBJECT

public:
    static constexpr int MaxShown = 8;

    FindPopup(QLineEdit *edit, QWidget *window);

    // Not owned; null: no matches are shown.
    void setIndex(CustomerIndex *index);
    // Searches again for the box's text (the index changed).
    void refresh();

    // The matches shown, and how many the index holds for the text.
    const QList<Customer> &matches() const { return m_matches; }
    int totalMatches() const { return m_total; }
    // A shared index: the box's text is being searched (no matches shown yet).
    bool isSearching() const { return m_findTicket != 0; }
    // The database's sentence when the index could not be read for the box's text (a shared
    // index whose server went away); empty otherwise.
    QString errorString() const { return m_error; }
    // The reader of a shared index (null on a local one; tests).
    SharedIndexReader *reader() const { return m_reader; }
    // Enter's work: the chosen row. False when no row is chosen (the caller looks the text up
    // through the API).
    bool activateCurrent();

    QListWidget *list() const { return m_list; }

signals:
    void customerChosen(const Customer &customer);
    void showAllRequested(const QString &text);
    // The matches for the box's text were searched again.
    void matchesChanged();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    QString showAllText() const;
    void search();
    void showMatches();
    void onFound(quint64 ticket, const QString &text, const QList<Customer> &matches, int total);
    void place();
    void activate(int row);

    QLineEdit *m_edit;
    QPointer<QWidget> m_window;
    CustomerIndex *m_index = nullptr;
    QListWidget *m_list;
    QList<Customer> m_matches;
    int m_total = 0;
    QString m_error;
    SharedIndexReader *m_reader = nullptr;
    quint64 m_findTicket = 0; // the search still wanted
};

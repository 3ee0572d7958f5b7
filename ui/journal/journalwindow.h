// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/journal/journalentry.h"
#include "app/journal/journalfilter.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class Journal;
class JournalModel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;
class QWidget;

// The audit journal: every change sent to the API with its outcome, newest first. Filters by
// customer, action, day range and outcome; exports what is shown to CSV. Changes whose outcome
// nobody knows are highlighted and counted ("3 changes need a decision"); once someone has
// looked at the customer, the decision (it went through, it was not made, decide later) is
// journaled with who and when. Follows the journal live.
class JournalWindow final : public QDialog {
    Q_OBJECT

public:
    explicit JournalWindow(Journal *journal, QWidget *parent = nullptr);

    // Reads the journal again and applies the filter.
    void refresh();
    JournalFilter filter() const;
    // The entries shown (after the filter), oldest first.
    QList<JournalEntry> visibleEntries() const;
    // Writes visibleEntries() as CSV to `path` (replacing it atomically). False and a sentence
    // in `error` when it could not be written.
    bool exportCsv(const QString &path, QString *error = nullptr) const;
    // Records `decision` for every selected operation whose outcome is unknown; returns how
    // many.
    int decideSelected(JournalDecision decision);
    // Shows only the changes that need a decision.
    void showNeedingDecision();

    // A team's credits waiting for approval, shown above the journal (a profile with a team
    // store). The window takes it.
    void setApprovalsPanel(QWidget *panel);
    QWidget *approvalsPanel() const { return m_approvals; }

    // Day range in local time, both inclusive; an invalid date removes that limit.
    void setDateRange(const QDate &from, const QDate &to);

    QTableView *view() const { return m_view; }
    JournalModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QLineEdit *customerFilter() const { return m_customer; }
    // Who made the change: any part of the name they chose or of their user.
    QLineEdit *madeByFilter() const { return m_madeBy; }
    QComboBox *actionFilter() const { return m_action; }
    QComboBox *outcomeFilter() const { return m_outcome; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QPushButton *wentThroughButton() const { return m_wentThrough; }
    QPushButton *notMadeButton() const { return m_notMade; }
    QPushButton *decideLaterButton() const { return m_decideLater; }
    QLabel *decisionBanner() const { return m_pendingLabel; }

protected:
    void changeEvent(QEvent *event) override;

private:
    // Every text of the window in the current language.
    void retranslate();
    // The banner's tint from the window's palette (light or dark).
    void tintPendingLabel();
    void applyFilter();
    void updateActionChoices();
    void updateButtons();
    void exportWithDialog();

    QPointer<Journal> m_journal;
    JournalModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_customer;
    QLineEdit *m_madeBy;
    QList<QLabel *> m_filterLabels; // in the filter row's order
    QComboBox *m_action;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_outcome;
    QPushButton *m_refresh;
    QPushButton *m_export;
    QPushButton *m_wentThrough;
    QPushButton *m_notMade;
    QPushButton *m_decideLater;
    QPushButton *m_showUndecided;
    QLabel *m_pendingLabel;
    QLabel *m_countLabel;
    QTimer *m_reload;
    QPointer<QWidget> m_approvals;
};

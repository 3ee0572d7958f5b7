// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class TeamStore;

// The team's thresholds for four eyes, per unit: a credit of more than the threshold waits
// for a second person's approval. Shows the thresholds set; sets or removes one (0 removes).
// Saved in the team store at once, for every console of the program.
class ApprovalThresholdsDialog final : public QDialog {
    Q_OBJECT

public:
    explicit ApprovalThresholdsDialog(TeamStore *team, QWidget *parent = nullptr);

    QComboBox *unitsBox() const { return m_units; }
    QLineEdit *amountEdit() const { return m_amount; }
    QLabel *currentLabel() const { return m_current; }
    QLabel *problemLabel() const { return m_problem; }
    // Saves what the fields say; false with the sentence shown.
    bool save();

private:
    void showCurrent();

    QPointer<TeamStore> m_team;
    QLabel *m_current;
    QComboBox *m_units;
    QLineEdit *m_amount;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

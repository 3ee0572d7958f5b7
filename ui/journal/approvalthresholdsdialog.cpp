// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/journal/approvalthresholdsdialog.h"

#include "app/team/creditapprovals.h"
#include "app/team/teamstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

ApprovalThresholdsDialog::ApprovalThresholdsDialog(TeamStore *team, QWidget *parent)
    : QDialog(parent)
    , m_team(team)
    , m_current(new QLabel(this))
    , m_units(new QComboBox(this))
    , m_amount(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this)) {
    setWindowTitle(tr("Approval thresholds"));
    m_current->setObjectName(u"currentThresholds"_s);
    m_current->setWordWrap(true);
    m_current->setTextFormat(Qt::PlainText);
    m_units->setEditable(true);
    m_units->setAccessibleName(tr("Unit"));
    m_amount->setAccessibleName(tr("Approval above"));
    m_amount->setPlaceholderText(tr("0 removes the threshold"));
    m_problem->setObjectName(u"thresholdProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Unit:"), m_units);
    form->addRow(tr("Approval &above:"), m_amount);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("A credit of more than the threshold in its unit waits "
                                    "for a second person's approval. This applies to every "
                                    "console of the program."),
                                 this));
    layout->addWidget(m_current);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_units, &QComboBox::currentTextChanged, this, [this](const QString &units) {
        if (!m_team || !m_team->ensureConnected())
            return;
        const double value = m_team->approvals()->thresholds().value(units.trimmed().toUpper(), 0);
        m_amount->setText(value > 0 ? QLocale().toString(value, 'f', 2) : QString());
    });
    showCurrent();
}

void ApprovalThresholdsDialog::showCurrent() {
    if (!m_team || !m_team->ensureConnected()) {
        m_problem->setText(m_team ? m_team->errorString() : QString());
        return;
    }
    const QMap<QString, double> limits = m_team->approvals()->thresholds();
    QStringList lines;
    const QLocale locale;
    for (auto it = limits.cbegin(); it != limits.cend(); ++it)
        lines << tr("%1: above %2").arg(it.key(), locale.toString(it.value(), 'f', 2));
    m_current->setText(lines.isEmpty() ? tr("No threshold is set: every credit is sent without "
                                            "a second person.")
                                       : lines.join(u'\n'));
    const QString chosen = m_units->currentText();
    m_units->blockSignals(true);
    m_units->clear();
    m_units->addItems(limits.keys());
    m_units->setCurrentText(chosen.isEmpty() && !limits.isEmpty() ? limits.firstKey() : chosen);
    m_units->blockSignals(false);
}

bool ApprovalThresholdsDialog::save() {
    m_problem->clear();
    const QString units = m_units->currentText().trimmed();
    bool ok = false;
    const double amount = QLocale().toDouble(m_amount->text().trimmed(), &ok);
    if (units.isEmpty()) {
        m_problem->setText(tr("Say which unit the threshold is for (EUR, USD, points…)."));
        return false;
    }
    if (!ok || amount < 0) {
        m_problem->setText(tr("Enter the amount above which a credit waits, or 0 to remove "
                              "the threshold."));
        return false;
    }
    if (!m_team || !m_team->ensureConnected()) {
        m_problem->setText(m_team ? m_team->errorString() : QString());
        return false;
    }
    if (!m_team->approvals()->setThreshold(units, amount)) {
        m_problem->setText(m_team->approvals()->errorString());
        return false;
    }
    showCurrent();
    return true;
}

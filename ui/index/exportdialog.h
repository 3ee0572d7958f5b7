// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class ExportJob;
class QDialogButtonBox;
class QLabel;
class QProgressBar;

// The progress of one export, with Cancel: a small window-modal dialog over an ExportJob,
// which it owns. It closes by itself when the export succeeded (the window's status bar says
// where the file is); a failure stays on screen with its sentence.
class ExportDialog final : public QDialog {
    Q_OBJECT

public:
    ExportDialog(ExportJob *job, QWidget *parent);
    ~ExportDialog() override;

    ExportJob *job() const { return m_job; }
    QLabel *stateLabel() const { return m_label; }

signals:
    // The job's closing sentence, for the status bar.
    void exportFinished(const QString &sentence);

protected:
    void reject() override;

private:
    void update();

    ExportJob *m_job;
    QLabel *m_label;
    QProgressBar *m_bar;
    QDialogButtonBox *m_buttons;
};

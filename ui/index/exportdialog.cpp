// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/index/exportdialog.h"

#include "app/index/exportjob.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

ExportDialog::ExportDialog(ExportJob *job, QWidget *parent)
    : QDialog(parent)
    , m_job(job)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)) {
    setObjectName(u"exportDialog"_s);
    setWindowTitle(tr("Export customers"));
    job->setParent(this);
    m_label->setObjectName(u"exportState"_s);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setMinimumWidth(360);
    m_bar->setAccessibleName(tr("Export progress"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(job, &ExportJob::progress, this, &ExportDialog::update);
    connect(job, &ExportJob::finished, this, [this](ExportJob::State state) {
        update();
        emit exportFinished(m_job->resultText());
        if (state == ExportJob::State::Done || state == ExportJob::State::Cancelled) {
            accept();
            return;
        }
        m_buttons->setStandardButtons(QDialogButtonBox::Close);
    });
    update();
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::reject() {
    // Cancel stops the export first; the dialog closes once the job says no file was left.
    if (m_job->isRunning()) {
        m_job->cancel();
        m_label->setText(tr("Cancelling…"));
        m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(false);
        return;
    }
    QDialog::reject();
}

void ExportDialog::update() {
    m_label->setText(m_job->progressText());
    const int total = m_job->total();
    if (m_job->state() == ExportJob::State::Writing && total > 0) {
        m_bar->setRange(0, total);
        m_bar->setValue(qMin(m_job->written(), total));
    } else if (m_job->isRunning()) {
        m_bar->setRange(0, 0); // busy: the number of pages is not known yet
    } else {
        m_bar->setRange(0, 1);
        m_bar->setValue(m_job->state() == ExportJob::State::Done ? 1 : 0);
    }
}

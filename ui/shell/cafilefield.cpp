// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/cafilefield.h"

#include "app/api/cafile.h"
#include "ui/widgets/dialogparts.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

CaFileField::CaFileField(const QString &path, QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(path, this))
    , m_choose(DialogParts::button(tr("C&hoose…"), u"chooseCaFileButton"_s, this)) {
    m_edit->setObjectName(u"caFileEdit"_s);
    m_edit->setAccessibleName(tr("Extra CA certificate file"));
    m_edit->setPlaceholderText(tr("None: only the system's certificate authorities"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setToolTip(tr("If your company inspects secure connections with its own "
                          "certificate authority, choose its certificate (a PEM file). It is "
                          "trusted for this profile only, on top of the system's."));
    m_choose->setAccessibleName(tr("Choose the CA certificate file"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_choose);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &CaFileField::changed);
    connect(m_choose, &QPushButton::clicked, this, [this] {
        const QString start =
            m_edit->text().isEmpty() ? DialogParts::documentsFolder() : m_edit->text();
        const QString chosen =
            QFileDialog::getOpenFileName(this, tr("Choose the certificate authority"), start,
                                         tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!chosen.isEmpty())
            setPath(chosen);
    });
}

QString CaFileField::path() const {
    return m_edit->text().trimmed();
}

void CaFileField::setPath(const QString &path) {
    m_edit->setText(path);
}

QString CaFileField::problem() const {
    if (path().isEmpty())
        return {};
    return CaFile::read(path()).problem;
}

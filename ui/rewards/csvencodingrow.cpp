// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rewards/csvencodingrow.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

using namespace Qt::Literals::StringLiterals;

CsvEncodingRow::CsvEncodingRow(QWidget *parent)
    : QWidget(parent) {
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_combo = new QComboBox(this);
    m_combo->setObjectName(u"encodingCombo"_s);
    for (const CsvEncoding encoding :
         {CsvEncoding::Utf8, CsvEncoding::Windows1252, CsvEncoding::Utf16}) {
        m_combo->addItem(CsvReader::encodingName(encoding), int(encoding));
    }
    auto *label = new QLabel(tr("&Encoding:"), this);
    label->setBuddy(m_combo);
    m_note = new QLabel(this);
    m_note->setObjectName(u"encodingNote"_s);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    layout->addWidget(label);
    layout->addWidget(m_combo);
    layout->addWidget(m_note, 1);
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        Q_EMIT encodingChosen(CsvEncoding(m_combo->itemData(index).toInt()));
    });
    setVisible(false);
}

void CsvEncodingRow::showTable(const CsvTable &table) {
    const QSignalBlocker blocker(m_combo);
    m_combo->setCurrentIndex(m_combo->findData(int(table.encoding)));
    m_note->setText(table.encodingNote);
    setVisible(true);
}

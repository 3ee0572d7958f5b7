// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/bulk/csvreader.h"

#include <QWidget>

class QComboBox;
class QLabel;

// The encoding a CSV file was read with, beside the file of a bulk dialog: a note when the file
// was not valid UTF-8 ("Read as Windows-1252 because …") and a choice to read it again in
// another encoding. Hidden until a file is read.
class CsvEncodingRow final : public QWidget {
    Q_OBJECT

public:
    explicit CsvEncodingRow(QWidget *parent = nullptr);

    // Shows how `table` was read, without emitting encodingChosen().
    void showTable(const CsvTable &table);

Q_SIGNALS:
    // The person chose another encoding: read the file again with it.
    void encodingChosen(CsvEncoding encoding);

private:
    QComboBox *m_combo = nullptr;
    QLabel *m_note = nullptr;
};

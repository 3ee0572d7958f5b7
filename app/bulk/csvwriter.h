// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Writes RFC 4180 CSV for people to open in a spreadsheet: UTF-8 with a byte order mark (so
// that Excel reads accents right), CRLF line ends, a field quoted only when it must be.
//
// Formula guard (on by default): see CsvField::quoted.
class CsvWriter final {
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    explicit CsvWriter(QChar delimiter = u',');

    void setFormulaGuard(bool on) { m_formulaGuard = on; }
    void addRow(const QStringList &fields);
    int rowCount() const { return m_rows; }

    // The whole document, BOM included.
    QByteArray data() const;
    // Atomically (QSaveFile): a failed write leaves an existing file untouched.
    bool writeToFile(const QString &path, QString *errorMessage) const;

    static QString field(const QString &text, QChar delimiter, bool formulaGuard = true);

private:
    QChar m_delimiter;
    bool m_formulaGuard = true;
    QString m_text;
    int m_rows = 0;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QString>

// A file naming an extra certificate authority for one profile (a company that inspects TLS
// with its own CA): the certificates it holds, or a sentence saying why it cannot be used.
class CaFile final {
    Q_DECLARE_TR_FUNCTIONS(CaFile)

public:
    struct Result {
        QList<QSslCertificate> certificates;
        QString problem; // a sentence for people; empty when the file can be used
    };

    // PEM (one or more certificates); a single DER certificate is accepted too.
    static Result read(const QString &path);
};

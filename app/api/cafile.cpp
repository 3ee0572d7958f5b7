// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/api/cafile.h"

#include <QFile>
#include <QFileInfo>

CaFile::Result CaFile::read(const QString &path) {
    Result result;
    const QString shown = QFileInfo(path).fileName().isEmpty() ? path : QFileInfo(path).fileName();
    if (path.trimmed().isEmpty()) {
        result.problem = tr("Choose the file of the certificate authority.");
        return result;
    }
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        //: %1 is a file name, %2 the system's reason.
        result.problem = tr("The certificate file %1 cannot be read: %2.")
                             .arg(shown, QFileInfo::exists(path) ? file.errorString()
                                                                 : tr("there is no such file"));
        return result;
    }
    // A certificate authority file is a few kilobytes; a bundle of every public CA is about
    // 200 KB. Anything far larger is the wrong file.
    const QByteArray bytes = file.read(4 * 1024 * 1024);
    QList<QSslCertificate> certificates = QSslCertificate::fromData(bytes, QSsl::Pem);
    if (certificates.isEmpty())
        certificates = QSslCertificate::fromData(bytes, QSsl::Der);
    certificates.removeIf([](const QSslCertificate &c) { return c.isNull(); });
    if (certificates.isEmpty()) {
        result.problem = tr("The file %1 holds no certificate. Choose the certificate authority's "
                            "file in PEM form (it starts with \u201c-----BEGIN CERTIFICATE-----"
                            "\u201d).")
                             .arg(shown);
        return result;
    }
    result.certificates = certificates;
    return result;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/common/fixtures.h"

#include <QDir>
#include <QFile>

QString fixturePath(const QString &relativePath) {
    return QDir(QStringLiteral(PARTNERO_FIXTURES_DIR)).filePath(relativePath);
}

QByteArray readFixture(const QString &relativePath) {
    QFile file(fixturePath(relativePath));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("Cannot read fixture %s: %s", qPrintable(file.fileName()),
                 qPrintable(file.errorString()));
        return {};
    }
    return file.readAll();
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <QTest>

// Shared by the keychain tests, which run inside with-keyring.sh's temporary home.
namespace KeychainTest {

inline QString sandboxHome() {
    return qEnvironmentVariable("HOME");
}

// Refuses to touch a real keychain or home folder: only with-keyring.sh sets this.
inline bool inSandbox() {
    const QString sandbox = qEnvironmentVariable("PARTNERO_KEYCHAIN_SANDBOX");
    return !sandbox.isEmpty() && sandboxHome().startsWith(sandbox);
}

// A key nobody could find by chance in a file.
inline QString distinctiveKey() {
    QByteArray random(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()),
                                          random.size() / int(sizeof(quint32)));
    return QStringLiteral("ptnr_test_") + QString::fromLatin1(random.toHex());
}

// Every file under `root` holding the key in any encoding a careless write could use.
inline QStringList filesContaining(const QString &root, const QString &key) {
    const QList<QByteArray> needles = {
        key.toUtf8(),
        QByteArray(reinterpret_cast<const char *>(key.utf16()), key.size() * 2),
        key.toUtf8().toBase64(),
        key.toUtf8().toHex(),
    };
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue; // sockets and the like
        const QByteArray content = file.readAll();
        for (const QByteArray &needle : needles) {
            if (content.contains(needle)) {
                hits << path;
                break;
            }
        }
    }
    return hits;
}

} // namespace KeychainTest

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// The bytes of tests/fixtures/<relativePath> (PARTNERO_FIXTURES_DIR); empty, with a warning,
// when the file cannot be read.
QByteArray readFixture(const QString &relativePath);

// The absolute path of tests/fixtures/<relativePath>.
QString fixturePath(const QString &relativePath);

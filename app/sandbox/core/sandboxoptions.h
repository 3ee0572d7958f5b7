// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sandbox/core/apivariant.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace sandbox {

struct SandboxOptions {
    quint16 port = 8080; // 0: any free port
    QHostAddress bindAddress = QHostAddress(QHostAddress::LocalHost);
    QString affiliateKey = QStringLiteral("sandbox-affiliate-key");
    QString referralKey = QStringLiteral("sandbox-referral-key");
    int customers = 2000; // per program
    quint32 seed = 1;
    int latencyMs = 0;
    int latencyJitterMs = 0;
    QString dataFile;
    ApiVariant variant = ApiVariant::Documented;

    // Parses the command line (handles --help and --version itself, which exit).
    // False with a translated sentence in *error when an option is wrong.
    static bool parse(const QStringList &arguments, SandboxOptions *options, QString *error);
};

} // namespace sandbox

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class ProfileStore;

// Help > Save diagnostics…: a text file for whoever helps when something goes wrong. It
// holds the versions (the console's, Qt's, the system's), the settings (preferences, the
// proxy's kind, host and port, each profile's name, host, kind, role and whether it has an
// extra certificate authority), the last requests (RequestLog: method, path with every value
// replaced, status, timing) and the recent errors as our own sentences.
//
// Never in it: the API key, any password, a query string, a body, a server's words (they may
// quote a customer's name or email), or a path segment that names a customer.
class DiagnosticsReport final {
    Q_DECLARE_TR_FUNCTIONS(DiagnosticsReport)

public:
    // `connectedProfileId` marks the profile in use; may be empty.
    static QString text(const ProfileStore &profiles, const QString &connectedProfileId);
    // Writes text() to `path` through a QSaveFile; false with a sentence in `error`.
    static bool write(const QString &path, const ProfileStore &profiles,
                      const QString &connectedProfileId, QString *error);
};

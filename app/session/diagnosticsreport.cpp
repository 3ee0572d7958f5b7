// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/session/diagnosticsreport.h"

#include "app/api/requestlog.h"
#include "app/profiles/networkpreferences.h"
#include "app/profiles/preferences.h"
#include "app/profiles/profilestore.h"
#include "models/programkind.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSaveFile>
#include <QSysInfo>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int RecentErrors = 30;

QString line(const QString &name, const QString &value) {
    return u"  %1: %2\n"_s.arg(name, value);
}

} // namespace

QString DiagnosticsReport::text(const ProfileStore &profiles, const QString &connectedProfileId) {
    // English on purpose, apart from the error sentences: it is read by whoever helps.
    QString out;
    out += u"Partnero Console diagnostics\n"_s;
    out += line(u"written"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    out += line(u"console version"_s, QStringLiteral(PARTNERO_VERSION));
    out += line(u"Qt version"_s, QString::fromLatin1(qVersion()));
    out += line(u"operating system"_s, QSysInfo::prettyProductName());
    out += line(u"kernel"_s, QSysInfo::kernelType() + u' ' + QSysInfo::kernelVersion());
    out += line(u"architecture"_s, QSysInfo::currentCpuArchitecture());

    QSettings *settings = profiles.settings();
    const Preferences preferences(settings);
    out += u"\nPreferences\n"_s;
    out += line(u"read deadline"_s, u"%1 s"_s.arg(preferences.readDeadlineSeconds()));
    out += line(u"change deadline"_s, u"%1 s"_s.arg(preferences.changeDeadlineSeconds()));
    for (const QString &units : preferences.creditLimitUnits())
        out += line(u"credit limit "_s + units,
                    QString::number(preferences.creditLimit(units, true), 'f', 2));
    out += line(u"proxy"_s, NetworkPreferences::describe(NetworkPreferences(settings).proxy()));

    out += u"\nProfiles\n"_s;
    const QList<Profile> all = profiles.profiles();
    if (all.isEmpty())
        out += u"  (none saved)\n"_s;
    for (const Profile &profile : all) {
        // The host only: a path or query is not needed to help, and a port tells the sandbox.
        const QString host =
            profile.baseUrl.port() > 0
                ? u"%1:%2"_s.arg(profile.baseUrl.host()).arg(profile.baseUrl.port())
                : profile.baseUrl.host();
        out += u"  %1%2: %3 %4, kind %5, role %6, extra CA %7\n"_s.arg(
            profile.name, profile.id == connectedProfileId ? u" (connected)"_s : QString(),
            profile.baseUrl.scheme(), host, programKindId(profile.kind),
            ProfileRoles::id(profile.role), profile.caFile.isEmpty() ? u"no"_s : u"yes"_s);
    }
    if (!connectedProfileId.isEmpty() && !profiles.contains(connectedProfileId))
        out += u"  connected: a profile for this run only (the sandbox or --base-url)\n"_s;

    const QList<RequestLog::Entry> requests = RequestLog::entries();
    out += u"\nLast requests (oldest first; {value} stands for an id, key or email)\n"_s;
    if (requests.isEmpty())
        out += u"  (none)\n"_s;
    for (const RequestLog::Entry &entry : requests) {
        out += u"  %1 %2 %3 -> %4 %5, attempt %6, %7 ms\n"_s.arg(
            entry.finishedAt.toString(Qt::ISODateWithMs), QString::fromLatin1(entry.method),
            entry.path, entry.httpStatus > 0 ? QString::number(entry.httpStatus) : u"-"_s,
            entry.errorKind, QString::number(entry.attempt), QString::number(entry.elapsedMs));
    }

    out += u"\nRecent errors (our own sentences, without the server's words)\n"_s;
    int shown = 0;
    for (auto it = requests.crbegin(); it != requests.crend() && shown < RecentErrors; ++it) {
        if (it->errorSentence.isEmpty())
            continue;
        out += u"  %1 %2 %3: %4\n"_s.arg(it->finishedAt.toString(Qt::ISODate),
                                         QString::fromLatin1(it->method), it->path,
                                         QString(it->errorSentence).replace(u'\n', u' '));
        ++shown;
    }
    if (shown == 0)
        out += u"  (none)\n"_s;
    out += u"\nLeft out on purpose: API keys, passwords, query strings, request and answer "
           "bodies, the server's messages, and every path segment naming a customer.\n"_s;
    return out;
}

bool DiagnosticsReport::write(const QString &path, const ProfileStore &profiles,
                              const QString &connectedProfileId, QString *error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error)
            *error = tr("%1 could not be written: %2.").arg(path, file.errorString());
        return false;
    }
    file.write(text(profiles, connectedProfileId).toUtf8());
    if (!file.commit()) {
        if (error)
            *error = tr("%1 could not be written: %2.").arg(path, file.errorString());
        return false;
    }
    return true;
}

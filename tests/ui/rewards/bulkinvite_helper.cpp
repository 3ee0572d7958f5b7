// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a bulk invitation headless, as the dialog would, and can kill itself part-way (SIGKILL:
// no clean-up, like a crash or a power cut) so that the tests can check that a resumed run
// invites nobody twice.
//
// bulkinvite_helper --base-url URL --key KEY --profile-id ID --journal FILE --state FILE
//                   --csv FILE [--kill-after N [--kill-in-flight | --kill-after-answer]]
//
// --kill-after N: die once N invitations were answered "sent". With --kill-in-flight it dies
// while the next request is on its way instead: right after it was handed to the network,
// before any answer can be read (it may or may not have reached the server). With
// --kill-after-answer it dies once the next answer is in the journal but before the run state
// records it: the server did invite, the state still says "unknown, in flight".
// Exit code 0 when the run finished, 2 on bad arguments or unusable files.

#include "app/api/apiclient.h"
#include "app/api/referralservice.h"
#include "app/bulk/bulkinviterunner.h"
#include "app/bulk/bulkrunstate.h"
#include "app/bulk/csvreader.h"
#include "app/bulk/invitecsv.h"
#include "app/journal/journal.h"
#include "app/profiles/profile.h"
#include "app/session/session.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <csignal>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption baseUrl(u"base-url"_s, u"API base URL"_s, u"url"_s);
    const QCommandLineOption key(u"key"_s, u"API key"_s, u"key"_s);
    const QCommandLineOption profileId(u"profile-id"_s, u"profile id"_s, u"id"_s);
    const QCommandLineOption journalPath(u"journal"_s, u"journal file"_s, u"file"_s);
    const QCommandLineOption statePath(u"state"_s, u"run state file"_s, u"file"_s);
    const QCommandLineOption csvPath(u"csv"_s, u"CSV file"_s, u"file"_s);
    const QCommandLineOption killAfter(u"kill-after"_s, u"die after N sent"_s, u"n"_s, u"0"_s);
    const QCommandLineOption killInFlight(u"kill-in-flight"_s, u"die with a request on its way"_s);
    const QCommandLineOption killAfterAnswer(u"kill-after-answer"_s,
                                             u"die with an answer not yet recorded"_s);
    parser.addOptions({baseUrl, key, profileId, journalPath, statePath, csvPath, killAfter,
                       killInFlight, killAfterAnswer});
    parser.process(app);
    QTextStream out(stdout);

    CsvTable table;
    QString error;
    if (!CsvReader::readFile(parser.value(csvPath), &table, &error)) {
        out << "error: " << error << Qt::endl;
        return 2;
    }
    const bool header = InviteCsv::looksLikeHeader(table);
    const QList<BulkInviteRow> rows =
        InviteCsv::buildRows(table, header, InviteCsv::guessColumns(table, header));

    Journal journal(parser.value(journalPath));
    Profile profile;
    profile.id = parser.value(profileId);
    profile.name = u"Bulk invite helper"_s;
    profile.baseUrl = QUrl(parser.value(baseUrl));
    profile.kind = ProgramKind::ReferAFriend;
    Session session(profile, parser.value(key), &journal);

    BulkRunState state(parser.value(statePath));
    if (!state.create(profile.id, parser.value(csvPath), rows, &error)) {
        out << "error: " << error << Qt::endl;
        return 2;
    }
    BulkInviteRunner runner(session.referrals(), &state);
    runner.setBackoff(200, 2000); // short waits: this is a test
    runner.setPacing(10, 100, 10);

    const int killAt = parser.value(killAfter).toInt();
    const bool inFlight = parser.isSet(killInFlight);
    const bool afterAnswer = parser.isSet(killAfterAnswer);
    int sent = 0;
    QObject::connect(&runner, &BulkInviteRunner::rowChanged, &app, [&](int row) {
        if (state.rows().at(row).status != BulkRowStatus::Sent)
            return;
        ++sent;
        if (killAt > 0 && sent == killAt && !inFlight && !afterAnswer) {
            out << "killed after " << sent << Qt::endl;
            ::raise(SIGKILL);
        }
    });
    QObject::connect(&runner, &BulkInviteRunner::sending, &app, [&](int row) {
        if (killAt <= 0 || !inFlight || sent < killAt)
            return;
        out << "killing with row " << row << " in flight" << Qt::endl;
        ::raise(SIGKILL);
    });
    // The journal learns an outcome before the runner does (the client reports it first).
    QObject::connect(&journal, &Journal::written, &app, [&](const QString &opId) {
        if (killAt <= 0 || !afterAnswer || sent < killAt)
            return;
        const QList<JournalEntry> entries = journal.entries();
        for (const JournalEntry &entry : entries) {
            if (entry.opId == opId && entry.outcome == JournalOutcome::Succeeded) {
                out << "killing with the answer for " << entry.operation.customer << " not recorded"
                    << Qt::endl;
                ::raise(SIGKILL);
            }
        }
    });
    QObject::connect(&runner, &BulkInviteRunner::finished, &app, [&] {
        out << "finished: sent " << state.count(BulkRowStatus::Sent) << Qt::endl;
        app.quit();
    });
    QObject::connect(&runner, &BulkInviteRunner::failed, &app, [&](const QString &sentence) {
        out << "failed: " << sentence << Qt::endl;
        app.exit(3);
    });
    runner.start();
    return app.exec();
}

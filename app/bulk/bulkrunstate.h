// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/requests.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>

class DurableFile;
class QJsonObject;

enum class BulkRowStatus {
    Pending, // not sent yet (or refused with 429 and waiting to be sent again)
    Sent,    // the server said yes
    Failed,  // the server said no; nothing happened
    Unknown, // may or may not have happened: a person decides, nothing re-sends it on its own
    Skipped, // never to be sent: an invalid or duplicate address, or cancelled by the person
};

// One row of a bulk invitation run.
struct BulkInviteRow {
    int sourceLine = 0; // the CSV line it came from, for people
    QString email;
    QString name;
    QList<QPair<QString, QString>> personalization;

    BulkRowStatus status = BulkRowStatus::Pending;
    QString detail; // a sentence: why it failed, was skipped, or is unknown
    // Marked right before sending and cleared by the answer: still set when the file is read
    // again means the program stopped while the request was on its way.
    bool inFlight = false;
    QDateTime updated; // UTC

    InviteRequest request() const;
};

// The on-disk state of one bulk invitation run, so that a run stopped by a crash, a kill or a
// power cut resumes without inviting anyone twice.
//
// Format: JSON lines in one file. The first line holds the run and every row; each change of
// a row appends one line ({"row": 12, "status": "sent", ...}). Each line is written with one
// write() and fsync'd before the call returns, so the state on disk is never behind what was
// sent: a row is marked unknown + in flight BEFORE its request goes out, and gets its answer
// after. Appending keeps each write O(1) however long the list; load() folds the changes back
// into the first line (atomically, QSaveFile) so the file does not grow across resumes. A line
// torn by a crash is ignored; the row it was about keeps its previous, more careful, state.
class BulkRunState final {
    Q_DECLARE_TR_FUNCTIONS(BulkRunState)

public:
    explicit BulkRunState(QString filePath);
    ~BulkRunState();
    BulkRunState(const BulkRunState &) = delete;
    BulkRunState &operator=(const BulkRunState &) = delete;

    // <AppDataLocation>/bulk-invites/<profileId>.jsonl: one run per profile at a time.
    static QString defaultFilePath(const QString &profileId);
    QString filePath() const { return m_filePath; }
    bool exists() const;

    // Starts a new run (replacing any file) with every row as given; on disk on return.
    bool create(const QString &profileId, const QString &source, const QList<BulkInviteRow> &rows,
                QString *errorMessage = nullptr);
    // Reads the run in the file (see the class comment).
    bool load(QString *errorMessage = nullptr);

    // Records a row's new status; on disk on return. False: do not send.
    bool setStatus(int row, BulkRowStatus status, const QString &detail, bool inFlight = false,
                   QString *errorMessage = nullptr);
    // The run is over (finished or cancelled): it is no longer offered for resuming.
    bool close(QString *errorMessage = nullptr);
    // Removes the file.
    bool discard(QString *errorMessage = nullptr);

    QString profileId() const { return m_profileId; }
    QString source() const { return m_source; }
    QDateTime createdAt() const { return m_createdAt; }
    bool isClosed() const { return m_closed; }
    const QList<BulkInviteRow> &rows() const { return m_rows; }
    int count(BulkRowStatus status) const;
    // Open, with rows still to send or to decide about.
    bool isResumable() const;
    QString errorString() const { return m_error; }

    static QString statusId(BulkRowStatus status);
    static BulkRowStatus statusFromId(const QString &id, bool *ok = nullptr);
    static QString statusText(BulkRowStatus status);

private:
    bool appendLine(const QJsonObject &line, QString *errorMessage);
    bool writeWhole(QString *errorMessage);
    bool fail(const QString &sentence, QString *errorMessage);
    void closeFile();

    QString m_filePath;
    QString m_profileId;
    QString m_source;
    QDateTime m_createdAt;
    bool m_closed = false;
    QList<BulkInviteRow> m_rows;
    std::unique_ptr<DurableFile> m_file; // open for appending while the run lives
    QString m_error;
};

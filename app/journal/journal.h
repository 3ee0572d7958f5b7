#pragma once

#include "app/journal/journalentry.h"
#include "app/journal/journalfilter.h"
#include "app/journal/journaloperation.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class QIODevice;
class QJsonObject;

// The local, append-only audit journal of every change sent to the API (JSON lines).
//
// begin() writes a line and forces it to disk before returning, so that a crash after
// sending can never lose the fact that a change may have been made; finish() records the
// answer. Operations with neither an outcome nor an acknowledgement are shown at start so
// that nobody credits twice.
//
// Every line is written with one write() on a file opened for appending, so two Journal
// objects on the same file in one process never interleave partial lines.
class Journal final : public QObject {
    Q_OBJECT

public:
    explicit Journal(QObject *parent = nullptr); // at defaultFilePath()
    explicit Journal(const QString &filePath, QObject *parent = nullptr);

    // journal.jsonl in QStandardPaths::AppDataLocation.
    static QString defaultFilePath();
    QString filePath() const { return m_filePath; }

    // Strings replaced by "***" wherever they appear in a line (the API keys in use), in
    // case one ever reaches a payload or a detail. Strings shorter than 6 characters are
    // ignored: scrubbing those would mangle ordinary data.
    void addSecret(const QString &secret);
    void clearSecrets() { m_secrets.clear(); }

    // Appends the begin line and waits until it is on disk. Returns the operation id, or an
    // empty string and a sentence in errorMessage (and errorString()): do not send then.
    QString begin(const JournalOperation &operation, QString *errorMessage = nullptr);
    // Appends the outcome line of `opId` (outcome must not be None), flushed to disk.
    bool finish(const QString &opId, JournalOutcome outcome, int httpStatus, const QString &detail,
                QString *errorMessage = nullptr);
    // Records a person's decision about an operation whose outcome is unknown, with the
    // operating-system user and the time. `sentAgainAs` names the repeating operation for
    // JournalDecision::SentAgain. The last decision counts; every one stays in the journal.
    bool decide(const QString &opId, JournalDecision decision, const QString &sentAgainAs = {},
                QString *errorMessage = nullptr);
    // The sentence for the last failed write.
    QString errorString() const { return m_errorString; }

    // Oldest first. Lines that cannot be read (a line torn by a crash) are skipped and
    // counted in skippedLines().
    QList<JournalEntry> entries() const;
    QList<JournalEntry> entries(const JournalFilter &filter) const;
    // Operations whose outcome is unknown and undecided (JournalEntry::needsDecision()).
    QList<JournalEntry> needingDecision() const;
    int skippedLines() const { return m_skippedLines; }

    static QList<JournalEntry> filtered(const QList<JournalEntry> &entries,
                                        const JournalFilter &filter);
    // CSV (RFC 4180: CRLF, fields quoted where needed) with a header row, UTF-8.
    static bool exportCsv(QIODevice *device, const QList<JournalEntry> &entries);

    // "succeeded", "not_made", "not_sent", "unknown" as in the file; "pending" for None.
    // Files written before the outcome had four values say "failed": read as NotMade.
    static QString outcomeId(JournalOutcome outcome);
    static JournalOutcome outcomeFromId(const QString &id);
    // The translated word people read: "Succeeded", "Not made", "Not sent", "Unknown",
    // "No outcome".
    static QString outcomeText(JournalOutcome outcome);
    // "went_through", "not_made", "sent_again", "later", "checked"; empty for None.
    static QString decisionId(JournalDecision decision);
    static JournalDecision decisionFromId(const QString &id);
    // The translated words: "It went through", "It was not made", "Sent again", "Decide
    // later", "Checked"; empty for None.
    static QString decisionText(JournalDecision decision);
    // Who decides, as the journal records it: the operating-system user name.
    static QString currentUser();

signals:
    // A line about `opId` is on disk.
    void written(const QString &opId);

private:
    bool appendLine(QJsonObject line, QString *errorMessage);
    bool fail(const QString &sentence, QString *errorMessage);

    QString m_filePath;
    QStringList m_secrets;
    QString m_errorString;
    mutable int m_skippedLines = 0;
};

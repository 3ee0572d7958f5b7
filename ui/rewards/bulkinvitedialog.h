// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/bulk/bulkinviterunner.h"
#include "app/bulk/bulkrunstate.h"
#include "app/bulk/csvreader.h"
#include "app/bulk/invitecsv.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class CsvEncodingRow;
class InviteRowsModel;
class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableView;
class QWidget;
class Session;

// Invites a list of people from a CSV file (refer-a-friend programs):
//
//   source: choose the file, say which column holds the e-mail, the name and the
//   personalization fields; a preview flags invalid addresses, duplicates and addresses this
//   console invited before (those are skipped)
//   -> run: one invitation at a time with progress, pause, resume and cancel; on 429 the queue
//   waits as the server asks and then slows down; a result per row, exportable as CSV.
//
// The run is kept on disk (BulkRunState) before each request leaves and after its answer.
// When the dialog opens and an interrupted run of this profile is on disk, it offers to resume
// it: rows already answered are never sent again, and a row whose outcome is unknown (the
// program stopped while it was on its way) waits for the person to mark it invited or send it
// again. Object names on the widgets for tests and the screenshot tool.
class BulkInviteDialog final : public QDialog {
    Q_OBJECT

public:
    // `stateFilePath` empty: BulkRunState::defaultFilePath(<the session's profile id>).
    explicit BulkInviteDialog(Session *session, QWidget *parent = nullptr,
                              const QString &stateFilePath = QString());
    ~BulkInviteDialog() override;

    // An interrupted run waits on disk for this profile (for a hint at start-up).
    static bool hasInterruptedRun(Session *session, const QString &stateFilePath = QString());

    // Reads `path` into the preview (as "Choose file…" does). False with the reason shown.
    bool loadCsv(const QString &path, CsvEncoding encoding = CsvEncoding::Auto);
    // The rows the preview would send (valid, not duplicates) and all rows.
    int previewSendableCount() const;
    const QList<BulkInviteRow> &previewRows() const { return m_preview; }
    // After "Send N invitations" was confirmed: creates the run on disk and starts it.
    bool startRun();
    // Writes the result per row (line, e-mail, name, status, detail).
    bool exportResults(const QString &path, QString *errorMessage = nullptr) const;

    bool isResumeOffered() const { return m_resumeOffered; }
    BulkInviteRunner *runner() const { return m_runner; }
    BulkRunState *runState() const { return m_state.get(); }

public Q_SLOTS:
    // While sending: asks, then pauses (the run can be resumed later) and closes once the
    // answer in flight is in.
    void reject() override;

private:
    QWidget *buildSourcePage();
    QWidget *buildRunPage();
    void showPage(int index);
    void chooseFile();
    void applyTable(bool guessColumns);
    void rebuildPreview();
    void fillColumnChoices();
    InviteColumns currentColumns() const;
    void startClicked();
    void attachRunner();
    void updateRun();
    void onRowChanged(int row);
    void resumeClicked();
    void discardClicked();
    void pauseClicked();
    void cancelClicked();
    void markSelectedSent();
    void sendSelectedAgain();
    void retryFailedClicked();
    void exportClicked();
    QList<int> selectedRows() const;

    QPointer<Session> m_session;
    QString m_statePath;
    std::unique_ptr<BulkRunState> m_state;
    BulkInviteRunner *m_runner = nullptr;
    CsvTable m_table;
    QString m_sourcePath;
    QList<BulkInviteRow> m_preview;
    QHash<QString, QDateTime> m_invitedBefore;
    int m_initiallySkipped = 0;
    bool m_resumeOffered = false;
    bool m_closeWhenIdle = false;

    QList<QWidget *> m_pages;
    // Source page.
    QLabel *m_fileLabel = nullptr;
    QLabel *m_fileProblem = nullptr;
    CsvEncodingRow *m_encodingRow = nullptr;
    QCheckBox *m_headerCheck = nullptr;
    QComboBox *m_emailColumn = nullptr;
    QComboBox *m_nameColumn = nullptr;
    QListWidget *m_personalization = nullptr;
    QCheckBox *m_includeInvited = nullptr;
    QTableView *m_previewView = nullptr;
    InviteRowsModel *m_previewModel = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_start = nullptr;
    // Run page.
    QLabel *m_runSource = nullptr;
    QFrame *m_resumeBanner = nullptr;
    QLabel *m_resumeText = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_runStatus = nullptr;
    QLabel *m_counts = nullptr;
    QTableView *m_resultsView = nullptr;
    InviteRowsModel *m_resultsModel = nullptr;
    QFrame *m_unknownBanner = nullptr;
    QLabel *m_unknownText = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_discard = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_retryFailed = nullptr;
    QPushButton *m_markSent = nullptr;
    QPushButton *m_sendAgain = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_close = nullptr;
};

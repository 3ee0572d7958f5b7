// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Files that must survive a crash or a power cut (the journal, a bulk run's state): what a
// call reports as written is on the disk, and a file is never seen half replaced. Both kinds
// of write create the file for its owner only (0600): these files name customers, amounts and
// addresses.
//
// The steps are the ones a crash-safe write needs on POSIX file systems: the data is synced
// before it counts as written, and a new name (a created file, a rename) is only durable once
// its folder is synced too.
class DurableFile final {
public:
    // Where a write failed, so that callers can say it in their own words.
    enum class Step { None, Open, Write, Sync };

    // Replaces the whole content of `path`: writes a temporary file in the same folder, syncs
    // it, renames it over `path` and syncs the folder. A crash at any point leaves either the
    // old content or the new, never a mix; on failure the old file is untouched and no
    // temporary file is left behind. The folder must exist.
    static bool replace(const QString &path, const QByteArray &bytes, Step *failedStep = nullptr,
                        QString *reason = nullptr);

    // For appending: the file is opened on the first append (created owner-only if missing)
    // and stays open until close() or destruction.
    explicit DurableFile(QString path);
    ~DurableFile();
    DurableFile(const DurableFile &) = delete;
    DurableFile &operator=(const DurableFile &) = delete;

    // Appends `bytes` in one write() (on an O_APPEND file, so a concurrent writer never
    // interleaves inside it) and syncs the file. When the file was created by this call, its
    // folder is synced too. On failure the file is closed; the next append opens it again.
    bool append(const QByteArray &bytes, Step *failedStep = nullptr, QString *reason = nullptr);
    void close();
    bool isOpen() const { return m_fd >= 0; }
    QString path() const { return m_path; }

    // Syncs a folder, so that a file created or renamed in it keeps its name after a crash.
    static bool syncFolder(const QString &folder);

private:
    QString m_path;
    int m_fd = -1;
};

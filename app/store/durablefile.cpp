// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/store/durablefile.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

bool report(DurableFile::Step step, int error, DurableFile::Step *failedStep, QString *reason) {
    if (failedStep)
        *failedStep = step;
    if (reason)
        *reason = qt_error_string(error);
    return false;
}

// write() may take less than asked (a signal, a full pipe): loop until all of it is written.
bool writeAll(int fd, const QByteArray &bytes) {
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, size_t(left));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += written;
        left -= written;
    }
    return true;
}

} // namespace

bool DurableFile::syncFolder(const QString &folder) {
    const int fd =
        ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

bool DurableFile::replace(const QString &path, const QByteArray &bytes, Step *failedStep,
                          QString *reason) {
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    // In the same folder, so that the rename stays on one file system and is atomic.
    QByteArray temporary = QFile::encodeName(info.absoluteFilePath()) + ".XXXXXX";
    // mkstemp creates the file with mode 0600.
    const int fd = ::mkstemp(temporary.data());
    if (fd < 0)
        return report(Step::Open, errno, failedStep, reason);
    const auto abandon = [&](Step step) {
        const int error = errno;
        ::close(fd);
        ::unlink(temporary.constData());
        return report(step, error, failedStep, reason);
    };
    if (!writeAll(fd, bytes))
        return abandon(Step::Write);
    if (::fsync(fd) != 0)
        return abandon(Step::Sync);
    if (::close(fd) != 0) {
        const int error = errno;
        ::unlink(temporary.constData());
        return report(Step::Sync, error, failedStep, reason);
    }
    if (::rename(temporary.constData(), QFile::encodeName(info.absoluteFilePath()).constData()) !=
        0) {
        const int error = errno;
        ::unlink(temporary.constData());
        return report(Step::Write, error, failedStep, reason);
    }
    if (!syncFolder(folder))
        return report(Step::Sync, errno, failedStep, reason);
    if (failedStep)
        *failedStep = Step::None;
    return true;
}

DurableFile::DurableFile(QString path)
    : m_path(std::move(path)) {
}

DurableFile::~DurableFile() {
    close();
}

void DurableFile::close() {
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

bool DurableFile::append(const QByteArray &bytes, Step *failedStep, QString *reason) {
    bool created = false;
    if (m_fd < 0) {
        const QByteArray name = QFile::encodeName(m_path);
        // O_EXCL tells whether this call created the file (its name then needs a folder sync).
        m_fd = ::open(name.constData(), O_WRONLY | O_APPEND | O_CREAT | O_EXCL | O_CLOEXEC,
                      S_IRUSR | S_IWUSR);
        if (m_fd >= 0)
            created = true;
        else if (errno == EEXIST)
            m_fd = ::open(name.constData(), O_WRONLY | O_APPEND | O_CLOEXEC);
        if (m_fd < 0)
            return report(Step::Open, errno, failedStep, reason);
    }
    if (!writeAll(m_fd, bytes)) {
        const int error = errno;
        close();
        return report(Step::Write, error, failedStep, reason);
    }
    if (::fsync(m_fd) != 0) {
        const int error = errno;
        close();
        return report(Step::Sync, error, failedStep, reason);
    }
    if (created && !syncFolder(QFileInfo(m_path).absolutePath())) {
        const int error = errno;
        close();
        return report(Step::Sync, error, failedStep, reason);
    }
    if (failedStep)
        *failedStep = Step::None;
    return true;
}

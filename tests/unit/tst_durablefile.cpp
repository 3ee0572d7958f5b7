// SPDX-License-Identifier: GPL-3.0-or-later
// The durable-write helper behind the journal and the bulk runs' state: a replaced file holds
// either the old content or the new one, never a mix, with no temporary file left behind;
// every file it creates is for its owner only.

#include "app/store/durablefile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray contents(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The mode bits as the file system has them (QFile's permissions() merges user and owner).
int modeOf(const QString &path) {
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
}

} // namespace

class TestDurableFile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void replaceWritesANewFileOwnerOnly();
    void replaceSwapsTheWholeContent();
    void replaceIntoAMissingFolderKeepsNothingHalfWritten();
    void appendCreatesOwnerOnlyAndAddsLines();
    void appendToAnExistingFileKeepsItsMode();
    void appendReportsWhereItFailed();
};

void TestDurableFile::replaceWritesANewFileOwnerOnly() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"state.jsonl"_s);
    QVERIFY(DurableFile::replace(path, "first\n"));
    QCOMPARE(contents(path), "first\n"_ba);
    QCOMPARE(modeOf(path), 0600);
}

void TestDurableFile::replaceSwapsTheWholeContent() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"state.jsonl"_s);
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("the old content, longer than the new one\n");
    old.close();
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ReadGroup | QFileDevice::ReadOther));

    // A reader that opened the file before the replacement keeps reading the old content
    // whole: the new content arrives under the name by a rename, not by rewriting in place.
    QFile reader(path);
    QVERIFY(reader.open(QIODevice::ReadOnly));
    QVERIFY(DurableFile::replace(path, "new\n"));
    QCOMPARE(reader.readAll(), "the old content, longer than the new one\n"_ba);
    QCOMPARE(contents(path), "new\n"_ba);
    // Owner-only again, whatever the old file allowed.
    QCOMPARE(modeOf(path), 0600);
    // No temporary file left beside it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"state.jsonl"_s});
}

void TestDurableFile::replaceIntoAMissingFolderKeepsNothingHalfWritten() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DurableFile::Step step = DurableFile::Step::None;
    QString reason;
    QVERIFY(!DurableFile::replace(dir.filePath(u"missing/state.jsonl"_s), "x", &step, &reason));
    QCOMPARE(step, DurableFile::Step::Open);
    QVERIFY(!reason.isEmpty());
    QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

void TestDurableFile::appendCreatesOwnerOnlyAndAddsLines() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"journal.jsonl"_s);
    DurableFile file(path);
    QVERIFY(!file.isOpen());
    QVERIFY(file.append("one\n"));
    QVERIFY(file.isOpen());
    QCOMPARE(modeOf(path), 0600);
    // A second writer on the same file (another console's journal) is never overwritten.
    DurableFile other(path);
    QVERIFY(other.append("two\n"));
    QVERIFY(file.append("three\n"));
    QCOMPARE(contents(path), "one\ntwo\nthree\n"_ba);
    file.close();
    QVERIFY(!file.isOpen());
    QVERIFY(file.append("four\n")); // opens again
    QCOMPARE(contents(path), "one\ntwo\nthree\nfour\n"_ba);
}

void TestDurableFile::appendToAnExistingFileKeepsItsMode() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"journal.jsonl"_s);
    QFile existing(path);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("zero\n");
    existing.close();
    const int mode = modeOf(path);
    DurableFile file(path);
    QVERIFY(file.append("one\n"));
    QCOMPARE(modeOf(path), mode);
    QCOMPARE(contents(path), "zero\none\n"_ba);
}

void TestDurableFile::appendReportsWhereItFailed() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DurableFile file(dir.filePath(u"missing/journal.jsonl"_s));
    DurableFile::Step step = DurableFile::Step::None;
    QString reason;
    QVERIFY(!file.append("x\n", &step, &reason));
    QCOMPARE(step, DurableFile::Step::Open);
    QVERIFY(!reason.isEmpty());
    QVERIFY(!file.isOpen());
}

QTEST_GUILESS_MAIN(TestDurableFile)
#include "tst_durablefile.moc"

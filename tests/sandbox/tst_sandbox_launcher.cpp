// SPDX-License-Identifier: GPL-3.0-or-later
// SandboxLauncher: the first-line contract, started()/failed() in each situation a person
// can meet (missing program, early exit, silence, a crash after start), stop().
#include "app/sandbox/sandboxlauncher.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestSandboxLauncher : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesTheFirstLine();
    void rejectsOtherLines_data();
    void rejectsOtherLines();
    void startsTheSandboxOnAFreePort();
    void keepsAGivenPort();
    void missingProgramFailsLater();
    void earlyExitFailsWithTheReason();
    void silenceFailsAfterTheTimeout();
    void wrongFirstLineFails();
    void endAfterStartIsReported();
    void secondStartIsRefused();
    void bundledExecutableIsBesideTheApplication();

private:
    static QString sandboxPath() { return QStringLiteral(PARTNERO_SANDBOX_EXE); }
};

void TestSandboxLauncher::parsesTheFirstLine() {
    QUrl url;
    QString affiliate;
    QString referral;
    QVERIFY(SandboxLauncher::parseFirstLine(
        "Partnero sandbox: base_url=http://127.0.0.1:41234/v1 affiliate_key=aff-1 "
        "referral_key=ref-2\n"_ba,
        &url, &affiliate, &referral));
    QCOMPARE(url, QUrl(u"http://127.0.0.1:41234/v1"_s));
    QCOMPARE(affiliate, u"aff-1"_s);
    QCOMPARE(referral, u"ref-2"_s);
}

void TestSandboxLauncher::rejectsOtherLines_data() {
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("other program") << "Listening on 8080"_ba;
    QTest::newRow("no keys") << "Partnero sandbox: base_url=http://127.0.0.1:1/v1"_ba;
    QTest::newRow("no url") << "Partnero sandbox: affiliate_key=a referral_key=b"_ba;
    QTest::newRow("not http")
        << "Partnero sandbox: base_url=ftp://127.0.0.1/v1 affiliate_key=a referral_key=b"_ba;
}

void TestSandboxLauncher::rejectsOtherLines() {
    QFETCH(QByteArray, line);
    QVERIFY(!SandboxLauncher::parseFirstLine(line, nullptr, nullptr, nullptr));
}

void TestSandboxLauncher::startsTheSandboxOnAFreePort() {
    SandboxLauncher launcher;
    QSignalSpy started(&launcher, &SandboxLauncher::started);
    QSignalSpy failed(&launcher, &SandboxLauncher::failed);
    launcher.start(sandboxPath(), {u"--customers"_s, u"3"_s});
    QVERIFY(started.wait(20000));
    QCOMPARE(failed.size(), 0);
    const QUrl url = started.first().at(0).toUrl();
    QCOMPARE(url.host(), u"127.0.0.1"_s);
    QVERIFY(url.port() > 0);
    QVERIFY(url.port() != 8080); // --port 0 was added
    QCOMPARE(started.first().at(1).toString(), u"sandbox-affiliate-key"_s);
    QCOMPARE(started.first().at(2).toString(), u"sandbox-referral-key"_s);
    QVERIFY(launcher.isRunning());
    QVERIFY(launcher.isReady());
    QCOMPARE(launcher.baseUrl(), url);

    launcher.stop();
    QVERIFY(!launcher.isRunning());
    QTest::qWait(100);
    QCOMPARE(failed.size(), 0); // a requested stop is not a failure
    // The port is free again.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, quint16(url.port())));
}

void TestSandboxLauncher::keepsAGivenPort() {
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    SandboxLauncher launcher;
    QSignalSpy started(&launcher, &SandboxLauncher::started);
    launcher.start(sandboxPath(), {u"--port"_s, QString::number(port), u"--customers"_s, u"1"_s});
    QVERIFY(started.wait(20000));
    QCOMPARE(started.first().at(0).toUrl().port(), int(port));
}

void TestSandboxLauncher::missingProgramFailsLater() {
    SandboxLauncher launcher;
    QSignalSpy failed(&launcher, &SandboxLauncher::failed);
    launcher.start(u"/nonexistent/partnero-sandbox"_s);
    QCOMPARE(failed.size(), 0); // never from inside start()
    QVERIFY(failed.wait(5000));
    QVERIFY(failed.first().first().toString().contains(u"/nonexistent/partnero-sandbox"_s));
    QVERIFY(!launcher.isRunning());
}

void TestSandboxLauncher::earlyExitFailsWithTheReason() {
    SandboxLauncher launcher;
    QSignalSpy failed(&launcher, &SandboxLauncher::failed);
    QSignalSpy started(&launcher, &SandboxLauncher::started);
    launcher.start(sandboxPath(), {u"--customers"_s, u"lots"_s});
    QVERIFY(failed.wait(10000));
    QCOMPARE(started.size(), 0);
    const QString sentence = failed.first().first().toString();
    QVERIFY2(sentence.contains(u"exit code 2"_s), qPrintable(sentence));
    QVERIFY2(sentence.contains(u"--customers"_s), qPrintable(sentence)); // from stderr
}

void TestSandboxLauncher::silenceFailsAfterTheTimeout() {
    SandboxLauncher launcher;
    launcher.setStartTimeout(400);
    QSignalSpy failed(&launcher, &SandboxLauncher::failed);
    launcher.start(u"/bin/sh"_s, {u"-c"_s, u"sleep 30"_s});
    QVERIFY(failed.wait(5000));
    QVERIFY(failed.first().first().toString().contains(u"did not become ready"_s));
    QVERIFY(!launcher.isRunning()); // and the silent process was ended
}

void TestSandboxLauncher::wrongFirstLineFails() {
    SandboxLauncher launcher;
    QSignalSpy failed(&launcher, &SandboxLauncher::failed);
    launcher.start(u"/bin/sh"_s, {u"-c"_s, u"echo 'Server ready'; sleep 30"_s});
    QVERIFY(failed.wait(5000));
    QVERIFY(failed.first().first().toString().contains(u"did not announce"_s));
    QVERIFY(!launcher.isRunning());
}

void TestSandboxLauncher::endAfterStartIsReported() {
    SandboxLauncher launcher;
    QSignalSpy started(&launcher, &SandboxLauncher::started);
    QSignalSpy failed(&launcher, &SandboxLauncher::failed);
    launcher.start(u"/bin/sh"_s,
                   {u"-c"_s, u"echo 'Partnero sandbox: base_url=http://127.0.0.1:9/v1 "
                             u"affiliate_key=a referral_key=b'; sleep 0.3; exit 3"_s});
    QVERIFY(started.wait(5000));
    QVERIFY(failed.wait(5000));
    QVERIFY(failed.first().first().toString().contains(u"exit code 3"_s));
    QVERIFY(!launcher.isRunning());
    QVERIFY(!launcher.isReady());
}

void TestSandboxLauncher::secondStartIsRefused() {
    SandboxLauncher launcher;
    QSignalSpy started(&launcher, &SandboxLauncher::started);
    QSignalSpy failed(&launcher, &SandboxLauncher::failed);
    launcher.start(sandboxPath(), {u"--customers"_s, u"1"_s});
    launcher.start(sandboxPath(), {u"--customers"_s, u"1"_s});
    QVERIFY(failed.wait(5000));
    QVERIFY(failed.first().first().toString().contains(u"already"_s));
    QVERIFY(started.wait(20000));
    QCOMPARE(started.size(), 1);
}

void TestSandboxLauncher::bundledExecutableIsBesideTheApplication() {
    const QFileInfo bundled(SandboxLauncher::bundledExecutable());
    QCOMPARE(bundled.absolutePath(), QCoreApplication::applicationDirPath());
    QCOMPARE(bundled.fileName(), u"partnero-sandbox"_s);
    // Tests and the sandbox are built into the same bin/ folder.
    QCOMPARE(bundled.canonicalFilePath(), QFileInfo(sandboxPath()).canonicalFilePath());
}

QTEST_GUILESS_MAIN(TestSandboxLauncher)
#include "tst_sandbox_launcher.moc"

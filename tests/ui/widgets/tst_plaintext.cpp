// SPDX-License-Identifier: GPL-3.0-or-later
// The shared pieces that keep untrusted text as text: SafeLink's one rule for opening links,
// tooltips of rows (CSV and server text) through RowStateDelegate, and ElidedLabel's width.
#include "models/displayformat.h"
#include "models/linkrule.h"
#include "ui/widgets/dialogparts.h"
#include "ui/widgets/elidedlabel.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/safelink.h"

#include <QDesktopServices>
#include <QHelpEvent>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextDocument>
#include <QToolTip>
#include <QtTest>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString Markup = u"<span style=\"color:red\">X</span><img src=\"/etc/hosts\">"_s;

// A tooltip as Qt shows it: rich text is rendered, plain text is shown as it is.
QString asShown(const QString &tip) {
    if (!Qt::mightBeRichText(tip))
        return tip;
    QTextDocument document;
    document.setHtml(tip);
    return document.toPlainText();
}
} // namespace

class TestPlainText final : public QObject {
    Q_OBJECT

public slots:
    void recordOpened(const QUrl &url) { m_opened.append(url); }

private slots:
    void initTestCase();
    void cleanupTestCase();
    void linkRule_data();
    void linkRule();
    void toolTipsShowTextAsGiven_data();
    void toolTipsShowTextAsGiven();
    void rowToolTipShowsCsvTextAsText();
    void elidedLabelAsksForLittleRoom();

private:
    QList<QUrl> m_opened;
};

void TestPlainText::initTestCase() {
    for (const char *scheme : {"http", "https", "mailto", "file", "smb", "someapp"})
        QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), this, "recordOpened");
}

void TestPlainText::cleanupTestCase() {
    for (const char *scheme : {"http", "https", "mailto", "file", "smb", "someapp"})
        QDesktopServices::unsetUrlHandler(QString::fromLatin1(scheme));
}

void TestPlainText::linkRule_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("opens");
    QTest::newRow("https") << u"https://www.facebook.com/sharer/sharer.php?u=x"_s << true;
    QTest::newRow("http") << u"http://example.com/r/1"_s << true;
    QTest::newRow("mailto") << u"mailto:?body=https%3A%2F%2Fshop"_s << true;
    QTest::newRow("file") << u"file:///etc/passwd?u=https%3A%2F%2Fshop"_s << false;
    QTest::newRow("smb") << u"smb://server/share"_s << false;
    QTest::newRow("custom scheme") << u"someapp://run?x=1"_s << false;
    QTest::newRow("no host") << u"https://"_s << false;
    QTest::newRow("no scheme") << u"/etc/passwd"_s << false;
}

void TestPlainText::linkRule() {
    QFETCH(QString, url);
    QFETCH(bool, opens);
    m_opened.clear();
    QCOMPARE(LinkRule::isOpenable(url), opens);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    const QString before = MessageBox::lastText();
    QCOMPARE(SafeLink::open(url, nullptr), opens);
    if (opens) {
        QCOMPARE(m_opened.size(), 1);
        QCOMPARE(MessageBox::lastText(), before); // no box for a link that opens
        MessageBox::setNextAnswer(QMessageBox::NoButton);
    } else {
        QVERIFY2(m_opened.isEmpty(), qPrintable(m_opened.value(0).toString()));
        QVERIFY(MessageBox::lastText().contains(u"was not opened"_s));
        QVERIFY(MessageBox::lastText().contains(url));
    }
}

void TestPlainText::toolTipsShowTextAsGiven_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("markup") << Markup;
    QTest::newRow("entity") << u"Tom &lt;3 Jerry"_s;
    QTest::newRow("plain") << u"Alice Brown <alice@example.com>"_s;
    QTest::newRow("lines") << u"One\nTwo"_s;
}

void TestPlainText::toolTipsShowTextAsGiven() {
    QFETCH(QString, text);
    QCOMPARE(asShown(DisplayFormat::plainToolTip(text)).simplified(), text.simplified());
}

void TestPlainText::rowToolTipShowsCsvTextAsText() {
    QStandardItemModel model(1, 2);
    model.setItem(0, 0, new QStandardItem(Markup));
    model.item(0, 0)->setToolTip(Markup);
    QTableView *view = DialogParts::rowsView(&model, u"rows"_s, nullptr);
    view->resize(400, 200);
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view));
    const QRect cell = view->visualRect(model.index(0, 0));
    QHelpEvent event(QEvent::ToolTip, cell.center(), view->viewport()->mapToGlobal(cell.center()));
    QApplication::sendEvent(view->viewport(), &event);
    QTRY_VERIFY(!QToolTip::text().isEmpty());
    QCOMPARE(asShown(QToolTip::text()), Markup);
    QToolTip::hideText();
    delete view;
}

void TestPlainText::elidedLabelAsksForLittleRoom() {
    const QString name = QString(u'W').repeated(10000);
    QWidget window;
    auto *label = new ElidedLabel(name, &window);
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(label);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(label->sizeHint().width() < 1000);
    QVERIFY(window.width() < 1000);
    QCOMPARE(label->fullText(), name);
    QVERIFY(label->isElided());
    QVERIFY(label->text().endsWith(QChar(0x2026)));
    QCOMPARE(label->textFormat(), Qt::PlainText);
    // Short text is shown whole.
    label->setFullText(u"Alice Brown"_s);
    window.resize(400, window.height());
    QTRY_COMPARE(label->text(), u"Alice Brown"_s);
    QVERIFY(!label->isElided());
}

QTEST_MAIN(TestPlainText)
#include "tst_plaintext.moc"

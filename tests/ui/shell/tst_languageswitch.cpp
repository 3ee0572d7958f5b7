// SPDX-License-Identifier: GPL-3.0-or-later
// Preferences > Language switches every open window at once, without a restart: the main
// window connected to the sandbox with a page shown, the journal window and the All customers
// page stay open while German is chosen in the real dialog, then English again. Only texts
// the German translation already has are checked.
#include "app/journal/journal.h"
#include "app/journal/journalmodel.h"
#include "app/profiles/languageswitcher.h"
#include "app/profiles/preferences.h"
#include "app/profiles/profilestore.h"
#include "app/session/session.h"
#include "models/customertablemodel.h"
#include "tests/common/sandboxprocess.h"
#include "ui/browse/customerpage.h"
#include "ui/browse/pagebar.h"
#include "ui/changes/customeractions.h"
#include "ui/index/allcustomerspage.h"
#include "ui/journal/journalwindow.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/preferencesdialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

void isolate() {
    static QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(u"config"_s).toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath(u"data"_s).toLocal8Bit());
    QCoreApplication::setOrganizationName(u"PartneroConsoleTests"_s);
    QCoreApplication::setApplicationName(u"language"_s);
}
Q_COREAPP_STARTUP_FUNCTION(isolate)

QStringList menuTitles(QMainWindow *window) {
    QStringList titles;
    const auto actions = window->menuBar()->actions();
    for (const QAction *action : actions)
        titles.append(action->text());
    return titles;
}

} // namespace

class TestLanguageSwitch : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyOpenWindowSwitchesAtOnce();
    void aDialogOpenedAfterTheSwitchIsBuiltInTheNewLanguage();

private:
    void choose(LanguageChoice language);
    QString emailHeader() const;

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<JournalWindow> m_journalWindow;
};

void TestLanguageSwitch::initTestCase() {
    QVERIFY2(m_sandbox.start({u"--customers"_s, u"40"_s}), qPrintable(m_sandbox.errorString()));
    LanguageSwitcher::apply(*QCoreApplication::instance(), LanguageChoice::English);
    m_settings =
        std::make_unique<QSettings>(m_dir.filePath(u"profiles.ini"_s), QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    m_journal = std::make_unique<Journal>(m_dir.filePath(u"journal.sqlite"_s));
    Profile profile;
    profile.name = u"Affiliate"_s;
    profile.baseUrl = m_sandbox.baseUrl();
    profile.kind = ProgramKind::Affiliate;
    const QString id = m_profiles->add(profile);

    m_session = std::make_unique<Session>(*m_profiles->profile(id), m_sandbox.affiliateKey(),
                                          m_journal.get());
    m_window = std::make_unique<MainWindow>(m_profiles.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->setSession(m_session.get());
    m_session->connectToServer();
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isConnected(), 10000);
    // A page shown.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->customerPage()->model()->rowCount() > 0, 10000);
    m_journalWindow = std::make_unique<JournalWindow>(m_journal.get(), m_window.get());
    m_journalWindow->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_journalWindow.get()));
}

void TestLanguageSwitch::cleanupTestCase() {
    m_journalWindow.reset();
    m_window.reset();
    m_session.reset();
    LanguageSwitcher::apply(*QCoreApplication::instance(), LanguageChoice::English);
}

// As a person does it: Preferences, the language, OK.
void TestLanguageSwitch::choose(LanguageChoice language) {
    PreferencesDialog dialog(m_settings.get(), m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QComboBox *combo = dialog.languageCombo();
    QVERIFY(combo);
    const int index = combo->findData(int(language));
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    auto *buttons = dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

QString TestLanguageSwitch::emailHeader() const {
    const CustomerTableModel *model = m_window->customerPage()->model();
    const int section = model->sectionOf(CustomerTableColumns::EmailColumn);
    return m_window->customerPage()
        ->view()
        ->model()
        ->headerData(section, Qt::Horizontal)
        .toString();
}

void TestLanguageSwitch::everyOpenWindowSwitchesAtOnce() {
    m_window->allCustomersTabAction()->trigger();
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->allCustomersPage());
    QVERIFY(m_journalWindow->isVisible());
    QCOMPARE(menuTitles(m_window.get()).first(), u"&File"_s);
    QCOMPARE(emailHeader(), u"Email"_s);

    QSignalSpy customerHeaders(m_window->customerPage()->model(),
                               &QAbstractItemModel::headerDataChanged);
    QSignalSpy journalHeaders(m_journalWindow->model(), &QAbstractItemModel::headerDataChanged);
    choose(LanguageChoice::German);
    QCOMPARE(Preferences(m_settings.get()).language(), LanguageChoice::German);

    // Menus and actions with their tips, at once (the windows' events are posted).
    QTRY_COMPARE(menuTitles(m_window.get()).first(), u"&Datei"_s);
    const QStringList titles = menuTitles(m_window.get());
    QVERIFY2(titles.contains(u"&Ansicht"_s) && titles.contains(u"&Hilfe"_s),
             qPrintable(titles.join(u", "_s)));
    QCOMPARE(m_window->findChild<QAction *>(u"preferencesAction"_s)->text(), u"&Einstellungen …"_s);
    QCOMPARE(m_window->customersTabAction()->toolTip(), u"Die Kundentabelle anzeigen"_s);
    QCOMPARE(m_window->customerActions()->editAction()->text(), u"&Bearbeiten …"_s);
    QCOMPARE(m_window->customerActions()->journalAction()->text(), u"&Journal der Änderungen"_s);
    QCOMPARE(m_window->refreshAction()->text(), u"&Aktualisieren"_s);
    QCOMPARE(m_window->customerPage()->pageBar()->nextAction()->text(), u"&Nächste Seite"_s);
    // The tabs and the page bar.
    QTabWidget *tabs = m_window->tabs();
    QCOMPARE(tabs->tabText(tabs->indexOf(m_window->customerPage())), u"Kunden"_s);
    QCOMPARE(tabs->tabText(tabs->indexOf(m_window->allCustomersPage())), u"Alle Kunden"_s);
    bool rowsLabelFound = false;
    for (const QLabel *label : m_window->customerPage()->pageBar()->findChildren<QLabel *>())
        rowsLabelFound = rowsLabelFound || label->text() == u"Zeilen pro Sei&te:"_s;
    QVERIFY(rowsLabelFound);
    // Column headers: the models said so, and the views read German.
    QVERIFY(!customerHeaders.isEmpty());
    QVERIFY(!journalHeaders.isEmpty());
    QCOMPARE(emailHeader(), u"E-Mail"_s);
    QCOMPARE(m_journalWindow->view()->model()->headerData(JournalModel::TimeColumn, Qt::Horizontal),
             QVariant(u"Zeit"_s));
    QCOMPARE(
        m_journalWindow->view()->model()->headerData(JournalModel::OutcomeColumn, Qt::Horizontal),
        QVariant(u"Ergebnis"_s));
    // Status texts.
    QVERIFY2(m_window->connectionLabel()->text().startsWith(u"Verbunden mit "_s),
             qPrintable(m_window->connectionLabel()->text()));
    auto *indexStatus = m_window->findChild<QLabel *>(u"indexStatusLabel"_s);
    QVERIFY(indexStatus);
    QCOMPARE(indexStatus->text(), u"Kein Kundenindex"_s);
    // The journal window and the All customers page, open all along.
    QCOMPARE(m_journalWindow->windowTitle(), u"Journal der Änderungen"_s);
    bool customerLabelFound = false;
    for (const QLabel *label : m_journalWindow->findChildren<QLabel *>())
        customerLabelFound = customerLabelFound || label->text() == u"&Kunde:"_s;
    QVERIFY(customerLabelFound);
    QCOMPARE(m_window->allCustomersPage()->findChild<QLineEdit *>(u"allSearch"_s)->accessibleName(),
             u"Alle Kunden durchsuchen"_s);
    QCOMPARE(m_window->allCustomersPage()->findChild<QPushButton *>(u"clearFilters"_s)->text(),
             u"Filter zurücksetzen"_s);
    // Numbers and dates follow the language.
    QCOMPARE(QLocale().language(), QLocale::German);
    QCOMPARE(QLocale().toString(1234.5, 'f', 1), u"1.234,5"_s);

    // And back.
    choose(LanguageChoice::English);
    QTRY_COMPARE(menuTitles(m_window.get()).first(), u"&File"_s);
    QCOMPARE(m_window->customersTabAction()->toolTip(), u"Show the customer table"_s);
    QCOMPARE(m_window->customerActions()->editAction()->text(), u"&Edit…"_s);
    QCOMPARE(emailHeader(), u"Email"_s);
    QVERIFY(m_window->connectionLabel()->text().startsWith(u"Connected to "_s));
    QCOMPARE(indexStatus->text(), u"No customer index"_s);
    QCOMPARE(m_journalWindow->windowTitle(), u"Journal of changes"_s);
    QCOMPARE(m_window->allCustomersPage()->findChild<QPushButton *>(u"clearFilters"_s)->text(),
             u"Clear filters"_s);
    QCOMPARE(QLocale().language(), QLocale::English);
    QCOMPARE(Preferences(m_settings.get()).language(), LanguageChoice::English);
}

void TestLanguageSwitch::aDialogOpenedAfterTheSwitchIsBuiltInTheNewLanguage() {
    LanguageSwitcher::apply(*QCoreApplication::instance(), LanguageChoice::German);
    {
        PreferencesDialog dialog(m_settings.get(), m_window.get());
        QCOMPARE(dialog.windowTitle(), u"Einstellungen"_s);
    }
    LanguageSwitcher::apply(*QCoreApplication::instance(), LanguageChoice::English);
    PreferencesDialog dialog(m_settings.get(), m_window.get());
    QCOMPARE(dialog.windowTitle(), u"Preferences"_s);
}

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"

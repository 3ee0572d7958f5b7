// SPDX-License-Identifier: GPL-3.0-or-later
// Connection > Preferences…: its pages, deadlines and credit limits, the display name and the
// theme, driven through the real widgets and read back through Preferences from the same ini
// file; the deadlines reach a session's client, the theme every open window at once.
#include "app/api/apiclient.h"
#include "app/journal/journal.h"
#include "app/profiles/preferences.h"
#include "app/profiles/profilestore.h"
#include "app/session/session.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/networkpreferencespage.h"
#include "ui/shell/preferencesdialog.h"
#include "ui/widgets/statecolorpalette.h"
#include "ui/widgets/theme.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyle>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

class TestPreferencesDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void showsWhatIsSaved();
    void valuesRoundTrip();
    void cancelKeepsEverything();
    void rowWithoutUnitIsRefused();
    void duplicateUnitIsRefused();
    void sayWhatOtherUnitsDefaultTo();
    void menuOffersPreferences();
    void sessionTakesTheDeadlines();
    void pagesReadNaturally();
    void displayNameIsSavedAndDefaultsToTheUser();
    void themeAppliesAtOnceAndLightStaysLight();

private:
    std::unique_ptr<QSettings> freshSettings() const;
    static QLineEdit *unitEdit(PreferencesDialog &dialog, int row);
    static QDoubleSpinBox *limitSpin(PreferencesDialog &dialog, int row);
    static int rowOf(PreferencesDialog &dialog, const QString &units);
    static void clickOk(PreferencesDialog &dialog);

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestPreferencesDialog::initTestCase() {
    QVERIFY(m_dir.isValid());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestPreferencesDialog::init() {
    QFile::remove(m_dir.filePath(u"settings.ini"_s));
    m_settings = freshSettings();
}

std::unique_ptr<QSettings> TestPreferencesDialog::freshSettings() const {
    return std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
}

QLineEdit *TestPreferencesDialog::unitEdit(PreferencesDialog &dialog, int row) {
    return qobject_cast<QLineEdit *>(dialog.limitTable()->cellWidget(row, 0));
}

QDoubleSpinBox *TestPreferencesDialog::limitSpin(PreferencesDialog &dialog, int row) {
    return qobject_cast<QDoubleSpinBox *>(dialog.limitTable()->cellWidget(row, 1));
}

int TestPreferencesDialog::rowOf(PreferencesDialog &dialog, const QString &units) {
    for (int row = 0; row < dialog.limitTable()->rowCount(); ++row) {
        if (unitEdit(dialog, row)->text() == units)
            return row;
    }
    return -1;
}

void TestPreferencesDialog::clickOk(PreferencesDialog &dialog) {
    auto *buttons = dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s);
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

void TestPreferencesDialog::showsWhatIsSaved() {
    Preferences saved(m_settings.get());
    saved.setReadDeadlineSeconds(45);
    saved.setChangeDeadlineSeconds(90);
    saved.setCreditLimit(u"usd"_s, 500);
    saved.setCreditLimit(u"points"_s, 2500);

    PreferencesDialog dialog(m_settings.get());
    QSpinBox *read = dialog.findChild<QSpinBox *>(u"readDeadlineSpin"_s);
    QSpinBox *change = dialog.findChild<QSpinBox *>(u"changeDeadlineSpin"_s);
    QVERIFY(read && change);
    QCOMPARE(read->value(), 45);
    QCOMPARE(change->value(), 90);
    QCOMPARE(read->minimum(), Preferences::MinDeadlineSeconds);
    QCOMPARE(read->maximum(), Preferences::MaxDeadlineSeconds);
    QCOMPARE(change->minimum(), Preferences::MinDeadlineSeconds);
    QCOMPARE(change->maximum(), Preferences::MaxDeadlineSeconds);

    QTableWidget *table = dialog.findChild<QTableWidget *>(u"creditLimitTable"_s);
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(unitEdit(dialog, 0)->text(), u"POINTS"_s);
    QCOMPARE(limitSpin(dialog, 0)->value(), 2500.0);
    QCOMPARE(unitEdit(dialog, 1)->text(), u"USD"_s);
    QCOMPARE(limitSpin(dialog, 1)->value(), 500.0);
}

void TestPreferencesDialog::valuesRoundTrip() {
    Preferences saved(m_settings.get());
    saved.setCreditLimit(u"USD"_s, 500);
    saved.setCreditLimit(u"points"_s, 2500);

    PreferencesDialog dialog(m_settings.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.readDeadlineSpin()->setValue(20);
    dialog.changeDeadlineSpin()->setValue(120);

    // Add a limit for euros, typed as people type, on the page of the credits.
    dialog.tabs()->setCurrentWidget(dialog.creditsPage());
    auto *add = dialog.findChild<QPushButton *>(u"addLimitButton"_s);
    QVERIFY(add);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(dialog.limitTable()->rowCount(), 3);
    QLineEdit *unit = unitEdit(dialog, 2);
    QVERIFY(unit->hasFocus());
    QTest::keyClicks(unit, u"eur"_s);
    limitSpin(dialog, 2)->setValue(750);

    // Remove the dollars' limit: the row of the editor last used.
    QLineEdit *usd = unitEdit(dialog, rowOf(dialog, u"USD"_s));
    usd->setFocus();
    QTRY_COMPARE(dialog.limitTable()->currentRow(), rowOf(dialog, u"USD"_s));
    auto *remove = dialog.findChild<QPushButton *>(u"removeLimitButton"_s);
    QVERIFY(remove && remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(dialog.limitTable()->rowCount(), 2);
    QCOMPARE(rowOf(dialog, u"USD"_s), -1);

    clickOk(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    // Read back from the file by a new QSettings, as the next start would.
    m_settings.reset();
    const auto reread = freshSettings();
    const Preferences after(reread.get());
    QCOMPARE(after.readDeadlineSeconds(), 20);
    QCOMPARE(after.changeDeadlineSeconds(), 120);
    QCOMPARE(after.creditLimitUnits(), (QStringList{u"EUR"_s, u"POINTS"_s}));
    QCOMPARE(after.creditLimit(u"EUR"_s, true), 750.0);
    QCOMPARE(after.creditLimit(u"points"_s, false), 2500.0);
    // Removed: back to the default for a currency.
    QCOMPARE(after.creditLimit(u"USD"_s, true), Preferences::DefaultCurrencyCreditLimit);
}

void TestPreferencesDialog::cancelKeepsEverything() {
    Preferences saved(m_settings.get());
    saved.setReadDeadlineSeconds(45);
    saved.setCreditLimit(u"USD"_s, 500);

    PreferencesDialog dialog(m_settings.get());
    dialog.readDeadlineSpin()->setValue(300);
    dialog.limitTable()->setCurrentCell(0, 0);
    dialog.removeSelectedLimits();
    QCOMPARE(dialog.limitTable()->rowCount(), 0);
    dialog.reject();

    QCOMPARE(saved.readDeadlineSeconds(), 45);
    QCOMPARE(saved.creditLimitUnits(), QStringList{u"USD"_s});
    QCOMPARE(saved.creditLimit(u"USD"_s, true), 500.0);
}

void TestPreferencesDialog::rowWithoutUnitIsRefused() {
    PreferencesDialog dialog(m_settings.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.addLimitRow();
    clickOk(dialog);
    QVERIFY(dialog.isVisible()); // not accepted
    auto *problem = dialog.findChild<QLabel *>(u"limitProblemLabel"_s);
    QVERIFY(problem);
    QVERIFY(problem->isVisible());
    QCOMPARE(problem->text(), u"Row 1 has no unit. Enter one, or remove the row."_s);
    QVERIFY(Preferences(m_settings.get()).creditLimitUnits().isEmpty());

    // Typing clears the complaint; then the limit is saved.
    QTest::keyClicks(unitEdit(dialog, 0), u"GBP"_s);
    QVERIFY(problem->isHidden());
    clickOk(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(Preferences(m_settings.get()).creditLimitUnits(), QStringList{u"GBP"_s});
}

void TestPreferencesDialog::duplicateUnitIsRefused() {
    Preferences saved(m_settings.get());
    saved.setCreditLimit(u"USD"_s, 500);
    PreferencesDialog dialog(m_settings.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.addLimitRow(u"usd"_s, 900);
    clickOk(dialog);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.findChild<QLabel *>(u"limitProblemLabel"_s)->text(),
             u"USD has two limits. Keep one of them."_s);
    QCOMPARE(saved.creditLimit(u"USD"_s, true), 500.0);
}

void TestPreferencesDialog::sayWhatOtherUnitsDefaultTo() {
    PreferencesDialog dialog(m_settings.get());
    auto *defaults = dialog.findChild<QLabel *>(u"defaultLimitsLabel"_s);
    QVERIFY(defaults);
    QCOMPARE(defaults->text(),
             u"Other currencies default to 10,000 and other units to 1,000,000."_s);
    QCOMPARE(dialog.limitTable()->rowCount(), 0);
    QVERIFY(!dialog.findChild<QPushButton *>(u"removeLimitButton"_s)->isEnabled());
}

void TestPreferencesDialog::menuOffersPreferences() {
    ProfileStore profiles(m_settings.get());
    MainWindow window(&profiles);
    auto *action = window.findChild<QAction *>(u"preferencesAction"_s);
    QVERIFY(action);
    QCOMPARE(action->text(), u"&Preferences…"_s);
    QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::Preferences));
    QSignalSpy requested(&window, &MainWindow::preferencesRequested);
    action->trigger();
    QCOMPARE(requested.size(), 1);
}

void TestPreferencesDialog::sessionTakesTheDeadlines() {
    Profile profile;
    profile.id = u"p1"_s;
    profile.name = u"Test"_s;
    profile.baseUrl = QUrl(u"http://127.0.0.1:9/v1"_s);
    Session session(profile, u"key"_s, nullptr);
    QCOMPARE(session.client()->readDeadline(), ApiClient::DefaultReadDeadlineMs);

    Preferences preferences(m_settings.get());
    preferences.setReadDeadlineSeconds(12);
    preferences.setChangeDeadlineSeconds(75);
    session.applyPreferences(preferences);
    QCOMPARE(session.client()->readDeadline(), 12000);
    QCOMPARE(session.client()->changeDeadline(), 75000);
}

void TestPreferencesDialog::pagesReadNaturally() {
    PreferencesDialog dialog(m_settings.get());
    QTabWidget *tabs = dialog.tabs();
    QCOMPARE(tabs->count(), 4);
    QCOMPARE(tabs->tabText(0), u"&General"_s);
    QCOMPARE(tabs->tabText(1), u"Re&quests"_s);
    QCOMPARE(tabs->tabText(2), u"Cred&its"_s);
    QCOMPARE(tabs->tabText(3), u"&Network"_s);
    QCOMPARE(tabs->widget(3), static_cast<QWidget *>(dialog.networkPage()));
    // Each setting on its page.
    QVERIFY(tabs->widget(0)->isAncestorOf(dialog.languageCombo()));
    QVERIFY(tabs->widget(0)->isAncestorOf(dialog.themeCombo()));
    QVERIFY(tabs->widget(0)->isAncestorOf(dialog.displayNameEdit()));
    QVERIFY(tabs->widget(1)->isAncestorOf(dialog.readDeadlineSpin()));
    QVERIFY(tabs->widget(2)->isAncestorOf(dialog.limitTable()));
    // Another page (the network's) goes after them.
    auto *page = new QWidget;
    dialog.addPage(page, u"Network"_s);
    QCOMPARE(tabs->count(), 5);
    QCOMPARE(tabs->widget(4), page);
    // Nothing chosen yet: System for both, in the file's absence.
    QCOMPARE(LanguageChoice(dialog.languageCombo()->currentData().toInt()), LanguageChoice::System);
    QCOMPARE(ThemeChoice(dialog.themeCombo()->currentData().toInt()), ThemeChoice::System);
    QCOMPARE(dialog.languageCombo()->count(), 3);
    QCOMPARE(dialog.themeCombo()->count(), 3);
}

void TestPreferencesDialog::displayNameIsSavedAndDefaultsToTheUser() {
    {
        PreferencesDialog dialog(m_settings.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QLineEdit *name = dialog.displayNameEdit();
        QVERIFY(name->text().isEmpty());
        // Empty shows whom the journal names instead.
        QCOMPARE(name->placeholderText(), Journal::currentUser());
        name->setFocus();
        QTest::keyClicks(name, u"Anna Berg "_s);
        clickOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    m_settings.reset();
    m_settings = freshSettings();
    QCOMPARE(Preferences(m_settings.get()).displayName(), u"Anna Berg"_s);
    PreferencesDialog again(m_settings.get());
    QCOMPARE(again.displayNameEdit()->text(), u"Anna Berg"_s);
    // Cleared: the user name again.
    again.displayNameEdit()->clear();
    again.accept();
    QVERIFY(Preferences(m_settings.get()).displayName().isEmpty());
}

void TestPreferencesDialog::themeAppliesAtOnceAndLightStaysLight() {
    const QPalette original = QApplication::palette();
    // A dark desktop, before the console chose any theme: what System goes back to.
    QPalette desktop = Theme::darkPalette();
    desktop.setColor(QPalette::Window, QColor(0x10, 0x20, 0x30));
    QApplication::setPalette(desktop);
    QWidget open; // a window that stays open during the switch
    open.show();
    QVERIFY(QTest::qWaitForWindowExposed(&open));

    const auto choose = [this](ThemeChoice theme) {
        PreferencesDialog dialog(m_settings.get());
        dialog.themeCombo()->setCurrentIndex(dialog.themeCombo()->findData(int(theme)));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(Preferences(m_settings.get()).theme(), theme);
    };

    // An open window takes the new palette as soon as its events are processed.
    choose(ThemeChoice::Light);
    QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_s);
    QTRY_VERIFY(open.palette().color(QPalette::Window).lightness() > 200);
    QVERIFY(open.palette().color(QPalette::Base).lightness() > 240);
    QVERIFY(!StateColorPalette(open.palette()).isDark());

    choose(ThemeChoice::Dark);
    QTRY_COMPARE(open.palette().color(QPalette::Window),
                 Theme::darkPalette().color(QPalette::Window));
    QCOMPARE(open.palette().color(QPalette::Link), Theme::darkPalette().color(QPalette::Link));
    QCOMPARE(open.palette().color(QPalette::Disabled, QPalette::Text),
             Theme::darkPalette().color(QPalette::Disabled, QPalette::Text));
    QVERIFY(StateColorPalette(open.palette()).isDark());
    // What the state colours paint with follows: light text for a dark theme.
    QVERIFY(StateColorPalette(open.palette()).text(StateColorPalette::State::Error).lightness() >
            128);

    choose(ThemeChoice::System);
    QTRY_COMPARE(open.palette().color(QPalette::Window), QColor(0x10, 0x20, 0x30));
    QApplication::setPalette(original);
}

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"

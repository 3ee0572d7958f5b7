// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/profiles/preferences.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class NetworkPreferencesPage;
class QPushButton;
class QSettings;
class QSpinBox;
class QTabWidget;
class QTableWidget;

// File > Preferences…, one tab a page: General (the language, the theme, the name the journal
// shows), Requests (how long a request may take once it is on the wire, for reads and for
// changes), Credits (the largest single credit per unit) and Network (the proxy:
// NetworkPreferencesPage; its password goes to the keychain through the caller). Shows what
// Preferences reads from `settings` and writes it back when accepted; a unit that is not in
// the table goes back to its default. A new language or theme is applied at once when
// accepted.
class PreferencesDialog final : public QDialog {
    Q_OBJECT

public:
    explicit PreferencesDialog(QSettings *settings, QWidget *parent = nullptr);

    // Another page (a QWidget with its own accept logic), after the others.
    void addPage(QWidget *page, const QString &title);
    QTabWidget *tabs() const { return m_tabs; }
    QWidget *creditsPage() const { return m_creditsPage; }

    QComboBox *languageCombo() const { return m_language; }
    QComboBox *themeCombo() const { return m_theme; }
    QLineEdit *displayNameEdit() const { return m_displayName; }
    QSpinBox *readDeadlineSpin() const { return m_readDeadline; }
    QSpinBox *changeDeadlineSpin() const { return m_changeDeadline; }
    QTableWidget *limitTable() const { return m_limits; }
    NetworkPreferencesPage *networkPage() const { return m_network; }

    // A row for a unit with its own limit; the new row's unit field gets the focus when empty.
    void addLimitRow(const QString &units = {},
                     double limit = Preferences::DefaultCurrencyCreditLimit);
    void removeSelectedLimits();

    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildGeneralPage();
    QWidget *buildRequestsPage();
    QWidget *buildCreditsPage();
    QLineEdit *unitEdit(int row) const;
    QDoubleSpinBox *limitSpin(int row) const;
    // A sentence about what is wrong with the table, or an empty string.
    QString validateLimits() const;
    void updateRemoveButton();

    Preferences m_preferences;
    QStringList m_savedUnits; // the units with a limit of their own when the dialog opened
    QTabWidget *m_tabs;
    QWidget *m_creditsPage;
    QComboBox *m_language;
    QComboBox *m_theme;
    QLineEdit *m_displayName;
    QSpinBox *m_readDeadline;
    QSpinBox *m_changeDeadline;
    QTableWidget *m_limits;
    QPushButton *m_addLimit;
    QPushButton *m_removeLimit;
    QLabel *m_problem;
    NetworkPreferencesPage *m_network;
};

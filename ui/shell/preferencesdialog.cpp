// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/preferencesdialog.h"

#include "app/journal/journal.h"
#include "app/profiles/languageswitcher.h"
#include "ui/shell/networkpreferencespage.h"
#include "ui/widgets/dialogparts.h"
#include "ui/widgets/theme.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace {

enum Column { UnitColumn, LimitColumn };

QSpinBox *deadlineSpin(int seconds, const QString &objectName, QWidget *parent) {
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setRange(Preferences::MinDeadlineSeconds, Preferences::MaxDeadlineSeconds);
    spin->setValue(seconds);
    spin->setSuffix(PreferencesDialog::tr(" s", "seconds after a number"));
    spin->setAccelerated(true);
    return spin;
}

} // namespace

PreferencesDialog::PreferencesDialog(QSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_preferences(settings)
    , m_savedUnits(m_preferences.creditLimitUnits()) {
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"preferencesTabs"_s);
    m_tabs->addTab(buildGeneralPage(), tr("&General"));
    m_tabs->addTab(buildRequestsPage(), tr("Re&quests"));
    m_creditsPage = buildCreditsPage();
    m_tabs->addTab(m_creditsPage, tr("Cred&its"));
    m_network = new NetworkPreferencesPage(settings, this);
    m_tabs->addTab(m_network, tr("&Network"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"buttonBox"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    updateRemoveButton();
}

void PreferencesDialog::addPage(QWidget *page, const QString &title) {
    m_tabs->addTab(page, title);
}

QWidget *PreferencesDialog::buildGeneralPage() {
    auto *page = new QWidget(this);
    page->setObjectName(u"generalPage"_s);
    auto *form = new QFormLayout(page);

    m_language = new QComboBox(page);
    m_language->setObjectName(u"languageCombo"_s);
    // "System (Deutsch)": which language that is, unless the system names none (C, POSIX).
    const QString systemLanguage = QLocale::system().nativeLanguageName();
    m_language->addItem(systemLanguage.isEmpty() ? tr("System")
                                                 : tr("System (%1)").arg(systemLanguage),
                        int(LanguageChoice::System));
    // Each language in its own words, so that a person who cannot read the current one
    // still finds theirs.
    m_language->addItem(u"English"_s, int(LanguageChoice::English));
    m_language->addItem(u"Deutsch"_s, int(LanguageChoice::German));
    m_language->setCurrentIndex(m_language->findData(int(m_preferences.language())));
    form->addRow(tr("&Language:"), m_language);

    m_theme = new QComboBox(page);
    m_theme->setObjectName(u"themeCombo"_s);
    m_theme->addItem(tr("System"), int(ThemeChoice::System));
    m_theme->addItem(tr("Light"), int(ThemeChoice::Light));
    m_theme->addItem(tr("Dark"), int(ThemeChoice::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(m_preferences.theme())));
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(DialogParts::muted(tr("Both change at once, in every open window."), page));

    m_displayName = new QLineEdit(m_preferences.displayName(), page);
    m_displayName->setObjectName(u"displayNameEdit"_s);
    m_displayName->setMaxLength(Preferences::MaxDisplayNameLength);
    m_displayName->setPlaceholderText(Journal::currentUser());
    m_displayName->setClearButtonEnabled(true);
    form->addRow(tr("&Display name:"), m_displayName);
    form->addRow(DialogParts::muted(
        tr("The journal shows this name beside your user name as who made each change. "
           "Empty: your user name alone."),
        page));
    return page;
}

QWidget *PreferencesDialog::buildRequestsPage() {
    auto *page = new QWidget(this);
    page->setObjectName(u"requestsPage"_s);
    auto *pageLayout = new QVBoxLayout(page);
    auto *deadlines = new QGroupBox(tr("Deadlines"), page);
    auto *deadlineForm = new QFormLayout(deadlines);
    m_readDeadline = deadlineSpin(m_preferences.readDeadlineSeconds(), u"readDeadlineSpin"_s, this);
    m_changeDeadline =
        deadlineSpin(m_preferences.changeDeadlineSeconds(), u"changeDeadlineSpin"_s, this);
    deadlineForm->addRow(tr("&Reading:"), m_readDeadline);
    deadlineForm->addRow(tr("&Changes:"), m_changeDeadline);
    deadlineForm->addRow(DialogParts::muted(
        tr("The longest a request may take once it has been sent, however slowly the server "
           "answers. A change that runs out of time may still have been made: it is marked "
           "unknown and waits for your decision."),
        deadlines));
    pageLayout->addWidget(deadlines);
    pageLayout->addStretch(1);
    return page;
}

QWidget *PreferencesDialog::buildCreditsPage() {
    auto *page = new QWidget(this);
    page->setObjectName(u"creditsPage"_s);
    auto *pageLayout = new QVBoxLayout(page);
    auto *limits = new QGroupBox(tr("Credit limits"), page);
    auto *limitsLayout = new QVBoxLayout(limits);
    limitsLayout->addWidget(DialogParts::muted(
        tr("The largest single credit the credit forms accept, for units with a limit of their "
           "own."),
        limits));
    m_limits = new QTableWidget(0, 2, limits);
    m_limits->setObjectName(u"creditLimitTable"_s);
    m_limits->setAccessibleName(tr("Credit limits"));
    m_limits->setHorizontalHeaderLabels({tr("Unit"), tr("Largest single credit")});
    m_limits->horizontalHeader()->setStretchLastSection(true);
    m_limits->verticalHeader()->hide();
    m_limits->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_limits->setEditTriggers(QAbstractItemView::NoEditTriggers); // the cells' own editors
    limitsLayout->addWidget(m_limits);
    m_addLimit = DialogParts::button(tr("&Add"), u"addLimitButton"_s, limits);
    m_removeLimit = DialogParts::button(tr("Re&move"), u"removeLimitButton"_s, limits);
    limitsLayout->addLayout(DialogParts::buttonRow({m_addLimit, m_removeLimit}, {}));
    auto *defaults =
        DialogParts::muted(tr("Other currencies default to %L1 and other units to %L2.")
                               .arg(Preferences::DefaultCurrencyCreditLimit, 0, 'f', 0)
                               .arg(Preferences::DefaultPointsCreditLimit, 0, 'f', 0),
                           limits);
    defaults->setObjectName(u"defaultLimitsLabel"_s);
    limitsLayout->addWidget(defaults);
    m_problem = DialogParts::problemLabel(limits);
    m_problem->setObjectName(u"limitProblemLabel"_s);
    limitsLayout->addWidget(m_problem);

    for (const QString &units : std::as_const(m_savedUnits))
        addLimitRow(units, m_preferences.creditLimit(units, true));

    connect(m_addLimit, &QPushButton::clicked, this, [this] { addLimitRow(); });
    connect(m_removeLimit, &QPushButton::clicked, this, &PreferencesDialog::removeSelectedLimits);
    connect(m_limits, &QTableWidget::itemSelectionChanged, this,
            &PreferencesDialog::updateRemoveButton);
    connect(m_limits, &QTableWidget::currentCellChanged, this,
            &PreferencesDialog::updateRemoveButton);
    pageLayout->addWidget(limits, 1);
    return page;
}

void PreferencesDialog::addLimitRow(const QString &units, double limit) {
    const int row = m_limits->rowCount();
    m_limits->insertRow(row);
    // Items only to carry the selection; the editors show and hold the values.
    m_limits->setItem(row, UnitColumn, new QTableWidgetItem);
    m_limits->setItem(row, LimitColumn, new QTableWidgetItem);

    auto *unit = new QLineEdit(units, m_limits);
    unit->setObjectName(u"unitEdit"_s);
    unit->setPlaceholderText(tr("USD, EUR, points…"));
    unit->setMaxLength(32);
    // A currency code or a unit's name: letters, digits and a few joiners, no spaces.
    unit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z0-9_.-]*"_s), unit));
    m_limits->setCellWidget(row, UnitColumn, unit);

    auto *amount = new QDoubleSpinBox(m_limits);
    amount->setObjectName(u"limitSpin"_s);
    amount->setDecimals(2);
    amount->setRange(0.01, 1e12);
    amount->setGroupSeparatorShown(true);
    amount->setValue(limit);
    m_limits->setCellWidget(row, LimitColumn, amount);

    // Focus on an editor selects its row, so that Remove takes the row being edited.
    unit->installEventFilter(this);
    amount->installEventFilter(this);
    connect(unit, &QLineEdit::textEdited, this, [this] { DialogParts::setProblem(m_problem, {}); });
    m_limits->setCurrentCell(row, UnitColumn);
    if (units.isEmpty() && isVisible())
        unit->setFocus(Qt::OtherFocusReason);
    updateRemoveButton();
}

void PreferencesDialog::removeSelectedLimits() {
    QList<int> rows;
    const auto ranges = m_limits->selectedRanges();
    for (const QTableWidgetSelectionRange &range : ranges) {
        for (int row = range.topRow(); row <= range.bottomRow(); ++row)
            rows.append(row);
    }
    if (rows.isEmpty() && m_limits->currentRow() >= 0)
        rows.append(m_limits->currentRow());
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (const int row : std::as_const(rows))
        m_limits->removeRow(row);
    DialogParts::setProblem(m_problem, {});
    updateRemoveButton();
}

bool PreferencesDialog::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::FocusIn) {
        for (int row = 0; row < m_limits->rowCount(); ++row) {
            if (watched == unitEdit(row) || watched == limitSpin(row)) {
                m_limits->setCurrentCell(row, watched == unitEdit(row) ? UnitColumn : LimitColumn);
                break;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

QLineEdit *PreferencesDialog::unitEdit(int row) const {
    return qobject_cast<QLineEdit *>(m_limits->cellWidget(row, UnitColumn));
}

QDoubleSpinBox *PreferencesDialog::limitSpin(int row) const {
    return qobject_cast<QDoubleSpinBox *>(m_limits->cellWidget(row, LimitColumn));
}

QString PreferencesDialog::validateLimits() const {
    QSet<QString> seen;
    for (int row = 0; row < m_limits->rowCount(); ++row) {
        const QString units = unitEdit(row)->text().trimmed().toUpper();
        if (units.isEmpty())
            return tr("Row %1 has no unit. Enter one, or remove the row.").arg(row + 1);
        if (seen.contains(units))
            return tr("%1 has two limits. Keep one of them.").arg(units);
        seen.insert(units);
    }
    return {};
}

void PreferencesDialog::updateRemoveButton() {
    m_removeLimit->setEnabled(m_limits->rowCount() > 0 && m_limits->currentRow() >= 0);
}

void PreferencesDialog::accept() {
    const QString problem = validateLimits();
    if (!problem.isEmpty()) {
        m_tabs->setCurrentWidget(m_creditsPage);
        DialogParts::setProblem(m_problem, problem);
        return;
    }
    if (!m_network->save()) {
        m_tabs->setCurrentWidget(m_network);
        return;
    }
    const auto language = LanguageChoice(m_language->currentData().toInt());
    const auto theme = ThemeChoice(m_theme->currentData().toInt());
    const bool languageChanged = language != m_preferences.language();
    const bool themeChanged = theme != m_preferences.theme() || theme != Theme::current();
    m_preferences.setLanguage(language);
    m_preferences.setTheme(theme);
    m_preferences.setDisplayName(m_displayName->text());
    m_preferences.setReadDeadlineSeconds(m_readDeadline->value());
    m_preferences.setChangeDeadlineSeconds(m_changeDeadline->value());
    QStringList kept;
    for (int row = 0; row < m_limits->rowCount(); ++row) {
        const QString units = unitEdit(row)->text().trimmed().toUpper();
        m_preferences.setCreditLimit(units, limitSpin(row)->value());
        kept.append(units);
    }
    for (const QString &units : std::as_const(m_savedUnits)) {
        if (!kept.contains(units))
            m_preferences.clearCreditLimit(units);
    }
    QDialog::accept();
    // At once, in every open window: each retranslates (QEvent::LanguageChange) and
    // repaints (QEvent::PaletteChange). A dialog opened later is built in the new language.
    if (languageChanged)
        LanguageSwitcher::apply(*QCoreApplication::instance(), language);
    if (themeChanged)
        Theme::apply(theme);
}

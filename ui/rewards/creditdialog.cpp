// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rewards/creditdialog.h"

#include "app/api/apicall.h"
#include "app/api/apiclient.h"
#include "app/api/changeoutcome.h"
#include "app/api/referralservice.h"
#include "app/bulk/recentcredits.h"
#include "app/bulk/undecidedcredits.h"
#include "app/journal/journal.h"
#include "app/journal/journalmodel.h"
#include "app/profiles/preferences.h"
#include "app/session/session.h"
#include "app/team/creditapprovals.h"
#include "app/team/teamstore.h"
#include "models/displayformat.h"
#include "ui/widgets/amountvalidator.h"
#include "ui/widgets/dialogparts.h"
#include "ui/widgets/messagebox.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QUuid>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int MaxReasonLength = 500;

QString signedAmount(const CreditRequest &credit) {
    return u"+"_s + DisplayFormat::amount(credit.amount, credit.amountUnits, credit.isCurrency);
}

bool holds(const Balance &balance, const QString &units) {
    for (const BalanceEntry &entry : balance.entries) {
        if (entry.amountUnits.compare(units, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QLabel *valueLabel(QWidget *parent, const QString &name) {
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *strong(QLabel *label) {
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

CreditDialog::CreditDialog(Session *session, const Customer &customer, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_customer(customer) {
    setWindowTitle(tr("Credit %1", "window title; %1 is the customer").arg(customer.displayName()));
    setObjectName(u"creditDialog"_s);
    setMinimumWidth(540);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(DialogParts::customerCard(customer, this));
    layout->addWidget(DialogParts::separator(this));

    // Pages are shown one at a time in one layout (not a QStackedWidget) so that the dialog's
    // height follows the wrapped text of the page on show.
    m_pages = {buildFormPage(), buildConfirmPage(), buildUnknownPage(), buildDonePage()};
    for (QWidget *page : std::as_const(m_pages))
        layout->addWidget(page, 1);

    m_armTimer = new QTimer(this);
    m_armTimer->setSingleShot(true);
    connect(m_armTimer, &QTimer::timeout, this, [this] {
        m_armed = true;
        updateConfirmEnabled();
    });

    // The program's currency comes right after the customer's own: a customer with no
    // balance yet is credited in it, not in a guess from this computer's locale.
    if (m_session && !m_session->programInfo().currency.isEmpty())
        m_programCurrencies = {m_session->programInfo().currency};

    setStage(Stage::Loading);
    readBalance();
}

CreditDialog::~CreditDialog() = default;

QWidget *CreditDialog::buildFormPage() {
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);

    // An earlier credit to this customer whose outcome nobody has decided blocks this one;
    // the decision is right here.
    m_blockBox = new QWidget(page);
    m_blockBox->setObjectName(u"blockBox"_s);
    auto *blockLayout = new QVBoxLayout(m_blockBox);
    blockLayout->setContentsMargins(0, 0, 0, 0);
    QFrame *blockBanner = DialogParts::banner(DialogParts::Tone::Warning, &m_blockText, m_blockBox,
                                              tr("An earlier credit needs a decision"));
    blockBanner->setObjectName(u"blockBanner"_s);
    // Tests and the screenshot tool look for the unknown page's "bannerTitle".
    if (auto *title = blockBanner->findChild<QLabel *>(u"bannerTitle"_s))
        title->setObjectName(u"blockTitle"_s);
    blockLayout->addWidget(blockBanner);
    m_blockText->setObjectName(u"blockText"_s);
    m_blockWentThrough =
        DialogParts::button(tr("It went through"), u"blockWentThroughButton"_s, m_blockBox);
    m_blockNotMade =
        DialogParts::button(tr("It was not made"), u"blockNotMadeButton"_s, m_blockBox);
    connect(m_blockWentThrough, &QPushButton::clicked, this,
            [this] { decideBlocking(JournalDecision::WentThrough); });
    connect(m_blockNotMade, &QPushButton::clicked, this,
            [this] { decideBlocking(JournalDecision::NotMade); });
    blockLayout->addLayout(DialogParts::buttonRow({}, {m_blockNotMade, m_blockWentThrough}));
    m_blockBox->setVisible(false);
    layout->addWidget(m_blockBox);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *balanceBox = new QWidget(page);
    auto *balanceLayout = new QHBoxLayout(balanceBox);
    balanceLayout->setContentsMargins(0, 0, 0, 0);
    m_balanceLine = valueLabel(balanceBox, u"balanceLine"_s);
    m_retryLoad = DialogParts::button(tr("Read again"), u"retryLoadButton"_s, balanceBox);
    m_retryLoad->setVisible(false);
    connect(m_retryLoad, &QPushButton::clicked, this, [this] {
        setStage(Stage::Loading);
        readBalance();
    });
    balanceLayout->addWidget(m_balanceLine, 1);
    balanceLayout->addWidget(m_retryLoad);
    form->addRow(tr("Balance now:"), balanceBox);

    m_loadError = DialogParts::problemLabel(page);
    m_loadError->setObjectName(u"loadError"_s);
    form->addRow(QString(), m_loadError);

    auto *amountRow = new QWidget(page);
    auto *amountLayout = new QHBoxLayout(amountRow);
    amountLayout->setContentsMargins(0, 0, 0, 0);
    m_amount = new QLineEdit(amountRow);
    m_amount->setObjectName(u"amountEdit"_s);
    // In a row with the units, so no sibling of its label.
    m_amount->setAccessibleName(tr("Amount"));
    m_amount->setAlignment(Qt::AlignRight);
    m_amount->setPlaceholderText(AmountValidator::toText(10, QLocale(), 2));
    m_validator = new AmountValidator(m_amount);
    m_validator->setLocale(QLocale());
    m_amount->setValidator(m_validator);
    m_unitsCombo = new QComboBox(amountRow);
    m_unitsCombo->setObjectName(u"unitsCombo"_s);
    m_unitsCombo->setAccessibleName(tr("Currency or unit"));
    m_unitsCombo->setMinimumContentsLength(8);
    amountLayout->addWidget(m_amount, 1);
    amountLayout->addWidget(m_unitsCombo);
    form->addRow(tr("&Amount:"), amountRow);
    qobject_cast<QLabel *>(form->labelForField(amountRow))->setBuddy(m_amount);
    m_amountProblem = DialogParts::problemLabel(page);
    m_amountProblem->setObjectName(u"amountProblem"_s);
    form->addRow(QString(), m_amountProblem);
    m_newUnitNote = DialogParts::muted(QString(), page);
    m_newUnitNote->setObjectName(u"newUnitNote"_s);
    m_newUnitNote->setVisible(false);
    form->addRow(QString(), m_newUnitNote);

    m_reason = new QLineEdit(page);
    m_reason->setObjectName(u"reasonEdit"_s);
    m_reason->setMaxLength(MaxReasonLength);
    m_reason->setPlaceholderText(tr("Why this credit, e.g. \"Goodwill: late payout\""));
    form->addRow(tr("&Reason:"), m_reason);
    m_reasonProblem = DialogParts::problemLabel(page);
    m_reasonProblem->setObjectName(u"reasonProblem"_s);
    form->addRow(QString(), m_reasonProblem);
    const bool teamJournal = m_session && m_session->journal() && m_session->journal()->isShared();
    form->addRow(QString(),
                 DialogParts::muted(teamJournal ? tr("Kept in the team's journal of changes. "
                                                     "Partnero has no field for it.")
                                                : tr("Kept in this computer's journal of changes. "
                                                     "Partnero has no field for it."),
                                    page));
    layout->addLayout(form);
    layout->addStretch(1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *cancel = DialogParts::button(tr("Cancel"), u"formCancelButton"_s, page);
    connect(cancel, &QPushButton::clicked, this, &CreditDialog::reject);
    m_review = DialogParts::button(tr("Review credit…"), u"reviewButton"_s, page);
    connect(m_review, &QPushButton::clicked, this, &CreditDialog::review);
    buttons->addWidget(cancel);
    buttons->addWidget(m_review);
    layout->addLayout(buttons);

    connect(m_amount, &QLineEdit::textEdited, this, [this] {
        m_amountTouched = true;
        updateForm();
    });
    connect(m_reason, &QLineEdit::textEdited, this, [this] {
        m_reasonTouched = true;
        updateForm();
    });
    connect(m_unitsCombo, &QComboBox::currentIndexChanged, this, [this] { updateForm(); });
    return page;
}

QWidget *CreditDialog::buildConfirmPage() {
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    auto *title = DialogParts::heading(tr("Please check the credit"), page);
    title->setObjectName(u"confirmTitle"_s);
    layout->addWidget(title);

    auto *card = new QFrame(page);
    card->setObjectName(u"summaryCard"_s);
    card->setFrameShape(QFrame::StyledPanel);
    auto *form = new QFormLayout(card);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setContentsMargins(14, 12, 14, 12);
    form->setVerticalSpacing(8);
    m_confirmCustomer = valueLabel(page, u"confirmCustomer"_s);
    m_confirmAmount = strong(valueLabel(page, u"confirmAmount"_s));
    m_confirmBefore = valueLabel(page, u"confirmBefore"_s);
    m_confirmAfter = strong(valueLabel(page, u"confirmAfter"_s));
    m_confirmReason = valueLabel(page, u"confirmReason"_s);
    form->addRow(tr("Customer:"), m_confirmCustomer);
    form->addRow(tr("Amount:"), m_confirmAmount);
    form->addRow(tr("Balance before:"), m_confirmBefore);
    form->addRow(tr("Balance after:"), m_confirmAfter);
    form->addRow(tr("Reason:"), m_confirmReason);
    layout->addWidget(card);

    auto *recent = DialogParts::banner(DialogParts::Tone::Warning, &m_recentText, page);
    recent->setObjectName(u"banner"_s);
    m_recentText->setObjectName(u"recentWarning"_s);
    m_recentBox = new QWidget(page);
    auto *recentLayout = new QVBoxLayout(m_recentBox);
    recentLayout->setContentsMargins(0, 0, 0, 0);
    recentLayout->addWidget(recent);
    m_separate = new QCheckBox(tr("I have checked: this is a separate credit"), m_recentBox);
    m_separate->setObjectName(u"separateCreditCheck"_s);
    connect(m_separate, &QCheckBox::toggled, this, [this] { updateConfirmEnabled(); });
    recentLayout->addWidget(m_separate);
    m_recentBox->setVisible(false);
    layout->addWidget(m_recentBox);

    m_approvalBox = DialogParts::banner(DialogParts::Tone::Info, &m_approvalText, page);
    m_approvalText->setObjectName(u"approvalNote"_s);
    m_approvalBox->setVisible(false);
    layout->addWidget(m_approvalBox);

    m_sendErrorBox = DialogParts::banner(DialogParts::Tone::Error, &m_sendErrorLabel, page);
    m_sendErrorLabel->setObjectName(u"sendError"_s);
    m_sendErrorBox->setVisible(false);
    layout->addWidget(m_sendErrorBox);

    auto *busyRow = new QHBoxLayout;
    m_busy = new QProgressBar(page);
    m_busy->setObjectName(u"busyBar"_s);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    m_busyText = DialogParts::muted(QString(), page);
    m_busyText->setObjectName(u"busyText"_s);
    m_stopWaiting = DialogParts::button(tr("Stop waiting"), u"stopWaitingButton"_s, page);
    m_stopWaiting->setToolTip(tr("Leave without the answer: the credit's outcome is then "
                                 "unknown, and you decide it after reading the balance."));
    connect(m_stopWaiting, &QPushButton::clicked, this, &CreditDialog::stopWaiting);
    busyRow->addWidget(m_busyText, 1);
    busyRow->addWidget(m_busy, 1);
    busyRow->addWidget(m_stopWaiting);
    layout->addLayout(busyRow);
    layout->addStretch(1);

    auto *buttons = new QHBoxLayout;
    m_back = DialogParts::button(tr("Back"), u"backButton"_s, page);
    connect(m_back, &QPushButton::clicked, this, [this] {
        if (m_stage == Stage::Confirm)
            setStage(Stage::Form);
    });
    m_confirmCancel = DialogParts::button(tr("Cancel"), u"confirmCancelButton"_s, page);
    connect(m_confirmCancel, &QPushButton::clicked, this, &CreditDialog::reject);
    m_confirm = DialogParts::button(QString(), u"confirmButton"_s, page);
    connect(m_confirm, &QPushButton::clicked, this, &CreditDialog::confirm);
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_confirmCancel);
    buttons->addWidget(m_confirm);
    layout->addLayout(buttons);
    return page;
}

QWidget *CreditDialog::buildUnknownPage() {
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);

    auto *box = DialogParts::banner(DialogParts::Tone::Warning, &m_unknownText, page,
                                    tr("The credit may or may not have gone through"));
    m_unknownText->setObjectName(u"unknownText"_s);
    layout->addWidget(box);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_unknownBefore = valueLabel(page, u"unknownBefore"_s);
    m_unknownNow = strong(valueLabel(page, u"unknownNow"_s));
    m_unknownExpected = valueLabel(page, u"unknownExpected"_s);
    form->addRow(tr("Balance before:"), m_unknownBefore);
    form->addRow(tr("Balance now:"), m_unknownNow);
    form->addRow(tr("If it went through:"), m_unknownExpected);
    layout->addLayout(form);
    m_unknownHint = DialogParts::muted(QString(), page);
    m_unknownHint->setObjectName(u"unknownHint"_s);
    layout->addWidget(m_unknownHint);
    layout->addStretch(1);

    auto *buttons = new QHBoxLayout;
    m_decideLater = DialogParts::button(tr("Decide later"), u"decideLaterButton"_s, page);
    m_decideLater->setToolTip(tr("Close; the journal keeps this credit as needing a decision, "
                                 "brings it back at every start, and no other credit can be "
                                 "sent to this customer until it is decided."));
    connect(m_decideLater, &QPushButton::clicked, this, &CreditDialog::decideLater);
    m_reread = DialogParts::button(tr("Read the balance again"), u"rereadButton"_s, page);
    connect(m_reread, &QPushButton::clicked, this, &CreditDialog::rereadBalance);
    m_sendAgain = DialogParts::button(tr("Send again…"), u"sendAgainButton"_s, page);
    connect(m_sendAgain, &QPushButton::clicked, this, &CreditDialog::sendAgain);
    m_wentThrough = DialogParts::button(tr("It went through"), u"wentThroughButton"_s, page);
    connect(m_wentThrough, &QPushButton::clicked, this, &CreditDialog::wentThrough);
    m_notMade = DialogParts::button(tr("It was not made"), u"notMadeButton"_s, page);
    connect(m_notMade, &QPushButton::clicked, this, &CreditDialog::notMade);
    buttons->addWidget(m_decideLater);
    buttons->addStretch(1);
    buttons->addWidget(m_reread);
    buttons->addWidget(m_sendAgain);
    buttons->addWidget(m_notMade);
    buttons->addWidget(m_wentThrough);
    layout->addLayout(buttons);
    return page;
}

QWidget *CreditDialog::buildDonePage() {
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    auto *box = DialogParts::banner(DialogParts::Tone::Success, &m_doneText, page);
    box->setObjectName(u"banner"_s);
    m_doneText->setObjectName(u"doneText"_s);
    layout->addWidget(box);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_doneBalance = strong(valueLabel(page, u"doneBalance"_s));
    form->addRow(tr("Balance now:"), m_doneBalance);
    layout->addLayout(form);
    layout->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_close = DialogParts::button(tr("Close"), u"closeButton"_s, page);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);
    return page;
}

// ---------------------------------------------------------------------------------------------

QString CreditDialog::balanceText(const Balance &balance) {
    if (balance.unread)
        return tr("Not known: the balance could not be read after the credit.");
    QStringList parts;
    for (const BalanceEntry &entry : balance.entries)
        parts << DisplayFormat::amount(entry.amount, entry.amountUnits, entry.isCurrency);
    if (parts.isEmpty())
        return tr("Nothing yet");
    return parts.join(u"  ·  "_s);
}

double CreditDialog::amountIn(const Balance &balance, const QString &units) {
    return balance.amountIn(units);
}

Balance CreditDialog::withCredit(const Balance &balance, const CreditRequest &credit) {
    Balance result = balance;
    for (BalanceEntry &entry : result.entries) {
        if (entry.amountUnits.compare(credit.amountUnits, Qt::CaseInsensitive) == 0) {
            // Cents, as the server keeps them: 0.1 + 0.2 must read 0.30, not 0.30000000000000004.
            entry.amount = std::round((entry.amount + credit.amount) * 100.0) / 100.0;
            return result;
        }
    }
    result.entries.append(BalanceEntry{credit.amount, credit.amountUnits, credit.isCurrency});
    return result;
}

QStringList CreditDialog::customerIds() const {
    QStringList ids{m_customer.identifier()};
    if (!m_customer.id.isEmpty() && !ids.contains(m_customer.id))
        ids << m_customer.id;
    if (!m_customer.key.isEmpty() && !ids.contains(m_customer.key))
        ids << m_customer.key;
    return ids;
}

QString CreditDialog::amountText() const {
    return DisplayFormat::amount(m_pending.amount, m_pending.amountUnits, m_pending.isCurrency);
}

// ---------------------------------------------------------------------------------------------

void CreditDialog::setStage(Stage stage) {
    m_stage = stage;
    int page = 0;
    switch (stage) {
    case Stage::Loading:
    case Stage::LoadFailed:
    case Stage::Form:
        page = 0;
        break;
    case Stage::Confirm:
    case Stage::Sending:
    case Stage::Rereading:
        page = 1;
        break;
    case Stage::Unknown:
        page = 2;
        break;
    case Stage::Done:
        page = 3;
        break;
    }
    for (int i = 0; i < m_pages.size(); ++i)
        m_pages.at(i)->setVisible(i == page);
    m_currentPage = page;

    const bool formReady = stage == Stage::Form;
    m_amount->setEnabled(formReady);
    m_unitsCombo->setEnabled(formReady);
    m_reason->setEnabled(formReady);
    m_retryLoad->setVisible(stage == Stage::LoadFailed);
    if (stage == Stage::Loading) {
        m_balanceLine->setText(tr("Reading the balance…"));
        DialogParts::setProblem(m_loadError, QString());
    }

    const bool sending = stage == Stage::Sending || stage == Stage::Rereading;
    m_busy->setVisible(sending);
    m_busyText->setVisible(sending);
    m_stopWaiting->setVisible(sending);
    m_stopWaiting->setEnabled(sending);
    m_back->setEnabled(stage == Stage::Confirm);
    m_confirmCancel->setEnabled(stage == Stage::Confirm);
    m_separate->setEnabled(stage == Stage::Confirm);

    m_reread->setEnabled(stage == Stage::Unknown);
    m_sendAgain->setEnabled(stage == Stage::Unknown);
    m_wentThrough->setEnabled(stage == Stage::Unknown);
    m_notMade->setEnabled(stage == Stage::Unknown);
    m_decideLater->setEnabled(stage == Stage::Unknown);
    if (stage == Stage::Form)
        updateBlock();

    updateForm();
    updateConfirmEnabled();

    fitToContents();
    QTimer::singleShot(0, this, &CreditDialog::fitToContents); // once the fonts have settled

    switch (stage) {
    case Stage::Form:
        m_review->setDefault(true);
        m_amount->setFocus();
        break;
    case Stage::Confirm:
        m_confirm->setDefault(true);
        break;
    case Stage::Unknown:
        // No default: Enter must not pick an answer to a question about money.
        m_wentThrough->setDefault(false);
        m_sendAgain->setDefault(false);
        m_reread->setFocus();
        break;
    case Stage::Done:
        m_close->setDefault(true);
        m_close->setFocus();
        break;
    default:
        break;
    }
}

void CreditDialog::fitToContents() {
    if (!isVisible() || !layout())
        return;
    // The wrapped text of this page decides the height: a new page gets its own height, the
    // same page only grows (text that grows, e.g. an error, must not be clipped).
    layout()->activate();
    const int wanted = layout()->totalHeightForWidth(width());
    if (wanted > height() || (m_fittedPage != m_currentPage && wanted > 0))
        resize(width(), wanted);
    m_fittedPage = m_currentPage;
}

void CreditDialog::readBalance() {
    if (!m_session || !m_session->referrals()) {
        m_balanceLine->clear();
        DialogParts::setProblem(m_loadError, tr("Not connected."));
        setStage(Stage::LoadFailed);
        return;
    }
    m_session->referrals()->balance(
        m_customer.identifier(), this, [this](const ApiResult<Balance> &result) {
            if (!result) {
                m_balanceLine->setText(tr("Unknown"));
                DialogParts::setProblem(
                    m_loadError,
                    tr("Could not read the balance: %1").arg(result.error().sentence()));
                setStage(Stage::LoadFailed);
                return;
            }
            onBalanceRead(result.value());
        });
}

void CreditDialog::onBalanceRead(const Balance &balance) {
    m_before = balance;
    m_balanceLine->setText(balanceText(balance));
    fillUnits();
    setStage(Stage::Form);
    applyApprovalDraft();
}

void CreditDialog::setProgramCurrencies(const QStringList &codes) {
    m_programCurrencies = codes;
    if (m_stage != Stage::Loading && m_stage != Stage::LoadFailed)
        fillUnits();
}

void CreditDialog::setDraft(double amount, const QString &units, const QString &reason) {
    for (int i = 0; i < m_unitsCombo->count(); ++i) {
        if (m_unitsCombo->itemData(i).toString().compare(units, Qt::CaseInsensitive) == 0)
            m_unitsCombo->setCurrentIndex(i);
    }
    const auto unit = currentUnit();
    m_amount->setText(AmountValidator::toText(amount, QLocale(), unit ? unit->maxDecimals : 2));
    m_reason->setText(reason);
    m_amountTouched = m_reasonTouched = true;
    updateForm();
}

void CreditDialog::fillUnits() {
    const QString previous = m_unitsCombo->currentData().toString();
    m_units.clear();
    const auto add = [this](const QString &units, bool isCurrency, bool hasFractions) {
        if (units.isEmpty())
            return;
        for (const UnitChoice &existing : std::as_const(m_units)) {
            if (existing.units.compare(units, Qt::CaseInsensitive) == 0)
                return;
        }
        m_units.append(
            {units, isCurrency, AmountValidator::maxDecimalsFor(isCurrency, hasFractions)});
    };
    const auto hasFraction = [](double value) {
        return std::abs(value - std::round(value)) > 1e-9;
    };

    // 1. The customer's own currencies, as the balance lists them.
    for (const BalanceEntry &entry : std::as_const(m_before.entries)) {
        if (entry.isCurrency)
            add(entry.amountUnits, true, false);
    }
    // 2. The program's other currencies: as told by the caller, then those this console has
    //    credited in this profile before (the journal remembers them across restarts).
    for (const QString &code : std::as_const(m_programCurrencies))
        add(code.trimmed().toUpper(), true, false);
    if (m_session && m_session->journal()) {
        JournalFilter filter;
        filter.action = u"credit"_s;
        const QList<JournalEntry> credits = m_session->journal()->entries(filter);
        for (auto it = credits.crbegin(); it != credits.crend(); ++it) {
            if (it->operation.profileId != m_session->profile().id || !it->madeAsFarAsKnown())
                continue;
            const QJsonObject payload = it->operation.payload;
            if (payload.value("is_currency"_L1).toBool())
                add(payload.value("amount_units"_L1).toString(), true, false);
        }
    }
    bool anyCurrency = false;
    for (const UnitChoice &choice : std::as_const(m_units))
        anyCurrency = anyCurrency || choice.isCurrency;
    if (!anyCurrency) {
        const QString local = QLocale().currencySymbol(QLocale::CurrencyIsoCode);
        add(local.size() == 3 ? local : u"USD"_s, true, false);
    }
    // 3. Points and other units last.
    for (const BalanceEntry &entry : std::as_const(m_before.entries)) {
        if (!entry.isCurrency)
            add(entry.amountUnits, false, hasFraction(entry.amount));
    }
    add(u"points"_s, false, false);

    const QSignalBlocker blocker(m_unitsCombo);
    m_unitsCombo->clear();
    for (const UnitChoice &choice : std::as_const(m_units)) {
        const QString label = choice.isCurrency ? choice.units.toUpper() : choice.units;
        m_unitsCombo->addItem(label, choice.units);
    }
    int index = 0;
    for (int i = 0; i < m_unitsCombo->count(); ++i) {
        if (m_unitsCombo->itemData(i).toString() == previous)
            index = i;
    }
    m_unitsCombo->setCurrentIndex(index);
    updateForm();
}

std::optional<CreditDialog::UnitChoice> CreditDialog::currentUnit() const {
    const int index = m_unitsCombo->currentIndex();
    if (index < 0 || index >= m_units.size())
        return std::nullopt;
    return m_units.at(index);
}

void CreditDialog::updateForm() {
    if (!m_review)
        return;
    const auto unit = currentUnit();
    const int decimals = unit ? unit->maxDecimals : 2;
    m_validator->setMaxDecimals(decimals);
    const AmountValidator::Parsed amount =
        AmountValidator::parse(m_amount->text(), m_validator->locale(), decimals);
    const bool amountShown = m_amountTouched || !m_amount->text().isEmpty();
    QString amountProblem =
        amountShown ? AmountValidator::problemText(amount.problem, decimals,
                                                   unit ? m_unitsCombo->currentText() : QString())
                    : QString();
    bool withinLimit = true;
    if (unit && amount.ok()) {
        const double limit = creditLimit(*unit);
        withinLimit = amount.value <= limit;
        if (!withinLimit) {
            amountProblem =
                tr("A single credit can be at most %1. The limit is set in Preferences.")
                    .arg(DisplayFormat::amount(limit, unit->units, unit->isCurrency));
        }
    }
    DialogParts::setProblem(m_amountProblem, amountProblem);
    // A unit the customer holds nothing in opens a new balance: say so, never silently.
    const bool newUnit = unit && m_stage == Stage::Form && !holds(m_before, unit->units);
    m_newUnitNote->setText(newUnit ? tr("%1 has no %2 balance yet: this credit starts one.")
                                         .arg(m_customer.displayName(), m_unitsCombo->currentText())
                                   : QString());
    m_newUnitNote->setVisible(newUnit);
    const bool reasonOk = !m_reason->text().trimmed().isEmpty();
    DialogParts::setProblem(m_reasonProblem,
                            m_reasonTouched && !reasonOk
                                ? tr("Enter a reason: it is kept in the journal with the credit.")
                                : QString());
    const bool blocked = !m_blockingOpId.isEmpty();
    m_review->setEnabled(m_stage == Stage::Form && unit && amount.ok() && withinLimit && reasonOk &&
                         !blocked);
}

double CreditDialog::creditLimit(const UnitChoice &unit) const {
    QSettings settings;
    return Preferences(&settings).creditLimit(unit.units, unit.isCurrency);
}

QList<JournalEntry> CreditDialog::undecidedCredits() const {
    if (!m_session)
        return {};
    return UndecidedCredits::find(m_session->journal(), m_session->profile().id, customerIds());
}

void CreditDialog::updateBlock() {
    const QList<JournalEntry> undecided = undecidedCredits();
    m_blockingOpId = undecided.isEmpty() ? QString() : undecided.first().opId;
    m_blockBox->setVisible(!undecided.isEmpty());
    if (undecided.isEmpty())
        return;
    const JournalEntry &entry = undecided.first();
    QString text = tr("A credit of %1 to this customer (%2) may or may not have gone through, "
                      "and nobody has decided yet. Compare the balance with what it would be "
                      "after it, and say what you found before you credit again.")
                       .arg(JournalModel::amountText(entry),
                            QLocale().toString(entry.time.toLocalTime(), QLocale::ShortFormat));
    if (undecided.size() > 1)
        text += u' ' + tr("%n more after this one.", nullptr, int(undecided.size()) - 1);
    m_blockText->setText(text);
}

void CreditDialog::decideBlocking(JournalDecision decision) {
    if (m_blockingOpId.isEmpty() || m_stage != Stage::Form || !m_session || !m_session->journal())
        return;
    QString error;
    if (!m_session->journal()->decide(m_blockingOpId, decision, {}, &error)) {
        MessageBox::warning(this, tr("Journal"), error);
        return;
    }
    updateBlock();
    updateForm();
    fitToContents();
}

void CreditDialog::review() {
    if (m_stage != Stage::Form || !m_review->isEnabled())
        return;
    const auto unit = currentUnit();
    if (!unit)
        return;
    const AmountValidator::Parsed amount =
        AmountValidator::parse(m_amount->text(), m_validator->locale(), unit->maxDecimals);
    if (!amount.ok())
        return;
    m_pending.amount = amount.value;
    m_pending.amountUnits = unit->units;
    m_pending.isCurrency = unit->isCurrency;
    m_pendingReason = m_reason->text().trimmed();
    m_resend = false;
    showConfirm();
}

void CreditDialog::showConfirm() {
    QString who = m_customer.displayName();
    const QString id = m_customer.identifier();
    if (!id.isEmpty() && id != who)
        who += u" ("_s + id + u')';
    m_confirmCustomer->setText(who);
    m_confirmAmount->setText(signedAmount(m_pending));
    m_confirmBefore->setText(DisplayFormat::amount(amountIn(m_before, m_pending.amountUnits),
                                                   m_pending.amountUnits, m_pending.isCurrency));
    m_confirmAfter->setText(
        DisplayFormat::amount(amountIn(withCredit(m_before, m_pending), m_pending.amountUnits),
                              m_pending.amountUnits, m_pending.isCurrency));
    m_confirmReason->setText(m_pendingReason);
    m_confirm->setText(tr("Credit %1", "button; %1 is the amount").arg(amountText()));
    m_sendErrorLabel->clear();
    m_sendErrorBox->setVisible(false);

    std::optional<JournalEntry> recent;
    if (m_session && m_session->journal()) {
        recent = RecentCredits(m_session->journal(), m_session->profile().id)
                     .find(customerIds(), m_pending.amount, m_pending.amountUnits);
    }
    m_separate->setChecked(false);
    m_hasRecent = recent.has_value();
    m_recentBox->setVisible(m_hasRecent);
    if (recent && !RecentCredits::isOwn(*recent, m_session->profile().id)) {
        // Another person of the team: who, what and when, from the shared journal.
        m_recentText->setText(tr("%1 Make sure this is not the same credit twice.")
                                  .arg(RecentCredits::describeByOther(*recent)));
    } else if (recent) {
        m_recentText->setText(
            tr("This console credited %1 to this customer %2. Make sure this is not the same "
               "credit twice.")
                .arg(amountText(), RecentCredits::describe(*recent)));
    }
    showTeamApproval();
    setStage(Stage::Confirm);
    armConfirm();
}

void CreditDialog::armConfirm() {
    // A double-click on "Review credit…" must not land on "Credit" as well: the button takes
    // clicks only after a double-click interval has passed.
    m_armed = false;
    updateConfirmEnabled();
    m_armTimer->start(qMax(250, QApplication::doubleClickInterval()));
}

void CreditDialog::updateConfirmEnabled() {
    if (!m_confirm)
        return;
    const bool recentOk = !m_hasRecent || m_separate->isChecked();
    m_confirm->setEnabled(m_stage == Stage::Confirm && m_armed && recentOk);
}

void CreditDialog::confirm() {
    // Locked from the first click until the answer: a second click, or Enter, finds a
    // disabled button and a stage that is no longer Confirm.
    if (m_stage != Stage::Confirm || !m_confirm->isEnabled())
        return;
    if (m_mustAsk) {
        askForApproval();
        return;
    }
    if (!approveBeforeSending())
        return;
    send();
}

void CreditDialog::send() {
    if (!m_session || !m_session->referrals())
        return;
    m_confirm->setEnabled(false);
    m_sendError = ApiError();
    m_now.reset();
    setStage(Stage::Sending);
    m_busyText->setText(tr("Crediting %1…").arg(amountText()));
    const QString reason = m_resend
                               ? tr("%1 (sent again after an unknown outcome)").arg(m_pendingReason)
                               : m_pendingReason;
    m_previousOpId = m_resend ? m_sentOpId : QString();
    m_call = m_session->referrals()->creditBalance(m_customer.identifier(), m_pending, reason, this,
                                                   [this](const ApiResult<Balance> &r) {
                                                       m_call = nullptr;
                                                       if (r)
                                                           onCreditAnswered(&r.value(), ApiError());
                                                       else
                                                           onCreditAnswered(nullptr, r.error());
                                                   });
    // The call journaled the operation under its own id before returning; the bytes leave
    // only when the event loop runs, so the decision below is on disk before they do.
    m_sentOpId = m_call ? m_call->operationId().toString(QUuid::WithoutBraces) : QString();
    recordApprovedSent();
    if (!m_previousOpId.isEmpty() && !m_sentOpId.isEmpty())
        journalDecision(JournalDecision::SentAgain, m_sentOpId, m_previousOpId);
}

void CreditDialog::onCreditAnswered(const Balance *balance, const ApiError &error) {
    if (balance) {
        finishDone(*balance, false);
        return;
    }
    m_sendError = error;
    if (error.outcome == ChangeOutcome::Unknown) {
        rereadBalance();
        return;
    }
    if (m_resend && error.outcome == ChangeOutcome::NotSent && !m_previousOpId.isEmpty()) {
        // Sending again did not happen: the first credit is undecided again, and a later
        // "Credit" from this page repeats the first one, not the one never sent.
        journalDecision(JournalDecision::Later, {}, m_previousOpId);
        m_sentOpId = m_previousOpId;
    }
    // Refused: nothing was credited. The person may correct it or try again themselves.
    QString text = tr("The credit was not made: %1").arg(error.sentence());
    const QStringList fields = error.fieldMessages();
    if (!fields.isEmpty())
        text += u"\n"_s + fields.join(u"\n"_s);
    m_sendErrorLabel->setText(text);
    m_sendErrorBox->setVisible(true);
    setStage(Stage::Confirm);
    armConfirm();
}

void CreditDialog::rereadBalance() {
    if (!m_session || !m_session->referrals())
        return;
    setStage(Stage::Rereading);
    m_busyText->setText(
        tr("No answer said whether the credit was made. Reading the balance again…"));
    // A GET: safe to send again, and the client itself retries it on a flaky line.
    m_rereadCall = m_session->referrals()->balance(m_customer.identifier(), this,
                                                   [this](const ApiResult<Balance> &r) {
                                                       m_rereadCall = nullptr;
                                                       if (r) {
                                                           m_now = r.value();
                                                           m_nowError = ApiError();
                                                       } else {
                                                           m_now.reset();
                                                           m_nowError = r.error();
                                                       }
                                                       showUnknown();
                                                   });
}

void CreditDialog::showUnknown() {
    QString what;
    switch (m_sendError.kind) {
    case ApiError::Kind::Timeout:
        what = tr("No answer came back in time.");
        break;
    case ApiError::Kind::Network:
        what = tr("The connection broke before the answer arrived.");
        break;
    case ApiError::Kind::BadResponse:
        what = tr("The answer could not be read.");
        break;
    case ApiError::Kind::Server:
        // "Try again later", as ApiError says it, would invite a second credit.
        what = tr("The server answered with an error (HTTP %1) that does not say whether the "
                  "credit was made.")
                   .arg(m_sendError.httpStatus);
        break;
    default:
        what = m_sendError.sentence();
        break;
    }
    m_unknownText->setText(tr("%1 Partnero may have credited %2, or not. Compare the balances "
                              "and decide: nothing is sent again unless you say so.")
                               .arg(what, amountText()));
    m_unknownText->setToolTip(DisplayFormat::plainToolTip(m_sendError.sentence()));
    const QString units = m_pending.amountUnits;
    const double before = amountIn(m_before, units);
    const double expected = amountIn(withCredit(m_before, m_pending), units);
    m_unknownBefore->setText(DisplayFormat::amount(before, units, m_pending.isCurrency));
    m_unknownExpected->setText(DisplayFormat::amount(expected, units, m_pending.isCurrency));
    if (m_now) {
        const double now = amountIn(*m_now, units);
        m_unknownNow->setText(DisplayFormat::amount(now, units, m_pending.isCurrency));
        QString hint;
        if (std::abs(now - expected) < 0.005)
            hint = tr("The balance now is what it would be after this credit.");
        else if (std::abs(now - before) < 0.005)
            hint = tr("The balance now is the same as before.");
        else
            hint = tr("The balance changed by a different amount: someone else may have "
                      "credited or spent in the meantime.");
        m_unknownHint->setText(hint);
    } else {
        m_unknownNow->setText(tr("Could not be read: %1").arg(m_nowError.sentence()));
        m_unknownHint->setText(tr("Read the balance again before you decide."));
    }
    setStage(Stage::Unknown);
}

bool CreditDialog::journalDecision(JournalDecision decision, const QString &sentAgainAs,
                                   const QString &opId) {
    const QString id = opId.isEmpty() ? m_sentOpId : opId;
    if (id.isEmpty() || !m_session || !m_session->journal())
        return true; // nothing was journaled for it, so there is nothing to decide
    QString error;
    if (m_session->journal()->decide(id, decision, sentAgainAs, &error))
        return true;
    MessageBox::warning(this, tr("Journal"),
                        tr("Your decision could not be recorded: %1").arg(error));
    return false;
}

void CreditDialog::wentThrough() {
    if (m_stage != Stage::Unknown || !journalDecision(JournalDecision::WentThrough))
        return;
    finishDone(m_now ? *m_now : withCredit(m_before, m_pending), true);
}

void CreditDialog::notMade() {
    if (m_stage != Stage::Unknown || !journalDecision(JournalDecision::NotMade))
        return;
    m_doneText->setText(tr("Recorded as not made: %1 was not credited to %2.")
                            .arg(amountText(), m_customer.displayName()));
    m_doneBalance->setText(m_now ? balanceText(*m_now) : balanceText(m_before));
    setStage(Stage::Done);
}

void CreditDialog::decideLater() {
    if (m_stage != Stage::Unknown || !journalDecision(JournalDecision::Later))
        return;
    done(QDialog::Rejected);
}

void CreditDialog::stopWaiting() {
    // A cancelled credit that may have left is Unknown by the one rule: the answer handler
    // reads the balance again and asks the person, as for a timeout.
    if (m_stage == Stage::Sending && m_call) {
        m_call->cancel();
        return;
    }
    if (m_stage == Stage::Rereading && m_rereadCall) {
        m_rereadCall->cancel();
        return;
    }
}

void CreditDialog::sendAgain() {
    if (m_stage != Stage::Unknown)
        return;
    QString text =
        tr("If the first credit went through, %1 will be credited twice (%2 each time).\n\n"
           "Send the credit of %2 again?")
            .arg(m_customer.displayName(), amountText());
    if (m_now) {
        text += u"\n\n"_s + tr("Balance before: %1\nBalance now: %2")
                                .arg(m_unknownBefore->text(), m_unknownNow->text());
    }
    const auto answer = MessageBox::confirm(this, tr("Send the credit again?"), text,
                                            tr("Send again"), tr("Do not send"));
    if (answer != QMessageBox::Yes || m_stage != Stage::Unknown)
        return;
    // The reconciling read is the new "before": the confirmation and a second unknown outcome
    // compare against what the person just saw.
    if (m_now)
        m_before = *m_now;
    m_resend = true;
    send();
}

void CreditDialog::finishDone(const Balance &balance, bool decidedByPerson) {
    const QString who = m_customer.displayName();
    m_doneText->setText(decidedByPerson
                            ? tr("Recorded as gone through: %1 to %2.").arg(amountText(), who)
                            : tr("Credited %1 to %2.").arg(amountText(), who));
    m_doneBalance->setText(balanceText(balance));
    setStage(Stage::Done);
    Q_EMIT credited(m_customer, balance);
}

void CreditDialog::reject() {
    if (m_stage == Stage::Sending || m_stage == Stage::Rereading) {
        m_busyText->setText(tr("Waiting for the answer before closing: it must be seen. "
                               "\"Stop waiting\" leaves now, and the outcome is then unknown."));
        return;
    }
    if (m_stage == Stage::Unknown) {
        // Closing the window is "decide later", journaled as such.
        decideLater();
        return;
    }
    QDialog::reject();
}

void CreditDialog::setApproval(const ApprovalRequest &request) {
    m_approvalId = request.id;
    m_approvalAskedBy = request.askedBy();
    m_approved = false;
    QString me = Journal::currentUser();
    if (m_session && m_session->journal() && !m_session->journal()->displayName().isEmpty())
        me = m_session->journal()->displayName();
    setWindowTitle(tr("Approve a credit to %1").arg(m_customer.displayName()));
    // The unit asked for is offered even when the customer holds none of it yet.
    if (request.isCurrency && !m_programCurrencies.contains(request.units, Qt::CaseInsensitive))
        m_programCurrencies << request.units;
    // The journal keeps both names with the credit this console sends.
    m_approvalDraft =
        ApprovalDraft{request.amount, request.units,
                      tr("%1 (asked by %2, approved by %3)", "reason; who asked; who approved")
                          .arg(request.reason, request.askedBy(), me)};
    // Before the balance is read there are no units to choose from: applied when it is.
    if (m_stage != Stage::Loading && m_stage != Stage::LoadFailed) {
        fillUnits();
        applyApprovalDraft();
    }
}

void CreditDialog::applyApprovalDraft() {
    if (!m_approvalDraft)
        return;
    setDraft(m_approvalDraft->amount, m_approvalDraft->units, m_approvalDraft->reason);
    m_amount->setReadOnly(true);
    m_unitsCombo->setEnabled(false);
    m_reason->setReadOnly(true);
}

void CreditDialog::showTeamApproval() {
    m_mustAsk = false;
    m_approvalBox->setVisible(false);
    TeamStore *team = m_session ? m_session->team() : nullptr;
    if (!m_approvalId.isEmpty()) {
        m_approvalText->setText(tr("%1 asked for this credit. Approving sends it now, from this "
                                   "console, journaled with both names.")
                                    .arg(m_approvalAskedBy));
        m_confirm->setText(
            tr("Approve and credit %1", "button; %1 is the amount").arg(amountText()));
        m_approvalBox->setVisible(true);
        return;
    }
    if (!team)
        return;
    const QString units = m_pending.amountUnits;
    if (!team->ensureConnected()) {
        // Whether a second person must approve cannot be checked: nothing is sent unchecked.
        m_mustAsk = true;
        m_approvalText->setText(tr("Whether this credit needs a second person's approval "
                                   "cannot be checked: %1")
                                    .arg(team->errorString()));
    } else if (double threshold = 0;
               team->approvals()->needsApproval(m_pending.amount, units, &threshold)) {
        m_mustAsk = true;
        m_approvalText->setText(
            tr("In this team, credits above %1 wait for a second person's approval. Asking "
               "files the request; another manager approves or rejects it in the journal "
               "window, and the approving console sends it.")
                .arg(DisplayFormat::amount(threshold, units, m_pending.isCurrency)));
    } else {
        return;
    }
    m_confirm->setText(tr("Ask for approval"));
    m_approvalBox->setVisible(true);
}

void CreditDialog::askForApproval() {
    TeamStore *team = m_session ? m_session->team() : nullptr;
    if (!team)
        return;
    const auto refuse = [this](const QString &sentence) {
        m_sendErrorLabel->setText(tr("Nothing was asked and nothing was sent: %1").arg(sentence));
        m_sendErrorBox->setVisible(true);
    };
    if (!team->ensureConnected()) {
        refuse(team->errorString());
        return;
    }
    ApprovalRequest wanted;
    wanted.customer = m_customer.identifier();
    wanted.customerLabel = m_customer.displayName();
    wanted.amount = m_pending.amount;
    wanted.units = m_pending.amountUnits;
    wanted.isCurrency = m_pending.isCurrency;
    wanted.reason = m_pendingReason;
    wanted.askedByUser = Journal::currentUser();
    if (m_session->journal())
        wanted.askedByName = m_session->journal()->displayName();
    const std::optional<ApprovalRequest> asked = team->approvals()->ask(wanted);
    if (!asked) {
        refuse(team->approvals()->errorString());
        return;
    }
    team->announceApprovals();
    m_doneText->setText(tr("Asked for approval: %1 to %2. Nothing is sent until another person "
                           "approves it; the request waits in every team console's journal "
                           "window.")
                            .arg(amountText(), m_customer.displayName()));
    m_doneBalance->setText(balanceText(m_before));
    setStage(Stage::Done);
}

bool CreditDialog::approveBeforeSending() {
    if (m_approvalId.isEmpty() || m_approved)
        return true;
    TeamStore *team = m_session ? m_session->team() : nullptr;
    const auto refuse = [this](const QString &sentence) {
        m_sendErrorLabel->setText(tr("Nothing was sent: %1").arg(sentence));
        m_sendErrorBox->setVisible(true);
        return false;
    };
    if (!team)
        return refuse(tr("this profile has no team store."));
    if (!team->ensureConnected())
        return refuse(team->errorString());
    const QString name = m_session->journal() ? m_session->journal()->displayName() : QString();
    if (!team->approvals()->approve(m_approvalId, Journal::currentUser(), name)) {
        const QString sentence = team->approvals()->errorString();
        m_confirm->setEnabled(false);
        return refuse(sentence);
    }
    m_approved = true;
    team->announceApprovals();
    return true;
}

void CreditDialog::recordApprovedSent() {
    if (m_approvalId.isEmpty() || m_sentOpId.isEmpty())
        return;
    if (TeamStore *team = m_session ? m_session->team() : nullptr) {
        // The credit is journaled under m_sentOpId before it leaves; the request now says so,
        // and no console can send it again.
        if (team->approvals()->markSent(m_approvalId, m_sentOpId))
            team->announceApprovals();
        else if (Journal *journal = m_session->journal(); journal && journal->isShared())
            journal->keepApprovalSent(m_approvalId, m_sentOpId); // replayed when the store is back
    }
    m_approvalId.clear();
}

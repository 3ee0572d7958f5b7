// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rewards/invitedialog.h"

#include "app/api/apiclient.h"
#include "app/api/changeoutcome.h"
#include "app/api/referralservice.h"
#include "app/bulk/invitecsv.h"
#include "app/session/session.h"
#include "models/fieldchecks.h"
#include "ui/widgets/dialogparts.h"
#include "ui/widgets/messagebox.h"

#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {} // namespace

InviteDialog::InviteDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session) {
    setWindowTitle(tr("Invite a customer"));
    setObjectName(u"inviteDialog"_s);
    setMinimumWidth(520);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(DialogParts::heading(tr("Invite someone to the referral program"), this));
    layout->addWidget(DialogParts::muted(
        tr("Partnero sends them an invitation email. Personalization fields fill placeholders "
           "in that email."),
        this));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_email = new QLineEdit(this);
    m_email->setObjectName(u"emailEdit"_s);
    m_email->setPlaceholderText(tr("jane.smith@example.com"));
    form->addRow(tr("&Email:"), m_email);
    m_emailProblem = DialogParts::problemLabel(this);
    m_emailProblem->setObjectName(u"emailProblem"_s);
    form->addRow(QString(), m_emailProblem);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"nameEdit"_s);
    m_name->setPlaceholderText(tr("Optional"));
    form->addRow(tr("&Name:"), m_name);
    layout->addLayout(form);

    auto *pairsHeader = new QHBoxLayout;
    auto *pairsLabel = new QLabel(tr("Personalization:"), this);
    pairsHeader->addWidget(pairsLabel);
    pairsHeader->addStretch(1);
    auto *add = DialogParts::button(tr("Add field"), u"addPairButton"_s, this);
    auto *remove = DialogParts::button(tr("Remove"), u"removePairButton"_s, this);
    pairsHeader->addWidget(add);
    pairsHeader->addWidget(remove);
    layout->addLayout(pairsHeader);

    m_pairs = new QTableWidget(0, 2, this);
    m_pairs->setObjectName(u"pairsTable"_s);
    m_pairs->setAccessibleName(tr("Personalization"));
    m_pairs->setHorizontalHeaderLabels({tr("Field"), tr("Value")});
    m_pairs->horizontalHeader()->setStretchLastSection(true);
    m_pairs->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_pairs->setColumnWidth(0, m_pairs->fontMetrics().averageCharWidth() * 22);
    m_pairs->verticalHeader()->setVisible(false);
    m_pairs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pairs->setMinimumHeight(110);
    m_pairs->setToolTip(tr("For example: coupon = SPRING25"));
    layout->addWidget(m_pairs, 1);
    m_pairsProblem = DialogParts::problemLabel(this);
    m_pairsProblem->setObjectName(u"pairsProblem"_s);
    layout->addWidget(m_pairsProblem);

    m_banner = DialogParts::banner(DialogParts::Tone::Info, &m_bannerText, this);
    m_bannerText->setObjectName(u"inviteResult"_s);
    m_banner->setVisible(false);
    layout->addWidget(m_banner);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_close = DialogParts::button(tr("Close"), u"closeButton"_s, this);
    m_send = DialogParts::button(tr("Send invitation"), u"sendButton"_s, this);
    m_send->setDefault(true);
    buttons->addWidget(m_close);
    buttons->addWidget(m_send);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, [this] {
        addPair();
        m_pairs->setCurrentCell(m_pairs->rowCount() - 1, 0);
        m_pairs->editItem(m_pairs->item(m_pairs->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, &InviteDialog::removeSelectedPairs);
    connect(m_pairs, &QTableWidget::itemChanged, this, &InviteDialog::updateState);
    connect(m_email, &QLineEdit::textEdited, this, [this] {
        m_emailTouched = true;
        updateState();
    });
    connect(m_email, &QLineEdit::editingFinished, this, [this] {
        m_emailTouched = !m_email->text().isEmpty() || m_emailTouched;
        updateState();
    });
    connect(m_close, &QPushButton::clicked, this, &InviteDialog::reject);
    connect(m_send, &QPushButton::clicked, this, &InviteDialog::send);
    updateState();
}

InviteDialog::~InviteDialog() = default;

void InviteDialog::setEmail(const QString &email) {
    m_email->setText(email);
    m_emailTouched = true;
    updateState();
}

void InviteDialog::addPair(const QString &key, const QString &value) {
    const QSignalBlocker blocker(m_pairs);
    const int row = m_pairs->rowCount();
    m_pairs->insertRow(row);
    m_pairs->setItem(row, 0, new QTableWidgetItem(key));
    m_pairs->setItem(row, 1, new QTableWidgetItem(value));
    updateState();
}

void InviteDialog::removeSelectedPairs() {
    QList<int> rows;
    const QList<QTableWidgetItem *> selected = m_pairs->selectedItems();
    for (const QTableWidgetItem *item : selected) {
        if (!rows.contains(item->row()))
            rows << item->row();
    }
    if (rows.isEmpty() && m_pairs->currentRow() >= 0)
        rows << m_pairs->currentRow();
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : std::as_const(rows))
        m_pairs->removeRow(row);
    updateState();
}

InviteRequest InviteDialog::request() const {
    InviteRequest invite;
    invite.email = m_email->text().trimmed();
    invite.name = m_name->text().trimmed();
    for (int row = 0; row < m_pairs->rowCount(); ++row) {
        const QString key =
            m_pairs->item(row, 0) ? m_pairs->item(row, 0)->text().trimmed() : QString();
        const QString value = m_pairs->item(row, 1) ? m_pairs->item(row, 1)->text() : QString();
        if (!key.isEmpty())
            invite.personalization.append({key, value});
    }
    return invite;
}

QString InviteDialog::pairsProblem() const {
    QSet<QString> keys;
    for (int row = 0; row < m_pairs->rowCount(); ++row) {
        const QString key =
            m_pairs->item(row, 0) ? m_pairs->item(row, 0)->text().trimmed() : QString();
        const QString value = m_pairs->item(row, 1) ? m_pairs->item(row, 1)->text() : QString();
        if (key.isEmpty() && !value.trimmed().isEmpty())
            return tr("Row %1: give the field a name.").arg(row + 1);
        if (!key.isEmpty() && keys.contains(key))
            return tr("The field \"%1\" is there twice.").arg(key);
        keys.insert(key);
    }
    return {};
}

void InviteDialog::updateState() {
    const QString email = m_email->text().trimmed();
    QString emailProblem;
    if (email.isEmpty())
        emailProblem = m_emailTouched ? tr("Enter an email address: it is required.") : QString();
    else if (!FieldChecks::isEmail(email))
        emailProblem = tr("This is not a valid email address.");
    DialogParts::setProblem(m_emailProblem, emailProblem);
    const QString pairs = pairsProblem();
    DialogParts::setProblem(m_pairsProblem, pairs);
    const bool valid = FieldChecks::isEmail(email) && pairs.isEmpty();
    m_send->setEnabled(!m_sending && valid);
    m_send->setText(!m_unknownEmail.isEmpty() &&
                            InviteCsv::emailKey(email) == InviteCsv::emailKey(m_unknownEmail)
                        ? tr("Send again…")
                        : tr("Send invitation"));
    m_email->setEnabled(!m_sending);
    m_name->setEnabled(!m_sending);
    m_pairs->setEnabled(!m_sending);
    m_close->setEnabled(!m_sending);
}

void InviteDialog::showBanner(DialogParts::Tone tone, const QString &text) {
    DialogParts::setBannerTone(m_banner, tone);
    m_bannerText->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

void InviteDialog::send() {
    // Locked from the first click until the answer: a second click or Enter does nothing.
    if (m_sending || !m_send->isEnabled() || !m_session || !m_session->referrals())
        return;
    const InviteRequest invite = request();
    const QString key = InviteCsv::emailKey(invite.email);
    if (!m_unknownEmail.isEmpty() && key == InviteCsv::emailKey(m_unknownEmail)) {
        const auto answer = MessageBox::confirm(
            this, tr("Send the invitation again?"),
            tr("The last invitation to %1 may or may not have been sent. If it was, %1 gets two "
               "invitation emails.\n\nSend it again?")
                .arg(invite.email),
            tr("Send again"), tr("Do not send"));
        if (answer != QMessageBox::Yes)
            return;
    } else {
        const QHash<QString, QDateTime> before =
            InviteCsv::invitedBefore(m_session->journal(), m_session->profile().id);
        if (before.contains(key)) {
            const auto answer = MessageBox::confirm(
                this, tr("Invite again?"),
                tr("This console invited %1 on %2.\n\nSend another invitation?")
                    .arg(invite.email,
                         QLocale().toString(before.value(key).toLocalTime(), QLocale::ShortFormat)),
                tr("Invite again"), tr("Do not send"));
            if (answer != QMessageBox::Yes)
                return;
        }
    }
    m_sending = true;
    updateState();
    showBanner(DialogParts::Tone::Info, tr("Sending the invitation to %1…").arg(invite.email));
    m_session->referrals()->invite(invite, this, [this, invite](const ApiResult<void> &result) {
        onAnswered(invite, result.error());
    });
}

void InviteDialog::onAnswered(const InviteRequest &sent, const ApiError &error) {
    m_sending = false;
    if (!error.isError()) {
        m_unknownEmail.clear();
        showBanner(DialogParts::Tone::Success, tr("Invitation sent to %1.").arg(sent.email));
        // Ready for the next person; the personalization fields are often the same for all.
        m_email->clear();
        m_name->clear();
        m_emailTouched = false;
        updateState();
        m_email->setFocus();
        Q_EMIT invited(sent.email);
        return;
    }
    if (error.outcome == ChangeOutcome::Unknown) {
        m_unknownEmail = sent.email;
        showBanner(DialogParts::Tone::Warning,
                   tr("The invitation to %1 may or may not have been sent: %2 Nothing is sent "
                      "again unless you say so.")
                       .arg(sent.email, error.sentence()));
    } else {
        QString text = tr("The invitation was not sent: %1").arg(error.sentence());
        const QStringList fields = error.fieldMessages();
        if (!fields.isEmpty())
            text += u"\n"_s + fields.join(u"\n"_s);
        showBanner(DialogParts::Tone::Error, text);
    }
    updateState();
    // The server's word on the address goes next to the field (after updateState, which
    // would clear it).
    if (!error.fieldErrors.value(u"email"_s).isEmpty())
        DialogParts::setProblem(m_emailProblem, error.fieldErrors.value(u"email"_s).join(u" "_s));
}

void InviteDialog::reject() {
    if (m_sending)
        return;
    QDialog::reject();
}

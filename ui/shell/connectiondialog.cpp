// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/connectiondialog.h"

#include "app/api/apierror.h"
#include "app/profiles/networkpreferences.h"
#include "app/profiles/profilestore.h"
#include "app/session/session.h"
#include "models/displayformat.h"
#include "models/programkindtext.h"
#include "ui/shell/cafilefield.h"
#include "ui/shell/sharedstorebox.h"
#include "ui/widgets/dialogparts.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

ConnectionDialog::ConnectionDialog(ProfileStore *profiles, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_caFile(new CaFileField(QString(), this))
    , m_sharedStore(new SharedStoreBox(Profile(), this))
    , m_status(new QLabel(this))
    , m_test(new QPushButton(tr("&Test and save"), this))
    , m_sandbox(new QPushButton(tr("Try the &sandbox"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Connect to Partnero"));
    setMinimumWidth(520);
    // The server's sentences reach the status line: data, never markup.
    m_status->setTextFormat(Qt::PlainText);

    auto *intro = new QLabel(tr("Create an API key in the Partnero dashboard under "
                                "Integration \u2192 API. Each key belongs to one program. "
                                "The key is kept in your system's keychain, never in a file."),
                             this);
    intro->setWordWrap(true);

    m_name->setPlaceholderText(tr("e.g. Acme referrals"));
    m_name->setAccessibleName(tr("Profile name"));
    m_url->setText(Profile::defaultBaseUrl().toString());
    m_url->setAccessibleName(tr("Base URL"));
    m_key->setAccessibleName(tr("API key"));
    m_key->setPlaceholderText(tr("Paste the API key"));
    DialogParts::makeSecretField(m_key);
    m_kind->addItem(tr("Detect automatically"), QVariant::fromValue(ProgramKind::Unknown));
    m_kind->addItem(programKindText(ProgramKind::Affiliate),
                    QVariant::fromValue(ProgramKind::Affiliate));
    m_kind->addItem(programKindText(ProgramKind::ReferAFriend),
                    QVariant::fromValue(ProgramKind::ReferAFriend));
    m_kind->setAccessibleName(tr("Program kind"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(u"connectionStatus"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("Profile &name:"), m_name);
    form->addRow(tr("&Base URL:"), m_url);
    form->addRow(tr("API &key:"), m_key);
    form->addRow(tr("Program k&ind:"), m_kind);
    form->addRow(tr("Extra &CA certificate:"), m_caFile);

    m_test->setDefault(true);
    m_buttons->addButton(m_test, QDialogButtonBox::AcceptRole);
    m_buttons->addButton(m_sandbox, QDialogButtonBox::ActionRole);
    m_sandbox->setToolTip(tr("Start a local sandbox with sample programs: nothing real is "
                             "touched"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_sharedStore);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(m_buttons);

    // The test button is the AcceptRole button; it must test, not close.
    disconnect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testAndSave);
    connect(m_sandbox, &QPushButton::clicked, this, [this] {
        m_sandboxChosen = true;
        Q_EMIT sandboxRequested();
        accept();
    });
    for (auto *edit : {m_name, m_url, m_key})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::updateState);
    connect(m_caFile, &CaFileField::changed, this, &ConnectionDialog::updateState);
    m_sharedStore->setCollapsible(true);
    connect(m_sharedStore, &SharedStoreBox::changed, this, &ConnectionDialog::updateState);
    // Registering proposes the profile's name, which is usually how the team calls the program.
    connect(m_name, &QLineEdit::textChanged, this, &ConnectionDialog::suggestProgram);
    connect(m_url, &QLineEdit::textChanged, this, &ConnectionDialog::suggestProgram);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ConnectionDialog::suggestProgram);
    suggestProgram();
    updateState();
}

void ConnectionDialog::suggestProgram() {
    m_sharedStore->setSuggestedProgram(m_name->text().simplified(), {},
                                       m_kind->currentData().value<ProgramKind>(),
                                       m_url->text().trimmed());
}

void ConnectionDialog::setProfile(const Profile &profile, Mode mode) {
    m_profile = profile;
    m_mode = mode;
    m_name->setText(profile.name);
    m_url->setText(profile.baseUrl.toString());
    m_kind->setCurrentIndex(m_kind->findData(QVariant::fromValue(profile.kind)));
    const bool keyOnly = mode == Mode::NewKey;
    m_name->setReadOnly(keyOnly);
    m_url->setReadOnly(keyOnly);
    m_kind->setEnabled(!keyOnly);
    m_caFile->setPath(profile.caFile);
    m_caFile->setEnabled(!keyOnly);
    m_sandbox->setVisible(!keyOnly);
    // A new key changes nothing else: the store stays as Manage profiles set it.
    m_sharedStore->setVisible(!keyOnly);
    if (keyOnly) {
        setWindowTitle(tr("New API key for %1").arg(profile.name));
        m_key->setFocus();
    }
    updateState();
}

void ConnectionDialog::setMessage(const QString &sentence) {
    m_status->setText(sentence);
}

Profile ConnectionDialog::profile() const {
    Profile p = m_profile;
    p.name = m_name->text().trimmed();
    p.baseUrl = QUrl::fromUserInput(m_url->text().trimmed());
    const auto chosen = m_kind->currentData().value<ProgramKind>();
    p.kind = chosen != ProgramKind::Unknown ? chosen : m_info.kind;
    p.caFile = m_caFile->path();
    if (m_mode == Mode::NewProfile)
        p = m_sharedStore->applyTo(p);
    return p;
}

QString ConnectionDialog::apiKey() const {
    return m_key->text().trimmed();
}

QString ConnectionDialog::storePassword() const {
    return m_mode == Mode::NewProfile ? m_sharedStore->password() : QString();
}

QString ConnectionDialog::validationMessage() const {
    if (m_mode == Mode::NewProfile) {
        const QString nameProblem = m_profiles->validateName(m_name->text(), m_profile.id);
        if (!nameProblem.isEmpty())
            return nameProblem;
        const QUrl url = QUrl::fromUserInput(m_url->text().trimmed());
        if (m_url->text().trimmed().isEmpty() || !url.isValid())
            return tr("Enter the API's address, such as %1.")
                .arg(Profile::defaultBaseUrl().toString());
        const QString urlProblem = ProfileStore::validateBaseUrl(url);
        if (!urlProblem.isEmpty())
            return urlProblem;
        const QString caProblem = m_caFile->problem();
        if (!caProblem.isEmpty())
            return caProblem;
        const QString storeProblem = m_sharedStore->problem();
        if (!storeProblem.isEmpty())
            return storeProblem;
    }
    if (apiKey().isEmpty())
        return tr("Paste the API key.");
    return {};
}

void ConnectionDialog::updateState() {
    const QString problem = validationMessage();
    m_test->setEnabled(!m_busy && problem.isEmpty());
    m_test->setToolTip(DisplayFormat::plainToolTip(problem));
    // Only complain about fields the person has started on; an empty form is not an error.
    if (!m_busy && !m_name->text().isEmpty())
        m_status->setText(problem);
}

void ConnectionDialog::testAndSave() {
    if (m_busy || !validationMessage().isEmpty())
        return;
    setBusy(true);
    m_status->setText(tr("Checking the key\u2026"));
    Profile probeProfile = profile();
    probeProfile.kind = m_kind->currentData().value<ProgramKind>();
    // A throwaway session without a journal: testing a key changes nothing.
    m_probe = new Session(probeProfile, apiKey(), nullptr, this);
    m_probe->applyProxy(NetworkPreferences(m_profiles->settings()).proxyInUse());
    connect(m_probe, &Session::connected, this, &ConnectionDialog::onConnected);
    connect(m_probe, &Session::connectionFailed, this,
            [this](const ApiError &error) { onFailed(error.sentence()); });
    m_probe->connectToServer();
}

void ConnectionDialog::onConnected(const ProgramInfo &info) {
    m_info = info;
    m_probe->deleteLater();
    setBusy(false);
    const auto chosen = m_kind->currentData().value<ProgramKind>();
    if (chosen == ProgramKind::Unknown && info.kind == ProgramKind::Unknown) {
        m_status->setText(tr("The key works, but the server did not say which kind of program "
                             "it belongs to. Choose the program kind, then test again."));
        m_kind->setFocus();
        return;
    }
    const ProgramKind kind = chosen != ProgramKind::Unknown ? chosen : info.kind;
    m_status->setText(
        info.name.isEmpty()
            ? tr("Connected: a %1 program.").arg(programKindText(kind))
            : tr("Connected to %1, a %2 program.").arg(info.name, programKindText(kind)));
    accept();
}

void ConnectionDialog::onFailed(const QString &sentence) {
    m_probe->deleteLater();
    setBusy(false);
    m_status->setText(sentence);
    m_key->setFocus();
}

void ConnectionDialog::setBusy(bool busy) {
    m_busy = busy;
    m_name->setEnabled(!busy);
    m_url->setEnabled(!busy);
    m_key->setEnabled(!busy);
    m_sandbox->setEnabled(!busy);
    m_sharedStore->setEnabled(!busy);
    updateState();
}

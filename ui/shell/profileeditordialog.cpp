// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/profileeditordialog.h"

#include "app/profiles/profilestore.h"
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

ProfileEditorDialog::ProfileEditorDialog(ProfileStore *profiles, const Profile &profile,
                                         QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_original(profile)
    , m_name(new QLineEdit(profile.name, this))
    , m_url(new QLineEdit(profile.baseUrl.toString(), this))
    , m_kind(new QComboBox(this))
    , m_role(new QComboBox(this))
    , m_roleDescription(new QLabel(this))
    , m_roleNote(new QLabel(ProfileRoles::notASecurityBoundary(), this))
    , m_key(new QLineEdit(this))
    , m_caFile(new CaFileField(profile.caFile, this))
    , m_sharedStore(new SharedStoreBox(profile, this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Edit profile %1").arg(profile.name));
    setMinimumWidth(520);

    m_name->setAccessibleName(tr("Profile name"));
    m_url->setAccessibleName(tr("Base URL"));
    m_kind->setAccessibleName(tr("Program kind"));
    m_kind->addItem(tr("Detect automatically"), QVariant::fromValue(ProgramKind::Unknown));
    for (ProgramKind kind : {ProgramKind::Affiliate, ProgramKind::ReferAFriend})
        m_kind->addItem(programKindText(kind), QVariant::fromValue(kind));
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(QVariant::fromValue(profile.kind))));

    m_role->setObjectName(u"roleBox"_s);
    m_role->setAccessibleName(tr("Role"));
    const auto roles = ProfileRoles::all();
    for (ProfileRole role : roles)
        m_role->addItem(ProfileRoles::text(role), QVariant::fromValue(int(role)));
    m_role->setCurrentIndex(qMax(0, m_role->findData(QVariant::fromValue(int(profile.role)))));
    m_roleDescription->setWordWrap(true);
    m_roleNote->setObjectName(u"roleNote"_s);
    m_roleNote->setWordWrap(true);
    m_roleNote->setTextFormat(Qt::PlainText);

    m_key->setAccessibleName(tr("New API key"));
    m_key->setPlaceholderText(tr("Leave empty to keep the saved key"));
    DialogParts::makeSecretField(m_key);

    m_problem->setObjectName(u"profileProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);

    auto *roleColumn = new QVBoxLayout;
    roleColumn->addWidget(m_role);
    roleColumn->addWidget(m_roleDescription);
    roleColumn->addWidget(m_roleNote);

    auto *form = new QFormLayout;
    form->addRow(tr("Profile &name:"), m_name);
    form->addRow(tr("&Base URL:"), m_url);
    form->addRow(tr("Program k&ind:"), m_kind);
    form->addRow(tr("&Role:"), roleColumn);
    form->addRow(tr("New API &key:"), m_key);
    form->addRow(tr("Extra &CA certificate:"), m_caFile);
    // QFormLayout gives a label a buddy only for a widget row.
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(roleColumn)))
        label->setBuddy(m_role);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_sharedStore);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (auto *edit : {m_name, m_url, m_key})
        connect(edit, &QLineEdit::textChanged, this, &ProfileEditorDialog::updateState);
    connect(m_role, &QComboBox::currentIndexChanged, this, &ProfileEditorDialog::updateState);
    connect(m_caFile, &CaFileField::changed, this, &ProfileEditorDialog::updateState);
    connect(m_sharedStore, &SharedStoreBox::changed, this, &ProfileEditorDialog::updateState);
    m_sharedStore->setSuggestedProgram(profile.name, {}, profile.kind, profile.baseUrl.toString());
    updateState();
}

Profile ProfileEditorDialog::profile() const {
    Profile edited = m_original;
    edited.name = m_name->text().simplified();
    edited.baseUrl = QUrl::fromUserInput(m_url->text().trimmed());
    edited.kind = m_kind->currentData().value<ProgramKind>();
    edited.role = ProfileRole(m_role->currentData().toInt());
    edited.caFile = m_caFile->path();
    return m_sharedStore->applyTo(edited);
}

QString ProfileEditorDialog::newKey() const {
    return m_key->text().trimmed();
}

QString ProfileEditorDialog::newStorePassword() const {
    return m_sharedStore->password();
}

QString ProfileEditorDialog::problem() const {
    if (m_url->text().trimmed().isEmpty())
        return ProfileStore::validateBaseUrl(QUrl());
    if (const QString ca = m_caFile->problem(); !ca.isEmpty())
        return ca;
    if (const QString store = m_sharedStore->problem(); !store.isEmpty())
        return store;
    return m_profiles->validate(profile());
}

void ProfileEditorDialog::updateState() {
    m_roleDescription->setText(ProfileRoles::description(profile().role));
    const QString sentence = problem();
    m_problem->setText(sentence);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(sentence.isEmpty());
}

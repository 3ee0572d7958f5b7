// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/sharedstorebox.h"

#include "app/team/teamstoreprobe.h"
#include "ui/shell/cafilefield.h"
#include "ui/widgets/dialogparts.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QStyleOptionGroupBox>

using namespace Qt::Literals::StringLiterals;

SharedStoreBox::SharedStoreBox(const Profile &profile, QWidget *parent)
    : QGroupBox(parent)
    , m_host(new QLineEdit(profile.sharedStore.host, this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(profile.sharedStore.database, this))
    , m_user(new QLineEdit(profile.sharedStore.user, this))
    , m_password(new QLineEdit(this))
    , m_tls(new QComboBox(this))
    , m_caFile(new CaFileField(profile.sharedStore.caFile, this))
    , m_program(new QComboBox(this))
    , m_list(DialogParts::button(tr("&List programs"), u"listProgramsButton"_s, this))
    , m_register(DialogParts::button(tr("Re&gister…"), u"registerProgramButton"_s, this))
    , m_status(new QLabel(this))
    , m_note(new QLabel(this))
    , m_probe(new TeamStoreProbe(this)) {
    setObjectName(u"sharedStoreBox"_s);
    setTitle(tr("&Shared store (PostgreSQL)"));
    setCheckable(true);
    setChecked(profile.hasSharedStore());

    m_host->setAccessibleName(tr("Shared store host"));
    m_host->setPlaceholderText(tr("db.example.com"));
    m_port->setAccessibleName(tr("Shared store port"));
    m_port->setRange(1, 65535);
    m_port->setValue(profile.hasSharedStore() ? profile.sharedStore.port
                                              : PostgresTarget::DefaultPort);
    m_database->setAccessibleName(tr("Shared store database"));
    m_user->setAccessibleName(tr("Shared store user"));
    m_user->setPlaceholderText(tr("Your operating-system user name"));
    m_password->setAccessibleName(tr("Shared store password"));
    // A profile not saved yet has no password in the keychain to keep.
    m_password->setPlaceholderText(
        profile.id.isEmpty()
            ? tr("Leave empty to use PGPASSWORD or ~/.pgpass")
            : tr("Leave empty to keep the saved one, or to use PGPASSWORD or ~/.pgpass"));
    DialogParts::makeSecretField(m_password);
    m_tls->setAccessibleName(tr("Shared store encryption"));
    for (PostgresTarget::TlsMode mode :
         {PostgresTarget::TlsMode::Default, PostgresTarget::TlsMode::VerifyFull,
          PostgresTarget::TlsMode::VerifyCa, PostgresTarget::TlsMode::Require,
          PostgresTarget::TlsMode::Prefer, PostgresTarget::TlsMode::Disable})
        m_tls->addItem(PostgresTarget::tlsModeText(mode), QVariant::fromValue(int(mode)));
    m_tls->setCurrentIndex(
        qMax(0, m_tls->findData(QVariant::fromValue(int(profile.sharedStore.tls)))));
    m_caFile->edit()->setAccessibleName(tr("Shared store CA certificate file"));
    m_caFile->edit()->setToolTip(tr("The certificate authority that signed the database "
                                    "server's certificate (a PEM file), if the system does not "
                                    "trust it already."));
    m_caFile->chooseButton()->setAccessibleName(tr("Choose the shared store's CA certificate"));
    m_program->setObjectName(u"teamProgramBox"_s);
    m_program->setAccessibleName(tr("Program in the shared store"));
    if (!profile.teamProgramId.isEmpty())
        selectProgram(profile.teamProgramId, profile.teamProgramName);
    m_status->setObjectName(u"sharedStoreStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setText(tr("The team's journal and customer index live in this database, shared by "
                       "every console of the program. The API key is never stored there."));

    auto *where = new QHBoxLayout;
    where->addWidget(m_host, 1);
    auto *portLabel = new QLabel(tr("P&ort:"), this);
    portLabel->setBuddy(m_port);
    where->addWidget(portLabel);
    where->addWidget(m_port);
    auto *programRow = new QHBoxLayout;
    programRow->addWidget(m_program, 1);
    programRow->addWidget(m_list);
    programRow->addWidget(m_register);

    auto *form = new QFormLayout(this);
    form->addRow(m_note);
    form->addRow(tr("&Host:"), where);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&Encryption:"), m_tls);
    form->addRow(tr("Certificate a&uthority:"), m_caFile);
    form->addRow(tr("&Program:"), programRow);
    form->addRow(m_status);
    // QFormLayout gives a label a buddy only for a widget row.
    for (auto [row, field] : {std::pair<QLayout *, QWidget *>{where, m_host},
                              std::pair<QLayout *, QWidget *>{programRow, m_program}}) {
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(row)))
            label->setBuddy(field);
    }

    // As built, for showFields() to give back when the box unfolds.
    m_unfoldedMargins = form->contentsMargins();
    connect(this, &QGroupBox::toggled, this, &SharedStoreBox::showFields);
    connect(this, &QGroupBox::toggled, this, &SharedStoreBox::updateState);
    for (QLineEdit *edit : {m_host, m_database, m_user, m_password})
        connect(edit, &QLineEdit::textChanged, this, &SharedStoreBox::updateState);
    connect(m_port, &QSpinBox::valueChanged, this, &SharedStoreBox::updateState);
    connect(m_tls, &QComboBox::currentIndexChanged, this, &SharedStoreBox::updateState);
    connect(m_caFile, &CaFileField::changed, this, &SharedStoreBox::updateState);
    connect(m_program, &QComboBox::currentIndexChanged, this, &SharedStoreBox::updateState);
    connect(m_list, &QPushButton::clicked, this, &SharedStoreBox::listPrograms);
    connect(m_register, &QPushButton::clicked, this, &SharedStoreBox::askAndRegister);
    connect(m_probe, &TeamStoreProbe::listed, this, &SharedStoreBox::showPrograms);
    connect(m_probe, &TeamStoreProbe::registered, this, &SharedStoreBox::showRegistered);
    updateState();
}

SharedStoreBox::~SharedStoreBox() = default;

PostgresTarget SharedStoreBox::target() const {
    if (!isChecked())
        return {};
    PostgresTarget target;
    target.host = m_host->text().trimmed();
    target.port = quint16(m_port->value());
    target.database = m_database->text().trimmed();
    target.user = m_user->text().trimmed();
    target.tls = PostgresTarget::TlsMode(m_tls->currentData().toInt());
    target.caFile = m_caFile->path();
    return target;
}

QString SharedStoreBox::password() const {
    return isChecked() ? m_password->text() : QString();
}

QString SharedStoreBox::programId() const {
    return isChecked() ? m_program->currentData().toString() : QString();
}

QString SharedStoreBox::programName() const {
    return programId().isEmpty() ? QString() : m_program->currentText();
}

Profile SharedStoreBox::applyTo(Profile profile) const {
    profile.sharedStore = target();
    profile.teamProgramId = programId();
    profile.teamProgramName = programName();
    return profile;
}

QString SharedStoreBox::problem() const {
    if (!isChecked())
        return {};
    if (const QString sentence = target().problem(); !sentence.isEmpty())
        return sentence;
    if (const QString ca = m_caFile->problem(); !ca.isEmpty())
        return ca;
    if (programId().isEmpty())
        return tr("Choose the program in the shared store: List programs, or Register… it if "
                  "nobody has yet.");
    return {};
}

void SharedStoreBox::setCollapsible(bool collapsible) {
    m_collapsible = collapsible;
    showFields();
}

void SharedStoreBox::showFields() {
    const bool visible = !m_collapsible || isChecked();
    for (QWidget *child : findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        child->setVisible(visible);
    // Folded, the title's check box is all there is: no empty frame under it.
    setFlat(!visible);
    if (layout())
        layout()->setContentsMargins(visible ? m_unfoldedMargins : QMargins());
    QStyleOptionGroupBox option;
    initStyleOption(&option);
    const int title =
        style()
            ->subControlRect(QStyle::CC_GroupBox, &option, QStyle::SC_GroupBoxCheckBox, this)
            .bottom() +
        4;
    setMaximumHeight(visible ? QWIDGETSIZE_MAX : title);
}

void SharedStoreBox::setSuggestedProgram(const QString &name, const QString &serverId,
                                         ProgramKind kind, const QString &apiUrl) {
    m_suggested.name = name;
    m_suggested.serverId = serverId;
    m_suggested.kind = kind;
    m_suggested.apiUrl = apiUrl;
}

void SharedStoreBox::listPrograms() {
    if (const QString sentence = target().problem(); !sentence.isEmpty()) {
        setStatus(sentence);
        return;
    }
    setStatus(tr("Connecting to %1…").arg(target().displayName()));
    m_probe->listPrograms(target(), password());
    updateState();
}

void SharedStoreBox::askAndRegister() {
    if (const QString sentence = target().problem(); !sentence.isEmpty()) {
        setStatus(sentence);
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Register the program"),
        tr("Name of this program in the shared store, as the team will see it in the list:"),
        QLineEdit::Normal, m_suggested.name, &ok);
    if (ok)
        registerAs(name);
}

void SharedStoreBox::registerAs(const QString &name) {
    TeamProgram wanted = m_suggested;
    wanted.name = name;
    setStatus(tr("Registering “%1” in %2…").arg(name.simplified(), target().displayName()));
    m_probe->registerProgram(target(), password(), wanted);
    updateState();
}

void SharedStoreBox::showPrograms(const QList<TeamProgram> &programs, const QString &error) {
    if (!error.isEmpty()) {
        setStatus(error);
        updateState();
        return;
    }
    const QString chosen = programId();
    m_program->clear();
    for (const TeamProgram &program : programs) {
        m_program->addItem(program.name, program.id);
        m_program->setItemData(
            m_program->count() - 1,
            tr("Registered by %1 from %2").arg(program.createdBy, program.apiUrl), Qt::ToolTipRole);
    }
    // The program the API names, else the one chosen before.
    int index = -1;
    for (int i = 0; i < programs.size(); ++i) {
        if (!m_suggested.serverId.isEmpty() && programs.at(i).serverId == m_suggested.serverId)
            index = i;
    }
    if (index < 0)
        index = m_program->findData(chosen);
    m_program->setCurrentIndex(index);
    setStatus(programs.isEmpty()
                  ? tr("Connected. No program is registered in this store yet: Register… this "
                       "one.")
                  : tr("Connected. %n programs registered: choose this profile's.", nullptr,
                       int(programs.size())));
    updateState();
}

void SharedStoreBox::showRegistered(const TeamProgram &program, bool existed,
                                    const QString &error) {
    if (!error.isEmpty()) {
        setStatus(error);
        updateState();
        return;
    }
    selectProgram(program.id, program.name);
    setStatus(existed ? tr("This program is registered already, as “%1”: chosen.").arg(program.name)
                      : tr("Registered “%1”. The team's other consoles can now choose it.")
                            .arg(program.name));
    updateState();
}

void SharedStoreBox::selectProgram(const QString &id, const QString &name) {
    int index = m_program->findData(id);
    if (index < 0) {
        m_program->addItem(name, id);
        index = m_program->count() - 1;
    }
    m_program->setCurrentIndex(index);
}

void SharedStoreBox::setStatus(const QString &sentence) {
    m_status->setText(sentence);
}

void SharedStoreBox::updateState() {
    const bool busy = m_probe->isBusy();
    m_list->setEnabled(isChecked() && !busy);
    m_register->setEnabled(isChecked() && !busy);
    Q_EMIT changed();
}

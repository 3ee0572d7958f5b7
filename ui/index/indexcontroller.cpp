// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/index/indexcontroller.h"

#include <QEvent>

#include "app/index/profileindex.h"
#include "app/profiles/profilestore.h"
#include "app/session/session.h"
#include "app/team/teamstore.h"
#include "models/displayformat.h"
#include "ui/widgets/messagebox.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QTimer>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

IndexController::IndexController(ProfileStore *profiles, QWidget *window)
    : QObject(window)
    , m_profiles(profiles)
    , m_window(window)
    , m_menu(new QMenu(window))
    , m_status(new QWidget(window))
    , m_statusLabel(new QLabel(m_status))
    , m_statusButton(new QToolButton(m_status))
    , m_ageTimer(new QTimer(this)) {
    m_menu->setObjectName(u"indexMenu"_s);

    m_indexAll = m_menu->addAction(QString());
    m_indexAll->setObjectName(u"indexAllAction"_s);
    m_indexAll->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    connect(m_indexAll, &QAction::triggered, this, [this] {
        if (!m_index)
            openIndex(true);
        if (m_index)
            m_index->startSync();
        updateStatus();
    });
    m_cancel = m_menu->addAction(QString());
    m_cancel->setObjectName(u"cancelIndexingAction"_s);
    connect(m_cancel, &QAction::triggered, this, [this] {
        if (m_index)
            m_index->cancelSync();
    });
    m_menu->addSeparator();
    m_syncOnConnect = m_menu->addAction(QString());
    m_syncOnConnect->setObjectName(u"indexOnConnectAction"_s);
    m_syncOnConnect->setCheckable(true);
    connect(m_syncOnConnect, &QAction::toggled, this,
            [this](bool on) { setOption(ProfileIndex::syncOnConnectKey(), on); });
    m_memoryOnly = m_menu->addAction(QString());
    m_memoryOnly->setObjectName(u"indexMemoryOnlyAction"_s);
    m_memoryOnly->setCheckable(true);
    connect(m_memoryOnly, &QAction::toggled, this, [this](bool on) {
        if (!m_session)
            return;
        setOption(ProfileIndex::memoryOnlyKey(), on);
        // Where the index lives changed: the stored one goes (that is the point of the
        // option), and the index is opened again in its new place, empty.
        if (m_index)
            m_index->forget();
        closeIndex();
        if (on)
            ProfileIndex::removeStoredIndex(m_session->profile().id);
        openIndex(true);
    });
    m_menu->addSeparator();
    m_forget = m_menu->addAction(QString());
    m_forget->setObjectName(u"forgetLocalDataAction"_s);
    connect(m_forget, &QAction::triggered, this, [this] {
        if (!m_session)
            return;
        const bool yes =
            MessageBox::choose(
                m_window, tr("Forget local data"),
                tr("Delete the customer index of “%1” from this computer? Searching by name, "
                   "“All customers” and exporting from the index need a new index afterwards. The "
                   "journal of changes is kept.")
                    .arg(m_session->profile().name),
                tr("Delete the index"), tr("Keep it")) == QMessageBox::Yes;
        if (yes)
            forgetLocalData();
    });

    m_status->setObjectName(u"indexStatus"_s);
    m_statusLabel->setObjectName(u"indexStatusLabel"_s);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusButton->setObjectName(u"indexStatusButton"_s);
    m_statusButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_statusButton->setAutoRaise(true);
    auto *layout = new QHBoxLayout(m_status);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_statusButton);
    connect(m_statusButton, &QToolButton::clicked, this, [this] {
        if (m_index && m_index->isSyncing())
            m_cancel->trigger();
        else if (isUnavailable())
            m_index->refreshState();
        else
            m_indexAll->trigger();
    });

    // "Indexed 3 minutes ago" has to move on by itself.
    m_ageTimer->setInterval(30 * 1000);
    connect(m_ageTimer, &QTimer::timeout, this, &IndexController::updateStatus);
    m_ageTimer->start();

    if (m_profiles) {
        // The store deletes the removed profile's data folder; an index open on it goes too.
        connect(m_profiles, &ProfileStore::profileRemoved, this, [this](const QString &id) {
            if (m_session && m_session->profile().id == id)
                closeIndex();
        });
    }
    retranslate();
}

IndexController::~IndexController() = default;

void IndexController::setSession(Session *session) {
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    closeIndex();
    m_session = session;
    if (session) {
        connect(session, &Session::connected, this, [this] { openIndex(false); });
        if (session->isConnected())
            openIndex(false);
    }
    updateStatus();
}

void IndexController::openIndex(bool create) {
    if (!m_session || m_index || m_session->kind() == ProgramKind::Unknown)
        return;
    const QString id = m_session->profile().id;
    ProfileIndex::Options options;
    if (m_profiles) {
        options.syncOnConnect = m_profiles->value(id, ProfileIndex::syncOnConnectKey()).toBool();
        options.memoryOnly = m_profiles->value(id, ProfileIndex::memoryOnlyKey()).toBool();
    }
    {
        const QSignalBlocker a(m_syncOnConnect);
        const QSignalBlocker b(m_memoryOnly);
        m_syncOnConnect->setChecked(options.syncOnConnect);
        m_memoryOnly->setChecked(options.memoryOnly);
    }
    // A profile with a team store uses the team's index, kept by every console and by
    // timers (partnero-console sync).
    if (TeamStore *team = m_session->team())
        options.shared = IndexLocation::shared(team->target(), team->password(), team->programId());
    // Nothing is written for a profile whose person never asked for an index.
    if (!create && !options.syncOnConnect && !options.shared.isShared() &&
        !ProfileIndex::hasStoredIndex(id)) {
        updateStatus();
        return;
    }
    auto *index = new ProfileIndex(id, m_session->customers(), m_session->kind(), options, this);
    if (!index->open()) {
        emit message(tr("The customer index could not be opened: %1 The console works without "
                        "it.")
                         .arg(index->errorString()));
        delete index;
        updateStatus();
        return;
    }
    m_index = index;
    connect(m_index, &ProfileIndex::changed, this, [this] {
        updateStatus();
        emit indexChanged();
    });
    connect(m_index, &ProfileIndex::syncProgress, this, &IndexController::updateStatus);
    connect(m_index, &ProfileIndex::writeFailed, this, &IndexController::message);
    connect(m_index, &ProfileIndex::unavailable, this, [this](const QString &sentence) {
        // Said once; the status field keeps saying it until a read succeeds.
        emit message(tr("The team's customer index could not be read: %1 The console works "
                        "without it and tries again every 30 seconds.")
                         .arg(sentence));
        updateStatus();
    });
    connect(m_index, &ProfileIndex::syncFinished, this, &IndexController::onSyncFinished);
    if (options.syncOnConnect)
        m_index->startSync();
    updateStatus();
    emit indexChanged();
}

void IndexController::closeIndex() {
    if (!m_index)
        return;
    delete m_index;
    m_index = nullptr;
    emit indexChanged();
}

void IndexController::setOption(const QString &key, bool on) {
    if (m_session && m_profiles)
        m_profiles->setValue(m_session->profile().id, key, on);
}

bool IndexController::forgetLocalData() {
    if (!m_session)
        return false;
    QString error;
    bool ok = true;
    if (m_index) {
        ok = m_index->forget(&error);
        closeIndex();
    } else {
        ok = ProfileIndex::removeStoredIndex(m_session->profile().id, &error);
    }
    emit message(ok ? tr("The customer index of “%1” was deleted from this computer.")
                          .arg(m_session->profile().name)
                    : error);
    // Nothing is stored again until the person asks for an index.
    updateStatus();
    return ok;
}

void IndexController::applyChange(const QString &oldIdentifier, const Customer &customer) {
    if (m_index)
        m_index->applyChange(oldIdentifier, customer);
}

void IndexController::applyRemoval(const QString &identifier) {
    if (m_index)
        m_index->applyRemoval(identifier);
}

void IndexController::onSyncFinished(IndexSync::State state) {
    const IndexSync *sync = m_index ? m_index->sync() : nullptr;
    switch (state) {
    case IndexSync::State::Finished:
        emit message(tr("Indexed %Ln customers.", nullptr, m_index->count()));
        break;
    case IndexSync::State::Cancelled:
        emit message(tr("Indexing cancelled. What was fetched is kept; the next run continues "
                        "from there."));
        break;
    case IndexSync::State::Failed:
        emit message(tr("Indexing stopped: %1 What was fetched is kept; the next run continues "
                        "from there.")
                         .arg(sync ? sync->error().sentence() : QString()));
        break;
    default:
        break;
    }
    updateStatus();
}

void IndexController::retranslate() {
    m_menu->setTitle(tr("&Index"));
    m_indexAll->setStatusTip(tr("Fetch every customer of the program, to search by any part "
                                "of a name or email, sort all of them and export them"));
    m_cancel->setText(tr("&Cancel indexing"));
    m_syncOnConnect->setText(tr("Index on every co&nnect"));
    m_syncOnConnect->setStatusTip(
        tr("Refresh this profile's customer index each time the console connects"));
    m_memoryOnly->setText(tr("Keep the index in &memory only"));
    m_memoryOnly->setStatusTip(tr("Never write this profile's customers to the disk: the index "
                                  "is built again after each start"));
    m_forget->setText(tr("&Forget local data…"));
    m_forget->setStatusTip(
        tr("Delete this profile's customer index from this computer; the journal is kept"));
    updateStatus(); // the status field and the first action's text
}

bool IndexController::event(QEvent *event) {
    // Passed on by the window that owns this controller (QWidget sends it to its children).
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::event(event);
}

void IndexController::updateStatus() {
    const bool syncing = m_index && m_index->isSyncing();
    QString text;
    QString tip;
    if (!m_session) {
        m_status->hide();
    } else if (!m_index) {
        m_status->setVisible(m_session->isConnected());
        text = tr("No customer index");
    } else if (syncing) {
        // The server's wait is counted down once, in the window's rate-limit field.
        text = m_index->sync()->progressText(false);
        tip = tr("The index searched now stays in use until this one is complete.");
    } else if (isUnavailable()) {
        text = tr("Team's index unavailable");
        tip = tr("%1 The console tries again every 30 seconds.").arg(m_index->errorString());
    } else if (!m_index->isStateKnown()) {
        // A team's index is read on another thread: what it holds is not known yet.
        text = tr("Reading the team's index…");
    } else if (m_index->isReady()) {
        text = tr("%1 · %Ln customers", nullptr, m_index->count()).arg(m_index->ageText());
        tip =
            tr("Indexed at %1")
                .arg(QLocale().toString(m_index->indexedAt().toLocalTime(), QLocale::ShortFormat));
    } else {
        text = tr("Not indexed yet");
        tip = tr("Index all customers to search by any part of a name or email.");
    }
    if (m_session)
        m_status->setVisible(m_session->isConnected() || m_index);
    m_statusLabel->setText(text);
    m_statusLabel->setToolTip(DisplayFormat::plainToolTip(tip));
    m_statusButton->setVisible(m_session && m_session->isConnected());
    m_statusButton->setText(syncing                         ? tr("Cancel")
                            : isUnavailable()               ? tr("Try again")
                            : m_index && m_index->isReady() ? tr("Refresh")
                                                            : tr("Index now"));
    m_statusButton->setAccessibleName(syncing           ? tr("Cancel indexing")
                                      : isUnavailable() ? tr("Read the team's index again")
                                                        : tr("Index all customers"));
    updateActions();
}

bool IndexController::isUnavailable() const {
    // Only a shared index's reads fail after open(): a file's index either opened or is none.
    return m_index && !m_index->errorString().isEmpty();
}

void IndexController::updateActions() {
    const bool syncing = m_index && m_index->isSyncing();
    const bool connected = m_session && m_session->isConnected();
    m_indexAll->setEnabled(connected && !syncing);
    m_indexAll->setText(m_index && m_index->isReady() ? tr("&Refresh the index")
                                                      : tr("&Index all customers"));
    m_cancel->setEnabled(syncing);
    m_syncOnConnect->setEnabled(connected);
    m_memoryOnly->setEnabled(connected);
    m_forget->setEnabled(m_session != nullptr);
}

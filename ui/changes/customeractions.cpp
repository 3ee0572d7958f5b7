// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/changes/customeractions.h"

#include <QEvent>

#include "app/api/apiclient.h"
#include "app/api/changeerror.h"
#include "app/api/customerservice.h"
#include "app/session/session.h"
#include "app/team/teamstore.h"
#include "models/displayformat.h"
#include "models/programkindtext.h"
#include "ui/changes/bulkactiondialog.h"
#include "ui/changes/createcustomerdialog.h"
#include "ui/changes/deletecustomerdialog.h"
#include "ui/changes/editcustomerdialog.h"
#include "ui/journal/approvalspanel.h"
#include "ui/journal/journalwindow.h"
#include "ui/widgets/messagebox.h"

#include <QAction>
#include <QTimer>
#include <QWidget>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString Suspended = u"suspended"_s;
const QString Archived = u"archived"_s;
const QString Active = u"active"_s;

QString nameOf(const Customer &customer) {
    return customer.displayName();
}

// Whether a customer already has the status a change would give them, so that nothing needs
// sending. An archived refer-a-friend customer may be "deleted" (the documented word) or
// "archived": any status but "active" is archived for this purpose.
bool alreadyHas(const Customer &customer, const QString &targetStatus) {
    if (targetStatus == Archived)
        return customer.isRestorable();
    return customer.status.toLower() == targetStatus;
}

} // namespace

CustomerActions::CustomerActions(Session *session, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_dialogParent(dialogParent)
    , m_new(new QAction(this))
    , m_edit(new QAction(this))
    , m_delete(new QAction(this))
    , m_suspend(new QAction(this))
    , m_approve(new QAction(this))
    , m_archive(new QAction(this))
    , m_restore(new QAction(this))
    , m_journal(new QAction(this))
    , m_undo(new QAction(this))
    , m_separator(new QAction(this)) {
    m_separator->setSeparator(true);
    m_new->setShortcut(QKeySequence::New);
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_delete->setShortcut(QKeySequence::Delete);
    m_journal->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    m_undo->setShortcut(QKeySequence::Undo);
    retranslate();

    connect(m_new, &QAction::triggered, this, [this] { createCustomer(); });
    connect(m_edit, &QAction::triggered, this, [this] {
        if (m_selection.size() == 1)
            editCustomer(m_selection.first());
    });
    connect(m_delete, &QAction::triggered, this, [this] { deleteCustomers(m_selection); });
    connect(m_suspend, &QAction::triggered, this, [this] { suspend(m_selection); });
    connect(m_approve, &QAction::triggered, this, [this] { approve(m_selection); });
    connect(m_archive, &QAction::triggered, this, [this] { archive(m_selection); });
    connect(m_restore, &QAction::triggered, this, [this] { restore(m_selection); });
    connect(m_journal, &QAction::triggered, this, [this] { showJournal(); });
    connect(m_undo, &QAction::triggered, this, &CustomerActions::undo);

    // What this object reports, it also applies to its own state and dialogs.
    connect(this, &CustomerActions::customerChanged, this, &CustomerActions::onCustomerChanged);
    connect(this, &CustomerActions::customerRemoved, this, &CustomerActions::onCustomerRemoved);
    clearUndo();
    updateActions();
}

CustomerActions::~CustomerActions() = default;

void CustomerActions::retranslate() {
    m_new->setText(tr("&New customer…"));
    m_edit->setText(tr("&Edit…"));
    m_delete->setText(tr("&Delete…"));
    m_suspend->setText(tr("&Suspend"));
    m_approve->setText(tr("&Approve"));
    m_archive->setText(tr("&Archive"));
    m_restore->setText(tr("&Restore"));
    m_journal->setText(tr("&Journal of changes"));
    // An offered undo names what it undoes in the words of when it was offered.
    if (m_undoCustomers.isEmpty())
        m_undo->setText(tr("&Undo"));
    m_new->setStatusTip(tr("Add a customer to the program"));
    m_edit->setStatusTip(tr("Change the selected customer's details"));
    m_delete->setStatusTip(tr("Delete the selected customers permanently"));
    m_suspend->setStatusTip(
        tr("Suspend the selected customers: their purchases earn no commission"));
    m_approve->setStatusTip(tr("Approve the selected suspended customers again"));
    m_archive->setStatusTip(
        tr("Archive the selected customers: they stop earning and can be restored"));
    m_restore->setStatusTip(tr("Restore the selected archived customers"));
    m_journal->setStatusTip(tr("Every change sent from this computer, with its outcome"));
}

bool CustomerActions::event(QEvent *event) {
    // Passed on by the window that owns these actions (QWidget sends it to its children).
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::event(event);
}

ProgramKind CustomerActions::kind() const {
    return m_session ? m_session->kind() : ProgramKind::Unknown;
}

QWidget *CustomerActions::parentFor(QWidget *parent) const {
    return parent ? parent : m_dialogParent.data();
}

void CustomerActions::setSelection(const QList<Customer> &customers) {
    m_selection = customers;
    updateActions();
}

void CustomerActions::updateActions() {
    const bool connected = m_session;
    const bool idle = m_busy == 0;
    const ProgramKind programKind = kind();
    const bool affiliate = programKind == ProgramKind::Affiliate;
    const bool referral = programKind == ProgramKind::ReferAFriend;
    // An unknown status (not given) allows both directions: the server decides.
    bool anyNotSuspended = false;
    bool anySuspended = false;
    bool anyNotArchived = false;
    bool anyArchived = false;
    for (const Customer &customer : std::as_const(m_selection)) {
        const bool unknown = customer.status.isEmpty();
        anyNotSuspended = anyNotSuspended || customer.status != Suspended;
        anySuspended = anySuspended || customer.status == Suspended || unknown;
        anyNotArchived = anyNotArchived || !customer.isRestorable();
        anyArchived = anyArchived || customer.isRestorable() || unknown;
    }
    // Outside the role: hidden, which also leaves their shortcuts dead.
    const bool create = ProfileRoles::allows(m_role, RoleAction::Create);
    const bool edit = ProfileRoles::allows(m_role, RoleAction::Edit);
    const bool remove = ProfileRoles::allows(m_role, RoleAction::Delete);
    const bool status = ProfileRoles::allows(m_role, RoleAction::ChangeStatus);
    m_new->setVisible(create);
    m_edit->setVisible(edit);
    m_delete->setVisible(remove);
    m_undo->setVisible(status);
    m_new->setEnabled(connected);
    m_edit->setEnabled(connected && idle && m_selection.size() == 1);
    m_delete->setEnabled(connected && idle && !m_selection.isEmpty());
    m_suspend->setVisible(affiliate && status);
    m_approve->setVisible(affiliate && status);
    m_archive->setVisible(referral && status);
    m_restore->setVisible(referral && status);
    m_suspend->setEnabled(connected && idle && affiliate && anyNotSuspended);
    m_approve->setEnabled(connected && idle && affiliate && anySuspended);
    m_archive->setEnabled(connected && idle && referral && anyNotArchived);
    m_restore->setEnabled(connected && idle && referral && anyArchived);
    m_journal->setEnabled(m_session && m_session->journal());
    m_undo->setEnabled(connected && idle && !m_undoCustomers.isEmpty());
}

QList<QAction *> CustomerActions::contextMenuActions() const {
    QList<QAction *> actions{m_edit};
    if (kind() == ProgramKind::Affiliate)
        actions << m_suspend << m_approve;
    else if (kind() == ProgramKind::ReferAFriend)
        actions << m_archive << m_restore;
    actions << m_separator << m_delete;
    return actions;
}

QList<QAction *> CustomerActions::toolBarActions() const {
    QList<QAction *> actions{m_new, m_edit};
    if (kind() == ProgramKind::Affiliate)
        actions << m_suspend << m_approve;
    else if (kind() == ProgramKind::ReferAFriend)
        actions << m_archive << m_restore;
    actions << m_delete << m_separator << m_undo << m_journal;
    return actions;
}

void CustomerActions::setRole(ProfileRole role) {
    if (role == m_role)
        return;
    m_role = role;
    updateActions();
    Q_EMIT roleChanged();
}

bool CustomerActions::allows(RoleAction action) const {
    return ProfileRoles::allows(m_role, action);
}

CreateCustomerDialog *CustomerActions::createCustomer(QWidget *parent) {
    if (!m_session || !allows(RoleAction::Create))
        return nullptr;
    ProgramKind programKind = kind();
    if (programKind == ProgramKind::Unknown)
        programKind = m_chosenKind;
    if (programKind == ProgramKind::Unknown) {
        // The two kinds take different fields and requests: a guess would send the wrong one.
        const auto answer = MessageBox::chooseOrCancel(
            parentFor(parent), tr("New customer"),
            tr("The console cannot tell which kind of program this key belongs to: it has no "
               "customers yet, and the server does not say. Which kind of program is it?"),
            programKindText(ProgramKind::Affiliate), programKindText(ProgramKind::ReferAFriend));
        if (answer == QMessageBox::Yes)
            programKind = ProgramKind::Affiliate;
        else if (answer == QMessageBox::No)
            programKind = ProgramKind::ReferAFriend;
        else
            return nullptr;
        m_chosenKind = programKind; // asked once per connection
    }
    auto *dialog = new CreateCustomerDialog(m_session, parentFor(parent), programKind);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateCustomerDialog::created, this, [this](const Customer &customer) {
        Q_EMIT customerCreated(customer);
        Q_EMIT statusMessage(tr("%1 created.").arg(nameOf(customer)));
    });
    dialog->open();
    return dialog;
}

EditCustomerDialog *CustomerActions::editCustomer(const Customer &customer, QWidget *parent) {
    if (!m_session || !allows(RoleAction::Edit))
        return nullptr;
    m_editDialogs.removeAll(nullptr);
    for (const auto &open : std::as_const(m_editDialogs)) {
        // Two dialogs on one customer would each measure changes against a stale copy.
        if (open->customer().identifier() == customer.identifier()) {
            open->raise();
            open->activateWindow();
            return open;
        }
    }
    auto *dialog = new EditCustomerDialog(m_session, customer, parentFor(parent));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_editDialogs.append(dialog);
    connect(dialog, &EditCustomerDialog::saved, this,
            [this](const QString &oldIdentifier, const Customer &saved) {
                Q_EMIT customerChanged(oldIdentifier, saved);
                Q_EMIT statusMessage(tr("%1 saved.").arg(nameOf(saved)));
            });
    dialog->open();
    return dialog;
}

DeleteCustomerDialog *CustomerActions::deleteCustomers(const QList<Customer> &customers,
                                                       QWidget *parent) {
    if (!m_session || customers.isEmpty() || !allows(RoleAction::Delete))
        return nullptr;
    QWidget *owner = parentFor(parent);
    auto *dialog = new DeleteCustomerDialog(m_session, customers, owner);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeleteCustomerDialog::removed, this, [this](const QString &identifier) {
        Q_EMIT customerRemoved(identifier);
        Q_EMIT statusMessage(tr("Customer %1 deleted.").arg(identifier));
    });
    QPointer<QWidget> guardedOwner(owner);
    connect(dialog, &DeleteCustomerDialog::confirmed, this,
            [this, guardedOwner](const QList<Customer> &confirmed) {
                deleteSeveral(confirmed, guardedOwner);
            });
    connect(dialog, &DeleteCustomerDialog::archiveInsteadRequested, this,
            [this, guardedOwner](const QList<Customer> &chosen) {
                // The person chose this in the dialog just now: no second question.
                changeStatus(StatusChange::Archive, chosen, guardedOwner, false);
            });
    dialog->open();
    return dialog;
}

void CustomerActions::deleteSeveral(const QList<Customer> &customers, QWidget *parent) {
    QPointer<Session> session = m_session;
    auto *dialog = new BulkActionDialog(
        tr("Delete customers"), customers,
        [session](const Customer &customer, QObject *context, ApiCallback<void> done) -> ApiCall * {
            if (!session)
                return nullptr;
            return session->customers()->remove(customer.identifier(), context, std::move(done));
        },
        parentFor(parent));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BulkActionDialog::customerSucceeded, this,
            [this](const Customer &customer) { Q_EMIT customerRemoved(customer.identifier()); });
    connect(dialog, &BulkActionDialog::allDone, this, [this](int ok, int failed) {
        Q_EMIT statusMessage(tr("%1 deleted, %2 failed.").arg(ok).arg(failed));
    });
    runBulk(dialog);
}

void CustomerActions::runBulk(BulkActionDialog *dialog) {
    // Window-modal, and the actions stay disabled until it is done: two runs side by side
    // would be changes in parallel.
    setBusy(true);
    auto released = std::make_shared<bool>(false);
    const auto release = [this, released] {
        if (*released)
            return;
        *released = true;
        setBusy(false);
    };
    connect(dialog, &BulkActionDialog::allDone, this, release);
    connect(dialog, &QObject::destroyed, this, release);
    dialog->open();
    dialog->start();
}

BulkActionDialog *CustomerActions::suspend(const QList<Customer> &customers, QWidget *parent) {
    return changeStatus(StatusChange::Suspend, customers, parent, true);
}

BulkActionDialog *CustomerActions::approve(const QList<Customer> &customers, QWidget *parent) {
    return changeStatus(StatusChange::Approve, customers, parent, true);
}

BulkActionDialog *CustomerActions::archive(const QList<Customer> &customers, QWidget *parent) {
    return changeStatus(StatusChange::Archive, customers, parent, true);
}

BulkActionDialog *CustomerActions::restore(const QList<Customer> &customers, QWidget *parent) {
    return changeStatus(StatusChange::Restore, customers, parent, true);
}

namespace {

struct ChangeText {
    QString title;    // "Suspend": also the confirmation's button
    QString question; // with %1 for one name or %n for several
    QString consequence;
    QString done; // "%1 suspended."
    QString targetStatus;
    QString undo; // "Undo suspend of %1"
    // Whole sentences per action, never a title inserted into another sentence: word order
    // and inflection differ between languages.
    QString failed;  // "Suspend failed"
    QString several; // "Suspend: %n customers"
};

ChangeText changeText(int change, int count = 1) {
    // 0 suspend, 1 approve, 2 archive, 3 restore (StatusChange's order)
    switch (change) {
    case 0:
        return {CustomerActions::tr("Suspend"),
                CustomerActions::tr("Suspend %1?"),
                CustomerActions::tr("While suspended, their purchases earn the partner no "
                                    "commission. You can approve them again later."),
                CustomerActions::tr("%1 suspended."),
                Suspended,
                CustomerActions::tr("Undo suspend of %1"),
                CustomerActions::tr("Suspend failed"),
                CustomerActions::tr("Suspend: %n customers", nullptr, count)};
    case 1:
        return {CustomerActions::tr("Approve"),
                CustomerActions::tr("Approve %1?"),
                CustomerActions::tr("Their purchases earn the partner commission again."),
                CustomerActions::tr("%1 approved."),
                Active,
                QString(),
                CustomerActions::tr("Approve failed"),
                CustomerActions::tr("Approve: %n customers", nullptr, count)};
    case 2:
        return {CustomerActions::tr("Archive"),
                CustomerActions::tr("Archive %1?"),
                CustomerActions::tr("Archived customers stop earning rewards. You can restore "
                                    "them later."),
                CustomerActions::tr("%1 archived."),
                Archived,
                CustomerActions::tr("Undo archive of %1"),
                CustomerActions::tr("Archive failed"),
                CustomerActions::tr("Archive: %n customers", nullptr, count)};
    default:
        return {CustomerActions::tr("Restore"),
                CustomerActions::tr("Restore %1?"),
                CustomerActions::tr("They become active again and earn rewards."),
                CustomerActions::tr("%1 restored."),
                Active,
                QString(),
                CustomerActions::tr("Restore failed"),
                CustomerActions::tr("Restore: %n customers", nullptr, count)};
    }
}

} // namespace

BulkActionDialog *CustomerActions::changeStatus(StatusChange change,
                                                const QList<Customer> &customers, QWidget *parent,
                                                bool ask) {
    if (!m_session || customers.isEmpty() || m_busy > 0 || !allows(RoleAction::ChangeStatus))
        return nullptr;
    const ChangeText text = changeText(int(change));
    // Customers already in the target status are left out: nothing to send for them.
    QList<Customer> targets;
    for (const Customer &customer : customers) {
        if (!alreadyHas(customer, text.targetStatus))
            targets.append(customer);
    }
    if (targets.isEmpty()) {
        Q_EMIT statusMessage(
            tr("Nothing to change: the selected customers are already %1.").arg(text.targetStatus));
        return nullptr;
    }
    const QString who = targets.size() == 1 ? nameOf(targets.first())
                                            : tr("%n customers", nullptr, int(targets.size()));
    if (ask) {
        const auto answer = MessageBox::confirm(
            parentFor(parent), text.title, text.question.arg(who) + u"\n\n"_s + text.consequence,
            text.title, {}, true);
        if (answer != QMessageBox::Yes)
            return nullptr;
    }
    if (change == StatusChange::Suspend || change == StatusChange::Archive)
        clearUndo(); // a new offer replaces the old one below; none while this runs

    if (targets.size() == 1) {
        sendSingle(change, targets.first());
        return nullptr;
    }

    QPointer<Session> session = m_session;
    auto *dialog = new BulkActionDialog(
        changeText(int(change), int(targets.size())).several, targets,
        [session, change](const Customer &customer, QObject *context,
                          ApiCallback<void> done) -> ApiCall * {
            if (!session)
                return nullptr;
            CustomerService *service = session->customers();
            const QString id = customer.identifier();
            switch (change) {
            case StatusChange::Suspend:
                return service->suspend(id, context, std::move(done));
            case StatusChange::Approve:
                return service->approve(id, context, std::move(done));
            case StatusChange::Archive:
                return service->archive(id, context, std::move(done));
            case StatusChange::Restore:
                return service->revokeArchive(id, context, std::move(done));
            }
            return nullptr;
        },
        parentFor(parent));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString target = text.targetStatus;
    connect(dialog, &BulkActionDialog::customerSucceeded, this,
            [this, target](const Customer &customer) { readBack(customer, target); });
    connect(dialog, &BulkActionDialog::customerFailed, this,
            [this](const Customer &customer, const ApiError &error) {
                if (error.outcome == ChangeOutcome::Unknown)
                    readBack(customer, QString());
            });
    QPointer<BulkActionDialog> guarded(dialog);
    connect(dialog, &BulkActionDialog::allDone, this, [this, guarded, change](int ok, int failed) {
        Q_EMIT statusMessage(tr("%1 done, %2 failed.").arg(ok).arg(failed));
        if (guarded && (change == StatusChange::Suspend || change == StatusChange::Archive))
            offerUndo(change, guarded->succeeded());
    });
    runBulk(dialog);
    return dialog;
}

void CustomerActions::sendSingle(StatusChange change, const Customer &customer) {
    const ChangeText text = changeText(int(change));
    CustomerService *service = m_session->customers();
    const QString id = customer.identifier();
    setBusy(true);
    auto done = [this, change, customer, text](const ApiResult<void> &result) {
        setBusy(false);
        if (result) {
            readBack(customer, text.targetStatus);
            Q_EMIT statusMessage(text.done.arg(nameOf(customer)));
            if (change == StatusChange::Suspend || change == StatusChange::Archive)
                offerUndo(change, {customer});
            return;
        }
        // After a lost answer, read the customer again: the table then shows what happened.
        if (result.error().outcome == ChangeOutcome::Unknown)
            readBack(customer, QString());
        const QString sentence = ChangeError::sentence(result.error());
        Q_EMIT statusMessage(sentence);
        showFailure(text.failed, sentence);
    };
    switch (change) {
    case StatusChange::Suspend:
        service->suspend(id, this, std::move(done));
        break;
    case StatusChange::Approve:
        service->approve(id, this, std::move(done));
        break;
    case StatusChange::Archive:
        service->archive(id, this, std::move(done));
        break;
    case StatusChange::Restore:
        service->revokeArchive(id, this, std::move(done));
        break;
    }
}

void CustomerActions::readBack(const Customer &before, const QString &patchedStatus) {
    if (!m_session)
        return;
    const QString identifier = before.identifier();
    m_session->customers()->get(
        identifier, this, [this, before, identifier, patchedStatus](const ApiResult<Customer> &r) {
            if (r) {
                Q_EMIT customerChanged(identifier, r.value());
                return;
            }
            if (patchedStatus.isEmpty())
                return; // nothing known for sure: leave the row as it is
            Customer patched = before;
            patched.status = patchedStatus;
            Q_EMIT customerChanged(identifier, patched);
        });
}

void CustomerActions::offerUndo(StatusChange change, const QList<Customer> &customers) {
    if (customers.isEmpty())
        return;
    m_undoCustomers = customers;
    m_undoChange = change == StatusChange::Suspend ? StatusChange::Approve : StatusChange::Restore;
    const ChangeText text = changeText(int(change));
    const QString who = customers.size() == 1 ? nameOf(customers.first())
                                              : tr("%n customers", nullptr, int(customers.size()));
    m_undoText = text.undo.arg(who);
    // An action's text treats "&" as a shortcut marker; a name's "&" is a character.
    m_undo->setText(QString(m_undoText).replace(u'&', u"&&"_s));
    // Buttons show the action's tooltip, which would otherwise render a name as rich text.
    m_undo->setToolTip(DisplayFormat::plainToolTip(m_undoText));
    updateActions();
    Q_EMIT undoAvailable(m_undoText);
}

void CustomerActions::clearUndo() {
    const bool had = !m_undoCustomers.isEmpty();
    m_undoCustomers.clear();
    m_undoText.clear();
    m_undo->setText(tr("&Undo"));
    m_undo->setToolTip(QString());
    updateActions();
    if (had)
        Q_EMIT undoAvailable(QString());
}

QString CustomerActions::undoText() const {
    return m_undoCustomers.isEmpty() ? QString() : m_undoText;
}

void CustomerActions::undo() {
    if (m_undoCustomers.isEmpty() || m_busy > 0)
        return;
    const QList<Customer> customers = m_undoCustomers;
    const StatusChange change = m_undoChange;
    clearUndo();
    // Undo restores what the person just did; the status they had before was the target's
    // opposite, so mark them as such for the filter in changeStatus().
    QList<Customer> targets = customers;
    for (Customer &customer : targets)
        customer.status = change == StatusChange::Approve ? Suspended : Archived;
    changeStatus(change, targets, nullptr, false);
}

void CustomerActions::showFailure(const QString &title, const QString &sentence) {
    // Not from inside the call's delivery: a modal box there would run the event loop while
    // the service layer is still handing out the result.
    QTimer::singleShot(
        0, this, [this, title, sentence] { MessageBox::warning(m_dialogParent, title, sentence); });
}

JournalWindow *CustomerActions::showJournal() {
    if (!m_session || !m_session->journal())
        return nullptr;
    if (!m_journalWindow) {
        m_journalWindow = new JournalWindow(m_session->journal(), m_dialogParent);
        if (TeamStore *team = m_session->team()) {
            auto *approvals =
                new ApprovalsPanel(team, ProfileRoles::allows(m_role, RoleAction::Credit),
                                   m_session->journal()->displayName());
            connect(approvals, &ApprovalsPanel::approveRequested, this,
                    &CustomerActions::approveCreditRequested);
            m_journalWindow->setApprovalsPanel(approvals);
        }
    } else
        m_journalWindow->refresh();
    m_journalWindow->show();
    m_journalWindow->raise();
    m_journalWindow->activateWindow();
    return m_journalWindow;
}

void CustomerActions::onCustomerChanged(const QString &oldIdentifier, const Customer &customer) {
    for (Customer &selected : m_selection) {
        if (selected.identifier() == oldIdentifier)
            selected = customer;
    }
    for (Customer &pending : m_undoCustomers) {
        if (pending.identifier() == oldIdentifier)
            pending = customer;
    }
    m_editDialogs.removeAll(nullptr);
    for (const auto &dialog : std::as_const(m_editDialogs))
        dialog->customerUpdated(oldIdentifier, customer);
    updateActions();
}

void CustomerActions::onCustomerRemoved(const QString &identifier) {
    m_selection.removeIf(
        [&identifier](const Customer &customer) { return customer.identifier() == identifier; });
    m_undoCustomers.removeIf(
        [&identifier](const Customer &customer) { return customer.identifier() == identifier; });
    m_editDialogs.removeAll(nullptr);
    for (const auto &dialog : std::as_const(m_editDialogs))
        dialog->customerRemoved(identifier);
    updateActions();
}

void CustomerActions::setBusy(bool busy) {
    const bool was = m_busy > 0;
    m_busy += busy ? 1 : -1;
    if (was != (m_busy > 0)) {
        updateActions();
        Q_EMIT busyChanged(m_busy > 0);
    }
}

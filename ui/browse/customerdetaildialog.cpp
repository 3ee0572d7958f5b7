// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/browse/customerdetaildialog.h"

#include "app/api/apicall.h"
#include "app/api/apiclient.h" // before customerservice.h, which needs it complete
#include "app/api/apiresult.h"
#include "app/api/customerservice.h"
#include "app/api/latestrequest.h"
#include "app/session/session.h"
#include "models/displayformat.h"
#include "ui/browse/linkfield.h"
#include "ui/browse/statebanner.h"
#include "ui/browse/transactionspanel.h"
#include "ui/changes/customeractions.h"
#include "ui/referral/balancewidget.h"
#include "ui/referral/statswidget.h"
#include "ui/widgets/elidedlabel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMetaMethod>
#include <QPushButton>
#include <QScrollArea>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

const char FieldPrefix[] = "field_";
const char PartnerLink[] = "#partner";
const char ReferrerLink[] = "#referrer";

QString fieldObjectName(const QString &field) {
    return QLatin1String(FieldPrefix) + field;
}

QString notGiven() {
    return CustomerDetailDialog::tr("Not given");
}

QString orNotGiven(const QString &text) {
    return text.isEmpty() ? notGiven() : text;
}

QString dateText(const QDateTime &when) {
    return when.isValid() ? DisplayFormat::dateTime(when, QLocale::LongFormat) : notGiven();
}

QString yesNo(bool value) {
    return value ? CustomerDetailDialog::tr("Yes") : CustomerDetailDialog::tr("No");
}

QString jsonValueText(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return notGiven();
    case QJsonValue::Bool:
        return yesNo(value.toBool());
    case QJsonValue::Double:
        return QLocale().toString(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

// Builds the Details form; every value widget is named "field_<name>" for fieldText().
class FormBuilder {
public:
    explicit FormBuilder(QWidget *content)
        : m_content(content)
        , m_form(new QFormLayout(content)) {
        m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    }

    QLabel *text(const QString &field, const QString &label, const QString &value) {
        auto *widget = new QLabel(value, m_content);
        widget->setTextFormat(Qt::PlainText);
        widget->setWordWrap(true);
        widget->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        add(field, label, widget);
        return widget;
    }

    // A value that opens something: a rich-text link, reachable with Tab and Enter.
    QLabel *link(const QString &field, const QString &label, const QString &value, const char *href,
                 const QString &toolTip) {
        auto *widget = new QLabel(m_content);
        widget->setTextFormat(Qt::RichText);
        widget->setText(QStringLiteral("<a href=\"%1\">%2</a>")
                            .arg(QLatin1String(href), value.toHtmlEscaped()));
        widget->setTextInteractionFlags(Qt::TextBrowserInteraction);
        widget->setOpenExternalLinks(false);
        widget->setToolTip(toolTip);
        widget->setProperty("plainText", value);
        add(field, label, widget);
        return widget;
    }

    void widget(const QString &field, const QString &label, QWidget *widget) {
        add(field, label, widget);
    }

    // A JSON object as a nested form of its keys ("None" when empty).
    void object(const QString &field, const QString &label, const QJsonObject &object,
                const QStringList &skip = {}) {
        QStringList keys = object.keys();
        keys.removeIf([&skip](const QString &key) { return skip.contains(key); });
        if (keys.isEmpty()) {
            text(field, label, CustomerDetailDialog::tr("None"));
            return;
        }
        auto *box = new QWidget(m_content);
        auto *inner = new QFormLayout(box);
        inner->setContentsMargins(0, 0, 0, 0);
        QStringList lines;
        for (const QString &key : std::as_const(keys)) {
            const QString value = jsonValueText(object.value(key));
            auto *valueLabel = new QLabel(value, box);
            valueLabel->setTextFormat(Qt::PlainText);
            valueLabel->setWordWrap(true);
            valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                                Qt::TextSelectableByKeyboard);
            valueLabel->setAccessibleName(key);
            // The key comes from the server too: a plain label, never a rich one.
            auto *keyLabel = new QLabel(key + QLatin1Char(':'), box);
            keyLabel->setTextFormat(Qt::PlainText);
            inner->addRow(keyLabel, valueLabel);
            lines.append(key + QStringLiteral(": ") + value);
        }
        box->setProperty("plainText", lines.join(QLatin1Char('\n')));
        add(field, label, box);
    }

private:
    void add(const QString &field, const QString &label, QWidget *widget) {
        widget->setObjectName(fieldObjectName(field));
        widget->setAccessibleName(label);
        auto *title = new QLabel(label + QLatin1Char(':'), m_content);
        title->setTextFormat(Qt::PlainText);
        title->setBuddy(widget);
        m_form->addRow(title, widget);
    }

    QWidget *m_content;
    QFormLayout *m_form;
};

} // namespace

CustomerDetailDialog::CustomerDetailDialog(Session *session, const Customer &customer,
                                           QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_customer(customer)
    , m_identifier(customer.identifier())
    , m_kind(session ? session->kind() : ProgramKind::Unknown)
    , m_get(new LatestRequest(this))
    , m_title(new ElidedLabel(QString(), this))
    , m_subtitle(new ElidedLabel(QString(), this))
    , m_banner(new StateBanner(this))
    , m_tabs(new QTabWidget(this))
    , m_details(new QScrollArea(this)) {
    setObjectName(QStringLiteral("customerDetailDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setModal(false);
    setSizeGripEnabled(true);
    resize(680, 580);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("titleLabel"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setObjectName(QStringLiteral("subtitleLabel"));
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // The changes a person can make from here; shown once setActions() gives them a way.
    m_actionRow = new QWidget(this);
    m_actionRow->setObjectName(QStringLiteral("actionRow"));
    auto *actionLayout = new QHBoxLayout(m_actionRow);
    actionLayout->setContentsMargins(0, 0, 0, 0);
    const auto addButton = [this, actionLayout](const QString &name, const QString &text,
                                                const QString &toolTip) {
        QPushButton *button = addActionButton(name, text, toolTip);
        actionLayout->addWidget(button);
        return button;
    };
    QPushButton *edit =
        addButton(QStringLiteral("edit"), tr("&Edit…"), tr("Change this customer's details (F2)"));
    QPushButton *suspend =
        addButton(QStringLiteral("suspend"), tr("Sus&pend"),
                  tr("Suspend this customer: their purchases earn the partner no commission"));
    QPushButton *approve =
        addButton(QStringLiteral("approve"), tr("&Approve"), tr("Approve this customer again"));
    QPushButton *archive =
        addButton(QStringLiteral("archive"), tr("Arc&hive"),
                  tr("Archive this customer: they stop earning and can be restored"));
    QPushButton *restore =
        addButton(QStringLiteral("restore"), tr("Rest&ore"), tr("Restore this archived customer"));
    QPushButton *remove =
        addButton(QStringLiteral("delete"), tr("De&lete…"), tr("Delete this customer permanently"));
    actionLayout->addStretch(1);
    QPushButton *showInTree =
        addButton(QStringLiteral("showInTree"), tr("Sho&w in tree"),
                  tr("Show this customer and who referred them in the main window's tree"));
    const auto withActions = [this](auto call) {
        return [this, call] {
            if (m_actions)
                call(m_actions.data());
        };
    };
    connect(edit, &QPushButton::clicked, this,
            withActions([this](CustomerActions *a) { a->editCustomer(m_customer, this); }));
    connect(suspend, &QPushButton::clicked, this,
            withActions([this](CustomerActions *a) { a->suspend({m_customer}, this); }));
    connect(approve, &QPushButton::clicked, this,
            withActions([this](CustomerActions *a) { a->approve({m_customer}, this); }));
    connect(archive, &QPushButton::clicked, this,
            withActions([this](CustomerActions *a) { a->archive({m_customer}, this); }));
    connect(restore, &QPushButton::clicked, this,
            withActions([this](CustomerActions *a) { a->restore({m_customer}, this); }));
    connect(remove, &QPushButton::clicked, this,
            withActions([this](CustomerActions *a) { a->deleteCustomers({m_customer}, this); }));
    connect(showInTree, &QPushButton::clicked, this,
            [this] { Q_EMIT showInTreeRequested(m_customer); });

    m_details->setObjectName(QStringLiteral("detailsTab"));
    m_details->setAccessibleName(tr("Details"));
    m_details->setWidgetResizable(true);
    m_details->setFrameShape(QFrame::NoFrame);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->addTab(m_details, tr("&Details"));
    buildIdentifierTabs();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *refresh = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    refresh->setObjectName(QStringLiteral("refreshButton"));
    refresh->setToolTip(tr("Read this customer again (F5)"));
    // Enter in a table must not close the window: no button is the default.
    const auto allButtons = findChildren<QPushButton *>();
    for (QPushButton *push : allButtons) {
        push->setAutoDefault(false);
        push->setDefault(false);
    }

    // The main window's key for Edit works here too, on this customer.
    auto *editAction = new QAction(tr("Edit"), this);
    editAction->setObjectName(QStringLiteral("editAction"));
    editAction->setShortcut(QKeySequence(Qt::Key_F2));
    editAction->setShortcutContext(Qt::WindowShortcut);
    addAction(editAction);
    connect(editAction, &QAction::triggered, edit, [edit] {
        if (edit->isVisible() && edit->isEnabled())
            edit->click();
    });

    // The referral link is what a person copies most: one key instead of ten Tabs.
    auto *copyLink = new QAction(tr("Copy referral link"), this);
    copyLink->setObjectName(QStringLiteral("copyReferralLinkAction"));
    copyLink->setShortcut(copyLinkShortcut());
    copyLink->setShortcutContext(Qt::WindowShortcut);
    addAction(copyLink);
    connect(copyLink, &QAction::triggered, this, [this] {
        if (auto *link = findChild<LinkField *>(fieldObjectName(QStringLiteral("referralLink"))))
            link->copy();
    });

    auto *refreshAction = new QAction(tr("Refresh"), this);
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setShortcutContext(Qt::WindowShortcut);
    addAction(refreshAction);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_actionRow);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(refresh, &QPushButton::clicked, this, &CustomerDetailDialog::refresh);
    connect(refreshAction, &QAction::triggered, this, &CustomerDetailDialog::refresh);
    connect(m_tabs, &QTabWidget::currentChanged, this, &CustomerDetailDialog::onTabChanged);
    connect(m_banner, &StateBanner::retryRequested, this, &CustomerDetailDialog::load);
    connect(m_banner, &StateBanner::newKeyRequested, this, &CustomerDetailDialog::newKeyRequested);
    if (session) {
        // A session replaced under the dialog (profile switch) takes the dialog with it.
        connect(session, &QObject::destroyed, this, &QDialog::close);
    }

    showCustomer();
    updateButtons();
    load();
}

QPushButton *CustomerDetailDialog::addActionButton(const QString &name, const QString &text,
                                                   const QString &toolTip) {
    auto *button = new QPushButton(text, m_actionRow);
    button->setObjectName(name + QStringLiteral("Button"));
    button->setToolTip(toolTip);
    button->setAutoDefault(false);
    m_actionButtons.append(button);
    return button;
}

void CustomerDetailDialog::buildIdentifierTabs() {
    // Every tab but Details reads by identifier: after an edit of the key they start again.
    const int current = m_tabs->currentIndex();
    while (m_tabs->count() > 1) {
        QWidget *tab = m_tabs->widget(1);
        m_tabs->removeTab(1);
        tab->deleteLater();
    }
    m_transactions = new TransactionsPanel(m_session, m_identifier, m_kind, this);
    m_tabs->addTab(m_transactions, tr("&Transactions"));
    connect(m_transactions, &TransactionsPanel::newKeyRequested, this,
            &CustomerDetailDialog::newKeyRequested);
    m_stats = nullptr;
    m_balance = nullptr;
    m_balanceTab = nullptr;
    m_creditButton = nullptr;
    if (m_kind == ProgramKind::ReferAFriend) {
        m_stats = new StatsWidget(m_session, m_identifier, this);
        m_tabs->addTab(m_stats, tr("&Stats"));

        m_balanceTab = new QWidget(this);
        m_balanceTab->setObjectName(QStringLiteral("balanceTab"));
        m_balance = new BalanceWidget(m_session, m_identifier, m_balanceTab);
        auto *credit = new QPushButton(tr("Cred&it balance…"), m_balanceTab);
        credit->setObjectName(QStringLiteral("creditButton"));
        credit->setToolTip(tr("Add to this customer's reward balance"));
        credit->setAutoDefault(false);
        m_creditButton = credit;
        connect(credit, &QPushButton::clicked, this,
                [this] { Q_EMIT creditRequested(m_customer); });
        auto *row = new QHBoxLayout;
        row->addStretch(1);
        row->addWidget(credit);
        auto *column = new QVBoxLayout(m_balanceTab);
        column->addWidget(m_balance, 1);
        column->addLayout(row);
        m_tabs->addTab(m_balanceTab, tr("&Balance"));
    }
    if (current > 0 && current < m_tabs->count())
        m_tabs->setCurrentIndex(current);
    updateButtons();
}

CustomerDetailDialog::~CustomerDetailDialog() = default;

Session *CustomerDetailDialog::session() const {
    return m_session;
}

void CustomerDetailDialog::refresh() {
    load();
    if (m_tabs->currentWidget() == m_transactions)
        m_transactions->reload();
    else if (m_stats && m_tabs->currentWidget() == m_stats)
        m_stats->reload();
    else if (m_balance && m_tabs->currentWidget() == m_balanceTab)
        m_balance->reload();
}

void CustomerDetailDialog::reloadBalance() {
    if (m_balance)
        m_balance->reload();
}

void CustomerDetailDialog::setCustomer(const Customer &customer) {
    // Newer than anything a read still on its way could bring.
    if (m_loading) {
        m_get->clear();
        m_loading = false;
        m_banner->clear();
    }
    m_customer = customer;
    m_loaded = true;
    const QString identifier = customer.identifier();
    if (!identifier.isEmpty() && identifier != m_identifier) {
        m_identifier = identifier;
        buildIdentifierTabs();
    }
    showCustomer();
    updateButtons();
}

void CustomerDetailDialog::setActions(CustomerActions *actions) {
    if (m_actions)
        disconnect(m_actions, nullptr, this, nullptr);
    m_actions = actions;
    if (actions) {
        connect(actions, &CustomerActions::busyChanged, this, &CustomerDetailDialog::updateButtons);
        connect(actions, &CustomerActions::roleChanged, this, &CustomerDetailDialog::updateButtons);
    }
    updateButtons();
}

CustomerActions *CustomerDetailDialog::actions() const {
    return m_actions;
}

QPushButton *CustomerDetailDialog::actionButton(const QString &name) const {
    if (name == QLatin1String("credit"))
        return m_creditButton; // the Balance tab's; an old tab may still wait for deletion
    // Not deeper: a dialog opened from here may name its own buttons alike.
    return m_actionRow->findChild<QPushButton *>(name + QStringLiteral("Button"),
                                                 Qt::FindDirectChildrenOnly);
}

void CustomerDetailDialog::updateButtons() {
    const bool canChange = m_actions && m_session;
    const bool idle = !m_actions || !m_actions->isBusy();
    const QString status = m_customer.status.toLower();
    const bool unknown = status.isEmpty();
    const bool affiliate = m_kind == ProgramKind::Affiliate;
    const bool referral = m_kind == ProgramKind::ReferAFriend;
    // In refer-a-friend programs "deleted" is the documented status of an archived customer,
    // who can be restored; elsewhere it means the customer is gone.
    const bool gone = m_customer.deleted || (!referral && status == QLatin1String("deleted"));
    const bool suspended = status == QLatin1String("suspended");
    const bool archived = Customer::isRestorableStatus(status);
    // Only what someone answers: a dialog used alone shows no dead buttons.
    const bool treeWanted =
        isSignalConnected(QMetaMethod::fromSignal(&CustomerDetailDialog::showInTreeRequested));
    const bool creditWanted =
        isSignalConnected(QMetaMethod::fromSignal(&CustomerDetailDialog::creditRequested));

    const auto set = [this, idle, gone](const QString &name, bool visible) {
        if (QPushButton *button = actionButton(name)) {
            button->setVisible(visible);
            button->setEnabled(idle && !gone);
        }
    };
    // What the profile's role leaves out is not offered here either.
    const auto allowed = [this](RoleAction action) {
        return m_actions && m_actions->allows(action);
    };
    const bool statusChange = canChange && allowed(RoleAction::ChangeStatus);
    set(QStringLiteral("edit"), canChange && allowed(RoleAction::Edit));
    // An unknown status offers both directions: the server decides.
    set(QStringLiteral("suspend"), statusChange && affiliate && (!suspended || unknown));
    set(QStringLiteral("approve"), statusChange && affiliate && (suspended || unknown));
    set(QStringLiteral("archive"), statusChange && referral && (!archived || unknown));
    set(QStringLiteral("restore"), statusChange && referral && (archived || unknown));
    set(QStringLiteral("delete"), canChange && allowed(RoleAction::Delete));
    set(QStringLiteral("showInTree"), referral && treeWanted);
    if (m_creditButton) {
        m_creditButton->setVisible(creditWanted);
        m_creditButton->setEnabled(!gone);
    }
    bool any = false;
    for (const QPushButton *button : std::as_const(m_actionButtons))
        any = any || !button->isHidden();
    m_actionRow->setVisible(any);
}

void CustomerDetailDialog::load() {
    if (!m_session || m_identifier.isEmpty())
        return;
    m_loading = true;
    m_banner->showLoading(tr("Reading the customer…"));
    ApiCall *call = m_session->customers()->get(
        m_identifier, this, [this](const ApiResult<Customer> &result) { onLoaded(result); });
    m_get->start(call);
    m_banner->followRetries(call);
}

void CustomerDetailDialog::onLoaded(const ApiResult<Customer> &result) {
    m_loading = false;
    if (!result) {
        m_banner->showFailure(result.error());
        return;
    }
    m_customer = result.value();
    m_loaded = true;
    m_banner->clear();
    showCustomer();
    updateButtons();
    Q_EMIT customerLoaded(m_customer);
}

void CustomerDetailDialog::showCustomer() {
    const Customer &c = m_customer;
    setWindowTitle(tr("%1 – Customer").arg(c.displayName()));
    m_title->setFullText(c.displayName());
    QStringList subtitle;
    if (!c.email.isEmpty() && c.email != c.displayName())
        subtitle.append(c.email);
    if (!c.identifier().isEmpty())
        subtitle.append(c.identifier());
    m_subtitle->setFullText(subtitle.join(QStringLiteral(" · ")));

    // Rebuilt whole: the number of rows (links, custom fields) changes with the data.
    const bool hadFocus = m_details->widget() && m_details->widget()->isAncestorOf(focusWidget());
    auto *content = new QWidget;
    FormBuilder form(content);
    form.text(QStringLiteral("name"), tr("Name"), orNotGiven(c.fullName()));
    form.text(QStringLiteral("email"), tr("Email"), orNotGiven(c.email));

    if (m_kind == ProgramKind::ReferAFriend) {
        form.text(QStringLiteral("id"), tr("ID"), orNotGiven(c.id));
        if (!c.key.isEmpty())
            form.text(QStringLiteral("key"), tr("Key"), c.key);
    } else {
        form.text(QStringLiteral("key"), tr("Key"), orNotGiven(c.key));
        if (!c.id.isEmpty())
            form.text(QStringLiteral("id"), tr("ID"), c.id);
    }
    QString status = c.status;
    if (status.isEmpty() && c.deleted)
        status = QStringLiteral("deleted");
    form.text(QStringLiteral("status"), tr("Status"),
              status.isEmpty() ? notGiven() : DisplayFormat::customerStatus(status));

    if (m_kind != ProgramKind::ReferAFriend) {
        if (c.partner.isEmpty()) {
            form.text(QStringLiteral("partner"), tr("Partner"), tr("None"));
        } else {
            QLabel *partner =
                form.link(QStringLiteral("partner"), tr("Partner"), c.partner, PartnerLink,
                          tr("Show the customers of this partner in the main window"));
            connect(partner, &QLabel::linkActivated, this, &CustomerDetailDialog::openPartner);
        }
        form.text(QStringLiteral("tags"), tr("Tags"),
                  c.tags.isEmpty() ? tr("None") : c.tags.join(QStringLiteral(", ")));
    }

    if (m_kind != ProgramKind::Affiliate) {
        form.text(QStringLiteral("approved"), tr("Approved"),
                  c.approved ? yesNo(*c.approved) : notGiven());
        if (c.referringCustomer) {
            const CustomerRef &ref = *c.referringCustomer;
            QString who = ref.displayName();
            if (!ref.email.isEmpty() && ref.email != who)
                who = tr("%1 <%2>").arg(who, ref.email);
            QLabel *referrer = form.link(QStringLiteral("referredBy"), tr("Referred by"), who,
                                         ReferrerLink, tr("Open the referring customer"));
            connect(referrer, &QLabel::linkActivated, this,
                    &CustomerDetailDialog::openReferringCustomer);
        } else {
            form.text(QStringLiteral("referredBy"), tr("Referred by"),
                      tr("Nobody (joined without a referral)"));
        }
        form.text(QStringLiteral("referrals"), tr("Referrals"),
                  c.referralsCount >= 0 ? QLocale().toString(c.referralsCount) : notGiven());
        form.text(QStringLiteral("dateOfBirth"), tr("Date of birth"), orNotGiven(c.dateOfBirth()));
        form.object(QStringLiteral("metadata"), tr("Other metadata"), c.metadata,
                    {QStringLiteral("date_of_birth")});
        form.object(QStringLiteral("customFields"), tr("Custom fields"), c.customFields);
        if (c.referralLink.isEmpty()) {
            form.text(QStringLiteral("referralLink"), tr("Referral link"), notGiven());
        } else {
            auto *link =
                new LinkField(c.referralLink, tr("Referral link"), content, copyLinkShortcut());
            form.widget(QStringLiteral("referralLink"), tr("Referral link"), link);
        }
        if (c.referralLinks.isEmpty()) {
            form.text(QStringLiteral("referralLinks"), tr("All referral links"), tr("None"));
        } else {
            auto *links = new QWidget(content);
            auto *column = new QVBoxLayout(links);
            column->setContentsMargins(0, 0, 0, 0);
            for (int i = 0; i < c.referralLinks.size(); ++i) {
                column->addWidget(
                    new LinkField(c.referralLinks.at(i), tr("Referral link %1").arg(i + 1), links));
            }
            links->setProperty("plainText", c.referralLinks.join(QLatin1Char('\n')));
            form.widget(QStringLiteral("referralLinks"), tr("All referral links"), links);
        }
    }

    form.text(QStringLiteral("created"), tr("Created"), dateText(c.createdAt));
    form.text(QStringLiteral("updated"), tr("Updated"), dateText(c.updatedAt));
    if (m_kind != ProgramKind::ReferAFriend) {
        QString deleted = yesNo(c.deleted || c.deletedAt.isValid());
        if (c.deletedAt.isValid())
            deleted = tr("Yes, on %1").arg(dateText(c.deletedAt));
        form.text(QStringLiteral("deleted"), tr("Deleted"), deleted);
    }

    m_details->setWidget(content);
    if (hadFocus)
        m_tabs->tabBar()->setFocus();
}

QWidget *CustomerDetailDialog::fieldWidget(const QString &field) const {
    const QWidget *content = m_details->widget();
    return content ? content->findChild<QWidget *>(fieldObjectName(field)) : nullptr;
}

QString CustomerDetailDialog::fieldText(const QString &field) const {
    const QWidget *widget = fieldWidget(field);
    if (!widget)
        return {};
    const QVariant plain = widget->property("plainText");
    if (plain.isValid())
        return plain.toString();
    if (const auto *link = qobject_cast<const LinkField *>(widget))
        return link->url();
    if (const auto *label = qobject_cast<const QLabel *>(widget))
        return label->text();
    return {};
}

QStringList CustomerDetailDialog::fieldNames() const {
    QStringList names;
    const QWidget *content = m_details->widget();
    if (!content)
        return names;
    const auto *form = qobject_cast<const QFormLayout *>(content->layout());
    for (int row = 0; form && row < form->rowCount(); ++row) {
        const QLayoutItem *item = form->itemAt(row, QFormLayout::FieldRole);
        if (item && item->widget()) {
            const QString name = item->widget()->objectName();
            if (name.startsWith(QLatin1String(FieldPrefix)))
                names.append(name.mid(int(qstrlen(FieldPrefix))));
        }
    }
    return names;
}

void CustomerDetailDialog::openPartner() {
    if (!m_customer.partner.isEmpty())
        Q_EMIT partnerRequested(m_customer.partner);
}

void CustomerDetailDialog::openReferringCustomer() {
    if (!m_customer.referringCustomer)
        return;
    const CustomerRef &ref = *m_customer.referringCustomer;
    Customer referrer;
    // Refer-a-friend paths take the id; the key only when no id was given.
    referrer.id = ref.id;
    if (ref.id.isEmpty())
        referrer.key = ref.key;
    referrer.email = ref.email;
    referrer.name = ref.name;
    referrer.surname = ref.surname;
    Q_EMIT customerRequested(referrer);
}

void CustomerDetailDialog::onTabChanged(int index) {
    // Stats and Balance read again each time they are shown, on their own.
    if (index == TransactionsTab)
        m_transactions->ensureLoaded();
}

void CustomerDetailDialog::keyPressEvent(QKeyEvent *event) {
    // QDialog would press the default button on Enter; here Enter belongs to the focused
    // control (a link, a table) and must never close the window. Escape still closes.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/dialogparts.h"

#include "models/customer.h"
#include "ui/widgets/elidedlabel.h"
#include "ui/widgets/fielderrorlabel.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/rowstatedelegate.h"
#include "ui/widgets/statecolorpalette.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace DialogParts {

namespace {

struct ToneLook {
    StateColorPalette::State state;
    QStyle::StandardPixmap icon;
};

ToneLook look(Tone tone) {
    using State = StateColorPalette::State;
    switch (tone) {
    case Tone::Info:
        return {State::Info, QStyle::SP_MessageBoxInformation};
    case Tone::Success:
        return {State::Success, QStyle::SP_DialogApplyButton};
    case Tone::Warning:
        return {State::Warning, QStyle::SP_MessageBoxWarning};
    case Tone::Error:
        return {State::Error, QStyle::SP_MessageBoxCritical};
    }
    return {State::Info, QStyle::SP_MessageBoxInformation};
}

} // namespace

QLabel *heading(const QString &text, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.25);
    label->setFont(font);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel *muted(const QString &text, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

FieldErrorLabel *problemLabel(QWidget *parent) {
    return new FieldErrorLabel(parent);
}

void setProblem(QLabel *label, const QString &text) {
    auto *problem = qobject_cast<FieldErrorLabel *>(label);
    Q_ASSERT(problem);
    if (problem)
        problem->setMessage(text, FieldErrorLabel::Severity::Error);
}

void setBannerTone(QFrame *banner, Tone tone) {
    const ToneLook l = look(tone);
    const StateColorPalette states(banner->palette());
    banner->setStyleSheet(
        u"QFrame#banner { background: %1; border: 1px solid %2; border-radius: 6px; }"
        "QFrame#banner QLabel { color: %3; background: transparent; border: none; }"_s.arg(
            states.background(l.state).name(), states.border(l.state).name(),
            states.textOnBackground().name()));
    if (auto *icon = banner->findChild<QLabel *>(u"bannerIcon"_s)) {
        const int size = banner->style()->pixelMetric(QStyle::PM_SmallIconSize);
        icon->setPixmap(banner->style()->standardIcon(l.icon).pixmap(size, size));
    }
}

QFrame *banner(Tone tone, QLabel **text, QWidget *parent, const QString &title) {
    auto *frame = new QFrame(parent);
    frame->setObjectName(u"banner"_s);
    auto *layout = new QHBoxLayout(frame);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(8);
    auto *icon = new QLabel(frame);
    icon->setObjectName(u"bannerIcon"_s);
    icon->setAlignment(Qt::AlignTop);
    auto *label = new QLabel(frame);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(icon, 0, Qt::AlignTop);
    if (title.isEmpty()) {
        layout->addWidget(label, 1);
    } else {
        auto *column = new QVBoxLayout;
        column->setSpacing(4);
        auto *titleLabel = new QLabel(title, frame);
        titleLabel->setObjectName(u"bannerTitle"_s);
        titleLabel->setWordWrap(true);
        titleLabel->setTextFormat(Qt::PlainText);
        QFont font = titleLabel->font();
        font.setBold(true);
        titleLabel->setFont(font);
        column->addWidget(titleLabel);
        column->addWidget(label);
        layout->addLayout(column, 1);
    }
    setBannerTone(frame, tone);
    if (text)
        *text = label;
    return frame;
}

QWidget *customerCard(const Customer &customer, QWidget *parent) {
    auto *card = new QWidget(parent);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    // A name of any length: cut to the card's width, never widening the dialog.
    auto *name = new ElidedLabel(customer.displayName(), card);
    QFont font = name->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.25);
    name->setFont(font);
    layout->addWidget(name);
    QStringList details;
    const QString id = customer.id.isEmpty() ? customer.key : customer.id;
    if (!id.isEmpty())
        details << id;
    if (!customer.email.isEmpty() && customer.email != customer.displayName())
        details << customer.email;
    if (!details.isEmpty()) {
        auto *line = muted(details.join(u"  ·  "_s), card);
        line->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(line);
    }
    return card;
}

QFrame *separator(QWidget *parent) {
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}

} // namespace DialogParts

QPushButton *DialogParts::button(const QString &text, const QString &objectName, QWidget *parent) {
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setAutoDefault(false);
    return b;
}

QString DialogParts::accessibleText(const QString &label) {
    QString text = label;
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    text = text.trimmed();
    while (text.endsWith(QLatin1Char(':')) || text.endsWith(QChar(0xFF1A)))
        text.chop(1);
    return text.trimmed();
}

QTableView *DialogParts::rowsView(QAbstractItemModel *model, const QString &objectName,
                                  QWidget *parent) {
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setItemDelegate(new RowStateDelegate(view));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false); // Tab leaves the table; arrows move between rows
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    return view;
}

QHBoxLayout *DialogParts::buttonRow(std::initializer_list<QPushButton *> leading,
                                    std::initializer_list<QPushButton *> trailing) {
    auto *row = new QHBoxLayout;
    for (QPushButton *b : leading)
        row->addWidget(b);
    row->addStretch(1);
    for (QPushButton *b : trailing)
        row->addWidget(b);
    return row;
}

void DialogParts::makeSecretField(QLineEdit *edit) {
    edit->setEchoMode(QLineEdit::Password);
    auto *reveal = edit->addAction(edit->style()->standardIcon(QStyle::SP_FileDialogContentsView),
                                   QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setToolTip(QCoreApplication::translate("DialogParts", "Show or hide the key"));
    QObject::connect(reveal, &QAction::toggled, edit, [edit](bool shown) {
        edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
}

QString DialogParts::documentsFolder() {
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !documents.isEmpty() && QDir(documents).exists() ? documents : QDir::homePath();
}

void DialogParts::exportFile(QWidget *parent, const QString &fileName, const ExportTexts &texts,
                             const std::function<bool(const QString &, QString *)> &write) {
    const QString path = QFileDialog::getSaveFileName(
        parent, texts.title, QDir(documentsFolder()).filePath(fileName), texts.filter);
    if (path.isEmpty())
        return;
    QString error;
    if (!write(path, &error))
        MessageBox::warning(parent, texts.failed, error);
}

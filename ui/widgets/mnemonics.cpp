// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/mnemonics.h"

#include <QAction>
#include <QKeySequence>
#include <QMenu>

QString Mnemonics::withMnemonic(const QString &text, QString *taken) {
    QString escaped = text;
    escaped.replace(QLatin1Char('&'), QStringLiteral("&&"));
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i).toLower();
        if (!c.isLetterOrNumber() || taken->contains(c))
            continue;
        taken->append(c);
        // The position in the escaped text: each '&' before it was doubled.
        const int at = i + int(text.left(i).count(QLatin1Char('&')));
        return escaped.insert(at, QLatin1Char('&'));
    }
    return escaped;
}

void Mnemonics::assign(QMenu *menu) {
    const auto actions = menu->actions();
    QString taken;
    for (QAction *action : actions) {
        const QKeySequence mnemonic = QKeySequence::mnemonic(action->text());
        if (!mnemonic.isEmpty())
            taken.append(mnemonic.toString(QKeySequence::PortableText).right(1).toLower());
    }
    for (QAction *action : actions) {
        if (action->isSeparator() || !QKeySequence::mnemonic(action->text()).isEmpty())
            continue;
        QString plain = action->text();
        plain.replace(QStringLiteral("&&"), QStringLiteral("&"));
        action->setText(withMnemonic(plain, &taken));
    }
}

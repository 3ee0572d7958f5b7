// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/journal/undecidedchangesprompt.h"

#include "app/journal/journal.h"
#include "app/journal/journalmodel.h"
#include "ui/journal/journalwindow.h"
#include "ui/widgets/messagebox.h"

#include <QLocale>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

QString UndecidedChangesPrompt::list(const QList<JournalEntry> &undecided) {
    // A long list would push the buttons off the screen: the journal window has them all.
    constexpr int MaxListed = 12;
    QStringList lines;
    for (const JournalEntry &entry : undecided) {
        if (lines.size() == MaxListed) {
            lines << tr("… and %n more", nullptr, int(undecided.size()) - MaxListed);
            break;
        }
        const QString when = QLocale().toString(entry.time.toLocalTime(), QLocale::ShortFormat);
        const QString action = JournalModel::actionText(entry.operation.action);
        const QString amount = JournalModel::amountText(entry);
        if (amount.isEmpty()) {
            lines << tr("%1 \u2013 %2 %3 (%4)", "time – action customer (profile)")
                         .arg(when, action, entry.operation.customer, entry.operation.profileName);
        } else {
            lines << tr("%1 \u2013 %2 %3 to %4 (%5)",
                        "time – Credit 10.00 USD to customer (profile)")
                         .arg(when, action, amount, entry.operation.customer,
                              entry.operation.profileName);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QString UndecidedChangesPrompt::message(const QList<JournalEntry> &undecided) {
    return tr("%n changes need a decision: nobody knows whether they reached the server. Check "
              "each customer before repeating any of them; until you decide, no new credit can "
              "be sent to those customers.",
              nullptr, int(undecided.size())) +
           u"\n\n"_s + list(undecided);
}

QString UndecidedChangesPrompt::profileRemovalRefusal(const Journal *journal,
                                                      const QString &profileId) {
    if (!journal)
        return {};
    JournalFilter filter;
    filter.profileId = profileId;
    filter.needsDecision = true;
    const QList<JournalEntry> undecided = journal->entries(filter);
    if (undecided.isEmpty())
        return {};
    return tr("%n changes of this profile still need a decision. Decide them in the journal "
              "(Ctrl+J) before you delete the profile.",
              nullptr, int(undecided.size())) +
           u"\n\n"_s + list(undecided);
}

JournalWindow *UndecidedChangesPrompt::ask(QWidget *parent, Journal *journal,
                                           JournalWindow *window) {
    if (!journal)
        return nullptr;
    const QList<JournalEntry> undecided = journal->needingDecision();
    if (undecided.isEmpty())
        return nullptr;
    const auto answer = MessageBox::choose(parent, tr("Changes need a decision"),
                                           message(undecided), tr("&Review now"), tr("&Later"));
    if (answer != QMessageBox::Yes)
        return nullptr;
    if (!window)
        window = new JournalWindow(journal, parent);
    window->showNeedingDecision();
    window->show();
    window->raise();
    return window;
}

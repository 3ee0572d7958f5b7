// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/shell/keyboardreach.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDateTimeEdit>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSet>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QWidgetAction>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace KeyboardReach {

namespace {

// Presses of Tab after which a window whose focus never came back round is given up.
constexpr int MaxStops = 250;
// Tabs in a row that leave focus where it was: the widget keeps Tab to itself.
constexpr int StuckTabs = 3;

bool isInput(const QWidget *widget) {
    return qobject_cast<const QLineEdit *>(widget) ||
           qobject_cast<const QAbstractSpinBox *>(widget) ||
           qobject_cast<const QComboBox *>(widget) ||
           qobject_cast<const QAbstractButton *>(widget) ||
           qobject_cast<const QAbstractItemView *>(widget) ||
           qobject_cast<const QTextEdit *>(widget) || qobject_cast<const QPlainTextEdit *>(widget);
}

// The widget focus ends on when `widget` is given focus (its focus proxies followed).
QWidget *proxyEnd(QWidget *widget) {
    while (widget && widget->focusProxy())
        widget = widget->focusProxy();
    return widget;
}

// What a person perceives as focused when `focus` has it: a spin box rather than its line
// edit (the spin box gives its focus to it).
QWidget *perceivedStop(QWidget *focus, QWidget *window) {
    QWidget *stop = focus;
    for (QWidget *up = focus->parentWidget(); up && up != window; up = up->parentWidget()) {
        if (isInput(up) && (proxyEnd(up) == focus || up->isAncestorOf(focus)))
            stop = up;
    }
    return stop;
}

// How many Tabs in a row a stop may keep: a date edit moves through its sections first.
int tabsKept(QWidget *stop) {
    if (auto *date = qobject_cast<QDateTimeEdit *>(stop))
        return date->sectionCount() + 1;
    return StuckTabs;
}

QString stripAmpersands(QString text) {
    text.replace(u"&&"_s, u"\x01"_s);
    text.remove(u'&');
    text.replace(u"\x01"_s, u"&"_s);
    return text;
}

// The text a screen reader says for `widget` when it gets focus.
QString accessibleName(QWidget *widget) {
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    if (!iface)
        return {};
    if (qobject_cast<QComboBox *>(widget)) {
        // On Linux a combo box's Name is its current text; what it is for comes from its
        // accessible name or the label whose buddy it is (a Label relation).
        if (!widget->accessibleName().trimmed().isEmpty())
            return widget->accessibleName();
        const auto labels = iface->relations(QAccessible::Label);
        for (const auto &relation : labels) {
            if (relation.first && !relation.first->text(QAccessible::Name).trimmed().isEmpty())
                return relation.first->text(QAccessible::Name);
        }
        return {};
    }
    QString name = iface->text(QAccessible::Name).trimmed();
    if (name.isEmpty()) {
        // A tab bar is announced by its current tab.
        if (auto *bar = qobject_cast<QTabBar *>(widget))
            name = stripAmpersands(bar->tabText(bar->currentIndex())).trimmed();
    }
    return name;
}

QString nearestLabel(QWidget *widget) {
    QWidget *window = widget->window();
    const QRect at(widget->mapTo(window, QPoint(0, 0)), widget->size());
    QString best;
    int bestDistance = std::numeric_limits<int>::max();
    const auto labels = window->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label == widget || !label->isVisible() || label->text().trimmed().isEmpty())
            continue;
        const QRect rect(label->mapTo(window, QPoint(0, 0)), label->size());
        const int dx = qMax(0, qMax(rect.left() - at.right(), at.left() - rect.right()));
        const int dy = qMax(0, qMax(rect.top() - at.bottom(), at.top() - rect.bottom()));
        const int distance = dx + 2 * dy; // a label beside a field counts more than one above
        if (distance < bestDistance) {
            bestDistance = distance;
            best = label->text();
        }
    }
    best = stripAmpersands(best).simplified();
    if (best.size() > 50)
        best = best.left(47) + u"..."_s;
    return best;
}

bool isReached(QWidget *input, const QSet<QWidget *> &focused) {
    if (focused.contains(input) || focused.contains(proxyEnd(input)))
        return true;
    for (QWidget *stop : focused) {
        if (input->isAncestorOf(stop))
            return true;
    }
    // Exclusive radio buttons are one stop, as everywhere: Tab reaches the checked one and
    // the arrow keys move between them.
    if (auto *radio = qobject_cast<QRadioButton *>(input)) {
        const QButtonGroup *group = radio->group();
        for (QWidget *stop : focused) {
            auto *other = qobject_cast<QRadioButton *>(stop);
            if (!other)
                continue;
            if (group ? other->group() == group
                      : radio->autoExclusive() && other->autoExclusive() &&
                            other->parentWidget() == radio->parentWidget())
                return true;
        }
    }
    return false;
}

// Inputs a person can see and use, that Tab should reach. Parts of another input (a spin
// box's line edit, a table's corner button) go with it; a toolbar's buttons take no focus
// by design (their actions must be in a menu: checkToolBarsInMenus); a tab bar's scroll
// buttons go with the tab bar.
QList<QWidget *> visibleInputs(QWidget *window) {
    QList<QWidget *> inputs;
    const auto widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!isInput(widget) || !widget->isVisible() || !widget->isEnabled() ||
            widget->window() != window)
            continue;
        bool part = false;
        for (QWidget *up = widget->parentWidget(); up && up != window; up = up->parentWidget()) {
            if (isInput(up) || qobject_cast<QTabBar *>(up) ||
                (qobject_cast<QToolBar *>(up) && qobject_cast<QToolButton *>(widget))) {
                part = true;
                break;
            }
        }
        if (!part)
            inputs.append(widget);
    }
    return inputs;
}

// The next widget after `stop` (and its parts) that takes focus from Tab.
QWidget *nextTabStop(QWidget *stop) {
    for (QWidget *next = stop->nextInFocusChain(); next && next != stop;
         next = next->nextInFocusChain()) {
        if ((next->focusPolicy() & Qt::TabFocus) && next->isVisible() && next->isEnabled() &&
            next->window() == stop->window() && !stop->isAncestorOf(next))
            return next;
    }
    return nullptr;
}

QStringList walkOnce(QWidget *window, const QString &windowName) {
    QStringList findings;
    QCoreApplication::processEvents();
    QWidget *focus = QApplication::focusWidget();
    // Focus may rest where Tab never stops (a page shown by a switch of tabs): one Tab first,
    // as a person would press.
    if (!focus || focus->window() != window || !(focus->focusPolicy() & Qt::TabFocus)) {
        QTest::keyClick(focus && focus->window() == window ? focus : window, Qt::Key_Tab);
        focus = QApplication::focusWidget();
    }
    if (!focus || focus->window() != window)
        return {windowName + u": no widget takes focus from the keyboard"_s};

    // What is on screen when the walk starts (a popup closes when focus leaves its field).
    const QList<QWidget *> inputs = visibleInputs(window);
    QWidget *first = focus;
    QSet<QWidget *> focused;
    QSet<QWidget *> named;
    int stuck = 0;
    bool round = false;
    for (int step = 0; step < MaxStops; ++step) {
        focused.insert(focus);
        QWidget *stop = perceivedStop(focus, window);
        focused.insert(stop);
        if (!named.contains(stop)) {
            named.insert(stop);
            if (accessibleName(stop).isEmpty())
                findings.append(windowName + u": a focus stop without an accessible name: "_s +
                                describe(stop));
        }
        QTest::keyClick(focus, Qt::Key_Tab);
        QWidget *next = QApplication::focusWidget();
        if (!next || next->window() != window) {
            findings.append(windowName + u": Tab leaves the window from "_s + describe(stop));
            break;
        }
        if (next == focus) {
            // The only stop of the window: Tab has nowhere else to go.
            if (!nextTabStop(stop)) {
                round = true;
                break;
            }
            if (++stuck < tabsKept(stop))
                continue;
            findings.append(windowName + u": Tab stays inside "_s + describe(stop) +
                            u" (it keeps Tab to itself)"_s);
            // Go on past it to check the rest of the chain.
            next = nextTabStop(stop);
            next->setFocus(Qt::TabFocusReason);
            next = QApplication::focusWidget();
            if (!next || next->window() != window)
                break;
        }
        stuck = 0;
        focus = next;
        if (focus == first) {
            round = true;
            break;
        }
    }
    if (!round && focus != first)
        findings.append(windowName + u": focus never comes back round to "_s + describe(first));

    for (QWidget *input : inputs) {
        if (!isReached(input, focused))
            findings.append(windowName + u": Tab never reaches "_s + describe(input));
    }
    return findings;
}

void collectMenuActions(const QList<QAction *> &actions, QSet<QAction *> *into) {
    for (QAction *action : actions) {
        into->insert(action);
        if (QMenu *sub = action->menu())
            collectMenuActions(sub->actions(), into);
    }
}

// A menu filled when it opens (aboutToShow) is opened and closed again, so it has its actions.
void fill(QMenu *menu) {
    if (!menu->actions().isEmpty())
        return;
    Q_EMIT menu->aboutToShow();
}

} // namespace

QString describe(QWidget *widget) {
    QString text = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        text += u" \""_s + widget->objectName() + u'"';
    if (auto *button = qobject_cast<QAbstractButton *>(widget); button && !button->text().isEmpty())
        text += u" \""_s + stripAmpersands(button->text()) + u'"';
    const QString label = nearestLabel(widget);
    if (!label.isEmpty())
        text += u" near \""_s + label + u'"';
    return text;
}

QStringList walk(QWidget *window, const QString &windowName) {
    window->show();
    window->raise();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window, 3000))
        return {windowName + u": the window did not become active"_s};

    QStringList findings = walkOnce(window, windowName);
    // Every page of every tab widget shown: the inputs of the other tabs too.
    const auto tabWidgets = window->findChildren<QTabWidget *>();
    for (QTabWidget *tabs : tabWidgets) {
        if (!tabs->isVisible() || tabs->window() != window)
            continue;
        const int shown = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            if (i == shown || !tabs->isTabEnabled(i) || !tabs->isTabVisible(i))
                continue;
            tabs->setCurrentIndex(i);
            QTest::qWait(100); // a page may load what it shows
            findings += walkOnce(window, windowName + u" (tab \""_s +
                                             stripAmpersands(tabs->tabText(i)) + u"\")"_s);
        }
        tabs->setCurrentIndex(shown);
    }
    return findings;
}

QStringList checkMenu(const QList<QAction *> &actions, const QString &menuName) {
    QStringList findings;
    QHash<QString, QString> mnemonics; // the letter -> the first action's text
    for (QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible() || qobject_cast<QWidgetAction *>(action))
            continue;
        const QString text = stripAmpersands(action->text());
        const QKeySequence mnemonic = QKeySequence::mnemonic(action->text());
        if (QMenu *sub = action->menu()) {
            fill(sub);
            findings += checkMenu(sub->actions(), menuName + u" > "_s + text);
        } else if (mnemonic.isEmpty() && action->shortcut().isEmpty()) {
            findings.append(menuName + u": \""_s + text +
                            u"\" has neither a shortcut nor a mnemonic"_s);
        }
        if (mnemonic.isEmpty()) {
            if (action->menu())
                findings.append(menuName + u": the submenu \""_s + text + u"\" has no mnemonic"_s);
            continue;
        }
        const QString letter = mnemonic.toString(QKeySequence::PortableText).toLower();
        if (mnemonics.contains(letter)) {
            findings.append(menuName + u": \""_s + text + u"\" and \""_s + mnemonics.value(letter) +
                            u"\" share the mnemonic "_s + letter);
        } else {
            mnemonics.insert(letter, text);
        }
    }
    return findings;
}

QStringList checkMenuBar(QMainWindow *window, const QString &windowName) {
    QStringList findings = checkMenu(window->menuBar()->actions(), windowName + u" menu bar"_s);
    return findings;
}

QStringList checkToolBarsInMenus(QMainWindow *window, const QString &windowName) {
    QSet<QAction *> inMenus;
    const auto menus = window->menuBar()->actions();
    for (QAction *action : menus) {
        if (QMenu *menu = action->menu())
            fill(menu);
    }
    collectMenuActions(menus, &inMenus);
    QStringList findings;
    const auto bars = window->findChildren<QToolBar *>();
    for (QToolBar *bar : bars) {
        const auto actions = bar->actions();
        for (QAction *action : actions) {
            if (action->isSeparator() || !action->isVisible() ||
                qobject_cast<QWidgetAction *>(action) || inMenus.contains(action))
                continue;
            findings.append(windowName + u": the toolbar \""_s + bar->windowTitle() +
                            u"\" has \""_s + stripAmpersands(action->text()) +
                            u"\", which is in no menu"_s);
        }
    }
    return findings;
}

QStringList checkContextMenu(QWidget *widget, const QString &menuName) {
    QStringList findings;
    bool seen = false;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu || seen)
            return;
        seen = true;
        findings = checkMenu(menu->actions(), menuName);
        menu->close();
    });
    poll.start();
    // Where the Menu key opens it: at the current item of a view, else in the middle.
    QPoint at = widget->rect().center();
    if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
        const QRect item = view->visualRect(view->currentIndex());
        if (item.isValid())
            at = item.center();
    }
    QContextMenuEvent event(QContextMenuEvent::Keyboard, at, widget->mapToGlobal(at));
    QApplication::sendEvent(widget, &event); // a menu run with exec() is read by the timer
    const bool opened = QTest::qWaitFor([&seen] { return seen; }, 2000);
    poll.stop();
    if (!opened)
        findings.append(menuName + u": no menu opened for the Menu key"_s);
    return findings;
}

} // namespace KeyboardReach

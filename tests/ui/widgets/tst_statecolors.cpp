// SPDX-License-Identifier: GPL-3.0-or-later
// The state colours and the field problem line: the same state looks the same on every screen,
// and reads on a dark theme as well as on a light one.
#include "models/rowstate.h"
#include "ui/widgets/dialogparts.h"
#include "ui/widgets/fielderrorlabel.h"
#include "ui/widgets/statecolorpalette.h"
#include "ui/widgets/theme.h"

#include <QApplication>
#include <QFrame>
#include <QImage>
#include <QLabel>
#include <QTest>

#include <QSet>
#include <QStandardItemModel>
#include <QTableView>

#include <cmath>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using State = StateColorPalette::State;

namespace {

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor &colour) {
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
           0.0722 * channel(colour.blueF());
}

double contrast(const QColor &a, const QColor &b) {
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette() {
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::PlaceholderText, QColor(0x99, 0x99, 0x99));
    return dark;
}

QPalette lightPalette() {
    QPalette light;
    light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    light.setColor(QPalette::WindowText, Qt::black);
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    light.setColor(QPalette::PlaceholderText, QColor(0x70, 0x70, 0x70));
    return light;
}

const QList<State> AllStates{State::Error, State::Warning, State::Success, State::Pending,
                             State::Info};

} // namespace

class TestStateColors final : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { QApplication::setPalette(m_original); }
    void readableOnEveryTheme_data();
    void readableOnEveryTheme();
    void statesCanBeToldApart();
    void themePalettesAreReadable_data();
    void themePalettesAreReadable();
    void fieldProblemFollowsTheTheme();
    void shownProblemFollowsAThemeSwitch();
    void dialogProblemLineIsTheFieldProblemWidget();
    void bannerTintFollowsTheTheme();
    void listRowsAreTintedByTheirState();

private:
    QPalette m_original = QApplication::palette();
};

void TestStateColors::readableOnEveryTheme_data() {
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << lightPalette() << false;
    QTest::newRow("dark") << darkPalette() << true;
    // The palettes Preferences > Theme applies.
    QTest::newRow("theme light") << Theme::lightPalette() << false;
    QTest::newRow("theme dark") << Theme::darkPalette() << true;
}

void TestStateColors::readableOnEveryTheme() {
    QFETCH(QPalette, palette);
    QFETCH(bool, dark);
    const StateColorPalette states(palette);
    QCOMPARE(states.isDark(), dark);
    for (const State state : AllStates) {
        const QColor text = states.text(state);
        // WCAG AA for body text: 4.5:1, on the window and in a view.
        QVERIFY2(contrast(text, palette.color(QPalette::Window)) >= 4.5, qPrintable(text.name()));
        QVERIFY2(contrast(text, palette.color(QPalette::Base)) >= 4.5, qPrintable(text.name()));
        const QColor tint = states.background(state);
        QVERIFY2(contrast(states.textOnBackground(), tint) >= 4.5, qPrintable(tint.name()));
        // A tint stays on the theme's side: pale on light, deep on dark.
        QVERIFY(dark ? tint.lightness() < 110 : tint.lightness() > 200);
    }
}

void TestStateColors::statesCanBeToldApart() {
    for (const QPalette &palette : {lightPalette(), darkPalette()}) {
        const StateColorPalette states(palette);
        QSet<QRgb> texts;
        QSet<QRgb> tints;
        for (const State state : AllStates) {
            texts.insert(states.text(state).rgb());
            tints.insert(states.background(state).rgb());
        }
        QCOMPARE(texts.size(), AllStates.size());
        QCOMPARE(tints.size(), AllStates.size());
    }
}

void TestStateColors::themePalettesAreReadable_data() {
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << Theme::lightPalette() << false;
    QTest::newRow("dark") << Theme::darkPalette() << true;
}

void TestStateColors::themePalettesAreReadable() {
    QFETCH(QPalette, palette);
    QFETCH(bool, dark);
    QCOMPARE(StateColorPalette(palette).isDark(), dark);
    const auto check = [&](QPalette::ColorGroup group, QPalette::ColorRole text,
                           QPalette::ColorRole surface, double least) {
        const QColor fore = palette.color(group, text);
        const QColor back = palette.color(group, surface);
        const double ratio = contrast(fore, back);
        QVERIFY2(ratio >= least,
                 qPrintable(u"%1 on %2: %3"_s.arg(fore.name(), back.name()).arg(ratio, 0, 'f', 2)));
    };
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        check(group, QPalette::WindowText, QPalette::Window, 7.0);
        check(group, QPalette::Text, QPalette::Base, 7.0);
        check(group, QPalette::Text, QPalette::AlternateBase, 7.0);
        check(group, QPalette::ButtonText, QPalette::Button, 4.5);
        check(group, QPalette::ToolTipText, QPalette::ToolTipBase, 4.5);
        check(group, QPalette::Link, QPalette::Base, 4.5);
        check(group, QPalette::LinkVisited, QPalette::Base, 4.5);
        check(group, QPalette::PlaceholderText, QPalette::Base, 3.0);
    }
    check(QPalette::Active, QPalette::HighlightedText, QPalette::Highlight, 4.5);
    if (dark) {
        // Greyed, and still legible.
        check(QPalette::Disabled, QPalette::Text, QPalette::Base, 3.0);
        check(QPalette::Disabled, QPalette::WindowText, QPalette::Window, 3.0);
        check(QPalette::Disabled, QPalette::ButtonText, QPalette::Button, 3.0);
        // Disabled text is told apart from enabled text.
        QVERIFY(contrast(palette.color(QPalette::Disabled, QPalette::Text),
                         palette.color(QPalette::Active, QPalette::Text)) > 1.5);
        // A dark theme is dark everywhere a surface is painted.
        for (const QPalette::ColorRole surface :
             {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button,
              QPalette::ToolTipBase}) {
            QVERIFY(palette.color(QPalette::Active, surface).lightness() < 80);
            QVERIFY(palette.color(QPalette::Disabled, surface).lightness() < 80);
        }
    } else {
        QVERIFY(palette.color(QPalette::Active, QPalette::Base).lightness() > 200);
    }
}

void TestStateColors::fieldProblemFollowsTheTheme() {
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? darkPalette() : lightPalette());
        QWidget form;
        auto *label = new FieldErrorLabel(&form);
        form.show();
        QVERIFY(!label->isVisible());

        label->setMessage(u"The amount must be more than zero."_s,
                          FieldErrorLabel::Severity::Error);
        QVERIFY(label->isVisible());
        const QColor shown = label->palette().color(QPalette::WindowText);
        QCOMPARE(shown, StateColorPalette(form.palette()).text(State::Error));
        QVERIFY2(contrast(shown, form.palette().color(QPalette::Window)) >= 4.5,
                 qPrintable(shown.name()));

        label->setMessage(u"A new key."_s, FieldErrorLabel::Severity::Warning);
        QCOMPARE(label->palette().color(QPalette::WindowText),
                 StateColorPalette(form.palette()).text(State::Warning));

        label->clearMessage();
        QVERIFY(!label->isVisible());
    }
}

void TestStateColors::shownProblemFollowsAThemeSwitch() {
    QApplication::setPalette(Theme::lightPalette());
    QWidget form;
    auto *label = new FieldErrorLabel(&form);
    label->setMessage(u"The amount must be more than zero."_s, FieldErrorLabel::Severity::Error);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    const StateColorPalette light(Theme::lightPalette());
    QCOMPARE(label->palette().color(QPalette::WindowText), light.text(State::Error));

    // Preferences > Theme > Dark while the line is shown: readable on the dark window at once.
    QApplication::setPalette(Theme::darkPalette());
    const StateColorPalette dark(Theme::darkPalette());
    // A window takes a new application palette when its events are processed.
    QTRY_COMPARE(label->palette().color(QPalette::WindowText), dark.text(State::Error));
    QVERIFY(contrast(label->palette().color(QPalette::WindowText),
                     form.palette().color(QPalette::Window)) >= 4.5);
    QCOMPARE(label->palette().color(QPalette::Window),
             Theme::darkPalette().color(QPalette::Window));
}

void TestStateColors::dialogProblemLineIsTheFieldProblemWidget() {
    QWidget dialog;
    QLabel *line = DialogParts::problemLabel(&dialog);
    dialog.show();
    QVERIFY(qobject_cast<FieldErrorLabel *>(line));
    QVERIFY(!line->isVisible());
    DialogParts::setProblem(line, u"Enter an amount."_s);
    QVERIFY(line->isVisible());
    QCOMPARE(line->text(), u"Enter an amount."_s);
    QCOMPARE(line->palette().color(QPalette::WindowText),
             StateColorPalette(dialog.palette()).text(State::Error));
    DialogParts::setProblem(line, QString());
    QVERIFY(!line->isVisible());
}

void TestStateColors::bannerTintFollowsTheTheme() {
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? darkPalette() : lightPalette());
        QLabel *text = nullptr;
        std::unique_ptr<QFrame> banner(
            DialogParts::banner(DialogParts::Tone::Error, &text, nullptr, u"Not sent"_s));
        text->setText(u"The server refused the credit."_s);
        banner->resize(360, 80);
        const QImage shot = banner->grab().toImage();
        // Inside the frame, left of the icon: the tint itself.
        const QColor tint = shot.pixelColor(4, shot.height() / 2);
        const StateColorPalette states(banner->palette());
        QCOMPARE(tint.rgb(), states.background(State::Error).rgb());
        QCOMPARE(states.isDark(), dark);
        QVERIFY(dark ? tint.lightness() < 100 : tint.lightness() > 200);
        QVERIFY(contrast(states.textOnBackground(), tint) >= 4.5);
    }
}

void TestStateColors::listRowsAreTintedByTheirState() {
    // A bulk run's rows: the model names the state, the list view paints it from the theme.
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? darkPalette() : lightPalette());
        QStandardItemModel model(4, 1);
        const QList<RowState> states{RowState::None, RowState::Error, RowState::Warning,
                                     RowState::Success};
        for (int row = 0; row < states.size(); ++row) {
            model.setData(model.index(row, 0), u"row"_s);
            model.setData(model.index(row, 0), int(states.at(row)), RowStateRole);
        }
        std::unique_ptr<QTableView> view(DialogParts::rowsView(&model, u"rows"_s, nullptr));
        view->resize(300, 200);
        view->setSelectionMode(QAbstractItemView::NoSelection);
        const QImage shot = view->viewport()->grab().toImage();
        const StateColorPalette colors(view->palette());
        const auto tintOf = [&](int row) {
            const QRect cell = view->visualRect(model.index(row, 0));
            return shot.pixelColor(cell.right() - 2, cell.center().y()).rgb();
        };
        QCOMPARE(tintOf(0), view->palette().color(QPalette::Base).rgb());
        QCOMPARE(tintOf(1), colors.background(State::Error).rgb());
        QCOMPARE(tintOf(2), colors.background(State::Warning).rgb());
        QCOMPARE(tintOf(3), colors.background(State::Success).rgb());
    }
}

QTEST_MAIN(TestStateColors)
#include "tst_statecolors.moc"
